/**
 * A Chinese month written alone (六月, 十一月) read as a date by what stands around it in running
 * prose (talks, work reports, annotated histories), where extract.ts leaves a month alone unless a
 * clause stop or a part of the month (十月中旬, 六月份) follows:
 * - a year word said just before it: 同年六月, 去年一月, 今年三月 (the year is the text's own);
 * - a time relation after it: 六月前到期, 十一月间, 三月以后 (not 一月前/一月后, "a month ago/later");
 * - the second of two months listed: 十月、十一月;
 * - a book title right after it, the document or issue the month dates: 十月《施政报告》;
 * - a span of two Chinese months, one pair: 一月至九月, 十月至今年一月.
 * Idioms (十月怀胎, 七月流火, 三月三) meet none of these.
 */
import { includesCode } from '../text/charset';

/** The first character of a year word before a month: 今年, 去年, 明年, 同年, 当年, 次年, 翌年, 前年, 上年, 该年, 是年, 每年. */
const YEAR_WORD_HEAD = '今去明同当次翌前上该是每';
/** Time relations after a month alone (longest first). */
const RELATION_AFTER = ['以前', '之前', '以后', '之后', '前', '后', '间'];
/** Words joining the two months of a span. */
const SPAN_JOIN = '至到—－-~～';
/** Year words allowed before the second month of a span (十月至今年一月). */
const SPAN_YEAR = ['今年', '明年', '次年', '翌年', '下年'];

function startsWithAny(text: string, at: number, words: readonly string[]): string | null {
  for (const w of words) if (text.startsWith(w, at)) return w;
  return null;
}

/** A Chinese month number (一…十二) at p followed by 月 (not 个月): its month and the end after 月, or null. */
export function cnMonthAt(text: string, p: number): { month: number; end: number } | null {
  const D = '一二三四五六七八九';
  const c0 = text[p];
  let month = 0;
  let q = p;
  if (c0 === '十') {
    const c1 = text[p + 1];
    if (c1 === '一' || c1 === '二') { month = 10 + D.indexOf(c1) + 1; q = p + 2; } else { month = 10; q = p + 1; }
  } else {
    const d = D.indexOf(c0 ?? '');
    if (d < 0) return null;
    month = d + 1;
    q = p + 1;
  }
  if (text[q] !== '月') return null;
  // 一月至九月 reads months; 十一月 must not be the tail of a longer numeral (二十一月 is no month)
  if (includesCode('一二三四五六七八九十百千万两〇零', text.charCodeAt(p - 1))) return null;
  return { month, end: q + 1 };
}

/** Whether the month alone at [start, end) is a date by a year word before it, a relation after it, or a list. */
export function monthAloneCue(text: string, start: number, end: number): boolean {
  if (text[start - 1] === '年' && includesCode(YEAR_WORD_HEAD, text.charCodeAt(start - 2))) return true;
  if (text[start - 1] === '、' && text[start - 2] === '月') return true;
  // (十月《施政报告》 "October's policy address": no idiom runs into a book title)
  if (text[end] === '《') return true;
  const rel = startsWithAny(text, end, RELATION_AFTER);
  if (rel === null) return false;
  // 一月前, 一月后: "a month ago / later" as often as "before January"
  if ((rel === '前' || rel === '后') && end - start === 2 && text[start] === '一') return false;
  return true;
}

/** After a month alone ending at `end`: a second Chinese month joined by 至/到/— (一月至九月), its month and end. */
export function cnMonthSpan(text: string, end: number): { month: number; end: number } | null {
  if (!includesCode(SPAN_JOIN, text.charCodeAt(end))) return null;
  let p = end + 1;
  const y = startsWithAny(text, p, SPAN_YEAR);
  if (y) p += y.length;
  const m = cnMonthAt(text, p);
  if (!m) return null;
  return m;
}
