/**
 * A web page around the document: a scraper's CSV wrapper, the site's head (site name, navigation,
 * breadcrumbs, buttons), the metadata over the article (来源, 发布时间…), the title block, and the
 * page's tail (related articles, previous/next links, footer, copyright and filing numbers).
 *
 * Whole-document evidence decides, not a word list alone: the body is the main cluster of prose
 * lines; its title block is what stands right above the first prose line (a title, then date,
 * speaker, metadata and button lines); what lies above the title block is the page's head, and
 * what follows the first footer or widget line after which almost no prose is left is its tail.
 */
import { doubledTitleLine, isSpeechTitle, repeatedTitleBlock, speechTitleAbove } from './headlineRepeat';
import type { Anatomy, AnatomyInput } from './index';
import { Zone } from './index';
import { isSectionName, isSiteWidget, looksLikeTitle, skipArtefacts } from '../titles';
import { unannotated } from '../../text/reading';
import { decorationLength } from '../../text/emoji';
import { matchLineStart } from '../markers';
import { bareNumeral, brokenMarker } from '../structure';
import { asksQuestion, headlineOverMeta, isFieldBar, namesNothingBelow, previewOfHeadline, isCompilationName, sharesTitleWords, isClauseHeadline, isCreditCaption, isOfficeAndName, isGluedOfficeName, isSpeakerHeadline, restatesTitle, sameHeadlineEnd, isDraftNote, isSubjectHeadline } from './pageOpenings';
import { wechatHeadline } from './wechatHead';
import {
  isBareMetaLabel, isBreadcrumb, isNameLine, isRoleLine, isButton, isCaption, isDateline, isLabelValue, isMetaField, isSalutation, isAddressee,
  isSpeakerLine, isStrongFurniture, isSubtitle, isButtonWords, isTimestamp, lineText, titleLabelLength, browserTitleHead,
  proseReader, mayBeChrome, mayEndSiteName, isWireDateline,
} from './lineShapes';
import { isLabelTitle } from './titleBlock';
import { opensWithFieldLabel } from './fieldLabels';
import { namesDocument } from '../compilationItems';
import { DOC_KIND_END } from './lineText';
import { cjkCount } from '../../text/cjk';
import { lastAtOrBefore } from '../../text/lines';
import { isBlankAny as isBlankCode, withoutSpaces } from '../../text/blank';
import { columns, endsSentenceCode } from '../layout';
import { opensWithTag, visibleLine } from '../htmlLines';
import { barredTableRows, beforeEmptyCells } from './tables';
import { TITLE_KEY } from './jsonRecords';
import { headedRowTitles, headerlessRowTitles, headlineField } from './csvRows';

/** A date in figures with its clock time (`2013-1-25 22:15:35`): a post's or a page's time stamp. */
const DATE_TIME = /\d{4}[-./年]\d{1,2}[-./月]\d{1,2}日?\s*\d{1,2}[:：]\d{2}/;

/** Non-prose lines allowed between two prose lines of one cluster (headings, captions, short lines). */
const CLUSTER_GAP = 12;
/** Widest print (in columns, an ideograph two) read as narrow: a PDF set for a phone or a narrow column. */
const NARROW_COLUMNS = 60;
/** How many non-blank lines above the body's first prose line the title block may reach. */
const WALK = 40;

/**
 * `title,content,url` / `province,year,title,source_url,publish_date,full_text` /
 * `标题,时间,内容,一级类别,来源网站,访问地址`: a CSV header row (field names in letters or in Chinese;
 * the first may be empty, `,title,url,date`: the index column pandas writes by default).
 */
const CSV_HEADER = /^\ufeff?(?:[A-Za-z_\u4e00-\u9fff][A-Za-z0-9_ \u4e00-\u9fff]{0,30})?(,[A-Za-z_\u4e00-\u9fff][A-Za-z0-9_ \u4e00-\u9fff]{0,30}){2,}$/;
/** A header's name of the field holding the page. */
const CSV_CONTENT = /^(content|contents|text|full_text|fulltext|body|article|内容|正文|全文)$/i;

/**
 * The page's text, a line at a time (empty for blank lines), from where each line's own content
 * starts (after a wrapper prefix). Shared by the web-page detectors.
 */
export function lineTexts(input: AnatomyInput, anatomy: Anatomy): string[] {
  const { text, layout } = input;
  const out: string[] = new Array(layout.lines.length);
  for (let i = 0; i < layout.lines.length; i++) {
    const lines = layout.lines;
    out[i] = lines.empty(i) ? '' : lineText(text, anatomy.lineFrom.get(i) ?? lines.contentStart[i], lines.contentEnd[i]);
  }
  return out;
}

/** A scraper's CSV: a header row of field names, then one record whose last field holds the page. */
export function detectCsvWrapper(input: AnatomyInput, anatomy: Anatomy): void {
  const { text, layout } = input;
  const lines = layout.lines;
  if (lines.length < 2) return;
  const h = lines.at(0);
  if (h.contentEnd - h.contentStart > 200) return;
  const r = lines.at(1);
  // (a header of two fields, the second naming the page's text, `日期,正文` / `title,content`, over a
  // row whose first field ends at a comma: the header is metadata, the row read as it stands)
  const two = /^\ufeff?([A-Za-z_\u4e00-\u9fff][A-Za-z0-9_ \u4e00-\u9fff]{0,30}),([A-Za-z_\u4e00-\u9fff][A-Za-z0-9_ \u4e00-\u9fff]{0,30})$/.exec(text.slice(h.contentStart, h.contentEnd));
  if (two !== null && CSV_CONTENT.test(two[2].trim())) {
    const c = text.indexOf(',', r.contentStart);
    if (c > r.contentStart && c - r.contentStart <= 40 && c < r.contentEnd && text[c + 1] !== '"' && anatomy.zone[0] === Zone.Body) anatomy.zone[0] = Zone.Metadata;
  }
  // (a header of two names, one the title's and the other no text's, `标题,链接` / `title,url`: a
  // scraper's list of headlines and their links, each row a record read for its title, csvRows.ts)
  const titleList = two !== null && !CSV_CONTENT.test(two[2].trim()) && !CSV_CONTENT.test(two[1].trim()) && (TITLE_KEY.test(two[1].trim()) || TITLE_KEY.test(two[2].trim()));
  if (!titleList && !CSV_HEADER.test(text.slice(h.contentStart, h.contentEnd))) {
    // (a slice with no header: records over lines, else rows of one line each, csvRows.ts)
    if (!headerlessRecords(input, anatomy)) headerlessRowTitles(input, anatomy);
    return;
  }
  const names = text.slice(h.contentStart, h.contentEnd).replace(/^\ufeff/, '').split(',').map((x) => x.trim());
  const ti = names.findIndex((x) => TITLE_KEY.test(x));
  const limit = Math.min(r.contentEnd, r.contentStart + 2000);
  let q = -1;
  for (let p = r.contentStart; p + 1 < limit; p++) {
    if (text[p] === ',' && text[p + 1] === '"') { q = p + 2; break; }
  }
  if (q < 0) {
    // a row of unquoted fields (its text on the one line, `标题,日期,为深入贯彻…,政策法规,…`): the
    // header over it is metadata, the row is read as it stands
    // (two fields or more before its text: a row a flattened text's reading broke, recordLines.ts)
    let commas = 0;
    for (let p = text.indexOf(',', r.contentStart); p >= 0 && p < limit && commas < 2; p = text.indexOf(',', p + 1)) commas++;
    if (commas >= 2 && anatomy.zone[0] === Zone.Body) anatomy.zone[0] = Zone.Metadata;
    // (rows of one line each under a header naming their title field: each row's title, csvRows.ts)
    if (ti >= 0 && headedRowTitles(input, anatomy, ti, names.length) && anatomy.zone[0] === Zone.Body) anatomy.zone[0] = Zone.Metadata;
    return;
  }
  if (anatomy.zone[0] === Zone.Body) anatomy.zone[0] = Zone.Metadata;
  if (csvRecords(input, anatomy, names, ti)) return;
  // (rows of one line each, their quoted fields closing on the line: each row's title, csvRows.ts)
  if (ti >= 0 && headedRowTitles(input, anatomy, ti, names.length)) return;
  // The record's fields before the quote are metadata; the page starts after it, on the same line.
  anatomy.lineFrom.set(1, q);
}

/**
 * A CSV of several records (a scraper's compilation: date, title, text): every line that opens a
 * record with as many plain fields before its quoted text as the header names before the text's
 * field (`content`, `内容`…, else the last) starts a record; the page is read from the quote on.
 * A line that holds nothing but fields (the row's fields before an empty line's quote, the fields
 * after the closing quote: `",政策解读,https://…`) is metadata. True when two or more records were
 * found and taken so. Each record is a document of the compilation: where the header names a title
 * field (`title`, `标题`) before the text's, that field is the record's title at the top level and
 * the record's numbering hangs under it (`fieldTitles`), as a reader of a file of articles looks
 * for them by their titles; a record written on one line without quotes (`标题,日期,正文…`, outside
 * every quoted text) is titled so too. A page that opens with its title again keeps that line.
 */
function csvRecords(input: AnatomyInput, anatomy: Anatomy, names: string[], ti: number): boolean {
  let ci = names.findIndex((x) => CSV_CONTENT.test(x));
  if (ci < 0) ci = names.length - 1;
  if (ci < 1) return false;
  return recordsFrom(input, anatomy, 1, ci, ti >= 0 && ti < ci ? ti : -1, false);
}

/**
 * A slice of such a CSV cut at a record's start, its header row left out (`2016年2月3日…例行记者会,2016-02-03,"`
 * over the record's lines, `\t\t",http://…` closing it, the next record's line after): the record
 * rhythm stands for the header. The first line opens a record (plain fields, then a quote opening
 * the text at the line's end or with the text after it), two records or more open so with as many
 * fields, every one but the last closed by a line opening with the closing quote before the next,
 * and the first field of each reads as a title (headlineField, csvRows.ts): that
 * field is the record's title, as a `title` column's is.
 */
function headerlessRecords(input: AnatomyInput, anatomy: Anatomy): boolean {
  const { text, layout } = input;
  const lines = layout.lines;
  const h = lines.at(0);
  const limit = Math.min(h.contentEnd, h.contentStart + 400);
  let ci = 0;
  let p = h.contentStart;
  for (; p + 1 < limit; p++) {
    if (text[p] === '"') return false;
    if (text[p] !== ',') continue;
    ci++;
    if (text[p + 1] === '"') break;
  }
  if (ci < 1 || ci > 8 || p + 1 >= limit || text[p + 1] !== '"') return false;
  return recordsFrom(input, anatomy, 0, ci, 0, true);
}

/**
 * The records of a CSV from line `start` on, `ci` plain fields before each record's quoted text and
 * its title field `ti` (-1 for none). `rhythm`: a slice with no header, read only when its records
 * show the file's shape (headerlessRecords). True when two records or more were found and read.
 */
