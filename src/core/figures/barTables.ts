/**
 * A web page's table flattened one cell per line with a bar line (`|`) between the cells — how a
 * page reader writes a table out of a statistical release:
 *
 *     单位:亿元 | 指 标 | 绝对数 | 比上年增长% | 生产总值 | 295.4 | 7.7 | 第一产业 | 24.4 | 3.3 …
 *
 * (each cell and each `|` on a line of its own). Such a table has no 序号 cells for the anatomy to
 * find its rows by (outline/anatomy/tables.ts), but its rows show themselves: a name, then the
 * same number of number cells, again and again. The header is the run of names just before the
 * first row, one name a column; a bare number filling its cell takes the kind its column's header
 * gives (`比上年增长%` → percent), or the table's own unit (`单位:亿元` → money) where the header
 * gives none — as ANNOTATION.md reads flattened tables. Its value and unit stay as written (`""`).
 */
import { COUNT_HEADER_WORDS, ORDER_HEADER_WORDS, RATE_HEADER_WORDS, TABLE_UNIT } from '../text/headerWords';
import type { Figure, FigureKind } from '../types';
import { headerUnitKind, textHoldsBar } from '../outline/anatomy/tables';
import { contentEnd, contentStart, withoutSpaces } from '../text/blank';

interface Cell { start: number; end: number; text: string; number: boolean }

/** A number cell: a bare number (a sign, decimals), or an empty mark. */
const NUMBER_CELL = /^[-−－]?\d+(?:\.\d+)?$|^[\/／—–\-－×…]{1,3}$/;
/** Headers of columns that hold no amount, whatever the table's unit. */
const NO_TABLE_UNIT = new RegExp(`(${ORDER_HEADER_WORDS}|${COUNT_HEADER_WORDS}|${RATE_HEADER_WORDS})`);
/** A column of the amount a value changed by (`比上年增减额`, `增长额`, `增收额`): no rate, though its words name a change. */
const CHANGE_AMOUNT_HEADER = /(?:增减|增長|增长|减少|減少|增收|减收|增支|减支|增加)额$/;
/** Fewest rows that make a table, and the widest row read. */
const MIN_ROWS = 3;
const MAX_COLUMNS = 12;
/** Longest text of a cell (a name, a header). */
const CELL_MAX = 30;

/** The kind a header gives its column's bare numbers, or null. */
export function columnKind(header: string, tableUnit: FigureKind | null): FigureKind | null {
  const h = withoutSpaces(header);
  const own = headerUnitKind(h);
  if (own) return own.kind;
  // 比上年增长%, 增速(%)… a rate the header writes with its sign at the end
  if (/[%％]$/.test(h)) return 'percent';
  // 比上年增减额, 增收额: the amount of a change is an amount in the table's unit, though it names a change
  if (tableUnit && CHANGE_AMOUNT_HEADER.test(h)) return tableUnit;
  return tableUnit && !NO_TABLE_UNIT.test(h) ? tableUnit : null;
}

/** Whether the line [a, b) is bars alone (`|`, and `||||` between a trailing-bar table's title lines). */
function onlyBars(text: string, a: number, b: number): boolean {
  if (b - a > 8) return false;
  for (let k = a; k < b; k++) if (text[k] !== '|' && text[k] !== '｜') return false;
  return true;
}

/**
 * `粮食 |`, `总产量(万吨) |`: a line [a, b) (blanks trimmed) that is one cell with its bar after it, the
 * bar the line's only one: the cell's end (its text trimmed), else a (no such line).
 */
function trailingBarCell(text: string, a: number, b: number): number {
  if (b - a < 2 || b - a > CELL_MAX + 2 || (text[b - 1] !== '|' && text[b - 1] !== '｜')) return a;
  let e = b - 1;
  while (e > a && (text[e - 1] === ' ' || text[e - 1] === '\t' || text[e - 1] === '\u3000')) e--;
  if (e === a || e - a > CELL_MAX) return a;
  for (let k = a; k < e; k++) if (text[k] === '|' || text[k] === '｜') return a;
  return e;
}

/** The runs of cells parted by bar lines: each a list of cells in order. Linear: one pass over the lines. */
function barRuns(text: string): Cell[][] {
  const runs: Cell[][] = [];
  let cur: Cell[] = [];
  let bars = 0;
  let lastWasCell = false;
  const close = (): void => {
    if (cur.length >= 8 && bars >= cur.length - 1) runs.push(cur);
    cur = [];
    bars = 0;
    lastWasCell = false;
  };
  let p = 0;
  while (p <= text.length) {
    let e = text.indexOf('\n', p);
    if (e < 0) e = text.length;
    const a = contentStart(text, p, e);
    const b = contentEnd(text, a, e);
    if (a < b) {
      const trailing = trailingBarCell(text, a, b);
      if (onlyBars(text, a, b)) {
        bars++;
        lastWasCell = false;
      } else if (trailing > a) {
        // `粮食 |`: the cell and the bar after it on one line (a reader that ends each cell's line
        // with its bar); a cell right after a cell with no bar between still ends the run
        if (lastWasCell) close();
        const t = text.slice(a, trailing);
        cur.push({ start: a, end: trailing, text: t, number: NUMBER_CELL.test(t) });
        bars++;
        lastWasCell = false;
      } else if (b - a <= CELL_MAX && !lastWasCell && (cur.length === 0 || bars > 0)) {
        const t = text.slice(a, b);
        cur.push({ start: a, end: b, text: t, number: NUMBER_CELL.test(t) });
        lastWasCell = true;
      } else {
        // two cells with no bar between, or a line of prose: the run ends here
        close();
        if (b - a <= CELL_MAX) {
          const t = text.slice(a, b);
          cur.push({ start: a, end: b, text: t, number: NUMBER_CELL.test(t) });
          lastWasCell = true;
        }
      }
    }
    if (e >= text.length) break;
    p = e + 1;
  }
  close();
  return runs;
}

