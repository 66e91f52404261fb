/**
 * Figures in tables (the anatomy's table cells, `Outline.tableCells`): a row label (序号 `1`, `2`…)
 * is no figure, and a bare number filling a cell takes the kind its column's header gives
 * (`吨/日` → mass). The unit stays as written (`""`): the cell does not write it (ANNOTATION.md).
 */
import type { Figure, Outline, TableCell } from '../types';

/** Figures as the tables read them; figures outside table cells pass unchanged. Linear (two sorted sweeps). */
export function applyTableCells(figs: Figure[], outline: Outline | undefined): Figure[] {
  const cells = outline?.tableCells;
  if (!cells || !cells.length || !figs.length) return figs;
  const sorted = cells.slice().sort((a, b) => a.start - b.start);
  const order = figs.map((_, i) => i).sort((a, b) => figs[a].start - figs[b].start);
  const drop = new Uint8Array(figs.length);
  let c = 0;
  for (const i of order) {
    const f = figs[i];
    while (c < sorted.length && sorted[c].end <= f.start) c++;
    const cell: TableCell | undefined = sorted[c];
    if (!cell || cell.start > f.start || f.end > cell.end) continue;
    if (cell.rowLabel) { drop[i] = 1; continue; }
    // Only a number that fills its cell and writes no unit of its own reads by the column.
    if (!cell.kind || f.start !== cell.start || f.end !== cell.end || f.unit !== '') continue;
    const v = Number(f.text.replace('−', '-'));
    if (!Number.isFinite(v)) continue;
    f.kind = cell.kind;
    f.value = v;
  }
  return drop.some((d) => d === 1) ? figs.filter((_, i) => !drop[i]) : figs;
}