function recordsFrom(input: AnatomyInput, anatomy: Anatomy, start: number, ci: number, ti: number, rhythm: boolean): boolean {
  const { text, layout } = input;
  const lines = layout.lines;
  const found: [number, number][] = [];
  const closing: number[] = [];
  for (let li = start; li < lines.length; li++) {
    const cs = lines.contentStart[li];
    const ce = lines.contentEnd[li];
    if (ce - cs >= 2 && text[cs] === '"' && text[cs + 1] === ',') { closing.push(li); continue; }
    const limit = Math.min(ce, cs + 400);
    let fields = 0;
    let p = cs;
    for (; p + 1 < limit; p++) {
      if (text[p] === '"') break;
      if (text[p] !== ',') continue;
      fields++;
      if (text[p + 1] === '"') break;
    }
    if (p + 1 < limit && text[p] === ',' && text[p + 1] === '"' && fields === ci) found.push([li, p + 2]);
  }
  if (found.length < 2) return false;
  if (rhythm && !recordRhythm(text, lines, found, closing)) return false;
  const titled = ti >= 0;
  if (titled && !rhythm) plainRecordTitles(input, anatomy, found, ti, ci);
  for (const [li, at] of found) {
    let q = at;
    const ce = lines.contentEnd[li];
    while (q < ce && isBlankCode(text.charCodeAt(q))) q++;
    let first = li;
    if (q >= ce) {
      if (anatomy.zone[li] === Zone.Body) anatomy.zone[li] = Zone.Metadata;
      first = li + 1;
      while (first < lines.length && lines.empty(first)) first++;
    } else anatomy.lineFrom.set(li, at);
    // a page that opens with the record's title (the title field again, on its own line): the
    // record's title, at the top level as each record is a document of its own
    if (!titled || first >= lines.length) continue;
    const field = withoutSpaces(text.slice(lines.contentStart[li], at).split(',')[ti] ?? '');
    const from = anatomy.lineFrom.get(first) ?? lines.contentStart[first];
    const own = withoutSpaces(text.slice(from, lines.contentEnd[first]));
    if (field.length >= 4 && own === field) anatomy.titles.set(first, first);
    else fieldTitle(text, anatomy, li, lines.contentStart[li], at, ti);
  }
  for (const li of closing) if (anatomy.zone[li] === Zone.Body) anatomy.zone[li] = Zone.Metadata;
  // A page's tail inside its record: the links to related notices the site lists under the text
  // (`河北省教育厅关于印发《…》的通知`, one a line, no sentence in them) between the text's last
  // sentence and the closing quote. A page's title never stands at its end: furniture.
  for (const end of closing) {
    let li = end - 1;
    const tail: number[] = [];
    for (; li > 0 && tail.length <= 4; li--) {
      if (lines.empty(li)) continue;
      if (anatomy.zone[li] !== Zone.Body) break;
      const a = anatomy.lineFrom.get(li) ?? lines.contentStart[li];
      const t = text.slice(a, lines.contentEnd[li]);
      if (t.length < 8 || t.length > 150 || /[。！？；：]|\d{4}年\d{1,2}月|^\S{0,4}[、．.）)]/.test(t) || matchLineStart(text, a, lines.contentEnd[li]) !== null) break;
      tail.push(li);
    }
    // (after the text's last sentence: the line before the tail holds one)
    if (tail.length === 0 || tail.length > 4 || li <= 0 || lines.empty(li)) continue;
    const prev = text.slice(anatomy.lineFrom.get(li) ?? lines.contentStart[li], lines.contentEnd[li]);
    if (!/[。！？]\s*$/.test(prev)) continue;
    for (const t of tail) {
      anatomy.zone[t] = Zone.Furniture;
      (anatomy.recordTail ??= new Set()).add(t);
    }
  }
  return true;
}

/**
 * A header-less slice's records keep the file's rhythm: every record but the last is closed (a line
 * opening with the closing quote) before the next one opens, and every record's first field reads
 * as a title.
 */
function recordRhythm(text: string, lines: AnatomyInput['layout']['lines'], found: [number, number][], closing: number[]): boolean {
  let k = 0;
  for (let r = 0; r < found.length; r++) {
    const li = found[r][0];
    const c = commaWithin(text, lines.contentStart[li], found[r][1]);
    if (c < 0 || !headlineField(text.slice(lines.contentStart[li], c).trim())) return false;
    if (r === 0) continue;
    while (k < closing.length && closing[k] < found[r - 1][0]) k++;
    if (k >= closing.length || closing[k] > li) return false;
  }
  return true;
}


/**
 * The title field of a record's line (`ti`, counting the fields from the line's start) as the
 * record's title: its text without the quotes a field may have, when it reads as a headline
 * (headlineField, csvRows.ts: 4 to 100 characters, no `。` or `；` in it, not a date or a number).
 */
function fieldTitle(text: string, anatomy: Anatomy, li: number, from: number, to: number, ti: number): void {
  let a = from;
  for (let k = 0; k < ti; k++) {
    const c = commaWithin(text, a, to);
    if (c < 0) return;
    a = c + 1;
  }
  let b = commaWithin(text, a, to);
  if (b < 0) b = to;
  while (a < b && (text[a] === '"' || isBlankCode(text.charCodeAt(a)))) a++;
  while (b > a && (text[b - 1] === '"' || isBlankCode(text.charCodeAt(b - 1)))) b--;
  if (!headlineField(text.slice(a, b))) return;
  (anatomy.fieldTitles ??= new Map()).set(li, [a, b]);
}

/**
 * Records of the CSV written on one line without quotes (`标题,2020-12-09,新华社北京…电（记者…）…`)
 * between the quoted ones: a line that starts outside every quoted text, holds as many plain
 * fields before its text as the quoted records, and whose text runs to the line's end with no quote.
 * Their title field titles them as the quoted records' does. Linear: each line is read once.
 */
function plainRecordTitles(input: AnatomyInput, anatomy: Anatomy, found: [number, number][], ti: number, ci: number): void {
  const { text, layout } = input;
  const lines = layout.lines;
  const opens = new Set<number>();
  for (const [li] of found) opens.add(li);
  let inQuote = false;
  for (let li = 1; li < lines.length; li++) {
    const cs = lines.contentStart[li];
    const ce = lines.contentEnd[li];
    const startsOutside = !inQuote;
    let quotes = 0;
    for (let p = cs; p < ce; p++) if (text.charCodeAt(p) === 34) quotes++;
    if (quotes % 2 === 1) inQuote = !inQuote;
    if (!startsOutside || quotes > 0 || opens.has(li) || ce - cs < 8 || anatomy.zone[li] !== Zone.Body) continue;
    // (ci plain fields, each short, then the text)
    let p = cs;
    let fields = 0;
    for (; fields < ci; fields++) {
      const c = commaWithin(text, p, Math.min(ce, p + 151));
      if (c < 0) break;
      p = c + 1;
    }
    // (a row whose text field is empty, `某县开展冬季森林防火演练,2026-10-08,`, is a record still: its title
    // is the record's, as a reader of the file finds it there; a short tail is a line of some text)
    if (fields < ci || (ce - p < 20 && ce > p)) continue;
    fieldTitle(text, anatomy, li, cs, p, ti);
  }
}

/** The first comma in [from, end), or -1 (bounded, unlike indexOf). */
function commaWithin(text: string, from: number, end: number): number {
  for (let p = from; p < end; p++) if (text.charCodeAt(p) === 44) return p;
  return -1;
}

function numbered(text: string, from: number, to: number): boolean {
  // (`**一、总体要求**`: a Markdown copy sets its numbered part titles in bold)
  let p = from;
  while (p < to && p - from < 3 && (text.charCodeAt(p) === 42 || text.charCodeAt(p) === 95)) p++;
  // (`★一、总体要求`, `📌 1. …`: a symbol set before the number, read past as the marker reader does)
  p += decorationLength(text, p, to);
  return matchLineStart(text, p, to) !== null;
}

/**
 * An item of a site's article list scraped as a Markdown list: `- 03-02鼻饲护理操作规范11916`, the
 * month and day, the linked title, the hit count glued after it (or the date alone, `- 12-23`).
 */
function isArticleListItem(s: string): boolean {
  return s.length <= 60 && /^[-*•·]\s*(?:0?[1-9]|1[0-2])-(?:0?[1-9]|[12]\d|3[01])(?:$|[\s\u3000]*[\u3400-\u9fff“《][^。！？]*?\d*$)/.test(s);
}

/**
 * Whether the lines right over line t (no blank line between, three at most, each short) are
 * reached from a line that stops where its sentence goes on (`…公布了`, `…的`): a sentence broken a
 * phrase a line, of which t and the lines over it are pieces.
 */
function runsOnIntoBlock(S: (i: number) => string, lines: AnatomyInput['layout']['lines'], t: number): boolean {
  for (let i = t - 1, k = 0; i >= 0 && k <= 3; i--, k++) {
    if (lines.blank(i)) return false;
    const s = S(i);
    if (!s) return false;
    if (s.length <= 30 && /[\u3400-\u9fff][了的地得在把将对向与和及从被给让]$/.test(s) && !/[。！？；，,：:]/.test(s)) return true;
    if (s.length > 30) return false;
  }
  return false;
}

/**
 * Title text of a line: without converter artefacts and a `标题：` label, nor a separator the
 * scraper glued to the headline's end (`…在西安举行 |`, as it did to the bar under it).
 */
