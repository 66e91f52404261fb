/**
 * Line layout: which lines are blank, which only hold zero-width characters, where the content of
 * each line starts, and which lines continue the paragraph above (hard-wrapped text copied from
 * PDFs and web pages breaks a paragraph into many physical lines).
 *
 * Two ways a paragraph gets broken are recognised:
 * - blank-separated text (paragraphs divided by empty lines): consecutive non-empty lines belong to
 *   one paragraph (wiki-link scrapers break sentences anywhere, and zero-width-space-only lines sit
 *   between the pieces);
 * - fixed-width wrapping (no blank lines, most lines of nearly the same length): a full-width line
 *   continues into the next one unless the next is indented.
 *
 * Page breaks of text converted from paged documents are transparent: page numbers, running heads
 * and form-feed lines (found beforehand, `anatomy/pageFurniture.ts`) belong to no paragraph, and a
 * paragraph cut by them joins across the break when it had not ended (its last line full width in
 * wrapped text, no sentence end otherwise). In wrapped text a single blank line after a full-width
 * line that stops mid-sentence is such a break too.
 */
import { lineEndAt } from '../text/lines';
import { isHan } from '../text/cjk';

/** Lines found to be page furniture before the layout, and the lines that open a new page. */
export interface PageBreaks {
  mask: Uint8Array;
  pageStart: Uint8Array;
  /** A line the running head repeats as the document's title (-1: none). */
  titleLine: number;
}

export interface LineInfo {
  start: number;
  /** End of the line's text (before the line break). */
  end: number;
  /** First character after indentation (spaces, U+3000, U+00A0, zero-width characters). */
  contentStart: number;
  /** End of the text without trailing whitespace. */
  contentEnd: number;
  /** Nothing but whitespace. */
  blank: boolean;
  /** Nothing but zero-width characters (and whitespace): a joiner left by a scraper. */
  zeroWidth: boolean;
  /** The line continues the paragraph of the previous content line. */
  continues: boolean;
  /** Page furniture (page number, running head or foot, form feed): in no paragraph. */
  furniture: boolean;
  /** Index of the paragraph the line belongs to (-1 for blank, zero-width and furniture lines). */
  paragraph: number;
}

/** Bits of LineTable.flags. */
export const LINE_BLANK = 1;
export const LINE_ZERO_WIDTH = 2;
export const LINE_CONTINUES = 4;
export const LINE_FURNITURE = 8;

/**
 * Every line's record, one typed array per field (index = 0-based line): built once by the layout
 * and read by the anatomy and the marker scan. No object per line: on a hard-wrapped text of
 * 280K lines the objects cost more to allocate and collect than the layout's own reading.
 * `at(i)` makes one LineInfo for code that reads a few lines.
 */
export class LineTable {
  readonly length: number;
  readonly start: Int32Array;
  readonly end: Int32Array;
  readonly contentStart: Int32Array;
  readonly contentEnd: Int32Array;
  /** LINE_BLANK | LINE_ZERO_WIDTH | LINE_CONTINUES | LINE_FURNITURE. */
  readonly flags: Uint8Array;
  /** Index of the paragraph the line belongs to (-1 for blank, zero-width and furniture lines). */
  readonly paragraph: Int32Array;
  /**
   * Printed width of each line from its start to its content end, as columns() counts it (-1: not
   * counted yet): the layout counts every line of up to 410 characters, printedWidth() the others
   * when asked, once.
   */
  private readonly widths: Int32Array;
  constructor(n: number) {
    this.length = n;
    this.start = new Int32Array(n);
    this.end = new Int32Array(n);
    this.contentStart = new Int32Array(n);
    this.contentEnd = new Int32Array(n);
    this.flags = new Uint8Array(n);
    this.paragraph = new Int32Array(n).fill(-1);
    this.widths = new Int32Array(n).fill(-1);
  }
  /** columns(text, start, contentEnd) of line i, counted once. */
  printedWidth(text: string, i: number): number {
    let w = this.widths[i];
    if (w < 0) w = this.widths[i] = columns(text, this.start[i], this.contentEnd[i]);
    return w;
  }
  /** Keeps the width the layout counted for line i (columns() from its start to its content end). */
  setPrintedWidth(i: number, w: number): void { this.widths[i] = w; }
  /** Line i's record as an object (made on each call). */
  at(i: number): LineInfo {
    const f = this.flags[i];
    return {
      start: this.start[i], end: this.end[i], contentStart: this.contentStart[i], contentEnd: this.contentEnd[i],
      blank: (f & LINE_BLANK) !== 0, zeroWidth: (f & LINE_ZERO_WIDTH) !== 0, continues: (f & LINE_CONTINUES) !== 0,
      furniture: (f & LINE_FURNITURE) !== 0, paragraph: this.paragraph[i],
    };
  }
  /** Nothing but whitespace. */
  blank(i: number): boolean { return (this.flags[i] & LINE_BLANK) !== 0; }
  /** Nothing but zero-width characters (and whitespace). */
  zeroWidth(i: number): boolean { return (this.flags[i] & LINE_ZERO_WIDTH) !== 0; }
  /** Blank or zero-width only: no content. */
  empty(i: number): boolean { return (this.flags[i] & (LINE_BLANK | LINE_ZERO_WIDTH)) !== 0; }
  /** Continues the paragraph of the previous content line. */
  continues(i: number): boolean { return (this.flags[i] & LINE_CONTINUES) !== 0; }
  /** Page furniture. */
  furniture(i: number): boolean { return (this.flags[i] & LINE_FURNITURE) !== 0; }
  /** Blank, zero-width only or page furniture: in no paragraph. */
  outside(i: number): boolean { return (this.flags[i] & (LINE_BLANK | LINE_ZERO_WIDTH | LINE_FURNITURE)) !== 0; }
}

