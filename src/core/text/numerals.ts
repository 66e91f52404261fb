/**
 * Chinese and Arabic numerals, both directions. Pure, total functions: bad input gives null,
 * never an exception.
 */

import { CodeMap } from './charset';

const DIGITS: Record<string, number> = {
  〇: 0, 零: 0, 洞: 0,
  一: 1, 壹: 1, 幺: 1,
  二: 2, 贰: 2, 貳: 2, 两: 2, 兩: 2,
  三: 3, 叁: 3, 參: 3,
  四: 4, 肆: 4,
  五: 5, 伍: 5,
  六: 6, 陆: 6, 陸: 6,
  七: 7, 柒: 7,
  八: 8, 捌: 8,
  九: 9, 玖: 9,
};

/** Small units multiply the digit before them; 廿/卅/卌 are 20/30/40 on their own. */
const SMALL_UNITS: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
const COMPOUND_TENS: Record<string, number> = { 廿: 20, 卅: 30, 卌: 40 };
/** Large units close a section: 万 = 1e4, 亿 = 1e8, 万亿 = 1e12 (handled by nesting). */
const LARGE_UNITS: Record<string, number> = { 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8, 兆: 1e12 };

/** The tables above by UTF-16 code, for the numeral parser (every key is one code unit). */
const DIGIT_BY_CODE = new Int8Array(65536).fill(-1);
for (const ch of Object.keys(DIGITS)) DIGIT_BY_CODE[ch.charCodeAt(0)] = DIGITS[ch];
const SMALL = 1;
const COMPOUND = 2;
const LARGE = 3;
const UNIT_KIND = new Uint8Array(65536);
const UNIT_VALUE = new CodeMap<number>();
for (const [table, kind] of [[SMALL_UNITS, SMALL], [COMPOUND_TENS, COMPOUND], [LARGE_UNITS, LARGE]] as const) {
  for (const ch of Object.keys(table)) {
    UNIT_KIND[ch.charCodeAt(0)] = kind;
    UNIT_VALUE.set(ch.charCodeAt(0), table[ch]);
  }
}

/** Every character that can appear in a Chinese numeral written with numeral characters. */
export const CHINESE_NUMERAL_CHARS = '〇零一壹二贰貳两兩三叁參四肆五伍六陆陸七柒八捌九玖十拾百佰千仟廿卅卌万萬亿億兆点點';

export function isChineseDigit(ch: string): boolean {
  return ch in DIGITS;
}

export function isChineseNumeralChar(ch: string): boolean {
  return ch in DIGITS || ch in SMALL_UNITS || ch in LARGE_UNITS || ch in COMPOUND_TENS || ch === '点' || ch === '點';
}

/**
 * Value of an integer written in Chinese numerals: 一, 十二, 二十, 一百零五, 三千二百万,
 * 两千三百万, 廿三, 一二三 (digit by digit, as in years 二〇二四), 壹佰贰拾. Null when it is not one.
 */
export function parseChineseInteger(s: string): number | null {
  if (!s) return null;
  // By code (a string's iterator made a string of each character it gave, and an object with it);
  // every character the tables hold is one UTF-16 unit, so a surrogate pair is refused as before.
  const n = s.length;
  // Digit-by-digit form (二〇二四, 一九九二): only digits, more than one.
  let allDigits = true;
  for (let k = 0; k < n; k++) {
    const c = s.charCodeAt(k);
    if (DIGIT_BY_CODE[c] < 0 || c === 0x4e24 /* 两 */ || c === 0x5169 /* 兩 */) { allDigits = false; break; }
  }
  if (allDigits && n > 1) {
    let v = 0;
    for (let k = 0; k < n; k++) v = v * 10 + DIGIT_BY_CODE[s.charCodeAt(k)];
    return v;
  }
  let total = 0; // finished sections above the current large unit
  let section = 0; // value below the current large unit
  let digit: number | null = null;
  let lastSmall = 0; // last small unit used, for 一百五 = 150 style abbreviation
  let lastLarge = Infinity;
  let sawAny = false;
  let prevZero = false;
  for (let k = 0; k < n; k++) {
    const c = s.charCodeAt(k);
    const dv = DIGIT_BY_CODE[c];
    if (dv >= 0) {
      if (digit !== null && !prevZero && dv !== 0) return null; // 二三 inside a positional number
      digit = dv;
      prevZero = digit === 0;
      if (prevZero) digit = null;
      sawAny = true;
      continue;
    }
    const kind = UNIT_KIND[c];
    if (kind === COMPOUND) {
      if (digit !== null) return null;
      section += UNIT_VALUE.get(c) as number;
      lastSmall = 10;
      sawAny = true;
      prevZero = false;
    } else if (kind === SMALL) {
      const unit = UNIT_VALUE.get(c) as number;
      if (lastSmall && unit >= lastSmall && digit === null) return null; // 百百
      const d = digit === null ? (unit === 10 ? 1 : null) : digit; // 十 alone = 10
      if (d === null) return null;
      section += d * unit;
      digit = null;
      lastSmall = unit;
      sawAny = true;
      prevZero = false;
    } else if (kind === LARGE) {
      const unit = UNIT_VALUE.get(c) as number;
      if (digit !== null) section += digit;
      digit = null;
      if (section === 0 && total === 0) {
        if (!sawAny) return null;
      }
      if (unit > lastLarge) {
        // 万亿: the whole so far is multiplied again
        total = (total + section) * unit;
      } else {
        total += section * unit;
      }
      lastLarge = unit;
      section = 0;
      lastSmall = 0;
      sawAny = true;
      prevZero = false;
    } else {
      return null;
    }
  }
  if (!sawAny) return null;
  if (digit !== null) {
    // 一百五 → 150, 三千二 → 3200, 一万五 → 15000: a trailing digit right after a unit takes
    // the next lower unit (only when no zero came between).
    const before = n >= 2 ? s.charCodeAt(n - 2) : -1;
    if (lastSmall >= 100 && !prevZero && (before === 0x767e /* 百 */ || before === 0x4f70 /* 佰 */ || before === 0x5343 /* 千 */ || before === 0x4edf /* 仟 */)) section += digit * (lastSmall / 10);
    else if (lastSmall === 0 && lastLarge !== Infinity && (before === 0x4e07 /* 万 */ || before === 0x842c /* 萬 */ || before === 0x4ebf /* 亿 */ || before === 0x5104 /* 億 */)) section += digit * (lastLarge / 10);
    else section += digit;
  }
  return total + section;
}

