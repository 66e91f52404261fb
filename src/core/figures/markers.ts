/**
 * A numbering marker is not part of a figure: `1.2019年宝山区…` in a list of attachments is the
 * marker `1.` and the year `2019年`, not the decimal 1.2019. Where the outline has a `1.` heading
 * and a figure starts on its marker and runs past it, the figure is read again from the text after
 * the marker.
 *
 * A section number is a marker as well: an emergency plan's or a standard's `1 总则`, `1.1 编制目的`,
 * `3.2.1 预警发布` (the number, a space, the part's name) open parts the outline reads as headings,
 * and the number is their marker, no count: a figure the scanner read from it (`1.1`, or `3 组` with
 * the name's first character taken for a unit) is dropped, and what it ran past the marker is read
 * again as above.
 *
 * A figure read wholly from a heading's marker is the marker itself, and goes: the `1` of a `1.`
 * the outline found inside a paragraph (a PDF's text run together, `方案目标1. 提高…2. 优化…`),
 * where the scanner, seeing no line start, read the digit as a count.
 */
import type { Outline } from '../types';
import { FigureScanner, type RawFigure } from './extract';
import { isAsciiDigit, isLeaderDot } from './scan';

const DOT_MARKER = /^[0-9０-９]{1,3}[.．]$/;
/** `1`, `1.1`, `2.3.1`: a section number as the outline gives it for a heading's marker. */
const SECTION_MARKER = /^[0-9]{1,2}(?:[.．][0-9]{1,2}){0,3}$/;

/** Raw figures with markers taken out of them (linear: one map of heading starts, one pass). */
export function splitMarkerFigures(text: string, raw: RawFigure[], outline: Outline | undefined): RawFigure[] {
  return withMarkersOut(text, dropSectionLineNumbers(text, raw), outline);
}

function withMarkersOut(text: string, raw: RawFigure[], outline: Outline | undefined): RawFigure[] {
  const hs = outline?.headings;
  if (!hs || !hs.length || !raw.length) return raw;
  raw = withoutLabelNumbers(text, raw, hs);
  const markerEnd = new Map<number, number>();
  for (const h of hs) {
    if (DOT_MARKER.test(h.marker)) markerEnd.set(h.start, h.start + h.marker.length);
    else if (!h.inline && SECTION_MARKER.test(h.marker) && isSpaceCode(text.charCodeAt(h.start + h.marker.length))) {
      markerEnd.set(h.start, h.start + h.marker.length);
    }
  }
  if (!markerEnd.size) return raw;
  let changed = false;
  const out: RawFigure[] = [];
  for (let k = 0; k < raw.length; k++) {
    const r = raw[k];
    const after = markerEnd.get(r.start);
    if (after === undefined || r.end <= after) {
      if (after !== undefined) changed = true;
      else out.push(r);
      continue;
    }
    changed = true;
    // The rest of the line, so the figure is read with what follows it (`2019年` then text).
    let lineEnd = r.end;
    while (lineEnd < text.length && text[lineEnd] !== '\n' && text[lineEnd] !== '\r') lineEnd++;
    const limit = k + 1 < raw.length ? Math.min(raw[k + 1].start, lineEnd) : lineEnd;
    for (const s of new FigureScanner(text.slice(after, lineEnd)).run()) {
      s.start += after;
      s.end += after;
      if (s.start >= r.end || s.end > limit) break;
      out.push(s);
    }
  }
  return changed ? out : raw;
}

/** A marker holding a number after a label (`题目1`, `论文01：`, `Part 2`). */
const LABEL_NUMBER_MARKER = /^[^0-9０-９\s]{1,6}[ ]?[0-9０-９]{1,3}[：:.、]?$/;
/** A marker that is a number alone (`01`, `02`). */
const BARE_NUMBER_MARKER = /^[0-9０-９]{1,3}$/;

/**
 * A heading's marker is its number, no count (ANNOTATION.md: list markers are not figures): a
 * figure read wholly inside a label's marker (`**题目1**`, `论文01：`) goes, and so does a bare
 * number the page set in bold or italics as a heading of its own (a copied WeChat article's
 * `**02**` over each part). A bare number on a plain line (`001` over a piece of a collection)
 * stays, as the golds read it (a piece number, kind other).
 */
