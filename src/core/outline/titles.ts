/**
 * Unnumbered title lines: a short standalone paragraph naming a document or a part. Everything
 * else that is short and standalone — salutations, bylines, dates, metadata, web-page chrome,
 * attachment labels, licence footers — is refused here.
 */
import { undecorated } from '../text/emoji';
import { cjkCount } from '../text/cjk';
import { labelledPieceTitle } from './compilationItems';
import { unannotated } from '../text/reading';

/** Conversion artefacts before a title, e.g. `[bookmark: _Toc1]` left by docx→text converters. */
export function skipArtefacts(text: string, pos: number, end: number): number {
  let p = pos;
  let tagEnd: number;
  for (let guard = 0; guard < 4 && p < end && text[p] === '['; guard++) {
    let q = p + 1;
    while (q < end && q - p < 80 && text[q] !== ']' && text.charCodeAt(q) < 0x2e80) q++;
    if (q < end && text[q] === ']' && /^\[(bookmark|anchor|_Toc|toc|#)/i.test(text.slice(p, Math.min(q, p + 12)))) {
      p = q + 1;
      while (p < end && (text[p] === ' ' || text[p] === '\u3000')) p++;
    } else if ((tagEnd = siteTagEnd(text, p, end)) > p) {
      p = tagEnd;
      while (p < end && (text[p] === ' ' || text[p] === '\u3000')) p++;
    } else break;
  }
  return p;
}

/**
 * A site's tag in square brackets glued before a title (`[县长在县委书记]县长在…会议上的讲话`, a 范文
 * site's keyword; `[转贴] 交错的产生与解除`, a forum's board): two to twelve letters or Chinese
 * characters (two Chinese at least), no digits, and a title of four Chinese characters or more after it. Returns where the tag ends
 * (after `]`), or `p` when there is none.
 */
function siteTagEnd(text: string, p: number, end: number): number {
  let q = p + 1;
  while (q < end && q - p <= 13 && /[A-Za-z\u4e00-\u9fff]/.test(text[q])) q++;
  // (two Chinese characters in it at least: `[moj]`, a script's source key, is the title's)
  if (q - p - 1 < 2 || text[q] !== ']' || (text.slice(p + 1, q).match(/[\u4e00-\u9fff]/g)?.length ?? 0) < 2) return p;
  let r = q + 1;
  while (r < end && (text[r] === ' ' || text[r] === '\u3000')) r++;
  let cjk = 0;
  for (let k = r; k < end && cjk < 4; k++) if (/[\u4e00-\u9fff]/.test(text[k])) cjk++;
  return cjk >= 4 || text[r] === '[' ? q + 1 : p;
}

const SENTENCE_END = '。！？；：!?;:，,、…';
const META_WORDS = /(来源|來源|作者|时间|時間|日期|发布|發布|编辑|編輯|责编|责任编辑|浏览|瀏覽|阅读|閱讀|点击|字号|出处|原标题|标题|標題|更新|摄影|记者|通讯员|撰稿|链接|地址|关键词|摘要|导语|大小|页数|字数|索引号|发布机构|发文机关|文号|时效性|主题分类|公开方式|公开范围)\s*[：:]/;
/**
 * Web-page chrome anywhere in a line: addresses, breadcrumbs, previous/next links, filing numbers,
 * and the controls no headline's words make (`分享到`, `打印本页`, `设为首页`, `用户登录`).
 */
const CHROME = /(www\.|https?:|\.com|\.cn\b|\.org|当前位置|您的位置|上一篇|下一篇|上一页|下一页|扫一扫|Copyright|©|ICP|版权所有|版权声明|分享到|分享至|返回(?:顶部|首[页頁]|列表)|打印本[页文]|关闭(?:窗口|本页)|设为首[页頁]|网站首[页頁]|加入收藏|我的收藏|(?:用户|会员|账号)登录|(?:免费|用户|会员)注册|(?:站内|全站)搜索|[|>»›])/i;
/**
 * A page's button words (`分享`, `打印`, `收藏`…). They are words of a headline too (`经验分享会`,
 * `返回家乡创业`, `关于打印机采购的公告`): one names a control only standing apart from other words —
 * alone, in brackets, before a colon or a count (`【打印】`, `分享：`, `收藏(3)`, `首页 新闻中心`).
 */
const BUTTON_WORD = /首[页頁]|返回|打印|关闭|分享|收藏|登录|注册|搜索|菜单|导航|版权/g;
const WORD_CHAR = /[\u3400-\u9fffA-Za-z]/;

/** Whether a button word of `s` stands apart from the words around it: the line shows a control. */
function hasControlWord(s: string): boolean {
  BUTTON_WORD.lastIndex = 0;
  for (let m = BUTTON_WORD.exec(s); m !== null; m = BUTTON_WORD.exec(s)) {
    const a = m.index;
    const b = a + m[0].length;
    if ((a === 0 || !WORD_CHAR.test(s[a - 1])) && (b === s.length || !WORD_CHAR.test(s[b]))) return true;
  }
  return false;
}
/**
 * Buttons, widgets and banners of speech-writing and document sites (`正文复制`, `论文部分内容阅读`,
 * `相关文章`, `欢迎来到××文库`): short lines that read like a title but name the page furniture.
 * A Discuz forum's prompts to a guest over the first post (`马上注册，结交更多好友…`, `您需要 登录 才可以
 * 下载或查看…`, the QQ login's `只需一步，快速开始`) are the forum's too, as are its post's controls
 * (`[复制链接]`, `跳转到指定楼层`, `上一主题 下一主题`).
 */
const SITE_WIDGETS = /(相关(文章|阅读|推荐|范文|文档)|推荐(文章|阅读|范文)|热门(文章|推荐)|猜你喜欢|欢迎(来到|访问|光临)|内容阅读|全文阅读|^(?:正文|全文|文档|内容)预览$|阅读全文|免费阅读|正文复制|复制(全文|本文)|(全文|文档|免费|一键|快捷|立即)下载|下载(全文|文档|本文)|预览结束|联系客服|(?:关注|扫码|扫描|长按|识别|添加|搜索|进入|点击)(?:微信)?(?:公众号|订阅号)|(?:公众号|订阅号)\s*[：:]|^[^，,]{0,8}(?:公众号|订阅号)$|二维码|手机(站|版|阅读)|[网網]站\s*(?:xml\s*)?地[图圖]|xml\s*地[图圖]|点击(查看|下载|进入|阅读|浏览|此处|这里)|本文(标题|地址|链接)|浏览记录|我的足迹|购物车|视力保护色|护眼模式|选择特殊符号|选择搜索类型|请输入搜索|^(?:友情|温馨)提示\s*[：:]?$|^(?:郑重|免责|版权|特别)?声明\s*[：:]|下载到(?:本地|手机|电脑)|^点击(?:视频|观看|播放|上方|下方|图片|蓝字|收听|关注)|(?:立即|马上|免费)(?:了解|下载|购买|体验|咨询|领取|试用)$|^马上注册[，,]\s*结交更多好友|您需要\s*登录\s*才可以(?:下载|查看|浏览)|^只需一步[，,]\s*快速开始$|^跳转到指定楼层$|^[\[【]?复制链接[\]】]?$|^(?:打印\s*)?上一主题\s*下一主题$)/;
/**
 * A photo's caption set on a line of its own inside a news text: the event and 现场 (`讨论会现场`,
 * `签约仪式现场`), its 掠影, or a group photo (`合影留念`). It names a picture, never a part.
 */
const PHOTO_CAPTION = /^[\u4e00-\u9fff“”]{0,14}(?:会|会议|活动|仪式|典礼|式|赛|比赛|讲座|培训|论坛|座谈|研讨|交流|发布|签约|颁奖|表彰|演出|晚会|讨论|调研|考察|参观|慰问|宣讲|授课|课堂)(?:现场|剪影|掠影)[一二三四五六七八九十\d]*$|^[\u4e00-\u9fff]{0,14}合影(?:留念)?[一二三四五六七八九十\d]*$/;
/** A site's widget or button line (SITE_WIDGETS): `论文部分内容阅读`, `下载到本地`, `相关文章`. */
export function isSiteWidget(s: string): boolean {
  return s.length <= 60 && SITE_WIDGETS.test(s);
}
/**
 * A content site's lead-in over the text it copied, the site's own sentence, not a title:
 * `下面有某某网为你介绍…全文细则【最新版】`, `下面是小编为大家整理的…`, `以下是本站为您分享的…`.
 */
const SITE_LEAD_IN = /^(下面|以下)(是|有|为|由)[^，。：:]{0,24}(为你|为您|为大家|给大家|给你|给您|与大家|和大家)(介绍|整理|带来|分享|推荐|准备|收集|搜集|精选)/;
/**
 * A site's name on a line of its own: `中词库`, `公文学堂`, `××范文网`, `××文库`, `好范文`. A longer
 * name before a bare 范文 is the page's title (`群众座谈会发言范文`).
 */
const SITE_NAME = /^[\u3400-\u9fff]{1,8}(文库|文庫|词库|詞庫|[范範]文[网網]|文秘[网網]|公文[网網]|秘书[网網]|资料[网網]|文章[网網]|学堂|學堂|书库|書庫|文档[网網])$|^[\u3400-\u9fff]{1,3}[范範]文$/;
/** A site's banner over its page: its name ending in 网, then its sections after a blank (`美章网 资料文库 …`). */
const SITE_BANNER = /^[\u3400-\u9fff]{2,6}[网網][ \u3000]+[\u3400-\u9fff]/;
/** The words after a year that name a report's part: `工作回顾`, `工作安排`, `主要工作`. */
const YEAR_PART = /^度?[\u3400-\u9fff]{0,6}(?:工作)?(?:回顾|回顧|总结|總結|计划|計劃|安排|要点|要點|打算|思路|展望)$/;
/** `【致辞人】××`, `【阅读指引】…`: a bracketed field label opening a line of page metadata. */
const FIELD_LABEL = /^【[^】]{0,6}(人|背景|指引|导读|提示|说明|简介|摘要|关键词|来源|作者|时间|日期|单位|職務|职务|範例|范例)[一二三四五六七八九十\d]*】/;
const SHORT_TITLES = new Set(['前言', '序言', '引言', '导言', '结语', '结束语', '后记', '附则', '总则', '序', '跋', '附录']);
/**
 * Names of a book's or a report's unnumbered parts that hold only running text (`前言`, `结束语`,
 * `后记`): a part of the document beside its numbered parts, never the document's title and never
 * over a numbered part. (`总则`, `附则`, `附录` may hold numbered articles or items: not here.)
 */
const SECTION_NAMES = new Set(['前言', '序言', '引言', '导言', '结语', '结论', '结束语', '后记', '序', '跋']);
/** A month and a day in Chinese numerals and nothing else: `十月九日`, `（十二月二十六日）`. */
const MONTH_DAY_ONLY = /^[（(]?\s*[一二三四五六七八九十]{1,2}\s*月\s*[一二三四五六七八九十]{1,3}\s*[日号][）)]?$/;
const DATE_LINE = /^[（(]?\s*(\d{4}|[〇零○ＯOo一二三四五六七八九]{4})\s*年([\d〇零○一二三四五六七八九十]{1,3}月([\d〇零○一二三四五六七八九十]{1,3}日)?)?/;
/** What a daily page titled by its day names after the date: a programme's transcript, its full text. */
const DAILY_ISSUE = /^[\u3400-\u9fff《》]{2,16}(?:文字版|文字稿|全文|实录)$/;
/** A line that opens with a full date and names a daily page's issue after it (`2024年10月02日新闻联播文字版`). */
export function namesDailyIssue(s: string): boolean {
  const m = DATE_LINE.exec(s);
  return m !== null && m[2] !== undefined && DAILY_ISSUE.test(s.slice(m[0].length));
}
/** `20240920` opening a line: a day's date written as eight digits, before words. */
/** `(2023-04-26)`, `（2023.4.26）` closing a line: the day a record's title names, in brackets, after words. */
const DATED_TAIL = /(?<=[\u3400-\u9fff》”])[（(](?:19|20)\d{2}([-./])(?:0?[1-9]|1[0-2])\1(?:0?[1-9]|[12]\d|3[01])[）)]$/;
const COMPACT_DATE = /^(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?=[\u3400-\u9fff《“])/;
const ATTACHMENT = /^附\s*件\s*[\d０-９一二三四五六七八九十]*\s*[：:]?$/;
/** `第　六十五　号`, `第12号`: a decree's or notice's number under its issuer (主席令, 公告), not a title. */
const DECREE_NUMBER = /^第[\s\u3000]*[〇零一二三四五六七八九十百千\d０-９]+[\s\u3000]*号$/;

/**
 * Whether `s` (a whole paragraph, trimmed, artefacts removed) reads as a title.
 */
/** `图1`, `圖 2`, `表3`: a figure's or a table's number opening the line. */
const FIGURE_LABEL = /^[图圖表]\s*[0-9０-９]/;

/** Marks no title opens with: clause and sentence marks, closing quotes. */
const CLAUSE_OPENING = '，。、；：！？,;:!?”’';

/** An agency's dateline up to its 电/讯 (`新华社北京11月16日电`): shared with lineShapes' whole-line test. */
export const WIRE_DATELINE = String.raw`^[\u4e00-\u9fff]{1,12}?\s*[\d０-９]{1,2}\s*月\s*[\d０-９]{1,2}\s*日\s*[电電讯訊]`;
/** An agency's dateline opening a line and going on (`新华社北京11月16日电 题:…`, `本报北京3月5日讯（记者…）`). */
const WIRE_DATELINE_HEAD = new RegExp(WIRE_DATELINE + String.raw`\s*([题題]\s*[：:]|[（(])`);
/** An agency's dateline alone (`新华社北京3月8日电`): a scraper's piece of a joined page, never a title. */
const WIRE_DATELINE_ALONE = new RegExp(WIRE_DATELINE + String.raw`\s*$`);

/**
 * Nothing but addressees, `各位`… or …`们`, parted by `、`/`和`: `各位同事`, `同志们、朋友们` — a
 * salutation whose colon a hasty writer left off, never a title; not `亲爱的妈妈` (an essay's title)
 * nor `我和同学们`.
 */
export const ADDRESSEES_ONLY = /^(?:(?:各位|全体)?(?:领导|同事|同志|代表|委员|来宾|嘉宾|老师|同学|朋友|家长|股东|员工|战友|乡亲)(?:们)?(?:[、，,和]|$))+$/;

export function looksLikeTitle(s: string): boolean {
  s = unannotated(undecorated(s));
  // `序  言`, `政 府 工 作 报 告`: a title set with spaces between its characters reads as the word
  const spaced = letterSpaced(s);
  if (spaced !== null) {
    if (SHORT_TITLES.has(spaced)) return true;
    if (spaced.length <= 3) return !META_WORDS.test(spaced) && !CHROME.test(spaced) && !hasControlWord(spaced);
    s = spaced;
  }
  const len = s.length;
  if (len === 0 || len > 60) return false;
  if (SENTENCE_END.includes(s[len - 1])) return false;
  // `…有注解.`: a sentence closed by a half-width full stop (a text typed with half-width marks), not a
  // title; `3.0`, `V1.` and other Latin or digit tails are left alone
  if (s[len - 1] === '.' && len >= 2 && /[\u3400-\u9fff”’）)」』》]/.test(s[len - 2])) return false;
  if (s.includes('。') || s.includes('！') || s.includes('？') || s.includes('；')) return false;
  // `…写作神器! 立即了解`: a half-width ! or ? with more words after it ends a sentence inside the
  // line, as its full-width form does (a page typed with half-width marks)
  if (/[!?]\s*[\u3400-\u9fff]/.test(s)) return false;
  const cjk = cjkCount(s);
  if (cjk < 4 && !SHORT_TITLES.has(s)) return false;
  if (len <= 16 && ADDRESSEES_ONLY.test(s)) return false;
  // Latin, digits, URLs: not a Chinese title (a compact date opening the title of a daily page,
  // `20240920《新闻联播》文字版`, is the title's own words, not the line's Latin)
  // (nor is the day in brackets closing a title that names a meeting's or an issue's record,
  // `…新闻发布会辑录(2023-04-26)`: the date is the title's own, as it is written `（2023年4月26日）`)
  if (cjk < (len - (COMPACT_DATE.exec(s)?.[0].length ?? 0) - (DATED_TAIL.exec(s)?.[0].length ?? 0)) * 0.5) return false;
  if (s.startsWith('——') || s.startsWith('--') || s.startsWith('—')) return false; // subtitle / date / attribution
  // `……（宣读日程）`, `…下略`: a line opening with an ellipsis stands for words left out (a script's
  // or an excerpt's omission, a stage direction after it), never a title
  if (s.startsWith('…') || s.startsWith('...') || s.startsWith('⋯')) return false;
  // `：某学校拟开发…`, `，全年…`: a line opening with a clause mark or a closing quote is the rest of a
  // sentence the line above broke (a PDF pushes the mark to the next line), never a title
  if (CLAUSE_OPENING.includes(s[0])) return false;
  // `图1:2011-2015年…`, `表2 主要指标`: the label of a figure or a table, not a part's title
  if (FIGURE_LABEL.test(s)) return false;
  if (META_WORDS.test(s)) return false;
  if (CHROME.test(s) || hasControlWord(s)) return false;
  if (PHOTO_CAPTION.test(s)) return false;
  if (SITE_WIDGETS.test(s) || SITE_NAME.test(s) || SITE_BANNER.test(s) || FIELD_LABEL.test(s) || SITE_LEAD_IN.test(s)) return false;
  if (isDateLine(s)) return false;
  if (ATTACHMENT.test(s) || DECREE_NUMBER.test(s)) return false;
  if ((s[0] === '（' || s[0] === '(') && (s[len - 1] === '）' || s[len - 1] === ')')) return false; // (2018年1月2日), （摘要）
  if (isByline(s)) return false;
  if (isWireSlug(s)) return false;
  if (PAPER_PAGE.test(s)) return false;
  // `新华社北京11月16日电 题:…`: an agency's dateline naming the story's headline opens the story
  if (WIRE_DATELINE_HEAD.test(s) || WIRE_DATELINE_ALONE.test(s)) return false;
  if (!balanced(s)) return false; // a fragment cut out of a sentence: `细颗粒物（PM`, `）浓度下降`
  if (s.endsWith('同志们') || s.endsWith('朋友们') || s.endsWith('代表们') || s.startsWith('尊敬的')) return false;
  // `一年来，我们以稳定发展为要务，推动经济…`: clauses parted by commas with the speaker's 我们 as
  // their subject are a sentence of the speech that lost its full stop, not a part's name
  // (a headline of one short clause and its 我们, `春天，我们一起出发`, `新时代，我们这样奋斗`, is a title)
  if (/[，,]/.test(s) && /我们/.test(s) && !SHORT_WE_HEADLINE.test(s)) return false;
  // `下面，进行会议第一项议程，请…`: a host's or a speaker's sentence, opened by a connective and a comma
  if (SPOKEN_OPENING.test(s)) return false;
  // `然后是数据收集部分`, `接下来是数据描述部分`, `…后，得到了…，接下来要对模型进行评估`: a talk's
  // sentence moving on to its next part (a sequence word, then 是/要/来看…), whose full stop the
  // speaker's script left off; it announces a part, the part has no title of its own
  if (SPOKEN_SEQUENCE.test(s) || SPOKEN_SEQUENCE_INSIDE.test(s)) return false;
  // `月预扣 =（年应税收入 × 年税率 - 速算扣除数）÷ 12`: a formula, an equals sign and arithmetic, no title
  if (FORMULA.test(s)) return false;
  return true;
}
/**
 * `第03版:要闻`, `第 3 版：评论`, `A05版：经济`: an e-paper's page label (the page's number and its
 * column's name) over the stories printed there — the paper's furniture, never a story's title.
 */
const PAPER_PAGE = /^(?:第\s*[0-9０-９]{1,3}|[A-Za-zＡ-Ｚ][0-9０-９]{1,2})\s*版\s*(?:[:：]\s*[\u4e00-\u9fff·・]{1,10})?$/;
/** `春天，我们一起出发`: one short clause, a comma, then 我们 and a few words — a headline, not a sentence. */
const SHORT_WE_HEADLINE = /^[^，,]{1,5}[，,]\s*我们[^，,]{1,6}$/;
/**
 * A sequence word of a talk, then the verb that announces what comes (`首先是`, `然后是`, `接下来要`,
 * `下一阶段是`, `最后来看`): a speaker's sentence, never a title's first words.
 */
const SPOKEN_SEQUENCE = /^(?:首先|其次|然后|接着|接下来|下面|随后|之后|最后|下一(?:阶段|步|部分|环节))(?:是|要|就是|我们?(?:来|将|要|再)|来(?:看|讲|说|介绍|谈)|进入|请)/;
/** `…，接下来要…`, `…，然后是…`: the same words after a clause, inside the line. */
const SPOKEN_SEQUENCE_INSIDE = /[，,](?:接下来|然后|接着)(?:是|要|就是|我们?(?:来|将|要|再)|来(?:看|讲|说|介绍|谈)|进入|请)/;
/**
 * `这部分工作主要分为5个步骤` inside a text: a sentence counting the steps listed under it, its colon
 * left off (a verb of dividing and the count of the parts, ending the line). At the text's top, over
 * nothing but its steps, such a line names the text (the caller tells).
 */
export function countsParts(s: string): boolean {
  return COUNTS_PARTS.test(s);
}
const COUNTS_PARTS = /(?:分为|分成|包括|包含)\s*[0-9０-９一二两三四五六七八九十几]{1,2}\s*(?:个|项|大)?(?:步骤|步|方面|部分|阶段|环节|点)$/;
/** An equals sign set apart by spaces, or one with an operator of arithmetic (`×`, `÷`) in the line. */
const FORMULA = /\s[=＝]\s|[=＝][^=＝]*[×÷]|[×÷][^=＝]*[=＝]/;
/**
 * A connective a spoken sentence opens with, then its comma (never a title's first words); or the
 * time a report's lead sentence opens with (`一年来，我们以…为要务，…`).
 */
const SPOKEN_OPENING = /^(?:下面|接下来|现在|首先|其次|然后|最后|同时|此外|另外|刚才|(?:[一二三四五六七八九十两]{1,2}|多|几)年来|近年来|今年以来|去年以来|过去[一二三四五六七八九十两]{1,2}年)[，,]/;

/** Longest label (its words before the colon) read as a part's name: labels are short. */
const LABEL_MAX = 16;
/**
 * A colon after a verb of saying or listing leads into what follows (`主要内容如下：`, `他指出：`); a
 * colon after a greeting addresses the reader (`各位代表：`): neither names a part.
 */
const LEAD_END = /(包括|例如|比如|如|是|为|有|称|说|道|讲|问|答|指出|表示|认为|强调|介绍|透露|提到|坦言|要求|提出|显示|发现|写道|们)$/;
/** `…有如下责任：`, `以下为对话节选：`: a lead into a list or an excerpt; `相关报道：` over links is the page's widget. */
const LEAD_WORDS = /如下|以下|下列|^相关/;
const GREETING = /^(各位|诸位|亲爱的|尊敬的|敬爱的)/;

/**
 * `土地政策：`, `关于能源供应：` (trimmed, the whole visible line): a label standing alone that names
 * the part under it — a short noun phrase that reads as a title, then one colon ending the line.
 * Page metadata (`来源：`), greetings (`各位代表：`) and leads into a list or a quotation
 * (`主要措施如下：`, `他表示：`) are none.
 */
export function looksLikeLabel(s: string): boolean {
  const len = s.length;
  if (len < 3 || (s[len - 1] !== '：' && s[len - 1] !== ':')) return false;
  const body = s.slice(0, len - 1).trim();
  // (a clause before a comma makes it a sentence leading into what follows: `实际中，这类措施通常有两种：`)
  if (body.length > LABEL_MAX || /[：:，,；;]/.test(body)) return false;
  if (META_WORDS.test(s) || GREETING.test(body) || LEAD_END.test(body) || LEAD_WORDS.test(body)) return false;
  return looksLikeTitle(body);
}

/** `前言`, `前  言`, `结 束 语` (trimmed): the name of an unnumbered part of running text (SECTION_NAMES). */
export function isSectionName(s: string): boolean {
  const t = unannotated(s.trim());
  if (t.length > 12) return false;
  return SECTION_NAMES.has(letterSpaced(t) ?? t);
}

/**
 * The characters of a line set apart by spaces, one Chinese character each (`序  言`, `综 合`,
 * `政 府 工 作 报 告`), joined; null for any other line. A table row has cells of several characters.
 */
export function letterSpaced(s: string): string | null {
  if (s.length < 3 || s.length > 40) return null;
  let out = '';
  let gap = true;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32 || c === 0x3000 || c === 0xa0 || c === 9) { gap = true; continue; }
    if (!gap || c < 0x3400 || c > 0x9fff) return null;
    out += s[i];
    gap = false;
  }
  return out.length >= 2 && out.length < s.length ? out : null;
}