/**
 * Value of a Chinese numeral that may have a decimal part (三点五, 二十点零五). Null when not one.
 */
export function parseChineseNumber(s: string): number | null {
  const m = /^(.*?)[点點](.+)$/.exec(s);
  if (!m) return parseChineseInteger(s);
  const intPart = m[1] === '' ? 0 : parseChineseInteger(m[1]);
  if (intPart === null) return null;
  let frac = '';
  for (const ch of m[2]) {
    if (!(ch in DIGITS)) return null;
    frac += String(DIGITS[ch]);
  }
  return Number(`${intPart}.${frac}`);
}

/** Full-width digits and separators to ASCII: ０-９ ． ， ％ → 0-9 . , %. */
export function toHalfWidth(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xff01 && c <= 0xff5e) out += String.fromCharCode(c - 0xfee0);
    else out += s[i];
  }
  return out;
}

/** Parse an Arabic number with optional full-width digits and thousands separators. */
export function parseArabic(s: string): number | null {
  const t = toHalfWidth(s).replace(/,(?=\d{3}(\D|$))/g, '');
  if (!/^[+-]?(\d+(\.\d+)?|\.\d+)$/.test(t)) return null;
  return Number(t);
}

const CN_DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1…99999 (and 0) as written in headings and ordinals: 1 → 一, 10 → 十, 21 → 二十一, 105 → 一百零五. */
export function toChineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 99999999) return String(n);
  if (n < 10) return CN_DIGITS[n];
  if (n < 20) return '十' + (n % 10 ? CN_DIGITS[n % 10] : '');
  const units: [number, string][] = [[10000, '万'], [1000, '千'], [100, '百'], [10, '十']];
  let out = '';
  let rest = n;
  let zeroPending = false;
  let started = false;
  for (const [u, name] of units) {
    const d = Math.floor(rest / u);
    rest %= u;
    if (u === 10000) {
      if (d > 0) { out += toChineseNumeral(d) + name; started = true; }
      continue;
    }
    if (d > 0) {
      if (zeroPending) out += '零';
      out += CN_DIGITS[d] + name;
      zeroPending = false;
      started = true;
    } else if (started) zeroPending = true;
  }
  if (rest > 0) {
    if (zeroPending) out += '零';
    out += CN_DIGITS[rest];
  }
  return out;
}

const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';
const PAREN_ARABIC = '⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿⒀⒁⒂⒃⒄⒅⒆⒇';
const PAREN_CN = '㈠㈡㈢㈣㈤㈥㈦㈧㈨㈩';

/** The place (from 1) of `ch` in a series of enclosed numerals written in order; null when not in it. */
function placeIn(series: string, ch: string): number | null {
  const i = series.indexOf(ch);
  return i < 0 ? null : i + 1;
}
/** ① → 1 … ⑳ → 20; null otherwise. */
export function circledValue(ch: string): number | null {
  return placeIn(CIRCLED, ch);
}
/** ⑴ → 1 … ⒇ → 20. */
export function parenArabicValue(ch: string): number | null {
  return placeIn(PAREN_ARABIC, ch);
}
/** ㈠ → 1 … ㈩ → 10. */
export function parenChineseValue(ch: string): number | null {
  return placeIn(PAREN_CN, ch);
}
export function toCircled(n: number): string | null {
  return n >= 1 && n <= 20 ? CIRCLED[n - 1] : null;
}
export const CIRCLED_CHARS = CIRCLED;
export const PAREN_ARABIC_CHARS = PAREN_ARABIC;
export const PAREN_CHINESE_CHARS = PAREN_CN;

/** `第N` ordinal value: 第一 → 1, 第十二 → 12, 第3 → 3. Null when the rest is not a numeral. */
export function ordinalValue(s: string): number | null {
  if (!s.startsWith('第')) return null;
  const rest = s.slice(1);
  return parseArabic(rest) ?? parseChineseInteger(rest);
}
