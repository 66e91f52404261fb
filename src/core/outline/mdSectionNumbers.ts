/**
 * Section numbers a PDF-to-Markdown converter left in a form the line-start matchers do not read:
 * a standard's or a paper's clause number that is the heading's whole text (`## 3.1`, the term it
 * defines on the next line), a number whose dots the converter lost (`# 3 1` for 3.1, `# 3 1 术语`),
 * and a paper's introduction numbered 0 (`# 0 引言`). Such a number is the heading's marker (the
 * heading is one already; docs/testing.md: "A number that opens an ATX heading is its marker"), but
 * only where it stands in the document's own sequence of numbered headings: it is the first child of
 * the numbered heading before it (`3.1` or `3 1` after `3 术语和定义`) or the next number after it at
 * some depth (`3 2` after `3 1`, `3.11` after `3.10`); the first number is placed by the next one
 * (`# 0 引言` by `# 1 方法`). A version (`## 1.2.3` after `## 1.2.4`), a year or a count (`# 2024 年`,
 * `# 3 15万人`) stands in no such sequence, and a number alone or with lost dots needs its chapter
 * numbered with a title above it (`# 3 术语和定义` over `# 3 1`). The same sequence places a number with its title that
 * the line-start matchers leave (`# 1 方法`: `一 方面` keeps them from 方).
 */
import type { MarkerMatch, RunKind } from './markers';
import { isAsciiDigit } from '../text/digits';

/** A heading's text, from where its words start (past `#`s and container marks) to its line's end. */
export interface HeadingText {
  start: number;
  end: number;
}

interface SectionNumber {
  parts: number[];
  /** Offset past the number. */
  numEnd: number;
  /** Offset where the title starts (the line's end when there is none). */
  titleStart: number;
  /** A weak form: the number alone, lost dots, 0, or a unit-like word after it; it never sets the sequence unless taken. */
  unread: boolean;
}

const KINDS: RunKind[] = ['decimal-1', 'decimal-2', 'decimal-3', 'decimal-4'];
/**
 * What after a number may make it a quantity or a date (`# 10 万人`, `# 2 年来`): such a number is
 * taken only in sequence and never sets it (`# 6 元数据` after `# 5 数据格式` is clause 6).
 */
const UNIT_NEXT = '万亿千百元年月日号個个次人户岁届期名家所座倍成周季度楼米吨%％';


function isBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 0x3000 || c === 0xa0;
}

function isCjk(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf);
}

/** One or two digits at p: their value and the offset past them, or null (none, or three or more). */
function readPart(text: string, p: number, end: number): [number, number] | null {
  let q = p;
  while (q < end && q - p < 3 && isAsciiDigit(text.charCodeAt(q))) q++;
  if (q === p || q - p > 2) return null;
  return [Number(text.slice(p, q)), q];
}

/**
 * The section number opening a heading's text: parts of one or two digits joined by `.` (`3.1`) or,
 * where the dots were lost, by single blanks (`3 1`), never both; then the line's end, or blanks
 * and a title opening with a Chinese character (straight after a dotted number too, `1.1局部`).
 */
function readSectionNumber(text: string, pos: number, end: number): SectionNumber | null {
  let e = end;
  while (e > pos && (isBlank(text.charCodeAt(e - 1)) || text.charCodeAt(e - 1) === 13)) e--;
  const first = readPart(text, pos, e);
  if (!first) return null;
  const parts = [first[0]];
  let p = first[1];
  let sep = 0;
  while (parts.length < 4 && p + 1 < e) {
    const c = text.charCodeAt(p);
    if ((c !== 46 && c !== 32) || (sep !== 0 && c !== sep) || !isAsciiDigit(text.charCodeAt(p + 1))) break;
    const next = readPart(text, p + 1, e);
    // (a blank-joined part ends at the line's end or a blank: `3 1 术语`, not `3 15万`)
    if (!next || (c === 32 && next[1] < e && !isBlank(text.charCodeAt(next[1])))) break;
    sep = c;
    parts.push(next[0]);
    p = next[1];
  }
  // (parts after the first count from 1: `1.0`, `2.1.0` are versions)
  for (let i = 1; i < parts.length; i++) if (parts[i] === 0) return null;
  const numEnd = p;
  let t = p;
  while (t < e && isBlank(text.charCodeAt(t))) t++;
  let unit = false;
  let latin = false;
  if (t < e) {
    const c = text.charCodeAt(t);
    // (a title may open with a Latin word, `## 01 Agent 越强…` in a copy of a WeChat article, where a
    // blank parts it from a lone number and the title holds Chinese: weak, taken only in sequence)
    latin = !isCjk(c) && isLatinTitle(text, parts.length, numEnd, t, e);
    if (!isCjk(c) && !latin) return null;
    unit = UNIT_NEXT.includes(text[t]);
    if (t === numEnd && sep === 32) return null; // (`3 1术语`: blank-joined parts stand apart from words; `1基于…`, `1.1局部` may run on)
  }
  const alone = t >= e;
  const lostDots = sep === 32;
  const zero = parts.length === 1 && parts[0] === 0;
  // (one number alone on a heading is a page's number or a cell as often as a chapter's)
  if (alone && parts.length === 1) return null;
  return { parts, numEnd, titleStart: t, unread: alone || lostDots || zero || unit || latin };
}

