/**
 * Dates: `2024-07-03`, `2017年3月5日`, `9月28日`, `9月份`, `2019年`, redacted `20_年`, times `11:08`.
 *
 * Values (ANNOTATION.md): an ISO 8601 string holding the parts the text gives — `2019年` →
 * `2019`, `2019年3月` → `2019-03`, `2024-07-03`, `4月`/`4月份` → `--04`, `9月28日` → `--09-28`,
 * `16日` → `---16`, `11:08` → `T11:08`. A redacted part drops out (`20XX年3月16日` → `--03-16`);
 * a wholly redacted or two-digit year is null. The unit of a date is always `""`.
 */
import type { FigureValue } from '../types';
import { isAsciiDigit, isDigitCode, readArabic, readChinese, type NumToken } from './scan';
import { includesCode } from '../text/charset';

export interface DateMatch {
  end: number;
  value: FigureValue;
  unit: string;
}

/** A month, day, hour or minute as two digits (ISO 8601). */
export function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** A small integer (1–2 Arabic digits or a Chinese numeral) at p: [value, end] or null. */
function smallInt(text: string, p: number): [number, number] | null {
  const c = text.charCodeAt(p);
  if (isDigitCode(c)) {
    const t = readArabic(text, p);
    if (t.value === null || !t.integer || t.intDigits > 2) return null;
    return [t.value, t.end];
  }
  const t = readChinese(text, p);
  if (!t || t.value === null || !Number.isInteger(t.value)) return null;
  return [t.value, t.end];
}

/** `YYYY-MM-DD`, `YYYY/MM/DD`, `YYYY.MM.DD` at i (ASCII digits only). */
export function isoDateAt(text: string, i: number): DateMatch | null {
  for (let k = 0; k < 4; k++) if (!isAsciiDigit(text.charCodeAt(i + k))) return null;
  if (isAsciiDigit(text.charCodeAt(i + 4))) return null;
  const sep = text[i + 4];
  if (sep !== '-' && sep !== '/' && sep !== '.') return null;
  let p = i + 5;
  const m0 = p;
  while (p < m0 + 2 && isAsciiDigit(text.charCodeAt(p))) p++;
  if (p === m0 || text[p] !== sep) return null;
  const month = Number(text.slice(m0, p));
  p++;
  const d0 = p;
  while (p < d0 + 2 && isAsciiDigit(text.charCodeAt(p))) p++;
  if (p === d0 || isAsciiDigit(text.charCodeAt(p))) return null;
  const day = Number(text.slice(d0, p));
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return { end: p, value: `${text.slice(i, i + 4)}-${pad(month)}-${pad(day)}`, unit: '' };
}

/** `:MM` after p (two ASCII digits, 00–59, no third digit): its end, or -1. */
function clockField(text: string, p: number): number {
  const c = text[p];
  if ((c !== ':' && c !== '：' && c !== '∶' && c !== '︰') || !isAsciiDigit(text.charCodeAt(p + 1)) || !isAsciiDigit(text.charCodeAt(p + 2))) return -1;
  if (isAsciiDigit(text.charCodeAt(p + 3))) return -1;
  if (Number(text.slice(p + 1, p + 3)) > 59) return -1;
  return p + 3;
}

/**
 * `HH:MM` or `HH:MM:SS` (ASCII or full-width colons) at a token: a time of day, `T11:08`. Web
 * pages stamp speeches `更新时间：2024-07-03 10:39:50`; the seconds belong to the time.
 */
export function timeAt(text: string, tok: NumToken): DateMatch | null {
  if (tok.value === null || !tok.integer || tok.intDigits > 2 || tok.value > 24) return null;
  const m = clockField(text, tok.end);
  if (m < 0) return null;
  const s = clockField(text, m);
  let end = s > 0 ? s : m;
  // 01:21:48.309626: a log's seconds with their fraction; the span holds it, the value stops at the second
  if (s > 0 && text[end] === '.' && isAsciiDigit(text.charCodeAt(end + 1))) {
    end += 2;
    while (isAsciiDigit(text.charCodeAt(end))) end++;
  }
  let iso = `T${pad(tok.value)}:${text.slice(tok.end + 1, tok.end + 3)}`;
  if (s > 0) iso += `:${text.slice(m + 1, m + 3)}`;
  return { end, value: iso, unit: '' };
}