function titleOf(s: string): string {
  return s.replace(/^\[(bookmark|anchor|_Toc|toc|#)[^\]]{0,80}\]\s*/i, '').replace(/\s+[|｜]$/, '');
}

/**
 * `喜讯！公司获…称号`, `热烈祝贺！…`: a company's or a school's headline that opens with a cheer and
 * its mark, then reads as a title. No title rule reads a `！` in a title; right above the page's
 * metadata its place says what it is.
 */
function cheerHeadline(s: string): boolean {
  const m = /^(?:喜讯|喜訊|捷报|捷報|好消息|重磅|热烈祝贺|熱烈祝賀|祝贺|祝賀)\s*[!！]\s*(.{4,60})$/.exec(s);
  return m !== null && !/[。！？!?；]/.test(m[1]) && looksLikeTitle(m[1]);
}

/**
 * `职教中心铲雪除冰行动在进行！`: a short headline ending on one exclamation mark, which reads as a title
 * without it. Read only right above the page's metadata (the caller), where its place says what it is.
 */
function exclaimHeadline(s: string): boolean {
  const q = s.length - 1;
  if (q < 6 || q > 40 || (s[q] !== '！' && s[q] !== '!')) return false;
  const head = s.slice(0, q);
  return !/[？?。！!；;]/.test(head) && looksLikeTitle(head);
}

/** A headline of 61–120 characters: reads as a title in its first 60, and no sentence ends in it. */
/** `…，为何…？`: a short headline that asks one question and reads as a title without its mark. */
function questionHeadline(s: string): boolean {
  const q = s.length - 1;
  if (q < 4 || q > 40 || (s[q] !== '？' && s[q] !== '?')) return false;
  const head = s.slice(0, q);
  return !/[？?。！；;]/.test(head) && looksLikeTitle(head);
}

/**
 * `工学院开学第一课|学习英雄事迹，激发爱国热情`: a column's or an event's name (two to twenty
 * characters, no field nor date), one bar, then words that read as a title; no sentence ends in it.
 * Read only right above the page's metadata (the caller): there its place says it is the headline.
 */
function barredHeadline(s: string): boolean {
  if (s.length > 100 || /[。！？；!?;]/.test(s)) return false;
  const parts = s.split(/\s*[|｜]\s*/);
  if (parts.length !== 2) return false;
  const [name, rest] = parts;
  if (name.length < 2 || name.length > 20 || cjkCount(name) < 2 || /[：:\d]/.test(name)) return false;
  if (rest.length < 6 || isMetaField(rest) || isLabelValue(rest)) return false;
  return looksLikeTitle(rest.length > 60 ? rest.slice(0, 60).replace(/[，、,\s]+$/, '') : rest);
}

function longHeadline(s: string): boolean {
  return s.length > 60 && s.length <= 120 && !/[。！？；]/.test(s) && looksLikeTitle(s.slice(0, 60).replace(/[，、\s]+$/, ''));
}

/**
 * The page's lines as lineTexts gives them, with no string made for a line until one is read:
 * the bounds of each line's text (b - a is 0 for a blank line and, in Markdown, a `#` heading)
 * and the texts read so far. A plain object (see lineGroups.ts on why not a class).
 */
interface PageLines {
  text: string;
  a: Int32Array;
  b: Int32Array;
  cache: Map<number, string>;
}

/**
 * The lines of a Markdown file's setext headline (`标题` over `=====`): its words and its rule. Like a
 * `#` line, such a headline is the file's own outline, set by whoever wrote the Markdown; no zone
 * of this detector takes it (a WeChat copy clipped to Markdown sets the article's headline so, the
 * account's card and the page's buttons under it). Level 1 only: a line over `---` may be a page's
 * line that a rule happened to follow. Null when the text is no Markdown or holds none.
 */
function setextHeadlines(text: string, input: AnatomyInput): Uint8Array | null {
  const md = input.md;
  if (!md || md.htmlSource) return null;
  const lines = input.layout.lines;
  let out: Uint8Array | null = null;
  for (const h of md.headings) {
    if (h.depth !== 1) continue;
    const li = lastAtOrBefore(input.lineStarts, h.contentStart);
    if (li < 0 || text.charCodeAt(lines.contentStart[li]) === 35) continue;
    out ??= new Uint8Array(lines.length);
    out[li] = 1;
    // (the words may run over lines; the rule of `=` closes them)
    for (let k = li + 1; k < lines.length && k <= li + 3; k++) {
      out[k] = 1;
      if (/^=+$/.test(text.slice(lines.contentStart[k], lines.contentEnd[k]))) break;
    }
  }
  return out;
}

function pageLines(text: string, input: AnatomyInput, anatomy: Anatomy, setext: Uint8Array | null): PageLines {
  const lines = input.layout.lines;
  const n = lines.length;
  const A = new Int32Array(n);
  const B = new Int32Array(n);
  const lineFrom = anatomy.lineFrom;
  const htmlSource = input.md?.htmlSource === true;
  const tableRows = htmlSource ? null : barredTableRows(text, lines);
  let hp = 0;
  let mp = 0;
  for (let i = 0; i < n; i++) {
    if (lines.empty(i)) continue;
    // A table's rows (`| 环节 | 传统模式 |` over `| --- | --- |`, or a scraped page's rows with no
    // delimiter: `| 活动名称 | 时间 |`, `序号 | 内容名称 |`, `项目 |` a cell a line) are the document's
    // table, never a site's menu (`首页 | 新闻 | 关于`) nor a footer: no zone of this detector takes
    // them, so the parts after a table are no page tail (tables.ts barredTableRows).
    if (tableRows && tableRows[i]) continue;
    const cs = lines.contentStart[i];
    let a = lineFrom.size > 0 ? lineFrom.get(i) ?? cs : cs;
    let b = lines.contentEnd[i];
    while (a < b && isBlankCode(text.charCodeAt(a))) a++;
    while (b > a && isBlankCode(text.charCodeAt(b - 1))) b--;
    // A Markdown file's `#` headings are its own outline: no zone of this detector takes them.
    if (input.md && a < b && (text.charCodeAt(a) === 35 || setext?.[i] === 1)) b = a;
    // A line of a page's markup (`<p style="text-indent:2em">政府工作报告</p>`, `政府工作报告<br>`) is
    // read as the reader sees it: from its first visible character to its last, the tags round it left out.
    // (an `<hN>` heading of the page source is its own outline, as a Markdown `#` heading is)
    if (htmlSource) {
      // (a line that opens inside a tag begun on the line above, `<span style='font-size:15.0pt;` over
      // `font-family:华文行楷'>开学典礼发言稿</span></p>`, a Word export's wrapped markup, starts after it)
      const ms = input.md!.masked;
      while (mp < ms.length && ms[mp][1] <= a) mp++;
      // (a line wholly inside hidden markup, the `<head>` with its `<title>`, a script, a JSP's
      // `<% … %>`, shows the reader nothing: the page's first line is the first it shows)
      if (mp < ms.length && ms[mp][0] <= a && ms[mp][1] >= b) { A[i] = a; B[i] = a; continue; }
      if (mp < ms.length && ms[mp][0] < cs && ms[mp][1] > a && ms[mp][1] < b) {
        a = ms[mp][1];
        while (a < b && isBlankCode(text.charCodeAt(a))) a++;
      }
      const hs = input.md!.headings;
      while (hp < hs.length && hs[hp].contentStart < cs) hp++;
      if (hp < hs.length && hs[hp].contentStart < lines.contentEnd[i] + 1) { A[i] = a; B[i] = a; continue; }
    }
    if (htmlSource && a < b && (text.charCodeAt(b - 1) === 62 || ((text.charCodeAt(a) === 60 || text.charCodeAt(a) === 38) && opensWithTagOrEntity(text, a, b)))) {
      const v = visibleLine(text, a, b, 0);
      if (v.start < 0) b = a;
      else { a = v.start; b = v.end; }
    }
    // A line of words carrying a table's empty cells after them (`2013年某区统计公报 | |||||||`: a page
    // that set its headline in a table's first row) is read without them.
    b = beforeEmptyCells(text, a, b);
    A[i] = a;
    B[i] = b;
  }
  return { text, a: A, b: B, cache: new Map() };
}

/** A line of markup: it opens with a tag or a blank entity (`&#12288;`). */
function opensWithTagOrEntity(text: string, a: number, b: number): boolean {
  return text.charCodeAt(a) === 60 ? opensWithTag(text, a, b) : /^&(?:emsp|ensp|nbsp|#160|#12288|#x3000);/i.test(text.slice(a, a + 9));
}

/**
 * The text of line i (lineTexts' string for it), as a reader of the characters sees it: the
 * readings a converter to traditional characters notes after polyphones (`發(fā)布時(shí)間`, `中國西藏網(wǎng)`)
 * are dropped, so a crumb, a field and a title read as what they are.
 */
function lineAt(P: PageLines, i: number): string {
  if (P.a[i] >= P.b[i]) return '';
  let t = P.cache.get(i);
  if (t === undefined) P.cache.set(i, (t = unannotated(P.text.slice(P.a[i], P.b[i]))));
  return t;
}

/** Whether line i's characters allow chromeAt to read it: false means chromeAt(P, i) is false. */
function chromeMayAt(P: PageLines, i: number): boolean {
  const len = P.b[i] - P.a[i];
  if (len === 0 || len > 80) return false;
  return mayBeChrome(P.text, P.a[i], P.b[i]) || mayEndSiteName(P.text.charCodeAt(P.b[i] - 1));
}

/** isStrongFurniture || isBreadcrumb of line i, reading the line's text only when its characters allow it. */
function chromeAt(P: PageLines, i: number): boolean {
  if (!chromeMayAt(P, i)) return false;
  const t = shownLine(lineAt(P, i));
  return isStrongFurniture(t) || isBreadcrumb(t);
}

/** Addresses and domain names in a line (`https://…`, `www.…`, `example.com/…`). */
const ADDRESS = /(https?:\/\/|www\.)[^\s，。；）)\]]*|[A-Za-z0-9-]+\.(com|cn|net|org|gov)\b[^\s，。；）)\]]*/gi;

/** chromeAt without the evidence of an address: the line is chrome by its words (版权所有, 上一篇, a menu, a breadcrumb). */
function strongChromeAt(P: PageLines, i: number): boolean {
  const raw = lineAt(P, i);
  // (a line that is nothing but a link, `[查看原文](https://…)`, is a page's link, whatever its words)
  if (raw.includes('](') && !/[\u4e00-\u9fffA-Za-z]/.test(raw.replace(/!?\[[^\]]*\]\([^)]*\)/g, ''))) return true;
  const t = shownLine(raw).replace(ADDRESS, '');
  return isStrongFurniture(t) || isBreadcrumb(t);
}

/**
 * From each line at or after `from` to the end: how many of the body's non-blank lines are chrome,
 * and how many there are (the lines before `from` are left 0: read only from `from` on). With `may`,
 * how many lines chromeMayAt lets through instead of how many are chrome: a bound from above read
 * from the characters alone (no line's text made, no regex run), enough to settle most questions
 * of a share (in running text few lines pass it).
 */
function chromeShare(P: PageLines, zone: Uint8Array, from: number, may = false): { chrome: Int32Array; lines: Int32Array } {
  const n = P.a.length;
  const chrome = new Int32Array(n + 1);
  const lines = new Int32Array(n + 1);
  for (let i = n - 1; i >= from; i--) {
    const counted = P.b[i] > P.a[i] && zone[i] === Zone.Body;
    lines[i] = lines[i + 1] + (counted ? 1 : 0);
    chrome[i] = chrome[i + 1] + (counted && (may ? chromeMayAt(P, i) : chromeAt(P, i)) ? 1 : 0);
  }
  return { chrome, lines };
}

/**
 * A line as the reader sees it, for the page-chrome test: a page's markup kept in the text is not
 * what the reader sees, and a link's address inside a line of words (`二、强化<a href="https://…">督促检查</a>`,
 * `三、做好[宣传引导](https://…)`) is no evidence of a footer. A line that is nothing but links (a
 * related-article list, `- [标题](https://…)`) keeps its addresses as evidence.
 */
function shownLine(t: string): string {
  if (!t.includes('<') && !t.includes('](')) return t;
  const outside = t.replace(/<a\b[^>]*>.*?<\/a>/gi, '').replace(/!?\[[^\]]*\]\([^)]*\)/g, '').replace(/<[^<>]*>/g, '');
  if (!/[\u4e00-\u9fffA-Za-z]/.test(outside)) return t;
  return t.replace(/<[^<>]*>/g, '').replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1');
}

/** `标题：`, `**题目：**`: a title label alone on its line, the title on the next. */
function isBareTitleLabel(s: string): boolean {
  const u = s.replace(/^(\*\*|__)(.*)\1$/, '$2').trim();
  return u.length > 0 && u.length <= 8 && titleLabelLength(u) === u.length;
}

/** `字段：值`: a short label of words (no punctuation but brackets) and a colon opening the line. */
const FIELD_LINE = /^[\u4e00-\u9fffA-Za-z0-9（）()]{1,14}\s*[：:]/;

/**
 * A compiler's header opening the document, a `字段：值` line each (标题：…, 发布日期：…,
 * 来源链接1：…, and fields of the compiler's own naming), ended by a blank line: every line of it is
 * metadata, whatever its label, when at least three lines make it and two of them are fields a
 * page's metadata has. Its long values are not the article's first paragraph. Returns the line
 * after the header (0: none).
 */
function markFieldHeader(P: PageLines, zone: Uint8Array): number {
  const n = P.a.length;
  let i = 0;
  while (i < n && P.a[i] >= P.b[i]) i++;
  let k = i;
  let known = 0;
  for (; k < n && P.a[k] < P.b[k]; k++) {
    if (zone[k] !== Zone.Body) return 0;
    const t = lineAt(P, k);
    if (!FIELD_LINE.test(t)) return 0;
    if (isMetaField(t)) known++;
  }
  if (k - i < 3 || known < 2) return 0;
  for (let j = i; j < k; j++) zone[j] = Zone.Metadata;
  return k;
}

