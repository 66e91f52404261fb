/**
 * Marker recognisers: given a position, say whether a numbering marker of one of DESIGN.md's
 * families starts there. Every recogniser reads a bounded number of characters, so scanning a
 * line of any length stays linear.
 */
import type { MarkerFamily } from '../types';
import { labelledPieceTitle } from './compilationItems';
import {
  parseChineseInteger, circledValue, parenArabicValue, parenChineseValue, CIRCLED_CHARS, PAREN_ARABIC_CHARS, PAREN_CHINESE_CHARS,
} from '../text/numerals';
import { blankEntityAt } from './htmlLines';
import { dingbatNumeralValue, keycapAt } from '../text/emoji';
import { firstAtOrAbove } from '../text/lines';
import { atxPrefix } from '../text/markdownAtx';
import { isDigitCode } from '../text/digits';

/**
 * Families split further where two kinds of the same family must not share a run:
 * `第一章` and `第一，` are both `di`, but a chapter never continues a speech ordinal.
 */
export type RunKind =
  | 'cn-dun' | 'cn-bare' | 'cn-paren' | 'arabic-dot' | 'arabic-paren' | 'circled'
  | 'di-part' | 'di-subpart' | 'di-chapter' | 'di-section' | 'di-article' | 'di-clause' | 'di-item' | 'di-comma'
  | 'shi' | 'yao' | 'kan' | 'qi' | 'shouxian' | 'stem' | 'keycap' | 'dingbat' | 'cn-half' | 'arabic-half'
  | 'decimal-1' | 'decimal-2' | 'decimal-3' | 'decimal-4';

export interface MarkerMatch {
  family: MarkerFamily;
  kind: RunKind;
  /** The number the marker states; for 最后 it is 0 ("whatever comes last"). */
  ordinal: number;
  /** Marker length in UTF-16 units (includes a stray separator such as the 、 of `（一）、`). */
  length: number;
  /** Offset where the title text starts (after the marker and its separator). */
  titleStart: number;
}

/** Structural families of GB/T 9704 (and the 第N章-type forms): nest by rank, line start only. */
export const STRUCTURAL_RANK: Partial<Record<RunKind, number>> = {
  'di-part': 1,
  'di-subpart': 2,
  'di-chapter': 3,
  'di-section': 4,
  'di-article': 5,
  // 第一款　… / 第一项　…: an agreement's or a treaty's clauses and items under its articles, and the
  // headings of a commentary (释义) on an article's paragraphs; written with a blank after them
  'di-clause': 5.3,
  'di-item': 5.5,
  'cn-dun': 6,
  'cn-bare': 6.5,
  'cn-paren': 7,
  // 一） 二）: the closing bracket alone (范文 pages, 公众号 articles), a run of its own under （一）
  'cn-half': 7.2,
  stem: 7.5,
  // 1 总则 / 1.1 编制目的 / 1.1.1 …: the section numbers of emergency plans, standards, feasibility
  // reports and writing guides, a level per depth; under 一、 where both stand, above 1. and （1）
  'decimal-1': 7.6,
  'decimal-2': 7.7,
  'decimal-3': 7.8,
  'decimal-4': 7.9,
  'arabic-dot': 8,
  // 1️⃣ 2️⃣ and ❶ ❷ ➊ ➀: the lists of AI-written reports and 公众号 articles, between 1. and （1）
  keycap: 8.5,
  dingbat: 8.6,
  'arabic-paren': 9,
  // 1） 2) — the closing bracket alone, the items under 1. (or under （1） where both stand)
  'arabic-half': 9.5,
  circled: 10,
};

/** The divisions of a statute above its articles: 编 (分编), 章, 节. */
export function isDivision(kind: RunKind | null): boolean {
  return kind === 'di-part' || kind === 'di-subpart' || kind === 'di-chapter' || kind === 'di-section';
}

export function isStructural(kind: RunKind): boolean {
  return STRUCTURAL_RANK[kind] !== undefined;
}

/** A section number of the decimal scheme (`1 总则`, `1.1 编制目的`): matchDecimal placed it in the text's scheme already. */
export function isDecimalKind(kind: RunKind | null): boolean {
  return kind === 'decimal-1' || kind === 'decimal-2' || kind === 'decimal-3' || kind === 'decimal-4';
}

const CN_NUM = '〇零一二三四五六七八九十百两';
const CN_SMALL = '一二三四五六七八九十';

/*
 * Character classes are looked up by UTF-16 code in one table: the recognisers run at every line
 * start and inline candidate, and `text[p]` builds a new one-character string for every CJK
 * character read.
 */
const CLASS = new Uint8Array(65536);
const C_BOUNDARY = 1; // clause boundary before an inline marker
const C_INLINE = 2; // may start an inline marker
const C_LINE = 4; // may start a line-start marker
const C_CN_NUM = 8; // Chinese numeral character of a marker
const C_SEPARATOR = 16; // skipped between a marker and its title
function mark(chars: string, bit: number): void {
  for (const c of chars) CLASS[c.charCodeAt(0)] |= bit;
}
function isCnNumCode(code: number): boolean {
  return (CLASS[code] & C_CN_NUM) !== 0;
}
/** CJK Unified Ideographs (the title text after a `1。` marker). */
function isCjkCode(code: number): boolean {
  return code >= 0x4e00 && code <= 0x9fff;
}
function digitValue(code: number): number {
  return code >= 0xff10 ? code - 0xff10 : code - 48;
}

/** Characters skipped between a marker and its title: ，、, space, tab, U+3000, U+00A0. */
mark('，、, \t\u3000\u00a0', C_SEPARATOR);
const COLON = 0xff1a; // ：

/**
 * Past the separators after a marker. A Markdown or HTML copy writes the blank there as an
 * entity (`第一条&emsp;为了…`, `## 第一章&emsp;总则`): the reader sees a space, so up to four
 * blank entities are passed over too (their `;` is no stop of the title).
 */
function skipSeparators(text: string, pos: number, end: number, colonToo = false): number {
  let p = pos;
  let entities = 0;
  while (p < end && p - pos < 8 + 8 * entities) {
    const code = text.charCodeAt(p);
    if ((CLASS[code] & C_SEPARATOR) !== 0 || (colonToo && (code === COLON || code === 58))) p++;
    else if (code === 38 && entities < 4) {
      const n = blankEntityAt(text, p, end);
      if (n === 0) break;
      p += n;
      entities++;
    } else break;
  }
  return p;
}

/** 一…九 (and 两) by code; 0 for anything else. */
const SMALL_DIGIT = new Uint8Array(65536);
'一二三四五六七八九'.split('').forEach((c, i) => { SMALL_DIGIT[c.charCodeAt(0)] = i + 1; });
SMALL_DIGIT['两'.charCodeAt(0)] = 2;
const TEN = 0x5341; // 十
const HUNDRED = 0x767e; // 百
const THOUSAND = 0x5343; // 千

/** 一…九十九 without allocation; anything else goes to the general parser. */
function quickValue(text: string, pos: number, len: number): number | null {
  const a = text.charCodeAt(pos);
  if (len === 1) return a === TEN ? 10 : SMALL_DIGIT[a] || null;
  const b = text.charCodeAt(pos + 1);
  if (len === 2) {
    if (a === TEN) return SMALL_DIGIT[b] ? 10 + SMALL_DIGIT[b] : null;
    if (b === TEN) return SMALL_DIGIT[a] ? 10 * SMALL_DIGIT[a] : null;
    if (b === HUNDRED || b === THOUSAND) return SMALL_DIGIT[a] ? (b === HUNDRED ? 100 : 1000) * SMALL_DIGIT[a] : null;
    return null;
  }
  const c = text.charCodeAt(pos + 2);
  if (len === 3 && b === TEN && SMALL_DIGIT[a] && SMALL_DIGIT[c]) return 10 * SMALL_DIGIT[a] + SMALL_DIGIT[c];
  return parseChineseInteger(text.slice(pos, pos + len));
}

/** Reads a run of Chinese numeral characters (at most `max`) and its value; `thousands` admits 千 (第一千二百条). */
function readCnNumber(text: string, pos: number, end: number, max = 5, thousands = false): { len: number; value: number } | null {
  let p = pos;
  while (p < end && p - pos < max && (isCnNumCode(text.charCodeAt(p)) || (thousands && text.charCodeAt(p) === THOUSAND))) p++;
  if (p === pos) return null;
  const value = quickValue(text, pos, p - pos);
  if (value === null || value <= 0) return null;
  return { len: p - pos, value };
}

function readArabic(text: string, pos: number, end: number, max = 3): { len: number; value: number } | null {
  let p = pos;
  let v = 0;
  while (p < end && p - pos < max + 1 && isDigitCode(text.charCodeAt(p))) {
    v = v * 10 + digitValue(text.charCodeAt(p));
    p++;
  }
  if (p === pos || p - pos > max || v <= 0) return null;
  return { len: p - pos, value: v };
}

function isOpenParen(code: number): boolean {
  return code === 0xff08 || code === 40; // （ (
}
function isCloseParen(code: number): boolean {
  return code === 0xff09 || code === 41; // ） )
}
/** A stray mark after a closing bracket, kept in the marker so checks can flag it (`（一）、`). */
function strayAfterBracket(code: number): boolean {
  return code === 0x3001 || code === 46 || code === 0xff0e; // 、 . ．
}

function make(
  family: MarkerFamily, kind: RunKind, ordinal: number, start: number, markerEnd: number,
  text: string, lineEnd: number, colonToo = false,
): MarkerMatch {
  return { family, kind, ordinal, length: markerEnd - start, titleStart: skipSeparators(text, markerEnd, lineEnd, colonToo) };
}

