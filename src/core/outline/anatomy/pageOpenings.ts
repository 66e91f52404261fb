/**
 * Shapes of a news page's opening read by the web-page walk (webPage.ts).
 *
 * - A photo caption that ends on its credit (`…接受采访。 新华社记者 某某 摄`) may open the page's
 *   text; the short line right above it is the picture's own title (a photo series' label,
 *   `（两会·面对面）（10）采访部长`), not the article's.
 * - A headline that names its speaker before a colon (`国家统计局局长某某：前两个月经济运行开局总体
 *   向好`) reads like a field and its value; an office and a name before the colon say it is a
 *   headline quoting someone, never a page's field (`来源：`, `发文机关：`). So does a clause of eight
 *   characters or more before the colon (`某某春节后首次发话：中国经济在挑战中越战越勇`): a field's
 *   label is a short noun; right above the page's metadata such a line is the headline.
 * - A page's headline right over the document's own title that holds the title's words whole and
 *   more (`2022年某区政府工作报告—全文` over `政府工作报告`) names the same document, more fully: it is
 *   the page's title, the line under it the document's, not a 引题 over its title (a 引题 never
 *   restates the title it leads into).
 * - The page's first line naming its subject before a colon (`某某:百姓心中永远的好干部`) right over
 *   the text or its epigraph, no field line under it, is the headline, not a field: a page's fields
 *   come as a bar, under the headline.
 */

import { OFFICE, OFFICE_TAIL, trailingName } from './lineShapes';
import { withoutSpaces } from '../../text/blank';
import { inBothScripts } from '../../text/reading';

/** `…。 新华社记者 某某 摄`, `…（通讯员 某某 摄）`: a paragraph ending on a photographer's credit. */
const CREDIT_END = /(?:[。！？!?）)]|\s)[\s\u3000]*[（(]?(?:[\u3400-\u9fff]{0,6}(?:记者|記者|通讯员|通訊員)[\s\u3000]*)?[\u3400-\u9fff·]{2,4}[\s\u3000]*(?:摄影|攝影|摄|攝)[）)]?$/;

export function isCreditCaption(s: string): boolean {
  return s.length <= 300 && CREDIT_END.test(s.trim());
}

/** An office right before a name, then the colon: `…局长某某：`, `…發言人某某:`. */
const SPEAKER_LABEL = new RegExp(String.raw`^[\u3400-\u9fff]{0,16}(?:${OFFICE}|发言人|發言人|大使|院士)[\u3400-\u9fff]{2,3}[\s\u3000]*[：:]`);

/** The headline quoting a speaker: office and name, a colon, and words after it. */
export function isSpeakerHeadline(s: string): boolean {
  if (s.length > 60 || /[。；;]/.test(s)) return false;
  const m = SPEAKER_LABEL.exec(s);
  return m !== null && s.length - m[0].length >= 6;
}

/** A colon after a clause (eight Han characters or more, no other mark) and a title after it. */
const CLAUSE_LABEL = /^[\u3400-\u9fff]{8,20}[\s\u3000]*[：:]/;

export function isClauseHeadline(s: string): boolean {
  if (s.length > 60 || /[。；;]/.test(s)) return false;
  const m = CLAUSE_LABEL.exec(s);
  return m !== null && s.length - m[0].length >= 8;
}

/**
 * A headline naming its subject before a colon and praising or telling of it after (`某某:百姓心中
 * 永远的好干部`): a short name, then a phrase of six Han characters or more with no clause mark in it
 * (a field's value is a name, a date or a sentence; a speaker's turn runs on in clauses). The walk
 * reads it so only on the page's first line with no field beside it.
 */
const SUBJECT_LABEL = /^[\u3400-\u9fff·]{2,8}[\s\u3000]*[：:][\s\u3000]*/;

const NO_SUBJECT = /(?:[问答問]|记者|記者|主持人|嘉宾|嘉賓|网友|網友|发言人|發言人|主播|解说|解說|同期|附件|摘要|关键词|關鍵詞|按语|编者按|注)$/;