/**
 * Each number cell of a run that reads as a table (header, then rows of a name and the same
 * number of number cells), with the kind its column gives; an empty map when the run is no table.
 */
function cellKinds(run: Cell[], text: string): Map<number, FigureKind> {
  const out = new Map<number, FigureKind>();
  // the table's unit: a cell of the run, or the line above the run
  let tableUnit: FigureKind | null = null;
  let from = 0;
  const unitCell = run.findIndex((c, i) => i < 3 && TABLE_UNIT.test(withoutSpaces(c.text)));
  if (unitCell >= 0) {
    tableUnit = headerUnitKind(TABLE_UNIT.exec(withoutSpaces(run[unitCell].text))![1])?.kind ?? null;
    from = unitCell + 1;
  } else {
    const lineStart = text.lastIndexOf('\n', run[0].start - 1);
    const prevStart = lineStart > 0 ? text.lastIndexOf('\n', lineStart - 1) + 1 : 0;
    const m = lineStart > 0 ? TABLE_UNIT.exec(withoutSpaces(text.slice(prevStart, lineStart))) : null;
    if (m) tableUnit = headerUnitKind(m[1])?.kind ?? null;
  }
  // the first row: a name followed by a number
  let first = -1;
  for (let i = from; i + 1 < run.length; i++) if (!run[i].number && run[i + 1].number) { first = i; break; }
  if (first < 0) return out;
  // the row's width: the distance between names from the first row on, the same for every row
  const names: number[] = [];
  for (let i = first; i < run.length; i++) if (!run[i].number) names.push(i);
  if (names.length < MIN_ROWS) return out;
  const width = names[1] - names[0];
  if (width < 2 || width > MAX_COLUMNS) return out;
  // the rows: the names a row's width apart from the first on; the table ends before the first row
  // that is not (a note, the next section's lines) — whole rows only
  let rows = 1;
  while (rows < names.length && names[rows] - names[rows - 1] === width) rows++;
  const tableEnd = rows === names.length && run.length - names[rows - 1] === width ? run.length : names[rows - 1];
  if (tableEnd !== run.length) rows--;
  if (rows < MIN_ROWS) return out;
  // the header: one name a column right before the first row, all text
  if (first - width < from) return out;
  const header = run.slice(first - width, first);
  if (header.some((c) => c.number)) return out;
  const kinds = header.map((h) => columnKind(h.text, tableUnit));
  if (!kinds.some((k) => k)) return out;
  for (let i = first; i < tableEnd; i++) {
    const col = (i - first) % width;
    const kind = kinds[col];
    if (col > 0 && kind && run[i].number) out.set(run[i].start, kind);
  }
  return out;
}

/** The kinds a table's columns give its bare number cells, by each cell's start (with its end). */
export type CellKinds = Map<number, { end: number; kind: FigureKind }>;

/**
 * Gives each figure that fills a cell of `kinds` exactly, as a bare count of nothing (no unit
 * written), the kind its column gives; a number that writes its unit keeps its own. A bare number of
 * four digits or more read as a code (kind other: `143972`, `2319` under 单位:万元) is an amount there
 * too, under a header or a table unit that names one: a column of years or codes says so in its header
 * (`年份`, `编号`), which gives no amount kind. In place.
 */
export function giveCellKinds(figs: Figure[], kinds: CellKinds): void {
  if (!kinds.size) return;
  for (let i = 0; i < figs.length; i++) {
    const f = figs[i];
    const c = kinds.get(f.start);
    if (!c || c.end !== f.end || f.unit !== '' || typeof f.value !== 'number') continue;
    if (f.kind !== 'count' && !(f.kind === 'other' && c.kind !== 'other' && f.value >= 1000)) continue;
    f.kind = c.kind;
    // (a column of years, htmlTables.ts: the year is the date's value, as ISO 8601 writes it)
    if (c.kind === 'date') f.value = f.text;
  }
}

/**
 * Bare numbers filling the cells of a bar-parted flattened table take the kind their column gives.
 * In place; linear (one pass over the lines, one over the figures).
 */
export function applyBarTables(text: string, figs: Figure[]): void {
  // (a bar on a line of its own, or cells that each end their line with a bar: `粮食 |` / `61.84 |`;
  // a text holding no bar is found by the native search, not by the second pattern tried at every character)
  if (!figs.length || !textHoldsBar(text)) return;
  if (!(/\n[ \t\u3000]*[|｜][ \t\u3000\r]*\n/.test(text) || /[^|｜\s][ \t\u3000]*[|｜][ \t\u3000\r]*\n[ \t\u3000]*[-−－]?\d[\d.]*[ \t\u3000]*[|｜][ \t\u3000\r]*\n/.test(text))) return;
  const kinds = new Map<number, { end: number; kind: FigureKind }>();
  for (const run of barRuns(text)) {
    const byStart = cellKinds(run, text);
    for (const c of run) {
      const k = byStart.get(c.start);
      if (k) kinds.set(c.start, { end: c.end, kind: k });
    }
  }
  if (!kinds.size) return;
  for (let i = 0; i < figs.length; i++) {
    const f = figs[i];
    const c = kinds.get(f.start);
    if (!c || c.end !== f.end || f.unit !== '' || typeof f.value !== 'number' || f.kind === 'date') continue;
    f.kind = c.kind;
  }
}
