/**
 * Two passes over the scanned figures that read what a figure's neighbourhood says about it:
 * a period said in years and months (两年零九个月) is one period, and a count of the text's own
 * points that the text goes on to enumerate (四个突破：一是…四是) names a set wherever it recurs.
 */
import type { Figure } from '../types';
import { CN_RUN, isDigitCode, readArabic, readChinese } from './scan';

/**
 * 两年零九个月, 三年六个月, 1年零3个月: years, then (零/又) months under twelve: one duration, in
 * months (33 个月), spanning both parts. The months' figure, where one was read, is dropped.
 * (Not joinNext.ts's step: the months are read from the text after the years, figure or none.)
 */
export function joinYearsAndMonths(text: string, figs: Figure[]): Figure[] {
  let dropFrom = -1;
  let dropTo = -1;
  let out: Figure[] | null = null;
  for (let k = 0; k < figs.length; k++) {
    const f = figs[k];
    if (f.start >= dropFrom && f.start < dropTo) {
      if (out === null) out = figs.slice(0, k);
      continue;
    }
    if (out) out.push(f);
    if (f.kind !== 'duration' || f.unit !== '年' || typeof f.value !== 'number' || !Number.isInteger(f.value) || f.approx !== null) continue;
    let p = f.end;
    if (text[p] === '零' || text[p] === '又') p++;
    const c = text.charCodeAt(p);
    const t = isDigitCode(c) ? readArabic(text, p) : CN_RUN[c] === 1 || CN_RUN[c] === 2 ? readChinese(text, p) : null;
    if (!t || t.value === null || !t.integer || t.value < 1 || t.value > 11 || !text.startsWith('个月', t.end)) continue;
    const end = t.end + 2;
    // 二年一个月零三日: days follow, which a value in months cannot hold; the parts stay as read
    if (text[end] === '零' || text[end] === '又') continue;
    f.value = f.value * 12 + t.value;
    f.unit = '个月';
    f.end = end;
    f.text = text.slice(f.start, end);
    dropFrom = p;
    dropTo = end;
  }
  return out ?? figs;
}

const CN_DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
/** The markers of an enumeration's first and n-th member: 一是…四是, 一要…四要, 第一…第四. */
function enumerates(text: string, from: number, n: number): boolean {
  // the enumeration opens within the clause after the count (这四个突破主要包括：一是…)
  let k = from;
  const stop = Math.min(text.length, from + 30);
  let open = -1;
  let kindOf = '';
  for (; k < stop; k++) {
    const ch = text[k];
    if (ch === '。' || ch === '\n' || ch === '！' || ch === '？') return false;
    if (ch === '一' && (text[k + 1] === '是' || text[k + 1] === '要') && !CN_RUN[text.charCodeAt(k - 1)]) {
      open = k;
      kindOf = text[k + 1];
      break;
    }
    if (ch === '第' && text[k + 1] === '一' && (text[k + 2] === '，' || text[k + 2] === '、' || text[k + 2] === ',')) {
      open = k;
      kindOf = '第';
      break;
    }
  }
  if (open < 0) return false;
  const last = kindOf === '第' ? `第${CN_DIGITS[n]}` : CN_DIGITS[n] + kindOf;
  const next = kindOf === '第' ? (n < 10 ? `第${CN_DIGITS[n + 1]}` : '') : n < 10 ? CN_DIGITS[n + 1] + kindOf : '';
  // (bounded windows: the scan stays linear in the text)
  const window = text.slice(open + 2, open + 3000);
  const lastAt = window.indexOf(last);
  if (lastAt < 0) return false;
  // exactly n members: no (n+1)-th marker right after the n-th one's part
  if (next && window.slice(lastAt + 2, lastAt + 600).includes(next)) return false;
  return true;
}

/**
 * 实现四个突破 … 这四个突破主要包括：一是…四是: a count in Chinese numerals of N个 and a two-character
 * noun, which the text enumerates right after one of its occurrences (its first member marked
 * 一是/一要/第一 within the clause, the N-th after it, no (N+1)-th), names the text's own set of
 * points (as 三个方面 does: ANNOTATION), not a quantity; every occurrence of it is dropped (the
 * page's title and the sentence that announces it included). Arabic digits always count (4个方面).
 */
export function dropEnumeratedSets(text: string, figs: Figure[]): Figure[] {
  const candidates = new Map<string, boolean>();
  for (let i = 0; i < figs.length; i++) {
    const f = figs[i];
    const key = setKey(text, f);
    if (key !== null) candidates.set(key, false);
  }
  if (candidates.size === 0) return figs;
  // one pass over every N个XY in the text (the occurrence announcing the enumeration is usually no
  // figure: 这四个突破)
  // (each 个 found by the native indexOf, the two characters after it checked by code: the regular
  // expression /个[\u4e00-\u9fff]{2}/g, whose matches these are, cost about 9 instructions a character)
  let found = false;
  for (let at = text.indexOf('个'); at >= 0; ) {
    const a = text.charCodeAt(at + 1);
    const b = text.charCodeAt(at + 2);
    if (!(a >= 0x4e00 && a <= 0x9fff && b >= 0x4e00 && b <= 0x9fff)) {
      at = text.indexOf('个', at + 1);
      continue;
    }
    const n = numeralBefore(text, at);
    if (n >= 2 && n <= 10) {
      const key = `${n}|${text.slice(at + 1, at + 3)}`;
      if (candidates.get(key) === false && enumerates(text, at + 3, n)) {
        candidates.set(key, true);
        found = true;
      }
    }
    // (matches do not overlap: the next is looked for after this one's two characters)
    at = text.indexOf('个', at + 3);
  }
  // (no set enumerated: nothing to drop, and no key to build again for every figure)
  if (!found) return figs;
  return figs.filter((f) => {
    const key = setKey(text, f);
    return key === null || !candidates.get(key);
  });
}

/** `N|XY` for a figure N个 in Chinese numerals (2–10) before two CJK characters, else null. */
function setKey(text: string, f: Figure): string | null {
  if (f.unit !== '个' || f.kind !== 'count' || typeof f.value !== 'number' || f.value < 2 || f.value > 10) return null;
  if (f.end - f.start > 3 || isDigitCode(text.charCodeAt(f.start))) return null;
  const a = text.charCodeAt(f.end);
  const b = text.charCodeAt(f.end + 1);
  if (!(a >= 0x4e00 && a <= 0x9fff && b >= 0x4e00 && b <= 0x9fff)) return null;
  return `${f.value}|${text.slice(f.end, f.end + 2)}`;
}

/** The value of the Chinese numeral (one or two characters) that ends at `at`, else -1. */
function numeralBefore(text: string, at: number): number {
  let s = at;
  while (s > 0 && at - s < 2 && CN_RUN[text.charCodeAt(s - 1)] !== 0 && CN_RUN[text.charCodeAt(s - 1)] !== 3) s--;
  if (s === at) return -1;
  const t = readChinese(text, s);
  return t && t.end === at && t.value !== null ? t.value : -1;
}
