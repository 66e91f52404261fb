/**
 * Shapes of single lines that the web-page, title-block and table-of-contents detectors share:
 * prose, page buttons, footer and navigation furniture, metadata fields, date and venue lines,
 * bylines and salutations. Each test reads one line (bounded by the line's own length) and says
 * nothing by itself: the detectors decide from where such lines stand in the whole document.
 */
import { cjkCount } from '../../text/cjk';
import { labelledPieceTitle } from '../compilationItems';
import { ADDRESSEES_ONLY, QUOTED, WIRE_DATELINE, isOutletByline, namesDailyIssue } from '../titles';
import { isBlankAny as isBlankCode } from '../../text/blank';

/** An agency's dateline alone on its line, a reporter's name in brackets allowed after it. */
const WIRE_DATELINE_LINE = new RegExp(WIRE_DATELINE + String.raw`(\s*[（(][^）)]{0,24}[）)])?$`);

/** Text of a line with spaces, zero-width characters and a BOM removed at both ends. */
export function lineText(text: string, from: number, to: number): string {
  let a = from;
  let b = to;
  while (a < b && isBlankCode(text.charCodeAt(a))) a++;
  while (b > a && isBlankCode(text.charCodeAt(b - 1))) b--;
  return text.slice(a, b);
}

/**
 * isProse of lines read in text order, from the character codes, without a string for a line:
 * `proseReader(text)` gives a test of text[from, to) (a line's text as lineText gives it) for
 * lines asked in increasing order. Where the next 。 stands is found by a native search that
 * resumes where the last one ended, so the text is searched once in all, not once per line.
 */
export function proseReader(text: string): (from: number, to: number) => boolean {
  let stop = -1; // the first 。 at or after the last line asked about (text.length: none)
  return (from: number, to: number): boolean => {
    const len = to - from;
    if (len < 30) return false;
    // At least 15 ideographs: counting stops at the 15th.
    let cjk = 0;
    for (let i = from; i < to && cjk < 15; i++) {
      const c = text.charCodeAt(i);
      if (c >= 0x3400 && c <= 0x9fff) cjk++;
    }
    if (cjk < 15) return false;
    if (stop < from) {
      stop = text.indexOf('。', from);
      if (stop < 0) stop = text.length;
    }
    if (stop < to) return true;
    const last = text.charCodeAt(to - 1);
    if ((last === 0xff01 || last === 0xff1f) && len >= 40) return true; // ！ ？
    if (len < 60) return false;
    let semi = false;
    let comma = false;
    for (let i = from; i < to && !(semi && comma); i++) {
      const c = text.charCodeAt(i);
      if (c === 0xff1b) semi = true; // ；
      else if (c === 0xff0c) comma = true; // ，
    }
    return semi && comma;
  };
}

/** A line of running text: long enough and closed by sentence punctuation inside it. */
export function isProse(s: string): boolean {
  if (s.length < 30) return false;
  // At least 15 ideographs: counting stops at the 15th (a long line is not read to its end).
  let cjk = 0;
  for (let i = 0; i < s.length && cjk < 15; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x3400 && c <= 0x9fff) cjk++;
  }
  if (cjk < 15) return false;
  if (s.includes('。') || ((s.endsWith('！') || s.endsWith('？')) && s.length >= 40)) return true;
  // A news page's summary lead: clauses joined by ； with no 。 (…达7.4万家，…；…居全国第一；…).
  return s.length >= 60 && s.includes('；') && s.includes('，');
}

/**
 * Footer, navigation and widget lines of a web page: filing numbers, copyright, the site's owner,
 * site map, previous/next links, print/close/share buttons, related-article headers, QR codes.
 */
const STRONG_FURNITURE = /(ICP[备証证]|ICP\s*备案|公网安备|网安备|版权所有|版权声明|Copyright|©|主办单位|承办单位|协办单位|合作单位|技术支持|运维单位|网站标识码|[网網]站\s*(?:xml\s*)?地[图圖]|xml\s*地[图圖]|联系我们|使用帮助|关于我们|隐私(声明|政策)|免责声明|上一篇|下一篇|打印本页|关闭窗口|扫一扫|分享到|分享至|返回顶部|返回首页|相关(文章|新闻|报道|链接|附件|阅读|推荐|稿件)\s*[：:>》]*$|热点推荐|热门(文章|推荐|新闻)|内容纠错|无障碍|长者(助手|模式)|关怀版|适老化|手机版|客户端下载|二维码|当前位置|您的位置|所在位置|www\.|https?:\/\/|\.(com|cn|net|org)\b)/i;

