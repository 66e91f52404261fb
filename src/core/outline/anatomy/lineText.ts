/**
 * Small line readers shared by the official-document, attachment, table and notes detectors.
 * Each reads one line in time proportional to the line (or to a bounded prefix of it).
 */
import { undecorated } from '../../text/emoji';
import type { AnatomyInput } from './index';
import { matchLineStart } from '../markers';
import { looksLikeTitle } from '../titles';
import { unannotated } from '../../text/reading';
import { cjkCount } from '../../text/cjk';

/** Longest line a detector reads as a whole (titles, labels, cells); longer lines are body text. */
export const SHORT_LINE = 80;

export function isBlankLine(input: AnatomyInput, li: number): boolean {
  return input.layout.lines.empty(li);
}

/** Content start of a line, after Markdown `#`s, `>` and list bullets when the text is Markdown. */
export function contentFrom(input: AnatomyInput, li: number): number {
  const lines = input.layout.lines;
  const text = input.text;
  let p = lines.contentStart[li];
  if (input.md) {
    const ce = lines.contentEnd[li];
    let guard = 0;
    while (p < ce && guard++ < 8) {
      const c = text[p];
      if (c === '#' || c === '>') {
        while (p < ce && text[p] === c) p++;
        while (p < ce && (text[p] === ' ' || text[p] === '\u3000')) p++;
        continue;
      }
      break;
    }
  }
  return p;
}

/** Zero-width characters a short line's text leaves out (ZERO_WIDTH_ALL for the replace). */
const ZERO_WIDTH = /[\u200b\ufeff]/;
const ZERO_WIDTH_ALL = /[\u200b\ufeff]/g;

/** Text of a short line (content only), or null when the line is blank or longer than `max`. */
export function shortText(input: AnatomyInput, li: number, max = SHORT_LINE): string | null {
  const lines = input.layout.lines;
  if (lines.empty(li)) return null;
  const from = contentFrom(input, li);
  const ce = lines.contentEnd[li];
  if (ce - from > max) return null;
  let s = input.text.slice(from, ce);
  // (a Markdown copy sets a notice's head in bold, a line each: `**某某厅**` / `**关于…的通知**`; the
  // line's words are what the detectors weigh, not its emphasis)
  if (input.md && s.length > 4) s = unbolded(s);
  // (a test before the replace: most lines hold no zero-width character, and a global replace that
  // finds none cost about twice the test)
  return unannotated((ZERO_WIDTH.test(s) ? s.replace(ZERO_WIDTH_ALL, '') : s).trim());
}

/** A line wholly set in bold (`**…**` or `__…__`, no other such mark inside) as its words; else as it is. */
const WHOLE_BOLD = /^(\*\*|__)([^*_]+)\1[ \t]*$/;
function unbolded(s: string): string {
  const c = s.charCodeAt(0);
  if (c !== 42 && c !== 95) return s;
  const m = WHOLE_BOLD.exec(s);
  return m ? m[2] : s;
}

/** First and last characters of a line's content ('' for blank lines): cheap filters before reading a line. */
export function firstChar(input: AnatomyInput, li: number): string {
  return input.layout.lines.empty(li) ? '' : input.text[contentFrom(input, li)];
}
export function lastChar(input: AnatomyInput, li: number): string {
  const lines = input.layout.lines;
  return lines.empty(li) ? '' : input.text[lines.contentEnd[li] - 1];
}

/**
 * Codes of the first and last characters of a line's content, as firstChar and lastChar read
 * them, without a string (0 for blank lines; NaN read as 0 where the content is empty).
 */
export function firstCode(input: AnatomyInput, li: number): number {
  return input.layout.lines.empty(li) ? 0 : input.text.charCodeAt(contentFrom(input, li)) || 0;
}
export function lastCode(input: AnatomyInput, li: number): number {
  const lines = input.layout.lines;
  return lines.empty(li) ? 0 : input.text.charCodeAt(lines.contentEnd[li] - 1) || 0;
}

