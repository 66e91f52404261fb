/**
 * Number recognition at one offset: Arabic (ASCII or full-width digits, thousands separators,
 * decimals, redacted digits `20_` `20xx`) and Chinese numerals (两千三百万, 三点五). No regexes:
 * every reader moves forward over the text once.
 */
import { parseChineseNumber } from '../text/numerals';
import { CodeMap } from '../text/charset';
import { isAsciiDigit, isDigitCode, isWideDigit } from '../text/digits';
import { isAsciiLetter } from '../text/latin';
// (the scanner's importers take the digit and letter tests from here as well)
export { isAsciiDigit, isDigitCode, isWideDigit } from '../text/digits';
export { isAsciiAlnum, isAsciiLetter, isLatinLetter } from '../text/latin';

export interface NumToken {
  start: number;
  end: number;
  /** Null when digits are redacted (`20_`, `20xx`, `202_`). */
  value: number | null;
  chinese: boolean;
  /** Digits before the decimal point (Arabic only). */
  intDigits: number;
  integer: boolean;
  /** Thousands separators were used. */
  grouped: boolean;
}

/** A character of a dot leader (a contents line's run of dots to its page number): . ． · … ⋯ */
export function isLeaderDot(c: number): boolean {
  return c === 0x2e || c === 0xff0e || c === 0xb7 || c === 0x2026 || c === 0x22ef;
}
function digitOf(c: number): number {
  return c <= 57 ? c - 48 : c - 0xff10;
}

/** Chinese digits usable in a numeral run (兆 and 洞 left out: 兆瓦 is a unit, 洞 a word). */
const CN_DIGIT = '〇零一壹二贰貳两兩三叁參四肆五伍六陆陸七柒八捌九玖';
const CN_UNIT = '十拾百佰千仟万萬亿億廿卅';
export const CN_RUN = new Uint8Array(65536);
for (const ch of CN_DIGIT) CN_RUN[ch.charCodeAt(0)] = 1;
for (const ch of CN_UNIT) CN_RUN[ch.charCodeAt(0)] = 2;
CN_RUN['点'.charCodeAt(0)] = 3;
CN_RUN['點'.charCodeAt(0)] = 3;

/** Value of each Chinese digit, by code (a lookup by the one-character string made a string per numeral read). */
const SINGLE = new CodeMap<number>();
for (const ch of CN_DIGIT) SINGLE.set(ch.charCodeAt(0), parseChineseNumber(ch) ?? 0);

export function isChineseDigitCode(c: number): boolean {
  return CN_RUN[c] === 1;
}

/** Value of the three ASCII digits at p. */
function digitsValue(text: string, p: number): number {
  return (text.charCodeAt(p) - 48) * 100 + (text.charCodeAt(p + 1) - 48) * 10 + (text.charCodeAt(p + 2) - 48);
}

/** 10^k for k = 0…15, each exact in a double. */
const POW10 = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

/** The digits in [from, to) as ASCII, separators left out (full-width digits made half-width). */
function digitString(text: string, from: number, to: number): string {
  let s = '';
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (isDigitCode(c)) s += String.fromCharCode(48 + digitOf(c));
  }
  return s;
}

/**
 * Arabic number at `i` (a digit). Thousands separators are ASCII commas followed by exactly three
 * digits; the decimal point is `.` or `．` followed by a digit. Redaction marks `_`/`x`/`X` after
 * the digits make the value null (but only when no letter or digit follows them).
 */
