/**
 * Value of a whole number expression as written, mixing Arabic and Chinese: `3万4000`, `5万4千6百`,
 * `1,100.9亿`, `四百亿点零五零`, `三分之一`, `3又一千分之23`, `1 3/5`, `二十几万`, `一打`, and the way a
 * calculator writes numbers (`.5`, `2e5`, `-12e-1`, `2^5`, `2.5^-1`). Approximators
 * (多 余 几) are read as the stated number (二十几万 → 200000). Null when it is not one.
 */
import { parseArabic, parseChineseInteger, toHalfWidth } from '../text/numerals';
import { withoutSpaces } from '../text/blank';

const DIGIT: Record<string, number> = {
  〇: 0, 零: 0, 一: 1, 壹: 1, 二: 2, 贰: 2, 貳: 2, 两: 2, 兩: 2, 倆: 2, 三: 3, 叁: 3, 參: 3, 四: 4, 肆: 4,
  五: 5, 伍: 5, 六: 6, 陆: 6, 陸: 6, 七: 7, 柒: 7, 八: 8, 捌: 8, 九: 9, 玖: 9,
};
const SMALL: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
const LARGE: Record<string, number> = { 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8, 兆: 1e12 };

type Tok = { t: 'n'; v: number; zero: boolean } | { t: 's'; v: number } | { t: 'l'; v: number };

/** Integer part mixing Arabic digit groups and Chinese numerals; null when malformed. */
function mixedInteger(s: string): number | null {
  if (!s) return null;
  const toks: Tok[] = [];
  let i = 0;
  while (i < s.length) {
    const ch = s[i];
    if (ch >= '0' && ch <= '9') {
      let j = i;
      while (j < s.length && ((s[j] >= '0' && s[j] <= '9') || s[j] === '.' || s[j] === ',')) j++;
      const v = parseArabic(s.slice(i, j));
      if (v === null) return null;
      toks.push({ t: 'n', v, zero: false });
      i = j;
    } else if (ch in DIGIT) {
      toks.push({ t: 'n', v: DIGIT[ch], zero: DIGIT[ch] === 0 });
      i++;
    } else if (ch in SMALL) {
      toks.push({ t: 's', v: SMALL[ch] });
      i++;
    } else if (ch in LARGE) {
      toks.push({ t: 'l', v: LARGE[ch] });
      i++;
    } else return null;
  }
  let total = 0;
  let section = 0;
  let num: number | null = null;
  let lastSmall = 0;
  let lastLarge = 0;
  let zeroSeen = false;
  for (const tk of toks) {
    if (tk.t === 'n') {
      if (tk.zero) {
        zeroSeen = true;
        continue;
      }
      if (num !== null) return null;
      num = tk.v;
    } else if (tk.t === 's') {
      section += (num ?? (tk.v === 10 || section === 0 ? 1 : NaN)) * tk.v;
      if (Number.isNaN(section)) return null;
      lastSmall = tk.v;
      num = null;
      zeroSeen = false;
    } else {
      if (num !== null) section += num;
      num = null;
      if (section === 0 && total > 0) total *= tk.v; // 万万, 万亿
      else if (lastLarge && tk.v > lastLarge) total = (total + section) * tk.v;
      else total += (section || (total === 0 ? 1 : 0)) * tk.v;
      section = 0;
      lastLarge = tk.v;
      lastSmall = 0;
      zeroSeen = false;
    }
  }
  if (num !== null) {
    // 一千三 → 1300, 九万四 → 94000: a trailing digit right after a unit takes the next lower unit
    if (!zeroSeen && num < 10 && Number.isInteger(num) && lastSmall >= 100) section += num * (lastSmall / 10);
    else if (!zeroSeen && num < 10 && Number.isInteger(num) && lastSmall === 0 && lastLarge >= 1e4 && section === 0) section += num * (lastLarge / 10);
    else section += num;
  }
  return total + section;
}

function decimalPart(s: string): number | null {
  let frac = '';
  for (const ch of s) {
    if (ch >= '0' && ch <= '9') frac += ch;
    else if (ch in DIGIT) frac += String(DIGIT[ch]);
    else return null;
  }
  return frac ? Number(`0.${frac}`) : null;
}

function plain(s: string): number | null {
  if (!s) return null;
  const k = s.search(/[点點]/);
  if (k >= 0) {
    const intPart = k === 0 ? 0 : mixedInteger(s.slice(0, k));
    const frac = decimalPart(s.slice(k + 1));
    if (intPart === null || frac === null) return null;
    return Number((intPart + frac).toPrecision(15));
  }
  const v = mixedInteger(s);
  if (v !== null) return v;
  return parseChineseInteger(s);
}

export function parseNumberText(input: string): number | null {
  const mixed = /^\s*(\d+)\s+(\d+)\/(\d+)\s*$/.exec(toHalfWidth(input));
  if (mixed) return Number(mixed[3]) ? Number(mixed[1]) + Number(mixed[2]) / Number(mixed[3]) : null;
  let s = withoutSpaces(toHalfWidth(input)).replace(/[多余幾几来]/g, '');
  if (!s) return null;
  let sign = 1;
  if (s[0] === '负' || s[0] === '負' || s[0] === '-' || s[0] === '－') {
    sign = -1;
    s = s.slice(1);
  }
  if (s === '半百') return sign * 50;
  // written the way a calculator or a spreadsheet writes numbers: .5, 2e5, -12e-1, 2^5, 2.5^-1
  const sci = /^(\d+\.?\d*|\.\d+)(?:[eE]([+-]?\d+))?$/.exec(s);
  if (sci && (sci[2] !== undefined || s[0] === '.')) {
    const v = Number(sci[2] !== undefined ? `${sci[1]}e${sci[2]}` : `0${sci[1]}`);
    return Number.isFinite(v) ? sign * v : null;
  }
  const pow = /^(\d+(?:\.\d+)?)\^([+-]*)(\d+(?:\.\d+)?)$/.exec(s);
  if (pow) {
    // a run of signs before the exponent: each minus turns it (--23 is +23)
    const neg = (pow[2].split('-').length - 1) % 2 === 1;
    const v = Math.pow(Number(pow[1]), (neg ? -1 : 1) * Number(pow[3]));
    return Number.isFinite(v) ? sign * v : null;
  }
  let dozen = 1;
  if (s.endsWith('打')) {
    dozen = 12;
    s = s.slice(0, -1);
  }
  // mixed number: whole 又 fraction
  const you = s.indexOf('又');
  if (you > 0) {
    const a = parseNumberText(s.slice(0, you));
    const b = parseNumberText(s.slice(you + 1));
    return a === null || b === null ? null : sign * (a + b);
  }
  const fen = s.indexOf('分之');
  if (fen > 0) {
    const den = parseNumberText(s.slice(0, fen));
    const numr = parseNumberText(s.slice(fen + 2));
    return den && numr !== null ? sign * (numr / den) : null;
  }
  const slash = s.indexOf('/');
  if (slash > 0) {
    const a = plain(s.slice(0, slash));
    const b = plain(s.slice(slash + 1));
    return a !== null && b ? sign * (a / b) : null;
  }
  const v = plain(s);
  return v === null ? null : sign * v * dozen;
}
