/**
 * A figure and the one right after it read as one figure: the step the readings that join figures
 * share (labelDates.ts: a year glued to its month before the day, a range with its unit at both
 * ends; index.ts: a bare day after its year and month). What makes a pair one is each reading's own.
 */
import type { Figure } from '../types';

/**
 * Walks the figures in order. Where `join(text, f, g)` takes g, the figure right after f, into f (it sets
 * f's value, unit and kind itself, and only when it returns true), f then spans to g's end and g is
 * dropped, read no further as the first of a pair. One pass: linear. Returns figs itself when no
 * pair was joined.
 */
export function joinWithNext(text: string, figs: Figure[], join: (text: string, f: Figure, g: Figure) => boolean): Figure[] {
  let taken: Set<Figure> | null = null;
  for (let k = 0; k + 1 < figs.length; k++) {
    const f = figs[k];
    const g = figs[k + 1];
    if (!join(text, f, g)) continue;
    f.end = g.end;
    f.text = text.slice(f.start, f.end);
    (taken ??= new Set()).add(g);
    k++;
  }
  return taken ? figs.filter((f) => !taken!.has(f)) : figs;
}