export function detectWebPage(input: AnatomyInput, anatomy: Anatomy): void {
  const { text, layout } = input;
  const lines = layout.lines;
  const n = lines.length;
  if (n === 0) return;
  const zone = anatomy.zone;
  // (a Markdown file's setext headline is its own outline, as a `#` line is)
  const setext = setextHeadlines(text, input);
  const mdHeadingLine = (i: number): boolean => !lines.blank(i) && (text.charCodeAt(lines.contentStart[i]) === 35 || setext?.[i] === 1);
  const P = pageLines(text, input, anatomy, setext);
  const pa = P.a;
  const pb = P.b;
  // Lines read one by one (the title block, the page's head) are read as strings.
  const S = (i: number): string => lineAt(P, i);
  const from = (i: number): number => anatomy.lineFrom.get(i) ?? lines.contentStart[i];
  // A numbered line (`一、…`) as the reader sees it: in a page's source the line may open with its
  // markup (`<span style=…>一、鉴定职业和等级</span>`), the marker after the tags.
  const numberedAt = (i: number): boolean =>
    numbered(text, from(i), lines.contentEnd[i]) || (P.a[i] < P.b[i] && P.a[i] > from(i) && numbered(text, P.a[i], P.b[i]));

  // Line i is a piece of a marker broken over lines (structure.ts brokenMarker), its first piece
  // at most two lines up.
  const inBrokenMarker = (i: number): boolean => {
    for (let j = i; j >= 0 && j >= i - 2; j--) {
      const b = brokenMarker(text, lines, j);
      if (b && b.titleLine >= i) return true;
    }
    return false;
  };
  const fieldHeader = markFieldHeader(P, zone);
  if (!input.md || input.md.htmlSource) markHeadLabels(P, zone, (i) => numberedAt(i));
  // A title printed twice on two lines running, no blank between (the page's heading and the
  // document's own, headlineRepeat.ts): two titles, as every copy of a title at a page's head is;
  // the second, right over the text, heads the parts.
  if (!input.md || input.md.htmlSource) {
    const d = doubledTitleLine(S, n, 30, (i) => numberedAt(i) || zone[i] !== Zone.Body, (t) => looksLikeTitle(titleOf(t)));
    if (d >= 0) {
      zone[d] = Zone.Title;
      zone[d + 1] = Zone.Title;
      anatomy.titles.set(d, d);
      anatomy.titles.set(d + 1, d + 1);
    }
  }
  // Line i a short numbered heading; above it (blank lines aside, five lines at most) only the page's
  // fields, buttons and an issuer's dated byline, one field at least, then a line reading as a title.
  const headOverFirstPart = (i: number): boolean => {
    if (S(i).length > 30) return false;
    let fields = 0;
    let looked = 0;
    for (let k = i - 1; k >= 0 && looked < 5; k--) {
      const s = S(k);
      if (!s) continue;
      looked++;
      if (isMetaField(s) || isTimestamp(s)) { fields++; continue; }
      if (isIssuerAndDate(s) || isButtonWords(s) || isButton(s)) continue;
      return fields > 0 && s.length >= 6 && s.length <= 60 && !numberedAt(k) && looksLikeTitle(titleOf(s));
    }
    return false;
  };
  // Line i a short numbered heading, the line right above it a title with no marker, and two field
  // lines of a page's record right above that (`发布日期：…`, `时效性：有效`), one of them or the
  // line above them a field the label list knows.
  const titleOverFields = (i: number): boolean => {
    if (S(i).length > 30 || i < 3) return false;
    const t = S(i - 1);
    if (!t || t.length < 6 || t.length > 60 || numberedAt(i - 1) || isMetaField(t) || !looksLikeTitle(titleOf(t))) return false;
    // (a field of the record the label list does not know, `时效性：有效`, `文号：`, counts beside one it does)
    const field = (s: string): boolean => isMetaField(s) || isLabelValue(s.replace(/^[-*•·]\s*/, '')) || /^[-*•·]?\s*[\u4e00-\u9fff]{2,5}\s*[：:]$/.test(s);
    let known = 0;
    for (let k = i - 2; k >= i - 3; k--) {
      if (!field(S(k))) return false;
      if (isMetaField(S(k))) known++;
    }
    return known + (isMetaField(S(i - 4)) ? 1 : 0) >= 1;
  };

  // The headline over the page's bar right above line t: up the lines over t (three at most with
  // text), every one a button, a metadata field or a bar with a date and a clock time, one of them
  // at least dated; then a line reading as a title, neither numbered nor long. -1 when there is none.
  const headlineOverBar = (t: number): number => {
    let dated = false;
    let looked = 0;
    for (let k = t - 1; k >= 0 && looked < 4; k--) {
      const s = S(k);
      if (!s) continue;
      looked++;
      if (zone[k] !== Zone.Body) return -1;
      if (isMetaField(s) || isTimestamp(s) || DATE_TIME.test(s)) { dated = dated || DATE_TIME.test(s) || isTimestamp(s) || isMetaField(s); continue; }
      if (isButton(s) || isButtonWords(s) || /^[\[【][^\]】]{1,8}[\]】]$/.test(s)) continue;
      // (an issuing body's name over a bare date is an official document's 落款 and 成文日期, the
      // title under them a plan's the notice carries: no headline over a page's bar)
      return dated && s.length >= 6 && s.length <= 60 && !numberedAt(k) && !isIssuerLine(s) && looksLikeTitle(titleOf(s)) ? k : -1;
    }
    return -1;
  };

  // ---- the body: the cluster of prose lines holding the most prose ----
  const prose = new Uint8Array(n);
  let total = 0;
  const isProseAt = proseReader(text);
  // A compiler's header's lines are the header's however long a field runs, not the body's prose.
  // A hard-wrapped text printed narrow (a PDF set for a phone, 20–28 characters a line) has no line
  // of 30 characters: each line of a paragraph the layout joined counts as prose when the whole
  // paragraph reads as prose (it had the body's first lines made the page's head, study31).
  // (the paragraph is read once, for its first short line: `para`, `paraProse`)
  // (only where the print is narrow: most lines a paragraph goes on from, full lines, are under 60
  // columns, 30 ideographs — counted in columns, since a line of figures holds more characters, half
  // width, in the same print: `值1329.65亿元，比上年增长4.0%，…` is 36 characters in 54 columns;
  // a layout conversion wrapped wider keeps the reading by lines it had)
  let wrapped: typeof layout | null = null;
  if (layout.hardWrapped) {
    let full = 0;
    let short = 0;
    for (let i = fieldHeader + 1; i < n; i++) {
      if (!lines.continues(i) || pb[i] <= pa[i]) continue;
      let k = i - 1;
      while (k > fieldHeader && pb[k] <= pa[k]) k--;
      full++;
      if (columns(text, pa[k], pb[k]) < NARROW_COLUMNS) short++;
    }
    if (full >= 5 && short >= full * 0.8) wrapped = layout;
  }
  let para = -1;
  let paraProse = false;
  for (let i = fieldHeader; i < n; i++) {
    if (zone[i] !== Zone.Body || pb[i] <= pa[i]) continue;
    let ok = pb[i] - pa[i] >= 30 && isProseAt(pa[i], pb[i]);
    if (!ok && wrapped && columns(text, pa[i], pb[i]) < NARROW_COLUMNS) {
      const p = lines.paragraph[i];
      if (p >= 0 && p !== para) {
        para = p;
        const f = wrapped.paragraphFirstLine[p];
        const l = wrapped.paragraphLastLine[p];
        paraProse = l > f && f >= fieldHeader && l - f < 40 && zone[f] === Zone.Body && isProseAt(pa[f], pb[l]);
      }
      ok = p >= 0 && p === para && paraProse;
    }
    if (ok) { prose[i] = 1; total += pb[i] - pa[i]; }
  }
  if (total === 0) return;
  // Clusters of prose lines: [first line, prose characters]. The body is the first cluster holding
  // at least half as much prose as the largest (a page may repeat its article in one long line at the end).
  const clusters: [number, number][] = [];
  let gap = 0;
  for (let i = 0; i < n; i++) {
    if (prose[i]) {
      if (clusters.length === 0 || gap > CLUSTER_GAP) clusters.push([i, 0]);
      clusters[clusters.length - 1][1] += pb[i] - pa[i];
      gap = 0;
    } else if (pb[i] > pa[i]) gap++;
  }
  let most = 0;
  for (const c of clusters) most = Math.max(most, c[1]);
  let best = clusters[0][0];
  for (const c of clusters) if (c[1] * 2 >= most) { best = c[0]; break; }
  // (the body's first prose line may go on from the lines above it in a hard-wrapped paragraph
  // whose first line is shorter, indented or cut mid-clause: the walk starts above the paragraph)
  // (in a text the layout found hard-wrapped; a field line, `时间:…`, the prose runs on from is the page's head)
  for (let k = 0; k < 40 && layout.hardWrapped && best > 0 && lines.continues(best) && zone[best - 1] === Zone.Body; k++) {
    const u = lineAt(P, best - 1);
    if (isMetaField(u) || isTimestamp(u) || isLabelValue(u)) break;
    best--;
  }
  // The article's lead, one sentence too short to count as prose (`春节期间，本报记者分赴各地乡村，…。`),
  // right under the page's bar (a date with its time, 来源): the text opens there, and the short
  // lines between it and the first long paragraph (a part's crosshead, its byline) are the text's
  // first part, not the title block (its title stands over the bar).
  for (let i = best - 1, k = 0; i > 0 && k < 6; i--) {
    const t = lineAt(P, i);
    if (!t) continue;
    k++;
    // (a 副题 between them, `——…综述`, says a title block stands there: the headline repeated over it)
    if (zone[i] !== Zone.Body || t.length > 60 || isSubtitle(t)) break;
    if (!/[。！？]$/.test(t)) continue;
    let u = i - 1;
    while (u >= 0 && !lineAt(P, u)) u--;
    const bar = u >= 0 ? lineAt(P, u) : '';
    if (cjkCount(t) >= 12 && !isMetaField(t) && !isLabelValue(t) && (isMetaField(bar) || isTimestamp(bar) || DATE_TIME.test(bar))) best = i;
    break;
  }
  const B = best;

  // ---- the title block, walking up from the body's first prose line ----
  const preamble: [number, number][] = [];
  let T = -1;
  let tFrom = -1;
  let seen = 0;
  let below = '';
  // The first `前言`-like line passed on the walk, and whether the walk ended on the document's table of contents.
  let sectionAt = -1;
  let sectionPre = 0;
  let atToc = false;
  // The title line under a compiler's bare `标题：` label, when the walk took it.
  let bareTitle = -1;
  // A copied WeChat article's head (wechatHead.ts): the headline over its `原创` byline; the byline
  // and the account's promotion under it, down to the text, are the page's metadata and furniture
  // (an editor's-note label among them, `【某某按】`, too: no part of the text).
  const wx = wechatHeadline(S, B, (h) => zone[h] === Zone.Body && !numberedAt(h) && S(h).length >= 4 && S(h).length <= 80 && !/[。！？]$/.test(S(h)));
  if (wx >= 0) {
    for (let k = wx + 1; k < B; k++) {
      const t = S(k);
      if (t && zone[k] === Zone.Body) preamble.push([k, isMetaField(t) || isTimestamp(t) || DATED.test(t) ? Zone.Metadata : Zone.Furniture]);
    }
    T = wx;
  }
  // The page's first line, when the walk takes it as a headline naming its subject before a colon.
  let subjectAt = -1;
  for (let i = B - 1; wx < 0 && i >= 0 && seen < WALK; i--) {
    const t = S(i);
    if (input.md && mdHeadingLine(i)) break;
    if (!t) continue;
    seen++;
    if (zone[i] === Zone.Metadata && i < fieldHeader) {
      // The compiler's header, reached with no title line under it: its `标题：` field names the
      // document; its other fields are passed over.
      const lab = titleLabelLength(t);
      if (lab > 0 && looksLikeTitle(t.slice(lab))) {
        T = i;
        tFrom = from(i) + text.slice(from(i), lines.contentEnd[i]).indexOf(t.slice(lab, lab + 8));
        zone[i] = Zone.Body; // made the title below
        break;
      }
      continue;
    }
    // (a journal article's bracketed fields, `【关键词】…` / `【中图分类号】…`, stand between its title and its text)
    if (zone[i] === Zone.Metadata && opensWithFieldLabel(t)) continue;
    // A table of contents between the title block and the text (a plan's `目录` and its chapters'
    // names) with the text right under it: the title stands above the list, so the walk goes on
    // over it. (A line between the list and the text, `总体要求` over its paragraph, is the body's
    // first part, which the list names: the title block is read no further.)
    if (zone[i] === Zone.Toc && seen === 1) {
      atToc = true;
      while (i > 0 && (zone[i - 1] === Zone.Toc || !S(i - 1))) i--;
      continue;
    }
    if (zone[i] !== Zone.Body) { atToc = atToc || zone[i] === Zone.Toc; break; }
    // A compilation's first excerpt numbered by a bare `一` alone on its line, right above the
    // first passage: the numeral heads the body's first part; the title block stands above it.
    if (seen === 1 && bareNumeral(text, lines, i)?.value === 1) continue;
    // The text's first paragraph, one short sentence (`一夜之间，…都去做公众号了。`, under 30
    // characters, so no prose line): the body's, right over its next paragraph; the block is above it.
    // (not the last line of a hard-wrapped paragraph: the line it goes on from is the same sentence's)
    if (seen === 1 && !lines.continues(i) && t.length >= 8 && /[。！？]$/.test(t) && !isMetaField(t) && !isLabelValue(t)) continue;
    // A government page's record (`索引号：…` / `发布机构：…` / `发布日期：…`) over the document's
    // title, its first part `一、基本情况` right under the title and over the first paragraph: the
    // numbered line is the body's, and the title block stands above it.
    if (seen === 1 && numberedAt(i) && titleOverFields(i)) continue;
    // So on a page whose head runs headline / `时间:…来源:…` / `[字体: ] 打印` / `市政府办公室 2023年01月20日`
    // straight into the text's `一、形成过程`: the numbered line opens the body under the page's head.
    if (seen === 1 && numberedAt(i) && headOverFirstPart(i)) continue;
    // The body's own numbered headings end the block: nothing above a `第一条` or `一、` is read here.
    // (nor above one a scraper broke over lines, `一` / `、总体要求`, its pieces met from below)
    if (numberedAt(i) || inBrokenMarker(i)) break;
    const under = below;
    below = t;
    // A compiler's bare `标题：` (or `**标题：**`) with the title on the next line: that line is the title.
    {
      let lab = i - 1;
      while (lab >= 0 && !S(lab)) lab--;
      if (lab >= 0 && isBareTitleLabel(S(lab)) && looksLikeTitle(titleOf(t))) {
        preamble.push([lab, Zone.Metadata]);
        // (the fields under the title the walk passed as pieces of a broken line are metadata too)
        for (let k = i + 1; k < B; k++) {
          const f = S(k);
          if (f && (isMetaField(f) || isTimestamp(f)) && !preamble.some(([x]) => x === k)) preamble.push([k, Zone.Metadata]);
        }
        T = i;
        bareTitle = i;
        break;
      }
    }
    // A short piece that continues the line above (a title or a speaker broken by a scraper) goes with it.
    // (a date alone, `（2025年3月8日）`, is the block's dateline under the title, with no blank line
    // between them in a text that parts its paragraphs by blank lines: no piece of the title)
    if (lines.continues(i) && t.length <= 12 && !isSalutation(t) && !isDateline(t) && !isSpeakerLine(t)) continue;
    // A longer line that goes on from a long line of running text (a hard-wrapped paragraph, its
    // clauses split by commas) is that text's, not a title block.
    if (lines.continues(i) && i > 0 && S(i - 1).length >= 30 && /[，。；]/.test(S(i - 1))) break;
    // Named buttons first: `【字体：大 中 小】` reads like a label and a value, or a short title.
    if (isButtonWords(t)) { preamble.push([i, Zone.Furniture]); continue; }
    if (isRoleLine(t) && isNameLine(under)) { preamble.push([i, Zone.Dateline]); continue; }
    // A value under a bare `来源:` label is read when the label is reached; here, look one line up.
    let up = i - 1;
    while (up >= 0 && !S(up)) up--;
    // (so is the second or third value of a category field set a value a line: `分類:` / `新聞中心` / `公司新聞`)
    const underBareLabel = (up >= 0 && isBareMetaLabel(S(up)) && t.length <= 30 && !isSalutation(t)) || categoryValue(S, i);
    if (isSalutation(t)) { preamble.push([i, Zone.Salutation]); continue; }
    // The speaker's name letter-spaced a character apart (`项 雪 龙`, a PDF's centred name) right
    // over the salutation: a speaker line, never the speech's title (the title stands above it).
    if (isSalutation(under) && isSpacedName(t)) { preamble.push([i, Zone.Dateline]); continue; }
    // The issuing bodies of a communiqué or a report, a line each over its date (`平陆县统计局` /
    // `国家统计局平陆调查队` / `(2024 年 4 月 8 日)`): the issuers, not the title above them.
    if (isIssuerLine(t) && (isDateline(under) || isIssuerLine(under))) { preamble.push([i, Zone.Dateline]); continue; }
    // (the addressees a speech greets one a line, over its `女士们、先生们：`)
    if (isAddressee(t) && (isSalutation(under) || isAddressee(under))) { preamble.push([i, Zone.Salutation]); continue; }
    if (isDraftNote(t)) { preamble.push([i, Zone.Dateline]); continue; }
    // `市政府办公室 2023年01月20日` under a page's headline and its fields: the issuing office and the
    // day it issued, one line (a government page's byline over the text), never the title.
    if (isIssuerAndDate(t)) { preamble.push([i, Zone.Dateline]); continue; }
    if (isDateline(t) || isSubtitle(t) || (isSpeakerLine(t) && (!looksLikeTitle(t) || (isSalutation(under) && isOfficeAndName(t))))) { preamble.push([i, Zone.Dateline]); continue; }
    if (isSalutation(under) && isGluedOfficeName(t)) { preamble.push([i, Zone.Dateline]); continue; }
    // A headline that names its subject before a colon (`某某:新时代的领路人`) reads like a field and
    // its value; right above the page's metadata, and stated again further down (an agency's
    // `…电 题:某某:新时代的领路人`), it is the page's title.
    // So is a headline quoting a speaker by office and name (`…局长某某：…`) right above the metadata.
    // So is a headline naming its place or body before the colon and quoting its subject after it
    // (`某某镇：“三会合一”提效率`), right above the metadata with no field over it: a field's value
    // names a thing, it quotes no slogan.
    // The page's first line naming its subject before a colon (`某某:百姓心中永远的好干部`) with no
    // other field under it (a page's fields come as a bar, under its headline): the headline, not a
    // field (pageOpenings.ts isSubjectHeadline).
    if (i === firstTextLine(P) && !underBareLabel && !isMetaField(t) && !isTimestamp(t) && titleLabelLength(t) === 0 && isSubjectHeadline(t) && !(isLabelValue(under) && !isMetaField(under) && !isTimestamp(under))) { T = i; subjectAt = i; break; }
    const quotedHeadline = t.length <= 40 && QUOTED_VALUE.test(t) && !(up >= 0 && (isMetaField(S(up)) || isLabelValue(S(up)) || isBareMetaLabel(S(up))));
    if (!isMetaField(t) && !isTimestamp(t) && !underBareLabel && isLabelValue(t) && preamble.length > 0 && looksLikeTitle(t.replace(/[：:]/, '')) && ((preamble[preamble.length - 1][1] === Zone.Metadata && ((t.length <= 30 && statedBelow(text, lines.contentEnd[i], t)) || isClauseHeadline(t) || quotedHeadline)) || isSpeakerHeadline(t))) { T = i; break; }
    // (a piece of the bar after a name, its fields parted by any separator: `殷某某&&&阅读: 次`)
    // A forum post's bar (`某某 | 发表于 2005-8-4 21:37:32 | 显示全部楼层 |阅读模式`): the post's metadata.
    if (t.length <= 120 && DATE_TIME.test(t) && /发表于|發表於/.test(t) && !/[。！？]/.test(t)) { preamble.push([i, Zone.Metadata]); continue; }
    // A title that names its kind before a colon (`读书心得：在实干中成长`, `学习体会：做实干者`):
    // the words before the colon are a document's kind, not a field's name, and what follows is
    // the rest of the title, no field's value.
    if (!isMetaField(t) && !underBareLabel && kindLabelledTitle(t)) { T = i; break; }
    if (isMetaField(t) || isTimestamp(t) || underBareLabel || (isLabelValue(t) && t.length <= 20) || isFieldBar(t, isMetaField)) {
      const lab = titleLabelLength(t);
      if (lab > 0 && looksLikeTitle(t.slice(lab))) {
        T = i;
        tFrom = from(i) + text.slice(from(i), lines.contentEnd[i]).indexOf(t.slice(lab, lab + 8));
        break;
      }
      preamble.push([i, Zone.Metadata]);
      continue;
    }
    if (isStrongFurniture(t) || isBreadcrumb(t) || isCaption(t)) { preamble.push([i, Zone.Furniture]); continue; }
    // The picture's own title right above a photo caption that opens the text (`…新华社记者 某某 摄`).
    if (seen === 1 && t.length <= 30 && isCreditCaption(S(B))) { preamble.push([i, Zone.Furniture]); continue; }
    if (numberedAt(i)) break;
    // `前言`, `前  言` over the first paragraph names the body's first part, not the page: the
    // title block stands above it.
    if (isSectionName(t)) { if (sectionAt < 0) { sectionAt = i; sectionPre = preamble.length; } continue; }
    const tt = titleOf(t);
    // A short label over a teaser the page states again below as its text's opening (`文章导读` over
    // the article's first lines, cut): the label is the widget's; the title stands above it.
    if (tt.length <= 6 && preamble.length === 0 && (looksLikeTitle(tt) || isLabelTitle(tt)) && teaserRepeated(text, pa[B], pb[B])) {
      preamble.push([i, Zone.Furniture]);
      continue;
    }
    if (looksLikeTitle(tt) || isLabelTitle(tt)) { T = i; break; }
    // A news headline may run past a title's 60 characters (`…大会召开 某某主持并讲话 某某出席`);
    // right above the page's metadata and date lines its place says what it is.
    // So may a headline asking a question (`…，为何…？`), or one opening with a cheer (`喜讯！…`), which no title rule reads as a title.
    if (preamble.some(([, z]) => z === Zone.Metadata || z === Zone.Dateline) && (longHeadline(tt) || questionHeadline(tt) || cheerHeadline(tt) || exclaimHeadline(tt))) { T = i; break; }
    // So may a headline that opens with its column's or event's name and a bar (`开学第一课|学习…，争做…`),
    // which the title rules read as no title for its bar: right above the metadata.
    if (preamble.some(([, z]) => z === Zone.Metadata) && barredHeadline(tt)) { T = i; break; }
    if (isButton(t)) { preamble.push([i, Zone.Furniture]); continue; }
    // A document site's widget between its headline and the text (`论文部分内容阅读`, `下载到本地 ,
    // 更方便阅读`): the site's, passed as its buttons are; the headline stands above it.
    if (isSiteWidget(t)) { preamble.push([i, Zone.Furniture]); continue; }
    break;
  }
  // A line the walk took right over the text with nothing between (`公文写作培训班`, a link to a
  // course), under the page's post bar or metadata (a line with a date and time: `某某 发表于
  // 2013-1-25 22:15:35 | 显示全部楼层`, `[复制链接]` beside it) over a headline: the headline is the
  // title, the line under the bar the page's (a title stands above its bar, not under it). A line
  // that names the headline's document again is its copy, and stays.
  if (T > 0 && tFrom < 0 && preamble.length === 0 && !numberedAt(T)) {
    const h = headlineOverBar(T);
    if (h >= 0 && !sharesTitleWords(S(T), S(h)) && !restatesTitle(S(h), S(T)) && !restatesTitle(S(T), S(h))) {
      preamble.push([T, Zone.Furniture]);
      for (let k = h + 1; k < T; k++) if (S(k)) preamble.push([k, isMetaField(S(k)) || isTimestamp(S(k)) || DATE_TIME.test(S(k)) ? Zone.Metadata : Zone.Furniture]);
      T = h;
    }
  }
  // The page's headline, repeated: a scraped page opens with the browser's title line (the
  // headline, alone or before a separator and the site's name or tags: `标题|栏目|标签`,
  // `标题_腾讯新闻`) and states the headline again above its metadata. That repeat is the title,
  // whatever the walk took below it (a button `放大字体`, the account `××官方账号`, an outlet's
  // name over its time stamp), and it may hold a `！` or a `：` no other title line may.
  const [repeat, repeatEnd] = repeatedHeadline(P, zone, B);
  let repeated = false;
  if (repeat > 0 && (T < 0 || T > repeat) && !numberedAt(repeat)) {
    repeated = true;
    for (let k = preamble.length - 1; k >= 0; k--) if (preamble[k][0] <= repeatEnd) preamble.splice(k, 1);
    const had = new Set<number>(preamble.map(([i]) => i));
    // (the headline's second line, when the page sets it over two, is the title block's)
    for (let i = repeat + 1; i <= repeatEnd; i++) zone[i] = Zone.Title;
    for (let i = repeatEnd + 1; i < B; i++) {
      const t = S(i);
      if (!t || had.has(i) || zone[i] !== Zone.Body || prose[i] || numberedAt(i)) continue;
      // (a line ending on a colon, `各部门：`, opens the text; a long line is left to the body)
      if (t.length > 40 || /[：:]$/.test(t)) continue;
      // (the headline said a third time, word for word, over the text: the document's own title
      // line, left to the body's title rules: a title again)
      // (or a law site's record title `某某规定(2002年)` said a third time as the rules print it,
      // `某某规定`: the headline holds it whole)
      if (repeatEnd === repeat && (withoutSpaces(t) === withoutSpaces(S(repeat)) || restatesTitle(S(repeat), t))) continue;
      const meta = isMetaField(t) || isTimestamp(t) || isLabelValue(t);
      preamble.push([i, meta ? Zone.Metadata : isWireDateline(t) || isDateline(t) ? Zone.Dateline : Zone.Furniture]);
    }
    T = repeat;
    tFrom = -1;
  }
  // A speech's title over page chrome the walk could not read (a forum's 楼主, `发表于 … | 只看该作者`).
  // (the chrome under the title is evidence of a page's head above it)
  let chromeUnderTitle = false;
  if (T < 0 && !repeated) {
    const st = speechTitleAbove(S, B, (i) => zone[i] === Zone.Body && !prose[i] && !numberedAt(i), (t) => looksLikeTitle(titleOf(t)));
    if (st >= 0) {
      const had = new Set<number>(preamble.map(([i]) => i));
      for (let i = st + 1; i < B; i++) {
        const t = S(i);
        if (!t || had.has(i) || zone[i] !== Zone.Body) continue;
        // (the body's own numbered heading, a scraper's broken one too, opens the text: the page's
        // head is above it; a finished sentence is the text's, no chrome)
        if (numberedAt(i) || inBrokenMarker(i)) break;
        if (t.length >= 8 && /[。！？]$/.test(t) && !isMetaField(t) && !isLabelValue(t)) continue;
        if (isButton(t) || isStrongFurniture(t) || isBreadcrumb(t)) chromeUnderTitle = true;
        if (isSalutation(t)) { preamble.push([i, Zone.Salutation]); continue; }
        const meta = isMetaField(t) || isTimestamp(t) || isLabelValue(t);
        preamble.push([i, meta ? Zone.Metadata : isDateline(t) ? Zone.Dateline : Zone.Furniture]);
      }
      T = st;
      tFrom = -1;
    }
  }
  // No title above the `前言`: the page's head is read above it as before (the title rules make it
  // a part, not the page's title) — unless a table of contents stands over it (a book's or a
  // report's own front matter, its title above that).
  if (T < 0 && sectionAt >= 0 && !atToc) { T = sectionAt; preamble.length = sectionPre; }
  // The document's own text above the block: a Markdown `#` heading, or three finished sentences
  // (a WeChat copy written a short sentence a line, its `**一**` parts, has little prose of 30
  // characters and more, so the walk starts far down, at a part's bold line). What stands there is
  // the document, not a page's head: the block found is no page's title.
  if (T > 0 && !repeated && textAbove(P, zone, T, input.md ? mdHeadingLine : null)) T = -1;
  // A sentence set a phrase a line (a poster's lead: `日前` / `某部公布了` / `2023年度名单` / `某公司` /
  // `入选国家级“绿色工厂”`, no blank line between): the lines over the text read as short titles,
  // but the one above them runs on into them (it ends on 了, 的, 在…): they are that sentence's
  // pieces, no title block.
  if (T > 0 && tFrom < 0 && !repeated && runsOnIntoBlock(S, lines, T)) T = -1;
  if (T < 0) {
    // No title: only the plainest preamble lines are marked (salutation, date, metadata;
    // a compiler's header of fields is metadata already).
    for (const [i, z] of preamble) if (z !== Zone.Furniture && zone[i] === Zone.Body) zone[i] = z;
    markTail(input, anatomy, P, prose, total, B);
    return;
  }
  for (const [i, z] of preamble) if (zone[i] === Zone.Body) zone[i] = z;
  // (sure of it: in text without blank lines the title stands inside the label's paragraph)
  if (T === bareTitle) anatomy.titles.set(T, T);
  if (tFrom >= 0) anatomy.lineFrom.set(T, tFrom);
  // The page's head states the document's title again (headlineRepeat.ts): that says which lines
  // make up the title block, and the head's line is a title too.
  const rep = tFrom < 0 && !repeated ? repeatedTitleBlock(S, T, 0) : null;
  if (tFrom < 0) {
    // A news title block: 引题, title, 副题 on lines of their own, the block's first line heads it.
    let top = rep ? rep.first : T;
    // (the line under the title, a dash subtitle naming the occasion: `——在…上的讲话`)
    const subtitleUnder = (t: number): boolean => {
      let k = t + 1;
      while (k < B && !S(k)) k++;
      return k < B && isSubtitle(S(k));
    };
    for (let i = T - 1, k = 0; !rep && i >= 0 && k < 3; i--) {
      const t = S(i);
      if (!t) { if (lines.blank(i) || lines.zeroWidth(i)) continue; break; }
      // (the browser's title line the headline repeats is the page's, not the block's 引题)
      if (repeated && i <= firstTextLine(P)) break;
      if (zone[i] !== Zone.Body || cjkCount(t) < 6 || isDateline(t) || isMetaField(t) || isLabelValue(t) || !looksLikeTitle(titleOf(t)) || numberedAt(i)) break;
      // The page's headline naming the document more fully right over the document's own title
      // (`2022年某区政府工作报告—全文` over `政府工作报告`): two titles, not a 引题 and its title.
      // So is a speech's whole title (`某某在某会上的讲话`) over a block that states the speech's own
      // title and, under it, the occasion again (`——在某会上的报告`): a 引题 never names the speech.
      // A question a Q&A page asks over the article it answers with (`…要突出重点 是对的吗` over
      // `对写好工作总结的几点思考`) is no 引题 either (a 引题 leads into its title, it asks nothing):
      // the page's own line, left to the body's title rules; the article's title is sure, and the
      // article's parts hang from it.
      if (k === 0 && asksQuestion(t)) {
        anatomy.titles.set(T, T);
        break;
      }
      if ((k === 0 && (restatesTitle(titleOf(t), titleOf(S(T))) || sameHeadlineEnd(titleOf(t), titleOf(S(T))))) || (isSpeechTitle(titleOf(t)) && !isSpeechTitle(titleOf(S(T))) && subtitleUnder(T))) {
        zone[i] = Zone.Title;
        anatomy.titles.set(i, i);
        anatomy.titles.set(top, T);
        break;
      }
      top = i;
      k++;
    }
    for (let i = top; i <= T; i++) if (S(i) && zone[i] === Zone.Body) zone[i] = Zone.Title;
    T = top;
  }
  if (zone[T] === Zone.Body) zone[T] = Zone.Title;

  // ---- the page's head, above the title block ----
  const title = titleOf(S(T)).slice(tFrom >= 0 ? titleLabelLength(S(T)) : 0);
  // (a compiler's header of fields over the title, already metadata, is evidence of a page's head)
  let evidence = fieldHeader > 0 || repeated || chromeUnderTitle ? 1 : 0;
  // A column's name or a menu's words alone over the headline, one to three short lines from the
  // page's top (`新聞中心` over `公司再度榮獲…` over `2020-12-04 來源:…`), the headline over a dated
  // metadata line: the site's words over its article, evidence of a page's head (made its furniture).
  if (evidence === 0 && tFrom < 0 && preamble.some(([k, z]) => z === Zone.Metadata && DATED.test(S(k)))) {
    let words = 0;
    let all = true;
    for (let i = 0; i < T && all; i++) {
      const t = S(i);
      if (!t) continue;
      if (zone[i] !== Zone.Body || !COLUMN_WORD.test(t) || isSectionName(t)) all = false;
      else words++;
    }
    if (all && words > 0 && words <= 3) evidence++;
  }
  let abort = false;
  for (let i = 0; i < T; i++) {
    const t = S(i);
    if (!t || zone[i] !== Zone.Body) continue;
    if (isStrongFurniture(t) || isBreadcrumb(t) || isButton(t) || isMetaField(t) || isTimestamp(t)) evidence++;
    // (a forum's or a document site's widget, `打印 上一主题 下一主题`)
    else if (isSiteWidget(t)) evidence++;
    // (a site's list of its own articles, `- 03-02某某方案1253`: a date and a hit count round each
    // link's name, the widget's, evidence of a page's head, no numbered part of the text)
    else if (isArticleListItem(t)) evidence++;
    // The browser's title line: the headline, a separator and the site's name.
    else if (browserTitleHead(t) === title) evidence++;
    else if (numberedAt(i) && t.length > 8) { abort = true; break; }
    else if (prose[i] && t.length > 120) { abort = true; break; }
  }
  // The page's headline over its metadata, repeated at the head of the body: the headline is
  // the title (the repeat is the article's own copy of it).
  if (preamble.length === 0 && evidence === 0 && tFrom < 0 && T !== subjectAt && !isLabelTitle(titleOf(S(T)))) {
    // Nothing marks this as a page's title block (no date, speaker, metadata or page chrome around
    // it): the line right above the first paragraph may as well be a part's name. Leave it to the
    // title rules of the body.
    for (let i = T; i < B; i++) if (zone[i] === Zone.Title) zone[i] = Zone.Body;
    markTail(input, anatomy, P, prose, total, B);
    return;
  }
  let headlineAt = -1;
  if (tFrom < 0) {
    for (let i = T - 1, k = 0; i >= 0 && k < 12; i--) {
      if (!S(i)) continue;
      k++;
      if (zone[i] !== Zone.Body) break;
      if (titleOf(S(i)) === title) { headlineAt = i; break; }
      if (looksLikeTitle(titleOf(S(i))) || prose[i] || S(i).length > 40) break;
    }
  }
  // (the page's first line over the site's menu or breadcrumb is the browser's title, which a
  // scraped page repeats: the headline under the chrome, over the metadata, is the title)
  if (headlineAt >= 0 && headlineAt === firstTextLine(P)) {
    for (let i = headlineAt + 1; i < T; i++) {
      const t = S(i);
      if (t && (isStrongFurniture(t) || isBreadcrumb(t))) { headlineAt = -1; break; }
    }
  }
  if (headlineAt >= 0) {
    zone[headlineAt] = Zone.Title;
    anatomy.titles.set(T, T);
    // (sure of it: a page scraped span by span joins the headline to the crumb or the metadata
    // lines around it, none of which ends a sentence, so it heads no paragraph of its own)
    anatomy.titles.set(headlineAt, headlineAt);
    for (let i = headlineAt + 1; i < T; i++) if (S(i) && zone[i] === Zone.Body) zone[i] = Zone.Metadata;
  }
  if (!abort && evidence > 0) {
    let afterBare = false;
    for (let i = 0; i < T; i++) {
      const t = S(i);
      if (!t || zone[i] !== Zone.Body) continue;
      const chrome = isStrongFurniture(t) || isBreadcrumb(t) || isButton(t);
      const meta = !chrome && (isMetaField(t) || isTimestamp(t) || isLabelValue(t) || (afterBare && t.length <= 30));
      const headline = title.length >= 4 && (t.includes(title) || (t.length >= 4 && title.includes(titleOf(t))));
      // (an agency's dateline over the article's title opens the story: a dateline, not chrome)
      zone[i] = meta || headline ? Zone.Metadata : !chrome && isWireDateline(t) ? Zone.Dateline : Zone.Furniture;
      if (rep && i === rep.headline && headlineAt < 0 && !browserLineOverChrome(P, i, T)) {
        // (sure of it: the head's lines around it, a search bar or a 发布时间 bar, may share its paragraph)
        zone[i] = Zone.Title;
        anatomy.titles.set(i, i);
      }
      afterBare = isBareMetaLabel(t);
      // The page's own headline over its metadata line (`受权发布｜某某：<title>` over `来源：…`): the
      // article's title after a column label or a speaker and a separator, not a browser title. It
      // heads the page; the article's title under the dateline heads the article.
      if (headline && !chrome && !isMetaField(t) && pageHeadline(t, title)) {
        let k = i + 1;
        while (k < T && !S(k)) k++;
        if (k < T && PAGE_META.test(S(k))) zone[i] = Zone.Title;
      }
    }
  }
  // The page's first line right over its metadata bar holds the document's title: the page's headline.
  // So does a head line between the chrome and that bar that names the document in other words.
  if (!abort && evidence > 0) {
    const f = firstTextLine(P);
    const meta = (u: string): boolean => isMetaField(u) || isTimestamp(u) || PAGE_META.test(u);
    let block = '';
    // (the title block, and the lines its first paragraph runs on with: `在…洽谈会` / `开幕式上的致辞`)
    for (let i = T; i < B && block.length < 200; i++) {
      if (zone[i] === Zone.Title || (i > T && S(i) && S(i - 1) && i - T < 3)) block += S(i);
      else if (i > T && zone[i - 1] !== Zone.Title) break;
    }
    // (a compiler's header of fields, its lines wrapped, holds no headline)
    for (let i = Math.max(f, fieldHeader); i < T; i++) {
      if (zone[i] === Zone.Body || zone[i] === Zone.Title) continue;
      const t = S(i);
      if (!t || isStrongFurniture(t) || isBreadcrumb(t) || isButton(t) || isMetaField(t) || isLabelValue(t) || titleLabelLength(t) > 0 || meta(t)) continue;
      // (nor the rest of a field wrapped onto the next line: `标题：在省` / `部级…的讲话`)
      if (i > 0 && S(i - 1) && (meta(S(i - 1)) || titleLabelLength(S(i - 1)) > 0)) continue;
      let k = i + 1;
      while (k < T && !S(k)) k++;
      if (k >= T || !meta(S(k))) continue;
      // (or a compilation's own name, `××讲话选编（3篇）`, over the bar and its first piece's title:
      // a title of its own, level with the pieces', never the piece's headline said again)
      const compilation = isCompilationName(titleOf(t)) && !withoutSpaces(title).includes(withoutSpaces(titleOf(t)));
      if (compilation || (i === f && headlineOverMeta(t, S(k), title, meta)) || (looksLikeTitle(titleOf(t).replace(/^[\[【][^\]】]{1,12}[\]】]\s*/, '')) && sharesTitleWords(t, block))) {
        zone[i] = Zone.Title;
        anatomy.titles.set(i, i);
        break;
      }
    }
  }
  // A page source's headline set in a block that is no heading tag (`<div class="article_title">…</div>`,
  // `<div class="newst">…</div>` over the page's 发稿时间 bar): the markup gives the reader no `<hN>`
  // to head the page, and a page source is read as Markdown, whose titles are its headings, so the
  // title block found under the page's chrome or over its metadata is the page's title.
  if (input.md?.htmlSource && !abort && zone[T] === Zone.Title && !anatomy.titles.has(T)) {
    let last = T;
    let k = T + 1;
    for (; k < B && (zone[k] === Zone.Title || !S(k)); k++) if (S(k)) last = k;
    // (the page's metadata bar right under it, `发稿时间：2021/6/9`, when no chrome stands above)
    const metaUnder = k < B && zone[k] === Zone.Metadata && PAGE_META.test(S(k));
    // (a heading tag of the page's own between it and the text, `<h1>标题</h1>` under the crumb's
    // `你的位置`, heads the page: the block over it is the head's)
    const blockAt = lines.contentStart[T];
    const textAt = B < n ? lines.contentStart[B] : text.length;
    const headed = input.md.headings.some((h) => h.contentStart > blockAt && h.contentStart < textAt);
    if ((evidence > 0 || metaUnder) && !headed) anatomy.titles.set(T, last);
  }
  markTail(input, anatomy, P, prose, total, Math.max(B, T + 1));
}