/** Whether a token can be a calendar year written in digits (1500–2199, or redacted 20_, 20xx). */
export function isYearToken(tok: NumToken): boolean {
  if (tok.chinese) return false;
  if (tok.value === null) return tok.intDigits === 4 || tok.intDigits === 3;
  return tok.integer && !tok.grouped && tok.intDigits === 4 && tok.value >= 1500 && tok.value <= 2199;
}

/** Month and day after `p` (where `月` may follow a month number): [month, day|null, end, unitEnd]. */
function monthDay(text: string, p: number): { month: number; day: number | null; end: number; fen: boolean } | null {
  const m = smallInt(text, sp(text, p));
  if (!m || m[0] < 1 || m[0] > 12 || text[sp(text, m[1])] !== '月') return null;
  let end = sp(text, m[1]) + 1;
  if (text[end] === '份') return { month: m[0], day: null, end: end + 1, fen: true };
  const d = smallInt(text, sp(text, end));
  if (d && d[0] >= 1 && d[0] <= 31 && (text[sp(text, d[1])] === '日' || text[sp(text, d[1])] === '号')) {
    return { month: m[0], day: d[0], end: sp(text, d[1]) + 1, fen: false };
  }
  // 3月15 / 日前…: a hard line break between the day and 日; the date spans its first line
  if (d && d[0] >= 1 && d[0] <= 31 && d[1] > end) {
    const q = text[d[1]] === '\r' ? d[1] + 1 : d[1];
    if (text[q] === '\n' && (text[q + 1] === '日' || text[q + 1] === '号')) return { month: m[0], day: d[0], end: d[1], fen: false };
  }
  return { month: m[0], day: null, end, fen: false };
}

/**
 * p + 1 when one space (ASCII, no-break or ideographic) stands at p before a non-space, else p:
 * PDF and Word copies part a number from its unit (`2022 年 7 月 5 日`, `343.26 亿元`).
 */
export function sp(text: string, p: number): number {
  const c = text.charCodeAt(p);
  if (c !== 32 && c !== 0xa0 && c !== 0x3000) return p;
  const d = text.charCodeAt(p + 1);
  return d === 32 || d === 0xa0 || d === 0x3000 || d === 10 || d === 13 || Number.isNaN(d) ? p : p + 1;
}

/** A year token followed by 年, possibly with month and day: one date span. */
export function yearDate(text: string, tok: NumToken): DateMatch | null {
  const y0 = sp(text, tok.end);
  if (text[y0] !== '年') return null;
  const end = y0 + 1;
  const md = monthDay(text, end);
  if (tok.value === null) {
    // 20XX年5月9日: the redacted year hides only the year; month and day stay one date with it
    if (md && md.day !== null) return { end: md.end, value: `--${pad(md.month)}-${pad(md.day)}`, unit: '' };
    if (md) return { end: md.end, value: `--${pad(md.month)}`, unit: '' };
    return { end, value: null, unit: '' };
  }
  if (!md) return { end, value: String(tok.value), unit: '' };
  const y = String(tok.value);
  // 2020年7月份: the month written with 份 is the same month of that year, one date
  if (md.fen) return { end: md.end, value: `${y}-${pad(md.month)}`, unit: '' };
  if (md.day === null) return { end: md.end, value: `${y}-${pad(md.month)}`, unit: '' };
  return { end: md.end, value: `${y}-${pad(md.month)}-${pad(md.day)}`, unit: '' };
}

/**
 * Words that 日 starts after a number when it is not a day of the month (100日元, 3日均, 30日内,
 * 5日以上): the day reading is refused before them.
 */
const NOT_DAY_AFTER = '元均用常益报记志程历期光照本内以之后前左多余间薪工产夜';
/** Whether the word at p (after N日) makes N日 no day; 23日报道, 14日报称 (news of the 23rd) stay days, 日报 alone does not. */
export function notDayAfter(text: string, p: number): boolean {
  if (!includesCode(NOT_DAY_AFTER, text.charCodeAt(p))) return false;
  // 12日夜间, 5日夜里: the night of the 12th (日夜 alone is "day and night")
  if (text[p] === '夜' && (text[p + 1] === '间' || text[p + 1] === '里')) return false;
  return !(text[p] === '报' && (text[p + 1] === '道' || text[p + 1] === '称'));
}