/**
 * `2023年5月9日`, `（2021年6月）`, `2019年3月在…`: a date line. A year alone opening a longer line
 * (`2023年政府工作报告`, `2022年度专题党课：…`) names the year of the document in its title.
 */
function isDateLine(s: string): boolean {
  // (`十月九日`: a diary's or a chronicle's day written in Chinese numerals, alone on its line)
  if (MONTH_DAY_ONLY.test(s)) return true;
  const m = DATE_LINE.exec(s);
  if (!m) return false;
  // (a daily page titled by its day, `2024年10月02日新闻联播文字版`: the date names the programme's issue)
  if (m[2] !== undefined) return !DAILY_ISSUE.test(s.slice(m[0].length));
  // (`2013年工作回顾`, `2014年工作安排`: a report's part named by its year)
  const rest = s.slice(m[0].length);
  return cjkCount(rest) < 6 && !YEAR_PART.test(rest);
}

/** Curly quotation marks: no byline or speaker line holds them. */
export const QUOTED = /[\u201c\u201d]/;

/** `新华社记者`, `本报记者`: an outlet's byline whose names the page dropped. */
export function isOutletByline(s: string): boolean {
  return /^[\u4e00-\u9fff]{1,8}(记者|記者)$/.test(s) || isReporterList(s);
}