/** Length of a line's content (0 for blank lines). */
export function lineLength(input: AnatomyInput, li: number): number {
  const lines = input.layout.lines;
  return lines.empty(li) ? 0 : lines.contentEnd[li] - contentFrom(input, li);
}

/** Next line at or after `li` that is not blank, or -1. */
export function nextContent(input: AnatomyInput, li: number): number {
  const n = input.layout.lines.length;
  for (let i = Math.max(0, li); i < n; i++) if (!isBlankLine(input, i)) return i;
  return -1;
}

/** Previous line at or before `li` that is not blank, or -1. */
export function prevContent(input: AnatomyInput, li: number): number {
  for (let i = Math.min(li, input.layout.lines.length - 1); i >= 0; i--) if (!isBlankLine(input, i)) return i;
  return -1;
}

/** Whether a numbering marker (一、 （一） 1. 第一条…) opens the line. */
export function startsWithMarker(input: AnatomyInput, li: number): boolean {
  const lines = input.layout.lines;
  if (lines.empty(li)) return false;
  return matchLineStart(input.text, contentFrom(input, li), lines.contentEnd[li]) !== null;
}

/** Whether the line lies inside a masked Markdown range (front matter, code, HTML). */
export function maskedLine(input: AnatomyInput, li: number, maskPtr: { i: number }): boolean {
  const masks = input.md?.masked;
  if (!masks || !masks.length) return false;
  const pos = input.layout.lines.contentStart[li];
  while (maskPtr.i < masks.length && masks[maskPtr.i][1] <= pos) maskPtr.i++;
  return maskPtr.i < masks.length && masks[maskPtr.i][0] <= pos;
}

const STOPS = '。！？；：!?;:，,、';

/** A line with no sentence or clause punctuation in it (a title, a name, a cell). */
export function unpunctuated(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (STOPS.includes(s[i])) return false;
  return true;
}

/** `2019年5月5日`, `二〇一九年五月五日`: a full date standing alone on its line. */
export const FULL_DATE = /^(\d{4}|[〇零○ＯOo一二三四五六七八九]{4})\s*年\s*[\d〇零一二三四五六七八九十]{1,3}\s*月\s*[\d〇零一二三四五六七八九十]{1,3}\s*日$/;

/**
 * `附件`, `附件1`, `附件 2`, `附件三：` alone on a line: the label above an attachment; also `附：`
 * alone (a law's appended text: `附：` over `国旗制法说明`).
 */
export const ATTACHMENT_LABEL = /^附\s*(?:件\s*[\d０-９一二三四五六七八九十]{0,3}\s*[：:]?|[：:])$/;

/**
 * The kind words an official document's or an attachment's title ends with (GB/T 9704 文种, and
 * the plans, lists and tables a notice carries).
 */
export const DOC_KIND_END = /(通知|通报|意见|决定|报告|请示|批复|复函|函|公告|通告|公报|纪要|决议|命令|令|议案|申请|申请书|承诺书|委托书|倡议书|责任书|方案|计划|规划|办法|规定|细则|规则|条例|要点|指引|指南|清单|目录|名单|标准|制度|守则|章程|纲要|说明|总结|安排|任务|指标|指标体系|分解表|一览表|汇总表|统计表|表|实施意见|工作方案|措施)$/;

/** `新华社北京4月26日电`: a news agency's dateline. */
const NEWS_DATELINE = /\d{1,2}\s*月\s*\d{1,2}\s*日\s*[电讯]$/;
/** An issuing body's name (the first line of a title broken after the issuer). */
export const ISSUER_END = /(政府|办公室|办公厅|委员会|常委会|局|厅|部|院|委|会|署|中心|党委|党组|政协|法院|检察院|公司|交易所)$/;

/** Brackets and quotes, left out to read a piece of a title a hard break cut inside a bracket. */
const BRACKETS = /[《》〈〉（）()“”‘’【】]/g;
const BRACKET = /[《》〈〉（）()“”‘’【】]/;