/** Markers that may stand at a line (paragraph) start: every family. */
export function matchLineStart(text: string, pos: number, lineEnd: number): MarkerMatch | null {
  if (pos >= lineEnd) return null;
  const code = text.charCodeAt(pos);
  if ((CLASS[code] & C_LINE) === 0) return null; // most lines: no marker can start here
  const c = text[pos];

  // （一） (一) （1） (1), mixed bracket widths too.
  if (isOpenParen(code)) {
    const cn = readCnNumber(text, pos + 1, lineEnd, 4);
    const ar = cn ? null : readArabic(text, pos + 1, lineEnd, 3);
    const num = cn ?? ar;
    if (num) {
      let p = pos + 1 + num.len;
      if (p < lineEnd && isCloseParen(text.charCodeAt(p))) {
        p++;
        if (p < lineEnd && strayAfterBracket(text.charCodeAt(p))) p++;
        return make(cn ? 'cn-paren' : 'arabic-paren', cn ? 'cn-paren' : 'arabic-paren', num.value, pos, p, text, lineEnd);
      }
    }
    if (text.charCodeAt(pos + 1) === STEP_BU || text.charCodeAt(pos + 1) === TI_TI) return matchStep(text, pos, lineEnd);
    return matchStem(text, pos, lineEnd);
  }
  if (code === STEP_BU || code === TI_TI) return matchStep(text, pos, lineEnd);
  const pc = parenChineseValue(c);
  if (pc !== null) {
    let p = pos + 1;
    if (p < lineEnd && strayAfterBracket(text.charCodeAt(p))) p++;
    return make('cn-paren', 'cn-paren', pc, pos, p, text, lineEnd);
  }
  const pa = parenArabicValue(c);
  if (pa !== null) {
    let p = pos + 1;
    if (p < lineEnd && strayAfterBracket(text.charCodeAt(p))) p++;
    return make('arabic-paren', 'arabic-paren', pa, pos, p, text, lineEnd);
  }
  const ci = matchCircled(text, pos, lineEnd);
  if (ci) return ci;
  const en = matchEnclosed(text, pos, lineEnd);
  if (en) return en;
  if (code === 0xd83d) return matchKeycap(text, pos, lineEnd); // 🔟
  const st = matchStem(text, pos, lineEnd);
  if (st) return st;

  // NO.1  标题 — a digest's numbered items (财经TOP10 NO.1…NO.10): NO. (or No.), a number of one
  // or two digits, then (after blanks) the title's CJK text, “, 《, 【 or a tag: not `No.1234`,
  // not an English `No.1 Blade`.
  if (c === 'N') {
    const o = text.charCodeAt(pos + 1);
    if ((o === 79 || o === 111) && (text[pos + 2] === '.' || text[pos + 2] === '．')) {
      const num = readArabic(text, pos + 3, lineEnd, 2);
      if (!num) return null;
      const p = pos + 3 + num.len;
      let q = p;
      while (q < lineEnd && q - p < 4 && (text.charCodeAt(q) === 32 || text.charCodeAt(q) === 0x3000 || text.charCodeAt(q) === 0xa0)) q++;
      const next = text.charCodeAt(q);
      if (q < lineEnd && (isCjkCode(next) || next === 60 || next === 0x201c || next === 0x300a || next === 0x3010)) {
        return make('arabic-dot', 'arabic-dot', num.value, pos, p, text, lineEnd);
      }
    }
    return null;
  }
  if (c === '第') {
    const m = matchDi(text, pos, lineEnd, true);
    if (m) return m;
    return null;
  }
  if (c === '上' || c === '下') return matchHalfPart(text, pos, lineEnd);

  // 1. 1． 1、 — not 1.5, but 1.2019年 is the marker 1. before a year.
  if (isDigitCode(code)) {
    const kc = code <= 57 ? matchKeycap(text, pos, lineEnd) : null;
    if (kc) return kc;
    const dec = code <= 57 ? matchDecimal(text, pos, lineEnd) : null;
    if (dec) return dec;
    const num = readArabic(text, pos, lineEnd, 3);
    if (!num) return null;
    const p = pos + num.len;
    const sep = text[p];
    if (sep === '.' || sep === '．' || sep === '、' || isStopLookalike(sep)) {
      const next = text.charCodeAt(p + 1);
      if (isDigitCode(next)) {
        // A year straight after the marker: four digits then 年.
        let q = p + 1;
        while (q < lineEnd && q - p <= 5 && isDigitCode(text.charCodeAt(q))) q++;
        // 1.2019年…, 1.2023“两会”…: four year digits then 年 or an opening quote or bracket
        const y = q - (p + 1) === 4 ? Number(text.slice(p + 1, q)) : 0;
        if (!(q - (p + 1) === 4 && (text[q] === '年' || (y >= 1900 && y <= 2099 && '“"《「（('.includes(text[q] ?? '\u0000') && q < lineEnd)))) return null;
      }
      if (p + 1 >= lineEnd) return null; // "2." alone on a line
      return make('arabic-dot', 'arabic-dot', num.value, pos, p + 1, text, lineEnd);
    }
    // 1）加强组织领导 / 1) 强化保障: the closing bracket alone, a list of 范文 pages and 公众号
    // articles (and of AI-written text). One or two digits, words straight after (1) 式, 1）2）,
    // 3)% are none).
    if ((sep === ')' || sep === '）') && num.len <= 2) return halfBracket(text, pos, p + 1, lineEnd, 'arabic-half', num.value);
    // 1。述职的自我性: pages typed with 。 for the full stop write the marker 1. that way too. Only
    // with CJK text straight after: 1。5 is a decimal, `1。` alone or `1。”` a sentence end.
    if (sep === '。' && num.len <= 2 && p + 1 < lineEnd && isCjkCode(text.charCodeAt(p + 1))) {
      return make('arabic-dot', 'arabic-dot', num.value, pos, p + 1, text, lineEnd);
    }
    return null;
  }

  if (isCnNumCode(code)) {
    const num = readCnNumber(text, pos, lineEnd, 4);
    if (!num) return null;
    const p = pos + num.len;
    const sep = text[p];
    // 一、 and its wrong forms 一， 一. 一． (recognised so the checks can flag them).
    if (sep === '、' || sep === '，' || sep === ',' || sep === '．' || sep === '.' || isStopLookalike(sep)) {
      if (p + 1 >= lineEnd) return null;
      const after = text[p + 1];
      // 一、二、三产业 — an enumeration of numerals, not a heading.
      if (isCnNumCode(text.charCodeAt(p + 1)) && (text[p + 2] === '、' || text[p + 2] === '，' || text[p + 2] === sep)) return null;
      if ((sep === '.' || sep === '．' || isStopLookalike(sep)) && isDigitCode(text.charCodeAt(p + 1))) return null;
      return make('cn-dun', 'cn-dun', num.value, pos, p + 1, text, lineEnd);
    }
    // 一）总体要求 / 二)主要任务: the closing bracket alone, as 1）
    if ((sep === ')' || sep === '）') && num.len <= 2) return halfBracket(text, pos, p + 1, lineEnd, 'cn-half', num.value);
    // 一 .总体要求, 二　、主要任务: a converter or a typist put a space before the mark; Chinese words
    // must follow it (一 . 5 is no marker).
    if ((sep === ' ' || sep === '\u3000') && num.len <= 2) {
      let q = p;
      while (q < lineEnd && q - p < 2 && (text[q] === ' ' || text[q] === '\u3000')) q++;
      const mark = text[q];
      if ((mark === '.' || mark === '．' || mark === '、') && q + 1 < lineEnd) {
        const t = skipSeparators(text, q + 1, lineEnd);
        if (t < lineEnd && isCjkCode(text.charCodeAt(t))) return make('cn-dun', 'cn-dun', num.value, pos, q + 1, text, lineEnd);
      }
    }
    const bare = bareSpaced(text, pos, p, lineEnd, num);
    if (bare) return bare;
  }
  return matchInline(text, pos, lineEnd);
}

/** A title ending on leaders set off by a blank and a page number, or on two dots or more (`… .. 3`, `… . 4`, `… ..`). */
const SHORT_LEADERS = /\s[.．](?:\s*[.．])*\s*[0-9]{1,3}$|\s[.．]\s*[.．](?:\s*[.．])*$/;
/** Longest title a section number's heading line may carry. */
const DECIMAL_TITLE_MAX = 30;
/** Characters that, right after a number, make it a figure and its unit (`1.5 亿元`, `2 万人`), not a section. */
const DECIMAL_UNIT_NEXT = '万亿千百元年月日号號个個次人户戶岁歲倍';

interface DecimalLine {
  /** The section number's parts (`1.2.3` → [1, 2, 3]). */
  parts: number[];
  /** Offset past the number (and the dot closing it, `1. 总则`). */
  end: number;
  /** Offset where the title starts. */
  titleStart: number;
  /** The line is a heading's (a short title ending it), not a numbered paragraph run in after the number. */
  heading: boolean;
}

/**
 * A section number opening a line at `pos` (line content ends at `lineEnd`): one to four parts of
 * one or two digits joined by `.` (`1`, `1.1`, `2.3.1`; a dot may close it before a blank), then
 * blanks or straight a Chinese character that is no unit (`1.5 亿元`, `2 万人`). `heading` when the
 * rest is a title ending the line: 2 to 30 characters with no clause or sentence mark in it (`、`
 * may stand in it; a question mark may end it) and no dot leaders; otherwise a numbered paragraph
 * runs in after the number (`1.3.1为有效处置各类突发事件，…`). Null for anything else.
 */
function readDecimalLine(text: string, pos: number, lineEnd: number): DecimalLine | null {
  const parts: number[] = [];
  let p = pos;
  for (;;) {
    let v = 0;
    const s = p;
    while (p < lineEnd && p - s < 3 && isDigitCode(text.charCodeAt(p)) && text.charCodeAt(p) <= 57) { v = v * 10 + text.charCodeAt(p) - 48; p++; }
    if (p === s || p - s > 2 || v === 0 && parts.length === 0) return null;
    parts.push(v);
    if (text.charCodeAt(p) === 46 && p + 1 < lineEnd && isDigitCode(text.charCodeAt(p + 1)) && text.charCodeAt(p + 1) <= 57 && parts.length < 4) { p++; continue; }
    break;
  }
  // (a mark may close the number: `2.1. 领导机构` before a blank; `1. 总则`, `1.总则`, `1、总则` after
  // a number of one part, which is then a section only by its place among the others: matchDecimal)
  const m = text.charCodeAt(p);
  if ((m === 46 || m === 0xff0e) && p + 1 < lineEnd && isBlankCode(text.charCodeAt(p + 1))) p++;
  else if (parts.length === 1 && (m === 46 || m === 0xff0e || m === 0x3001)) p++;
  const end = p;
  let t = p;
  while (t < lineEnd && t - end < 4 && (text.charCodeAt(t) === 32 || text.charCodeAt(t) === 0x3000 || text.charCodeAt(t) === 0xa0 || text.charCodeAt(t) === 9)) t++;
  if (t >= lineEnd || !isCjkCode(text.charCodeAt(t)) || DECIMAL_UNIT_NEXT.includes(text[t])) return null;
  let e = lineEnd;
  while (e > t && isBlankCode(text.charCodeAt(e - 1))) e--;
  // (a question may end the title: `1.1 为什么会写成流水账？`)
  const q0 = text[e - 1] === '？' || text[e - 1] === '?' ? e - 1 : e;
  if (q0 - t < 2) return null;
  // (a contents line whose leaders a converter cut short: `4.2 企业编码规则 .. 3`, `4.3 分配要求 . 4`)
  if (SHORT_LEADERS.test(text.slice(t, e))) return null;
  let heading = e - t <= DECIMAL_TITLE_MAX;
  for (let q = t; q < q0 && heading; q++) {
    const c = text[q];
    // (dot leaders: a table of contents' line, `1.1编制目的……3`)
    if ((c !== '、' && PROSE_MARKS.includes(c)) || c === '…' || c === '⋯' || (c === '.' && text[q + 1] === '.')) heading = false;
  }
  return { parts, end, titleStart: t, heading };
}