/**
 * `新华社记者张三、李四`, `新华社记者 张三 李四`: an outlet's reporters named after the word 记者 — two
 * names or more, or names set apart by a space (a single name glued to 记者 may be a headline's words).
 */
const REPORTER_NAME = '[\\u4e00-\\u9fff]{2,4}';
const REPORTER_LIST = new RegExp(`^[\\u4e00-\\u9fff]{0,8}(记者|記者)(\\s*${REPORTER_NAME}([、，,]${REPORTER_NAME})+|([\\s\\u3000]+${REPORTER_NAME})+)$`);

function isReporterList(s: string): boolean {
  return s.length <= 30 && REPORTER_LIST.test(s);
}

/**
 * A news agency's slug over a story (`９月７日特稿（加１）（美国－大学流感）`, `3月5日综述`): a date, the
 * kind of copy and bracketed tags, no words of a headline. Metadata, never a title.
 */
export function isWireSlug(s: string): boolean {
  return s.length <= 40 && /^[\d０-９]{1,2}月[\d０-９]{1,2}日(特稿|综述|专稿|述评|快讯|特写|通讯|新闻分析)(\s*[（(][^（()）]{1,16}[）)]){0,3}$/.test(s);
}

/** `国务院总理　李克强`, `本报记者 张三`: a role then a personal name of 2–4 characters. */
function isByline(s: string): boolean {
  if ((s.length <= 12 && isOutletByline(s)) || isReporterList(s)) return true;
  // (`國際中心／綜合報導`, `记者 某某/北京报道`: a news desk or reporter, a slash, where the copy was filed)
  if (s.length <= 24 && /^[^/／\s]{2,12}\s*[/／]\s*[\u4e00-\u9fff]{0,8}(报道|報導|報道|报导)$/.test(s)) return true;
  // (a name or a role holds no quotation: `海口“接管”省 特殊教育 学校` is a headline set with spaces)
  if (QUOTED.test(s)) return false;
  const parts = s.split(/[\s\u3000\u00a0]+/).filter((x) => x.length > 0);
  if (parts.length < 2) return false;
  const last = parts[parts.length - 1];
  // (`…述职报告范文 篇一`, `…讲话稿 第2篇`: a 范文 page's sample number after a space, no name)
  if (SAMPLE_NUMBER.test(last)) return false;
  return s.length <= 20 && last.length >= 2 && last.length <= 4 && cjkCount(last) === last.length;
}