/**
 * An empty table kept for the life of the module: V8 forgets a shape no live object has at a
 * garbage collection and drops the optimised code that reads it (see MarkerScan.keepShape in
 * index.ts, which holds this one: a module constant alone is not kept).
 */
export const NO_LINES = new LineTable(0);

export interface Layout {
  lines: LineTable;
  hardWrapped: boolean;
  /** First line index of each paragraph. */
  paragraphFirstLine: number[];
  /** Last line index of each paragraph. */
  paragraphLastLine: number[];
  /** Page furniture lines (1 each), when the text has pages; read by the anatomy stage. */
  furniture: Uint8Array | null;
  /** The line a running head repeats as the document's title on page one (-1: none). */
  titleLine: number;
}

/** The characters isSpace and isZeroWidth accept, for callers that build a character class. */
export const INSIGNIFICANT_CHARS = ' \t\u3000\u00a0\u2002\u2003\u2009\u202f\u000b\u000c\u200b\ufeff\u200c\u200d\u2060';

export function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 0x3000 || code === 0xa0 || code === 0x2002 || code === 0x2003 ||
    code === 0x2009 || code === 0x202f || code === 11 || code === 12;
}
export function isZeroWidth(code: number): boolean {
  return code === 0x200b || code === 0xfeff || code === 0x200c || code === 0x200d || code === 0x2060;
}

/**
 * Where a line's content starts in [from, to) and, from there, where it ends: spaces and zero-width
 * characters (isSpace, isZeroWidth) at either end passed over. The layout's line table and page
 * furniture read each line so (text/blank.ts's contentStart reads a table cell, its blanks another set).
 */
export function lineContentStart(text: string, from: number, to: number): number {
  let a = from;
  while (a < to) {
    const c = text.charCodeAt(a);
    if (isSpace(c) || isZeroWidth(c)) a++;
    else break;
  }
  return a;
}

export function lineContentEnd(text: string, from: number, to: number): number {
  let b = to;
  while (b > from) {
    const c = text.charCodeAt(b - 1);
    if (isSpace(c) || isZeroWidth(c)) b--;
    else break;
  }
  return b;
}

function hasZeroWidth(text: string, from: number, to: number): boolean {
  for (let p = from; p < to; p++) if (isZeroWidth(text.charCodeAt(p))) return true;
  return false;
}

/** Punctuation that ends a sentence or a clause at the end of a line. */
export function endsSentence(c: string): boolean {
  return '。！？；：!?;:…”’」』）)】》'.includes(c) && c !== '';
}

/** Character codes endsSentence accepts (1 each). */
const SENTENCE_END = new Uint8Array(0x10000);
for (const c of '。！？；：!?;:…”’」』）)】》') SENTENCE_END[c.charCodeAt(0)] = 1;