/** The years a plan covers, in brackets: `（2025—2027年）`, `(2021-2025年)`. */
const YEAR_SPAN = /[（(]\s*\d{4}\s*[—\-–－~～至]+\s*\d{4}\s*年?\s*[）)]/g;
const YEAR_SPAN_AT = new RegExp(YEAR_SPAN.source);

/**
 * Title text: no sentence punctuation (、 《》 “” （） allowed), enough ideographs, no marker, no date.
 * With `piece`, a line a hard break cut inside a bracket (`关于印发《××` / `办法（试行）》的通知`)
 * is read without its brackets: the block it belongs to is checked whole (titleBlockAt).
 */
export function titleLike(input: AnatomyInput, li: number, max = 60, byPlace = false, piece = false): string | null {
  const raw = shortText(input, li, max);
  if (raw === null || raw.length === 0) return null;
  // (`🌟沧源2024年工作报告📜`: the title's words without the emoji set round them)
  const s = undecorated(raw);
  if (s.length === 0) return null;
  if (/[。！？；：!?;:，,]/.test(s)) return null;
  if (FULL_DATE.test(s) || ATTACHMENT_LABEL.test(s)) return null;
  if (startsWithMarker(input, li)) return null;
  if (NEWS_DATELINE.test(s)) return null;
  if (byPlace) {
    // Right under an attachment's label its place says it is the attachment's title: a short name
    // (`承诺书`) or a form's title with blanks to fill (`XXXX年X季度XXXX基金情况报告`) will do.
    if (/^[—\-－–(（]/.test(s)) return null; // a subtitle or a date in brackets
    const named = cjkCount(s) + (s.match(/[XxＸｘ×_＿]/g)?.length ?? 0);
    return cjkCount(s) >= 2 && named >= s.replace(/\s/g, '').length * 0.7 ? s : null;
  }
  // (a plan's years in brackets, `（2025—2027年）`, are the title's words: a line a hard break cut
  // there, `（2025—2027年）》的通知`, holds few ideographs besides; a piece needs two)
  const words = s.replace(YEAR_SPAN, '年');
  if (cjkCount(words) < (piece ? 2 : 4) || cjkCount(words) < words.length * 0.5) return null;
  // Subtitles (`——在…上的讲话`), bylines, metadata and page chrome are no titles either.
  if (!looksLikeTitle(s) && !(piece && readsAsPiece(s))) return null;
  return s;
}

/**
 * A piece of a title a hard break cut inside a bracket (`关于印发《××`), or right after an
 * enumeration comma (`关于5月14日开展竞价、综业、新债券、` / `期权等平台相关业务…的通知`): read
 * without its brackets and that comma, its words make a title's.
 */
function readsAsPiece(s: string): boolean {
  const t = s.replace(BRACKETS, '').replace(/、$/, '');
  return t !== s && looksLikeTitle(t);
}

/**
 * The title block starting at line x: x alone, or x and up to two following lines when x does
 * not yet end with a document-kind word (or leaves a 《 open) and the joined lines do
 * (`关于贯彻《××条例》` / `推进××建设的实施方案`). A title a PDF conversion broke over three lines
 * (`××关于××` / `××××` / `有关事项的通知`) takes its middle line when the third completes it. Lines
 * cut inside a bracket are read as pieces, and the block they make must then read as a title whole.
 * Returns the block's last line, or -1 when x is not a title.
 */
export function titleBlockAt(input: AnatomyInput, x: number, max = 60, byPlace = false): number {
  let s = titleLike(input, x, max, byPlace);
  // (a block read from pieces, or over three lines, must read as a title once joined)
  let pieces = false;
  if (s === null && !byPlace) {
    s = titleLike(input, x, max, false, true);
    pieces = true;
  }
  if (s === null) return -1;
  let joined = s;
  let last = x;
  for (let k = 0; k < 2 && !(DOC_KIND_END.test(joined) && bracketsClosed(joined)); k++) {
    const y = nextContent(input, last + 1);
    if (y < 0) break;
    // (a piece counts only once it is joined: a title line over a line of prose that merely reads
    // as a piece, `××必备条款` / `依据《××法》、《××`, is still a title of one line)
    let piece = false;
    let t = titleLike(input, y);
    if (t === null && (t = titleLike(input, y, 60, false, true)) !== null) piece = true;
    if (t === null) {
      // The last characters of a title on a line of their own (`关于××的` / `申请`).
      const w = shortText(input, y, 8);
      if (w !== null && /^[\u4e00-\u9fff]{1,3}$/.test(w) && DOC_KIND_END.test(joined + w) && bracketsClosed(joined + w)) {
        t = w;
        piece = true;
      }
      // …or the plan's years and the kind word (`（2025—2027年）》的通知`, `计划（2025—2027年）》的通知`).
      const v = t === null ? shortText(input, y, 24) : null;
      if (v !== null && YEAR_SPAN_AT.test(v) && /^[\u4e00-\u9fff《》“”]{1,12}$/.test(v.replace(YEAR_SPAN, '')) && DOC_KIND_END.test(joined + v) && bracketsClosed(joined + v)) {
        t = v;
        piece = true;
      }
    }
    if (t === null || joined.length + t.length > 80) break;
    // Only a first line that cannot end a title goes on: it opens the 事由 (关于…), leaves a bracket
    // open, ends with a joining word, names the issuer, or is long enough to be broken off.
    if (k === 0 && !(joined.includes('关于') || !bracketsClosed(joined) || /[的和及与暨、]$/.test(joined) || ISSUER_END.test(joined) || joined.length >= 15)) break;
    // A line that opens the 事由 (`关于…`) starts the title, unless all above it is the issuer's name.
    if (t.includes('关于') && !joined.includes('关于') && !ISSUER_END.test(joined)) break;
    const both = joined + t;
    if (!(DOC_KIND_END.test(both) || (!bracketsClosed(joined) && bracketsClosed(both)))) {
      // Broken over three lines: the third line ends the title with its kind word. (The 事由 may
      // open on the second line, under the issuer's name set alone on the first, as GB/T 9704
      // typesets a long title: `国务院办公厅` / `关于××××` / `××情况的函`.)
      // (So may the title of rules that opens with its issuer's name, alone on the first line:
      // `××有限责任公司` / `××投资涉及的` / `××业务指南`.)
      if (k !== 0 || !(both.includes('关于') || ISSUER_END.test(joined)) || t.length < 6) break;
      const z = nextContent(input, y + 1);
      const u = z >= 0 ? titleLike(input, z, 60, false, true) : null;
      if (u === null || u.includes('关于') || both.length + u.length > 80 || !DOC_KIND_END.test(both + u) || !bracketsClosed(both + u)) break;
      joined = both + u;
      last = z;
      pieces = true;
      break;
    }
    joined = both;
    last = y;
    if (piece) pieces = true;
  }
  // A block read from pieces must read as a title once joined (`关于印发《××办法》的通知`).
  if (pieces && (last === x || !bracketsBalanced(joined) || (joined.length <= 60 && !looksLikeTitle(joined)))) return -1;
  return last;
}

/**
 * How many of `《（(“` stay open at the end of `s` (closes counted off, so negative when more close
 * than open); with `inOrder`, -1 as soon as a close comes before its open.
 */
function bracketDepth(s: string, inOrder: boolean): number {
  let d = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '《' || c === '（' || c === '(' || c === '“') d++;
    else if (c === '》' || c === '）' || c === ')' || c === '”') { if (--d < 0 && inOrder) return -1; }
  }
  return d;
}

/** Brackets opened and closed in order (a whole title, not a piece of one). */
function bracketsBalanced(s: string): boolean {
  return bracketDepth(s, true) === 0;
}

/** No bracket left open at the end (more closes than opens pass). */
function bracketsClosed(s: string): boolean {
  return bracketDepth(s, false) <= 0;
}

/** Sets zone z on lines [from, to] that are still body, blank lines included. */
export function markLines(zone: Uint8Array, from: number, to: number, z: number, over = 0): void {
  for (let i = Math.max(0, from); i <= to && i < zone.length; i++) if (zone[i] === over) zone[i] = z;
}