export function readArabic(text: string, i: number): NumToken {
  const n = text.length;
  let j = i;
  let int = 0;
  let intDigits = 0;
  let grouped = false;
  // The value is summed as the digits are read (exact up to 15 digits); a string is built only for
  // longer numbers and decimals, where Number() must do the rounding.
  while (j < n && isDigitCode(text.charCodeAt(j))) {
    int = int * 10 + digitOf(text.charCodeAt(j));
    intDigits++;
    j++;
    // full-width digits may be grouped with a full-width comma: ９，９９９
    if (
      text.charCodeAt(j) === 0xff0c && isWideDigit(text.charCodeAt(j - 1)) && intDigits <= 3 &&
      isWideDigit(text.charCodeAt(j + 1)) && isWideDigit(text.charCodeAt(j + 2)) && isWideDigit(text.charCodeAt(j + 3)) &&
      !isDigitCode(text.charCodeAt(j + 4))
    ) {
      for (let k = 1; k <= 3; k++) int = int * 10 + digitOf(text.charCodeAt(j + k));
      intDigits += 3;
      j += 4;
      grouped = true;
      break;
    }
    // thousands separator: `,ddd` not followed by a fourth digit
    if (
      text.charCodeAt(j) === 44 &&
      j + 3 < n + 1 &&
      isAsciiDigit(text.charCodeAt(j + 1)) &&
      isAsciiDigit(text.charCodeAt(j + 2)) &&
      isAsciiDigit(text.charCodeAt(j + 3)) &&
      !isDigitCode(text.charCodeAt(j + 4)) &&
      intDigits <= 3
    ) {
      grouped = true;
      int = int * 1000 + digitsValue(text, j + 1);
      intDigits += 3;
      j += 4;
      while (
        text.charCodeAt(j) === 44 &&
        isAsciiDigit(text.charCodeAt(j + 1)) &&
        isAsciiDigit(text.charCodeAt(j + 2)) &&
        isAsciiDigit(text.charCodeAt(j + 3)) &&
        !isDigitCode(text.charCodeAt(j + 4))
      ) {
        int = int * 1000 + digitsValue(text, j + 1);
        intDigits += 3;
        j += 4;
      }
      break;
    }
  }
  const intEnd = j;
  if (intDigits > 15) int = Number(digitString(text, i, intEnd));
  let value: number | null = int;
  let integer = true;
  const d = text.charCodeAt(j);
  if ((d === 46 || d === 0xff0e) && isDigitCode(text.charCodeAt(j + 1))) {
    j++;
    const fracStart = j;
    let frac = 0;
    while (j < n && isDigitCode(text.charCodeAt(j))) {
      frac = frac * 10 + digitOf(text.charCodeAt(j));
      j++;
    }
    // Up to 15 digits in all, integer and fraction are exact and so is 10^k: one division is then
    // rounded once, to the same double as Number('int.frac') (both the nearest to the decimal).
    value = intDigits + (j - fracStart) <= 15 ? (int * POW10[j - fracStart] + frac) / POW10[j - fracStart] : Number(`${digitString(text, i, intEnd)}.${digitString(text, fracStart, j)}`);
    integer = false;
  } else if (!grouped && (d === 95 || d === 120 || d === 88)) {
    // redaction: 20_ 20xx 202_ (not 2x3, not h1n1-like identifiers)
    let k = j;
    while (k < n) {
      const e = text.charCodeAt(k);
      if (e === 95 || e === 120 || e === 88) k++;
      else break;
    }
    const after = text.charCodeAt(k);
    if (!isAsciiLetter(after) && !isDigitCode(after)) {
      return { start: i, end: k, value: null, chinese: false, intDigits: intDigits + (k - j), integer: true, grouped: false };
    }
  } else if (!grouped && (d === 42 || d === 0xff0a) && intDigits >= 2) {
    // a year redacted with asterisks, 20**年: only a four-place year before 年, so that Markdown
    // emphasis closing after a number (**2023**年) and products (2*155) are never taken for it
    let k = j;
    while (k < n && (text.charCodeAt(k) === 42 || text.charCodeAt(k) === 0xff0a)) k++;
    if (intDigits + (k - j) === 4 && text[k] === '年') {
      return { start: i, end: k, value: null, chinese: false, intDigits: 4, integer: true, grouped: false };
    }
    // 20*年: one asterisk for the two places a 范文 page's template hides (its 20xx年 written
    // short); only after 19 or 20 and where no asterisk opens the number (*20*年 is emphasis)
    if (intDigits === 2 && k - j === 1 && (int === 19 || int === 20) && text[k] === '年' && !isStar(text.charCodeAt(i - 1))) {
      return { start: i, end: k, value: null, chinese: false, intDigits: 4, integer: true, grouped: false };
    }
  }
  return { start: i, end: j, value, chinese: false, intDigits, integer, grouped };
}

function isStar(c: number): boolean {
  return c === 42 || c === 0xff0a;
}

/**
 * Chinese numeral at `i`: the longest run of numeral characters that parses, trailing 点 left
 * out (四点意见). Null when the run is not a numeral (十四五, 一二三产业).
 */
