/**
 * Figures in tables (the anatomy's table cells, `Outline.tableCells`): a row label (序号 `1`, `2`…)
 * is no figure, and a bare number filling a cell takes the kind its column's header gives
 * (`吨/日` → mass). The unit stays as written (`""`): the cell does not write it (ANNOTATION.md).
 * A figure that opens its cell measures what the column's header names (`applyTableMeasures`).
 */
import type { Figure, Outline, TableCell } from '../types';
import { normalizeIndicator } from './indicatorNames';
import { headerMeasure, headerUnitKind, unitWordKind } from '../outline/anatomy/tables';
import { withoutSpaces } from '../text/blank';
import { lineBounds } from '../text/lines';

/** Figures as the tables read them; figures outside table cells pass unchanged. Linear (two sorted sweeps). */
export function applyTableCells(figs: Figure[], outline: Outline | undefined): Figure[] {
  const found = figureCells(figs, outline);
  if (!found) return figs;
  const { sorted, cellOf } = found;
  const drop = new Uint8Array(figs.length);
  figs.forEach((f, i) => {
    const cell: TableCell | undefined = sorted[cellOf[i]];
    if (!cell) return;
    if (cell.rowLabel) { drop[i] = 1; return; }
    // Only a number that fills its cell and writes no unit of its own reads by the column.
    if (!cell.kind || f.start !== cell.start || f.end !== cell.end || f.unit !== '') return;
    // a year under a column of years (anatomy/tables.ts: only four digits 1900–2099 get the kind)
    if (cell.kind === 'date') {
      if (/^(?:19|20)\d\d$/.test(f.text)) { f.kind = 'date'; f.value = f.text; }
      return;
    }
    const v = Number(f.text.replace('−', '-'));
    if (!Number.isFinite(v)) return;
    f.kind = cell.kind;
    f.value = v;
  });
  return drop.some((d) => d === 1) ? figs.filter((_, i) => !drop[i]) : figs;
}

/**
 * The outline's table cells sorted by start, and for each figure the index of the cell that holds
 * it whole (-1: none); null when there are no cells or no figures. Cells do not overlap, so one
 * sorted sweep finds them all (linear after the two sorts).
 */
function figureCells(
  figs: Figure[],
  outline: Outline | undefined,
): { sorted: TableCell[]; cellOf: Int32Array } | null {
  const cells = outline?.tableCells;
  if (!cells || !cells.length || !figs.length) return null;
  const sorted = cells.slice().sort((a, b) => a.start - b.start);
  const order = figs.map((_, i) => i).sort((a, b) => figs[a].start - figs[b].start);
  const cellOf = new Int32Array(figs.length).fill(-1);
  let c = 0;
  for (const i of order) {
    const f = figs[i];
    while (c < sorted.length && sorted[c].end <= f.start) c++;
    if (c < sorted.length && sorted[c].start <= f.start && f.end <= sorted[c].end) cellOf[i] = c;
  }
  return { sorted, cellOf };
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
  const found = figureCells(figs, outline);
  if (!found) return;
  const { sorted, cellOf } = found;
  figs.forEach((f, i) => {
    const cell: TableCell | undefined = sorted[cellOf[i]];
    if (!cell || !cell.measure || f.kind === 'date') return;
    if (f.start > cell.start && !CELL_LEAD.test(text.slice(cell.start, f.start))) return;
    f.indicator = cell.measure;
    f.relation = null;
  });
}

/** The number a figure writes first (`61个` → `61`, `1,200` → `1200`), as written. */
function numberOf(s: string): string | null {
  const m = /\d[\d,，]*(?:\.\d+)?/.exec(s);
  return m ? m[0].replace(/[,，]/g, '') : null;
}