/** endsSentence by character code (NaN, no character: false); no string made per line. */
export function endsSentenceCode(code: number): boolean {
  return SENTENCE_END[code] === 1;
}

/** Longest line (characters) read as a title or lead-in over a numbered line in blank-separated text. */
const LEAD_IN_MAX = 30;

export function analyseLayout(
  text: string,
  lineStarts: readonly number[],
  startsWithMarker: (pos: number, end: number) => boolean,
  /** Lines that always start a paragraph (and end the one before), e.g. Markdown headings. */
  standalone?: (line: number) => boolean,
  pages?: PageBreaks | null,
): Layout {
  const fmask = pages ? pages.mask : null;
  const pageStart = pages ? pages.pageStart : null;
  const n = lineStarts.length;
  const lines = new LineTable(n);
  const { start: lStart, contentStart: lcs, contentEnd: lce, flags } = lines;
  // Width of each line as printed (a CJK or full-width character takes two columns, ASCII one):
  // a PDF wraps at a printed width, and lines holding digits and Latin letters have more characters.
  const cols = new Int32Array(n);
  // Half-width characters per line: a justified line holding them prints wider than it counts.
  const halves = new Int32Array(n);
  let blanks = 0;
  let leadingBlanks = 0;
  let trailingBlanks = 0;
  let contents = 0;
  for (let i = 0; i < n; i++) {
    const start = lineStarts[i];
    const end = lineEndAt(text, lineStarts, i);
    const cs = lineContentStart(text, start, end);
    const ce = lineContentEnd(text, cs, end);
    const empty = cs >= end;
    // (an empty line holding a zero-width character: a joiner a scraper left, no blank line)
    const zw = empty && hasZeroWidth(text, start, end);
    const blank = empty && !zw;
    const furniture = fmask !== null && fmask[i] === 1 && !blank;
    // (the blank lines before the first line of text and after the last say nothing of its
    // paragraphs: a code file's HTML string read with the code round it blanked opens and ends with many)
    if (blank) {
      blanks++;
      if (contents === 0) leadingBlanks++;
      else trailingBlanks++;
    } else if (!empty && !furniture) { contents++; trailingBlanks = 0; }
    lStart[i] = start;
    lines.end[i] = end;
    lcs[i] = cs;
    lce[i] = ce;
    flags[i] = (blank ? LINE_BLANK : 0) | (empty && zw ? LINE_ZERO_WIDTH : 0) | (furniture ? LINE_FURNITURE : 0);
    // Only widths up to 408 columns take part in the wrap test; a longer line (≥ 1 column a
    // character) fails it whatever its exact width, so a paragraph of 5,000 characters is not counted,
    // and a line is counted only until it passes 410 columns (a CJK line of 206 characters).
    cols[i] = ce - start > 410 ? ce - start : columns(text, start, ce);
    if (ce - start <= 410) lines.setPrintedWidth(i, cols[i]);
    halves[i] = Math.min(WIDTH_SLACK, 2 * (ce - start) - cols[i]);
  }

  // (each run at the text's edges counts as one blank line, as the line end after the last line does)
  blanks -= Math.max(0, leadingBlanks - 1) + Math.max(0, trailingBlanks - 1);
  // (a text with no blank line between two of its lines parts no paragraph by blank lines: a page's
  // headline over its one paragraph, `标题` / `…。` and the line end after it, is two paragraphs)
  const inner = contents > 1 && blanks > Math.min(1, leadingBlanks) + Math.min(1, trailingBlanks);
  let blankSeparated = contents > 0 && blanks >= contents * 0.5 && (inner || contents === 1);
  // Wrapped text written with a blank line after every line (a PDF copied line by line, each
  // followed by an empty one): the single blank lines say nothing of the paragraphs, the line
  // widths do. Only two blank lines or more part paragraphs there.
  const doubleSpaced = blankSeparated && isDoubleSpaced(lines, contents) && wrapWidth(lines, cols, text) > 0;
  if (doubleSpaced) blankSeparated = false;
  let width = blankSeparated ? 0 : wrapWidth(lines, cols, text);
  // Text scraped one span per line: sentences broken wherever the page's markup changed font.
  // With blank lines between paragraphs those decide; without any, only a sentence's end does.
  let fragmented = false;
  if (!blankSeparated && width === 0 && contents >= 20) {
    const joints = brokenJoints(text, lines);
    if (joints >= 6 && joints >= contents * 0.03) {
      if (blanks >= contents * 0.05) blankSeparated = true;
      else fragmented = true;
    }
  }
  // A layout conversion with many short lines shows its wrap width by its full lines stopping
  // mid-word (layoutWrapped), unless the breaks are a scraper's spans.
  if (!blankSeparated && width === 0 && !fragmented) width = wrapWidth(lines, cols, text, true);
  // Wrapped text that indents every paragraph start: indentation alone decides where paragraphs begin.
  let indented = 0;
  // Only indented Chinese text counts: a block of indented code or JSON metadata is no evidence.
  if (width > 0) for (let i = 0; i < n; i++) if (flags[i] === 0 && text.charCodeAt(lcs[i]) >= 0x2e80 && isIndented(text, lStart[i], lcs[i])) indented++;
  const indentMarksParagraphs = width > 0 && indented >= contents * 0.1;
  let brokenParagraphs = 0; // paragraphs cut mid-sentence at least once
  let counted = -1;
  let paragraphCount = 0;
  let prev = -1; // previous content line
  let sawGap = true; // a blank line since the previous content line
  let prevOpened = false; // the previous content line opened its paragraph
  let gapLines = 0; // blank lines since the previous content line
  let pageBreak = false; // page furniture or a form feed since the previous content line
  let headingOpen = false; // span-split text: the paragraph so far is a numbered heading's words
  let headingChars = 0;
  for (let i = 0; i < n; i++) {
    const fl = flags[i];
    if ((fl & LINE_FURNITURE) !== 0) { pageBreak = true; continue; }
    if ((fl & LINE_BLANK) !== 0) { sawGap = true; gapLines++; continue; }
    if ((fl & LINE_ZERO_WIDTH) !== 0) continue;
    if (doubleSpaced && gapLines === 1 && !pageBreak) { sawGap = false; gapLines = 0; }
    const Lcs = lcs[i];
    const Lce = lce[i];
    if (pageStart !== null && pageStart[i] === 1) pageBreak = true;
    let joins = false;
    if (prev >= 0) {
      const Pcs = lcs[prev];
      const Pce = lce[prev];
      const closed = endsSentenceCode(text.charCodeAt(Pce - 1));
      const indented = isIndented(text, lStart[i], Lcs);
      const len = cols[prev];
      const fullWidth = width > 0 && len >= width - WIDTH_SLACK - halves[prev] && len <= width + 2 * WIDTH_SLACK;
      // a line opening with a comma or a closing mark was pushed off the line above (PDF line breaking)
      const pushed = !indented && isPushedMark(text.charCodeAt(Lcs));
      if (pageBreak) {
        // A paragraph cut by a page break goes on unless it had ended.
        if (blankSeparated) joins = !closed;
        else if (width > 0) joins = !indented && fullWidth;
        else joins = !closed && !indented && Pce - Pcs >= 15;
        // A line that opens like a numbered heading starts anew after a page break, unless the
        // line above ran full width and stopped mid-sentence in fixed-width text (`…还没有` /
        // `- 2 -` / `一、二季度集中解决…`): that sentence goes on, whatever its next words look like.
        if (joins && startsWithMarker(Lcs, Lce) && (width === 0 || closed || startsWithMarker(Pcs, Pce) || !endsMidWord(text.charCodeAt(Pce - 1)))) joins = false;
      } else if (!sawGap) {
        if (blankSeparated) joins = true;
        else if (width > 0) joins = (!indented && fullWidth) || pushed;
        else if (fragmented) {
          const last = text[Pce - 1] ?? '';
          if (!endsClause(last) && !startsWithMarker(Lcs, Lce)) {
            // a numbered heading standing on its line goes on only where its own words were cut
            joins = !headingOpen || last === '，' || last === '、' || isOpening(last) || (last >= '0' && last <= '9');
          }
        }
      } else if (width > 0 && gapLines === 1 && !closed && !indented && fullWidth && !startsWithMarker(Lcs, Lce)) {
        // wrapped text whose page break left one blank line in the middle of a sentence
        joins = true;
      }
      // A numbered line after a finished sentence or after a heading line starts a new paragraph.
      if (joins && !indentMarksParagraphs && startsWithMarker(Lcs, Lce) && (closed || startsWithMarker(Pcs, Pce))) joins = false;
      // Text whose paragraphs open indented while its numbered headings stand flush left (a PDF's
      // layer): a paragraph's last line may run full width by chance, and a numbered line after its
      // finished sentence that stops well short of the width on a word, no sentence end (`（一）加强
      // 组织领导`), is a heading of its own: a paragraph never ends there.
      if (joins && indentMarksParagraphs && closed && width > 0 && cols[i] < width - 2 * WIDTH_SLACK
        && startsWithMarker(Lcs, Lce) && endsMidWord(text.charCodeAt(Lce - 1))) joins = false;
      // Text that parts its paragraphs by blank lines: a numbered line right under a short line that
      // opened its paragraph (a title or a lead-in with no stop, `数据整理分为三个环节` / `（步骤一）…`)
      // starts one too. A wrapped sentence's first line runs longer, holds a clause mark
      // (`会议强调，各级` / `一要…`) or stops at a digit or a bracket (`（` / `一）…`, a marker a
      // scraper broke): the line must end on a Chinese word.
      if (joins && blankSeparated && !pageBreak && prevOpened && Pce - Pcs >= 4 && Pce - Pcs <= LEAD_IN_MAX
        && isHan(text.charCodeAt(Pce - 1)) && !hasClauseMark(text, Pcs, Pce) && startsWithMarker(Lcs, Lce)) joins = false;
      if (joins && standalone && (standalone(i) || standalone(prev))) joins = false;
      // HTML kept as text says where its paragraphs end: a line opening a block (`<p …>`, `<div>`,
      // `<h2>`, `<li>`) starts one, a line closing one (`</p>`, `<br/>`) ends it.
      if (joins && (opensHtmlBlock(text, Lcs, Lce) || closesHtmlBlock(text, Pcs, Pce))) joins = false;
      // An entry of a table of contents (`一、发展现状 ……… 2`) ends with its page number: however
      // wide it is printed, the line after it starts anew.
      if (joins && endsWithLeaders(text, Pcs, Pce)) joins = false;
      if (joins && !closed && counted !== paragraphCount) { brokenParagraphs++; counted = paragraphCount; }
    }
    if (joins) flags[i] |= LINE_CONTINUES;
    if (!joins) paragraphCount++;
    prevOpened = !joins;
    if (fragmented) {
      const open: boolean = !hasClauseEnd(text, Lcs, Lce) && (joins ? headingOpen : startsWithMarker(Lcs, Lce));
      headingChars = open ? (joins ? headingChars : 0) + Lce - Lcs : 0;
      headingOpen = open && headingChars <= 60;
    }
    prev = i;
    sawGap = false;
    gapLines = 0;
    pageBreak = false;
  }

  const paragraphFirstLine: number[] = [];
  const paragraphLastLine: number[] = [];
  for (let i = 0; i < n; i++) {
    const fl = flags[i];
    if ((fl & (LINE_BLANK | LINE_ZERO_WIDTH | LINE_FURNITURE)) !== 0) continue;
    if ((fl & LINE_CONTINUES) === 0 || paragraphFirstLine.length === 0) {
      paragraphFirstLine.push(i);
      paragraphLastLine.push(i);
    } else {
      paragraphLastLine[paragraphLastLine.length - 1] = i;
    }
    lines.paragraph[i] = paragraphFirstLine.length - 1;
  }
  // Scraped footers break a paragraph or two; a hard-wrapped text breaks many of them.
  const hardWrapped = width > 0 || (brokenParagraphs >= 5 && brokenParagraphs >= paragraphFirstLine.length * 0.1);
  return { lines, hardWrapped, paragraphFirstLine, paragraphLastLine, furniture: fmask, titleLine: pages ? pages.titleLine : -1 };
}

