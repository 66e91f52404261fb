/**
 * Years written without their digits (fig45, study74/80), which ANNOTATION.md reads as dates with
 * no value (a two-digit or wholly redacted year is null):
 *
 * - a **generation** named by the decade of birth (`00后`, `80后`, `90后的年轻人`): the two digits are
 *   a year of two digits, kind date, value null — not a count of 80, nor a code; not after 满, 第,
 *   到… (`年满60后` is an age passed) and only for the decades and half-decades generations are
 *   named by;
 * - a year a template or a redacted report leaves as `xx年` (`xx年的工作已接近尾声`, `为XX年开门红`):
 *   a date with value null, as `20xx年` is; before a month (`xx年6月`) the month's date spans it, the
 *   year dropping out of the value.
 *
 * One pass over the figures and one regular-expression scan of the text (linear).
 */
import type { Figure } from '../types';
import { isAsciiAlnum } from './scan';

/** The decades and half-decades a generation is named by (00后, 95后). */
const COHORTS = new Set(['00', '05', '10', '50', '55', '60', '65', '70', '75', '80', '85', '90', '95']);
/** Before the digits: an age or a place reached, no generation (年满60后, 第80后, 到70后). */
const NOT_COHORT_BEFORE = '满第到至过超近前每';

export function applyCohorts(text: string, figs: Figure[]): Figure[] {
  for (const f of figs) {
    if (f.end - f.start !== 2 || text[f.end] !== '后' || !COHORTS.has(f.text) || f.kind === 'date') continue;
    const b = text.charCodeAt(f.start - 1);
    if (isAsciiAlnum(b) || (f.start > 0 && NOT_COHORT_BEFORE.includes(text[f.start - 1]))) continue;
    // (80后, not 80后期: the word 后期 "later stage" after a number)
    if (text[f.end + 1] === '期' || text[f.end + 1] === '续') continue;
    f.kind = 'date';
    f.value = null;
    f.unit = '';
    f.approx = null;
  }
  if (text.indexOf('年') < 0) return figs;
  const REDACTED_YEAR = /(?:xx|XX|××|ＸＸ|ｘｘ)年/g;
  let added: Figure[] | null = null;
  let k = 0;
  for (const m of text.matchAll(REDACTED_YEAR)) {
    const s = m.index!;
    const e = s + m[0].length;
    const b = text.charCodeAt(s - 1);
    // (20xx年 and 1920xx年 are read by the scanner; a word's letters before it make no year)
    if (s > 0 && (isAsciiAlnum(b) || b === 0xd7 || b === 0xff38 || b === 0xff58)) continue;
    while (k < figs.length && figs[k].end <= s) k++;
    const next = k < figs.length ? figs[k] : null;
    if (next && next.start < e) continue;
    // xx年6月: the month's date spans the redacted year
    if (next && next.start === e && next.kind === 'date' && typeof next.value === 'string' && next.value.startsWith('--')) {
      next.start = s;
      next.text = text.slice(s, next.end);
      continue;
    }
    (added ??= []).push({ start: s, end: e, text: m[0], value: null, unit: '', kind: 'date', approx: null, indicator: null, relation: null, of: null, section: null });
  }
  if (!added) return figs;
  return figs.concat(added).sort((a, b) => a.start - b.start);
}