/**
 * The page's first lines, down to its first line of running text or numbered part (four lines with
 * text at most): a site's preview that opens with the headline printed right under it is the
 * page's furniture; so is a short label the page never speaks of again (`查看原文`, `文章播报`,
 * namesNothingBelow) when it is the first line there that could read as a title — the next such
 * line is weighed the same way (`资源描述` over `精品文档就在这里`). Neither is then taken for
 * the page's title, nor its body's first paragraph.
 */
function markHeadLabels(P: PageLines, zone: Uint8Array, numberedAt: (i: number) => boolean): void {
  const n = P.a.length;
  let seen = 0;
  let furnished = -1;
  for (let i = firstTextLine(P); i < n && seen < 4; i++) {
    if (P.b[i] <= P.a[i]) continue;
    seen++;
    if (zone[i] !== Zone.Body || numberedAt(i)) return;
    const t = lineAt(P, i);
    if (seen === 1 && t.length > 30) {
      let k = i + 1;
      while (k < n && P.b[k] <= P.a[k]) k++;
      if (k < n && zone[k] === Zone.Body && previewOfHeadline(t, lineAt(P, k)) && looksLikeTitle(lineAt(P, k))) zone[i] = Zone.Furniture;
      return;
    }
    if (t.length > 30) return;
    // (`前言`, `引言`: a part's name, which its text need not say again; `【标准格式】`: a bracketed
    // label, which the label readers weigh, titleBlock.ts)
    if (/[：:]$/.test(t) || !looksLikeTitle(t) || isSectionName(t) || /^[【\[].*[】\]]$/.test(t)) continue;
    // (a line that names a kind of document, `某县发展规划`, `述职报告`, is the title however little of
    // it the text says again: nothing under it is the head's label)
    if (namesDocument(t) || DOC_KIND_END.test(t)) return;
    // (a label stands over more of the page's head: a line right over the text's first part or its
    // running text, `学习笔记` over `❶ 明确目标任务`, heads that text, as a title does)
    let j = i + 1;
    while (j < n && P.b[j] <= P.a[j]) j++;
    if (j >= n || numberedAt(j) || P.b[j] - P.a[j] >= 30 || /[。！？]$/.test(lineAt(P, j))) return;
    // (said again in the page's running text, not in its other furniture: from its first long line on)
    let k = i + 1;
    while (k < n && P.b[k] - P.a[k] < 30) k++;
    // (its characters as the page writes them: lineAt reads a traditional page in simplified ones;
    // a line printed right under such a label, no blank line between, is the same widget's when it
    // too names nothing the text says, though longer: `複製鏈接` / `請複製以下鏈接發送給好友`)
    const widget = i > 0 && zone[i - 1] === Zone.Furniture && furnished === i - 1;
    if (!namesNothingBelow(P.text.slice(P.a[i], P.b[i]), P.text, k < n ? P.a[k] : P.b[i], widget ? 16 : 6)) return;
    zone[i] = Zone.Furniture;
    furnished = i;
  }
}

