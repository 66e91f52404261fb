/**
 * Word's list number formats (`w:numFmt` in numbering.xml), rendered as Word shows them: the
 * counter of one level as the text that replaces `%1`…`%9` in the level text. Formats we do not
 * know fall back to decimal, as Word's own fallback does. Never throws; numbers below 1 where a
 * format has no zero are shown in decimal.
 */

const CN_DIGITS = '〇一二三四五六七八九';
const LEGAL_DIGITS = '零壹贰叁肆伍陆柒捌玖';
const STEMS = '甲乙丙丁戊己庚辛壬癸';
const BRANCHES = '子丑寅卯辰巳午未申酉戌亥';

/** 1 → 一, 10 → 十, 11 → 十一, 20 → 二十, 105 → 一百零五, 12000 → 一万二千 (everyday counting). */
export function chineseCount(n: number, digits = CN_DIGITS, units = ['', '十', '百', '千'], big = ['', '万', '亿'], zero = '零'): string {
  if (!Number.isFinite(n) || n < 0 || n >= 1e12) return String(n);
  n = Math.floor(n);
  if (n === 0) return digits[0];
  const groups: number[] = [];
  for (let m = n; m > 0; m = Math.floor(m / 10000)) groups.push(m % 10000);
  let out = '';
  let pendingZero = false;
  for (let g = groups.length - 1; g >= 0; g--) {
    const v = groups[g];
    if (v === 0) {
      pendingZero = out !== '';
      continue;
    }
    if (out && (pendingZero || v < 1000)) out += zero;
    pendingZero = false;
    let part = '';
    let gap = false;
    for (let d = 3; d >= 0; d--) {
      const digit = Math.floor(v / 10 ** d) % 10;
      if (digit === 0) {
        gap = part !== '';
        continue;
      }
      if (gap) part += zero;
      gap = false;
      part += digits[digit] + units[d];
    }
    out += part + big[g];
  }
  // 十一, not 一十一, when the number starts with its tens (everyday usage for 10–19).
  if (units[1] === '十' && out.startsWith(digits[1] + '十')) out = out.slice(1);
  return out;
}

/** 105 → 一〇五: digit by digit. */
function chineseDigits(n: number): string {
  return String(n).replace(/\d/g, (d) => CN_DIGITS[Number(d)]);
}

function letters(n: number, upper: boolean): string {
  // Word repeats the letter: A…Z, AA…ZZ, AAA…
  const letter = String.fromCharCode((upper ? 65 : 97) + ((n - 1) % 26));
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
}

function roman(n: number, upper: boolean): string {
  if (n >= 4000) return String(n);
  const table: [number, string][] = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  for (const [v, s] of table) while (n >= v) { out += s; n -= v; }
  return upper ? out : out.toLowerCase();
}

/** ①…⑳, then ㉑…㉟, ㊱…㊿ (Unicode has circled numbers to 50). */
function circled(n: number): string | null {
  if (n >= 1 && n <= 20) return String.fromCodePoint(0x2460 + n - 1);
  if (n >= 21 && n <= 35) return String.fromCodePoint(0x3251 + n - 21);
  if (n >= 36 && n <= 50) return String.fromCodePoint(0x32b1 + n - 36);
  return null;
}

/** The counter `n` in format `fmt` (`w:numFmt/@w:val`). */
export function formatNumber(n: number, fmt: string): string {
  if (!Number.isFinite(n)) return '';
  n = Math.floor(n);
  const positive = n >= 1;
  switch (fmt) {
    case 'none':
      return '';
    case 'bullet':
      return '';
    case 'decimalZero':
      return n >= 0 && n < 10 ? '0' + n : String(n);
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return String(n).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    case 'upperLetter':
      return positive ? letters(n, true) : String(n);
    case 'lowerLetter':
      return positive ? letters(n, false) : String(n);
    case 'upperRoman':
      return positive ? roman(n, true) : String(n);
    case 'lowerRoman':
      return positive ? roman(n, false) : String(n);
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return circled(n) ?? String(n);
    case 'decimalEnclosedParen':
      return n >= 1 && n <= 20 ? String.fromCodePoint(0x2474 + n - 1) : `(${n})`;
    case 'decimalEnclosedFullstop':
      return n >= 1 && n <= 20 ? String.fromCodePoint(0x2488 + n - 1) : `${n}.`;
    case 'ideographEnclosedCircle':
      return n >= 1 && n <= 10 ? String.fromCodePoint(0x3280 + n - 1) : chineseCount(n);
    case 'chineseCounting':
      // Word counts 1–99 in words (十一, 二十) and writes larger numbers digit by digit (一〇五).
      if (n >= 0 && n < 100) return chineseCount(n);
      return n >= 0 ? chineseDigits(n) : String(n);
    case 'chineseCountingThousand':
    case 'taiwaneseCountingThousand':
    case 'japaneseCounting':
    case 'taiwaneseCounting':
      return n >= 0 ? chineseCount(n) : String(n);
    case 'chineseLegalSimplified':
      return n >= 0 ? chineseCount(n, LEGAL_DIGITS, ['', '拾', '佰', '仟'], ['', '万', '亿']) : String(n);
    case 'ideographLegalTraditional':
      return n >= 0 ? chineseCount(n, '零壹貳參肆伍陸柒捌玖', ['', '拾', '佰', '仟'], ['', '萬', '億']) : String(n);
    case 'ideographDigital':
    case 'taiwaneseDigital':
      return n >= 0 ? chineseDigits(n) : String(n);
    case 'ideographTraditional':
      return positive ? STEMS[(n - 1) % 10] : String(n);
    case 'ideographZodiac':
      return positive ? BRANCHES[(n - 1) % 12] : String(n);
    default:
      return String(n);
  }
}
