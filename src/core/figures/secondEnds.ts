/**
 * A range's second end read as a figure of its own: where the scanner reads a range of Arabic digits
 * (`15%至20%`, `300万元至500万元`, `3月1日至6月30日`), the same ranges written in Chinese numerals
 * (`百分之三至百分之四十五`, `五万元至十万元`, `三月一日至六月三十日`, `四月七日至十五日`) and two
 * written forms it leaves (`160---265元`, a dash run; `第41条~51条`, a span of numbered articles) came
 * out as two figures. docs/testing.md: a span between two dates is one figure whose value is the pair;
 * a quantity range written with its unit on both ends is one figure too; a change (`由百分之五提高至
 * 百分之八`, `减少二人至十人`) stays two. One pass over the figures (joinWithNext): linear.
 */
import type { Figure } from '../types';
import { joinWithNext } from './joinNext';
import { changeBefore } from './rangeChange';
import { CN_RUN, readChinese } from './scan';
import { endInStartsTerms, notRangeDayAfter } from './dates';

/** Kinds whose two ends joined by 至/到 make a range (as the scanner's RANGE_UNIT_KINDS, and shares). */
const RANGE_KINDS = new Set(['percent', 'money', 'mass', 'length', 'area', 'volume', 'energy']);
/** What stands between the two ends of a range. */
const WORD_GAPS = new Set(['至', '到']);
const DASH_GAPS = new Set(['-', '—', '–', '―', '~', '～', '〜', '－', '——', '--', '---']);
/** Chinese numerals (and 百分之) an end written in words opens with. */
const CHINESE_OPEN = /^(?:百分之|[〇零一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟])/;

export function joinSecondEnds(text: string, figs: Figure[]): Figure[] {
  for (let k = 0; k < figs.length; k++) chineseDayEnd(text, figs[k]);
  return joinWithNext(text, figs, secondEnd);
}

/** A day's ISO date, with or without its year. */
const DAY_VALUE = /^(?:\d{4}|-)-\d\d-\d\d$/;
/**
 * 一九四七年十二月二十五日至二十八日, 四月七日至十五日: a day in Chinese numerals alone after 至 or 到
 * (no figure of its own: `二十八日` alone may be a count of days) ends the span of the date before
 * it, a later day of its month; valued with the parts it writes (`---28`).
 */
function chineseDayEnd(text: string, f: Figure): void {
  if (f.kind !== 'date' || typeof f.value !== 'string' || !DAY_VALUE.test(f.value)) return;
  const e = f.end;
  if ((text[e] !== '至' && text[e] !== '到') || text[e - 1] !== '日' || !CHINESE_OPEN.test(text.slice(f.start, f.start + 1))) return;
  const c = text.charCodeAt(e + 1);
  if (CN_RUN[c] !== 1 && CN_RUN[c] !== 2) return;
  const t = readChinese(text, e + 1);
  if (!t || t.value === null || !t.integer || t.value < 1 || t.value > 31 || text[t.end] !== '日') return;
  if (t.end + 1 < text.length && notRangeDayAfter(text, t.end + 1)) return;
  if (t.value <= Number(f.value.slice(-2))) return;
  f.value = [f.value, `---${t.value < 10 ? '0' : ''}${t.value}`];
  f.end = t.end + 1;
  f.text = text.slice(f.start, f.end);
}