/**
 * Whether the lines above `T` hold the document's own text: a Markdown `#` heading, or three lines
 * of the body's zone that end a sentence (`。！？`, eight characters or more). A page's head is its
 * chrome: menus, buttons, a breadcrumb, the browser's title.
 */
function textAbove(P: PageLines, zone: Uint8Array, T: number, mdHeading: ((i: number) => boolean) | null): boolean {
  let sentences = 0;
  for (let i = 0; i < T; i++) {
    if (zone[i] !== Zone.Body) continue;
    if (mdHeading?.(i)) return true;
    if (P.a[i] >= P.b[i]) continue;
    if (P.b[i] - P.a[i] < 8) continue;
    const c = P.text.charCodeAt(P.b[i] - 1);
    if ((c === 0x3002 || c === 0xff01 || c === 0xff1f) && ++sentences >= 3) return true;
  }
  return false;
}

/** Line i is the page's first line (the browser's title) and the site's menu or breadcrumb stands between it and line T. */
function browserLineOverChrome(P: PageLines, i: number, T: number): boolean {
  if (i !== firstTextLine(P)) return false;
  for (let k = i + 1; k < T; k++) {
    const t = lineAt(P, k);
    if (t && (isStrongFurniture(t) || isBreadcrumb(t))) return true;
  }
  return false;
}