export function isSubjectHeadline(s: string): boolean {
  if (s.length > 40) return false;
  const m = SUBJECT_LABEL.exec(s);
  if (m === null) return false;
  // (a speaker's turn, `主持人：…`, `问：…`, and a document's own labels are no subject)
  if (NO_SUBJECT.test(m[0].replace(/[\s\u3000：:]/g, ''))) return false;
  const v = s.slice(m[0].length);
  // (words only: a crumb under its label, `您的位置:首页 > 学习培训`, is the page's)
  return /^[\u3400-\u9fff\s\u3000“”‘’"《》·0-9A-Za-z]+$/.test(v) && (v.match(/[\u3400-\u9fff]/g)?.length ?? 0) >= 6;
}

/** Whether `above` holds the whole of `title` (four Han characters or more) and more. */
export function restatesTitle(above: string, title: string): boolean {
  const a = withoutSpaces(above);
  const t = withoutSpaces(title);
  return t.length >= 4 && (t.match(/[\u3400-\u9fff]/g)?.length ?? 0) >= 4 && a.length > t.length && a.includes(t);
}

/**
 * `中共某省委书记、省人大常委会主任 某某`: the speaker's offices, a space, the name (two to four Han
 * characters). Right above the salutation it is the speaker's line, though it reads as a title.
 */
export function isOfficeAndName(s: string): boolean {
  const parts = s.trim().split(/[\s\u3000]+/);
  if (parts.length < 2 || s.length > 40) return false;
  const { name, taken } = trailingName(parts);
  const office = parts.slice(0, -taken).join('');
  return /^[\u3400-\u9fff]{2,4}$/.test(name) && office.length <= 30 && OFFICE_END.test(office);
}

const OFFICE_END = new RegExp(`(?:${OFFICE_TAIL})$`);

/**
 * `潮州市市长何晓军`, `某某县委书记张三`: the speaker's office and name written with no space between,
 * as a report's title block prints them over the salutation: a place (up to 16 Han characters),
 * an office, a name of two or three. Read only right above a salutation (the caller): a title there
 * holds words the name part never does (`…书记会议上`, `…主任的讲话`).
 */
export function isGluedOfficeName(s: string): boolean {
  const m = GLUED_OFFICE_NAME.exec(s.trim());
  return m !== null && !/[会議议讲講话話上的在和与]/.test(m[1]);
}
const GLUED_OFFICE_NAME = new RegExp(String.raw`^[㐀-鿿]{0,16}(?:${OFFICE})([㐀-鿿]{2,3})$`);

/**
 * The page's first line right over its metadata bar (`来源: | 作者: | 发布时间: …`, a date line) that
 * holds the document's title (spaces aside), possibly with a subtitle or the site's name after a
 * separator (`标题 ---副题`, `标题范文五篇-某某网`): the page's headline, a level-1 title over the
 * document's own. (Over the site's menu or breadcrumb the browser's title line stays the page's.)
 * `line` is the first line's text, `next` the next line with text, `title` the document's title.
 */
export function headlineOverMeta(line: string, next: string, title: string, isMeta: (s: string) => boolean): boolean {
  const t = withoutSpaces(title);
  if (t.length < 4 || line.length > 100 || /[。！？；;]/.test(line)) return false;
  return withoutSpaces(line).includes(t) && isMeta(next);
}

/**
 * A head line right over the page's metadata bar that names the document in other words: it
 * shares a run of six characters or more with the document's title block (`…西洽会开幕式上的致辞`
 * over the bar, `在第十届…洽谈会` / `开幕式上的致辞` below), reads as a title and is no sentence.
 */
export function sharesTitleWords(line: string, titleBlock: string): boolean {
  const a = withoutSpaces(line);
  const b = withoutSpaces(titleBlock);
  if (a.length < 8 || a.length > 100 || /[。！？；;]/.test(line)) return false;
  const RUN = 6;
  for (let i = 0; i + RUN <= a.length; i++) if (b.includes(a.slice(i, i + RUN))) return true;
  return false;
}

/**
 * A page's headline right over the document's own title that ends as the title does for most of
 * its words (`副县长在某某活动上的致辞` over `县长某某活动上的致辞`: the two differ only at their
 * start) names the same document: two titles, not a 引题 and its title (a 引题 leads into the
 * title, it does not end with its words). The shared end runs eight characters or more, and
 * covers at least three quarters of the shorter line.
 */
export function sameHeadlineEnd(above: string, title: string): boolean {
  const a = withoutSpaces(above);
  const t = withoutSpaces(title);
  if (/[。！？；;]/.test(a) || /[。！？；;]/.test(t)) return false;
  let k = 0;
  while (k < a.length && k < t.length && a[a.length - 1 - k] === t[t.length - 1 - k]) k++;
  const shared = t.slice(t.length - k);
  return k >= 8 && (shared.match(/[\u3400-\u9fff]/g)?.length ?? 0) >= 6 && k * 4 >= Math.min(a.length, t.length) * 3;
}

/**
 * `（征求意见稿）`, `(草案)`, `【送审稿】`: the draft's status alone on its line under the title (or
 * under its date line), a note on the document's version, never a title nor the page's text: the
 * walk up from the text goes on over it to the title.
 */
const DRAFT_NOTE = /^[（(【\[]?(?:征求意见稿|徵求意見稿|草案|送审稿|送審稿|讨论稿|討論稿|审议稿|審議稿|修订稿|修訂稿|修改稿|初稿|代拟稿|代擬稿|报批稿|報批稿|试行稿|試行稿|草稿)[）)】\]]?$/;

export function isDraftNote(s: string): boolean {
  return DRAFT_NOTE.test(withoutSpaces(s));
}

/**
 * A compilation's own name: what it collects, then the word for a collection and how many pieces
 * (`基层党建工作会议讲话选编（3篇）`, `某镇政府工作报告汇编(35篇)`, `市长安全生产讲话(通用3篇)`,
 * `…合同模板汇编五篇`, `…讲话选编`). It names many documents, never one: over the first piece's
 * title it is a title of its own, not that piece's headline said again.
 */
const PIECE_COUNT = /[（(](?:通用|精选|优选|推荐|热门|最新)?[\d一二三四五六七八九十百多]{1,3}篇[）)]$/;
const COLLECTION_END = new RegExp(`(?:${inBothScripts(['选编', '汇编', '合集', '文集', '范文集'])})(?:[\\d一二三四五六七八九十]{1,3}篇)?$`);
export function isCompilationName(s: string): boolean {
  const t = withoutSpaces(s);
  if (t.length < 6 || t.length > 60 || /[。！？；，,;:：]/.test(t)) return false;
  return PIECE_COUNT.test(t) || COLLECTION_END.test(t.replace(PIECE_COUNT, ''));
}

/**
 * A short label at the top of a page (`查看原文`, `资源描述`, `文章播报`, `共1个回答`: six characters at
 * most, two Chinese at least) that shares no two characters running with anything the page says
 * after it names the page's furniture — a button, a widget, a count — not the document: a title
 * names what its text speaks of, and even a bare `述职报告` or `心得体会` has its words said again
 * below. `s` is the line's text, `rest` where the page goes on after it, `most` the longest label
 * weighed (in characters, marks aside). Linear: a handful of
 * searches of the text, one for each pair of neighbouring characters.
 */
export function namesNothingBelow(s: string, text: string, rest: number, most = 6): boolean {
  const t = withoutSpaces(s).replace(/[^\u3400-\u9fffA-Za-z0-9]/g, '');
  if (t.length < 2 || t.length > most || s.length > most + 2 || (t.match(/[\u3400-\u9fff]/g)?.length ?? 0) < 2) return false;
  for (let i = 0; i + 2 <= t.length; i++) if (text.indexOf(t.slice(i, i + 2), rest) >= 0) return false;
  return true;
}

/**
 * A page's first line that opens with the headline the page prints on its own line right under it
 * and runs on into the text (`在…上的讲话用心用爱…(2019年3月31日) 同志们: 县不图强…`): a site's
 * preview of the page, said before the page itself, never its body's first paragraph. `line` is the
 * first line's text, `next` the next line's; the headline eight characters or more.
 */
export function previewOfHeadline(line: string, next: string): boolean {
  const a = withoutSpaces(line);
  const h = withoutSpaces(next);
  return h.length >= 8 && a.length >= h.length + 8 && a.startsWith(h);
}

/**
 * `殷某某&&&阅读: 次`, `张三 | 浏览: 120`, `本站编辑&nbsp;&nbsp;点击:35`: a name or a short word, then
 * page fields after a separator of any kind (spaces, bars, ampersands, `&nbsp;`, a middle dot) — a
 * piece of the page's metadata bar, never a title nor the text. `isField` reads one field
 * (lineShapes' isMetaField); the first piece is eight characters at most, and no sentence ends.
 */
export function isFieldBar(s: string, isField: (t: string) => boolean): boolean {
  if (s.length > 100 || /[。！？]/.test(s)) return false;
  const parts = s.split(/(?:&nbsp;|[\s\u3000|｜&＆·•])+/).filter((p) => p.length > 0);
  if (parts.length < 2 || parts[0].length > 8) return false;
  for (let k = 1; k < parts.length; k++) if (isField(parts[k])) return true;
  return false;
}

/** `…是对的吗`, `…怎么写？`: a headline that asks a question (its last word a question's particle or mark). */
export function asksQuestion(s: string): boolean {
  return /(?:吗|嗎|呢|么|麼|[？?])$/.test(s.trim());
}
