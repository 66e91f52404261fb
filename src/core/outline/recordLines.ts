/**
 * Documents that arrive as one-line records: a whole document held in one line (or a few very
 * long lines) of a data file, its own line structure encoded in the line. A JSON record or a
 * JSON-lines dump of a scraped site (`{"title":"…","content":"<p>一、总体要求</p><p>…"}`, or
 * `"content":"…\n\n　　一、…"`), a SQL dump (`INSERT INTO t VALUES (12,'标题','各乡镇：\r\n…')`), a
 * CSV row whose cell holds the text with `<br>`/`<p>`, a page flattened onto one line by a scraper
 * (`<p>` kept, or paragraphs joined after their sentence end with the `　　` indent of the next).
 *
 * The reader of such a file should get the outline the same document gets when its lines are real
 * lines. `recordView` gives the engine that document: the record's title field as the first line,
 * its content decoded (escapes read — `\n`, `\r\n`, `\"`, `\u3000`, `\u4e00` —, the page's
 * line-breaking tags as line breaks (the same tags htmlBreaks.ts breaks a line at), other tags left
 * out, entities read), and the offset in the file of every character of the view, so that every
 * heading keeps its place in the original text. The record's other fields (ids, dates, URLs) are
 * metadata and are left out. Lines of the file that hold no encoded breaks are kept as they are.
 *
 * Linear in the text's length; never throws (the caller catches).
 */
import { isBreakTagAt } from './htmlBreaks';
import { separatorBreaks, separatorToken, tokenCount } from './sepTokens';
import { endPairIn, endPairWhere, resetEndPairs } from './endPairs';
import { holdsRare } from '../text/rareMarks';
import { dataTableEnd, shortCellEnd } from './tableCells';
import { matchLineStart } from './markers';
import { parseChineseInteger } from '../text/numerals';
import type { Heading, Outline, ZoneName, ZoneSpan } from '../types';
import { isBlankInLine as isBlankCode } from '../text/blank';
import { atxPrefix } from '../text/markdownAtx';
import { isHan } from '../text/cjk';
import { chainPiece, fieldLine, LiteralRuns, literalLine, prose, type ChainPiece, type LiteralLine } from './codeLiterals';
import { codeTextTest, type CodeTextTest } from './codeLines';
import { appendAll } from '../text/arrays';
import { blockArrayEnd, blockBreaks, blockList, BLOCKS_KEY, fragmentBreaks, fragmentList } from './fragmentLists';
import { jsonAfterAssignment, lineHeadlines } from './anatomy/jsonRecords';
import { joinedRowTitles } from './anatomy/joinedRows';

/**
 * The next place of a string at or after an offset, remembered between calls: the lines of a text
 * are read in order, so each text is scanned once for each string (an indexOf from every line's
 * start would scan to the text's end from each line that holds none).
 */
class NextFinder {
  private text = '';
  private from = -1;
  private at = -1;
  /** `needle`: a string, or a search (the first place at or after `from`, -1 for none). */
  constructor(private readonly needle: string | ((text: string, from: number) => number)) {}
  /** Forgets the text (so a large document is not kept alive between analyses). */
  reset(): void {
    this.text = '';
    this.from = -1;
    this.at = -1;
  }
  next(text: string, from: number): number {
    if (this.from < 0 || from < this.from || (this.at >= 0 && from > this.at) || text !== this.text) {
      this.text = text;
      this.from = from;
      this.at = typeof this.needle === 'string' ? text.indexOf(this.needle, from) : this.needle(text, from);
    }
    return this.at;
  }
}
// (a backslash's search is slow on Chinese text, and a plain text holds none: rareMarks.ts)
const BACKSLASH = new NextFinder((text, from) => (holdsRare(text, '\\') ? text.indexOf('\\', from) : -1));
const TAG = new NextFinder('<');
const ENTITY_TAG = new NextFinder('&lt;');
/** `。！？；”）》】`: the end marks a joining blank follows. */
function isSentenceEndCode(c: number): boolean {
  return c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0xff1b || c === 0x201d || c === 0xff09 || c === 0x300b || c === 0x3011;
}
/** The blanks a flattened text joins its paragraphs with. */
function isJoinBlank(c: number): boolean {
  return c === 0x3000 || c === 32 || c === 0xa0;
}
/**
 * A blank a flattened text joins its paragraphs with (`\u3000`, a space, `\u00a0`) right after a
 * sentence's end (isSentenceEnd): found among the end-mark pairs one scan of the text lists (an
 * indexOf for each blank cost twice as much as a scan for the pair, the ideographic space's alone as
 * much; the pair's own scan is now shared with the line's other questions, endPairs.ts).
 */
const END_BLANK = new NextFinder((text, from) => {
  const p = endPairWhere(text, from > 0 ? from - 1 : 0, isSentenceEndCode, isJoinBlank);
  return p < 0 ? -1 : p + 1;
});
/** The first article of a statute (a flattened statute is looked for only where one stands). */
/** An array's opening bracket (a crawler's list of fragments or of blocks holds one: fragmentLists.ts). */
const BRACKET = new NextFinder('[');
const ARTICLE_ONE = new NextFinder('第一条');
/** The first part of a plan (a flattened plan is looked for only where one stands). */
const PART_ONE = new NextFinder('一、');
/** A line shorter than this is read as it stands. */
const LONG_LINE = 120;
/** Longest line read for a short text's record (a string whose breaks show its numbering, a heading block). */
const SHORT_RECORD_LINE = LONG_LINE * 20;
/** Encoded line breaks a long line must hold to be read as a record. */
const MIN_BREAKS = 3;
/** Longest title a numbered heading joined to its paragraph is read with. */
const TITLE_SPAN = 50;
/** How far a tag's `>` is looked for. */
const TAG_SPAN = 600;

/** The document a record file holds, and where each of its characters stands in the file. */
export interface RecordView {
  text: string;
  /** Offset in the file where the view's character i comes from. */
  from: Int32Array;
  /** Offset in the file after the source of the view's character i. */
  to: Int32Array;
  /**
   * The records that share their line of the file with other fields, in view offsets: where each
   * starts and ends, and where its head ends (its title field, or the first lines of its content).
   */
  titled: Array<{ start: number; titleEnd: number; end: number; row?: { s: number; e: number } | null }>;
}

/** Offset in the file of a position in the view that starts something. */
export function fileStart(v: RecordView, p: number, fileLength: number): number {
  if (p >= v.text.length) return fileLength;
  return v.from[p < 0 ? 0 : p];
}

/** Offset in the file of a position in the view that ends something. */
export function fileEnd(v: RecordView, e: number, fileLength: number): number {
  if (e >= v.text.length) return fileLength;
  return e <= 0 ? (v.text.length ? v.from[0] : 0) : v.to[e - 1];
}

/**
 * The outline the engine read in the view, placed in the file: every offset mapped back, the
 * zones given to the file's lines (a line of the file takes the zone of the longest view line
 * it holds), the file's own line starts.
 */
export function outlineInFile(v: RecordView, outline: Outline, text: string, lineStarts: number[]): Outline {
  const n = text.length;
  const headings: Heading[] = outline.headings.map((h) => ({
    ...h,
    start: fileStart(v, h.start, n),
    titleStart: fileStart(v, h.titleStart, n),
    titleEnd: Math.max(fileStart(v, h.titleStart, n), fileEnd(v, h.titleEnd, n)),
    end: fileEnd(v, h.end, n),
  }));
  const out: Outline = { ...outline, headings, lineStarts, records: true };
  if (outline.tableCells) out.tableCells = outline.tableCells.map((c) => ({ ...c, start: fileStart(v, c.start, n), end: fileEnd(v, c.end, n) }));
  if (outline.zones) {
    // (the engine read the view with these line starts: they are the view's)
    const viewStarts = outline.lineStarts;
    const zoneOfView: ZoneName[] = [];
    for (const z of outline.zones) for (let i = z.firstLine; i <= z.lastLine; i++) zoneOfView[i] = z.zone;
    const best = new Int32Array(lineStarts.length).fill(-1);
    const zone: ZoneName[] = new Array(lineStarts.length).fill('body');
    let fl = 0;
    for (let i = 0; i < viewStarts.length; i++) {
      const s = viewStarts[i];
      const e = i + 1 < viewStarts.length ? viewStarts[i + 1] : v.text.length;
      const at = fileStart(v, s, n);
      while (fl + 1 < lineStarts.length && lineStarts[fl + 1] <= at) fl++;
      const len = e - s;
      if (len > best[fl]) { best[fl] = len; zone[fl] = zoneOfView[i] ?? 'body'; }
    }
    const spans: ZoneSpan[] = [];
    for (let i = 0; i < lineStarts.length; i++) {
      const last = spans[spans.length - 1];
      if (last && last.zone === zone[i] && last.lastLine === i - 1) last.lastLine = i;
      else spans.push({ zone: zone[i], firstLine: i, lastLine: i });
    }
    out.zones = spans;
  }
  return out;
}

/**
 * A record shares its line of the file with its other fields (a JSON object, a SQL row, a CSV row:
 * `{"id":…,"title":"…","content":"<p>…"}`): its title field, and a headline the content opens with
 * (the title block of the page it holds, `<p>国务院办公厅关于推进</p><p>政务新媒体…</p>`), stand on no
 * line of their own, so they are no title headings (ANNOTATION: a title is a standalone line); the
 * record's parts stand at the top level. A file of many records (a JSON-lines dump of a site's
 * articles, a SQL table of notices) is a compilation of documents: a record's parts hang under
 * nothing outside it. The outline is in view offsets.
 */
export function withRecordTitles(o: Outline, v: RecordView): Outline {
  const recs = v.titled;
  if (recs.length === 0) return o;
  const hs = o.headings.map((h) => ({ ...h }));
  const parentOf = new Map<Heading, Heading | null>();
  hs.forEach((h) => parentOf.set(h, h.parent === null ? null : hs[h.parent]));
  const drop = new Set<Heading>();
  let maxRun = -1;
  for (const h of hs) if (h.run > maxRun) maxRun = h.run;
  // (each record looks only at the headings that start inside it: a file of thousands of one-line
  // records would otherwise cost records × headings)
  const byStart = sortedByStart(hs);
  const added: Heading[] = [];
  // (a lone row is a document when its text is an article's, LONE_ROW characters or more, as a file
  // of one JSON record is (anatomy/jsonRecords.ts): a sample record's one-line note is a field)
  let rows = 0;
  for (const r of recs) if (r.row !== undefined) rows++;
  for (const r of recs) {
    // a row of a file of records (a SQL table's, a JSON dump's, an API sample's) is a document: its
    // title (the title field, the content's opening headline) is a title at the top level and the
    // record's parts hang under it, as a record's numbering hangs under its title in a pretty-printed
    // file (docs/testing.md); the rest of its head is no heading
    const row = r.row !== undefined && (rows >= 2 || wordsIn(v.text, r.titleEnd, r.end) >= LONE_ROW);
    let head: Heading | null = null;
    for (let k = firstAtOrAfter(byStart, r.start); k < byStart.length && byStart[k].start < r.end; k++) {
      const h = byStart[k];
      // the title field, the content's opening headline
      if (h.start < r.titleEnd && h.marker === '') {
        if (row && head === null && h.start < (r.row ? r.row.e : r.titleEnd) && h.titleEnd - h.titleStart <= ROW_TITLE) head = h;
        else drop.add(h);
        continue;
      }
      // a short line closing the record with no sentence after it (`管委會敬上`, a signature over
      // its date): the record's end, which the next record's text follows, is no part it opens
      if (h.marker === '' && closesRecord(v.text, h.titleEnd, r.end)) { drop.add(h); continue; }
      const parent = parentOf.get(h) ?? null;
      if (parent !== null && (parent.start < r.start || parent.start >= r.end) && !fieldTitleOver(v.text, parent, r.start)) parentOf.set(h, null);
    }
    // (the engine read no title on the title field's line, the record's text opening in prose or a
    // list: the field's value is the title)
    if (row && head === null && r.row) {
      let a = r.row.s;
      let z = r.row.e;
      while (a < z && /\s/.test(v.text[a])) a++;
      while (z > a && /\s/.test(v.text[z - 1])) z--;
      if (z - a >= 2 && z - a <= ROW_TITLE) {
        head = {
          marker: '', family: 'title', ordinal: 0, title: v.text.slice(a, z), level: 1, parent: null,
          start: a, titleStart: a, titleEnd: z, end: r.end, inline: false, run: ++maxRun,
        };
        added.push(head);
        parentOf.set(head, null);
      }
    }
    if (head === null) continue;
    parentOf.set(head, null);
    // the record's parts with no parent inside it hang under its title
    for (let k = firstAtOrAfter(byStart, r.start); k < byStart.length && byStart[k].start < r.end; k++) {
      const h = byStart[k];
      if (h === head || drop.has(h) || h.start < head.start) continue;
      // (a title the engine read at the top level of the record's text, after its head: a new title
      // restarts the tree, as the notice's attachment under its own name does in the page itself)
      if (h.marker === '' && h.parent === null && h.start >= r.titleEnd) continue;
      const parent = parentOf.get(h) ?? null;
      if (parent === null || parent.start < r.start || parent.start >= r.end) parentOf.set(h, head);
    }
  }
  if (added.length > 0) {
    appendAll(hs, added);
    hs.sort((a, b) => a.start - b.start);
  }
  // (nor does anything after a record hang under a part of it: the record's text ends with it)
  const recAt = (p: number): number => {
    let lo = 0;
    let hi = recs.length - 1;
    while (lo < hi) {
      const m = (lo + hi + 1) >> 1;
      if (recs[m].start <= p) lo = m;
      else hi = m - 1;
    }
    return recs[lo].start <= p && p < recs[lo].end ? lo : -1;
  };
  for (const h of hs) {
    let parent = parentOf.get(h) ?? null;
    let r = parent === null ? -1 : recAt(parent.start);
    if (r < 0 || h.start < recs[r].end) continue;
    while (parent !== null && r >= 0 && h.start >= recs[r].end) {
      parent = parentOf.get(parent) ?? null;
      r = parent === null ? -1 : recAt(parent.start);
    }
    parentOf.set(h, parent);
  }
  // a dropped heading's parts hang under its parent
  const up = (h: Heading | null): Heading | null => {
    while (h !== null && drop.has(h)) h = parentOf.get(h) ?? null;
    return h;
  };
  const all = hs.filter((h) => !drop.has(h));
  const index = new Map<Heading, number>();
  all.forEach((h, i) => index.set(h, i));
  for (const h of all) {
    const parent = up(parentOf.get(h) ?? null);
    h.parent = parent === null ? null : index.get(parent) ?? null;
    h.level = h.parent === null ? 1 : all[h.parent].level + 1;
  }
  // a part ends where the next heading at its level or higher starts, and within its record
  const open: number[] = [];
  for (let k = 0; k < all.length; k++) {
    const h = all[k];
    while (open.length && all[open[open.length - 1]].level >= h.level) all[open.pop()!].end = h.start;
    open.push(k);
  }
  for (const k of open) all[k].end = v.text.length;
  const allByStart = sortedByStart(all);
  for (const r of recs) {
    for (let k = firstAtOrAfter(allByStart, r.start); k < allByStart.length && allByStart[k].start < r.end; k++) {
      if (allByStart[k].end > r.end) allByStart[k].end = r.end;
    }
  }
  return { ...o, headings: all };
}