/**
 * After the second day of a range (`10月21日至23日期间`, `5月8日-9日期间`): 期间 is the period the range
 * spans, so 日 before it is the day's, not the first character of 日期 ("date").
 */
export function notRangeDayAfter(text: string, p: number): boolean {
  return notDayAfter(text, p) && !(text[p] === '期' && text[p + 1] === '间');
}

/** `12日` with no month before it, as web pages and speeches date a meeting: a date, value null. */
function dayAlone(text: string, tok: NumToken): DateMatch | null {
  if (tok.intDigits > 2 || tok.value === null || tok.value < 1 || tok.value > 31 || text[sp(text, tok.end)] !== '日') return null;
  const p = sp(text, tok.end) + 1;
  const prev = text[tok.start - 1];
  // 每月5日前: the day of each month, then 前 ("by the 5th")
  if (p < text.length && notDayAfter(text, p) && !(text[p] === '前' && prev === '月')) return null;
  if (prev === '第' || prev === '近' || prev === '约' || prev === '超' || prev === '逾' || prev === '每') return null;
  return { end: p, value: `---${pad(tok.value)}`, unit: '' };
}

const SHORT_YEAR_TAIL = ['上半年', '下半年', '前三季度', '底', '初', '末', '度'];
const TAIL_WORD_BLOCK: Record<string, string> = { 初: '步期级心衷始创中见', 末: '期端梢尾', 底: '线子气数蕴层色部下', 度: '过假日量' };
const CLAUSE_HEAD = '，,。；;：:！!？?、\n\r（(“"';

/**
 * `24年底`, `24年上半年`, `23年3月`, and at a clause start `24年GDP增长5%` or `24年全市…`: a year
 * written with two digits. A span of years never ends in 底/初/末 nor takes a month after it, and
 * a clause that opens with `24年` and goes straight on to what was measured dates it.
 */
function shortYear(text: string, tok: NumToken): DateMatch | null {
  if (tok.intDigits !== 2 || tok.value === null || text[tok.end] !== '年') return null;
  const prev = text[tok.start - 1] ?? '\n';
  if ('第近约超逾前后多共'.includes(prev)) return null;
  const p = tok.end + 1;
  const md = monthDay(text, p);
  // 23年3月: the two-digit year drops out, the month stays
  if (md) return { end: md.end, value: md.day === null ? `--${pad(md.month)}` : `--${pad(md.month)}-${pad(md.day)}`, unit: '' };
  // 08年, 05年以来: a count of years is never written with a leading zero; a two-digit year is
  if (text[tok.start] === '0' && tok.integer) return { end: p, value: null, unit: '' };
  const tail = SHORT_YEAR_TAIL.find((w) => text.startsWith(w, p));
  // 初步, 末期, 底线: words, not the start or end of a year
  if (tail && !(tail.length === 1 && (TAIL_WORD_BLOCK[tail] ?? '').includes(text[p + 1] ?? '\u0000'))) return { end: p, value: null, unit: '' };
  // (乃至30年, 甚至20年: 至 of "even" closes a list of durations, it opens no clause)
  const evenTo = prev === '至' && '乃甚以'.includes(text[tok.start - 2] ?? '\u0000');
  const atHead = (CLAUSE_HEAD.includes(prev) || '在于至到'.includes(prev) || text.startsWith('截至', tok.start - 2)) && !evenTo;
  if (!atHead) return null;
  const nc = text.charCodeAt(p);
  const latin = (nc >= 65 && nc <= 90) || (nc >= 97 && nc <= 122);
  if (latin || /^[全我][市县区省国州盟旗镇]/.test(text.slice(p, p + 2))) return { end: p, value: null, unit: '' };
  return null;
}

/** A month expression at the token: `9月`, `9月份`, `9月28日` (not `9个月`); also `12日` and `24年底`. */
export function monthDate(text: string, tok: NumToken): DateMatch | null {
  if (tok.value === null || !tok.integer) return null;
  if (!tok.chinese) {
    const d = dayAlone(text, tok) ?? shortYear(text, tok);
    if (d) return d;
    // monthDay reads the same number again from tok.start (the caller's readArabic there) and wants
    // 月 after it, one space allowed: without 月 it is null, so it is not called (nor its token made)
    if (text.charCodeAt(sp(text, tok.end)) !== 0x6708 /* 月 */) return null;
  }
  const md = monthDay(text, tok.start);
  if (!md || md.end <= tok.end) return null;
  if (md.day !== null) return { end: md.end, value: `--${pad(md.month)}-${pad(md.day)}`, unit: '' };
  return { end: md.end, value: `--${pad(md.month)}`, unit: '' };
}