/** A compilation's sample number standing apart after its title: `篇一`, `篇3`, `第二篇`. */
const SAMPLE_NUMBER = /^(篇[\d一二三四五六七八九十]{1,3}|第[\d一二三四五六七八九十]{1,3}篇)$/;

const OPENERS = '（(“‘《〈【「『';
const CLOSERS = '）)”’》〉】」』';

/** Brackets and quotes open and close within the line. */
function balanced(s: string): boolean {
  let depth = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (OPENERS.includes(c)) depth++;
    else if (CLOSERS.includes(c)) {
      depth--;
      if (depth < 0) return false;
    }
  }
  return depth === 0;
}

/**
 * `…发言范文第1篇`, `…讲话稿篇2`, `…讲话（篇三）`: the title of one piece in a compilation. A 范文 page
 * also numbers its pieces after the word for a sample (`有关…心得体会范本一`, `…演讲稿范文2`, `…范例（三）`).
 */
const COMPILATION_ITEM = /(第\s*[\d一二三四五六七八九十]{1,3}\s*篇|篇\s*[\d一二三四五六七八九十]{1,3}|[范範](?:文|本|例)\s*(?:[\d一二三四五六七八九十]{1,3}|[（(][\d一二三四五六七八九十]{1,3}[）)]))[）)】]?$/;