/**
 * Whether the prose line [a, b) is a teaser: its first 40 characters are said again after it, within
 * the next 3,000 characters (a page's 导读 box over the article it quotes).
 */
function teaserRepeated(text: string, a: number, b: number): boolean {
  if (b - a < 40) return false;
  const head = text.slice(a, a + 40);
  return text.slice(b, b + 3000 + head.length).includes(head);
}

/** Whether `t` is said again in the text after `from`, within the next 3,000 characters (the opening of the article). */
function statedBelow(text: string, from: number, t: string): boolean {
  // (read as lineAt reads a line: without a converter's notes of readings, `調(diào)研`)
  return unannotated(text.slice(from, from + 3000 + t.length)).includes(t);
}

/** The first line with text. */
function firstTextLine(P: PageLines): number {
  let i = 0;
  while (i < P.a.length && P.a[i] >= P.b[i]) i++;
  return i;
}

/** Characters that end a browser title's headline: the separator before the site's name or tags. */
const TITLE_SEPARATORS = '|｜_-–—';

/**
 * The line, above the body's first prose line `B`, that repeats the headline of the page's first
 * line (the browser's title: the headline alone, or followed by a separator and the site's name or
 * tags); -1 when there is none. The headline must read as a Chinese headline: six characters or
 * more, four of them Chinese, no sentence ending it.
 */
function repeatedHeadline(P: PageLines, zone: Uint8Array, B: number): [number, number] {
  const first = firstTextLine(P);
  if (first >= B || zone[first] !== Zone.Body) return [-1, -1];
  // (the page may set the headline's parts apart by more spaces than the browser's title does:
  // `某某某某  某某某某` under `某某某某 某某某某 ---副题`; runs of spaces are read as one)
  const squeeze = (t: string): string => t.replace(/[\s\u3000\u00a0]+/g, ' ');
  const head = squeeze(lineAt(P, first));
  // (an issuing body's name alone is no headline: an official document's title broken after the
  // issuer, `某某市人民政府` / `关于…的通知`, names it again in its 落款 over the date)
  if (head.length > 160 || isIssuerLine(head)) return [-1, -1];
  // `标题|栏目|标签`, `标题_站名`, `标题 - 站名`, or the site's name first: `站名-标题`
  const names = (raw: string): boolean => {
    const t = squeeze(raw);
    if (t.length < 6 || t.length > 100 || cjkCount(t) < 4 || /[。；;，,：:]$/.test(t)) return false;
    if (head === t) return true;
    if (head.startsWith(t) && TITLE_SEPARATORS.includes(head.slice(t.length).trimStart()[0] ?? '')) return true;
    if (!head.endsWith(t)) return false;
    const before = head.slice(0, head.length - t.length).trimEnd();
    return before.length >= 2 && before.length <= 20 && TITLE_SEPARATORS.includes(before[before.length - 1]);
  };
  let seen = 0;
  for (let i = first + 1; i < B && seen < WALK; i++) {
    const t = lineAt(P, i);
    if (!t) continue;
    seen++;
    if (zone[i] !== Zone.Body) continue;
    if (names(t)) return [i, i];
    // a headline the page sets over two lines (`顺德容桂多措并举` / `助力产学研高质量发展`)
    let j = i + 1;
    while (j < B && !lineAt(P, j)) j++;
    if (j >= B || zone[j] !== Zone.Body || t.length > 40) continue;
    const u = lineAt(P, j);
    if (u.length <= 40 && (names(t + ' ' + u) || names(t + u))) return [i, j];
  }
  return [-1, -1];
}

/** A date in a metadata line: `2020-12-04`, `2017年3月6日`. */
const DATED = /\d{4}[-./年]\d{1,2}[-./月]\d{1,2}/;
/** A column's or a menu item's name: two to eight Han characters, nothing else (`新闻中心`, `思想观点`). */
const COLUMN_WORD = /^[\u3400-\u9fff]{2,8}$/;