/** Marks around a line that names a row elsewhere (`**某某镇**`, `## 某某镇`). */
const LINE_MARKS = /^[\s\u3000#>*|]+|[\s\u3000*|：:]+$/g;
/** Longest line read as the name of a table's row. */
const ROW_NAME_MAX = 20;

/**
 * Issue 12: a number cell whose column names no measure (a header of several levels, a row that lost
 * its empty cells) takes the measure the document's own text gives the same figure of the same item.
 * Official plans repeat a table's targets per unit in text (an attachment `某某镇` followed by its
 * tasks: `创建达标小区累计40个，服务点51个…`): the cell `40` in the table's row `某某镇` is that
 * figure, named by the sentence. Only when the match is unique: the row holds the number once and
 * the text names it one way. The text read for a row is the line after a line that is the row's
 * name alone. Run after the context pass (the sentence's figures are named). Linear: one pass over
 * the lines, sorted sweeps over figures and cells.
 */
export function applyRowProse(text: string, figs: Figure[], outline: Outline | undefined): void {
  const cells = outline?.tableCells;
  const starts = outline?.lineStarts;
  if (!cells || !cells.length || !starts || !figs.length) return;
  const named = cells.filter((c) => c.row && !c.measure && !c.rowLabel).sort((a, b) => a.start - b.start);
  if (!named.length) return;
  const names = new Set(named.map((c) => c.row as string));
  // the text of each row name: the line after a line that is the name alone
  const scopes: { name: string; start: number; end: number }[] = [];
  let pending: string | null = null;
  for (let li = 0; li < starts.length; li++) {
    let a = starts[li];
    let b = li + 1 < starts.length ? starts[li + 1] : text.length;
    while (a < b && /\s/.test(text[a])) a++;
    while (b > a && /\s/.test(text[b - 1])) b--;
    if (a === b) continue;
    if (pending !== null) { scopes.push({ name: pending, start: a, end: b }); pending = null; }
    if (b - a <= ROW_NAME_MAX + 8) {
      const s = text.slice(a, b).replace(LINE_MARKS, '');
      if (s.length <= ROW_NAME_MAX && names.has(s)) pending = s;
    }
  }
  if (!scopes.length) return;
  // the figures of those lines that are no table cell, in order, by row name (one line per name)
  const inCell = new Uint8Array(figs.length);
  const order = figs.map((_, i) => i).sort((a, b) => figs[a].start - figs[b].start);
  const sortedCells = cells.slice().sort((a, b) => a.start - b.start);
  let c = 0;
  for (const i of order) {
    const f = figs[i];
    while (c < sortedCells.length && sortedCells[c].end <= f.start) c++;
    if (c < sortedCells.length && sortedCells[c].start <= f.start && f.end <= sortedCells[c].end) inCell[i] = 1;
  }
  const said = new Map<string, Figure[]>();
  const twice = new Set<string>();
  let s = 0;
  const scopeOf = new Map<string, number>();
  for (const i of order) {
    const f = figs[i];
    while (s < scopes.length && scopes[s].end <= f.start) s++;
    if (s >= scopes.length) break;
    const sc = scopes[s];
    // a line of the table itself (a row's name followed by its cells) is no text about the row
    if (f.start < sc.start || f.end > sc.end || inCell[i] || f.zone === 'table' || f.kind === 'date') continue;
    if (numberOf(f.text) === null) continue;
    let list = said.get(sc.name);
    // a name whose text is found in two places: which one the row repeats is unknown
    if ((scopeOf.get(sc.name) ?? sc.start) !== sc.start) twice.add(sc.name);
    scopeOf.set(sc.name, sc.start);
    if (!list) said.set(sc.name, (list = []));
    if (list.length < MAX_SAID) list.push(f);
  }
  if (!said.size) return;
  // each row's cells in order (a run of cells with the same row name), matched to its text's figures
  const cellFig = new Int32Array(named.length).fill(-1);
  c = 0;
  for (const i of order) {
    const f = figs[i];
    while (c < named.length && named[c].end <= f.start) c++;
    if (c < named.length && named[c].start <= f.start && f.end <= named[c].end) cellFig[c] = i;
  }
  for (let k = 0; k < named.length; ) {
    let e = k + 1;
    while (e < named.length && named[e].row === named[k].row) e++;
    const row = named[k].row as string;
    const prose = said.get(row);
    if (prose && !twice.has(row) && e - k <= MAX_ROW) {
      const cellsOfRow: number[] = [];
      for (let q = k; q < e; q++) if (cellFig[q] >= 0) cellsOfRow.push(cellFig[q]);
      for (const [pi, ti] of fixedMatches(prose.map((f) => numberOf(f.text) as string), cellsOfRow.map((i) => numberOf(figs[i].text) ?? ''))) {
        const from = prose[pi];
        if (!normalizeIndicator(from.indicator)) continue;
        const to = figs[cellsOfRow[ti]];
        to.indicator = from.indicator;
        to.relation = null;
      }
    }
    k = e;
  }
}

/** Most figures read from a row's text, and most cells of a row matched to them (the match is their product). */
const MAX_SAID = 200;
const MAX_ROW = 64;

/**
 * Pairs (text figure, cell) that every longest common subsequence of the two number sequences holds
 * the same way: the match taken as early and as late as it can be in the row gives the same cell.
 */
function fixedMatches(p: string[], t: string[]): [number, number][] {
  const P = p.length;
  const T = t.length;
  if (!P || !T) return [];
  const W = T + 1;
  // L[i * W + j]: length of the longest common subsequence of p[i..] and t[j..]
  const L = new Int32Array((P + 1) * W);
  for (let i = P - 1; i >= 0; i--) {
    for (let j = T - 1; j >= 0; j--) {
      L[i * W + j] = p[i] === t[j] ? 1 + L[(i + 1) * W + j + 1] : Math.max(L[(i + 1) * W + j], L[i * W + j + 1]);
    }
  }
  const walk = (late: boolean): Map<number, number> => {
    const m = new Map<number, number>();
    let i = 0;
    let j = 0;
    while (i < P && j < T) {
      const here = L[i * W + j];
      if (here === 0) break;
      if (late && L[i * W + j + 1] === here) { j++; continue; }
      if (p[i] === t[j] && here === 1 + L[(i + 1) * W + j + 1]) { m.set(i, j); i++; j++; continue; }
      if (L[(i + 1) * W + j] === here) i++;
      else j++;
    }
    return m;
  };
  const early = walk(false);
  const late = walk(true);
  const out: [number, number][] = [];
  for (const [i, j] of early) if (late.get(i) === j) out.push([i, j]);
  return out;
}

/** Most measures a table's rows sum (its columns). */
const MAX_TOTALS = 64;

/** Values compared to the thousandth: cells write at most a few decimals. */
function sumKey(v: number): string {
  return (Math.round(v * 1000) / 1000).toString();
}

/**
 * Issue 12: a table's total rows (合计, a target row, after the last numbered row) add up their
 * columns: a figure of such a row that is unnamed takes the measure whose figures in the numbered
 * rows sum to it (`40`, `60`, `28` named `达标小区` above, `128` in the 合计 row → `达标小区`). Only
 * when exactly one measure sums to the value, over two figures or more. Where the column's header
 * names no measure (a header of several levels), the rows' own names are the evidence the table
 * gives. Run after `applyRowProse`. Linear: sorted sweeps over cells, figures and zones.
 */
export function applyColumnSums(figs: Figure[], outline: Outline | undefined): void {
  forEachTable(figs, outline, (sorted, cellFig, c, e) => sumTable(figs, sorted, cellFig, c, e));
}

/**
 * Calls `visit` once per table zone with the table's cells (`sorted[c..e)`, by position) and, per
 * cell, the figure that fills it (`cellFig`, -1 for none). Linear: one sorted sweep over cells,
 * figures and zones.
 */
function forEachTable(
  figs: Figure[],
  outline: Outline | undefined,
  visit: (sorted: TableCell[], cellFig: Int32Array, c: number, e: number, from: number) => void,
): void {
  const zones = outline?.zones;
  const starts = outline?.lineStarts;
  const found = zones && starts ? figureCells(figs, outline) : null;
  if (!found || !zones || !starts) return;
  const { sorted, cellOf } = found;
  // the figure that fills each cell, the first by position (-1: none)
  const cellFig = new Int32Array(sorted.length).fill(-1);
  figs.forEach((f, i) => {
    const k = cellOf[i];
    if (k >= 0 && (cellFig[k] < 0 || f.start < figs[cellFig[k]].start)) cellFig[k] = i;
  });
  let c = 0;
  for (const z of zones) {
    if (z.zone !== 'table') continue;
    const from = starts[z.firstLine] ?? Infinity;
    const to = z.lastLine + 1 < starts.length ? starts[z.lastLine + 1] : Infinity;
    while (c < sorted.length && sorted[c].start < from) c++;
    let e = c;
    while (e < sorted.length && sorted[e].start < to) e++;
    visit(sorted, cellFig, c, e, from);
    c = e;
  }
}

/** How often each value stands in the cells `from`–`to` of one row (a value written twice is two columns'). */
function rowValueCounts(figs: Figure[], cellFig: Int32Array, from: number, to: number): Map<string, number> {
  const seen = new Map<string, number>();
  for (let q = from; q < to; q++) {
    const i = cellFig[q];
    if (i >= 0 && Number.isFinite(figs[i].value)) {
      const key = sumKey(figs[i].value as number);
      seen.set(key, (seen.get(key) ?? 0) + 1);
    }
  }
  return seen;
}

function sumTable(figs: Figure[], cells: TableCell[], cellFig: Int32Array, from: number, to: number): void {
  // the tail: the rows after the last numbered row (their cells name another row than it)
  let lastLabel = -1;
  for (let k = from; k < to; k++) if (cells[k].rowLabel) lastLabel = k;
  if (lastLabel < 0) return;
  let tail = to;
  let lastRow: string | undefined;
  for (let k = lastLabel + 1; k < to; k++) {
    const row = cells[k].row;
    if (row === undefined) continue;
    if (lastRow === undefined) lastRow = row;
    else if (row !== lastRow) { tail = k; break; }
  }
  if (tail >= to) return;
  const sums = new Map<string, { name: string; sum: number; n: number }>();
  for (let k = from; k < tail; k++) {
    const i = cellFig[k];
    if (i < 0 || cells[k].rowLabel) continue;
    const f = figs[i];
    const key = normalizeIndicator(f.indicator);
    if (!key || !Number.isFinite(f.value) || f.kind === 'date') continue;
    const s = sums.get(key);
    if (s) { s.sum += f.value as number; s.n++; }
    else sums.set(key, { name: f.indicator as string, sum: f.value as number, n: 1 });
  }
  // the measures that sum over two figures or more (a table has a few dozen columns at most)
  const totals: { name: string; sum: number }[] = [];
  for (const s of sums.values()) if (s.n >= 2 && totals.length < MAX_TOTALS) totals.push({ name: s.name, sum: s.sum });
  if (!totals.length) return;
  /** The one measure whose figures sum to `v` as the total writes it (`276` for 276.01: rounded to its own decimals). */
  const sumOf = (f: Figure): string | null => {
    const v = f.value as number;
    const dot = /\.(\d+)/.exec(f.text);
    const tol = 0.5 * Math.pow(10, -(dot ? dot[1].length : 0)) + 1e-9;
    let found: string | null = null;
    for (const t of totals) {
      if (Math.abs(t.sum - v) > tol) continue;
      if (found !== null) return null;
      found = t.name;
    }
    return found;
  };
  // row by row: a value the row writes twice is two columns' sums, which one is unknown
  for (let k = tail; k < to; ) {
    let e = k + 1;
    while (e < to && cells[e].row === cells[k].row) e++;
    const seen = rowValueCounts(figs, cellFig, k, e);
    for (let q = k; q < e; q++) {
      const i = cellFig[q];
      if (i < 0 || cells[q].rowLabel) continue;
      const f = figs[i];
      if (f.indicator || !Number.isFinite(f.value) || f.kind === 'date') continue;
      const key = sumKey(f.value as number);
      if (seen.get(key) !== 1) continue;
      const name = sumOf(f);
      if (!name) continue;
      f.indicator = name;
      f.relation = null;
    }
    k = e;
  }
}

/** Most total cells read per table, and most renames a document takes from its stated totals. */
const MAX_STATED = 64;

/** The rows after a table's last numbered row (合计, a target row): `[tail, to)`, or null when there are none. */
function tailRows(cells: TableCell[], from: number, to: number): number | null {
  let lastLabel = -1;
  for (let k = from; k < to; k++) if (cells[k].rowLabel) lastLabel = k;
  if (lastLabel < 0) return null;
  let lastRow: string | undefined;
  for (let k = lastLabel + 1; k < to; k++) {
    const row = cells[k].row;
    if (row === undefined) continue;
    if (lastRow === undefined) lastRow = row;
    else if (row !== lastRow) return k;
  }
  return null;
}

/** A value worth matching across the document: not a small whole number (1, 2, 12 are met everywhere). */
function distinctive(f: Figure): boolean {
  const v = f.value as number;
  return Number.isFinite(v) && v !== 0 && (Math.abs(v) >= 100 || !Number.isInteger(v));
}

/**
 * Issue 12: a plan states its totals in its text and breaks them down in a table (`可回收物回收量日均
 * 高于251吨` in the goals, a table whose 合计 row holds 251 under the column that sums to it). A
 * figure of a table's total rows (after the last numbered row) whose value the document's body
 * states once, under one name, measures what that sentence names: an unnamed total cell takes the
 * name, and a name the table gave the cell (its column's sum, an attachment's own word such as
 * `“两网融合”分类量`) is the same measure: the table's cells under that name, and the figures outside
 * tables that state one of those cells' values under that name (the attachment's sentence per
 * street), are filed under the body's name (one measure, one name per document). Other tables and
 * other figures of that name are left alone. Only values that are no small whole number (≥ 100, or
 * a decimal), unique in their row, and of the same kind as the sentence's figure. Run after
 * `applyColumnSums`. Linear: one pass over the figures, sorted sweeps over cells and zones.
 */
export function applyStatedTotals(figs: Figure[], outline: Outline | undefined): void {
  // the body's statements: value → the names its sentences give it (none when two names differ)
  const said = new Map<string, Figure | null>();
  const inCell = cellFlags(figs, outline);
  if (!inCell) return;
  figs.forEach((f, i) => {
    if (f.zone !== 'body' || inCell[i] || f.kind === 'date' || !distinctive(f)) return;
    const name = normalizeIndicator(f.indicator);
    if (!name) return;
    const key = sumKey(f.value as number);
    const prev = said.get(key);
    if (prev === undefined) said.set(key, f);
    else if (prev && (normalizeIndicator(prev.indicator) !== name || prev.kind !== f.kind)) said.set(key, null);
  });
  if (!said.size) return;
  // names the tables' cells were renamed from, with the values of the cells renamed
  const renamed = new Map<string, { to: string; values: Set<string> }>();
  forEachTable(figs, outline, (cells, cellFig, from, to) => {
    const tail = tailRows(cells, from, to);
    if (tail === null) return;
    const renames = new Map<string, string>();
    let read = 0;
    for (let k = tail; k < to && read < MAX_STATED; ) {
      let e = k + 1;
      while (e < to && cells[e].row === cells[k].row) e++;
      const seen = rowValueCounts(figs, cellFig, k, e);
      for (let q = k; q < e && read < MAX_STATED; q++) {
        const i = cellFig[q];
        if (i < 0 || cells[q].rowLabel) continue;
        const f = figs[i];
        if (f.kind === 'date' || !distinctive(f)) continue;
        read++;
        const key = sumKey(f.value as number);
        const from = said.get(key);
        // a bare number's kind is the header's guess (a header of several levels tallies its units)
        if (!from || seen.get(key) !== 1 || (f.kind !== from.kind && f.unit !== '')) continue;
        const to = normalizeIndicator(from.indicator) as string;
        const had = normalizeIndicator(f.indicator);
        if (had && had !== to && !renames.has(had) && renames.size < MAX_STATED) renames.set(had, from.indicator as string);
        f.indicator = from.indicator;
        f.relation = null;
      }
      k = e;
    }
    if (!renames.size) return;
    // the table's other cells of a renamed measure (its numbered rows)
    for (let q = from; q < to; q++) {
      const i = cellFig[q];
      if (i < 0) continue;
      const f = figs[i];
      const had = normalizeIndicator(f.indicator);
      const name = had ? renames.get(had) : undefined;
      if (!had || !name) continue;
      f.indicator = name;
      if (!Number.isFinite(f.value)) continue;
      let r = renamed.get(had);
      if (!r && renamed.size < MAX_STATED) renamed.set(had, (r = { to: name, values: new Set() }));
      if (r && r.to === name && r.values.size < MAX_STATED * 4) r.values.add(sumKey(f.value as number));
    }
  });
  if (!renamed.size) return;
  // the same figures stated outside the tables under the old name
  figs.forEach((f, i) => {
    if (inCell[i] || !Number.isFinite(f.value)) return;
    const had = normalizeIndicator(f.indicator);
    const r = had ? renamed.get(had) : undefined;
    if (r && r.values.has(sumKey(f.value as number))) f.indicator = r.to;
  });
}

/** Most sums (in the cells' smallest unit) times rows a column's completion reads (twice that for a whole document). */
const MAX_SUM_STATES = 4000000;
const MAX_SUM_ROWS = 64;

/**
 * Issue 12: a total row names a column that the rows do not (a header of several levels, rows that
 * dropped their empty cells): the column's cells are found by its sum. A named figure of a table's
 * total rows (`131`, `餐厨垃圾分类量`, the body's name) measures
 * - the table's cells whose name is a part of its own (`餐厨垃圾`, the header's word), when no other
 *   total of the table holds that name and their sum does not pass the total;
 * - the unnamed number cells, at most one per numbered row among the rows that have none of its
 *   cells yet, that make up the rest of the total, when exactly one choice of cells does (to the
 *   total's own precision: `131` is 130.5 to 131.5). Only for a column the rows already show in two
 *   rows or more, and only cells written with the decimals its known cells share.
 * Run after `applyStatedTotals`. Linear in the text: per total, one pass over the table's cells and a
 * table of partial sums bounded by MAX_SUM_STATES.
 */
export function applyColumnTotals(figs: Figure[], outline: Outline | undefined): void {
  const budget = { states: MAX_SUM_STATES * 2 };
  forEachTable(figs, outline, (cells, cellFig, from, to) => {
    const tail = tailRows(cells, from, to);
    if (tail === null) return;
    const totals: number[] = [];
    for (let q = tail; q < to && totals.length < MAX_TOTALS; q++) {
      const i = cellFig[q];
      if (i < 0 || cells[q].rowLabel) continue;
      const f = figs[i];
      if (f.kind !== 'date' && Number.isFinite(f.value) && (f.value as number) > 0 && normalizeIndicator(f.indicator)) totals.push(i);
    }
    if (!totals.length) return;
    const names = totals.map((i) => normalizeIndicator(figs[i].indicator) as string);
    // 1. a part of the total's name (the header's word for the body's measure)
    for (let t = 0; t < totals.length; t++) {
      const m = names[t];
      const parts = new Map<string, number>();
      for (let q = from; q < tail; q++) {
        const i = cellFig[q];
        if (i < 0 || cells[q].rowLabel) continue;
        const n = normalizeIndicator(figs[i].indicator);
        if (!n || n === m || n.length < 2 || !m.includes(n)) continue;
        parts.set(n, (parts.get(n) ?? 0) + (Number.isFinite(figs[i].value) ? (figs[i].value as number) : 0));
      }
      for (const [n, sum] of parts) {
        if (names.some((o, u) => u !== t && o !== m && o.includes(n))) continue;
        if (sum > (figs[totals[t]].value as number) + tolOf(figs[totals[t]])) continue;
        for (let q = from; q < tail; q++) {
          const i = cellFig[q];
          if (i >= 0 && !cells[q].rowLabel && normalizeIndicator(figs[i].indicator) === n) figs[i].indicator = figs[totals[t]].indicator;
        }
      }
    }
    // 2. the rest of the total from unnamed cells, one per row
    for (const ti of totals) completeColumn(figs, cells, cellFig, from, tail, ti, budget);
  });
}

/** How many decimals a number is written with (`9.44` → 2, `58` → 0). */
function decimalsOf(text: string): number {
  const dot = /\.(\d+)/.exec(text);
  return dot ? dot[1].length : 0;
}

/** Half a unit of the last digit a figure writes (`131` → 0.5, `53.9` → 0.05). */
function tolOf(f: Figure): number {
  const dot = /\.(\d+)/.exec(f.text);
  return 0.5 * Math.pow(10, -(dot ? dot[1].length : 0)) + 1e-9;
}

function completeColumn(
  figs: Figure[], cells: TableCell[], cellFig: Int32Array, from: number, tail: number, ti: number, budget: { states: number },
): void {
  const total = figs[ti];
  const name = normalizeIndicator(total.indicator) as string;
  const bare = total.unit === '';
  let have = 0;
  const rowsWith = new Set<string>();
  // the decimals the column's cells write, when those it has agree (`9.44`, `21.46`: two)
  let decimals = -2;
  for (let q = from; q < tail; q++) {
    const i = cellFig[q];
    if (i < 0 || cells[q].rowLabel || normalizeIndicator(figs[i].indicator) !== name) continue;
    have += Number.isFinite(figs[i].value) ? (figs[i].value as number) : 0;
    rowsWith.add(cells[q].row ?? '');
    const d = decimalsOf(figs[i].text);
    decimals = decimals === -2 || decimals === d ? d : -1;
  }
  // only a column the rows already show (two cells or more): a column is not made from nothing
  if (rowsWith.size < 2) return;
  const tol = tolOf(total);
  const rest = (total.value as number) - have;
  if (rest <= tol) return;
  // candidates by row: unnamed positive numbers of the total's sort (a bare cell for a bare total)
  const rows: { cell: number; v: number }[][] = [];
  let scale = 1;
  let cur: { cell: number; v: number }[] = [];
  let curRow: string | undefined;
  for (let q = from; q < tail; q++) {
    const row = cells[q].row ?? '';
    if (cells[q].rowLabel || row !== curRow) {
      if (cur.length) rows.push(cur);
      cur = [];
      curRow = cells[q].rowLabel ? undefined : row;
      if (cells[q].rowLabel) continue;
    }
    const i = cellFig[q];
    if (i < 0 || rowsWith.has(row)) continue;
    const f = figs[i];
    if (f.indicator || f.kind === 'date' || !Number.isFinite(f.value) || (f.value as number) <= 0) continue;
    if (bare ? f.unit !== '' : f.kind !== total.kind) continue;
    // a column writes its numbers alike: a cell with other decimals than its known cells is another column's
    const d = decimalsOf(f.text);
    if (decimals >= 0 && d !== decimals) continue;
    if (d > 0) scale = Math.max(scale, Math.pow(10, Math.min(d, 3)));
    cur.push({ cell: i, v: f.value as number });
  }
  if (cur.length) rows.push(cur);
  if (!rows.length || rows.length > MAX_SUM_ROWS) return;
  const lo = Math.max(0, Math.ceil((rest - tol) * scale - 1e-6));
  const hi = Math.floor((rest + tol) * scale + 1e-6);
  // the document's partial sums, all columns together, stay bounded
  const states = (hi + 1) * (rows.length + 1);
  if (states > MAX_SUM_STATES || states > budget.states) return;
  budget.states -= states;
  // ways[g][s]: choices in rows[0..g) that sum to s (counted up to 2)
  const W = hi + 1;
  const ways = new Uint8Array((rows.length + 1) * W);
  ways[0] = 1;
  for (let g = 0; g < rows.length; g++) {
    const base = g * W;
    const next = (g + 1) * W;
    for (let s = 0; s < W; s++) ways[next + s] = ways[base + s];
    for (const c of rows[g]) {
      const d = Math.round(c.v * scale);
      for (let s = d; s < W; s++) {
        const w = ways[base + s - d];
        if (w) ways[next + s] = Math.min(2, ways[next + s] + w);
      }
    }
  }
  let end = -1;
  let count = 0;
  for (let s = lo; s <= hi; s++) {
    const w = ways[rows.length * W + s];
    if (w) { count += w; end = s; }
  }
  if (count !== 1) return;
  // the one choice, read back from the last row
  const chosen: number[] = [];
  let s = end;
  for (let g = rows.length - 1; g >= 0; g--) {
    if (ways[g * W + s]) continue; // this row adds nothing
    const c = rows[g].find((c) => { const d = Math.round(c.v * scale); return d <= s && ways[g * W + s - d] > 0; });
    if (!c) return;
    chosen.push(c.cell);
    s -= Math.round(c.v * scale);
  }
  for (const i of chosen) {
    figs[i].indicator = total.indicator;
    figs[i].relation = null;
  }
}

/** Per figure, 1 when it stands in a table cell; null when the outline has no cells. */
function cellFlags(figs: Figure[], outline: Outline | undefined): Uint8Array | null {
  const found = figureCells(figs, outline);
  return found && Uint8Array.from(found.cellOf, (k) => (k >= 0 ? 1 : 0));
}

/** Most header cells read for one table. */
const MAX_HEADER = 64;

/**
 * Issue 12: a header of several levels, flattened one cell per line, does not tell which column
 * each cell of a row is in (rows also drop their empty cells). Cells the row's text named
 * (`applyRowProse`) are anchors: the header cell whose measure their name holds gives their column
 * (`居民区湿垃圾分类量` → the header `居民区`). Between two anchors of a row, the row's figure cells
 * are the header's measures between the two anchors' headers, one each, in order, when there are
 * exactly as many: `…31.11 (居民区) 14.77 11 (达标村)…` with `餐厨垃圾` alone between `居民区` and
 * `分类达标村` in the header → 14.77 measures `餐厨垃圾`. Only where the table's columns are not
 * known otherwise (no cell of the table has a column measure). Run after `applyRowProse`.
 * Linear: each table's header and cells are read once; each anchor is compared with the header.
 */
export function applyHeaderOrder(text: string, figs: Figure[], outline: Outline | undefined): void {
  forEachTable(figs, outline, (sorted, cellFig, c, e, from) => {
    let first = -1;
    let known = false;
    for (let k = c; k < e; k++) {
      if (sorted[k].rowLabel && first < 0) first = k;
      if (sorted[k].measure) known = true;
    }
    if (first >= 0 && !known) {
      // the header: the table's lines above its first numbered row, one cell per line
      const header: (string | null)[] = [];
      let p = from;
      const stop = sorted[first].start;
      while (p < stop && header.length < MAX_HEADER) {
        let q = text.indexOf('\n', p);
        if (q < 0 || q > stop) q = stop;
        const cell = text.slice(p, q).trim();
        if (cell) header.push(bare(normalizeIndicator(headerMeasure(cell))));
        p = q + 1;
      }
      orderRows(figs, sorted, cellFig, c, e, header);
    }
  });
}

/** A name without its asides in brackets (`居民区（含菜场）` → `居民区`), as header and text may write them or not. */
function bare(name: string | null): string | null {
  if (!name) return name;
  const s = name.replace(/[(（][^()（）]{0,12}[)）]/g, '');
  return s.length >= 2 ? s : null;
}

/** The header cell an anchor's name gives: the name itself, else one that opens or closes it, else one inside it; unique. */
function headerOf(name: string, header: (string | null)[]): number {
  let best = -1;
  let bestScore = 0;
  let tie = false;
  header.forEach((h, j) => {
    if (!h || h.length < 2) return;
    const score = name === h ? 3 : name.startsWith(h) || name.endsWith(h) ? 2 : name.includes(h) ? 1 : 0;
    if (score > bestScore || (score === bestScore && score && h.length > header[best]!.length)) { best = j; bestScore = score; tie = false; }
    else if (score && score === bestScore && h.length === header[best]!.length) tie = true;
  });
  return tie ? -1 : best;
}

function orderRows(figs: Figure[], cells: TableCell[], cellFig: Int32Array, from: number, to: number, header: (string | null)[]): void {
  for (let k = from; k < to; ) {
    let e = k + 1;
    while (e < to && !cells[e].rowLabel && cells[e].row === cells[k].row) e++;
    // the row's figure cells, each with its header index when it is an anchor
    const row: { fig: number; h: number }[] = [];
    for (let q = k; q < e; q++) {
      const i = cellFig[q];
      if (i < 0 || cells[q].rowLabel) continue;
      const name = bare(normalizeIndicator(figs[i].indicator));
      row.push({ fig: i, h: name ? headerOf(name, header) : -2 });
    }
    let prev = -1;
    for (let r = 0; r < row.length; r++) {
      if (row[r].h < 0) continue;
      if (prev >= 0 && row[prev].h < row[r].h) {
        const between: number[] = [];
        for (let j = row[prev].h + 1; j < row[r].h; j++) if (header[j]) between.push(j);
        if (between.length === r - prev - 1) {
          for (let t = prev + 1; t < r; t++) {
            const f = figs[row[t].fig];
            if (f.indicator || f.kind === 'date') continue;
            f.indicator = header[between[t - prev - 1]];
            f.relation = null;
          }
        }
      }
      prev = r;
    }
    k = e;
  }
}

/** A table's caption of units (`单位：亿元`, `计量单位:%`, `(2002年) 单位:万元 |`): the unit written. */
const CAPTION_UNIT = /(?:^|[\s|(（）)])(?:计量)?单\s?位\s*[:：]\s*([^\s|()（）,，;；。]{1,6})/;
/** Lines that end a table under its caption: prose, a note, the next table's or chart's title. */
const CAPTION_STOP = /。|^\s*(?:注|资料来源|数据来源|说明)|^\s*[表图]\s*\d|^\s*\d{1,2}\s*[-—–]\s*\d{1,3}\s/;
/** How many lines a caption's unit reaches down (a table of a communiqué or a yearbook page). */
const CAPTION_REACH = 200;
const CAPTION_LINE_MAX = 80;
/** A unit in brackets in a header cell (`(%)`, `（万吨）`). */
const BRACKET_UNIT = /[（(][^（()）]{1,6}[）)]/g;

/**
 * A table whose caption gives the unit of its cells (`表1 … 单位：亿元`, `单位:%`): a bare decimal
 * in a row below it that no column header gave a kind (kind count, no unit written) measures what
 * the caption's unit does (`617.50` → money, `3.0` → percent); the value and unit stay as written,
 * as under a column's unit (ANNOTATION.md). Decimals only: a column of whole numbers may count
 * things under a caption in 万元 (企业单位数), and no count is a decimal. The caption reaches down to
 * prose, a note, the next table's or chart's title, or another caption; a table whose header gives
 * a column a unit of another kind (`比上年增长(%)` under `单位：万吨`) is left, since the caption does not
 * say which column it covers. Linear: one pass over the lines, one over the figures.
 */
export function applyCaptionUnits(text: string, figs: Figure[]): void {
  if (!figs.length || text.indexOf('位') < 0) return;
  // [from, to, kind] line spans under a caption
  const spans: [number, number, Figure['kind']][] = [];
  let open: [number, number, Figure['kind']] | null = null;
  let lines = 0;
  let mixed = false;
  for (let a = 0; a < text.length;) {
    let b = text.indexOf('\n', a);
    if (b < 0) b = text.length;
    const line = text.slice(a, b);
    const m = line.length <= CAPTION_LINE_MAX && line.indexOf('位') >= 0 ? CAPTION_UNIT.exec(line) : null;
    const unit = m ? headerUnitKind(m[1]) : null;
    if (m) {
      if (open && !mixed) spans.push(open);
      open = unit ? [b, b, unit.kind] : null;
      lines = 0;
      mixed = false;
    } else if (open) {
      if (CAPTION_STOP.test(line) || ++lines > CAPTION_REACH) {
        if (!mixed) spans.push(open);
        open = null;
      } else {
        open[1] = b;
        // a header that gives a column another unit (比上年增长(%) under 单位：万吨): the caption
        // does not say which column is which, so it is left
        BRACKET_UNIT.lastIndex = 0;
        for (let u = BRACKET_UNIT.exec(line); u && !mixed; u = BRACKET_UNIT.exec(line)) {
          const k = /百分点|百分點/.test(u[0]) ? { kind: 'percentage-point' } : headerUnitKind(u[0]);
          if (k && k.kind !== open[2]) mixed = true;
        }
        if (!mixed && /%|％/.test(line) && open[2] !== 'percent' && !/\d\s*[%％]/.test(line)) mixed = true;
      }
    }
    a = b + 1;
  }
  if (open && !mixed) spans.push(open);
  if (!spans.length) return;
  let k = 0;
  for (let i = 0; i < figs.length; i++) {
    const f = figs[i];
    while (k < spans.length && spans[k][1] < f.start) k++;
    if (k >= spans.length) break;
    const [from, to, kind] = spans[k];
    if (f.start < from || f.end > to) continue;
    if (f.unit !== '' || typeof f.value !== 'number' || f.approx) continue;
    if (f.kind === 'count' && /^[-−]?\d+\.\d+$/.test(f.text)) f.kind = kind;
    else if ((f.kind === 'count' || f.kind === 'other') && /^[-−]?[1-9]\d{0,11}$/.test(f.text) && flatAmountCell(text, f)) f.kind = kind;
  }
}

/** `单位：万元` run straight on into a table's text (`单位：万元项目预算数一、税收收入215341…`). */
const RUN_ON_UNIT = /(?:金额)?单位[：:]\s*((?:万|亿|千|百)?元)(?=[\u4e00-\u9fff])/g;
/** Where such a run-together table ends: a sentence mark, a quote closing the string it sits in, the line's end. */
const RUN_ON_END = /[。；;'"\n]/g;
/** Longest run-together table read after its unit (characters). */
const RUN_ON_SPAN = 1500;

/**
 * A budget table a PDF copy ran together with its caption into one string, no separators between
 * its cells (a code list of extracted sentences: `…收入预算表单位：万元项目预算数一、税收收入215341增值税72167
 * 企业所得税26073…收入合计317325加：`): a bare number glued between a row's name and the next name is an
 * amount in the unit the caption states (money), value and unit as written, as a flattened table's
 * cell under `单位：万元` is. Only a number written bare (a Han character, or the run's start, before
 * it, and a Han character or the run's end after it), after a name that neither counts, codes nor
 * rates (NO_AMOUNT_LABEL); numbers the scanner read with a glued word (`26073个`) are left. Linear.
 */
export function applyRunOnTables(text: string, figs: Figure[]): void {
  if (!figs.length || text.indexOf('单位') < 0) return;
  const spans: [number, number][] = [];
  RUN_ON_UNIT.lastIndex = 0;
  for (let m = RUN_ON_UNIT.exec(text); m; m = RUN_ON_UNIT.exec(text)) {
    const from = m.index + m[0].length;
    RUN_ON_END.lastIndex = from;
    const e = RUN_ON_END.exec(text);
    const to = Math.min(e ? e.index : text.length, from + RUN_ON_SPAN);
    spans.push([from, to]);
    RUN_ON_UNIT.lastIndex = to;
  }
  if (!spans.length) return;
  const han = (c: string | undefined): boolean => c !== undefined && c >= '\u4e00' && c <= '\u9fff';
  let k = 0;
  for (const f of figs) {
    while (k < spans.length && spans[k][1] < f.start) k++;
    if (k >= spans.length) break;
    const [from, to] = spans[k];
    if (f.start < from || f.end > to || f.unit !== '' || f.approx || !/^\d+(?:\.\d+)?$/.test(f.text)) continue;
    if (f.kind !== 'count' && f.kind !== 'other' && f.kind !== 'date') continue;
    if (!han(text[f.start - 1]) || !(f.end === to || han(text[f.end]))) continue;
    // the row's name: the Han run back to the previous digit or the run's start
    let s = f.start;
    while (s > from && !/\d/.test(text[s - 1])) s--;
    const label = text.slice(s, f.start);
    if (NO_AMOUNT_LABEL.test(label)) continue;
    f.kind = 'money';
    f.value = Number(f.text);
  }
}

/** A row label of a flattened table: a short name with no digits, nor a colon, bracket or sentence mark. */
const ROW_LABEL = /^[\u4e00-\u9fff][^\d:：()（）。，,;；|]{0,19}$/;
/** Labels of rows or columns that count, rank, code or rate, whatever the table's unit. */
const NO_AMOUNT_LABEL = /(?:数|数量|个|户|人|家|项|次|序号|编号|编码|代码|科目|排名|名次|位次|年份|年度|时间|日期|期限|%|％|比重|增长|增速|下降|占比|比例|率)$/;

/**
 * A whole number in a table flattened one cell per line (a page reader's or a .docx's cells, each
 * on a line of its own, blank lines between): the number fills its line, and the cell before it
 * is its row's label (`一、本级收入` / `167500`, `税收` / `83660`), a name with no digits that
 * neither counts nor codes (`企业单位数`, `科目编码` are left). Under the table's caption such a
 * cell measures what the caption's unit does (`单位:万元` → money), as a decimal does. Looks back
 * over at most three lines.
 */
function flatAmountCell(text: string, f: Figure): boolean {
  const ls = text.lastIndexOf('\n', f.start - 1) + 1;
  let le = text.indexOf('\n', f.end);
  if (le < 0) le = text.length;
  if (text.slice(ls, f.start).trim() !== '' || text.slice(f.end, le).trim() !== '') return false;
  // the previous non-blank line, at most three lines up
  let e = ls - 1;
  for (let n = 0; n < 3 && e > 0; n++) {
    const s = text.lastIndexOf('\n', e - 1) + 1;
    const label = withoutSpaces(text.slice(s, e));
    if (label) return ROW_LABEL.test(label) && !NO_AMOUNT_LABEL.test(label);
    e = s - 1;
  }
  return false;
}

/** The kind of a cell that writes a unit and nothing else (`千升`, `万度`, `元/吨`, `%`), or null. */
function unitCellKind(s: string): Figure['kind'] | null {
  if (s.length === 0 || s.length > 6 || /\d/.test(s)) return null;
  return unitWordKind(s)?.kind ?? null;
}

/** A header cell over the column that gives each row its unit. */
const UNIT_HEADER = /^(?:计量单位|单位)$/;
/** A cell holding a number and nothing else (`15767`, `-3.2`, `18.64`). */
const BARE_CELL = /^[-−+]?\d+(?:\.\d+)?$/;
/** A header cell over a column of per-cents (`比上年增长%`, `增长(%)`, `%`). */
const PERCENT_HEADER = /(?:%|％)\s*[)）]?$/;
const NAME_CELL_MAX = 20;
const HEADER_LINES_MAX = 6;

/**
 * A table with a column of units (`产品名称 | 计量单位 | 产量 | 比上年增长%`: each row writes its own
 * unit, `饮料酒 | 千升 | 15767 | 18.64`), piped, or flattened one cell per line as a page scraped
 * span by span gives it. The bare number in the column of amounts (the first after the units,
 * when its header names no unit or count of its own: not `数量`, `单价(元)`) takes the kind of the
 * row's unit (千升 → volume, 万度 → energy; value and unit as written, ANNOTATION.md: the cell does
 * not write the unit), and in a column whose header ends with `%` the kind percent; the unit cell
 * itself (`万度`) is no figure. Rows whose unit cell writes no unit are left. Flattened, a row is a
 * name line, a unit line and as many number lines as the first row; the header cell `%` a scraper
 * may have cut from its words (`较上年±` / `%`) is the last header line, so the last number of each
 * row is the per-cent and the ones before it are amounts. At least two rows. Linear: one pass over
 * the lines.
 */
export function applyUnitColumn(text: string, figs: Figure[]): Figure[] {
  if (!figs.length || !/单[ \u3000]?位/.test(text)) return figs;
  const { starts, ends } = lineBounds(text);
  const n = starts.length;
  const cell = (i: number) => text.slice(starts[i], ends[i]).trim();
  // a flattened cell's text: its line without the bar a page reader writes after each cell (`亿元 |`)
  const flat = (i: number) => {
    const c = cell(i);
    return c.length > 1 && !c.startsWith('|') && !c.startsWith('｜') && /[|｜]$/.test(c) && !/[|｜]/.test(c.slice(0, -1)) ? c.slice(0, -1).trimEnd() : c;
  };
  const cellStart = (i: number) => starts[i] + (text.slice(starts[i], ends[i]).length - text.slice(starts[i], ends[i]).trimStart().length);
  const kinds = new Map<number, Figure['kind']>();
  const unitCells: [number, number][] = [];
  const isUnitCell = (s: string) => unitCellKind(s) !== null;
  // a row's name: no digits but those of a list number opening it (`1.外国人`, `2、港澳同胞`)
  const isName = (s: string) => s.length > 0 && s.length <= NAME_CELL_MAX && !/[0-9]/.test(s.replace(/^\d{1,2}[.．、]/, '')) && !isUnitCell(s) && !/[。；，]/.test(s);
  const numbersAt = (i: number) => {
    let k = 0;
    while (i + k < n && BARE_CELL.test(flat(i + k))) k++;
    return k;
  };
  const rowAt = (i: number) => (i + 2 < n && isName(flat(i)) && isUnitCell(flat(i + 1)) ? numbersAt(i + 2) : 0);
  for (let i = 0; i < n; i++) {
    const line = cell(i);
    if (line.length > 120 || !/单[ \u3000]?位/.test(line)) continue;
    // piped, or a Markdown table without the bars at the ends of its rows (`产品 | 单位 | 产量`
    // over `--- | --- | ---`): then the rule line holds a bar too, and every row holds one (a flattened
    // cell closed by a bar, `单 位 |` over `2030年 |`, has no rule line under it)
    const barless = !line.startsWith('|') && line.includes('|') && i + 1 < n && cell(i + 1).includes('|') &&
      cell(i + 1).includes('-') && /^[\s|:：-]+$/.test(cell(i + 1));
    if (line.startsWith('|') || barless) {
      // the header row holds the unit column
      const head = line.replace(/^\||\|$/g, '').split('|').map((c) => c.trim());
      const u = head.findIndex((c) => UNIT_HEADER.test(c));
      // the header opens its table: the line before is no row, a rule line follows
      if (u < 0 || (i > 0 && cell(i - 1).startsWith('|')) || i + 1 >= n || !/^[\s|:：-]+$/.test(cell(i + 1))) continue;
      // the column of amounts: the first after the units, unless its header names its own unit or counts
      const amount = u + 1 < head.length && !PERCENT_HEADER.test(head[u + 1]) && headerUnitKind(head[u + 1]) === null ? u + 1 : -1;
      let j = i + 2;
      for (; j < n && (barless ? cell(j).includes('|') : cell(j).startsWith('|')); j++) {
        const raw = text.slice(starts[j], ends[j]);
        const parts = raw.split('|');
        // cells of the row with their offsets (the first piece is before the opening pipe, unless
        // the row opens with no bar)
        const cells: { s: string; at: number }[] = [];
        let off = starts[j];
        const first = barless && !cell(j).startsWith('|') ? 0 : 1;
        for (let c = 0; c < parts.length; c++) {
          const p = parts[c];
          if (c >= first && !(c === parts.length - 1 && p.trim() === '')) {
            const lead = p.length - p.trimStart().length;
            cells.push({ s: p.trim(), at: off + lead });
          }
          off += p.length + 1;
        }
        if (cells.length !== head.length) break;
        const unit = unitCellKind(cells[u].s);
        if (!unit) continue;
        unitCells.push([cells[u].at, cells[u].at + cells[u].s.length]);
        for (let c = 0; c < cells.length; c++) {
          if (c === u || !BARE_CELL.test(cells[c].s)) continue;
          if (PERCENT_HEADER.test(head[c])) kinds.set(cells[c].at, 'percent');
          else if (c === amount) kinds.set(cells[c].at, unit);
        }
      }
      i = j - 1;
      continue;
    }
    // (a letter-spaced header cell, `单 位`, is the same cell)
    if (!UNIT_HEADER.test(flat(i).replace(/[ \u3000]/g, ''))) continue;
    // flattened: header lines after the unit column's, then rows of name, unit and numbers; a header
    // cell may name a year (`2024年`, `2024年比` / `2023增长%`), never a bare number
    let r = i + 1;
    while (r < n && r - i <= HEADER_LINES_MAX && rowAt(r) === 0) {
      const h = flat(r);
      if (h.length > NAME_CELL_MAX || (/\d/.test(h) && !/^(?:19|20)\d\d年?[\u4e00-\u9fff%％()（）]*$/.test(h))) break;
      r++;
    }
    const k = rowAt(r);
    if (k === 0 || r === i + 1) continue;
    const pctLast = k >= 2 && PERCENT_HEADER.test(flat(r - 1));
    let rows = 0;
    let q = r;
    for (; q < n && rowAt(q) === k; q += 2 + k) {
      rows++;
      const unit = unitCellKind(flat(q + 1))!;
      unitCells.push([cellStart(q + 1), cellStart(q + 1) + flat(q + 1).length]);
      for (let c = 0; c < k; c++) {
        const at = cellStart(q + 2 + c);
        if (pctLast && c === k - 1) kinds.set(at, 'percent');
        else if (c === 0 || pctLast) kinds.set(at, unit);
      }
    }
    if (rows < 2) {
      // one row is no table: forget what it set
      for (let c = 0; c < k; c++) kinds.delete(cellStart(r + 2 + c));
      unitCells.pop();
    }
    i = Math.max(i, q - 1);
  }
  if (!kinds.size && !unitCells.length) return figs;
  let u = 0;
  const out: Figure[] = [];
  for (let i = 0; i < figs.length; i++) {
    const f = figs[i];
    while (u < unitCells.length && unitCells[u][1] <= f.start) u++;
    // a unit cell (万度) is no figure
    if (u < unitCells.length && f.start >= unitCells[u][0] && f.end <= unitCells[u][1] && !/\d/.test(f.text)) continue;
    const kind = kinds.get(f.start);
    if (kind && f.unit === '' && (f.kind === 'count' || f.kind === 'other') && BARE_CELL.test(f.text)) f.kind = kind;
    out.push(f);
  }
  return out;
}