/**
 * Characters that may open a match of STRONG_FURNITURE, of a menu row's separator or of a
 * breadcrumb's word: 1 = the character alone may (©, `|`, `｜`, `·`, `•`), 2 = only with one of a
 * few characters after it (`版权`, `上一`, `首页`, `ww`, `.c`…; ASCII letters in either case, as the
 * `i` flag reads them). Built from the pattern's words below, which must be kept in step with it.
 */
const CHROME_FIRST = new Uint8Array(65536);
/** For a character of code 2 in CHROME_FIRST: the characters that may follow it (by CHROME_NEXT_AT[c]). */
const CHROME_NEXT: string[] = [''];
const CHROME_NEXT_AT = new Uint8Array(65536);
((): void => {
  for (const c of '©|｜·•') CHROME_FIRST[c.charCodeAt(0)] = 1;
  const words = [
    'ICP', '公网', '网安', '版权', 'Copyright', '主办', '承办', '协办', '合作', '技术', '运维', '网站', '联系', '使用', '关于', '隐私',
    '免责', '上一', '下一', '打印', '关闭', '扫一', '分享', '返回', '相关', '热点', '热门', '内容', '无障', '长者', '关怀', '适老', '手机',
    '客户', '二维', '当前', '您的', '所在', 'www', 'http', '.com', '.cn', '.net', '.org', '首页', '首頁', '主页', '位置',
  ];
  // ASCII letters in either case, as the pattern's `i` flag reads them.
  const cases = (c: string): string[] => (c.charCodeAt(0) < 128 ? [c.toLowerCase(), c.toUpperCase()] : [c]);
  for (const w of words) {
    for (const x of cases(w[0])) {
      const a = x.charCodeAt(0);
      if (CHROME_FIRST[a] === 0) { CHROME_FIRST[a] = 2; CHROME_NEXT_AT[a] = CHROME_NEXT.length; CHROME_NEXT.push(''); }
      for (const y of cases(w[1])) if (!CHROME_NEXT[CHROME_NEXT_AT[a]].includes(y)) CHROME_NEXT[CHROME_NEXT_AT[a]] += y;
    }
  }
})();

/**
 * False when text[from, to) cannot hold a STRONG_FURNITURE match, a menu row's separator or a
 * breadcrumb's word: a look at each character's code, so most lines of a document never meet
 * the regexes. (A site name is told by its last character: see isSiteName.)
 */
export function mayBeChrome(text: string, from: number, to: number): boolean {
  for (let p = from; p < to; p++) {
    const c = text.charCodeAt(p);
    const f = CHROME_FIRST[c];
    if (f === 0) continue;
    if (f === 1) return true;
    if (p + 1 < to) {
      const next = CHROME_NEXT[CHROME_NEXT_AT[c]];
      const d = text.charCodeAt(p + 1);
      for (let k = 0; k < next.length; k++) if (next.charCodeAt(k) === d) return true;
    }
  }
  return false;
}

/** The last character of a site name (see isSiteName): 网 站 户 端 线. */
export function mayEndSiteName(c: number): boolean {
  return c === 0x7f51 || c === 0x7ad9 || c === 0x6237 || c === 0x7aef || c === 0x7ebf;
}

export function isStrongFurniture(s: string): boolean {
  return s.length <= 80 && (STRONG_FURNITURE.test(s) || isMenuRow(s) || isSiteName(s));
}

/**
 * A menu on one line: three or more short items between separators (`首页 | 时政 | 经济 | 社会`,
 * `要闻·政务·民生`); spaces alone do not separate (a flattened table row does that too).
 */
export function isMenuRow(s: string): boolean {
  if (s.length > 80 || !/[|｜·•]/.test(s)) return false;
  if (/[0-9０-９]/.test(s)) return false; // a table row, a date line
  const items = s.split(/\s*[|｜·•]\s*/).filter((x) => x.length > 0);
  if (items.length < 3) return false;
  for (const it of items) if (it.length > 8 || /[，。；：！？,;:!?\s]/.test(it)) return false;
  return true;
}

/** A site's name alone on its line: `梧桥新闻网`, `××市人民政府门户网站`, `××日报客户端`. */
export function isSiteName(s: string): boolean {
  if (!mayEndSiteName(s.charCodeAt(s.length - 1))) return false;
  return s.length <= 16 && /^[\u3400-\u9fff]{2,14}(网|网站|门户网站|门户|客户端|新闻网|在线)$/.test(s);
}