/** A bare category label, its values on the lines under it: `分类：`, `分類:`, `所属栏目：`. */
const CATEGORY_LABEL = /^[【\[]?\s*(?:分类|分類|类别|類別|栏目|欄目|所属栏目|所屬欄目)\s*[】\]]?\s*[：:]$/;

/**
 * Line i a short word (eight characters at most, no mark) under at most two more such words and a
 * bare category label over them (`分類:` / `新聞中心` / `公司新聞`): a value of the page's category
 * field, its path set a step a line, never the headline.
 */
function categoryValue(S: (i: number) => string, i: number): boolean {
  const word = (s: string): boolean => s.length > 0 && s.length <= 8 && !/[，。；：:！？,;!?]/.test(s);
  if (!word(S(i))) return false;
  let words = 1;
  for (let k = i - 1; k >= 0 && words <= 3; k--) {
    const u = S(k);
    if (!u) continue;
    if (CATEGORY_LABEL.test(u)) return true;
    if (!word(u)) return false;
    words++;
  }
  return false;
}

/** `某某镇：“三会合一”提效率`: a short name, a colon, then words quoting a phrase (two to twenty characters). */
const QUOTED_VALUE = /^[\u3400-\u9fff]{2,10}\s*[：:]\s*[^“”「」。！？；]{0,12}[“「][^”」]{2,20}[”」][^。！？；：:]{1,20}$/;

/** A line of the page's metadata: a source or editor field, or a date and time. */
const PAGE_META = /(来源|發布|发布|编辑|編輯|作者|时间|時間)\s*[：:]|\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}/;

/**
 * `受权发布｜某某：<title>`, `全文｜<title>`: the title after words that end on a separator (a column
 * label, a speaker's name and a colon), the whole reading as a headline.
 */
export function pageHeadline(t: string, title: string): boolean {
  const at = t.indexOf(title);
  if (at < 2 || at > 24) return false;
  // (`<title> - 某某网`, the browser's title line, has the headline before the separator)
  if (browserTitleHead(t)?.includes(title)) return false;
  const sep = t[at - 1];
  if (sep !== '｜' && sep !== '|' && sep !== '：' && sep !== ':') return false;
  return looksLikeTitle(t.length > 60 ? t.slice(0, 60) : t);
}

/**
 * The page's tail: from the first footer or widget line after the body's start beyond which
 * almost no prose is left (a related-article list, previous/next links, the site's footer).
 */
function markTail(input: AnatomyInput, anatomy: Anatomy, P: PageLines, prose: Uint8Array, total: number, after: number): void {
  const zone = anatomy.zone;
  const pa = P.a;
  const pb = P.b;
  const n = pa.length;
  // Prose left from each line on, read from the end.
  const suffix = new Float64Array(n + 1);
  for (let i = n - 1; i >= 0; i--) suffix[i] = suffix[i + 1] + (prose[i] ? pb[i] - pa[i] : 0);
  const allowance = Math.max(300, total * 0.05);
  // Where more prose follows, only a footer block (footerBlock) ends the page: it needs three more
  // body lines before the next prose line. ahead[i]: such lines after i, counted up to 3, read from the end.
  const ahead = new Uint8Array(n + 1);
  for (let i = n - 1; i >= 0; i--) {
    const k = i + 1;
    ahead[i] = k >= n || prose[k] ? 0 : Math.min(3, ahead[k] + (pb[k] > pa[k] && zone[k] === Zone.Body ? 1 : 0));
  }
  const lines = input.layout.lines;
  let weak: { chrome: Int32Array; lines: Int32Array } | null = null;
  let bound: { chrome: Int32Array; lines: Int32Array } | null = null;
  const series = sectionSeries(input, n);
  for (let i = Math.max(0, after); i < n; i++) {
    if (prose[i] || zone[i] !== Zone.Body) continue;
    if (series && series[i]) continue;
    // In hard-wrapped text (a PDF's) a line that goes on with a paragraph and stops mid-sentence is
    // the paragraph's (`…进行申报(网址 http://…) ，选择互`), never the first line of a footer.
    if (input.layout.hardWrapped && lines.continues(i) && !endsSentenceCode(input.text.charCodeAt(lines.contentEnd[i] - 1))) continue;
    if (suffix[i + 1] > allowance && ahead[i] < 3 && !noticeFooter(P, zone, prose, i, suffix, total)) continue;
    if (!chromeAt(P, i)) continue;
    // (read before the share below, which counts the lines to the end: the tests here are all
    // conditions on one line and read nothing they change, so their order does not change what is
    // found; this one reads only the lines up to the next prose, each line by at most three chrome
    // lines above it)
    if (suffix[i + 1] > allowance && !footerBlock(P, zone, prose, i) && !noticeFooter(P, zone, prose, i, suffix, total)) continue;
    // A link's address alone (`项目地址如下：https://…`) is weak evidence: short text after it is
    // still the document's last part unless chrome makes up half of what is left.
    if (!strongChromeAt(P, i)) {
      // (the lines whose characters allow chrome bound the chrome from above: when even they are
      // under half of what is left, so is the chrome, and no line's text need be read)
      // (the loop reads on to later lines and the zones do not change before it returns: each
      // share is counted once, from the first line that asks on)
      if (!bound) bound = chromeShare(P, zone, i, true);
      if (bound.chrome[i] * 2 < bound.lines[i]) continue;
      if (!weak) weak = chromeShare(P, zone, i);
      if (weak.chrome[i] * 2 < weak.lines[i]) continue;
    }
    for (let k = i; k < n; k++) if (pb[k] > pa[k] && zone[k] === Zone.Body) zone[k] = Zone.Furniture;
    return;
  }
}

/** Least Markdown headings of one depth that make the document a series of sections. */
const SERIES_LEAST = 3;

/**
 * Lines of a Markdown document made of a series of sections of one depth (a day's news stories,
 * `### 标题` / text / `[查看原文](…)` each), that stand in a section of that series with another
 * section of the same depth after them: a link line closing a section there (the story's own
 * `[查看原文]`) is no footer's first line, whatever follows it — the sections after it (a story
 * with no text, its heading and its link only) are the document's. The series needs SERIES_LEAST
 * headings of the depth in the text. Null when the text is no Markdown or has no such line.
 */
function sectionSeries(input: AnatomyInput, n: number): Uint8Array | null {
  const md = input.md;
  if (!md || md.htmlSource || md.headings.length < SERIES_LEAST + 1) return null;
  const starts = input.lineStarts;
  // the depth of the Markdown heading on each line (0: none)
  const depth = new Uint8Array(n);
  let li = 0;
  for (const h of md.headings) {
    while (li + 1 < n && starts[li + 1] <= h.contentStart) li++;
    depth[li] = h.depth;
  }
  // from the end: the depth of the next heading after each line
  const nextDepth = new Uint8Array(n + 1);
  for (let i = n - 2; i >= 0; i--) nextDepth[i] = depth[i + 1] || nextDepth[i + 1];
  let out: Uint8Array | null = null;
  const count = new Int32Array(7);
  for (let i = 0; i < n; i++) count[depth[i]]++;
  let open = 0; // the depth of the heading whose section the line stands in
  for (let i = 0; i < n; i++) {
    if (depth[i]) { open = depth[i]; continue; }
    if (open && count[open] >= SERIES_LEAST && nextDepth[i] === open) {
      if (!out) out = new Uint8Array(n);
      out[i] = 1;
    }
  }
  return out;
}

/** `版权与免责声明`, `免责声明：`, `版权声明`: the heading of a site's notice, alone on its line. */
const NOTICE_HEAD = /^[\u4e00-\u9fff（）()]{0,16}(版权|免责|隐私)(与|和|及|、)?(免责)?(声明|条款)\s*[：:]?$/;

/**
 * Whether a line may be a notice heading (it holds 明 of 声明 or 款 of 条款): read by character code
 * so that the lines of a long hard-wrapped text are not each sliced into a string to be told no.
 */
function mayHeadNotice(text: string, a: number, b: number): boolean {
  for (let j = a; j < b; j++) {
    const c = text.charCodeAt(j);
    if (c === 0x660e || c === 0x6b3e) return true;
  }
  return false;
}

/**
 * Line `i` (page chrome) opens a footer holding the site's notice: the notice's heading is the line
 * or stands right under it (chrome lines only between), and what prose follows it is the notice's
 * own numbered clauses, a small share of the page.
 */
function noticeFooter(P: PageLines, zone: Uint8Array, prose: Uint8Array, i: number, suffix: Float64Array, total: number): boolean {
  for (let k = i, seen = 0; k < P.a.length && seen < 3; k++) {
    if (P.b[k] === P.a[k]) continue;
    seen++;
    if (prose[k] || zone[k] !== Zone.Body) return false;
    if (P.b[k] - P.a[k] <= 30 && mayHeadNotice(P.text, P.a[k], P.b[k]) && NOTICE_HEAD.test(lineAt(P, k))) return suffix[k + 1] <= total * 0.25;
    if (!chromeAt(P, k)) return false;
  }
  return false;
}

/**
 * Line `i` opens a footer block: before the next prose line, at least three more lines are
 * footer or widget lines (related links, copyright, filing numbers), so what prose follows is a
 * copy of the page (an accessibility reader's text, a share box), not more of the document.
 */
function footerBlock(P: PageLines, zone: Uint8Array, prose: Uint8Array, i: number): boolean {
  let strong = 0;
  for (let k = i + 1; k < P.a.length && !prose[k] && strong < 3; k++) {
    if (zone[k] === Zone.Body && chromeAt(P, k)) strong++;
  }
  return strong >= 3;
}

/**
 * `项 雪 龙`, `王  强`: a personal name of two or three characters set a character apart, as a PDF
 * centres the speaker's name under a speech's title. Not a letter-spaced part's name (`前  言`) nor a
 * title word (`讲  话`, `报  告`).
 */
function isSpacedName(s: string): boolean {
  if (!/^[\u3400-\u9fff](?:[ \u3000\u00a0]+[\u3400-\u9fff]){1,2}$/.test(s)) return false;
  const w = withoutSpaces(s);
  return !isSectionName(s) && !/[话告词言则录稿书章节]$/.test(w);
}

/**
 * `市政府办公室 2023年01月20日`, `辽宁省卫生健康委员会　2022年12月06日`: an issuing body, a blank, a full date.
 * (Its office words are more than isIssuerLine's: with the date after it the line is a byline
 * whatever body signs it, where a name alone on its line ending `…部`/`…处` may be a heading.)
 */
function isIssuerAndDate(s: string): boolean {
  const m = /^([\u3400-\u9fff（）()]{4,20})[ \u3000]+(?:\d{4}|[〇零一二三四五六七八九○]{4})\s*年\s*[\d〇零一二三四五六七八九十○]{1,3}\s*月\s*[\d〇零一二三四五六七八九十○]{1,3}\s*日$/.exec(s);
  return m !== null && /(统计局|调查队|人民政府|政府|委员会|办公室|办公厅|[局厅队委办院部处])$/.test(m[1]);
}

/**
 * `平陆县统计局`, `国家统计局某某调查队`, `某某市人民政府办公室`: the name of an office alone on its line
 * (20 characters at most, no mark or space, ending on the office's word), as a communiqué or a report
 * names its issuers under its title.
 */
/** `读书心得：在实干中成长`: a document's kind (namesDocument), a colon, then a title's words; 40 characters at most. */
const KIND_LABEL = /^([\u3400-\u9fff《》“”]{2,12})\s*[：:]\s*(\S.{1,30})$/;
function kindLabelledTitle(s: string): boolean {
  if (s.length > 40) return false;
  const m = KIND_LABEL.exec(s);
  return m !== null && namesDocument(m[1]) && !/[：:。；;！？!?，,]/.test(m[2]) && looksLikeTitle(m[2]);
}

function isIssuerLine(s: string): boolean {
  return s.length >= 4 && s.length <= 20 && /^[\u3400-\u9fff（）()]+$/.test(s) && /(统计局|调查队|人民政府|委员会|办公室|办公厅|[局厅队])$/.test(s);
}