/** Words of the time of day after `12号` (12号上午, 11号晚): the day of a month, not a number 12. */
export const DAY_PART_AFTER = ['上午', '下午', '中午', '晚上', '傍晚', '凌晨', '早上', '晚', '夜', '早'];
/** What may follow the end of a span of days written with 号 (12号至14号在…举行, …14号，). */
const HAO_SPAN_FOLLOW = '在举召期，,。；;、）)上下晚早凌中夜前';

/**
 * `12号上午`, `11号晚`: a day of the month written with 号, as news transcripts say it, when a
 * time of day follows (2号机组, 3号文件 stay names). A span `12号至14号` is taken by dayRangeAfter.
 */
export function haoDay(text: string, tok: NumToken): DateMatch | null {
  if (tok.chinese || !tok.integer || tok.value === null || tok.intDigits > 2 || tok.value < 1 || tok.value > 31 || text[tok.end] !== '号') return null;
  const prev = text[tok.start - 1];
  if (prev === '第' || prev === '〕' || prev === ']' || prev === '】' || prev === '（' || prev === '(') return null;
  const p = tok.end + 1;
  if (DAY_PART_AFTER.some((w) => text.startsWith(w, p))) return { end: p, value: `---${pad(tok.value)}`, unit: '' };
  // 12号至14号: both ends days, the second later, then what a date is followed by
  const span = dayRangeAfter(text, p, `---${pad(tok.value)}`);
  if (span && HAO_SPAN_FOLLOW.includes(text[span.end] ?? '。')) return { end: p, value: `---${pad(tok.value)}`, unit: '' };
  return null;
}

/** After a date, `至`, `到` or a dash and the whole number that starts the span's end; null if none. */
function spanEndNumber(text: string, end: number, nextYear = false): (NumToken & { value: number }) | null {
  let q = sp(text, end);
  const c = text[q];
  if (c !== '至' && c !== '到' && c !== '-' && c !== '—' && c !== '–' && c !== '―' && c !== '~' && c !== '～' && c !== '－') return null;
  // 2021年9月10日--2021年9月21日, 1月5日——2月3日: a dash typed twice is one dash
  if ((c === '-' || c === '—') && text[q + 1] === c) q++;
  q = sp(text, q + 1);
  if (nextYear) {
    if (!NEXT_YEAR.test(text.slice(q, q + 2))) return null;
    q = sp(text, q + 2);
  }
  // １月至４月: full-width digits as ASCII ones
  if (!isDigitCode(text.charCodeAt(q))) return null;
  const t = readArabic(text, q);
  return t.value === null || !t.integer ? null : (t as NumToken & { value: number });
}

/** ISO value of a month with its year (`2012-11`). */
const YEAR_MONTH = /^\d{4}-\d\d$/;
/** ISO value of a month without its year (`--01`). */
const BARE_MONTH = /^--\d\d$/;
/**
 * After a month with its year (`2012年11月`): `至2026年1月`, `—2013年3月`, `到5月` ends a span of
 * months, one pair; a month alone is read in the start's year but valued as written (`--01`:
 * ANNOTATION, the parts the text gives). A month without its year (`1月至4月`,
 * `１月至４月`) spans to a month without one. The end must come after the start and
 * name no day (`2019年3月至5月10日` stays two).
 */
function monthRangeAfter(text: string, end: number, first: string): { end: number; value: string } | null {
  const t = spanEndNumber(text, end);
  if (!t) return wrapsIntoNextYear(text, end);
  let second: string | null = null;
  let stop = -1;
  const bare = BARE_MONTH.test(first);
  if (isYearToken(t)) {
    if (bare) return null;
    const d = yearDate(text, t);
    if (d && typeof d.value === 'string' && YEAR_MONTH.test(d.value)) {
      second = d.value;
      stop = d.end;
    }
  } else if (t.intDigits <= 2) {
    const md = monthDay(text, t.start);
    if (md && md.day === null && !md.fen && text[md.end - 1] === '月') {
      second = `--${pad(md.month)}`;
      stop = md.end;
    }
  }
  // (ordered as the reader reads it: a month alone in the year the start names)
  const read = second === null ? null : endInStartsTerms(first, second);
  if (second === null || read === null || read <= first) return null;
  return { end: stop, value: second };
}

