/**
 * Dates a page writes in a short form the scanner reads as something else.
 *
 * - After a page's date label (`时间:11-17`, `更新时间:2023-11`, `发布日期：2024-3`): month and
 *   day, or year and month, joined by a hyphen are that date (`"--11-17"`, `"2023-11"`), not a
 *   range of counts or a code. The label says so; elsewhere `11-17` stays what it was.
 * - A year glued to its month where a converter lost the 年 (`19996月30日通过`, `20036月20日修订`):
 *   five or six digits, the first four a year (1900–2099) and the rest a month (1–12), before 月 and
 *   the day the scanner read (`30日`): one date, `"1999-06-30"`. Five digits before 月 count no months.
 *
 * Two passes over the figures (the label's dates, then the glued years), each figure looking a few
 * characters round itself. Never throws (the caller catches).
 */
import type { Figure } from '../types';
import { joinWithNext } from './joinNext';

const LABELS = ['时间', '日期', '时間', '時間'];

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** A date label and a colon end right before p (blanks allowed after the colon). */
function labelBefore(text: string, p: number): boolean {
  let k = p;
  while (k > 0 && p - k < 3 && (text[k - 1] === ' ' || text[k - 1] === '\u3000')) k--;
  if (text[k - 1] !== ':' && text[k - 1] !== '：') return false;
  k--;
  const w = LABELS.find((l) => text.startsWith(l, k - l.length));
  if (!w) return false;
  // (办公时间:9-17, 开放时间：8-12 are hours open, not a day)
  const before = text.slice(Math.max(0, k - w.length - 2), k - w.length);
  return !HOURS_OPEN.includes(before);
}

/** Words before 时间 that make its numbers hours (opening, office, service hours). */
const HOURS_OPEN = ['办公', '工作', '营业', '服务', '开放', '受理', '咨询', '接待', '上班', '值班', '考试', '报名', '辦公', '營業', '服務', '開放', '諮詢'];

export function readLabelDates(text: string, figs: Figure[]): Figure[] {
  for (let k = 0; k < figs.length; k++) {
    const f = figs[k];
    if (f.kind === 'date') continue;
    // (read only a figure the reading may take: a month-day has a dash inside and at most 7
    // characters; slicing every figure cost a string each)
    const len = f.end - f.start;
    if (!(len >= 3 && len <= 7 && dashWithin(text, f.start + 1, f.end - 1))) continue;
    const md = /^(\d{1,4})-(\d{1,2})$/.exec(text.slice(f.start, f.end));
    if (md && labelBefore(text, f.start) && !/[0-9\-:]/.test(text[f.end] ?? '')) {
      const a = Number(md[1]);
      const b = Number(md[2]);
      if (md[1].length === 4 && a >= 1900 && a <= 2099 && b >= 1 && b <= 12) setDate(f, `${a}-${pad(b)}`);
      else if (md[1].length <= 2 && a >= 1 && a <= 12 && b >= 1 && b <= 31) setDate(f, `--${pad(a)}-${pad(b)}`);
    }
  }
  // (a glued year-month has no dash: the reading above never takes one, nor a date this one reads)
  return joinWithNext(text, figs, gluedYearMonth);
}

/** 19996月30日: the year, its month, and the day read next (g) are one date. */
function gluedYearMonth(text: string, f: Figure, g: Figure): boolean {
  // (5 or 6 characters and 月 after: slicing every figure cost a string each)
  const len = f.end - f.start;
  if (f.kind === 'date' || len < 5 || len > 6 || text.charCodeAt(f.end) !== 0x6708) return false;
  const glued = /^((?:19|20)\d\d)(\d{1,2})$/.exec(text.slice(f.start, f.end));
  if (!glued || g.start !== f.end + 1 || g.kind !== 'date') return false;
  const month = Number(glued[2]);
  const day = /^---(\d\d)$/.exec(typeof g.value === 'string' ? g.value : '');
  if (month < 1 || month > 12 || !day || !/^\d{1,2}日$/.test(text.slice(g.start, g.end))) return false;
  setDate(f, `${glued[1]}-${pad(month)}-${day[1]}`);
  return true;
}

function dashWithin(text: string, from: number, to: number): boolean {
  for (let p = from; p < to; p++) if (text.charCodeAt(p) === 45) return true;
  return false;
}

function setDate(f: Figure, value: string): void {
  f.value = value;
  f.unit = '';
  f.kind = 'date';
}

const RANGE_GAPS = new Set(['-', '—', '–', '―', '~', '～', '〜', '－', '——']);

/**
 * A range whose unit is written at both ends (`20岁—24岁`, `5吨～8吨`): one figure, the pair of values,
 * as `20—24岁` is (ANNOTATION: a range is one figure). Only measures of the same unit and kind, rising,
 * joined by a dash or a tilde: 至 and 到 often end a change (`下降2人至10人`, `由30人到50人`), left; dates
 * have their own spans (`2018年—2022年`).
 */
export function joinUnitRanges(text: string, figs: Figure[]): Figure[] {
  return joinWithNext(text, figs, unitRange);
}

function unitRange(text: string, f: Figure, g: Figure): boolean {
  if (f.kind === 'date' || f.kind !== g.kind || f.unit === '' || f.unit !== g.unit) return false;
  if (typeof f.value !== 'number' || typeof g.value !== 'number' || g.value <= f.value) return false;
  if (!RANGE_GAPS.has(text.slice(f.end, g.start))) return false;
  // each end writes the unit itself, and no scale word apart (`20岁`, not `2万—3万吨`, read as a range already)
  if (!text.slice(f.start, f.end).endsWith(f.unit) || !text.slice(g.start, g.end).endsWith(g.unit)) return false;
  if (!/^[0-9.]+$/.test(text.slice(f.start, f.end - f.unit.length)) || !/^[0-9.]+$/.test(text.slice(g.start, g.end - g.unit.length))) return false;
  f.value = [f.value, g.value];
  return true;
}