/**
 * A page's browser title: the headline, a separator and the site's name (`标题 - 梧桥新闻网`,
 * `标题_梧桥市人民政府`). Returns the headline part, or null.
 */
export function browserTitleHead(s: string): string | null {
  const m = /^(.{4,120}?)\s*(?:\s[-–—|｜]\s|_|\s?[|｜]\s?)\s*([^\s-_|｜]{2,20})$/.exec(s);
  return m && /[\u3400-\u9fff]/.test(m[2]) ? m[1] : null;
}

/** `首页 > 新闻中心 > 要闻`, `首页>>`: a breadcrumb. */
export function isBreadcrumb(s: string): boolean {
  return s.length <= 80 && ((/(首页|首頁|主页|位置)/.test(s) && /(>|＞|»|›|→|\/)/.test(s)) || SITE_CRUMB.test(s) || LABELLED_CRUMB.test(s));
}

/**
 * `本页位置: 首页新闻中心国内新闻`: a crumb under its own label, the steps' separators lost where the
 * scraper dropped the links' arrows (images on the page): the label and the home page's name say it.
 */
const LABELLED_CRUMB = /^(?:当前|當前|您的|你的|本页|本頁|所在)?位置\s*[：:]\s*(?:首页|首頁|主页|网站首页)/;

/** `某某网 > 即时新闻 > 民生`: a crumb that opens at the site's name, three steps or more, no 首页. */
const SITE_CRUMB = /^[\u4e00-\u9fffA-Za-z]{1,10}(网|網|站)(\s*[>＞»›]\s*[\u4e00-\u9fffA-Za-z]{1,10}){2,}$/;

/**
 * A button or a widget's word: `【打印】`, `【小中大】`, `【字号：`, `大`, `分享：`, `|`, `×`, `简体`.
 * Very short lines with no more than three Chinese characters, or a bracketed word of a few.
 */
const BUTTON_ROW = /^(打印本页|关闭窗口|我的收藏|打印|关闭|收藏|分享|下载|全屏|字号|字体|大|中|小|加大|减小|还原|默认|简体|繁体|繁體|纠错|听全文|朗读|保存|返回顶部|返回)+$/;

export function isButton(s: string): boolean {
  if (s.length === 0) return false;
  if (/^[一二三四五六七八九十〇零百]+$/.test(s)) return false; // a bare numeral over a part is a marker
  if (s.length <= 6 && cjkCount(s) <= 3) return true;
  return isButtonWords(s);
}

/** Named buttons only: `【打印】`, `【字体：大 中 小】`, `【打印】【关闭】`, `我的收藏 收藏`. */
/** A line that opens with a button's word, and the words after it (read by BUTTON_TAIL). */
const BUTTON_LEAD = /^[【\[（(]?\s*(打印|关闭|收藏|分享|下载|全屏|字号|字体|[大中小\s]{1,5}|加大|减小|还原|默认|简体|繁体|繁體|纠错|听全文|朗读)([^】\]）)]{0,8})[】\]）)]?$/;
/**
 * What may follow a button's word on its line: nothing, a colon, a count, another control, or the
 * widget's own words (打印本页, 关闭窗口, 分享到, 下载附件, 全屏阅读, 字体大小). A headline opening
 * with the same characters goes on in words of its own (小学开学典礼, 打印机采购公告, 分享经济论坛).
 */