/** The section numbers opening the lines of one text, as `1`, `1.2`, `1.2.3` (see decimalScheme). */
interface DecimalScheme {
  /** Numbers opening heading lines. */
  heads: Set<string>;
  /** Numbers opening any line (headings and numbered paragraphs). */
  all: Set<string>;
  /** Where those numbers stand (the line's start past its indent). */
  allAt: Set<number>;
  /** The heading lines' starts, in text order, and their numbers. */
  at: number[];
  keyAt: string[];
  /** Entries of `at` that list the contents (see decimalScheme): no headings. */
  listed: Uint8Array;
}
/** The schemes of the texts last asked about (a parse may read a text and a view of it in turn). */
const schemeTexts: string[] = [];
const schemeKeys: Array<DecimalScheme | null> = [];
const SCHEME_CACHE = 4;
/**
 * Texts shorter than this are read each time and never kept: a caller that joins a few lines into
 * a string of its own (structure.ts brokenMarker, `1` / `总则…`) makes a new one per line, and
 * keeping those pushed the document out of the cache, which was then read whole again for its
 * next section number (quadratic: lin37). Reading a short text costs no more than making it.
 */
const SCHEME_KEEP_MIN = 1024;

/**
 * The section numbers that open lines of the text (readDecimalLine, at a line's start after up to
 * eight blanks), or null when the text shows no scheme of them: two heading lines numbered with
 * two parts or more counting on under the same parent (`1.1` and `1.2`, `3.2.1` and `3.2.2`). One
 * pass over the text's lines, kept for the text last asked about (one parse asks for every line of
 * one text).
 */
function decimalScheme(text: string): DecimalScheme | null {
  if (text.length < SCHEME_KEEP_MIN) return readScheme(text);
  // (the text last asked about first, and a text found moves last: one parse asks with the same
  // string each time, found at once by identity; an older text of the same length, the document
  // before an edit that kept its length, is compared whole only when the text asked about changes,
  // not at every section number: 32,000 of them after such a text took 4.7 s, alone 0.34 s: lin37)
  for (let k = schemeTexts.length - 1; k >= 0; k--) {
    if (schemeTexts[k] !== text) continue;
    const scheme = schemeKeys[k];
    if (k < schemeTexts.length - 1) {
      schemeTexts.splice(k, 1);
      schemeKeys.splice(k, 1);
      schemeTexts.push(text);
      schemeKeys.push(scheme);
    }
    return scheme;
  }
  const scheme = readScheme(text);
  if (schemeTexts.length >= SCHEME_CACHE) { schemeTexts.shift(); schemeKeys.shift(); }
  schemeTexts.push(text);
  schemeKeys.push(scheme);
  return scheme;
}

function readScheme(text: string): DecimalScheme | null {
  const keys = new Set<string>();
  const all = new Set<string>();
  const allAt = new Set<number>();
  const at: number[] = [];
  const keyAt: string[] = [];
  /** Whether a line with words stood between the heading line before and this one. */
  const wordsBefore: boolean[] = [];
  let words = false;
  /** The first heading line whose number an earlier one had, and that earlier one. */
  let repeat = -1;
  let first = -1;
  const index = new Map<string, number>();
  let pairs = false;
  let ls = 0;
  const n = text.length;
  while (ls < n) {
    let le = text.indexOf('\n', ls);
    if (le < 0) le = n;
    let p = ls;
    while (p < le && p - ls < 8 && isBlankCode(text.charCodeAt(p))) p++;
    // (a section number opening a Markdown heading, `### 1.1 目的`, is the heading's marker, as
    // `## 一、` is: the scheme reads it after the hashes)
    if (text.charCodeAt(p) === 35) p += atxPrefix(text, p, le);
    const c = text.charCodeAt(p);
    const d = c >= 49 && c <= 57 ? readDecimalLine(text, p, le) : null;
    if (d) { all.add(d.parts.join('.')); allAt.add(p); }
    if (d && d.heading) {
      const key = d.parts.join('.');
      keys.add(key);
      const seen = index.get(key);
      if (seen !== undefined && repeat < 0) { repeat = at.length; first = seen; }
      if (seen === undefined) index.set(key, at.length);
      at.push(p);
      keyAt.push(key);
      wordsBefore.push(words);
      words = false;
      if (d.parts.length >= 2) {
        const last = d.parts[d.parts.length - 1];
        const stem = d.parts.slice(0, -1).join('.');
        if (keys.has(`${stem}.${last - 1}`)) pairs = true;
      }
    } else {
      let q = p;
      while (q < le && isBlankCode(text.charCodeAt(q))) q++;
      if (q < le) words = true;
    }
    ls = le + 1;
  }
  // A list of the contents with no `目录` over it: the numbers start again (`1 总则` … `8.2 预案实施`,
  // then `1 总则` over the body), and the list's lines stand one after the other with no words
  // between them. Its lines name the parts; the body's lines open them.
  const listed = new Uint8Array(at.length);
  if (repeat > first + 1) {
    let list = true;
    for (let i = first + 1; i < repeat && list; i++) if (wordsBefore[i]) list = false;
    if (list) for (let i = first; i < repeat; i++) listed[i] = 1;
  }
  return pairs ? { heads: keys, all, allAt, at, keyAt, listed } : null;
}

/**
 * Whether the heading line `i` of the scheme, numbered with one part N, opens a top section: the
 * next numbered heading line is its first child `N.1`, or the one before closes section N−1 (a
 * `N−1.…` number, or N−1 itself when that is a top section: `4.信息报告` between `3.4.4` and
 * `5.` with no children). A list item `2. 项目管理` under `2.2` is neither. `depth` bounds the walk back.
 */
function topSection(scheme: DecimalScheme, i: number, depth: number): boolean {
  const key = scheme.keyAt[i];
  if (key.includes('.')) return false;
  const n = Number(key);
  if (i + 1 < scheme.keyAt.length && scheme.keyAt[i + 1] === `${n}.1`) return true;
  if (depth > 100) return false;
  // (or the next numbered heading line is N+1 and opens a top section: `1 范围` with no clause
  // under it before `2 报文结构` / `2.1 …`; looked at forward only from where the walk started,
  // a few numbers ahead, so that the walk back stays linear)
  if (depth === 0 && i + 1 < scheme.keyAt.length && scheme.keyAt[i + 1] === String(n + 1) && topSectionAhead(scheme, i + 1, 0)) return true;
  if (i === 0 || n < 2) return false;
  const prev = scheme.keyAt[i - 1];
  if (prev.startsWith(`${n - 1}.`)) return true;
  return prev === String(n - 1) && topSection(scheme, i - 1, depth + 1);
}

/** Numbers of one part the forward look passes before it gives up (a long childless list is no scheme). */
const AHEAD_MAX = 8;
/** topSection looking forward only: N's first child follows, or N+1 that does (at most AHEAD_MAX steps). */
function topSectionAhead(scheme: DecimalScheme, i: number, depth: number): boolean {
  const n = Number(scheme.keyAt[i]);
  if (scheme.keyAt[i].includes('.') || depth > AHEAD_MAX) return false;
  if (i + 1 < scheme.keyAt.length && scheme.keyAt[i + 1] === `${n}.1`) return true;
  return i + 1 < scheme.keyAt.length && scheme.keyAt[i + 1] === String(n + 1) && topSectionAhead(scheme, i + 1, depth + 1);
}

/**
 * `1 总则` / `1.1 编制目的` / `3.2.1 预警发布` at a line start: a section number of the decimal
 * scheme emergency plans, standards, feasibility reports and writing guides number their parts
 * with (kind `decimal-N`, N its parts). Taken only where the text shows the scheme
 * (decimalScheme) and the number has its place in it: a number of one part opens a top section
 * (topSection); a deeper one has a sibling just before or after it (`1.2` by `1.1` or `1.3`), a
 * first child, or is its parent's first child; a numbered paragraph (`1.3.1为有效处置…，…`) a sibling paragraph or heading. No
 * figure (`1.5 亿元`).
 */