export function isCompilationItemTitle(s: string): boolean {
  return COMPILATION_ITEM.test(s) || labelledPieceTitle(s);
}

/** A part label read off its line: the series it belongs to and its place in it. */
export interface PartLabel {
  /** Word, brackets and numeral style: members of one series share it (`【材料（N）】`, `问题N：`). */
  key: string;
  ordinal: number;
  /** Length of a `第N题` marker (the line is its marker, its title is empty); 0 for a word + numeral label. */
  markerLength: number;
}

const CN_DIGITS = '〇一二三四五六七八九';

/** `一`…`九十九` or `1`…`99` as a number; 0 when `s` is neither. */
function smallNumber(s: string): number {
  if (/^\d{1,2}$/.test(s)) return Number(s);
  if (!/^[一二三四五六七八九十]{1,3}$/.test(s)) return 0;
  const ten = s.indexOf('十');
  if (ten < 0) return s.length === 1 ? CN_DIGITS.indexOf(s) : 0;
  if (s.indexOf('十', ten + 1) >= 0) return 0;
  const tens = ten === 0 ? 1 : ten === 1 ? CN_DIGITS.indexOf(s[0]) : -1;
  const ones = ten === s.length - 1 ? 0 : ten === s.length - 2 ? CN_DIGITS.indexOf(s[s.length - 1]) : -1;
  return tens > 0 && ones >= 0 ? tens * 10 + ones : 0;
}