export function readChinese(text: string, i: number): NumToken | null {
  let j = chineseRunEnd(text, i);
  // A numeral is short; a long run of numeral characters is a list or noise, never a figure.
  if (j - i > 24) return null;
  while (j > i && CN_RUN[text.charCodeAt(j - 1)] === 3) j--;
  if (j === i) return null;
  let v = j - i === 1 && CN_RUN[text.charCodeAt(i)] === 1 ? SINGLE.get(text.charCodeAt(i)) as number : parseChineseNumber(text.slice(i, j));
  if (v === null) v = decimalWithScale(text.slice(i, j));
  if (v === null) return null;
  // Digit-by-digit runs (一二三, 二〇二四) are numbers only as years; the caller checks 年.
  return { start: i, end: j, value: v, chinese: true, intDigits: 0, integer: Number.isInteger(v), grouped: false };
}

/** Scale words that may close a Chinese decimal (四十七点三万亿), longest first. */
const DECIMAL_SCALES: [string, number][] = [['万亿', 1e12], ['千亿', 1e11], ['百亿', 1e10], ['十亿', 1e9], ['千万', 1e7], ['百万', 1e6], ['十万', 1e5], ['亿', 1e8], ['億', 1e8], ['万', 1e4], ['萬', 1e4]];

/** 五点六万亿: a decimal followed by a scale word, which the plain numeral reader refuses. */
function decimalWithScale(run: string): number | null {
  if (!run.includes('点') && !run.includes('點')) return null;
  for (const [w, f] of DECIMAL_SCALES) {
    if (run.length > w.length && run.endsWith(w)) {
      const head = run.slice(0, run.length - w.length);
      const last = head.charCodeAt(head.length - 1);
      if (CN_RUN[last] !== 1) return null;
      const v = parseChineseNumber(head);
      return v === null ? null : Number((v * f).toPrecision(15));
    }
  }
  return null;
}

/** Characters of a year written digit by digit in Chinese, where 0 is often typed as 0, ０ or ○. */
const YEAR_DIGIT: Record<string, number> = {
  〇: 0, 零: 0, '0': 0, '０': 0, '○': 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

const YEAR_CHAR = 0x5e74; // 年

/**
 * 二〇一一年, 二0一一年, 二○○八年: four year digits at `i` followed by 年, the first a Chinese digit.
 * Returns the year as a number token (for the date reader), or null.
 */
export function chineseYearAt(text: string, i: number): NumToken | null {
  // Asked at every Chinese numeral: the cheap test that almost always fails comes first.
  if (text.charCodeAt(i + 4) !== YEAR_CHAR || CN_RUN[text.charCodeAt(i)] !== 1 || !(text[i] in YEAR_DIGIT)) return null;
  const pc = text.charCodeAt(i - 1);
  if (i > 0 && (text[i - 1] in YEAR_DIGIT || isDigitCode(pc))) return null;
  let v = 0;
  for (let k = i; k < i + 4; k++) {
    const d = YEAR_DIGIT[text[k]];
    if (d === undefined) return null;
    v = v * 10 + d;
  }
  if (text[i + 4] !== '年' || v < 1500 || v > 2199) return null;
  return { start: i, end: i + 4, value: v, chinese: false, intDigits: 4, integer: true, grouped: false };
}

/** Whether `i` holds an Arabic zero typed inside a Chinese numeral (三0二). */
export function zeroInsideChinese(text: string, i: number, end: number): boolean {
  for (let k = i; k < end; k++) if (text[k] !== '0' && text[k] !== '０') return false;
  return CN_RUN[text.charCodeAt(i - 1)] === 1 && CN_RUN[text.charCodeAt(end)] === 1;
}

/** End of the run of Chinese numeral characters starting at `i`. */
export function chineseRunEnd(text: string, i: number): number {
  const n = text.length;
  let j = i;
  while (j < n && CN_RUN[text.charCodeAt(j)] !== 0) j++;
  return j;
}

/** Whether the Chinese run is written digit by digit (二〇二四), as years are. */
export function isDigitByDigit(text: string, t: NumToken): boolean {
  if (t.end - t.start < 2) return false;
  for (let k = t.start; k < t.end; k++) {
    const ch = text[k];
    if (CN_RUN[text.charCodeAt(k)] !== 1 || ch === '两' || ch === '兩') return false;
  }
  return true;
}