function matchDecimal(text: string, pos: number, lineEnd: number): MarkerMatch | null {
  const d = readDecimalLine(text, pos, lineEnd);
  if (!d) return null;
  const scheme = decimalScheme(text);
  if (!scheme) return null;
  const key = d.parts.join('.');
  if (!scheme.allAt.has(pos)) return null; // (not a line's start the scan read: inside a line)
  const depth = d.parts.length;
  const last = d.parts[depth - 1];
  // a heading: placed by its first child or a sibling heading; a numbered paragraph (two parts or
  // more): by a sibling paragraph or heading, as `1.3.1…` by `1.3.2…` under the heading `1.3`
  const keys = d.heading ? scheme.heads : scheme.all;
  if (!d.heading && depth < 2) return null;
  let placed = false;
  let lo = 0;
  if (d.heading) {
    lo = firstAtOrAbove(scheme.at, pos);
    if (lo >= scheme.at.length || scheme.at[lo] !== pos || scheme.listed[lo]) return null; // (not a heading line the scan read, or a line of the contents' list)
  }
  // (a number of one part: a top section by its place, not a list item under one)
  if (depth === 1) placed = topSection(scheme, lo, 0);
  else if (d.heading) placed = keys.has(`${key}.1`);
  if (!placed && depth >= 2) {
    const stem = d.parts.slice(0, -1).join('.');
    // (or a heading that is its section's first child: `2.2.1 引入文件` under `2.2 接入`); and the
    // section's numbering starts at 1 (`3.15 召开动员会`, `3.16 …`: a timeline's days, no section)
    placed = (keys.has(`${stem}.${last - 1}`) || keys.has(`${stem}.${last + 1}`) || (d.heading && last === 1 && keys.has(stem))) &&
      (last === 1 || scheme.all.has(`${stem}.1`));
  }
  if (!placed) return null;
  const kind: RunKind = depth === 1 ? 'decimal-1' : depth === 2 ? 'decimal-2' : depth === 3 ? 'decimal-3' : 'decimal-4';
  return { family: 'arabic-dot', kind, ordinal: last, length: d.end - pos, titleStart: d.titleStart };
}

/**
 * A look-alike of the marker's stop that pages type or convert in its place: the small-form
 * full stop and enumeration comma of the CJK compatibility block (`1﹒` `一﹑`, input methods of
 * older pages and Word's “small” forms) and the half-width enumeration comma (`三､`, from texts
 * converted out of Big5 or Shift-JIS code pages). Each stands only for a stop, never for a decimal
 * point or a word, so at a line start after a number it reads as `.` / `、`; the runs still ask for
 * the numbers to count on as for any marker. (Not the middle dot: `5·12` names a day.)
 */
function isStopLookalike(c: string | undefined): boolean {
  return c === '\ufe52' || c === '\ufe51' || c === '\uff64';
}

/** Characters that make a word with the numeral before them (`一 是`, `一 年来` typed with a space): no title. */
const BARE_WORD_NEXT = '是要年方些个個次直定般起样樣切同味律致向旦道边邊层層点點项項条條月日号號时時分秒';
/** Longest title (line rest) a bare numeral's heading line may carry. */
const BARE_TITLE_MAX = 30;

/**
 * A bare numeral as a part's marker, its line a short heading (the runs take it only counting on
 * without a gap, kind `cn-bare` like a numeral alone on its line):
 * - `一 调研背景`, `## 一　中国人民的基本要求`: one or two numerals (1–20), blanks, then a short
 *   title that ends the line with no clause or sentence mark in it, not letter-spaced (`四 月 十 七
 *   日` is a date), not a word made with the numeral (`一 年来`);
 * - `一:` / `二：` alone on the line, or over a short title ending the line or at a colon
 *   (`一:包装:`): a compilation's items, a guide's parts.
 */
function bareSpaced(text: string, pos: number, p: number, lineEnd: number, num: { len: number; value: number }, inHeading = false): MarkerMatch | null {
  if (num.len > 2 || num.value < 1 || num.value > 20) return null;
  const sep = text.charCodeAt(p);
  if (sep === 58 || sep === COLON) {
    let e = lineEnd;
    while (e > p + 1 && isBlankCode(text.charCodeAt(e - 1))) e--;
    if (e === p + 1) return { family: 'cn-dun', kind: 'cn-bare', ordinal: num.value, length: p + 1 - pos, titleStart: e };
    let t = p + 1;
    while (t < e && isBlankCode(text.charCodeAt(t))) t++;
    if (!titleOpening(text, t, e)) return null;
    if (inHeading) return e - t >= 2 ? { family: 'cn-dun', kind: 'cn-bare', ordinal: num.value, length: p + 1 - pos, titleStart: t } : null;
    let q = t;
    while (q < e && q - t <= BARE_TITLE_MAX && !PROSE_MARKS.includes(text[q])) q++;
    if (q - t > BARE_TITLE_MAX || q - t < 2) return null;
    // (the title ends the line, or a colon ends it: `一:包装:` over its paragraph)
    if (q < e && !((text[q] === ':' || text[q] === '：') && q + 1 === e)) return null;
    return { family: 'cn-dun', kind: 'cn-bare', ordinal: num.value, length: p + 1 - pos, titleStart: t };
  }
  if (sep !== 32 && sep !== 0x3000) return null;
  let t = p;
  while (t < lineEnd && t - p < 4 && (text.charCodeAt(t) === 32 || text.charCodeAt(t) === 0x3000)) t++;
  if (t >= lineEnd || BARE_WORD_NEXT.includes(text[t])) return null;
  // (numerals after it: a date or a year letter-spaced, `二　〇　二　六`, `一 二 三`; `三 两条路线` is a title)
  if (isCnNumCode(text.charCodeAt(t)) && (t + 1 >= lineEnd || isCnNumCode(text.charCodeAt(t + 1)) || isBlankCode(text.charCodeAt(t + 1)))) return null;
  let e = lineEnd;
  while (e > t && isBlankCode(text.charCodeAt(e - 1))) e--;
  if (!titleOpening(text, t, e) || e - t < 2) return null;
  if (inHeading) return { family: 'cn-dun', kind: 'cn-bare', ordinal: num.value, length: p - pos, titleStart: t };
  if (e - t > BARE_TITLE_MAX) return null;
  let blanks = 0;
  for (let q = t; q < e; q++) {
    const code = text.charCodeAt(q);
    if (PROSE_MARKS.includes(text[q])) return null;
    if (code === 32 || code === 0x3000) blanks++;
  }
  // (letter-spaced: a blank after every other character)
  if (blanks * 2 >= e - t - 1) return null;
  return { family: 'cn-dun', kind: 'cn-bare', ordinal: num.value, length: p - pos, titleStart: t };
}

/**
 * A bare numeral opening a Markdown heading's text (`## 四　迁移顺序（风险升序，逐文件落）`, `### 五：样板`):
 * the line is a heading already, so its title may hold any mark or run long; the numeral and its
 * blank or colon are read as in bareSpaced.
 */
export function matchBareInHeading(text: string, pos: number, end: number): MarkerMatch | null {
  if (pos >= end || !isCnNumCode(text.charCodeAt(pos))) return null;
  const num = readCnNumber(text, pos, end, 4);
  if (!num) return null;
  return bareSpaced(text, pos, pos + num.len, end, num, true);
}

/**
 * A section number of one part opening a Markdown heading's text (`# 1 范围`, `# 2实例分析`): the
 * line is a heading already, so the number is its marker (docs/testing.md: "A number that opens an
 * ATX heading is its marker"), without the decimal scheme's evidence a plain line needs. One or two
 * digits, then blanks or a Chinese character; not a quantity or a date (`# 3个方面`, `# 2024 年度报告`,
 * `# 10 万人`: a measure word, a unit or a time word after it). A number of two parts or more still
 * asks the scheme (matchDecimal): `### 3.15 召开动员会` with no sibling is a day of March.
 */
export function matchDecimalInHeading(text: string, pos: number, end: number): MarkerMatch | null {
  let p = pos;
  while (p < end && p - pos < 3 && text.charCodeAt(p) >= 48 && text.charCodeAt(p) <= 57) p++;
  if (p === pos || p - pos > 2 || p >= end || text.charCodeAt(p) === 46) return null;
  const last = Number(text.slice(pos, p));
  if (last < 1) return null;
  let t = p;
  while (t < end && (text.charCodeAt(t) === 32 || text.charCodeAt(t) === 0x3000 || text.charCodeAt(t) === 9)) t++;
  if (t >= end || !isCjkCode(text.charCodeAt(t)) || HEADING_NUMBER_UNIT.includes(text[t])) return null;
  if (t + 1 >= end) return null; // (a title of one character is a word the number makes)
  return { family: 'arabic-dot', kind: 'decimal-1', ordinal: last, length: p - pos, titleStart: t };
}
/**
 * The pieces a course, a textbook or a how-to counts, after 第N in a Markdown heading: 单元 (a unit), 课
 * and 讲 (a lesson, a talk), 回, 步 (a step), 天 and 周 (a course's days and weeks), and the divisions
 * matchDi reads when no blank parts them from the number (章 节 篇 部分), each with the run kind its
 * level would take in plain text.
 */
const HEADING_PIECES: ReadonlyArray<readonly [string, RunKind]> = [
  ['单元', 'di-part'], ['單元', 'di-part'], ['部分', 'di-part'], ['篇', 'di-part'],
  ['章', 'di-chapter'], ['课', 'di-chapter'], ['課', 'di-chapter'], ['讲', 'di-chapter'], ['講', 'di-chapter'],
  ['回', 'di-chapter'], ['周', 'di-chapter'], ['天', 'di-chapter'],
  ['节', 'di-section'], ['節', 'di-section'], ['步', 'di-comma'],
];

/**
 * A piece numbered at the head of a Markdown heading's text (`#### 第 7 课 伟大的历史转折`, `### 第三单元
 * 中国特色社会主义道路`, `#### 第一课:为什么…`, `### 第1步 安装`, `#### 第二单元——多电梯调度`): the line is a
 * heading already, so the number is its marker (docs/testing.md: "A number that opens an ATX heading is
 * its marker"), though review notes and course outlines set blanks around the numeral and count pieces
 * (lessons, units, steps) a plain line leaves to prose. The piece word must end the marker: a blank, a
 * colon, a dash or the line's end after it (`### 第一单元小练习`, `## 第1课时` are names of other things).
 */
export function matchPieceInHeading(text: string, pos: number, end: number): MarkerMatch | null {
  if (text.charCodeAt(pos) !== 0x7b2c) return null; // 第
  let p = pos + 1;
  while (p < end && p - pos < 4 && isBlankCode(text.charCodeAt(p))) p++;
  const num = readCnNumber(text, p, end, 5) ?? readArabic(text, p, end, 3);
  if (!num) return null;
  p += num.len;
  while (p < end && p - pos < 16 && isBlankCode(text.charCodeAt(p))) p++;
  let kind: RunKind | null = null;
  for (const [word, k] of HEADING_PIECES) {
    if (text.startsWith(word, p)) { kind = k; p += word.length; break; }
  }
  if (!kind) return null;
  let t = p;
  while (t < end && t - p < 6) {
    const code = text.charCodeAt(t);
    // blanks, a colon, a dash (`——`, ` - `), a middle dot or a comma part the marker from the title
    if (isBlankCode(code) || code === COLON || code === 58 || code === 0x2014 || code === 45 || code === 0xb7 || code === 0x3001 || code === 0xff0c) t++;
    else break;
  }
  while (end > t && isBlankCode(text.charCodeAt(end - 1))) end--;
  if (t === p && t < end) return null;
  return { family: 'di', kind, ordinal: num.value, length: p - pos, titleStart: t };
}

