/**
 * A heading's marker split into the parts the checks and fixes edit separately: the numeral,
 * the brackets, the punctuation after it, the series word. Keeping every edit inside one part
 * means fixes of different checks on the same marker never overlap.
 */
import type { Heading, MarkerFamily } from '../types';
import {
  parseChineseInteger,
  parseArabic,
  circledValue,
  parenArabicValue,
  parenChineseValue,
  toChineseNumeral,
  toCircled,
  PAREN_ARABIC_CHARS,
  PAREN_CHINESE_CHARS,
} from '../text/numerals';

export interface Span {
  start: number;
  end: number;
  text: string;
}

export type NumeralKind = 'cn' | 'arabic' | 'fullwidth' | 'circled' | 'parenArabic' | 'parenCn' | 'word';

export interface MarkerParts {
  heading: Heading;
  index: number;
  family: MarkerFamily;
  /** Absolute offsets of the marker as written (plus a stray punctuation the engine left out). */
  start: number;
  end: number;
  prefix: Span | null; // 第 / 其
  open: Span | null; // （ (
  num: Span | null; // 一 / 12 / ① / ⑴ / ㈠
  close: Span | null; // ） )
  suffix: Span | null; // 是 要 部分 章 节 条
  word: Span | null; // 首先 其次 再次 最后 (or 第三 inside a 首先 run)
  punct: Span | null; // 、 ， . ． after the marker (。 after 1: `1。`, a typing variant of `1.`)
  numKind: NumeralKind;
  /** The number the marker states, null when it states none (最后). */
  value: number | null;
}

const NUMBERED =
  /^(第|其)?([（(])?([〇零一二两三四五六七八九十百千]+|[0-9]+|[０-９]+|[\u2460-\u2473]|[\u2474-\u2487]|[\u3220-\u3229])([）)])?(是|要|部分|分编|编|章|节|条|篇|项|步|点)?([、，,.．。]*)$/;
const WORDS = /^(首先|其次|再次|最后|第[一二三四五六七八九十]+)([、，,.．]*)$/;
const WORD_VALUE: Record<string, number> = { 首先: 1, 其次: 2, 再次: 3 };
/** Punctuation the engine may leave outside a bracketed marker (`（一）、`). */
const STRAY = '、，,.．';

function span(base: number, from: number, s: string | undefined): Span | null {
  return s ? { start: base + from, end: base + from + s.length, text: s } : null;
}

function numeralKind(s: string): NumeralKind {
  const c = s.charCodeAt(0);
  if (c >= 0x30 && c <= 0x39) return 'arabic';
  if (c >= 0xff10 && c <= 0xff19) return 'fullwidth';
  if (c >= 0x2460 && c <= 0x2473) return 'circled';
  if (c >= 0x2474 && c <= 0x2487) return 'parenArabic';
  if (c >= 0x3220 && c <= 0x3229) return 'parenCn';
  return 'cn';
}

function numeralValue(kind: NumeralKind, s: string): number | null {
  switch (kind) {
    case 'arabic':
    case 'fullwidth':
      return parseArabic(s);
    case 'circled':
      return circledValue(s);
    case 'parenArabic':
      return parenArabicValue(s);
    case 'parenCn':
      return parenChineseValue(s);
    default:
      return parseChineseInteger(s);
  }
}

/** Null when the text at `heading.start` is not the marker, or the marker has no known shape. */
export function markerParts(text: string, heading: Heading, index: number): MarkerParts | null {
  const marker = heading.marker;
  if (!marker || heading.family === 'title' || heading.family === 'md') return null;
  if (heading.start < 0 || text.slice(heading.start, heading.start + marker.length) !== marker) return null;
  const base = heading.start;
  const out: MarkerParts = {
    heading,
    index,
    family: heading.family,
    start: base,
    end: base + marker.length,
    prefix: null,
    open: null,
    num: null,
    close: null,
    suffix: null,
    word: null,
    punct: null,
    numKind: 'word',
    value: null,
  };
  if (heading.family === 'shouxian') {
    const w = WORDS.exec(marker);
    if (!w) return null;
    out.word = span(base, 0, w[1]);
    out.punct = span(base, w[1].length, w[2]);
    const di = w[1].startsWith('第') ? parseChineseInteger(w[1].slice(1)) : null;
    out.value = WORD_VALUE[w[1]] ?? di ?? null;
    return out;
  }
  const m = NUMBERED.exec(marker);
  if (!m) return null;
  const [, prefix, open, num, close, suffix, punct] = m;
  // 。 stands for the dot only in `1。`; after any other marker it is no marker punctuation.
  if (punct.includes('。') && (heading.family !== 'arabic-dot' || punct !== '。' || prefix || open || close || suffix)) return null;
  // the parts one after another along the marker, each from where the one before it ends
  let at = 0;
  const next = (s: string | undefined): Span | null => {
    const r = span(base, at, s);
    at += s?.length ?? 0;
    return r;
  };
  out.prefix = next(prefix);
  out.open = next(open);
  out.num = next(num);
  out.close = next(close);
  out.suffix = next(suffix);
  out.punct = next(punct);
  out.numKind = numeralKind(num);
  out.value = numeralValue(out.numKind, num);
  // `（一）、`: the engine is asked to keep the stray mark in the marker, but accept it outside too.
  if (!out.punct && out.close && STRAY.includes(text.charAt(out.end)) && text.charAt(out.end)) {
    out.punct = { start: out.end, end: out.end + 1, text: text.charAt(out.end) };
    out.end += 1;
  }
  return out;
}

/** The numeral for `n` in the same writing as `kind`; null when that writing cannot show it. */
export function formatNumeral(kind: NumeralKind, n: number): string | null {
  if (!Number.isInteger(n) || n < 1) return null;
  switch (kind) {
    case 'arabic':
      return String(n);
    case 'fullwidth':
      return String(n).replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
    case 'circled':
      return toCircled(n);
    case 'parenArabic':
      return n <= PAREN_ARABIC_CHARS.length ? PAREN_ARABIC_CHARS[n - 1] : null;
    case 'parenCn':
      return n <= PAREN_CHINESE_CHARS.length ? PAREN_CHINESE_CHARS[n - 1] : null;
    case 'cn':
      return n > 99999 ? null : toChineseNumeral(n);
    default:
      return null;
  }
}

/** The marker as it would read with number `n` (for messages): `（三）`, `3.`, `三是`. */
export function markerWithNumber(text: string, p: MarkerParts, n: number): string {
  const numeral = p.num ? formatNumeral(p.numKind, n) : null;
  if (!p.num || numeral === null) return String(n);
  return text.slice(p.start, p.num.start) + numeral + text.slice(p.num.end, p.end);
}

/** Brackets of a marker: 'full', 'half', 'mixed' or null when it has none. */
export function bracketWidth(p: MarkerParts): 'full' | 'half' | 'mixed' | null {
  const ws = [p.open, p.close].filter((s): s is Span => s !== null).map((s) => (s.text === '（' || s.text === '）' ? 'full' : 'half'));
  if (!ws.length) return null;
  return ws.every((w) => w === ws[0]) ? ws[0] : 'mixed';
}