/** Characters of words (no blanks) a lone row's text holds at least to be titled as a document. */
const LONE_ROW = 100;

/** Characters other than blanks in text[s, e). */
function wordsIn(t: string, s: number, e: number): number {
  let n = 0;
  for (let p = s; p < e; p++) if (!isBlankCode(t.charCodeAt(p)) && t.charCodeAt(p) !== 10 && t.charCodeAt(p) !== 13) n++;
  return n;
}

/** Longest title a row of records is given (a longer field or headline is a summary, not a title). */
const ROW_TITLE = 60;

/** Farthest a JSON record's title field stands above its text field (the fields between: id, date, URL…). */
const FIELD_GAP = 1500;

/**
 * A JSON record's title field over its text field in one object (`"title": "…",` a few field lines
 * above `"content": "…"`, a pretty-printed file of records, anatomy/jsonRecords.ts): the title
 * heading the anatomy made of the field's value, no brace between it and the text. The text's parts
 * hang under it, as a record's numbering hangs under its title.
 */
function fieldTitleOver(t: string, parent: Heading, start: number): boolean {
  if (parent.marker !== '' || parent.titleEnd > start || start - parent.titleEnd > FIELD_GAP) return false;
  for (let p = parent.titleEnd; p < start; p++) {
    const c = t.charCodeAt(p);
    if (c === 123 || c === 125) return false;
  }
  // (the title is a field's value: `"title": "` right before it on its line)
  let a = parent.titleStart;
  while (a > 0 && t.charCodeAt(a - 1) !== 10 && parent.titleStart - a < KEY_BEFORE) a--;
  return /"\s*:\s*"$/.test(t.slice(a, parent.titleStart));
}
const KEY_BEFORE = 60;

/** Longest tail of a record a closing line (a signature, a date under it) may stand over. */
const CLOSING_TAIL = 80;

/** Nothing but a short tail with no sentence's end (`。！？`) follows `from` in the record ending at `end`. */
function closesRecord(t: string, from: number, end: number): boolean {
  if (end - from > CLOSING_TAIL) return false;
  for (let p = from; p < end; p++) {
    const c = t.charCodeAt(p);
    if (c === 0x3002 || c === 0xff01 || c === 0xff1f) return false;
  }
  return true;
}

/** The headings ordered by where they start (a stable sort: document order kept among equals). */
function sortedByStart(hs: Heading[]): Heading[] {
  for (let i = 1; i < hs.length; i++) if (hs[i].start < hs[i - 1].start) return hs.slice().sort((a, b) => a.start - b.start);
  return hs;
}

/** Index of the first heading in `byStart` starting at or after `pos`. */
function firstAtOrAfter(byStart: Heading[], pos: number): number {
  let lo = 0;
  let hi = byStart.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (byStart[mid].start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Builds a text with the source range of each of its characters (codes kept in a typed array: no string per character). */
class Builder {
  length = 0;
  codes: Uint16Array;
  from: Int32Array;
  to: Int32Array;
  /** Last character pushed (code; -1: none). */
  last = -1;
  /** Kept for the life of the module: see MarkerScan.keepShape in outline/index.ts (push runs for every character of a record file). */
  static readonly keepShape = new Builder(0);
  constructor(capacity: number) {
    const n = Math.max(16, capacity);
    this.codes = new Uint16Array(n);
    this.from = new Int32Array(n);
    this.to = new Int32Array(n);
  }

  private grow(): void {
    const n = this.codes.length * 2;
    const c = new Uint16Array(n);
    c.set(this.codes);
    this.codes = c;
    const f = new Int32Array(n);
    f.set(this.from);
    this.from = f;
    const t = new Int32Array(n);
    t.set(this.to);
    this.to = t;
  }

  push(code: number, from: number, to: number): void {
    if (this.length >= this.codes.length) this.grow();
    const k = this.length++;
    this.codes[k] = code;
    this.from[k] = from;
    this.to[k] = to;
    this.last = code;
  }

  text(): string {
    const parts: string[] = [];
    for (let i = 0; i < this.length; i += 8192) {
      parts.push(String.fromCharCode.apply(null, this.codes.subarray(i, Math.min(this.length, i + 8192)) as unknown as number[]));
    }
    return parts.join('');
  }
}

/** A piece of text with the file offsets of its characters. */
interface Piece {
  text: string;
  from: Int32Array;
  to: Int32Array;
}

type Dialect = 'json' | 'sql' | 'csv' | 'plain';

function isHex(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
}

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/**
 * Encoded line breaks in [s, e) of the file, counted up to `cap`: `\n` and `\r` escapes, the
 * page's line-breaking tags, and a `　　` paragraph indent after a sentence's end.
 */
function countBreaks(text: string, s: number, e: number, cap: number): number {
  // Each kind of break is found with indexOf (a native scan): every plain text's long lines pass
  // through here, and a loop over each character cost a third of the whole outline's time.
  let n = 0;
  for (let p = BACKSLASH.next(text, s); p >= 0 && p < e && n < cap; ) {
    const d = text.charCodeAt(p + 1);
    if (d === 110 || d === 114) {
      n++;
      p += d === 114 && text.charCodeAt(p + 2) === 92 && text.charCodeAt(p + 3) === 110 ? 4 : 2;
    } else p++;
    p = BACKSLASH.next(text, p);
  }
  for (let p = TAG.next(text, s); p >= 0 && p < e && n < cap; p = TAG.next(text, p + 1)) if (isBreakTagAt(text, p)) n++;
  // markup written as entities (`&lt;p&gt;`), as some sites store their pages
  for (let p = ENTITY_TAG.next(text, s); p >= 0 && p < e && n < cap; p = ENTITY_TAG.next(text, p + 1)) if (escapedBreakAt(text, p)) n++;
  for (let p = END_BLANK.next(text, s + 1); p >= 0 && p < e && n < cap; p = END_BLANK.next(text, p + 1)) {
    if (text.charCodeAt(p) === 0x3000 && text.charCodeAt(p + 1) === 0x3000) {
      n++;
      continue;
    }
    // a text flattened onto one line: a sentence's end, a space, a numbered heading's marker
    // (`…制定本办法。 第二条 …`): where the scraper joined two paragraphs (splitJoined splits there)
    let q = p + 1;
    while (q < e && (text.charCodeAt(q) === 32 || text.charCodeAt(q) === 0x3000 || text.charCodeAt(q) === 0xa0)) q++;
    if (q < e && headingMarkerAt(text, q, e)) n++;
  }
  // (paragraphs joined with a token of the program's, `[SEP]`, `||`, `␤`: sepTokens.ts)
  if (n < cap) {
    const token = separatorToken(text, s, e);
    if (token) n += tokenCount(text, s, e, token);
  }
  if (n < cap) n += statuteBreaks(text, s, e).length;
  if (n < cap) n += planBreaks(text, s, e).length;
  if (n < MIN_BREAKS && n < cap && spacedFlattening(text, s, e)) n = MIN_BREAKS;
  return n;
}

/**
 * Whether a numbered paragraph opening at `seg` has its title end at the blank [p, q): the words
 * after the marker are 2 to 30 characters (`综合`) with no sentence mark, end on a Chinese character (not `2023` of
 * `2023 年`; commas may stand in it), and what follows the blank is running text (a clause mark within 30 characters).
 */
function spacedTitleEnd(t: string, seg: number, p: number, q: number, le: number): boolean {
  const m = matchLineStart(t, seg, Math.min(le, seg + 80));
  if (!m || m.titleStart >= p) return false;
  const len = p - m.titleStart;
  if (len < 2 || len > 30) return false;
  const c = t.charCodeAt(p - 1);
  if (c < 0x3400 || c > 0x9fff) return false;
  // (a title's own commas stay: `结构调整步伐加快,综合实力逐渐增强`; a sentence's end or a colon is none)
  for (let k = m.titleStart; k < p; k++) if (SENTENCE_MARKS.includes(t[k])) return false;
  for (let k = q; k < Math.min(le, q + 30); k++) if (CLAUSE_MARKS.includes(t[k])) return true;
  return false;
}
const CLAUSE_MARKS = '，,。；;：:！？、“”（）()《》';
const SENTENCE_MARKS = '。；;：:！？!?“”（）()《》';

/** A part's or an item's marker of the GB/T numbering at `q`: `一、`, `（一）`, `(一)`. */
function cnPartAt(t: string, q: number, le: number): boolean {
  const m = matchLineStart(t, q, Math.min(le, q + 12));
  return m !== null && (m.kind === 'cn-dun' || m.kind === 'cn-paren');
}

/** An item's marker `1、` / `1.` at `q` (an Arabic numbering at a line start). */
function arabicItemAt(t: string, q: number, le: number): boolean {
  const m = matchLineStart(t, q, Math.min(le, q + 8));
  return m !== null && m.kind === 'arabic-dot';
}

/** How far into a long line a spaced flattening is looked for (a document's first parts stand early). */
const SPACED_SPAN = 5000;
/** A part's or an item's marker after a sentence's end or a colon and a blank: `。 一、`, `: 一、`, `。 (二)`. */
const SPACED_PART = /[\u3002\uff01\uff1f\uff1a:][ \u3000\u00a0]+(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)])/;
/** Two paragraphs or pieces of a line joined with one blank: `…的讲话 同志们:`, `…有差距。 上半年`. */
const SPACED_JOIN = /[\u3400-\u9fff\u3002\uff0c\uff1a\uff1b:,;] [\u3400-\u9fff]/g;

/**
 * A document a 文库 site's text layer (or a Word file's plain-text export) gives on one line, its
 * paragraphs joined with a single blank (`…报告如下: 一、完成情况 (一)全镇主要经济指标完成情况 预计…`,
 * `…我讲六个问题。 一、要准确把握…`): a long line where a part's marker stands after a sentence's end
 * or a colon and a blank, and two more joins of one blank between words show the flattening.
 * One such part is enough: an opening of the document (a page's preview) holds its first part only.
 */
function spacedFlattening(text: string, s: number, e: number): boolean {
  if (e - s < 300) return false;
  // (a part's marker after a blank after a sentence's end needs an end-mark pair: most lines hold none)
  if (!endPairIn(text, s, Math.min(e, s + SPACED_SPAN))) return false;
  // (a 文库 site's preview chunk opens with its page's number, `1、…`, `2、,…` (pageChunks.ts): a
  // page cut anywhere, its colon-led lists (`共有三项议程: 1、…; 2、…`) no parts)
  if (/^\s*\d{1,3}、/.test(text.slice(s, Math.min(e, s + 8)))) return false;
  const head = text.slice(s, Math.min(e, s + SPACED_SPAN));
  if (!SPACED_PART.test(head)) return false;
  SPACED_JOIN.lastIndex = 0;
  let joins = 0;
  while (joins < 3 && SPACED_JOIN.exec(head) !== null) joins++;
  return joins >= 3;
}