const BUTTON_TAIL = /^(?:$|[\s:：|｜/／(（\d【\[·•、，,大中小]|本[页頁文]|窗口|到|至|附件|全文|阅读|此[文页]|文章|按钮|给|字[号体])/;

export function isButtonWords(s: string): boolean {
  const lead = BUTTON_LEAD.exec(s);
  if (lead !== null && BUTTON_TAIL.test(lead[2])) return true;
  // (a government page's widgets over its text: the eye-care colour switch `视力保护色：`, a search
  // box's `选择特殊符号` / `选择搜索类型` / `请输入搜索内容`)
  if (/^(?:视力保护色|护眼模式|选择特殊符号|选择搜索类型|请输入(?:搜索)?(?:关键[字词]|内容)?)\s*[:：]?$/.test(s)) return true;
  // A row of buttons on one line: `【打印】【关闭】`, `[打印本页] [关闭窗口]`, `字号：大 中 小 | 打印`.
  if (s.length <= 40) {
    const words = s.replace(/[【】\[\]（）()|｜/／\s\u3000:：·•]+/g, '');
    if (words.length > 0 && BUTTON_ROW.test(words)) return true;
  }
  return false;
}

/** Labels of page and file metadata fields (a converter's traditional characters too: `發布日期`, `瀏覽次數`). */
const META_LABEL = /^[【\[]?\s*(信息来源|文章来源|稿件来源|新闻来源|来源|來源|出处|作者|文\/|撰稿|供稿|记者|通讯员|摄影|摄像|编辑|編輯|责任编辑|責任編輯|责编|编审|审核|校对|发布时间|發布時間|发表时间|發表時間|发布日期|发表日期|更新时间|更新日期|成文日期|时间|時間|日期|浏览次数|浏览量|阅读量|阅读次数|阅读|点击数|点击量|点击|访问量|字号|字体|索引号|分类|主题分类|发文机关|发布机构|媒体或发布机构|标题|原标题|链接|来源链接\d*|原文链接|关键词|关键字|摘要|标签|栏目|所属栏目|语言|采集说明|取法|文章來源|稿件來源|新聞來源|資訊來源|信息來源|記者|通訊員|攝影|責編|編審|審核|校對|發布日期|發表日期|發佈時間|發佈日期|更新時間|更新日期|瀏覽次數|瀏覽量|閱讀量|閱讀次數|閱讀|點擊數|點擊量|點擊|訪問量|字號|字體|索引號|主題分類|發文機關|發布機構|標題|原標題|鏈接|原文鏈接|關鍵詞|關鍵字|標籤|欄目|所屬欄目)\s*[】\]]?\s*[：:]/;

/** `来源：新华社`, `发布时间：2024-02-19 11:08`, `标题：…`: a metadata field line. */
export function isMetaField(s: string): boolean {
  // (a page's field list copied as a Markdown list: `- 索引号: …`, `- 发布机构: …`)
  if (s.length > 2 && (s[0] === '-' || s[0] === '*' || s[0] === '•') && (s[1] === ' ' || s[1] === '\u3000')) s = s.slice(2).trimStart();
  return s.length <= 200 && (META_LABEL.test(s) || DATED_FIELD.test(s) || bylineBar(s));
}

/**
 * `张三 发布时间:2020-05-21 09:03:00 来源: 某某报`: the author's name, then the page's fields with
 * their date — one metadata bar that opens with the byline.
 */
function bylineBar(s: string): boolean {
  const m = /^[\u4e00-\u9fff]{2,4}[\s\u3000]+/.exec(s);
  if (m === null || s.length > 80) return false;
  const rest = s.slice(m[0].length);
  return META_LABEL.test(rest) && /\d{4}[-./年]\d{1,2}[-./月]\d{1,2}/.test(rest) && !/[。！？]/.test(rest);
}

/**
 * `发稿时间:2017-11-17 04:10:00 来源: 新华网`: a short label whose value is a date with its day and a
 * clock time, on a line that ends no sentence — a page's time stamp field whatever the site calls it.
 */
const DATED_FIELD = /^[\u4e00-\u9fff]{2,6}\s*[：:]\s*\d{4}[-./年]\d{1,2}[-./月]\d{1,2}日?\s*\d{1,2}[:：时]\d{2}(?![^。！？]*[。！？])/;

/** `来源:` with its value on the next line. */
export function isBareMetaLabel(s: string): boolean {
  return isMetaField(s) && /[：:]\s*[】\]]?$/.test(s) && s.length <= 12;
}

/** Length of a `标题：` label at the start of the line, or 0. */
export function titleLabelLength(s: string): number {
  const m = /^[【\[]?\s*(标题|標題|题目|文章标题)\s*[】\]]?\s*[：:]\s*/.exec(s);
  return m ? m[0].length : 0;
}

/** A field label glued to its value in an unknown vocabulary: `采集说明：…` (short label, colon). */
export function isLabelValue(s: string): boolean {
  // (`篇一：在…会议上的讲话`, `第一篇:…講話`: a compilation's piece title after its label, no field)
  return s.length <= 300 && /^[\u3400-\u9fff]{2,10}[0-9]{0,2}\s*[：:]\s*\S/.test(s) && !labelledPieceTitle(s) && !KIND_LABELLED_TITLE.test(s);
}

/**
 * `党课：喜迎二十大，奋进新征程`, `讲话稿：在…会议上的讲话`: a 党课 or 范文 page's title with the kind of
 * text it is before a colon, the name after it (no sentence): a title, not a field.
 */
const KIND_LABELLED_TITLE = /^(?:专题党课|微党课|党课讲稿|党课|讲话稿|讲话|讲稿|发言稿|致辞|演讲稿|主持词|调研报告|心得体会|述职报告)\s*[：:]\s*[^。！？；;!?：:]{4,40}$/;

/** `2025-01-15 10:43:05 来源: …`, `2026年02月10日 07时41分`, `2025-01-01`: a time stamp line. */
export function isTimestamp(s: string): boolean {
  return s.length <= 60 && /^(\d{4}[-./年]\d{1,2}[-./月]\d{1,2}日?)(\s*\d{1,2}[:时]\d{1,2}(分|[:]\d{1,2})?)?(\s|$)/.test(s);
}

/**
 * `（2026年1月20日）`, `——2026年1月26日在…会议上`, `2026年1月14日在…大会上`, `在…会议上`: the line
 * under a title that says when and where a speech was given.
 */
export function isDateline(s: string): boolean {
  if (s.length > 70) return false;
  const t = s.replace(/^[—\-－─]+\s*/, '');
  if (/^[（(]\s*[\d〇零一二三四五六七八九○]{4}\s*年[^）)]{0,40}[）)]$/.test(t)) return true;
  // (not a daily page's title, `2024年10月02日新闻联播文字版`)
  if (/^[\d〇零一二三四五六七八九○]{4}\s*年\s*[\d〇零一二三四五六七八九十○]{1,3}\s*月([\d〇零一二三四五六七八九十○]{1,3}\s*日)?/.test(t) && !s.includes('。') && !namesDailyIssue(t)) return true;
  if (isVenue(t)) return true;
  return isWireDateline(t);
}