/** What after a number makes it a quantity or a date, not a section's number. */
const HEADING_NUMBER_UNIT = BARE_WORD_NEXT + '万亿千百元岁届期号名人家所座户倍成周季度楼米吨';

/**
 * A title opens at t: a Chinese character, or a Latin letter with two Chinese characters in the
 * title within its first 30 (`一：Resource定位`, `二 AMQP和JMS`).
 */
function titleOpening(text: string, t: number, e: number): boolean {
  const code = text.charCodeAt(t);
  if (isCjkCode(code)) return true;
  if (!((code >= 65 && code <= 90) || (code >= 97 && code <= 122))) return false;
  let cjk = 0;
  for (let q = t + 1; q < e && q - t <= BARE_TITLE_MAX && cjk < 2; q++) if (isCjkCode(text.charCodeAt(q))) cjk++;
  return cjk >= 2;
}

function isBlankCode(code: number): boolean {
  return code === 32 || code === 9 || code === 0x3000 || code === 0xa0 || code === 13;
}

/**
 * A number closed by a bracket with none opening it (`1）`, `一)`), at a line start: a marker of
 * family （1） / （一） when Chinese words, an opening quote, 《 【 「 or a tag's [ follow (after the separators); a
 * stray mark after the bracket (`1）、`) is kept in the marker, as after （1）.
 */
function halfBracket(text: string, pos: number, p: number, lineEnd: number, kind: 'arabic-half' | 'cn-half', value: number): MarkerMatch | null {
  if (p < lineEnd && strayAfterBracket(text.charCodeAt(p))) p++;
  const m = make(kind === 'cn-half' ? 'cn-paren' : 'arabic-paren', kind, value, pos, p, text, lineEnd);
  if (m.titleStart >= lineEnd) return null;
  const next = text.charCodeAt(m.titleStart);
  // (Chinese words, “ 《 【 「, or a digest's tag `[军事]`)
  return isCjkCode(next) || next === 0x201c || next === 0x300a || next === 0x3010 || next === 0x300c || next === 91 || next === 0xff3b ? m : null;
}

/** The ten heavenly stems, 甲 = 1 … 癸 = 10. */
const STEMS = '甲乙丙丁戊己庚辛壬癸';
const STEM_VALUE = new Uint8Array(65536);
STEMS.split('').forEach((c, i) => { STEM_VALUE[c.charCodeAt(0)] = i + 1; });

const STEP_BU = 0x6b65; // 步
const STEP_ZHOU = 0x9aa4; // 骤
const TI_TI = 0x9898; // 题
const TI_MU = 0x76ee; // 目
/**
 * 步骤一：… 步骤1、… 步骤二　… and （步骤一）… (步骤2)…: the steps of a how-to, a procedure or a
 * talk's method part, numbered by the word 步骤 ("step") with a Chinese or Arabic number, at a line
 * start only. They count as the steps 第一步， 第二步， do (di-comma, so a run of two or more is
 * needed: runs.ts). Bare, a separator (：:、，,.． or a blank) or the line's end must follow the
 * number: 步骤一的要求, 步骤1和步骤2 are prose, and 步骤一、二、三 an enumeration.
 */
function matchStep(text: string, pos: number, lineEnd: number): MarkerMatch | null {
  const open = isOpenParen(text.charCodeAt(pos));
  let p = open ? pos + 1 : pos;
  const w0 = text.charCodeAt(p);
  const w1 = text.charCodeAt(p + 1);
  if (!((w0 === STEP_BU && w1 === STEP_ZHOU) || (w0 === TI_TI && w1 === TI_MU))) return null;
  p += 2;
  while (p < lineEnd && p - pos < 6 && (text.charCodeAt(p) === 32 || text.charCodeAt(p) === 0x3000)) p++;
  const num = readCnNumber(text, p, lineEnd, 3) ?? readArabic(text, p, lineEnd, 2);
  if (!num || num.value > 30) return null;
  p += num.len;
  if (open) {
    if (p >= lineEnd || !isCloseParen(text.charCodeAt(p))) return null;
    return make('di', 'di-comma', num.value, pos, p + 1, text, lineEnd, true);
  }
  // (alone on its line, or set bold alone: `**题目1**`)
  let q = p;
  while (q < lineEnd && (text.charCodeAt(q) === 42 || text.charCodeAt(q) === 95)) q++;
  if (q >= lineEnd) return make('di', 'di-comma', num.value, pos, p, text, lineEnd);
  const sep = text.charCodeAt(p);
  if (sep === COLON || sep === 58) return make('di', 'di-comma', num.value, pos, p + 1, text, lineEnd, true);
  if (sep === 0x3001 || sep === 0xff0c || sep === 44 || sep === 46 || sep === 0xff0e) {
    const next = text.charCodeAt(p + 1);
    if (isCnNumCode(next) || isDigitCode(next)) return null; // 步骤一、二, 步骤1.2
    return make('di', 'di-comma', num.value, pos, p + 1, text, lineEnd);
  }
  if (sep === 32 || sep === 0x3000 || sep === 9) return make('di', 'di-comma', num.value, pos, p, text, lineEnd, true);
  return null;
}

/**
 * 甲、 乙． 丙. or （甲） (甲): the heavenly stems older documents and statutes number items with,
 * at a line start only. Words (Chinese, or a Latin-letter term; or an opening quote or bracket) must follow: 甲方、乙方,
 * 甲级, 甲乙丙丁 and `甲、乙两地` (a stem straight after the mark) are never markers. A run still needs
 * 甲 then 乙 in order (runs.ts), so a lone `甲、` is prose.
 */
function matchStem(text: string, pos: number, lineEnd: number): MarkerMatch | null {
  let p = pos;
  const open = isOpenParen(text.charCodeAt(p));
  if (open) p++;
  const v = STEM_VALUE[text.charCodeAt(p)];
  if (!v) return null;
  p++;
  if (open) {
    if (p >= lineEnd || !isCloseParen(text.charCodeAt(p))) return null;
    // the bracket form is full width only: (甲) in half-width brackets is as often a formula label
    if (text.charCodeAt(pos) !== 0xff08 || text.charCodeAt(p) !== 0xff09) return null;
    p++;
    if (p < lineEnd && strayAfterBracket(text.charCodeAt(p))) p++;
  } else {
    const sep = text.charCodeAt(p);
    if (sep !== 0x3001 && sep !== 0xff0e && sep !== 46) return null; // 、 ． .
    p++;
  }
  const t = skipSeparators(text, p, lineEnd);
  if (t >= lineEnd) return null;
  const next = text.charCodeAt(t);
  if (STEM_VALUE[next]) return null; // 甲、乙两地, 甲、乙、丙三方
  const latin = (next >= 65 && next <= 90) || (next >= 97 && next <= 122); // 甲、import 别名…
  if (!(isCjkCode(next) || latin || next === 0x201c || next === 0x300a || next === 0x300c || next === 0xff08)) return null;
  return make('stem', 'stem', v, pos, p, text, lineEnd);
}

function matchCircled(text: string, pos: number, lineEnd: number): MarkerMatch | null {
  const v = circledValue(text[pos]);
  if (v === null) return null;
  return make('circled', 'circled', v, pos, pastNumberMark(text, pos + 1, lineEnd), text, lineEnd);
}

/** Past the mark an enclosed number may carry after it (`①、`, `❶.`, `1️⃣．`): one 、 . or ． at `p`. */
function pastNumberMark(text: string, p: number, lineEnd: number): number {
  return p < lineEnd && (text[p] === '、' || text[p] === '.' || text[p] === '．') ? p + 1 : p;
}

/** The match when words follow its number on the line (not the line's end, not another digit), else null. */
function wordsAfter(text: string, m: MarkerMatch, lineEnd: number): MarkerMatch | null {
  return m.titleStart < lineEnd && !isDigitCode(text.charCodeAt(m.titleStart)) ? m : null;
}

/**
 * Numbers set in one enclosed character, at a line start only (inside a paragraph they are a
 * dictionary's senses or a quiz's options): ❶ ➊ ➀ ⓵ (a list of their own, family circled), ⒈
 * (the digit with its full stop in one character: the 1. list) and ㊀ (a circled 一, written as
 * （一）). Words must follow, after the separators.
 */
function matchEnclosed(text: string, pos: number, lineEnd: number): MarkerMatch | null {
  const code = text.charCodeAt(pos);
  let kind: RunKind;
  let family: MarkerFamily;
  let v: number | null = dingbatNumeralValue(code);
  if (v !== null) {
    kind = 'dingbat';
    family = 'circled';
  } else if (code >= 0x2488 && code <= 0x249b) {
    v = code - 0x2488 + 1;
    kind = 'arabic-dot';
    family = 'arabic-dot';
  } else if (code >= 0x3280 && code <= 0x3289) {
    v = code - 0x3280 + 1;
    kind = 'cn-paren';
    family = 'cn-paren';
  } else return null;
  return wordsAfter(text, make(family, kind, v, pos, pastNumberMark(text, pos + 1, lineEnd), text, lineEnd), lineEnd);
}

/**
 * `1️⃣ 经济发展稳中向好…`: a keycap emoji (digit, U+FE0F, U+20E3; `1⃣` without the VS16; 🔟;
 * `1️⃣0️⃣` for ten) numbering a list, at a line start (or after a decoration, index.ts). Family
 * circled, a run of its own. Words must follow.
 */
function matchKeycap(text: string, pos: number, lineEnd: number): MarkerMatch | null {
  const k = keycapAt(text, pos, lineEnd);
  if (!k) return null;
  return wordsAfter(text, make('circled', 'keycap', k.value, pos, pastNumberMark(text, pos + k.length, lineEnd), text, lineEnd, true), lineEnd);
}

/**
 * The divisions after 第N, with their traditional forms (a copy converted to traditional characters
 * writes 第一條, 第二節, 第一編: the same run).
 */