const PLAN_MARK = /([一二三四五六七八九十]{1,3})、|（([一二三四五六七八九十]{1,3})）/g;
/** Longest title a part's marker is read with before its first item's marker (`二、培育壮大市场主体（一）`). */
const PART_TITLE = 24;

/**
 * A plan or a notice flattened onto one line with nothing between its paragraphs (`…通知如下：一、总体
 * 要求以…为指导，…。二、培育壮大市场主体（一）做强做优龙头企业。统筹…。（二）支持…`): its parts
 * 一、二、三… counted on from 一、, each after a sentence's end (the first also after a colon), and
 * their items （一）（二）… (counted on, or from （一） again), each after a sentence's end (`。？！`) or right
 * after its part's short title. Three parts or more: the positions where the scraper joined the
 * paragraphs, in order (items only when two or more); else none. A `一、二、三` run through a
 * sentence (`第一、二批`) follows no sentence's end and breaks nothing.
 */
function planBreaks(t: string, s: number, e: number): number[] {
  const first = PART_ONE.next(t, s);
  if (first < 0 || first >= e) return [];
  const parts: number[] = [];
  const items: number[] = [];
  let nextPart = 1;
  let nextItem = 1;
  let titleFrom = -1; // where the last part's title starts
  PLAN_MARK.lastIndex = first;
  for (let m = PLAN_MARK.exec(t); m && m.index < e; m = PLAN_MARK.exec(t)) {
    const p = m.index;
    const before = p > s ? t.charCodeAt(p - 1) : NaN;
    const v = parseChineseInteger(m[1] ?? m[2]);
    if (v === null) continue;
    if (m[1] !== undefined) {
      if (v === nextPart && (before === 0x3002 || before === 0xff01 || before === 0xff1f || (v === 1 && (before === 0xff1a || Number.isNaN(before))))) {
        parts.push(p);
        nextPart++;
        titleFrom = p + m[0].length;
      }
      continue;
    }
    if (parts.length === 0) continue;
    const afterTitle = titleFrom >= 0 && p - titleFrom <= PART_TITLE && !/[。；：，！？]/.test(t.slice(titleFrom, p));
    // (after a sentence's end: a question's too, a 解读's part titled by its question, `五、…有哪些举措？（一）…`)
    if ((v === nextItem || v === 1) && (before === 0x3002 || before === 0xff1f || before === 0xff01 || afterTitle)) {
      items.push(p);
      nextItem = v + 1;
    }
    titleFrom = -1;
  }
  if (parts.length < 3) return [];
  const out = items.length >= 2 ? parts.concat(items).sort((a, b) => a - b) : parts;
  // a break at the line's start is none
  return out.filter((p) => p > s);
}

/** Whether the text is this one line: a page flattened whole onto one line (its title, or a stray mark, may stand above it). */
let soloLine = false;
/** Characters with words the other lines of a flattened page may hold (a headline over the line). */
const SOLO_OTHER = 120;
/**
 * `head`: soloHead(text). A line starting at or after it has more than SOLO_OTHER characters of
 * words before it and is never the only line: told at once, not by counting them again for every
 * long line of the text.
 */
function onlyLine(text: string, s: number, e: number, head: number): boolean {
  if (s >= head) return false;
  let other = 0;
  for (let i = 0; i < s && other <= SOLO_OTHER; i++) if (isWordCode(text.charCodeAt(i))) other++;
  for (let i = e; i < text.length && other <= SOLO_OTHER; i++) if (isWordCode(text.charCodeAt(i))) other++;
  return other <= SOLO_OTHER;
}

/** Where the text's first SOLO_OTHER + 1 characters of words end (past the text's end when it holds fewer). */
function soloHead(text: string): number {
  let other = 0;
  for (let i = 0; i < text.length; i++) if (isWordCode(text.charCodeAt(i)) && ++other > SOLO_OTHER) return i + 1;
  return text.length + 1;
}

/** Neither a blank nor a line break: a character onlyLine counts. */
function isWordCode(c: number): boolean {
  return !isBlankCode(c) && c !== 10 && c !== 13;
}

const SOLO_MARK = /([一二三四五六七八九十]{1,3})、|[（(]([一二三四五六七八九十]{1,3})[）)]/g;
/** The end of a speech's or a report's title: `…上的讲话`, `…工作报告`. */
const GLUED_KIND = /(?:的讲话|的講話|讲话稿|工作报告|工作報告)$/;
/** Longest stretch read before a flattened page's first part (its title, salutation and opening). */
const SOLO_REACH = 3000;

/**
 * A page flattened whole onto one line (a document site's opening, `…讲话 同志们: … 下面,我讲六个
 * 问题。 一、要准确把握… (一)…`), cut before it got far: planBreaks wants three parts, the opening
 * may hold one. Its parts 一、二、… counted on from 一、, each after a sentence's end or a colon (the
 * blanks the flattening left aside), and under a part its items （一）（二）… counted on, each after a
 * sentence's end or right after the part's short title: the positions where the page's lines were
 * joined. Only where the whole text is that one line (so the numbering, not a paragraph of a
 * document with lines, is what is read), and the first part comes within the first 3,000
 * characters. `一、二季度` (a numeral after the 顿号) is no part.
 */
function soloBreaks(t: string, s: number, e: number): number[] {
  const first = PART_ONE.next(t, s);
  if (first < 0 || first >= e || first - s > SOLO_REACH) return [];
  const out: number[] = [];
  let nextPart = 1;
  let nextItem = 1;
  let titleFrom = -1;
  SOLO_MARK.lastIndex = first;
  for (let m = SOLO_MARK.exec(t); m && m.index < e; m = SOLO_MARK.exec(t)) {
    const p = m.index;
    let b = p - 1;
    while (b > s && isBlankCode(t.charCodeAt(b))) b--;
    const before = b >= s ? t.charCodeAt(b) : NaN;
    const closed = before === 0x3002 || before === 0xff01 || before === 0xff1f || before === 0xff1b;
    const colon = before === 0xff1a || before === 58;
    const v = parseChineseInteger(m[1] ?? m[2]);
    if (v === null) continue;
    const after = t.charCodeAt(p + m[0].length);
    if (m[1] !== undefined) {
      // (`一、二季度`, `一、二等奖`: a numeral run, no part)
      if (/[一二三四五六七八九十两]/.test(String.fromCharCode(after))) continue;
      // (the first also right after the speech's or report's own title, glued to it with nothing
      // between: `…经济工作会议上的讲话一、全市…`)
      if (v === nextPart && (closed || (v === 1 && (colon || GLUED_KIND.test(t.slice(Math.max(s, p - 4), p)))))) {
        out.push(p);
        nextPart++;
        nextItem = 1;
        titleFrom = p + m[0].length;
        titleBreak(t, titleFrom, e, out);
      }
      continue;
    }
    if (nextPart === 1) continue;
    let te = p;
    while (te > titleFrom && isBlankCode(t.charCodeAt(te - 1))) te--;
    const afterTitle = titleFrom >= 0 && te - titleFrom <= PART_TITLE && !/[。；：，！？,;:!?]/.test(t.slice(titleFrom, te));
    if (v === nextItem && (closed || afterTitle || (v === 1 && colon))) {
      out.push(p);
      nextItem++;
      titleBreak(t, p + m[0].length, e, out);
    }
    titleFrom = -1;
  }
  out.sort((a, b) => a - b);
  return out.filter((p, i) => p > s && (i === 0 || out[i - 1] !== p));
}

/**
 * A short title the flattening joined to its paragraph with a blank (`一、完成情况 (一)…`, `一、要准确
 * 把握当前我县经济形势 20xx 年,全县…`): where the paragraph under it starts (after the blanks) is a
 * break too. Only Han characters in the title (no mark, no digit), two to PART_TITLE of them.
 */
function titleBreak(t: string, from: number, e: number, out: number[]): void {
  let q = from;
  while (q < e && q - from <= PART_TITLE && /[\u3400-\u9fff]/.test(t[q])) q++;
  if (q - from < 2 || q - from > PART_TITLE || q >= e || !isBlankCode(t.charCodeAt(q))) return;
  let r = q;
  while (r < e && isBlankCode(t.charCodeAt(r))) r++;
  if (r < e && r - q <= 4) out.push(r);
}

/** An article opening a line, a blank after its number (`第五条　`). */
const ARTICLE_AT_START = /^[ \t\u3000\u00a0]*第([零〇一二三四五六七八九十百]{1,6})条[ \t\u3000\u00a0]/;
const STATUTE_MARK = /第([零〇一二三四五六七八九十百]{1,6})(章|节|条)|[（(]([一二三四五六七八九十]{1,3})[）)]/g;
/** Before an article or an item: a sentence's or a clause's end, a blank, a field's opening quote, or nothing. */
function opensAfter(c: number): boolean {
  return isSentenceEnd(c) || c === 0xff1a || c === 58 || c === 59 || c === 32 || c === 0x3000 || c === 0xa0 || c === 9 || c === 34 || c === 39 || Number.isNaN(c);
}

/**
 * A statute flattened onto one line with nothing between its paragraphs (`…实际，制定本办法。第二条
 * 本办法所称…。第三条…`, `管理办法第一章  总    则第一条  为…`): the articles 第一条, 第二条, 第三条 …
 * counted on one by one, each after a sentence's end (or right after its chapter's short title); a
 * chapter or section numbered on that an article follows within a short title; and the items
 * （一）（二）… of an article, the first after its `：`, the next after `；` or `。`. Citations
 * (`依照本办法第十三条`) break the count and are passed over. Three articles or more: the positions
 * where the scraper joined the paragraphs, in order; else none.
 */
function statuteBreaks(t: string, s: number, e: number): number[] {
  // (found with a remembered indexOf: every long line of every plain text passes through here)
  const first = ARTICLE_ONE.next(t, s);
  let nextArticle = 1;
  let least = 3;
  if (first < 0 || first >= e) {
    // A statute a scraper kept a chapter a line (`第五条　…。第六条　…：（一）…；（二）…。第七条　…`):
    // the line opens with an article, and the count goes on from it; two articles make the flattening.
    const a = ARTICLE_AT_START.exec(t.slice(s, s + 16));
    const v = a ? parseChineseInteger(a[1]) : null;
    if (v === null || v < 2) return [];
    nextArticle = v;
    least = 2;
  }
  const out: number[] = [];
  let articles = 0;
  let nextChapter = 1;
  let nextSection = 1;
  // a division marker waiting for its first article (position, rank)
  let pendingAt = -1;
  let pendingRank = '';
  let nextItem = 1;
  let itemFrom = -1; // where the current article's text starts (items are read inside it)
  const items: number[] = [];
  STATUTE_MARK.lastIndex = s;
  for (let m = STATUTE_MARK.exec(t); m && m.index < e; m = STATUTE_MARK.exec(t)) {
    const p = m.index;
    const before = p > s ? t.charCodeAt(p - 1) : NaN;
    if (m[3] !== undefined) {
      if (itemFrom < 0) continue;
      const v = parseChineseInteger(m[3]);
      if (v === nextItem && (before === 0xff1a || before === 0x3002 || before === 0xff1b || before === 59 || (v === 1 && before === 58))) {
        items.push(p);
        nextItem++;
      } else if (v === 1 && (before === 0xff1a || before === 58)) {
        // a second list in the same article
        items.push(p);
        nextItem = 2;
      }
      continue;
    }
    const v = parseChineseInteger(m[1]);
    if (v === null) continue;
    if (m[2] === '章' || m[2] === '节') {
      if ((m[2] === '章' && v === nextChapter) || (m[2] === '节' && (v === nextSection || v === 1))) {
        pendingAt = p;
        pendingRank = m[2];
      }
      continue;
    }
    if (v !== nextArticle) continue;
    // (counted on from a line's first article: an article run in after it has its blank, `。第六条　`,
    // so a sentence that opens by citing the next article, `。第六条规定的…`, breaks nothing)
    if (least === 2 && p > s && !isBlankCode(t.charCodeAt(p + m[0].length))) continue;
    // (a form's field run in after the value before it, `学校名称：某学院第四条 学校国标代码：…`: the next
    // article in the count with the blank of an article's number after it, once two are read, is one;
    // a citation, `依照第四条规定`, has no blank)
    let ok = opensAfter(before) || (articles >= 2 && isBlankCode(t.charCodeAt(p + m[0].length)));
    let division = -1;
    if (pendingAt >= 0 && p - pendingAt <= 40 && !/[。；！？]/.test(t.slice(pendingAt, p))) {
      ok = true;
      division = pendingAt;
    }
    if (!ok) continue;
    if (division >= 0) {
      out.push(division);
      if (pendingRank === '章') {
        nextChapter++;
        nextSection = 1;
      } else nextSection++;
    }
    pendingAt = -1;
    // the items of the article before this one, when two or more
    if (items.length >= 2) for (const i of items) out.push(i);
    items.length = 0;
    nextItem = 1;
    out.push(p);
    itemFrom = p;
    articles++;
    nextArticle++;
  }
  if (items.length >= 2) for (const i of items) out.push(i);
  if (articles < least) return [];
  out.sort((a, b) => a - b);
  // a break at the line's start is none
  return out.filter((p, i) => p > s && (i === 0 || out[i - 1] !== p));
}

