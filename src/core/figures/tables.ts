/**
 * Figures in tables (the anatomy's table cells, `Outline.tableCells`): a row label (序号 `1`, `2`…)
 * is no figure, and a bare number filling a cell takes the kind its column's header gives
 * (`吨/日` → mass). The unit stays as written (`""`): the cell does not write it (ANNOTATION.md).
 * A figure that opens its cell measures what the column's header names (`applyTableMeasures`).
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

/** What may stand before a figure in its cell without naming a measure: approximation marks. */
const CELL_LEAD = /^[\s\u3000约近超逾≈~～<>＜＞≤≥]*$/;

/**
 * Issue 12: a figure in a table cell measures its column (`| 街道 | 服务点（个） |` → a `51` under
 * it measures `服务点`); the row names an item (a place, an enterprise), not the measure. Only when
 * the cell names nothing itself before the figure (`约40`, `100%全覆盖`, but not `完成投资3亿元`).
 * Run after the context pass, which reads the words before a figure and would take the previous
 * cells' text for its name. Linear: two sorted sweeps.
 */
export function applyTableMeasures(text: string, figs: Figure[], outline: Outline | undefined): void {
  const cells = outline?.tableCells;
  if (!cells || !cells.length || !figs.length) return;
  const sorted = cells.filter((c) => c.measure).sort((a, b) => a.start - b.start);
  if (!sorted.length) return;
  const order = figs.map((_, i) => i).sort((a, b) => figs[a].start - figs[b].start);
  let c = 0;
  for (const i of order) {
    const f = figs[i];
    while (c < sorted.length && sorted[c].end <= f.start) c++;
    const cell = sorted[c];
    if (!cell || cell.start > f.start || f.end > cell.end || !cell.measure) continue;
    if (f.kind === 'date') continue;
    if (f.start > cell.start && !CELL_LEAD.test(text.slice(cell.start, f.start))) continue;
    f.indicator = cell.measure;
    f.relation = null;
  }
}