function secondEnd(text: string, f: Figure, g: Figure): boolean {
  // (most pairs are far apart: the gap's length is read before any slice)
  const gapLen = g.start - f.end;
  if (gapLen < 1 || gapLen > 3) return false;
  const gap = text.slice(f.end, g.start);
  if (f.kind === 'date' && g.kind === 'date') return dateSpan(text, f, g, gap);
  if (Array.isArray(f.value) || Array.isArray(g.value) || typeof f.value !== 'number' || typeof g.value !== 'number') return false;
  if (g.value <= f.value) return false;
  // 第41条~51条: numbered articles (or chapters, items) from one to another, the unit on both ends
  if (DASH_GAPS.has(gap) && f.unit !== '' && f.unit === g.unit && f.kind === 'other' && (g.kind === 'other' || g.kind === 'count') &&
    ordinalBefore(text, f.start) && digitsThenUnit(text, f) && digitsThenUnit(text, g)) {
    f.value = [f.value, g.value];
    return true;
  }
  // 160---265元: a run of dashes the scanner does not take as one separator, unit once at the end
  if ((gap === '--' || gap === '---') && f.unit === '' && g.unit !== '' && RANGE_KINDS.has(g.kind) &&
    /^[0-9.]+$/.test(text.slice(f.start, f.end)) && digitsThenUnit(text, g)) {
    f.value = [f.value, g.value];
    f.unit = g.unit;
    f.kind = g.kind;
    return true;
  }
  // 百分之三至百分之四十五, 五万元至十万元: both ends in Chinese numerals with the same unit
  if (!(WORD_GAPS.has(gap) || DASH_GAPS.has(gap))) return false;
  // (三个月至六个月: a span of time too, as the scanner joins 3个月至6个月)
  if (f.unit === '' || f.unit !== g.unit || f.kind !== g.kind || !(RANGE_KINDS.has(f.kind) || f.kind === 'duration')) return false;
  if (!CHINESE_OPEN.test(text.slice(f.start, f.start + 3)) || !CHINESE_OPEN.test(text.slice(g.start, g.start + 3))) return false;
  // each end writes the unit itself (百分之 or the unit at its end): not 五至十万元 read otherwise
  if (!(writesUnit(text, f) && writesUnit(text, g))) return false;
  if (WORD_GAPS.has(gap) && changeBefore(text, f.start)) return false;
  f.value = [f.value, g.value];
  return true;
}

/**
 * 三月一日至六月三十日, 四月七日至十五日, 一九三一年至一九三四年, 一九四七年十月至十一月: two dates in
 * Chinese numerals, the second later. The second is valued with the parts it writes (ANNOTATION:
 * an ISO value of the parts the text gives: `["1947-10", "--11"]`), read in the first's year and
 * month for the order.
 */
function dateSpan(text: string, f: Figure, g: Figure, gap: string): boolean {
  if (!(WORD_GAPS.has(gap) || gap === '—' || gap === '——' || gap === '-' || gap === '~' || gap === '～' || gap === '－')) return false;
  if (typeof f.value !== 'string' || typeof g.value !== 'string') return false;
  // (Arabic spans are the scanner's; here both ends are written in Chinese numerals)
  if (!CHINESE_OPEN.test(text.slice(f.start, f.start + 1)) || !CHINESE_OPEN.test(text.slice(g.start, g.start + 1))) return false;
  const a = f.value;
  const b = g.value;
  const read = inFirstsTerms(a, b);
  if (read === null || read <= a) return false;
  f.value = [a, b];
  return true;
}

/** ISO dates a Chinese-numeral span's first end may be: a year, a month, a day, with or without the year. */
const SPAN_START = /^(?:\d{4}|\d{4}-\d\d|\d{4}-\d\d-\d\d|--\d\d|--\d\d-\d\d)$/;
/**
 * The second end `b` read in the year and month the first `a` names, when the first is a span's
 * start in Chinese numerals (a year, a month, a day: SPAN_START) and `b` so read names the same parts.
 */
function inFirstsTerms(a: string, b: string): string | null {
  return SPAN_START.test(a) ? endInStartsTerms(a, b) : null;
}

/** Whether the figure's text is its unit after Chinese numerals or 百分之 before them (a share). */
function writesUnit(text: string, f: Figure): boolean {
  const s = text.slice(f.start, f.end);
  return s.startsWith('百分之') ? f.unit === '%' : s.endsWith(f.unit);
}

/** Whether the figure's text is ASCII digits, then its unit (blanks between allowed). */
function digitsThenUnit(text: string, f: Figure): boolean {
  const s = text.slice(f.start, f.end);
  if (!s.endsWith(f.unit)) return false;
  return /^[0-9]+ ?$/.test(s.slice(0, s.length - f.unit.length));
}

/** Whether 第 stands right before the position (one blank between allowed). */
function ordinalBefore(text: string, p: number): boolean {
  let k = p;
  if (text[k - 1] === ' ') k--;
  return text[k - 1] === '第';
}