/** A title opening with a Latin word after a lone number and a blank, holding Chinese further on. */
function isLatinTitle(text: string, nParts: number, numEnd: number, t: number, e: number): boolean {
  if (nParts !== 1 || t === numEnd || !/[A-Za-z]/.test(text[t])) return false;
  for (let p = t + 1; p < e; p++) if (isCjk(text.charCodeAt(p))) return true;
  return false;
}

/** Whether `parts` comes right after `prev` in a decimal numbering: its first child, or the next number at some depth. */
function follows(prev: number[], parts: number[]): boolean {
  const n = parts.length;
  for (let i = 0; i < n - 1; i++) if (i >= prev.length || parts[i] !== prev[i]) return false;
  if (n === prev.length + 1) return parts[n - 1] === 1;
  return n <= prev.length && parts[n - 1] === prev[n - 1] + 1;
}

export interface MdSections {
  /** Markers for the section numbers the line-start matchers leave, keyed by where the heading's text starts. */
  markers: Map<number, MarkerMatch>;
  /**
   * Headings that are the name a number alone on the heading before names (`## 3.5` / `## 企业分层编码
   * company classification code`: the converter set the term's line as a heading too): the entry's
   * text, not a part of its own. Keyed like `markers`.
   */
  names: Set<number>;
}

/** The section numbers of the given headings (in text order) that the line-start matchers leave. */
export function mdSectionNumbers(text: string, headings: readonly HeadingText[]): MdSections {
  const out = new Map<number, MarkerMatch>();
  const names = new Set<number>();
  const nums: Array<SectionNumber | null> = headings.map((h) => readSectionNumber(text, h.start, h.end));
  let prev: number[] | null = null;
  // chapters numbered with a title (`# 3 术语和定义`): a weak number of two parts or more needs its chapter
  // (`## 1.1`, `## 1.2` alone on the headings of a change log are versions, with no `## 1 …` over them)
  const chapters = new Set<number>();
  for (let i = 0; i < nums.length; i++) {
    const s = nums[i];
    if (!s) continue;
    if (s.unread && s.parts.length >= 2 && !chapters.has(s.parts[0])) continue;
    let take = prev !== null && follows(prev, s.parts);
    if (prev === null) {
      // (the first number: placed by the next one following it, `# 0 引言` by `# 1 方法`)
      let next: SectionNumber | null = null;
      for (let j = i + 1; j < nums.length && !next; j++) next = nums[j];
      take = next !== null && follows(s.parts, next.parts);
    }
    if (take) {
      const h = headings[i];
      out.set(h.start, {
        family: 'arabic-dot',
        kind: KINDS[s.parts.length - 1],
        ordinal: s.parts[s.parts.length - 1],
        length: s.numEnd - h.start,
        titleStart: s.titleStart,
      });
      // (the heading right after a number alone, only blank lines between, with no number of its own)
      const n = headings[i + 1];
      if (isAloneAt(text, s, h) && n && !nums[i + 1] && /^[\s#]*$/.test(text.slice(h.end, n.start))) names.add(n.start);
    }
    // (a number alone, with lost dots or 0 out of sequence leaves the sequence as it was)
    if (!s.unread || take) prev = s.parts;
    if (s.parts.length === 1 && (!s.unread || take)) chapters.add(s.parts[0]);
  }
  return { markers: out, names };
}

/** The heading's text is its number alone. */
function isAloneAt(text: string, s: SectionNumber, h: HeadingText): boolean {
  for (let p = s.numEnd; p < h.end; p++) if (!isBlank(text.charCodeAt(p)) && text.charCodeAt(p) !== 13) return false;
  return true;
}