const DI_STRUCT: Record<string, RunKind> = {
  章: 'di-chapter', 节: 'di-section', 節: 'di-section', 条: 'di-article', 條: 'di-article',
  编: 'di-part', 編: 'di-part', 篇: 'di-part',
};
/** Characters that, straight after 第N章 / 第N条, make it a citation in prose (第三条规定, 第二章的), not a heading. */
const CITATION_NEXT = '的规規中之至、和或';
/**
 * What follows an article cited by an amending text at a line start (第九条修改为：…, 第十三条后增加一条,
 * 第十条第四项修改为, 第五条删去): an instruction about another law's article, never an article's own
 * opening words.
 */
const AMENDMENT_NEXT = /^[\s\u3000]*(修改[为為]|改[为為]|[后後]增加|增加一|[删刪]去|[删刪]除|第[一二三四五六七八九十百零〇\d]+[款项項目])/;

/** 第一， 第一、 (speech ordinals) and, at a line start only, 第一部分 第一章 第一节 第一条. */
function matchDi(text: string, pos: number, lineEnd: number, lineStart: boolean): MarkerMatch | null {
  const num = readCnNumber(text, pos + 1, lineEnd, 8, lineStart) ?? (lineStart ? readArabic(text, pos + 1, lineEnd, 3) : null);
  if (!num) return null;
  const p = pos + 1 + num.len;
  const c = text[p];
  if (c === '，' || c === '、' || c === ',') {
    // 第一、二、三产业 / 第一、二庭: an enumeration of numerals, not an ordinal marker.
    if (c === '、' && isCnNumCode(text.charCodeAt(p + 1))) return null;
    return make('di', 'di-comma', num.value, pos, p + 1, text, lineEnd);
  }
  // 第一是…，第二是… — the ordinal with 是 (like 一是), counting in the same series as 第二，; not
  // 第一是第一 (a numeral straight after). The marker is the ordinal alone and 是 opens the title
  // (docs/testing.md: `第一是疫情的冲击` reads marker 第一, title 是疫情的冲击), as 第一 has no
  // separator of its own here.
  if (c === '是' && p + 1 < lineEnd && !isCnNumCode(text.charCodeAt(p + 1)) && text[p + 1] !== '，' && text[p + 1] !== '。' && text[p + 1] !== '否') {
    return { family: 'di', kind: 'di-comma', ordinal: num.value, length: p - pos, titleStart: p };
  }
  // 第三就是… — a speaker's 第N是 with 就 before 是 (`第一是…第二是…第三就是…`), the same series.
  // (the marker again the ordinal alone, 就是 opening the title, as 是 does above)
  if (c === '就' && text[p + 1] === '是' && p + 2 < lineEnd && !isCnNumCode(text.charCodeAt(p + 2)) && text[p + 2] !== '，' && text[p + 2] !== '。') {
    return { family: 'di', kind: 'di-comma', ordinal: num.value, length: p - pos, titleStart: p };
  }
  // 第一步， 第一点， — discourse ordinals that count in the same series as 第二， 第三，.
  if ((c === '步' || c === '点') && (text[p + 1] === '，' || text[p + 1] === ',')) {
    return make('di', 'di-comma', num.value, pos, p + 2, text, lineEnd);
  }
  // 第一步：填写申请表 / 第1步：… — a how-to's steps written with a colon, at a line start only (a
  // run of two or more still needed: runs.ts).
  if (lineStart && c === '步' && (text[p + 1] === '：' || text[p + 1] === ':') && p + 2 < lineEnd) {
    return make('di', 'di-comma', num.value, pos, p + 2, text, lineEnd);
  }
  // 第1步 下载安装包 / 第二步　配置环境 — the same steps parted from a short title by a blank, the
  // title filling the line (a course's or a how-to's steps, notes55; 第一步要… in prose has no blank)
  if (lineStart && c === '步') {
    const spaced = spacedPartTitle(text, p + 1, lineEnd);
    if (spaced > 0) return { family: 'di', kind: 'di-comma', ordinal: num.value, length: p + 1 - pos, titleStart: spaced };
  }
  // 第一个问题：… 第二个问题：… — a speech's parts announced by number (`讲3个问题`), the marker written
  // with its colon (as 一、 with its 、): the speech's top parts, inside a paragraph too.
  if (c === '个' && text[p + 1] === '问' && text[p + 2] === '题' && (text[p + 3] === '：' || text[p + 3] === ':')) {
    return make('di', 'di-part', num.value, pos, p + 4, text, lineEnd, true);
  }
  if (!lineStart) return null;
  if (c === '部' && text[p + 1] === '分') {
    // 第二部分是…分析 / 第一部分主要讲…: the subject of a sentence telling what some work's part holds
    // (a reader's notes on a book, notes54), not the opening of this text's part.
    if (text[p + 2] === '是' || (text[p + 2] === '主' && text[p + 3] === '要')) return null;
    return make('di', 'di-part', num.value, pos, p + 2, text, lineEnd, true);
  }
  // 第一分编 通则 (the civil code's sub-books, between 编 and 章).
  if (c === '分' && (text[p + 1] === '编' || text[p + 1] === '編')) {
    const next = text[p + 2] ?? '';
    if (next !== '' && CITATION_NEXT.includes(next)) return null;
    return make('di', 'di-subpart', num.value, pos, p + 2, text, lineEnd, true);
  }
  const spaced = spacedPartTitle(text, p, lineEnd);
  if (spaced > 0) return { family: 'di', kind: 'di-part', ordinal: num.value, length: p - pos, titleStart: spaced };
  // 第一款　为着… / 第二项　一切…: a clause or an item under an article, only with a blank or the
  // line's end after it (第一款规定, 第三项工作, 第一项议程 are prose).
  if (c === '款' || c === '项' || c === '項') {
    const q = p + 1;
    if (q < lineEnd && text[q] !== ' ' && text[q] !== '\u3000' && text[q] !== '\t') return null;
    if (AMENDMENT_NEXT.test(text.slice(q, Math.min(lineEnd, q + 16)))) return null;
    return make('di', c === '款' ? 'di-clause' : 'di-item', num.value, pos, q, text, lineEnd, true);
  }
  const kind = DI_STRUCT[c];
  if (kind) {
    // 第一章 总则 / 第一条 为了…: a structural heading. 第一条规定 in prose has no gap, but
    // statutes often write 第一条为了… too, so only a following 的/规/中 (citation) is refused.
    const next = text[p + 1] ?? '';
    // 第十七条之一 (an article inserted by an amendment): a member of the article run, when a
    // space or the line end follows (第十七条之一规定 is a citation).
    if (kind === 'di-article' && next === '之') {
      const sub = readCnNumber(text, p + 2, lineEnd, 3);
      if (!sub) return null;
      const q = p + 2 + sub.len;
      if (q < lineEnd && (CLASS[text.charCodeAt(q)] & C_SEPARATOR) === 0) return null;
      return make('di', kind, num.value, pos, q, text, lineEnd, true);
    }
    if (next !== '' && CITATION_NEXT.includes(next)) return null;
    // 第一篇：在…会议上的讲话 — a compilation's label before a piece's title (the line is that title)
    if (c === '篇' && labelledPieceTitle(text.slice(pos, Math.min(lineEnd, pos + 217)).trimEnd())) return null;
    if (kind === 'di-article' && AMENDMENT_NEXT.test(text.slice(p + 1, Math.min(lineEnd, p + 16)))) return null;
    return make('di', kind, num.value, pos, p + 1, text, lineEnd, true);
  }
  return null;
}

/**
 * `上篇　总论` / `下篇：分论` (or 上编 / 下编), at a line start: a book's or a compilation's two
 * halves, the parts 第一篇 / 第二篇 would number (上 = 1, 下 = 2; a run needs both). Only alone on
 * the line (its name may follow on the next line, index.ts) or, after a blank, a colon, 、 or a
 * dash, a short name filling the line: 上篇文章中… and 下篇将介绍… are prose.
 */
function matchHalfPart(text: string, pos: number, lineEnd: number): MarkerMatch | null {
  const k = text.charCodeAt(pos + 1);
  if (k !== 0x7bc7 && k !== 0x7f16 && k !== 0x7de8) return null; // 篇 编 編
  const value = text[pos] === '上' ? 1 : 2;
  let p = pos + 2;
  let q = p;
  while (q < lineEnd && q - p < 6 && (CLASS[text.charCodeAt(q)] & C_SEPARATOR || text.charCodeAt(q) === COLON || text.charCodeAt(q) === 58 || text.charCodeAt(q) === 0x2014 || text.charCodeAt(q) === 0x00b7)) q++;
  if (q >= lineEnd) return { family: 'di', kind: 'di-part', ordinal: value, length: p - pos, titleStart: lineEnd };
  if (q === p) return null; // 上篇文章…
  let visible = 0;
  for (let r = q; r < lineEnd; r++) {
    if (PROSE_MARKS.includes(text[r])) return null;
    if (++visible > 30) return null;
  }
  if (!isCjkCode(text.charCodeAt(q)) && text.charCodeAt(q) !== 0x300a && text.charCodeAt(q) !== 0x201c) return null;
  return { family: 'di', kind: 'di-part', ordinal: value, length: p - pos, titleStart: q };
}

/** Marks that end or part a sentence: a line holding one is prose, not a part's title. */
const PROSE_MARKS = '。，；：,;:！？!?、';

/**
 * 第一　习总书记对…的要求 / 第二　我省…的要求: an ordinal with no word or mark after it, then a blank
 * (a space, U+3000, U+00A0 or a blank entity; in a page's source the tags round them too) and a
 * short title that fills the rest of the line: a document's parts numbered by bare ordinals. The
 * title's start, or 0. Only a line of at most 30 visible characters after the blank, with no
 * sentence or clause mark (第一 我们要… 。 is prose) and no blank inside (第一 小组 张三 is a table's
 * row); the rest of the line is read at most 600
 * characters far.
 */
