/**
 * A table flattened one cell a line whose rows open with their 序号 (the anatomy's row labels,
 * `Outline.tableCells`) and whose header holds a `单位` column: each row writes its own unit in a
 * cell of its own (`1` / 绿化建设 / 新建绿地 / `万平方米` / `75` / `90.87` / 约束性 / 超额完成). The
 * bare numbers after the unit cell, up to the next 序号, take the kind of that unit (万平方米 →
 * area, `%` → percent, 公里 → length, 株 → count); value and unit stay as written (ANNOTATION.md:
 * the cell does not write the unit). A sub-row under the same 序号 (`其中 公园绿地` / `50` / …)
 * shares the merged unit cell above it. The unit cell itself (`万平方米`) is no figure. The row
 * layout may have any columns before the unit (序号, 类目, 指标名称) and text cells after the
 * numbers (指标类型, 完成情况): only the order label → unit → numbers is read. Linear: one sweep
 * over the labels and the lines of their rows.
 */
import type { Figure, Outline } from '../types';
import { unitWordKind } from '../outline/anatomy/tables';
import { lineBounds } from '../text/lines';

/** A cell holding a number and nothing else (`15767`, `-3.2`, `18.64`). */
const BARE_CELL = /^[-−+]?\d+(?:\.\d+)?$/;
/** A header cell over the column of units (letter-spaced too: `单 位`). */
const UNIT_HEADER = /^(?:计量)?单位$/;
/** Content lines above the first row searched for the header's `单位` cell. */
const HEADER_LINES_MAX = 12;
/** Longest line read as a cell. */
const CELL_MAX = 24;

/** The kind of a cell that writes a unit and nothing else (`万平方米`, `%`, `条（段）`), or null. */
export function unitCellKind(s: string): Figure['kind'] | null {
  if (s.length === 0 || s.length > 8 || /\d/.test(s)) return null;
  const k = unitWordKind(s)?.kind;
  if (k) return k;
  // a unit with its alternative in brackets (`条（段）`, `块（条）`): both of one kind
  const m = /^([^（()）]{1,4})[（(]([^（()）]{1,4})[）)]$/.exec(s);
  if (!m) return null;
  const a = unitWordKind(m[1])?.kind;
  return a && a === unitWordKind(m[2])?.kind ? a : null;
}

export function applyRowUnits(text: string, figs: Figure[], outline: Outline | undefined): Figure[] {
  const cells = outline?.tableCells;
  if (!cells || !cells.length || !figs.length || !/单[ \u3000]?位/.test(text)) return figs;
  const labels = cells.filter((c) => c.rowLabel).sort((a, b) => a.start - b.start);
  if (labels.length < 2) return figs;
  const { starts, ends } = lineBounds(text);
  const n = starts.length;
  let line = 0;
  const lineAt = (off: number): number => {
    while (line + 1 < n && starts[line + 1] <= off) line++;
    return line;
  };
  const cell = (i: number) => text.slice(starts[i], ends[i]).trim();
  const cellStart = (i: number) => {
    let a = starts[i];
    while (a < ends[i] && /\s/.test(text[a])) a++;
    return a;
  };
  const kinds = new Map<number, Figure['kind']>();
  const unitCells: [number, number][] = [];
  // tables: runs of labels 1, 2, 3…
  let g = 0;
  while (g < labels.length) {
    let h = g + 1;
    const num = (k: number) => Number(text.slice(labels[k].start, labels[k].end).replace(/^[*＊★☆]/, ''));
    while (h < labels.length && num(h) === num(h - 1) + 1) h++;
    const first = lineAt(labels[g].start);
    // the header: a `单位` cell among the short lines right above the first row
    let header = false;
    for (let i = first - 1, seen = 0; i >= 0 && seen < HEADER_LINES_MAX; i--) {
      const s = cell(i);
      if (!s) continue;
      if (s.length > CELL_MAX || /[。；;：:]/.test(s)) break;
      seen++;
      if (UNIT_HEADER.test(s.replace(/[ \u3000]/g, ''))) { header = true; break; }
    }
    if (header && h - g >= 2) {
      let longest = 0;
      for (let k = g; k < h; k++) {
        const from = lineAt(labels[k].start) + 1;
        // the last row: as long as the longest before it, over short cells only
        const to = k + 1 < h ? lineAt(labels[k + 1].start) : n;
        let kind: Figure['kind'] | null = null;
        let count = 0;
        for (let i = from; i < to; i++) {
          const s = cell(i);
          if (!s) continue;
          if (k + 1 === h && (count >= longest || s.length > CELL_MAX || /[。；;：:]/.test(s))) break;
          count++;
          const u = unitCellKind(s);
          if (u) {
            kind = u;
            unitCells.push([cellStart(i), cellStart(i) + s.length]);
          } else if (kind && BARE_CELL.test(s)) kinds.set(cellStart(i), kind);
        }
        longest = Math.max(longest, count);
        if (k + 1 < h) line = lineAt(labels[k + 1].start);
      }
    }
    g = h;
  }
  if (!kinds.size && !unitCells.length) return figs;
  const out: Figure[] = [];
  let u = 0;
  const sorted = figs.map((_, i) => i).sort((a, b) => figs[a].start - figs[b].start);
  const dropped = new Uint8Array(figs.length);
  for (const i of sorted) {
    const f = figs[i];
    while (u < unitCells.length && unitCells[u][1] <= f.start) u++;
    // a unit cell (万平方米) is no figure
    if (u < unitCells.length && f.start >= unitCells[u][0] && f.end <= unitCells[u][1] && !/\d/.test(f.text)) { dropped[i] = 1; continue; }
    const kind = kinds.get(f.start);
    if (kind && f.unit === '' && (f.kind === 'count' || f.kind === 'other') && BARE_CELL.test(f.text)) f.kind = kind;
  }
  for (let i = 0; i < figs.length; i++) if (!dropped[i]) out.push(figs[i]);
  return out;
}