function withoutLabelNumbers(text: string, raw: RawFigure[], hs: Outline['headings']): RawFigure[] {
  let out: RawFigure[] | null = null;
  let k = 0;
  for (const h of hs) {
    const m = h.marker;
    if (!m || m.length > 12) continue;
    const emphasised = text[h.start - 1] === '*' || text[h.start - 1] === '_';
    if (!(LABEL_NUMBER_MARKER.test(m) || (emphasised && BARE_NUMBER_MARKER.test(m)))) continue;
    if (!text.startsWith(m, h.start)) continue;
    const end = h.start + m.length;
    while (k < raw.length && raw[k].start < h.start) {
      if (out) out.push(raw[k]);
      k++;
    }
    while (k < raw.length && raw[k].start < end) {
      if (raw[k].start >= h.start && raw[k].end <= end) out ??= raw.slice(0, k);
      else if (out) out.push(raw[k]);
      k++;
    }
  }
  if (!out) return raw;
  while (k < raw.length) out.push(raw[k++]);
  return out;
}

/** A space or a tab (ASCII or ideographic) after a section number parts it from the part's name. */
function isSpaceCode(c: number): boolean {
  return c === 32 || c === 9 || c === 0x3000 || c === 0xa0;
}

/**
 * A section-number line: `6.1 人力资源保障`, `3.2.1　预警发布` — a dotted number, a space, a short
 * name and nothing else (no clause mark, no digit; a page number may close a contents entry).
 */
const SECTION_LINE = /^[ \t\u3000]*[0-9]{1,2}(?:[.．][0-9]{1,2}){1,3}[ \t\u3000]+[\u3400-\u9fff][^，。；：、,;:！？!?0-9]{0,30}?(?:[ \t\u3000.．…·]*[0-9]{1,3})?[ \t\u3000]*$/;
/** Longest line SECTION_LINE is tried on. */
const SECTION_LINE_MAX = 48;

/**
 * A contents list or a plan's outline copied from a PDF sets its sections one a line, numbered
 * `1.1 编制目的` / `1.2 编制依据`: where the outline reads no heading on such a line (a table of
 * contents whose `目录` was lost, parts the copy left without text), the number is still the
 * section's marker, no count. A figure at the start of a section-number line goes when the line
 * above or below it (blank lines aside) is one too: a lone `1.5 万元` on its line stays.
 */
function dropSectionLineNumbers(text: string, raw: RawFigure[]): RawFigure[] {
  let out: RawFigure[] | null = null;
  for (let k = 0; k < raw.length; k++) {
    const r = raw[k];
    const drop = atLineStart(text, r.start) && sectionNumberLine(text, r.start);
    if (drop) {
      out ??= raw.slice(0, k);
    } else if (out) out.push(r);
  }
  return out ?? raw;
}

/** Whether only spaces stand between the line's start and p. */
function atLineStart(text: string, p: number): boolean {
  let q = p - 1;
  while (q >= 0 && q > p - 8 && (text.charCodeAt(q) === 32 || text.charCodeAt(q) === 9 || text.charCodeAt(q) === 0x3000)) q--;
  return q < 0 || text.charCodeAt(q) === 10 || text.charCodeAt(q) === 13;
}

/**
 * Whether the line holding p opens on a section number that is no quantity: a section-number line
 * beside another one, or a contents entry (its dot leader closing on a page number) beside another
 * entry of the list — a contents line may number its part with a lone `3` (`3 组织实施……22`), and
 * its neighbour may be an entry numbered in words (`第三章 保障措施……20`).
 */
function sectionNumberLine(text: string, p: number): boolean {
  const here = sectionLineAt(text, p);
  if (here === 0) return false;
  const prev = prevLineStart(text, p);
  const next = nextLineStart(text, p);
  if (sectionLineAt(text, prev) !== 0 || sectionLineAt(text, next) !== 0) return true;
  return here === 2 && (leaderEntryAt(text, prev) || leaderEntryAt(text, next));
}

/** Longest line a contents entry is looked for on (its dot leader may be long). */
const ENTRY_LINE_MAX = 200;

/**
 * Whether the line holding p (from its start) is a section-number line: 0 no, 1 a section-number
 * line, 2 a contents entry whose dot leader and page number close it. The leader is left out of the
 * length (a leader of ASCII dots runs long: `2.1 发展目标 ........................ 12`), and an entry
 * may number its part without a dot (`3 组织实施…………22`): the leader says it is a contents line.
 */