/** Block-level HTML elements: each opens a paragraph of its own. */
const HTML_BLOCKS = new Set(['p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'br', 'section', 'article', 'blockquote', 'table', 'tr', 'td', 'th', 'header', 'footer', 'hr']);

/** Lower-case name of an HTML tag whose name starts at `from`, '' when none (at most 10 letters or digits). */
function htmlTagName(text: string, from: number, end: number): string {
  let q = from;
  while (q < end && q - from <= 10) {
    const c = text.charCodeAt(q) | 32;
    if ((c >= 97 && c <= 122) || (q > from && c >= 48 && c <= 57)) q++;
    else break;
  }
  if (q === from || q - from > 10) return '';
  const after = q < end ? text.charCodeAt(q) : -1;
  // the name ends at `>`, `/`, a space or the line's end (a tag broken over lines)
  if (after !== -1 && after !== 62 && after !== 47 && after !== 32 && after !== 9) return '';
  return text.slice(from, q).toLowerCase();
}

/** The line opens with a block-level HTML tag (`<p style="…">`, `<div>`, `<h2>`). */
export function opensHtmlBlock(text: string, s: number, e: number): boolean {
  return e - s >= 3 && text.charCodeAt(s) === 60 && HTML_BLOCKS.has(htmlTagName(text, s + 1, e));
}

/** The line ends by closing a block-level HTML element (`</p>`, `</h2>`, `<br/>`, `<br />`). */
export function closesHtmlBlock(text: string, s: number, e: number): boolean {
  if (e - s < 4 || text.charCodeAt(e - 1) !== 62) return false;
  // back to the `<` of the last tag (a tag is short: at most 80 characters are read)
  let p = e - 2;
  const stop = Math.max(s, e - 80);
  while (p >= stop && text.charCodeAt(p) !== 60 && text.charCodeAt(p) !== 62) p--;
  if (p < stop || text.charCodeAt(p) !== 60) return false;
  if (text.charCodeAt(p + 1) === 47) {
    const name = htmlTagName(text, p + 2, e);
    return name !== 'br' && HTML_BLOCKS.has(name);
  }
  return htmlTagName(text, p + 1, e) === 'br';
}

/**
 * The line ends with dot leaders and a page number (`…… 12`, `..........3`, `·····ii`): three
 * leader characters or more (`.．·…_-—`, spaces between them allowed) before 1–4 digits or Roman
 * numerals; or six spaces or more between a CJK character and the number.
 */
export function endsWithLeaders(text: string, s: number, e: number): boolean {
  let p = e;
  while (p > s && isPageChar(text.charCodeAt(p - 1)) && e - p < 4) p--;
  if (p === e || (p > s && isPageChar(text.charCodeAt(p - 1)))) return false;
  let leaders = 0;
  let spaces = 0;
  for (let q = p - 1; q >= s && leaders < 3; q--) {
    const c = text.charCodeAt(q);
    if (c === 0x2026) leaders += 2;
    else if (c === 0x2e || c === 0xff0e || c === 0xb7 || c === 0x5f || c === 0x2d || c === 0x2014 || c === 0x22ef) leaders++;
    else if (isSpace(c)) spaces++;
    else break;
  }
  // (a layout conversion sets the page number apart by a run of spaces instead: `第一章  发展基础      2`,
  // after a title of its own, not after a number: `2024年  3`)
  return leaders >= 3 || (leaders === 0 && spaces >= 6 && p - spaces - 1 > s && text.charCodeAt(p - spaces - 1) >= 0x3400);
}

/** ASCII or full-width digits and the lower-case Roman numerals a page number of a front matter uses. */
function isPageChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 0xff10 && c <= 0xff19) || c === 0x69 || c === 0x76 || c === 0x78;
}