const WORD_LABEL = /^([【\[]?)([\u4e00-\u9fff]{2,4}?)([（(]?)(\d{1,2}|[一二三四五六七八九十]{1,3})([）)]?)([】\]]?)\s*([：:]?)$/;
const ORDINAL_LABEL = /^第(\d{1,2}|[一二三四五六七八九十]{1,3})([\u4e00-\u9fff]{1,2})$/;

/**
 * A line that is nothing but a part's label: a word and a numeral (`材料1`, `材料二`, `【材料（一）】`,
 * `【问题一】`, `问题一：`) or an ordinal and a word (`第一题`, `第二大题`). Whether it labels a part
 * is for the document to say (the same label counting 1, 2, 3… down the text); this only reads it.
 */
export function partLabel(line: string): PartLabel | null {
  const s = line.trim();
  if (s.length < 3 || s.length > 12) return null;
  const o = ORDINAL_LABEL.exec(s);
  if (o) {
    const n = smallNumber(o[1]);
    return n > 0 ? { key: `第${/\d/.test(o[1]) ? '1' : '一'}${o[2]}`, ordinal: n, markerLength: s.length } : null;
  }
  const m = WORD_LABEL.exec(s);
  if (!m) return null;
  const [, open, word, po, num, pc, close] = m;
  if ((open === '' ? '' : '】]'['【['.indexOf(open)]) !== close) return null;
  if ((po === '') !== (pc === '')) return null;
  if (/[第一二三四五六七八九十〇]/.test(word[word.length - 1]) || word.startsWith('附')) return null;
  const n = smallNumber(num);
  if (n === 0) return null;
  return { key: `${open}${word}${po}${/\d/.test(num) ? '1' : '一'}${close}${m[7] ? '：' : ''}`, ordinal: n, markerLength: 0 };
}
