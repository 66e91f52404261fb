/**
 * Telephone and fax numbers written with hyphens. The golds split them at each hyphen, every part a
 * figure of kind other (docs/testing.md: 13 numbers in 6 documents split, none kept whole), while a
 * hyphenated code that is no telephone number (索引号, 编号, a licence) stays one figure. What tells a
 * telephone number: the word that labels it (电话, 传真, 热线, Tel), or its shape — a Chinese area code
 * (0 then a non-zero digit, three or four digits) before a local number, or a 400/800 hotline with its
 * extension.
 */
import { isDigitCode } from './scan';

const PHONE_WORDS = ['电话', '電話', '传真', '傳真', '热线', '熱線', '手机', '手機', '座机', '座機', '联系方式', '聯繫方式',
  '联系号码', '客服', 'Tel', 'TEL', 'tel', 'Fax', 'FAX', 'fax', 'Phone', 'PHONE', 'phone'];

/** Characters that may stand between a phone word and a number: other numbers of the list, separators, brackets. */
function betweenPhoneParts(c: number): boolean {
  return isDigitCode(c) || c === 0x2d || c === 0xff0d || c === 0x20 || c === 0x3000 || c === 0x3001 || c === 0xff0c || c === 0x2c ||
    c === 0x2f || c === 0xff1b || c === 0x3b || c === 0xff1a || c === 0x3a || c === 0x28 || c === 0x29 || c === 0xff08 || c === 0xff09 ||
    c === 0x2e || c === 0x2b;
}

/**
 * Whether a word that labels a telephone number stands before `start`, with nothing but other
 * numbers, separators and brackets between (电话：0791-1234567、0791-7654321; Tel: +86 (10) 6512-3456).
 */
export function phoneWordBefore(text: string, start: number): boolean {
  let k = start;
  const stop = Math.max(0, start - 80);
  while (k > stop && betweenPhoneParts(text.charCodeAt(k - 1))) k--;
  for (const w of PHONE_WORDS) {
    if (k >= w.length && text.startsWith(w, k - w.length)) return true;
  }
  // 电话号码：, 联系电话(办公室)：
  if (text.startsWith('号码', k - 2) && PHONE_WORDS.some((w) => text.startsWith(w, k - 2 - w.length))) return true;
  return false;
}

interface Part { start: number; end: number; intDigits: number }

/**
 * Whether hyphen-joined integer groups have a telephone number's own shape: an area code (0 and a
 * non-zero digit, three or four digits) before a local number of five to eight digits not opening
 * with 0, or a ten-digit 400/800 hotline before an extension of one to five digits.
 */
export function phoneShape(text: string, parts: readonly Part[]): boolean {
  if (parts.length !== 2) return false;
  const [a, b] = parts;
  const c0 = text.charCodeAt(a.start);
  const c1 = text.charCodeAt(a.start + 1);
  const zero = (c: number) => c === 0x30 || c === 0xff10;
  if (zero(c0) && !zero(c1) && (a.intDigits === 3 || a.intDigits === 4) && b.intDigits >= 5 && b.intDigits <= 8 && !zero(text.charCodeAt(b.start))) return true;
  const hotline = a.intDigits === 10 && (text.startsWith('400', a.start) || text.startsWith('800', a.start));
  return hotline && b.intDigits >= 1 && b.intDigits <= 5;
}