/** A line ending on this character stops inside a sentence: a CJK character, a letter or a digit. */
function endsMidWord(c: number): boolean {
  return (c >= 0x3400 && c <= 0x9fff) || (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);
}

/** A comma, a stop or a colon (not the enumeration comma 、) between `from` and `to`. */
function hasClauseMark(text: string, from: number, to: number): boolean {
  for (let p = from; p < to; p++) if ('，,。；;：:！？!?'.includes(text[p])) return true;
  return false;
}

/** `。！？；：…`: a span-split line ending here ends its sentence (a closing quote does not). */
function endsClause(c: string): boolean {
  return c !== '' && '。！？；：!?;:…'.includes(c);
}

function hasClauseEnd(text: string, from: number, to: number): boolean {
  for (let p = from; p < to; p++) if (endsClause(text[p])) return true;
  return false;
}

function isOpening(c: string): boolean {
  return c === '（' || c === '“' || c === '《' || c === '(';
}

/** Units and counters that follow a number: `2014` / `年，…` is one phrase broken by markup. */
const UNIT_HEADS = '年月日时分秒%％‰个万亿千百元吨米倍亩户人家项次名位件辆座所台套条种批余多';

/**
 * Line breaks no writer makes: a line that opens with a comma or a closing mark, a number whose unit
 * opens the next line, a line that ends on an opening bracket or quote. Many of them mean a page
 * scraped span by span.
 */