function sectionLineAt(text: string, p: number): 0 | 1 | 2 {
  if (p < 0) return 0;
  let a = p;
  while (a > 0 && a > p - 8 && text.charCodeAt(a - 1) !== 10) a--;
  let e = p;
  while (e < text.length && e - a <= ENTRY_LINE_MAX && text.charCodeAt(e) !== 10 && text.charCodeAt(e) !== 13) e++;
  if (e - a > ENTRY_LINE_MAX) return 0;
  const c = text.charCodeAt(a + leadingSpaces(text, a));
  if (c < 48 || c > 57) return 0;
  const tail = e - a > SECTION_LINE_MAX || isAsciiDigit(text.charCodeAt(lastVisible(text, a, e))) ? leaderTailStart(text, a, e) : -1;
  const line = text.slice(a, tail >= 0 ? tail : e);
  if (line.length > SECTION_LINE_MAX) return 0;
  if (!(tail >= 0 ? CONTENTS_ENTRY : SECTION_LINE).test(line)) return 0;
  // (a name opening with a unit's character is a quantity's unit unless words go on after it:
  // `1.5 人次` is a count, `6.1 人力资源保障` a section, as the outline reads them: outline/markers.ts)
  const name = /[\u3400-\u9fff][^ \t\u3000.．…·0-9]*/.exec(line.slice(line.search(/[ \t\u3000][\u3400-\u9fff]/) + 1));
  if (!name) return 0;
  const n0 = name[0];
  if ('万亿千百'.includes(n0[0])) return 0;
  if ('元年月日号號个個次人户戶岁歲倍'.includes(n0[0]) && !/^[\u3400-\u9fff、]{4,30}$/.test(n0)) return 0;
  return tail >= 0 ? 2 : 1;
}

/** A contents entry before its leader: a section number, dotted or not, a space and the part's name. */
const CONTENTS_ENTRY = /^[ \t\u3000]*[0-9]{1,2}(?:[.．][0-9]{1,2}){0,3}[ \t\u3000]+[\u3400-\u9fff][^，。；：、,;:！？!?0-9]{0,30}$/;

/** Whether the line starting at a (a line start, or -1) closes on a dot leader and a page number. */
function leaderEntryAt(text: string, a: number): boolean {
  if (a < 0) return false;
  let e = a;
  while (e < text.length && e - a <= ENTRY_LINE_MAX && text.charCodeAt(e) !== 10 && text.charCodeAt(e) !== 13) e++;
  return e - a <= ENTRY_LINE_MAX && leaderTailStart(text, a, e) > a;
}

/**
 * Where a line [a, e) ends in a contents entry's tail — a run of six or more leader characters
 * (. ． · … ⋯), blanks, a page number of one to three ASCII digits, blanks — or -1. Read backwards
 * by code: one step per character of the tail.
 */
function leaderTailStart(text: string, a: number, e: number): number {
  let k = e;
  while (k > a && isSpaceCode(text.charCodeAt(k - 1))) k--;
  let digits = 0;
  while (k > a && isAsciiDigit(text.charCodeAt(k - 1))) { k--; digits++; }
  if (digits < 1 || digits > 3) return -1;
  while (k > a && isSpaceCode(text.charCodeAt(k - 1))) k--;
  let dots = 0;
  while (k > a && isLeaderDot(text.charCodeAt(k - 1))) { k--; dots++; }
  if (dots < 6) return -1;
  while (k > a && isSpaceCode(text.charCodeAt(k - 1))) k--;
  return k;
}

/** The last character of [a, e) that is no blank (a if there is none). */
function lastVisible(text: string, a: number, e: number): number {
  let k = e - 1;
  while (k > a && isSpaceCode(text.charCodeAt(k))) k--;
  return k;
}

function leadingSpaces(text: string, a: number): number {
  let k = 0;
  while (k < 8 && (text.charCodeAt(a + k) === 32 || text.charCodeAt(a + k) === 9 || text.charCodeAt(a + k) === 0x3000)) k++;
  return k;
}

/** Start of the nearest non-blank line above the line holding p (within 400 characters), or -1. */
function prevLineStart(text: string, p: number): number {
  let a = p;
  while (a > 0 && text.charCodeAt(a - 1) !== 10) a--;
  const stop = Math.max(0, a - 400);
  let q = a - 1; // the line break ending the line above
  while (q > stop) {
    let s = q;
    while (s > 0 && text.charCodeAt(s - 1) !== 10) s--;
    if (text.slice(s, q).trim() !== '') return s;
    q = s - 1;
  }
  return -1;
}

/** Start of the nearest non-blank line below the line holding p (within 400 characters), or -1. */
function nextLineStart(text: string, p: number): number {
  let e = p;
  while (e < text.length && text.charCodeAt(e) !== 10) e++;
  const stop = Math.min(text.length, e + 400);
  let s = e + 1;
  while (s < stop) {
    let t = s;
    while (t < text.length && text.charCodeAt(t) !== 10) t++;
    if (text.slice(s, t).trim() !== '') return s;
    s = t + 1;
  }
  return -1;
}