/** `&lt;p&gt;`, `&lt;/p&gt;`, `&lt;br/&gt;`: a line-breaking tag written with entities. */
function escapedBreakAt(text: string, p: number): boolean {
  return /^&lt;\/?(p|br|div|li|h[1-6])(\s|\/|&gt;)/i.test(text.slice(p, p + 12));
}

function isSentenceEnd(c: number): boolean {
  return c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0xff1b || c === 0x201d || c === 0xff09 || c === 0x300b || c === 0x3011;
}

/** A string field of a record: its raw inner range in the file, its key (JSON), its group. */
interface Field {
  s: number;
  e: number;
  quote: number;
  key: string;
  group: number;
  isKey: boolean;
}

const CONTENT_KEY = /^(content|contents|body|text|article|html|detail|details|maintext|main_text|fulltext|full_text|news_content|article_content|doc_content|txt|正文|内容|全文)$/i;
const TITLE_KEY = /(^|_)(title|headline|subject)$|^(标题|题目|title)$/i;
/** A title key a Java or JS object writes in camel case: `videoTitle`, `newsTitle`, `articleTitle` (a `subTitle` is none). */
const CAMEL_TITLE_KEY = /^(?!sub)[a-z][A-Za-z0-9]*(?:Title|Headline)$/;

/** The string fields of the line [s, e), read as the dialect quotes them. */
function readFields(text: string, s: number, e: number, dialect: Dialect, cut = false): Field[] {
  const fields: Field[] = [];
  const stack: number[] = [];
  let groups = 0;
  let group = 0;
  for (let p = s; p < e; p++) {
    const c = text.charCodeAt(p);
    // (a JS or Python object literal, `{ title: '…', content: \`一、…\` }`, quotes with ' and ` too,
    // where a value or key opens: an apostrophe inside words is none)
    const quote = dialect === 'sql' ? (c === 39 || c === 34 ? c : 0) : c === 34 || (dialect === 'json' && (c === 39 || c === 96) && opensValue(text, s, p)) ? c : 0;
    if (quote) {
      let q = p + 1;
      for (; q < e; q++) {
        const d = text.charCodeAt(q);
        if (d === 92 && dialect !== 'csv') { q++; continue; }
        if (d === quote) {
          // a doubled quote is a quote inside the string (SQL, CSV)
          if (dialect !== 'json' && text.charCodeAt(q + 1) === quote) { q++; continue; }
          break;
        }
      }
      if (q >= e) {
        // an unclosed string: the rest of the line is not read, unless it is a long value (JSON: after
        // its key) running to the line's end — a record cut short (an API sample, a truncated dump);
        // the outline reads it (`cut`), the figures not yet: their spans would run over hidden markup
        const keyed = dialect !== 'json' || /"\s*:\s*$/.test(text.slice(Math.max(s, p - 40), p));
        if (keyed && e - p >= LONG_LINE) {
          if (cut) fields.push({ s: p + 1, e, quote, key: '', group, isKey: false });
          else cutLeft = true;
        }
        break;
      }
      let r = q + 1;
      while (r < e && (text.charCodeAt(r) === 32 || text.charCodeAt(r) === 9)) r++;
      const isKey = dialect === 'json' && text.charCodeAt(r) === 58;
      fields.push({ s: p + 1, e: q, quote, key: dialect === 'json' && !isKey ? bareKey(text, s, p) : '', group, isKey });
      p = q;
      continue;
    }
    // (a content key's value that is an array of strings, `"content": ["为了…", "1.", "申请…"]`: one
    // field, the fragments of a page a crawler kept (fragmentLists.ts))
    if (c === 91 && dialect === 'json' && fields.length > 0 && fields[fields.length - 1].isKey && CONTENT_KEY.test(text.slice(fields[fields.length - 1].s, fields[fields.length - 1].e))) {
      const end = stringArrayEnd(text, p, e);
      if (end > 0) {
        fields.push({ s: p, e: end, quote: 91, key: '', group, isKey: false });
        p = end - 1;
        continue;
      }
    }
    // (a key's array of paragraph blocks, `"parts": [{"type":"paragraph","text":"…"}, …]`, cut short
    // or not: one field, the page's paragraphs (fragmentLists.ts))
    if (c === 91 && dialect === 'json' && fields.length > 0 && fields[fields.length - 1].isKey && text.charCodeAt(p + 1) === 123 && BLOCKS_KEY.test(text.slice(fields[fields.length - 1].s, fields[fields.length - 1].e))) {
      const end = blockArrayEnd(text, p, e);
      if (end > 0) {
        fields.push({ s: p, e: end, quote: 123, key: '', group, isKey: false });
        p = end - 1;
        continue;
      }
    }
    if (dialect === 'json' ? c === 123 : dialect === 'sql' ? c === 40 : false) {
      stack.push(group);
      group = ++groups;
    } else if (dialect === 'json' ? c === 125 : dialect === 'sql' ? c === 41 : false) {
      group = stack.length ? stack.pop()! : 0;
    }
  }
  // keys name the value after them
  const out: Field[] = [];
  for (let k = 0; k < fields.length; k++) {
    const f = fields[k];
    if (f.isKey) {
      const v = fields[k + 1];
      if (v && !v.isKey && v.group === f.group) v.key = text.slice(f.s, f.e);
      continue;
    }
    out.push(f);
  }
  return out;
}

/** The end (after its `]`) of the JSON array of strings opening at `p` (`[`), or -1 when it is none or runs past `e`. */
function stringArrayEnd(text: string, p: number, e: number): number {
  let q = p + 1;
  const blanks = (): void => {
    while (q < e && (text.charCodeAt(q) === 32 || text.charCodeAt(q) === 9)) q++;
  };
  blanks();
  while (q < e && text.charCodeAt(q) === 34) {
    q++;
    while (q < e && text.charCodeAt(q) !== 34) q += text.charCodeAt(q) === 92 ? 2 : 1;
    if (q >= e) return -1;
    q++;
    blanks();
    if (text.charCodeAt(q) === 93) return q + 1;
    if (text.charCodeAt(q) !== 44) return -1;
    q++;
    blanks();
  }
  return -1;
}

/** Where a string may open in an object literal: after `{` `[` `(` `,` `:` `=` `+` or at the line's start (blanks between). */
function opensValue(text: string, s: number, p: number): boolean {
  let q = p - 1;
  while (q >= s && q > p - 8 && (text.charCodeAt(q) === 32 || text.charCodeAt(q) === 9)) q--;
  if (q < s) return true;
  const c = text.charCodeAt(q);
  return c === 123 || c === 91 || c === 40 || c === 44 || c === 58 || c === 61 || c === 43;
}