function brokenJoints(text: string, lines: LineTable): number {
  let joints = 0;
  let prev = -1;
  for (let i = 0; i < lines.length; i++) {
    if (lines.outside(i)) continue;
    if (prev >= 0) {
      const first = text.charCodeAt(lines.contentStart[i]);
      const last = text.charCodeAt(lines.contentEnd[prev] - 1);
      if (isPushedMark(first) || first === 0x3001) joints++;
      else if (last >= 48 && last <= 57 && UNIT_HEADS.includes(text[lines.contentStart[i]])) joints++;
      else if (last === 0xff08 || last === 0x201c || last === 0x300a || last === 0x28) joints++;
    }
    prev = i;
  }
  return joints;
}

/** Indentation before the line's text (a form feed that opens a page is not indentation). */
function isIndented(text: string, start: number, contentStart: number): boolean {
  for (let p = start; p < contentStart; p++) if (text.charCodeAt(p) !== 12) return true;
  return false;
}

/** `，。、；：！？”’）》】」』`: marks that never open a line of their own. */
function isPushedMark(c: number): boolean {
  return c === 0xff0c || c === 0x3002 || c === 0x3001 || c === 0xff1b || c === 0xff1a || c === 0xff01 || c === 0xff1f ||
    c === 0x201d || c === 0x2019 || c === 0xff09 || c === 0x300b || c === 0x3011 || c === 0x300d || c === 0x300f;
}

