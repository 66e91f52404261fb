/**
 * A composition written as a ratio: `三次产业结构由9.4:66.8:23.8调整为8.3:71.1:20.6`. Its terms are
 * the shares of a whole in per cent — the text itself says so, for they add up to 100 — so each
 * term is a figure of its own, kind `percent`, unit `""` (the terms write no `%`), where a ratio
 * of quantities (`1:2:3`, `2.50:1`) stays one figure whose value is its parts as written.
 * A page whose encoding lost the colons (`1.6?36.9?61.5`) writes the same composition.
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

function share(start: number, end: number, text: string, value: number): Figure {
  return {
    start, end, text: text.slice(start, end), value, unit: '', kind: 'percent', approx: null,
    indicator: null, relation: null, of: null, section: null,
  };
}

/** The terms of [start, end) as shares when they add up to 100, else null. */
function sharesIn(text: string, start: number, end: number): Figure[] | null {
  const terms: Figure[] = [];
  let sum = 0;
  for (const m of text.slice(start, end).matchAll(TERM)) {
    const v = numberOf(m[0]);
    if (!Number.isFinite(v)) return null;
    sum += v;
    terms.push(share(start + m.index!, start + m.index! + m[0].length, text, v));
  }
  if (terms.length < MIN_TERMS || Math.abs(sum - 100) > TOLERANCE) return null;
  return terms;
}

/**
 * Ratio figures that are compositions, split into their shares; and compositions whose separators
 * a page's encoding lost (`1.6?36.9?61.5`), read as shares in place of what the scanner made of
 * them. Linear: one pass over the figures, one over the text's lost separators (only when the text
 * holds a `?` between digits).
 */
export function splitCompositions(text: string, figs: Figure[]): Figure[] {
  let out: Figure[] | null = null;
  for (let k = 0; k < figs.length; k++) {
    const f = figs[k];
    const terms = f.kind === 'ratio' && typeof f.value === 'string' ? sharesIn(text, f.start, f.end) : null;
    if (!terms) {
      if (out) out.push(f);
      continue;
    }
    out ??= figs.slice(0, k);
    out.push(...terms);
  }
  let result = out ?? figs;
  if (!/[0-9][?？][0-9]/.test(text)) return result;
  const found: Figure[] = [];
  for (const m of text.matchAll(LOST_SEPARATORS)) {
    const terms = sharesIn(text, m.index!, m.index! + m[0].length);
    if (terms) found.push(...terms);
  }
  if (!found.length) return result;
  // the shares replace whatever figure overlaps them (a term read alone, a run skipped as a query):
  // one sweep, both lists sorted by start, the shares never overlapping one another
  let j = 0;
  result = result.filter((f) => {
    while (j < found.length && found[j].end <= f.start) j++;
    return !(j < found.length && found[j].start < f.end);
  });
  return result.concat(found).sort((a, b) => a.start - b.start);
}