/** The bare name a JS object literal gives the value whose quote is at `p` (`content: '…'`), or ''. */
function bareKey(text: string, s: number, p: number): string {
  let q = p - 1;
  while (q >= s && q > p - 8 && (text.charCodeAt(q) === 32 || text.charCodeAt(q) === 9)) q--;
  if (q < s || text.charCodeAt(q) !== 58) return '';
  q--;
  while (q >= s && (text.charCodeAt(q) === 32 || text.charCodeAt(q) === 9)) q--;
  const end = q + 1;
  while (q >= s && end - q <= 40) {
    const c = text.charCodeAt(q);
    if (!((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 36)) break;
    q--;
  }
  return end - q > 1 && end - q <= 41 ? text.slice(q + 1, end) : '';
}

/** A CSV line's cells: quoted (at a line start or after a comma, closed before a comma or the line's end) or not. */
function readCsvFields(text: string, s: number, e: number): Field[] {
  const out: Field[] = [];
  let p = s;
  while (p < e) {
    if (text.charCodeAt(p) === 34 && (p === s || text.charCodeAt(p - 1) === 44)) {
      let q = p + 1;
      for (; q < e; q++) {
        if (text.charCodeAt(q) === 34) {
          if (text.charCodeAt(q + 1) === 34) { q++; continue; }
          break;
        }
      }
      if (q >= e) break;
      if (q + 1 < e && text.charCodeAt(q + 1) !== 44) { p = q + 1; continue; }
      out.push({ s: p + 1, e: q, quote: 34, key: '', group: 0, isKey: false });
      p = q + 1;
      continue;
    }
    // an unquoted cell, to the next comma
    let comma = text.indexOf(',', p);
    if (comma < 0 || comma > e) comma = e;
    // (one whose text breaks, `一、总体要求\n…`, is a row's text written without quotes: it runs to the
    // line's end, its commas its own)
    if (writtenBreak(text, p, comma)) comma = e;
    if (comma > p) out.push({ s: p, e: comma, quote: 0, key: '', group: 0, isKey: false });
    p = comma + 1;
  }
  return out;
}

function hasCjk(text: string, s: number, e: number): boolean {
  for (let p = s; p < e; p++) {
    const c = text.charCodeAt(p);
    if (c >= 0x4e00 && c <= 0x9fff) return true;
    if (c === 92 && text.charCodeAt(p + 1) === 117 && (text.charCodeAt(p + 2) | 32) === 52) return true; // \u4…–\u9… escapes
  }
  return false;
}

/** A row's longest field of Chinese prose (a sentence end in it), its text when it holds no line break. */
function proseField(text: string, g: readonly Field[]): Field | null {
  let best: Field | null = null;
  for (const f of g) {
    if (f.e - f.s < 20 || (best && f.e - f.s <= best.e - best.s) || !hasCjk(text, f.s, f.e)) continue;
    let sentence = false;
    for (let p = f.s; p < f.e && !sentence; p++) sentence = isSentenceEnd(text.charCodeAt(p));
    if (sentence) best = f;
  }
  return best;
}

/** A field that can be the document's title: short, in Chinese, no line break, no address or date alone. */
function titleLike(text: string, f: Field): boolean {
  const len = f.e - f.s;
  if (len < 4 || len > 200) return false;
  if (!hasCjk(text, f.s, f.e)) return false;
  if (countBreaks(text, f.s, f.e, 1) > 0) return false;
  const raw = text.slice(f.s, f.e);
  // (a date alone, `2021-04-16 21:00:00`, `2017年4月6日`, is no title; a title may open with its year,
  // `2021年上半年全国大学英语四、六级考试`)
  // (nor is a filing number, `某政规〔2025〕1号`, a field of the record beside its title)
  return !/:\/\/|^\s*\d{4}[-/.年][\d\s:./年月日号时分秒-]*$|[〔［\[(（]\d{4}[〕］\])）]\s*第?\d+\s*号\s*$/.test(raw) && !/[<>]/.test(raw);
}

/** Chinese characters a string a line of code assigns holds at least to be read as a document. */
const ASSIGNED_HAN = 60;

/** The text opens (after blanks) with a part's or a chapter's marker: `一、`, `（一）`, `第一章`, `第一条`. */
function opensNumbered(t: string): boolean {
  return /^[\s\u3000]*(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|第[一二三四五六七八九十]{1,3}[章节条部])/.test(t.slice(0, 24));
}

/** 1 for a short field with no sentence's end in it (`。！？`), else 0. */
function rankTitle(text: string, f: Field): number {
  for (let p = f.s; p < f.e; p++) {
    const c = text.charCodeAt(p);
    if (c === 0x3002 || c === 0xff01 || c === 0xff1f) return 0;
  }
  return 1;
}

/**
 * A string a line of code or configuration assigns (`content: "…<br>…"`, `text = '…'`): the
 * string is the content, the name before it is no part of the document. None when the line is
 * not one assignment of one long string; null when it is one of a message with few words of its
 * own (the line is then code, left as it is).
 */
function assigned(text: string, s: number, e: number): Array<{ title: Field | null; content: Field }> | null {
  const m = /^\s*(?:(?:export|const|let|var|final|static|private|public|readonly|String|string|val|auto)\s+)*[\w$.]{1,40}\s*[:=]\s*(["'`])/.exec(text.slice(s, Math.min(e, s + 90)));
  if (!m) return assignedArray(text, s, e);
  const quote = m[1].charCodeAt(0);
  const open = s + m[0].length - 1;
  let close = e - 1;
  while (close > open && text.charCodeAt(close) !== quote) close--;
  // (a template literal closed on a later line, `text: \`<p>…\r\n…` over `\`,`: the string runs to the line's end)
  if (close === open && quote === 96) close = e;
  if (close - open < LONG_LINE / 2) return [];
  // (a message the code fills in, `\`【日报摘要 ${date}】\n\n一、提交情况\n${list}…\``, holds few words of its own: no document)
  let han = 0;
  for (let q = open + 1; q < close && han < ASSIGNED_HAN; q++) {
    const c = text.charCodeAt(q);
    if (c >= 0x4e00 && c <= 0x9fff) han++;
  }
  if (han < ASSIGNED_HAN) return null;
  return [{ title: null, content: { s: open + 1, e: close, quote, key: '', group: 0, isKey: false } }];
}

/** A line of code assigning an array of strings, up to its first string's quote (`var a: [String] = ["`, `String[] a = {"`). */
const ARRAY_HEAD = /^\s*(?:(?:export|const|let|var|final|static|private|public|readonly|val|auto)\s+)*(?:[\w$.<>]{1,40}(?:\[\])?\s+)?[\w$.]{1,40}\s*(?::\s*[\w$.<>\[\]?]{1,40}\s*)?=\s*(?:(?:arrayOf|listOf|Arrays\.asList|List\.of)\s*\(|[\[{(])\s*(["'])/;

/**
 * The strings of an array a line of code assigns, all on the line (`var arrangeA: [String] =
 * ["…通知如下：","一、元旦：…"," 四、…"]`, Java's `{"…", "…"}`, Kotlin's `arrayOf("…")`): each a
 * paragraph of the one text the array holds, when two strings or more hold Chinese words and
 * together ASSIGNED_HAN of them. [] for any other line (the line stays as it is).
 */
function assignedArray(text: string, s: number, e: number): Array<{ title: Field | null; content: Field }> {
  const m = ARRAY_HEAD.exec(text.slice(s, Math.min(e, s + 160)));
  if (!m) return [];
  const out: Array<{ title: Field | null; content: Field }> = [];
  let han = 0;
  let worded = 0;
  let p = s + m[0].length - 1;
  while (p < e) {
    const quote = text.charCodeAt(p);
    if (quote !== 34 && quote !== 39) return [];
    let c = p + 1;
    let words = 0;
    for (; c < e; c++) {
      const d = text.charCodeAt(c);
      if (d === 92) { c++; continue; }
      if (d === quote) break;
      if (isHan(d)) words++;
    }
    if (c >= e) return [];
    out.push({ title: null, content: { s: p + 1, e: c, quote, key: '', group: 0, isKey: false } });
    han += words;
    if (words > 0) worded++;
    // the next string after a comma, or the array's end
    let q = c + 1;
    while (q < e && (text.charCodeAt(q) === 32 || text.charCodeAt(q) === 9)) q++;
    if (text.charCodeAt(q) !== 44) break;
    q++;
    while (q < e && (text.charCodeAt(q) === 32 || text.charCodeAt(q) === 9)) q++;
    p = q;
  }
  return worded >= 2 && han >= ASSIGNED_HAN ? out : [];
}

/** The strings of an array hold a document's first part (`一、` with words after it) and, after it, its second. */
function arrayParts(text: string, strings: Array<{ content: Field }>): boolean {
  let first = false;
  for (const { content: f } of strings) {
    for (let p = f.s; p + 2 < f.e; p++) {
      const c = text.charCodeAt(p);
      if (text.charCodeAt(p + 1) !== 0x3001 || !isHan(text.charCodeAt(p + 2))) continue;
      if (!first && c === 0x4e00) first = true;
      else if (first && c === 0x4e8c) return true;
    }
  }
  return false;
}

/**
 * The records of a line, and for a row passed to a call (`insertPolicy.run('…', …)`) only those
 * whose content holds 60 Chinese characters or more: a message a call prints with a few breaks
 * (`console.log('一、…\n…')`) is code ('code': the line is left as it is).
 */
function callRecords(text: string, s: number, e: number, dialect: Dialect, unbroken: boolean): Array<{ title: Field | null; content: Field }> | 'code' {
  const recs = records(text, s, e, dialect, unbroken);
  let p = s;
  while (p < e && (text.charCodeAt(p) === 32 || text.charCodeAt(p) === 9)) p++;
  if (dialect !== 'sql' || !CALL_ROW.test(text.slice(p, Math.min(e, p + 80)))) return recs;
  const kept = recs.filter((r) => {
    let han = 0;
    for (let q = r.content.s; q < r.content.e && han < ASSIGNED_HAN; q++) {
      const c = text.charCodeAt(q);
      if (c >= 0x4e00 && c <= 0x9fff) han++;
    }
    return han >= ASSIGNED_HAN;
  });
  return kept.length > 0 ? kept : 'code';
}

/** A field's text opening with a heading element (`<h1>`…`<h6>`). */
const OPENS_HEADING = /^\s*<h[1-6][\s>]/i;

/** The records in the line [s, e): their content field and the title field before it. */
function records(text: string, s: number, e: number, dialect: Dialect, unbroken = false): Array<{ title: Field | null; content: Field }> {
  const fields = dialect === 'csv' ? readCsvFields(text, s, e) : readFields(text, s, e, dialect, !unbroken);
  const byGroup = new Map<number, Field[]>();
  for (const f of fields) {
    let g = byGroup.get(f.group);
    if (!g) byGroup.set(f.group, (g = []));
    g.push(f);
  }
  const out: Array<{ title: Field | null; content: Field }> = [];
  for (const g of byGroup.values()) {
    let content: Field | null = null;
    let best = 0;
    for (const f of g) {
      if (f.key && (CONTENT_KEY.test(f.key) || f.quote === 123) && f.e - f.s >= 20) {
        const b = countBreaks(text, f.s, f.e, 1000) + 1;
        if (!content || !CONTENT_KEY.test(content.key) || b > best) { content = f; best = b; }
        continue;
      }
      if (content && CONTENT_KEY.test(content.key)) continue;
      const b = countBreaks(text, f.s, f.e, 1000);
      if (b >= MIN_BREAKS && b > best) { content = f; best = b; }
    }
    if (!content && unbroken) {
      content = proseField(text, g);
      if (content) proseRead = true;
    }
    if (!content) continue;
    let title: Field | null = null;
    // (a content that opens with its headline in a heading tag, `'<h1 class=\"artTitle\">…</h1><p>…'`,
    // states its own title: a short field before it with no name saying it is one is the row's
    // summary or slogan, a CMS's `description` column, study150-05)
    const headed = OPENS_HEADING.test(text.slice(content.s, content.s + 8));
    for (const f of g) {
      if (f.s >= content.s) break;
      if (f.key) {
        if ((TITLE_KEY.test(f.key) || CAMEL_TITLE_KEY.test(f.key)) && titleLike(text, f)) { title = f; break; }
        continue;
      }
      if (headed) continue;
      // (the longest short field, one that is no sentence before one that is: a row's summary field
      // `为进一步完善…，制定本实施意见。` is no title)
      if (titleLike(text, f) && (!title || rankTitle(text, f) > rankTitle(text, title) || (rankTitle(text, f) === rankTitle(text, title) && f.e - f.s > title.e - title.s))) title = f;
    }
    out.push({ title, content });
  }
  out.sort((a, b) => a.content.s - b.content.s);
  return out;
}

/**
 * Phase 1: the escapes of a quoted string read (`\n`, `\r\n`, `\t`, `\"`, `\'`, `\\`, `\/`,
 * `\uXXXX`; a doubled quote in SQL and CSV). A plain line reads only the break escapes.
 */
function unescape(text: string, s: number, e: number, dialect: Dialect, quote: number): Piece {
  const b = new Builder(e - s + 8);
  for (let p = s; p < e; ) {
    const c = text.charCodeAt(p);
    if (c === 92 && p + 1 < e) {
      const d = text.charCodeAt(p + 1);
      if (d === 114) {
        // `\r\n` is one break; a lone `\r` too
        const q = text.charCodeAt(p + 2) === 92 && text.charCodeAt(p + 3) === 110 ? p + 4 : p + 2;
        b.push(10, p, q);
        p = q;
        continue;
      }
      if (d === 110) { b.push(10, p, p + 2); p += 2; continue; }
      if (d === 116) { b.push(32, p, p + 2); p += 2; continue; }
      if (d === 117 && p + 5 < e && isHex(text.charCodeAt(p + 2)) && isHex(text.charCodeAt(p + 3)) && isHex(text.charCodeAt(p + 4)) && isHex(text.charCodeAt(p + 5))) {
        b.push(parseInt(text.slice(p + 2, p + 6), 16), p, p + 6);
        p += 6;
        continue;
      }
      if (dialect !== 'plain' && dialect !== 'csv' && (d === 34 || d === 39 || d === 92 || d === 47)) {
        b.push(d, p, p + 2);
        p += 2;
        continue;
      }
    }
    if (quote && c === quote && dialect !== 'json' && text.charCodeAt(p + 1) === quote) {
      b.push(c, p, p + 2);
      p += 2;
      continue;
    }
    b.push(c, p, p + 1);
    p++;
  }
  return { text: b.text(), from: b.from, to: b.to };
}

const ENTITIES: Record<string, string> = {
  nbsp: ' ', ensp: ' ', emsp: '\u3000', thinsp: ' ', lt: '<', gt: '>', amp: '&', quot: '"', apos: "'",
  ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’', mdash: '—', ndash: '–', hellip: '…', middot: '·', times: '×', bull: '•',
};

/** Tags a table or a list breaks the line at, besides htmlBreaks' block tags. */
const MORE_BREAKS = /^<\/?(tr|table|tbody|thead|ul|ol|hr|header|footer|center|pre)[\s/>]/i;
/** Elements hidden whole. */
const HIDDEN = /^<(script|style|noscript|iframe|svg)[\s>]/i;

/**
 * Phase 2: the page's markup read as the reader sees it: a line-breaking tag is a line break (one
 * only where tags close and open a block together), a cell's tag a space, other tags and comments
 * nothing, entities their character.
 */
function readMarkup(src: Piece, entitiesOnly: boolean): Piece {
  const t = src.text;
  const n = t.length;
  const b = new Builder(n + 8);
  const at = (p: number): number => src.from[p];
  const after = (q: number): number => src.to[q - 1];
  // inside a data table's short cell (tableCells.ts) up to here: its breaks are spaces
  let cellEnd = -1;
  // inside a data table (tableCells.ts) up to here: only its rows break the line
  let tableEnd = -1;
  for (let p = 0; p < n; ) {
    const c = t.charCodeAt(p);
    if (c === 10 && (p < cellEnd || p < tableEnd)) {
      if (b.last !== 10 && b.last !== 32 && b.length > 0) b.push(32, at(p), after(p + 1));
      p++;
      continue;
    }
    if (c === 60 && p + 1 < n && !entitiesOnly) {
      const d = t.charCodeAt(p + 1);
      if (isLetter(d) || d === 47 || d === 33) {
        let q: number;
        if (t.startsWith('<!--', p)) {
          const z = t.indexOf('-->', p + 4);
          q = z < 0 ? n : z + 3;
        } else {
          const z = t.indexOf('>', p + 1);
          if (z < 0 || z - p > TAG_SPAN) { b.push(c, at(p), after(p + 1)); p++; continue; }
          q = z + 1;
          const head = t.slice(p, Math.min(n, p + 12));
          const hidden = HIDDEN.exec(head);
          if (hidden && t.charCodeAt(q - 2) !== 47) {
            const close = closingTag(t, hidden[1].toLowerCase(), q);
            const g = close < 0 ? -1 : t.indexOf('>', close);
            q = g < 0 ? n : g + 1;
          } else if ((p < cellEnd || p < tableEnd) && isBreakTagAt(t, p) && !MORE_BREAKS.test(head)) {
            if (b.last !== 10 && b.last !== 32 && b.length > 0) b.push(32, at(p), after(q));
          } else if (isBreakTagAt(t, p) || MORE_BREAKS.test(head)) {
            if (b.last !== 10 && b.length > 0) b.push(10, at(p), after(q));
            if (p >= tableEnd && /^<table[\s>]/i.test(head)) tableEnd = dataTableEnd(t, p);
          } else if (/^<\/?(td|th)[\s/>]/i.test(head)) {
            if (b.last !== 10 && b.last !== 32 && b.length > 0) b.push(32, at(p), after(q));
            if (head.charCodeAt(1) !== 47) cellEnd = shortCellEnd(t, q);
          }
        }
        p = q;
        continue;
      }
    }
    if (c === 38) {
      const semi = t.indexOf(';', p + 2);
      if (semi > 0 && semi - p <= 9) {
        const name = t.slice(p + 1, semi);
        let ch: string | undefined;
        if (name.charCodeAt(0) === 35) {
          const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
          if (code > 0 && code < 0x10000 && code !== 0) ch = String.fromCharCode(code);
        } else ch = ENTITIES[name.toLowerCase()];
        if (ch !== undefined) {
          b.push(ch.charCodeAt(0), at(p), after(semi + 1));
          p = semi + 1;
          continue;
        }
      }
    }
    b.push(c, at(p), after(p + 1));
    p++;
  }
  return { text: b.text(), from: b.from, to: b.to };
}

/** Offset of `</name` (any case) at or after `from`, -1 when none. */
function closingTag(t: string, name: string, from: number): number {
  for (let p = t.indexOf('</', from); p >= 0; p = t.indexOf('</', p + 2)) {
    if (t.slice(p + 2, p + 2 + name.length).toLowerCase() === name) return p;
  }
  return -1;
}

/**
 * A heading's marker starts at p (`一、`, `（一）`, `1.`, `（1）`, `①`, `第一章`, `第一条`): not the
 * markers a sentence runs through (`一是`, `首先，`, `第一，`), which also follow a sentence's end
 * inside a paragraph.
 */
function headingMarkerAt(t: string, p: number, end: number): boolean {
  const m = matchLineStart(t, p, Math.min(end, p + 80));
  return m !== null && m.kind !== 'di-comma' && m.family !== 'shi' && m.family !== 'yao' && m.family !== 'qi' && m.family !== 'shouxian';
}

/**
 * Phase 3: paragraphs a scraper joined on one line: a long line that holds three or more paragraph
 * starts — a `　　` indent after a sentence's end, or blanks before a numbered line start after a
 * sentence's end or a `　　` indent before one — is broken before each.
 */
function splitJoined(src: Piece): Piece {
  const t = src.text;
  const n = t.length;
  // the breaks, found line by line
  const breaks: number[] = [];
  let ls = 0;
  while (ls < n) {
    let le = t.indexOf('\n', ls);
    if (le < 0) le = n;
    if (le - ls >= LONG_LINE) {
      const found: number[] = [];
      // where the current paragraph starts, and whether it opens with a numbered heading's marker
      let seg = ls;
      while (seg < le && isBlankCode(t.charCodeAt(seg))) seg++;
      let numbered = headingMarkerAt(t, seg, le);
      const first = seg;
      // paragraphs this line joins after a sentence's end with a `　　` indent (the scraper's flattening)
      const paragraphs = indentedParagraphs(t, ls, le, MIN_BREAKS);
      // (flattened with single blanks: one part's marker after a sentence's end is enough, and a
      // colon's ASCII form ends the lead into it too, `…报告如下: 一、`)
      const spaced = spacedFlattening(t, ls, le);
      let spacedFound = 0;
      for (let p = ls + 1; p < le; p++) {
        const c = t.charCodeAt(p);
        if (c !== 0x3000 && c !== 32 && c !== 0xa0) continue;
        let q = p;
        let ideo = 0;
        while (q < le && (t.charCodeAt(q) === 0x3000 || t.charCodeAt(q) === 32 || t.charCodeAt(q) === 0xa0)) { if (t.charCodeAt(q) === 0x3000) ideo++; q++; }
        if (q >= le) break;
        const before = t.charCodeAt(p - 1);
        const closed = isSentenceEnd(before) || before === 0xff1a || (before === 58 && spaced);
        const marker = headingMarkerAt(t, q, le);
        // a numbered heading's title that ends without a mark, before the next paragraph's indent
        // (or, flattened with single spaces, a short title before the next marker: `第二章 储备规模 第四条`,
        // the document's own title before its first chapter)
        const titleEnds = (numbered || seg === first) && p - seg <= TITLE_SPAN && (ideo >= 2 || (marker && !closed));
        // (a `　　` indent after a paragraph that ends without a mark — a signature, its date, a
        // title — where the line is flattened so: not inside a letter-spaced word, `若　干　措　施`)
        const bare = ideo >= 2 && paragraphs >= MIN_BREAKS && p - seg >= 4 && wordAt(t, q, le) >= 2;
        // (flattened with single blanks, a part's short title joined to its text: `一、要准确把握当前我县
        // 经济形势 20xx 年,全县…`: the title is words alone, the text after the blank runs on with clauses)
        const spacedTitle = spaced && numbered && !marker && spacedTitleEnd(t, seg, p, q, le);
        if ((closed && (ideo >= 2 || marker)) || (ideo >= 2 && marker) || titleEnds || bare || spacedTitle) {
          // (read on a spaced flattening alone, a break opens a part `一、` `（一）` or ends its title)
          // (or, after a part already broken so and a sentence's end, its first items `1、` counted on:
          // `…取得了明显成效。 1、抓发动,…。一是…`)
          if (spaced && (spacedTitle || (marker && cnPartAt(t, q, le)) || (marker && closed && spacedFound > 0 && arabicItemAt(t, q, le)))) spacedFound++;
          found.push(p);
          seg = q;
          numbered = marker;
        }
        p = q - 1;
      }
      if (found.length >= MIN_BREAKS || (spaced && spacedFound === found.length && found.length > 0)) for (const f of found) breaks.push(f);
      else found.length = 0;
      // a statute (or a plan) flattened with nothing between its paragraphs
      const statute = statuteBreaks(t, ls, le);
      if (statute.length === 0) for (const f of planBreaks(t, ls, le)) statute.push(f);
      // (a page flattened whole onto one line and cut short: its first part or two)
      if (statute.length === 0 && soloLine) for (const f of soloBreaks(t, ls, le)) statute.push(f);
      if (statute.length > 0) {
        const merged = new Set(found);
        for (const f of statute) {
          // already broken in the blanks before it
          let b = f;
          while (b > ls && isBlankCode(t.charCodeAt(b - 1)) && !merged.has(b)) b--;
          if (!merged.has(b)) breaks.push(f);
        }
        breaks.sort((a, b) => a - b);
      }
    }
    ls = le + 1;
  }
  if (breaks.length === 0) return src;
  const b = new Builder(n + breaks.length + 8);
  let k = 0;
  for (let p = 0; p < n; p++) {
    if (k < breaks.length && breaks[k] === p) {
      b.push(10, src.from[p], src.from[p]);
      k++;
    }
    b.push(t.charCodeAt(p), src.from[p], src.to[p]);
  }
  return { text: b.text(), from: b.from, to: b.to };
}

/** The piece's paragraphs joined with a token of the program's (sepTokens.ts), broken there: the token is the break. */
function splitTokens(src: Piece): Piece {
  const t = src.text;
  if (t.length < LONG_LINE) return src;
  const token = separatorToken(t, 0, t.length);
  if (!token) return src;
  const br = separatorBreaks(t, 0, t.length, token);
  if (br.length === 0) return src;
  const b = new Builder(t.length + 8);
  let k = 0;
  for (let p = 0; p < t.length; ) {
    if (k < br.length && br[k] === p) {
      const q = br[k + 1];
      b.push(10, src.from[p], q > p ? src.to[q - 1] : src.from[p]);
      p = q;
      k += 2;
      continue;
    }
    b.push(t.charCodeAt(p), src.from[p], src.to[p]);
    p++;
  }
  return { text: b.text(), from: b.from, to: b.to };
}

/** `　　` indents after a sentence's end in [s, e), counted up to `cap`. */
function indentedParagraphs(t: string, s: number, e: number, cap: number): number {
  let n = 0;
  for (let p = t.indexOf('\u3000\u3000', s + 1); p >= 0 && p < e && n < cap; p = t.indexOf('\u3000\u3000', p + 2)) {
    if (isSentenceEnd(t.charCodeAt(p - 1))) n++;
  }
  return n;
}

/** Length of the word at q: characters up to the next blank or the line's end. */
function wordAt(t: string, q: number, e: number): number {
  let r = q;
  while (r < e && r - q < 4 && !isBlankCode(t.charCodeAt(r))) r++;
  return r - q;
}

/**
 * Where the first line with words ends, when the text's first one to three such lines, joined
 * without blanks, are the title (a page's title block split over two <p>); else -1.
 */
function titleLineEnd(t: string, title: string): number {
  const want = title.replace(/\s+/g, '');
  if (want.length < 4) return -1;
  let got = '';
  let lines = 0;
  let firstEnd = -1;
  for (let p = 0; p < t.length && lines < 3 && got.length < want.length; ) {
    let e = t.indexOf('\n', p);
    if (e < 0) e = t.length;
    const line = t.slice(p, e).replace(/\s+/g, '');
    if (line) {
      got += line;
      lines++;
      if (firstEnd < 0) firstEnd = e;
      if (!want.startsWith(got)) return -1;
    }
    p = e + 1;
  }
  return got === want ? firstEnd : -1;
}

/** Where the first `lines` lines with words from `from` end in the text built so far (`from` for none). */
function headEnd(out: Builder, from: number, lines: number): number {
  let p = from;
  let seen = 0;
  let end = from;
  while (p < out.length && seen < lines) {
    while (p < out.length && (out.codes[p] === 10 || isBlankCode(out.codes[p]))) p++;
    if (p >= out.length) break;
    while (p < out.length && out.codes[p] !== 10) p++;
    seen++;
    end = p;
  }
  return end;
}

function appendPiece(out: Builder, piece: Piece): void {
  const t = piece.text;
  for (let i = 0; i < t.length; i++) out.push(t.charCodeAt(i), piece.from[i], piece.to[i]);
}

/** [s, e) of the file as it stands. */
function rawPiece(text: string, s: number, e: number): Piece {
  const b = new Builder(e - s + 8);
  for (let p = s; p < e; p++) b.push(text.charCodeAt(p), p, p + 1);
  return { text: b.text(), from: b.from, to: b.to };
}

/** The decoded text of [s, e) of the file. */
function decode(text: string, s: number, e: number, dialect: Dialect, quote: number, atx = false): Piece {
  // (a crawler's list of a page's text fragments, a real array or one written as a string: fragmentLists.ts)
  let piece = quote === 91 ? fragmentList(rawPiece(text, s, e)) ?? unescape(text, s, e, dialect, 0)
    : quote === 123 ? blockList(rawPiece(text, s, e)) ?? unescape(text, s, e, dialect, 0) : unescape(text, s, e, dialect, quote);
  if (quote !== 91 && dialect === 'json' && piece.text.charCodeAt(0) === 91) piece = fragmentList(piece) ?? piece;
  // a page stored with its markup written as entities: the entities are read first, then the markup
  if (escapedMarkup(piece.text)) piece = readMarkup(piece, true);
  // paragraphs joined with a token of the program's (`[SEP]`, `||`, `␤`): each a break (sepTokens.ts)
  piece = splitTokens(piece);
  piece = splitJoined(readMarkup(piece, false));
  piece = boldHeadings(piece.text, 2) >= 2 ? readBold(piece) : piece;
  return atx || atxHeadings(piece.text, 2) >= 2 ? readAtx(piece) : piece;
}

/**
 * A line opening with a numbering marker set bold in Markdown (`**一、景别的运用**`, `**（二）主要性质**`,
 * `**第三条**`, `**2. 开题报告**`): an assistant's reply, a knowledge base's article, a seed's sample
 * kept in a string of code or a record.
 */
const BOLD_MARKER = /^\*\*(?:[一二三四五六七八九十百]+、|[（(][一二三四五六七八九十]+[）)]|第[一二三四五六七八九十百]+[章节条部分]|[0-9]{1,2}[.、．])[^\n]*?\*\*/;

/** Lines of `t` opening with a bold numbering marker (BOLD_MARKER), counted up to `cap`. */
function boldHeadings(t: string, cap: number): number {
  let n = 0;
  for (let p = t.indexOf('**'); p >= 0 && n < cap; p = t.indexOf('**', p + 2)) {
    if ((p === 0 || t.charCodeAt(p - 1) === 10) && BOLD_MARKER.test(t.slice(p, Math.min(t.length, p + 200)))) n++;
  }
  return n;
}

/**
 * Markdown kept in a string with its parts set bold (two lines or more of BOLD_MARKER: `…\n\n**一、已完成的
 * 里程碑**\n\n1. 核心模块…`): its emphasis marks `**` are markup, left out, so the marker opens its line
 * and a title holds the words only (`1. **夯实数字底座**：…` reads `1. 夯实数字底座：…`).
 */
function readBold(src: Piece): Piece {
  const t = src.text;
  const b = new Builder(t.length);
  for (let p = 0; p < t.length; p++) {
    if (t.charCodeAt(p) === 42 && t.charCodeAt(p + 1) === 42) {
      p++;
      continue;
    }
    b.push(t.charCodeAt(p), src.from[p], src.to[p]);
  }
  return { text: b.text(), from: b.from, to: b.to };
}

/** A Markdown ATX heading's hashes at the line's start `p` (`## 一、…`): their length with the blanks after, or 0. */
function atxAt(t: string, p: number): number {
  const h = atxPrefix(t, p, t.length);
  return h > 0 && p + h < t.length && t.charCodeAt(p + h) !== 10 ? h : 0;
}

/** Lines of `t` opening with a Markdown ATX heading, counted up to `cap`. */
function atxHeadings(t: string, cap: number): number {
  let n = 0;
  for (let p = 0; p < t.length && n < cap; ) {
    if (atxAt(t, p) > 0) n++;
    const e = t.indexOf('\n', p);
    if (e < 0) break;
    p = e + 1;
  }
  return n;
}

/**
 * A Markdown document kept in a string (a seed's `"## 一、总体要求\n\n…"`): the hashes of its ATX
 * headings are markup, left out, so a marker after them opens its line and a title line stands alone.
 */
function readAtx(src: Piece): Piece {
  const t = src.text;
  const b = new Builder(t.length);
  for (let p = 0; p < t.length; ) {
    const skip = p === 0 || t.charCodeAt(p - 1) === 10 ? atxAt(t, p) : 0;
    let e = t.indexOf('\n', p);
    e = e < 0 ? t.length : e + 1;
    for (let q = p + skip; q < e; q++) b.push(t.charCodeAt(q), src.from[q], src.to[q]);
    p = e;
  }
  return { text: b.text(), from: b.from, to: b.to };
}

/** The text holds three or more line-breaking tags written as entities (`&lt;p&gt;`). */
function escapedMarkup(t: string): boolean {
  let n = 0;
  for (let p = t.indexOf('&lt;'); p >= 0 && n < 3; p = t.indexOf('&lt;', p + 4)) if (escapedBreakAt(t, p)) n++;
  return n >= 3;
}

/** A call whose arguments open with a string: `insertPolicy.run('…', …)`, `await db.execute("…", …)`. */
const CALL_ROW = /^(?:await\s+)?[\w$]{1,40}(?:\.[\w$]{1,40}){0,3}\(\s*['"]/;

/**
 * The head of a CSV row written without quotes: a first field of words, then up to five short fields
 * of which one is a date or an address, then the row's text.
 */
const UNQUOTED_ROW = /^[^",\n\\]{2,100},(?:[^",\n\\]{0,100},){0,5}?(?:\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?|https?:\/\/[^\s",\\]{1,200}),(?:[^",\n\\]{0,100},){0,5}?[^",\n]/;

/** A line break written out (`\n`, `\r`) in [s, e). */
function writtenBreak(text: string, s: number, e: number): boolean {
  for (let q = s; q + 1 < e; q++) if (text.charCodeAt(q) === 92 && (text.charCodeAt(q + 1) === 110 || text.charCodeAt(q + 1) === 114)) return true;
  return false;
}

function dialectOf(text: string, s: number, e: number): Dialect {
  let p = s;
  while (p < e && (text.charCodeAt(p) === 32 || text.charCodeAt(p) === 9 || text.charCodeAt(p) === 0xfeff)) p++;
  const c = text.charCodeAt(p);
  const head = text.slice(p, p + 40);
  if (/^(insert|replace)\s+(ignore\s+)?into\b/i.test(head) || (c === 40 && /^\(\s*(\d+|'|NULL)/i.test(head))) return 'sql';
  // a row passed to a prepared statement (`insertPolicy.run('标题', '文号', …, '一、…\n\n…', 2560);`): its
  // arguments are the row's fields, quoted as SQL quotes them
  if (CALL_ROW.test(text.slice(p, Math.min(e, p + 80)))) return 'sql';
  // a JSON object or array, or one written inside other text (`data : [{"title":…`)
  if (c === 123 || c === 91 || /"[A-Za-z_][\w-]{0,40}"\s*:\s*["\[{]/.test(text.slice(p, Math.min(e, p + 2000)))) return 'json';
  // (an indented string alone on its line, `          "…",` in a JS module, is code's, not a CSV row)
  if ((c === 34 && (p === s || literalLine(text, s, e) === null)) || /^[^"\n]{0,200},"/.test(text.slice(p, Math.min(e, p + 210)))) return 'csv';
  // a CSV row whose fields are not quoted (`某市部署…,2026-10-09,http://…/1.html,一、总体要求\n…`): short
  // fields, a date or an address among them, before a text whose breaks are written out (a row whose
  // text runs on unbroken is read as it stands, its header over it metadata: webPage.ts)
  if (UNQUOTED_ROW.test(text.slice(p, Math.min(e, p + 600))) && writtenBreak(text, p, e)) return 'csv';
  return 'plain';
}

/**
 * The document the text's record lines hold, or null when no line of the text is a record (a long
 * line holding three or more encoded line breaks). `unbroken`: a record whose fields hold no line
 * break gives its longest field of prose too (the figures read it; the outline does not, as a
 * one-line text there reads like a title or a signature).
 */
export function recordView(text: string, unbroken = false, codeText: CodeTextTest = codeTextTest(text)): RecordView | null {
  try {
    return readRecords(text, unbroken, codeText.text === text ? codeText : codeTextTest(text));
  } finally {
    for (const f of [BACKSLASH, TAG, ENTITY_TAG, END_BLANK, BRACKET, ARTICLE_ONE, PART_ONE]) f.reset();
    resetEndPairs();
  }
}

/** Whether the last reading took a row's prose field for its content (`unbroken` only). */
let proseRead = false;
/** Whether the last reading left out a string cut short that the outline's reading would take. */
let cutLeft = false;

/**
 * Both views of a record file in one reading where they agree: `outline` is recordView(text),
 * `figures` recordView(text, true); the same object unless some row gave its prose alone or a
 * string cut short was left out (then the text is read a second time for the outline). Null when the text holds no record line.
 */
export function recordViews(text: string, codeText: CodeTextTest = codeTextTest(text)): { outline: RecordView | null; figures: RecordView } | null {
  proseRead = false;
  cutLeft = false;
  const figures = recordView(text, true, codeText);
  if (!figures) return null;
  return { outline: proseRead || cutLeft ? recordView(text, false, codeText) : figures, figures };
}

/**
 * What the outline of a record file read that its figures read again (figures/index.ts), kept
 * with the outline the file was given: the figures' view, and the engine's outline of it when
 * that view is the one the outline read (in view offsets, before the records' titles were added).
 * Kept aside, not on the Outline (its JSON and the worker's transfer stay as they were), and
 * forgotten once the figures take it.
 */
export interface RecordReading {
  text: string;
  view: RecordView;
  viewOutline: Outline | null;
  /** Whether the outline's view reads as a code file, as the outline's reading of it asked (codeLines.ts). */
  viewCode: CodeTextTest;
}
const readings = new WeakMap<Outline, RecordReading>();

export function keepRecordReading(outline: Outline, reading: RecordReading): void {
  readings.set(outline, reading);
}

/** The reading kept with `outline` when it was read from this `text`, taken (forgotten) here. */
export function takeRecordReading(outline: Outline, text: string): RecordReading | null {
  const r = readings.get(outline);
  if (!r) return null;
  readings.delete(outline);
  return r.text === text ? r : null;
}

/**
 * The string a line of code assigns to a key, alone after it (`content: '…',`, `"content": "…",`,
 * `text = "…";`): its inner range, as literalLine gives a string alone; null for any other line.
 */
function fieldValue(text: string, s: number, e: number): LiteralLine | null {
  let p = s;
  while (p < e && (text.charCodeAt(p) === 32 || text.charCodeAt(p) === 9)) p++;
  const kq = text.charCodeAt(p);
  if (kq === 34 || kq === 39) p++;
  const k0 = p;
  while (p < e && /[\w$]/.test(text[p])) p++;
  if (p === k0 || p - k0 > 40) return null;
  if (kq === 34 || kq === 39) {
    if (text.charCodeAt(p) !== kq) return null;
    p++;
  }
  while (p < e && (text.charCodeAt(p) === 32 || text.charCodeAt(p) === 9)) p++;
  const op = text.charCodeAt(p);
  if (op !== 58 && op !== 61) return null;
  p++;
  while (p < e && (text.charCodeAt(p) === 32 || text.charCodeAt(p) === 9)) p++;
  return literalLine(text, p, e);
}

/** A block's type naming a heading, before its text on its line (`type: 'heading'`, `"blockType": "TITLE"`, `style: 'h2'`). */
const HEADING_BLOCK = /["']?(?:type|blockType|block_type|kind|style|role)["']?[ \t]*:[ \t]*["'](?:heading|heading_?[1-6]|title|subtitle|section_?title|h[1-6])["']/i;

/** The line from `s` to the block's text at `t` names the block a heading. */
function headingBlock(text: string, s: number, t: number): boolean {
  return t - s < 200 && HEADING_BLOCK.test(text.slice(s, t));
}

/** The string holds a Chinese word. */
function literalHan(text: string, l: LiteralLine): boolean {
  for (let p = l.s; p < l.e; p++) if (isHan(text.charCodeAt(p))) return true;
  return false;
}

/** A numbered part's marker and the marker of the part after it, in the forms a document writes them. */
const PART_PAIRS: ReadonlyArray<readonly [string, string]> = [['一、', '二、'], ['（一）', '（二）'], ['1.', '2.'], ['1、', '2、'], ['1．', '2．']];

/**
 * The string [s, e) of a file holds a document's numbering written out over its encoded breaks: it
 * opens with a first part (`一、`, `（一）`, `1.`) and an escaped break in it (`\n`) is followed by
 * the second, the first words after each marker Chinese. One scan of the string.
 */
function partsWrittenOut(text: string, s: number, e: number): boolean {
  let p = s;
  while (p < e && (text.charCodeAt(p) === 32 || text.charCodeAt(p) === 0x3000)) p++;
  let pair: readonly [string, string] | null = null;
  for (const pp of PART_PAIRS) if (text.startsWith(pp[0], p)) { pair = pp; break; }
  if (pair === null || !isHan(text.charCodeAt(p + pair[0].length))) return false;
  const second = pair[1];
  // (a scan of the string alone: an indexOf would read on past its end from every line of the file)
  for (let q = p; q + 1 < e; q++) {
    if (text.charCodeAt(q) !== 92 || text.charCodeAt(q + 1) !== 110) continue;
    let r = q + 2;
    while (r < e && (text.charCodeAt(r) === 32 || text.charCodeAt(r) === 0x3000 || (text.charCodeAt(r) === 92 && text.charCodeAt(r + 1) === 110))) r += text.charCodeAt(r) === 92 ? 2 : 1;
    if (text.startsWith(second, r) && r + second.length < e && isHan(text.charCodeAt(r + second.length))) return true;
    q = r - 1; // (every break inside the run just read ends at the same r: not read again from each)
  }
  return false;
}


/**
 * Whether the line [s, e) opens with an ASCII character after its spaces, or with a space of
 * JavaScript's `\s` other than the space and the tab (ARRAY_HEAD passes over those): a string's
 * quote (literalLine), a record's brace (fieldLine), a key (fieldValue) or a name assigned an array
 * (assignedArray) open their line so. A line of Chinese prose opens with none, and readRecords does
 * not read it for them (every line of a plain text comes there).
 */
function opensAscii(text: string, s: number, e: number): boolean {
  let p = s;
  while (p < e && (text.charCodeAt(p) === 32 || text.charCodeAt(p) === 9)) p++;
  if (p >= e) return false;
  const c = text.charCodeAt(p);
  return c <= 0x7e || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 ||
    c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

function readRecords(text: string, unbroken: boolean, codeText: CodeTextTest): RecordView | null {
  const n = text.length;
  soloLine = false;
  // the record lines
  let spans: number[] = [];
  // a line of code that is one string literal (`'…\n\n…',` in an array of a document's pages, or in
  // a run of such lines holding prose, `'一、关闭时间',`) is read as the text it holds (codeLiterals.ts)
  const literals = new Map<number, LiteralLine>();
  // the short strings read for the numbering their breaks show (partsWrittenOut): each a text of its own
  const writtenOut = new Set<number>();
  // the string literals the code joins into one text (`return "…\n" +` over `"一、…\n" +`, codeLiterals.ts)
  const chains = readChains(text);
  const runs = new LiteralRuns(text);
  const head = soloHead(text);
  let ls = 0;
  while (ls < n) {
    let le = text.indexOf('\n', ls);
    if (le < 0) le = n;
    let e = le;
    if (e > ls && text.charCodeAt(e - 1) === 13) e--;
    const link = chains.lines.get(ls);
    if (link) {
      runs.add(ls, null);
      spans.push(ls, e);
      literals.set(ls, link.piece.lit);
      ls = le + 1;
      continue;
    }
    const lit = literalLine(text, ls, e);
    // (a record on its line whose one string of words is its text, `{ content: '一、…\n…' },`, stands in
    // such a run as a string alone does: a list of a document's paragraphs kept as records)
    runs.add(ls, lit ?? (text.charCodeAt(ls) !== 10 && codeText.is() ? fieldLine(text, ls, e) : null));
    // (a page flattened whole onto this line, cut after its first part or two: soloBreaks)
    // (counted once: every long line of a plain text comes here, and the count scans the line)
    const long = e - ls >= LONG_LINE;
    // (a list of headlines on one line, `{"items":[{"text":"…","url":"https://…"},…]}`: each item's
    // headline is a title of the line as it stands (jsonRecords.ts), no text to decode into lines)
    const json = long && text.charCodeAt(ls) !== 123 && text.charCodeAt(ls) !== 91 ? jsonAfterAssignment(text, ls, e) : ls;
    // (a CSV's rows joined onto one line, `2020-06-18,#话题#,正文… 2020-06-18,#话题二#,…`: several records,
    // each row's headline a title of the line as it stands, joinedRows.ts)
    if (long && ((json >= 0 && (text.charCodeAt(json) === 123 || text.charCodeAt(json) === 91) && lineHeadlines(text, json, e).length > 0) || joinedRowTitles(text, ls, e).length > 0)) {
      runs.add(ls, null);
      ls = le + 1;
      continue;
    }
    // (a page a crawler kept as a list of its text fragments breaks where a fragment is blank or opens
    // with a numbering marker: fragmentLists.ts; read only on a line holding an array's `[`, so the long
    // lines of running text are not sliced and scanned twice more)
    let breaks = long ? countBreaks(text, ls, e, MIN_BREAKS) : 0;
    if (long && breaks < MIN_BREAKS) {
      const bracket = BRACKET.next(text, ls);
      if (bracket >= 0 && bracket < e) breaks = Math.max(breaks, fragmentBreaks(text, ls, e, MIN_BREAKS), blockBreaks(text, ls, e, MIN_BREAKS));
    }
    // (the text's only line holding a part's numbering: its parts are broken out even where the
    // line's other breaks make it a record anyway, `…讲三点意见:一、…` joined without a blank)
    const only = long && onlyLine(text, ls, e, head) && soloBreaks(text, ls, e).length > 0;
    if (only) soloLine = true;
    const solo = only && breaks < MIN_BREAKS;
    if (long && (solo || breaks >= MIN_BREAKS)) {
      spans.push(ls, e);
      // (a line a data file's dialect reads, `"…",` a CSV cell, is a string of code only in a code file)
      if (lit && (dialectOf(text, ls, e) === 'plain' || codeText.is())) literals.set(ls, lit);
    } else if (lit && countBreaks(text, lit.s, lit.e, MIN_BREAKS) >= MIN_BREAKS && prose(text, lit) && codeText.is()) {
      spans.push(ls, e);
      literals.set(ls, lit);
    } else if (e - ls < SHORT_RECORD_LINE && opensAscii(text, ls, e)) {
      // (a short text whose own numbering its breaks show, `content: '一、聚焦主线\n二、每周复盘'`: the
      // string opens with a document's first part and an escaped break in it leads to the second; the
      // key, the quoted value and its `\n` are the code's own marks, a file of prose writes none of
      // them; a string alone on its line is read so in a code file only)
      const v = lit ?? fieldLine(text, ls, e) ?? fieldValue(text, ls, e);
      if (v && v !== lit && headingBlock(text, ls, v.s) && literalHan(text, v) && codeText.is()) {
        // (a block of a document model whose type names a heading, `{ type: 'heading', text: '一、…' }`:
        // its string is the heading's line of the text the blocks hold)
        spans.push(ls, e);
        literals.set(ls, v);
      } else if (v && (v !== lit || codeText.is()) && partsWrittenOut(text, v.s, v.e)) {
        spans.push(ls, e);
        literals.set(ls, v);
        writtenOut.add(ls);
      } else if (v === null && long && arrayParts(text, assignedArray(text, ls, e))) {
        // (an array of a text's paragraphs on one line, `var arrangeA: [String] = ["…通知如下：","一、元旦：
        // …二、春节：…",…]`, its numbering in its strings: read as the text, a string a paragraph)
        spans.push(ls, e);
      }
    }
    ls = le + 1;
  }
  runs.done();
  // the run each line of a run of short strings stands in
  const runOf = new Map<number, number>();
  if (runs.taken.length > 0 && codeText.is()) {
    const more: number[] = [];
    for (const r of runs.taken) {
      if (literals.has(r.line)) continue;
      literals.set(r.line, r.lit);
      runOf.set(r.line, r.run);
      let le = text.indexOf('\n', r.line);
      if (le < 0) le = n;
      if (le > r.line && text.charCodeAt(le - 1) === 13) le--;
      more.push(r.line, le);
    }
    if (more.length > 0) spans = mergeSpans(spans, more);
  }
  if (spans.length === 0) return null;
  const out = new Builder(n + 16);
  const titled: RecordView['titled'] = [];
  // A run of short strings (an array of a page's paragraphs) is one record: its lines are the
  // text's lines, but none is a title heading (the array holds a page's body: `'各相关单位：',`, or
  // a worked answer `'解：由题意得',`), and its parts hang under nothing outside it.
  let run = -1;
  let runStart = 0;
  const closeRun = (): void => {
    if (run >= 0) titled.push({ start: runStart, titleEnd: out.length, end: out.length });
    run = -1;
  };
  // A chain of joined strings is one text too: its parts hang under nothing outside it, but its
  // first line may be its title (`return "教育部关于…的指导意见\n" +`).
  let chain = -1;
  let chainStart = 0;
  const closeChain = (): void => {
    if (chain >= 0) titled.push({ start: chainStart, titleEnd: chainStart, end: out.length });
    chain = -1;
  };
  let p = 0;
  let joined = false;
  for (let k = 0; k < spans.length; k += 2) {
    const s = spans[k];
    const e = spans[k + 1];
    const inRun = runOf.get(s) ?? -1;
    if (inRun !== run) closeRun();
    const link = chains.lines.get(s);
    const inChain = link ? link.chain : -1;
    if (inChain !== chain) closeChain();
    // (a piece the code joins to the one before goes on where it ended: the code between is left out)
    if (joined && link && inChain === chain) p = s;
    joined = link ? link.joined : false;
    for (; p < s; p++) out.push(text.charCodeAt(p), p, p + 1);
    if (link && chain < 0) {
      chain = inChain;
      if (out.length > 0 && out.last === 10) out.push(10, s, s);
      chainStart = out.length;
    }
    if (inRun >= 0 && run < 0) {
      run = inRun;
      runStart = out.length;
    }
    const lit = literals.get(s);
    const dialect = lit ? 'plain' : dialectOf(text, s, e);
    const recs = lit
      ? [{ title: null, content: { s: lit.s, e: lit.e, quote: lit.quote, key: '', group: 0, isKey: false } }]
      : dialect === 'plain' ? assigned(text, s, e) ?? 'code' : callRecords(text, s, e, dialect, unbroken);
    if (recs === 'code') {
      for (let q = s; q < e; q++) out.push(text.charCodeAt(q), q, q + 1);
      p = e;
      continue;
    }
    // (a page string stands apart from the code over it: a blank line between, as between pages; so
    // does a string a line of code assigns, `text: \`<p>…`, whose first line may be the page's title)
    if (dialect === 'plain' && recs.length > 0 && inRun < 0 && !link && out.length > 0 && out.last === 10) out.push(10, s, s);
    if (link) {
      appendPiece(out, decode(text, link.piece.lit.s, link.piece.lit.e, 'json', link.piece.lit.quote, link.atx));
      p = e;
      continue;
    }
    if (recs.length === 0) {
      // a data line holding no document (short fields, a few breaks among them) stays as it is
      if (dialect === 'json' || dialect === 'sql') for (let q = s; q < e; q++) out.push(text.charCodeAt(q), q, q + 1);
      else appendPiece(out, decode(text, s, e, 'plain', 0));
    } else {
      recs.forEach((r, i) => {
        if (i > 0) out.push(10, r.title ? r.title.s : r.content.s, r.title ? r.title.s : r.content.s);
        const start = out.length;
        let titleEnd = -1;
        // (a content that opens with the title itself, over one to three lines — a page's title block
        // split over two <p> — states it: the title field is not read a second time)
        const content = decode(text, r.content.s, r.content.e, dialect === 'plain' ? 'json' : dialect, r.content.quote);
        const title = r.title ? decode(text, r.title.s, r.title.e, dialect, r.title.quote) : null;
        const stated = title ? titleLineEnd(content.text, title.text) : -1;
        if (title && stated < 0) {
          appendPiece(out, { text: title.text.replace(/\n/g, ' '), from: title.from, to: title.to });
          titleEnd = out.length;
          out.push(10, r.title!.e, r.title!.e);
          // (a content that opens with a numbered part, `一、完善…的指导思想和主要任务`, is no second line of the title)
          if (opensNumbered(content.text)) out.push(10, r.title!.e, r.title!.e);
        }
        // (an assigned string in code reads its escapes as JSON does)
        const contentAt = out.length;
        appendPiece(out, content);
        // (the content's own first title line is the record's title)
        if (stated >= 0) titleEnd = start + stated;
        // a row of fields (not a string a line of code assigns): its head is its title field, or
        // the content's first lines with words when it has none (a page's headline block)
        // (`row`: the record's title line in the view, its title field or the content's opening line
        // stating it; null when neither: the record is a row whose head is its content's first lines)
        if (dialect !== 'plain') {
          const row = title && stated < 0 ? { s: start, e: titleEnd } : stated >= 0 ? { s: start, e: start + stated } : null;
          titled.push({ start, titleEnd: Math.max(titleEnd, headEnd(out, contentAt, stated >= 0 ? 3 : title ? 0 : 2)), end: out.length, row });
        }
        // a string a line of code assigns (`content='一、报销范围\n…',` in a seed's records) is one
        // record's text: its first line may be its title, its parts hang under nothing outside it
        else if (!lit || writtenOut.has(s)) titled.push({ start, titleEnd: start, end: out.length });
      });
    }
    p = e;
  }
  closeRun();
  closeChain();
  for (; p < n; p++) out.push(text.charCodeAt(p), p, p + 1);
  titled.sort((a, b) => a.start - b.start);
  return { text: out.text(), from: out.from, to: out.to, titled };
}

/** Least escaped line breaks, and sentence ends or colons (`。！？；：`), a chain of joined strings holds to be read as a text. */
const CHAIN_BREAKS = 3;
const CHAIN_PROSE = 2;
/** Chinese characters a chain holds at least: a message or a label built in a few pieces is no document. */
const CHAIN_HAN = 80;

interface ChainLink {
  piece: ChainPiece;
  chain: number;
  /** The next line's piece goes on where this one ends. */
  joined: boolean;
  /** The chain holds a Markdown document: its ATX headings' hashes are markup. */
  atx: boolean;
}

/**
 * The chains of string literals the code joins into one text, one piece a line: `+` at a line's
 * end or start (JS, Java, C#), or a string alone on its line that the next line's string
 * continues (Python, C: adjacent literals are one). Taken when two pieces or more hold three
 * escaped line breaks or more, two sentence ends or colons and 80 Chinese characters: a long message built in a few
 * pieces (fewer than 80 Chinese characters), or a UI string, is no document. Linear in the text's size.
 */
function readChains(text: string): { lines: Map<number, ChainLink> } {
  const lines = new Map<number, ChainLink>();
  const n = text.length;
  // (no backslash, no escaped break: no chain can be taken; a text of prose is not read line by line here.
  // The finder countBreaks asks too: the text is scanned for it once)
  if (BACKSLASH.next(text, 0) < 0) return { lines };
  let members: Array<{ line: number; piece: ChainPiece }> = [];
  let chains = 0;
  const close = (): void => {
    if (members.length >= 2) {
      let breaks = 0;
      let proseN = 0;
      let atx = 0;
      let han = 0;
      for (const m of members) {
        const l = m.piece.lit;
        for (let q = l.s; q < l.e && (han < CHAIN_HAN || proseN < CHAIN_PROSE); q++) {
          const c = text.charCodeAt(q);
          if (c >= 0x4e00 && c <= 0x9fff) han++;
          else if (c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0xff1b || c === 0xff1a) proseN++;
        }
        if (breaks < CHAIN_BREAKS) breaks += countBreaks(text, l.s, l.e, CHAIN_BREAKS);
        if (atx < 2 && text.charCodeAt(l.s) === 35 && atxAt(text, l.s) > 0) atx++;
      }
      if (breaks >= CHAIN_BREAKS && proseN >= CHAIN_PROSE && han >= CHAIN_HAN) {
        members.forEach((m, i) => lines.set(m.line, { piece: m.piece, chain: chains, joined: i + 1 < members.length, atx: atx >= 2 }));
        chains++;
      }
    }
    members = [];
  };
  let prev: ChainPiece | null = null;
  for (let ls = 0; ls < n; ) {
    let le = text.indexOf('\n', ls);
    if (le < 0) le = n;
    let e = le;
    if (e > ls && text.charCodeAt(e - 1) === 13) e--;
    // (a piece opens with ASCII: a quote, `+`, `$`, a name or `return`; a line of prose opens with none)
    let f = ls;
    while (f < e && (text.charCodeAt(f) === 32 || text.charCodeAt(f) === 9)) f++;
    const piece = f < e && text.charCodeAt(f) < 128 ? chainPiece(text, ls, e) : null;
    if (piece && prev && members.length > 0 && (prev.joins || piece.plusLead || (prev.bare && !piece.lead))) members.push({ line: ls, piece });
    else {
      close();
      if (piece) members.push({ line: ls, piece });
    }
    prev = piece;
    ls = le + 1;
  }
  close();
  return { lines };
}

/** Two sorted lists of line spans (start, end pairs; no line in both) merged in order. */
function mergeSpans(a: number[], b: number[]): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && a[i] < b[j])) { out.push(a[i], a[i + 1]); i += 2; }
    else { out.push(b[j], b[j + 1]); j += 2; }
  }
  return out;
}
