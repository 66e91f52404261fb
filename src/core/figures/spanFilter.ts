/**
 * Figures kept outside a text's markup spans: the one filter the readers of markup that is never
 * shown (reference labels, template tags) share once each has found its spans.
 */
import type { Figure } from '../types';
import { firstAtOrAbove } from '../text/lines';

/**
 * The figures whose start lies in none of `spans` (flat [start, end) pairs sorted by start, each
 * ending before the next starts or lying within a line); the same array when none is dropped.
 * A binary search a figure: figures need not come in text order.
 */
export function figuresOutside(figs: Figure[], spans: readonly number[]): Figure[] {
  if (spans.length === 0 || figs.length === 0) return figs;
  const opens: number[] = [];
  for (let i = 0; i < spans.length; i += 2) opens.push(spans[i]);
  const keep = figs.filter((f) => {
    // (the span opening last at or before the figure)
    const a = firstAtOrAbove(opens, f.start + 1) - 1;
    return a < 0 || f.start >= spans[2 * a + 1];
  });
  return keep.length === figs.length ? figs : keep;
}