/**
 * Text whose content lines stand one blank line apart nearly everywhere: at least 20 content lines,
 * 85% of the gaps between them a single blank line and at most 5% none (a paragraph of several
 * lines written together). Blank-separated paragraphs of one line each pass this too; the caller
 * also asks for a fixed wrap width, which such paragraphs (of every length) do not share.
 */
function isDoubleSpaced(lines: LineTable, contents: number): boolean {
  if (contents < 20) return false;
  let prev = -1;
  let one = 0;
  let none = 0;
  let gaps = 0;
  let blank = 0;
  for (let i = 0; i < lines.length; i++) {
    if (lines.blank(i)) { blank++; continue; }
    if (lines.outside(i)) continue;
    if (prev >= 0) {
      gaps++;
      if (blank === 0) none++;
      else if (blank === 1) one++;
    }
    prev = i;
    blank = 0;
  }
  return gaps > 0 && one >= gaps * 0.85 && none <= gaps * 0.05;
}

/** How far (in columns) a full line may fall short of or run past the wrap width. */
const WIDTH_SLACK = 4;

/**
 * Printed width of text[from, to): two columns for CJK and full-width characters and for the
 * quotes, dashes and ellipsis Chinese fonts set full width (“ ” ‘ ’ — …), one otherwise. Counting
 * stops past 410 columns (the result is then some width above 410): no width beyond 408 takes part
 * in the wrap test, nor the half-width count of such a line.
 */
export function columns(text: string, from: number, to: number): number {
  let w = 0;
  for (let p = from; p < to && w <= 410; p++) {
    const c = text.charCodeAt(p);
    w += c >= 0x2e80 || (c >= 0x2010 && c <= 0x2027) || (c >= 0x1100 && c < 0x2000) ? 2 : 1;
  }
  return w;
}

/**
 * The printed width a fixed-width-wrapped text is broken at, or 0 when the text is not wrapped
 * that way: at least a third of the content lines (and 8 or more) share a width within ±4
 * columns of the most common one; or, in a short text, 5 or more when at most one line runs wider;
 * or (`layout`, asked only of text not scraped span by span) an eighth of them, 10 or more, when
 * they stop mid-word (layoutWrapped).
 */