/**
 * A news agency's or paper's dateline on its own line: `新华社北京7月21日电`, `本报广州3月5日讯`,
 * `新华社北京7月21日电（记者 某某）`, `本报讯`. It opens the story, under the headline or above it.
 */
export function isWireDateline(s: string): boolean {
  // (`新华社北京11月16日电 题:<headline>`: a feature's dateline names its headline after `题:`)
  const ti = s.search(/[电電讯訊]\s*[题題]\s*[：:]/);
  if (ti > 0 && s.length <= 110) s = s.slice(0, ti + 1);
  if (s.length > 40 || s.includes('。')) return false;
  return WIRE_DATELINE_LINE.test(s) || /^本报讯(\s*[（(][^）)]{0,24}[）)])?$/.test(s);
}

/** `在广东省第十四届人民代表大会第五次会议上`, `人民代表大会第五次会议上`: where a speech was given. */
export function isVenue(s: string): boolean {
  return s.length <= 60 && !s.includes('。') && /(会议|大会|会|研讨班|培训班|典礼|仪式|论坛|座谈会|开幕式|闭幕式)上$/.test(s);
}

/** `——在…上的讲话` and other dash subtitles. */
export function isSubtitle(s: string): boolean {
  return /^(——|--|—|－－)/.test(s) && s.length <= 80 && !s.includes('。');
}

/** A list number opening a line, after a decoration symbol or two (`1.`, `★2、`, `📌3．`). */
const NUMBERED_OPENING = /^[^\u3400-\u9fff0-9０-９]{0,4}[0-9０-９]{1,2}[.．、]/;

/** `北京市市长 殷勇`, `习近平`, `本报记者 张三`: a speaker or author line. */
export function isSpeakerLine(s: string): boolean {
  if (s.length > 24 || s.includes('。') || s.includes('：') || s.includes(':')) return false;
  // (a name or a role holds no quotation: `海口“接管”省 特殊教育 学校` is a headline set with spaces)
  if (QUOTED.test(s)) return false;
  // (a numbered part's line, `1. 总体要求`, `★1. 总体要求`: a title after a blank, no name)
  if (NUMBERED_OPENING.test(s)) return false;
  if (/^[\u3400-\u9fff]{2,4}$/.test(s)) return true;
  if (isOutletByline(s)) return true;
  const parts = s.split(/[\s\u3000\u00a0]+/).filter((x) => x.length > 0);
  if (parts.length < 2) return false;
  const last = trailingName(parts).name;
  return last.length >= 2 && last.length <= 4 && cjkCount(last) === last.length;
}

/**
 * The last of a line's space-parted words as the name it may be, and how many words it took: a name
 * of two printed letter-spaced after an office, as a title page sets it (`县长  李  明`), is joined
 * back; not a letter-spaced word (`第 一 章`, every part one character) nor a date left blank
 * (`2026年 月 日`).
 */
