/**
 * The figure under an offset (the hover, the panel following the editor's cursor). No `vscode`
 * import, so unit tests read it.
 */
import type { Figure } from '../core/types';

/** Whether a list is in text order without overlaps (binary search holds), found once per list. */
const ordered = new WeakMap<readonly Figure[], boolean>();

function inTextOrder(figures: readonly Figure[]): boolean {
  let ok = ordered.get(figures);
  if (ok === undefined) {
    ok = true;
    for (let i = 1; i < figures.length && ok; i++) if (figures[i].start < figures[i - 1].end) ok = false;
    ordered.set(figures, ok);
  }
  return ok;
}

/** The figure whose span holds `offset` (figures are in text order and do not overlap); -1 for none. */
export function figureAt(figures: readonly Figure[], offset: number): number {
  let lo = 0;
  let hi = figures.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const f = figures[mid];
    if (offset < f.start) hi = mid - 1;
    else if (offset >= f.end) lo = mid + 1;
    else return mid;
  }
  // Out-of-order input would defeat the search; only then a linear pass keeps the answer right.
  // (It ran on every miss before — every hover off a figure — over tens of thousands of figures.)
  if (inTextOrder(figures)) return -1;
  for (let i = 0; i < figures.length; i++) if (offset >= figures[i].start && offset < figures[i].end) return i;
  return -1;
}