function wrapWidth(lines: LineTable, cols: Int32Array, text: string, layout = false): number {
  const counts = new Map<number, number>();
  let total = 0;
  for (let i = 0; i < lines.length; i++) {
    if (lines.outside(i)) continue;
    total++;
    const len = cols[i];
    if (len < 24 || len > 400) continue;
    // (a table's row set with bars, `| 活动名称 | 时间 |` or `序号 | 名称 |`, is as long as its cells:
    // rows of one table share a length without the text being wrapped)
    if (barredRow(text, lines.contentStart[i], lines.contentEnd[i])) continue;
    counts.set(len, (counts.get(len) ?? 0) + 1);
  }
  let best = 0;
  let bestCount = 0;
  for (const [len, c] of counts) {
    let around = c;
    for (let d = 1; d <= WIDTH_SLACK; d++) around += (counts.get(len - d) ?? 0) + (counts.get(len + d) ?? 0);
    if (around > bestCount) { bestCount = around; best = len; }
  }
  // (not where most of those lines end a sentence: a script of short sentences a line, a
  // 主持词's `同意的请举手。（稍停）请放下。`, shares a width without being wrapped)
  if (bestCount >= 8 && bestCount >= total / 3) return closedAt(lines, cols, text, best) * 2 > bestCount ? 0 : best;
  if (layout) return bestCount >= 10 && bestCount >= total / 8 && layoutWrapped(lines, cols, text, best, bestCount) ? best : 0;
  // A short text (a one-page notice, an excerpt) holds fewer full lines: five or more sharing the
  // width still show the wrapping when no line of the text runs wider (a text whose paragraphs are
  // lines of their own has lines of every length, some far longer than any common one).
  if (bestCount < 5 || bestCount < total / 3) return 0;
  let wider = 0;
  // and most of those full lines stop inside a sentence: a short text whose lines are its
  // paragraphs (items of a notice, each ending 。) has lines of one length that each end a sentence
  let closed = 0;
  for (let i = 0; i < lines.length; i++) {
    if (lines.outside(i)) continue;
    if (cols[i] > best + 2 * WIDTH_SLACK) wider++;
    else if (cols[i] >= best - WIDTH_SLACK && lines.contentEnd[i] > lines.contentStart[i] && SENTENCE_END[text.charCodeAt(lines.contentEnd[i] - 1)] === 1) closed++;
  }
  return wider <= 1 && closed * 3 <= bestCount ? best : 0;
}

/** A line opening or closing with a bar (`|`, `｜`): a row of a table set with bars. */
function barredRow(text: string, a: number, b: number): boolean {
  if (b <= a) return false;
  const f = text.charCodeAt(a);
  const l = text.charCodeAt(b - 1);
  return f === 124 || l === 124 || f === 0xff5c || l === 0xff5c;
}

/** How many lines of about the width `best` (within the slack) end a sentence. */
function closedAt(lines: LineTable, cols: Int32Array, text: string, best: number): number {
  let closed = 0;
  for (let i = 0; i < lines.length; i++) {
    if (lines.outside(i)) continue;
    const w = cols[i];
    if (w >= best - WIDTH_SLACK && w <= best + WIDTH_SLACK && lines.contentEnd[i] > lines.contentStart[i] && SENTENCE_END[text.charCodeAt(lines.contentEnd[i] - 1)] === 1) closed++;
  }
  return closed;
}

/**
 * A layout conversion (a PDF or Word file saved as text, a 文库 page's copy) whose full lines are
 * fewer than a third of its lines, the rest being short ones — a cover, headings alone on their
 * lines, `第一阶段：` labels, list items, page furniture: its full lines still show the wrap width
 * when two thirds of them or more stop mid-word (a CJK character, a letter or a digit at the end,
 * the sentence going on below) and at most one line in ten of them runs wider. Text whose lines are
 * its paragraphs ends its long lines with a sentence, and has lines of every length beyond them.
 */
function layoutWrapped(lines: LineTable, cols: Int32Array, text: string, best: number, bestCount: number): boolean {
  let wider = 0;
  let midWord = 0;
  for (let i = 0; i < lines.length; i++) {
    if (lines.outside(i)) continue;
    const w = cols[i];
    if (w > best + 2 * WIDTH_SLACK) wider++;
    else if (w >= best - WIDTH_SLACK && w <= best + WIDTH_SLACK && endsMidWord(text.charCodeAt(lines.contentEnd[i] - 1))) midWord++;
  }
  return midWord * 3 >= bestCount * 2 && wider * 10 <= bestCount;
}