/** Words naming the year after the one in hand (`12月至次年2月`). */
const NEXT_YEAR = /^(?:次年|翌年|来年|下年)$/;

/**
 * `12月至次年2月` (a cold season, a winter timetable): the end month is in the next year, so it may
 * come before the start's month; valued as written, `--02` (the text gives no year).
 */
function wrapsIntoNextYear(text: string, end: number): { end: number; value: string } | null {
  const t = spanEndNumber(text, end, true);
  if (!t || t.intDigits > 2 || isYearToken(t)) return null;
  const md = monthDay(text, t.start);
  if (!md || md.day !== null || md.fen || text[md.end - 1] !== '月') return null;
  return { end: md.end, value: `--${pad(md.month)}` };
}

/** ISO values of dates that name their day (`2013-11-09`, `--12-10`, `---12`). */
const DAY_DATE = /^(?:\d{4}-\d\d-\d\d|--\d\d-\d\d|---\d\d)$/;

/**
 * A span's end `b`, valued with the parts it writes, read in the year and month its start `a` names
 * (`--11` after `1947-10` is `1947-11`, `---28` after `--12-25` is `--12-28`) for the span's order:
 * null when, so read, it does not name the same parts as the start (a day after a month, a year
 * after a day). One reading for the Arabic spans here and the Chinese ones (secondEnds.ts).
 */
export function endInStartsTerms(a: string, b: string): string | null {
  let full = b;
  if (/^---\d\d$/.test(b)) full = DAY_DATE.test(a) ? a.slice(0, a.length - 2) + b.slice(3) : '';
  else if (/^--\d\d(?:-\d\d)?$/.test(b) && a[0] !== '-') full = a.slice(0, 4) + b.slice(1);
  return full.length === a.length && /^(?:\d{4}|--)/.test(full) && (full[0] === '-') === (a[0] === '-') ? full : null;
}
/**
 * After a date that names its day (`12月10日`, `2013年11月9号`, `12号`): `至11日`, `-12号`, `到3月2日`
 * ends a span of days whose end leaves out the year and month it shares with the start (ANNOTATION:
 * a span is one figure, a pair). The end is valued with the parts it writes (ANNOTATION: an ISO value
 * of the parts the text gives): `12月10日至11日` → `["--12-10", "---11"]`, read in the start's year
 * and month for the order.
 * The end must come after the start. Returns the span's end and the second date, or null.
 */
export function dayRangeAfter(text: string, end: number, first: FigureValue): { end: number; value: string } | null {
  if (typeof first === 'string' && (YEAR_MONTH.test(first) || BARE_MONTH.test(first))) return monthRangeAfter(text, end, first);
  if (typeof first !== 'string' || !DAY_DATE.test(first)) return null;
  const t = spanEndNumber(text, end);
  if (!t) return null;
  let second: string | null = null;
  let stop = -1;
  if (isYearToken(t)) {
    const d = yearDate(text, t);
    if (d && typeof d.value === 'string' && d.value.length === 10) {
      second = d.value;
      stop = d.end;
    }
  } else if (t.intDigits <= 2) {
    const md = monthDay(text, t.start);
    if (md && md.day !== null) {
      second = `--${pad(md.month)}-${pad(md.day)}`;
      stop = md.end;
    } else if (t.value >= 1 && t.value <= 31 && (text[sp(text, t.end)] === '日' || text[sp(text, t.end)] === '号') && !md) {
      const after = sp(text, t.end) + 1;
      if (after < text.length && notRangeDayAfter(text, after) && text[after] !== '前') return null;
      second = `---${pad(t.value)}`;
      stop = after;
    }
  }
  // (ordered as the reader reads it, in the year and month the start names)
  const read = second === null ? null : endInStartsTerms(first, second);
  if (second === null || read === null || read <= first) return null;
  return { end: stop, value: second };
}