export function trailingName(parts: readonly string[]): { name: string; taken: 1 | 2 } {
  const n = parts.length;
  const last = parts[n - 1] ?? '';
  const office = parts[n - 3] ?? '';
  if (last.length === 1 && n >= 3 && parts[n - 2].length === 1 && office.length >= 2 && cjkCount(office) === office.length && !/[年月日]$/.test(office + parts[n - 2])) {
    return { name: parts[n - 2] + last, taken: 2 };
  }
  return { name: last, taken: 1 };
}

/** `同志们：`, `各位代表：`, `尊敬的…，同志们、朋友们：`: a salutation. */
export function isSalutation(s: string): boolean {
  // (the greeting that follows the addressees, `大家好！`, `大家晚上好!`: the salutation's too)
  if (s.length <= 10 && GREETING.test(s)) return true;
  if (s.length > 60 || s.includes('。')) return false;
  // (the addressees alone, their colon left off by a hasty writer: `各位同事`, `老师们、同学们`)
  if (s.length <= 16 && ADDRESSEES_ONLY.test(s)) return true;
  if (!/[：:，,！!]$/.test(s)) return false;
  return /(同志们|同志們|代表们|代表們|朋友们|朋友們|各位代表|各位委员|各位领导|各位来宾|各位嘉宾|女士们|先生们|同学们|老师们|尊敬的|亲爱的)/.test(s);
}

/** `大家好！`, `各位晚上好!`: a speaker's greeting, alone on its line. */
const GREETING = /^(?:大家|各位)(?:上午|下午|晚上|早上)?好[！!，,。]?$/;

/**
 * `尊敬的某某先生，`, `亲爱的侨领和同胞们`: one addressee of a speech's greeting, which may run over
 * several lines, one person or group a line, before the closing `女士们、先生们：`. Read as a
 * salutation only beside another such line or a salutation (`亲爱的…` alone may name an essay).
 */
export function isAddressee(s: string): boolean {
  return s.length <= 40 && /^(尊敬的|亲爱的|敬爱的)/.test(s) && !/[。！？!?；;：:]/.test(s.slice(0, -1));
}

/**
 * `殷勇同志作政府工作报告。本报记者 戴冰摄`, `工作人员在搬物资（央广网发 某某 摄）`: a photo caption (the
 * credit may stand in brackets, or name the paper after a slash: `某某摄/本刊`).
 */
export function isCaption(s: string): boolean {
  // (in traditional characters too: `新華社記者某某 攝`)
  // (the credit may name the paper after a slash: `黎寒池摄/本刊`, `某某 摄／新华社`)
  return s.length <= 60 && /(摄|摄影|攝|攝影|供图|供圖|图片来源[：:].*|（图）|\(图\)|[（(][^（()）]*(摄|摄影|攝|攝影|供图|供圖)[）)]|(摄|攝)\s*[/／]\s*[\u4e00-\u9fff]{1,6})$/.test(s);
}

/**
 * The offices a speaker signs or is introduced with, in simplified and traditional characters: one
 * list for every reader of a speaker's line (role lines, signatures, `…局长某某：` headlines, offices
 * before a name). `OFFICE_TAIL` adds offices whose two characters also run across words (`公司长期`,
 * `运行长效`): safe only where the office ends a line or stands right before a name alone.
 */
export const OFFICE = '总理|總理|书记|書記|省长|省長|市长|市長|主席|部长|部長|主任|县长|縣長|区长|區長|院长|院長|厅长|廳長|局长|局長|委员长|委員長|秘书长|秘書長|董事长|董事長|总经理|總經理|校长|校長';
export const OFFICE_TAIL = OFFICE + '|州长|州長|署长|署長|司长|司長|行长|行長|社长|社長';
const ROLE_END = new RegExp(`(?:${OFFICE_TAIL})$`);

/** `国务院总理`, `北京市市长`: a speaker's office on its own line (the name follows on the next). */
export function isRoleLine(s: string): boolean {
  return s.length <= 16 && !/[，。：:]/.test(s) && ROLE_END.test(s);
}

/** `殷勇`, `李克强`: a personal name alone on a line. */
export function isNameLine(s: string): boolean {
  return /^[\u3400-\u9fff]{2,4}$/.test(s) || /^[\u3400-\u9fff][\s\u3000]+[\u3400-\u9fff]{1,2}$/.test(s);
}
