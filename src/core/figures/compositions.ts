/**
 * A composition whose separators a page's encoding lost: `三次产业比重由2.4?38.5?59.1调整为`. Written
 * with colons (`9.4:66.8:23.8`) it is one figure of kind `ratio`, the array of its parts as the value
 * (`[9.4, 66.8, 23.8]`), as the golds read it (docs/figures-differences.md: an earlier reading split it into
 * per-cent shares, after two golds; three later golds and issue 8 read one ratio). With `?` in place
 * of the colons the scanner sees other things (a term alone, a query string); the terms adding up to
 * 100 are the evidence that the run is a composition, read then as the same one ratio figure.
 */
import type { Figure } from '../types';

/** Fewest terms of a composition: two shares (`60:40`) are as often a plain ratio. */
const MIN_TERMS = 3;
/** How far the terms may add up from 100 (each term rounded to the digits it writes). */
const TOLERANCE = 1;
/** A term: digits, ASCII or full-width, with decimals. */
const TERM = /[0-9０-９]+(?:[.．][0-9０-９]+)?/g;
/** Terms parted by a lost character (`?`), three or more, no letter or digit around the run. */
const LOST_SEPARATORS = /(?<![0-9A-Za-z?？=&/._%-])[0-9]{1,2}(?:\.[0-9]{1,2})?(?:[?？][0-9]{1,2}(?:\.[0-9]{1,2})?){2,7}(?![0-9A-Za-z?？=&/%])/g;

function numberOf(s: string): number {
  return Number(s.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xff10 + 48)).replace('．', '.'));
}

/** The run [start, end) as one ratio figure when its terms add up to 100, else null. */
function compositionIn(text: string, start: number, end: number): Figure | null {
  const parts: number[] = [];
  let sum = 0;
  for (const m of text.slice(start, end).matchAll(TERM)) {
    const v = numberOf(m[0]);
    if (!Number.isFinite(v)) return null;
    sum += v;
    parts.push(v);
  }
  if (parts.length < MIN_TERMS || Math.abs(sum - 100) > TOLERANCE) return null;
  return {
    start, end, text: text.slice(start, end), value: parts, unit: '', kind: 'ratio', approx: null,
    indicator: null, relation: null, of: null, section: null,
  };
}

/**
 * Compositions whose separators a page's encoding lost (`1.6?36.9?61.5`), read as one ratio figure
 * in place of what the scanner made of them. Linear: one pass over the text's lost separators, only
 * when the text holds a `?` between digits.
 */
export function readLostCompositions(text: string, figs: Figure[]): Figure[] {
  if (!/[0-9][?？][0-9]/.test(text)) return figs;
  const found: Figure[] = [];
  for (const m of text.matchAll(LOST_SEPARATORS)) {
    const f = compositionIn(text, m.index!, m.index! + m[0].length);
    if (f) found.push(f);
  }
  if (!found.length) return figs;
  // the composition replaces whatever figure overlaps it (a term read alone, a run skipped as a
  // query): one sweep, both lists sorted by start, the compositions never overlapping one another
  let j = 0;
  return figs.filter((f) => {
    while (j < found.length && found[j].end <= f.start) j++;
    return !(j < found.length && found[j].start < f.end);
  }).concat(found).sort((a, b) => a.start - b.start);
}