function spacedPartTitle(text: string, p: number, lineEnd: number): number {
  const end = Math.min(lineEnd, p + 600);
  let q = p;
  let blank = false;
  for (;;) {
    if (q >= end) return 0;
    const code = text.charCodeAt(q);
    if (code === 32 || code === 0x3000 || code === 0xa0 || code === 9) { blank = true; q++; continue; }
    if (code === 38) {
      const n = blankEntityAt(text, q, end);
      if (n === 0) return 0;
      blank = true;
      q += n;
      continue;
    }
    if (code === 60) {
      const t = skipTag(text, q, end);
      if (t === 0) return 0;
      q = t;
      continue;
    }
    break;
  }
  if (!blank || !isCjkCode(text.charCodeAt(q)) || isCnNumCode(text.charCodeAt(q))) return 0;
  let visible = 0;
  let gap = false;
  for (let r = q; r < lineEnd; ) {
    if (r >= end) return 0;
    const code = text.charCodeAt(r);
    if (code === 60) {
      const t = skipTag(text, r, end);
      if (t === 0) return 0;
      r = t;
      continue;
    }
    if (PROSE_MARKS.includes(text[r])) return 0;
    if (code === 32 || code === 9 || code === 0x3000 || code === 0xa0 || code === 38) gap = true;
    else if (code !== 13) {
      // 第一 小组 张三 李四: words parted by blanks are a table's row, not a title
      if (gap) return 0;
      visible++;
    }
    if (visible > 30) return 0;
    r++;
  }
  return visible >= 4 ? q : 0;
}

/** Past a tag `<span …>` / `</a>` that starts at `q` and ends before `end`; 0 if none. */
function skipTag(text: string, q: number, end: number): number {
  const n = text.charCodeAt(q + 1);
  if (!((n >= 97 && n <= 122) || (n >= 65 && n <= 90) || n === 47)) return 0;
  const g = text.indexOf('>', q + 1);
  return g < 0 || g >= end ? 0 : g + 1;
}

// (最後: a copy converted to traditional characters)
const SHOUXIAN: Record<string, number> = { 首先: 1, 其次: 2, 再次: 3, 最后: 0, 最後: 0 };

/** Sentence ends before a 首先 written without its comma (`…。首先保障…。其次完善…`). */
const FULL_STOPS = '。！？；;!?';

/**
 * Whether the Chinese numeral at `pos` (after 一是/一要) ends without going on into a word: a
 * clause mark, a space, the line's end or 是/要 after it (一是一，二是二; 一要二要). Reads at most
 * six numeral characters.
 */
function numeralEndsThere(text: string, pos: number, lineEnd: number): boolean {
  let p = pos;
  while (p < lineEnd && p - pos < 6 && isCnNumCode(text.charCodeAt(p))) p++;
  if (p >= lineEnd) return true;
  const code = text.charCodeAt(p);
  if (code === SHI || code === YAO) return true;
  return !isCjkCode(code) || isCnNumCode(code);
}
const SHI = 0x662f; // 是
const YAO = 0x8981; // 要

/**
 * 首先/其次/再次/最后 with no comma after it (an essay's run-in steps: `…。首先保障…。其次完善…`;
 * a talk's line-start `首先讲解…` / `最后是…`): a member only right after a sentence end or at a line
 * start (not after a comma: 我们首先要… is prose) with Chinese words straight after, not a numeral or
 * 的 (最后一公里, 最后的).
 * It still needs the rest of its run (首先 → 其次 → 最后) to count.
 */
function bareSequenceWord(text: string, pos: number, lineEnd: number): boolean {
  if (pos + 2 >= lineEnd) return false;
  let b = pos - 1;
  while (b >= 0 && (text[b] === ' ' || text[b] === '\u3000' || text[b] === '\t')) b--;
  if (b >= 0 && text[b] !== '\n' && !FULL_STOPS.includes(text[pos - 1])) return false;
  const next = text.charCodeAt(pos + 2);
  return isCjkCode(next) && !isCnNumCode(next) && next !== 0x7684; // 的
}

/**
 * Speech families that may also stand inside a paragraph after a clause boundary:
 * 一是 一要 其一， 首先， 第一， ①.
 */
export function matchInline(text: string, pos: number, lineEnd: number): MarkerMatch | null {
  if (pos >= lineEnd || (CLASS[text.charCodeAt(pos)] & C_INLINE) === 0) return null;
  const c = text[pos];
  if (c === '第') return matchDi(text, pos, lineEnd, false);
  // …。甲、…。乙、…: a stem run inside a paragraph, only right after a sentence end (not after a
  // comma or colon: 分为甲、乙两类), never in brackets there.
  if (STEM_VALUE[text.charCodeAt(pos)]) {
    return pos > 0 && FULL_STOPS.includes(text[pos - 1]) && !isOpenParen(text.charCodeAt(pos)) ? matchStem(text, pos, lineEnd) : null;
  }
  if (circledValue(c) !== null) return matchCircled(text, pos, lineEnd);
  if (isOpenParen(text.charCodeAt(pos)) || parenArabicValue(c) !== null) return matchInlineParen(text, pos, lineEnd);
  if (c === '其') {
    const d = text[pos + 1] ?? '';
    if (CN_SMALL.includes(d) && d !== '') {
      const sep = text[pos + 2];
      if (sep === '，' || sep === ',' || sep === '、') {
        const v = parseChineseInteger(d);
        if (v) return make('qi', 'qi', v, pos, pos + 3, text, lineEnd);
      }
    }
    if (d === '次') {
      const sep = text[pos + 2];
      // 其次、 is the wrong mark (the checks flag it), but still a member of a 首先 run.
      if (sep === '，' || sep === ',' || sep === '、') return make('shouxian', 'shouxian', 2, pos, pos + 3, text, lineEnd);
      if (bareSequenceWord(text, pos, lineEnd)) return make('shouxian', 'shouxian', 2, pos, pos + 2, text, lineEnd);
    }
    return null;
  }
  if (c === '首' || c === '再' || c === '最') {
    const two = text.slice(pos, pos + 2);
    const v = SHOUXIAN[two];
    if (v !== undefined) {
      const sep = text[pos + 2];
      if (sep === '，' || sep === ',' || sep === '、') return make('shouxian', 'shouxian', v, pos, pos + 3, text, lineEnd);
      if (bareSequenceWord(text, pos, lineEnd)) return make('shouxian', 'shouxian', v, pos, pos + 2, text, lineEnd);
    }
    return null;
  }
  if (CN_SMALL.includes(c) && c !== '') {
    const num = readCnNumber(text, pos, lineEnd, 3);
    if (!num) return null;
    const p = pos + num.len;
    const w = text[p];
    // 一.创新方式。…二.以点带面。: a full stop after the numeral (the wrong mark for 、) opens run-in
    // parts too; only with Chinese words straight after (not 3.5 written 三.5). 一、 only after a
    // sentence's end (matchInlineDun): a sentence that lists the parts of a document, 共分三个部分：
    // 一、…；二、…, opens none.
    if ((w === '.' || w === '．') && num.len <= 2) {
      const next = text.charCodeAt(p + 1);
      if (p + 1 < lineEnd && isCjkCode(next)) return make('cn-dun', 'cn-dun', num.value, pos, p + 1, text, lineEnd);
      return null;
    }
    if (w === '、') return matchInlineDun(text, pos, p, num.value, lineEnd);
    if (w === '看') return matchKan(text, pos, p, num.value, lineEnd);
    if (w !== '是' && w !== '要') return null;
    const after = text[p + 1] ?? '';
    // 一是一，二是二 (an idiom), 一要二要 — a numeral straight after that ends there (a clause mark,
    // the line's end, or 是/要 again) is not a marker; one that goes on into a word is the title's
    // first word (二是一些重点行业…, 三是两个…, 二是二〇二四年以来…). A numeral after 要 is never a title's start.
    if (isCnNumCode(text.charCodeAt(p + 1)) && (w === '要' || numeralEndsThere(text, p + 1, lineEnd))) return null;
    if (w === '要' && (after === '务' || after === '素' || after === '求' || after === '点' || after === '件')) return null;
    // 一是：加强组织领导。 — a colon straight after 一是 only separates: the title is what follows it.
    return make(w === '是' ? 'shi' : 'yao', w === '是' ? 'shi' : 'yao', num.value, pos, p + 1, text, lineEnd, true);
  }
  return null;
}

/**
 * Words after 一看 that make it the adverb of a glance (`一看就懂`, `一看到`, `一看便知`), a
 * completed look (`看了`, `看过`, `看完`) or a verb going on (`看着`, `看见`, `看出`, `看来`): no
 * member of a run.
 */
const KAN_NOT_AFTER = '就便到了过完着见出来得起似去上下不清懂明';

/**
 * `一看经济增长率，…二看就业，…三看物价` — an expert's indicators counted by 看 (`判断经济形势，主要看四大
 * 指标，一看…`): the 一是 family written with 看, a run of its own kind. Words must follow (not a
 * numeral: `一看二看三看` is a slogan, not parts), and not a glance's adverb or a look's aspect; the
 * run still needs 二看 after it (runs.ts), so a lone `一看，…` in prose is none.
 */
function matchKan(text: string, pos: number, p: number, value: number, lineEnd: number): MarkerMatch | null {
  const after = text[p + 1] ?? '';
  // (`二看就业，…`: 就业 is the indicator looked at, a noun, not the adverb 就)
  const noun = after === '就' && text[p + 2] === '业';
  if (p + 1 >= lineEnd || (KAN_NOT_AFTER.includes(after) && !noun) || isCnNumCode(text.charCodeAt(p + 1))) return null;
  if (!isCjkCode(text.charCodeAt(p + 1))) return null;
  return make('shi', 'kan', value, pos, p + 1, text, lineEnd);
}

/** Marks that end a sentence before an inline `二、` (not `；`: `共分三个部分：一、…；二、…` lists, it opens no part). */
const DUN_SENTENCE_END = '。！？!?';
/**
 * `…。二、考虑到…` inside a paragraph: a part of a text whose paragraphs were joined (a page's
 * opening one line long, a 文库 page chunk, minutes copied flat: `会议决定如下事项:一、…。二、…。`).
 * Only right after a sentence's end (`。！？`, blanks between), or for 一、 after a colon too
 * (`我强调三点意见:一、…`, `汇报如下: 一、…`); never after `；` or a comma (a sentence listing
 * things, `分为三类：一、…；二、…`), and never before another numeral (`一、二季度`, `三、四月份`).
 * Words, a digit (`一、2022年工作回顾`) or an opening quote or 《 follow the 顿号. Like every inline
 * marker it counts only in a run of two or more (runs.ts).
 */
function matchInlineDun(text: string, pos: number, p: number, value: number, lineEnd: number): MarkerMatch | null {
  if (p + 1 >= lineEnd) return null;
  const next = text.charCodeAt(p + 1);
  if (isCnNumCode(next)) return null;
  if (!(isCjkCode(next) || isDigitCode(next) || next === 0x201c || next === 0x300a)) return null;
  let b = pos - 1;
  for (let code = text.charCodeAt(b); b >= 0 && pos - b <= 8 && (code === 32 || code === 9 || code === 0x3000 || code === 0xa0); code = text.charCodeAt(--b));
  if (b < 0) return null;
  const before = text[b];
  if (!DUN_SENTENCE_END.includes(before) && !(value === 1 && (before === '：' || before === ':'))) return null;
  return make('cn-dun', 'cn-dun', value, pos, p + 1, text, lineEnd);
}

/** Marks after which an inline `（1）` may stand: a sentence's or a clause's end, or a colon (not a comma). */
const PAREN_BOUNDARY = '。；;！？：:!?';

/**
 * `（1）` `(1)` `⑴` inside a paragraph: the items a legal text, minutes or a notice enumerates in
 * one sentence (`具有下列情形之一的，应当认定为单位犯罪：（1）…的；（2）…的；（3）…的。`). Only
 * right after a colon, a semicolon or a sentence's end (blanks between; not after a comma, not
 * after a word: `公式(1)`, `图(2)`), a number of one or two digits, and words straight after it
 * (a CJK character, an opening quote or 《) — (2019), (1)式 and (2)) are no items. Like every inline
 * marker it counts only in a run of two or more (runs.ts): a lone `（1）` is prose.
 */
function matchInlineParen(text: string, pos: number, lineEnd: number): MarkerMatch | null {
  // (most brackets after a clause mark open words, `（记者…）`, `(a)`: told by the next character alone)
  const open = isOpenParen(text.charCodeAt(pos));
  if (open && !isDigitCode(text.charCodeAt(pos + 1))) return null;
  let b = pos - 1;
  for (let code = text.charCodeAt(b); b >= 0 && pos - b <= 8 && (code === 32 || code === 9 || code === 0x3000 || code === 0xa0); code = text.charCodeAt(--b));
  if (b < 0 || !PAREN_BOUNDARY.includes(text[b])) return null;
  let p: number;
  let value: number;
  const pa = open ? null : parenArabicValue(text[pos]);
  if (pa !== null) {
    value = pa;
    p = pos + 1;
  } else {
    const num = readArabic(text, pos + 1, lineEnd, 2);
    if (!num) return null;
    p = pos + 1 + num.len;
    if (p >= lineEnd || !isCloseParen(text.charCodeAt(p))) return null;
    value = num.value;
    p++;
  }
  if (p < lineEnd && strayAfterBracket(text.charCodeAt(p))) p++;
  const m = make('arabic-paren', 'arabic-paren', value, pos, p, text, lineEnd);
  if (m.titleStart >= lineEnd) return null;
  const next = text.charCodeAt(m.titleStart);
  if (!(isCjkCode(next) || next === 0x201c || next === 0x300a)) return null;
  return m;
}

const BOUNDARY_CHARS = '。；;！？：:，,!?';
const INLINE_START_NOSTEM = '第其首再最一二三四五六七八九十' + CIRCLED_CHARS;
/** `（1）` `(1)` `⑴` inside a paragraph (matchInlineParen): a class of their own in the scan, as the stems are. */
const INLINE_PARENS = '（(' + PAREN_ARABIC_CHARS;
const INLINE_START_CHARS = INLINE_START_NOSTEM + INLINE_PARENS + STEMS;
mark(BOUNDARY_CHARS, C_BOUNDARY);
mark(INLINE_START_CHARS, C_INLINE);
mark(CN_NUM, C_CN_NUM);
// Everything matchLineStart may recognise: brackets, bracketed and circled numbers, 第, digits,
// Chinese numerals, and the inline forms it falls back to.
mark('N（(第步题0123456789０１２３４５６７８９' + STEMS + PAREN_CHINESE_CHARS + PAREN_ARABIC_CHARS + CN_NUM + INLINE_START_CHARS, C_LINE);
// the enclosed numbers (matchEnclosed) and the high surrogate of 🔟 (matchKeycap)
// and 上 下 (matchHalfPart: 上篇 下篇)
for (const [a, b] of [[0x2776, 0x2793], [0x24eb, 0x24fe], [0x2488, 0x249b], [0x3280, 0x3289], [0xd83d, 0xd83d], [0x4e0a, 0x4e0a], [0x4e0b, 0x4e0b]]) {
  for (let c = a; c <= b; c++) CLASS[c] |= C_LINE;
}

/** Clause boundaries after which a speech marker may start inside a paragraph. */
export function isClauseBoundary(c: string): boolean {
  return c.length > 0 && (CLASS[c.charCodeAt(0)] & C_BOUNDARY) !== 0;
}
export function isClauseBoundaryCode(code: number): boolean {
  return (CLASS[code] & C_BOUNDARY) !== 0;
}

/** First characters of any inline marker, to skip positions quickly. */
export function mayStartInline(c: string): boolean {
  return c.length > 0 && (CLASS[c.charCodeAt(0)] & C_INLINE) !== 0;
}
export function mayStartInlineCode(code: number): boolean {
  return (CLASS[code] & C_INLINE) !== 0;
}

function charClass(chars: string): string {
  let out = '';
  for (const c of chars) out += '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0');
  return `[${out}]`;
}

/**
 * Finds, in text order, the places where an inline marker may start: a start character whose
 * previous significant character is a clause boundary, with only `insignificant` characters
 * (spaces, zero-width) between. A regular expression scans for them natively, several times
 * faster than a loop reading every character. Queries must come in text order: the last match is
 * kept and answers every query up to its boundary, so the text is scanned once in all.
 */
export class InlineStartFinder {
  private readonly re: RegExp;
  /** Boundary and start-character offsets of the last match (-1: not searched yet; the text length: none left). */
  private boundary = -1;
  private startAt = -1;
  private from = -1;
  /**
   * The insignificant characters' codes when no markup may stand between the boundary and the
   * start (null when it may): a match is then the boundary, blanks and the start character, so its end tells
   * the start and a walk back over the blanks the boundary, and `test` serves (no match array for
   * every boundary found; `exec` allocated one each).
   */
  private readonly blanks: Set<number> | null;

  /**
   * `tags`: a page's markup kept in the text (Markdown copies of news, a page's source) may stand
   * between the boundary and the marker (`…。<font class="b">二是…`): up to four short tags (no
   * line break, no `<` inside, 120 characters at most each) are passed over too. The caller checks
   * that what was passed over is markup it hides.
   */
  constructor(private readonly text: string, insignificant: string, tags = false, emphasis = false, quotes = false) {
    // No `|$` alternative for the end of the text: tried at every position, it made the scan 1.6×
    // slower. The end is the null branch of find(), taken once when the module loads (keepShape
    // below), so a long text reaching it does not deoptimise the caller there.
    const blank = `${charClass(insignificant)}*`;
    // `emphasis`: Markdown's emphasis marks (`。**二是**…`, `**（一）…。**一是…`) stand there too
    const marks = emphasis ? `|(?:\\*{2,3}|_{2,3})${blank}` : '';
    const markup = tags || emphasis ? `(?:${tags ? `<[^<>\n]{1,120}>${blank}` : '(?!)'}${marks}){0,4}` : '';
    // The heavenly stems are a class of their own in an alternation: one class holding them made
    // V8's compiled scan 1.5× slower on plain text (its quick check on the class got looser), the
    // alternation keeps the old speed and matches the same.
    // `quotes`: in program code a string value opens after its key's colon (`"answer":"一是…`,
    // `answer: '一是…`): the string's first character is its text's first, as after a clause mark
    // (the boundary itself is the colon, `(?<=:)` right after it, and the quote follows its blanks
    // with no markup between: a look back over the blanks, `(?<=:${blank})` after them, read the
    // whole run again at each step back, quadratic in a run of blanks after a colon)
    const after = quotes ? `(?:(?<=:)${blank}["']${blank}|${blank}${markup})` : `${blank}${markup}`;
    this.re = new RegExp(`${charClass(BOUNDARY_CHARS)}${after}(?:${charClass(INLINE_START_NOSTEM)}|${charClass(STEMS)}|${charClass(INLINE_PARENS)})`, 'g');
    // the walk back over blanks finds the boundary only when nothing but blanks can stand between
    this.blanks = tags || emphasis || quotes ? null : new Set(Array.from(insignificant, (c) => c.charCodeAt(0)));
  }

  /** Offset of the boundary of the first match whose boundary lies at or after `from` (the text length: none). */
  boundaryFrom(from: number): number {
    this.find(from);
    return this.boundary;
  }

  /** Offset of the start character of that match (meaningful when a boundary was found). */
  startFrom(from: number): number {
    this.find(from);
    return this.startAt;
  }

  /** A finder kept for the life of the module: see MarkerScan.keepShape in outline/index.ts. */
  static readonly keepShape = new InlineStartFinder('', '');

  private find(from: number): void {
    if (from >= this.from && from <= this.boundary) return;
    this.from = from;
    this.re.lastIndex = from;
    const blanks = this.blanks;
    if (blanks !== null) {
      if (!this.re.test(this.text)) this.none();
      else {
        this.startAt = this.re.lastIndex - 1;
        let b = this.startAt - 1;
        while (blanks.has(this.text.charCodeAt(b))) b--;
        this.boundary = b;
      }
      return;
    }
    const m = this.re.exec(this.text);
    if (m === null) this.none();
    else {
      this.boundary = m.index;
      this.startAt = m.index + m[0].length - 1;
    }
  }

  /** None left: what a match of the empty end would give. */
  private none(): void {
    this.boundary = this.text.length;
    this.startAt = this.text.length - 1;
  }
}
// Both branches of find() run once before any document (the empty text has no match), in both readings.
InlineStartFinder.keepShape.boundaryFrom(0);
new InlineStartFinder('', '', true).boundaryFrom(0);
