/**
 * A table a PDF's text layer (or a plain-text copy of one) writes one row a line, its cells parted
 * by spaces — how a statistical communiqué's tables come out of pdftotext:
 *
 *     表2 2023年农林牧渔业总产值及其增长速度
 *     指标名称 绝对数（亿元） 比上年增长（%）
 *     农林牧渔业总产值 481.96 4.2
 *     林 业 86.95 4.2
 *
 * No bar, no 序号 and no line per cell: the anatomy reads no table there, and each bare number was
 * a count (or, of five digits and more, a code). The rows show themselves: a name, then the same
 * number of number cells, on two lines or more under one header line. The header's last cells
 * name the number columns (a letter-spaced cell, `指 标`, `绝 对 数 (亿元)`, is joined back); a bare
 * number takes the kind its column's header gives (`（亿元）` → money, `（%）` → percent), as
 * ANNOTATION.md reads tables: value and unit stay as written (`""`). A header with a `单位` column
 * before the number columns (`指标名称 单位 产量 比上年增长(%)`) reads each row's unit cell
 * (`猪肉 万吨 13.49 7.4`): it gives the kind of the columns whose header gives none. A page's
 * number or running dash (`2`, `— —`) may stand between two rows of one table. Linear: one pass
 * over the lines, one over the figures.
 */
import { RATE_HEADER_WORDS } from '../text/headerWords';
import type { Figure, FigureKind } from '../types';
import { columnKind, giveCellKinds, type CellKinds } from './barTables';
import { unitCellKind } from './rowUnits';
import { headerUnitKind } from '../outline/anatomy/tables';
import { contentEnd, contentStart, isBlankInLine, withoutSpaces } from '../text/blank';

interface Token { start: number; end: number; text: string }
interface Row { label: Token[]; unit: Token | null; numbers: Token[] }

/**
 * A number cell: a bare number (a sign, decimals), its thousands grouped by commas or not
 * (`1,234.56`: a financial report's or an exchange's table, as its PDF's text layer gives it).
 */
const NUMBER_CELL = /^[-−－+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;
/** A header cell over the column of the rows' units. */
const UNIT_HEADER = /^(?:计量)?单位$/;
/** A table's own unit, on a line above its header: `单位：亿元`, `（单位：万元）`. */
const TABLE_UNIT = /(?:计量|金额)?单位[：:]\s*([^（()）：:\s]{1,8})\s*[）)]?$/;
/** Marks of a sentence: such a line is prose, not a row or a header. */
const SENTENCE = /[。；;，,！？!?：:|｜]/;
/** Marks of a sentence in a row's name (a colon may open a sub-row: `其中：夏粮`). */
const LABEL_SENTENCE = /[。；;，,！？!?|｜]|[：:]$/;
/** Headers of a column of rates: a row's unit of amount is not theirs. */
const RATE_HEADER = new RegExp(RATE_HEADER_WORDS);
const MAX_COLUMNS = 8;
const MIN_ROWS = 2;
const LABEL_MAX = 24;
const HEADER_MAX = 80;
/** Lines between a table's rows that a page break leaves: a page number, a running dash. */
const PAGE_FURNITURE = /^[-—–－\s\d]{1,12}$/;

/** The space-parted tokens of the line [a, b). */
function tokens(text: string, a: number, b: number): Token[] {
  const out: Token[] = [];
  let k = a;
  while (k < b) {
    while (k < b && isBlankInLine(text.charCodeAt(k))) k++;
    if (k >= b) break;
    const s = k;
    while (k < b && !isBlankInLine(text.charCodeAt(k))) k++;
    out.push({ start: s, end: k, text: text.slice(s, k) });
  }
  return out;
}

/**
 * The line's cells as a row (a name, an optional unit cell when `unitColumn`, then number cells),
 * or null. The name may be letter-spaced (`林 业`) and must hold a Chinese character.
 */
function readRow(toks: Token[], unitColumn: boolean): Row | null {
  const n = toks.length;
  let k = n;
  while (k > 0 && NUMBER_CELL.test(toks[k - 1].text)) k--;
  if (k === n || n - k > MAX_COLUMNS) return null;
  const numbers = toks.slice(k);
  let unit: Token | null = null;
  if (unitColumn) {
    if (k < 2 || unitCellKind(toks[k - 1].text) === null) return null;
    unit = toks[k - 1];
    k--;
  }
  if (k === 0) return null;
  const label = toks.slice(0, k);
  const name = label.map((t) => t.text).join('');
  if (name.length > LABEL_MAX || !/[\u3400-\u9fff]/.test(name) || LABEL_SENTENCE.test(name)) return null;
  return { label, unit, numbers };
}

/**
 * A header line's cells, with letter-spacing undone: a run of one-character tokens is one cell
 * (`指 标` → 指标), and a bracketed unit standing alone (`(亿元)`) closes the cell before it.
 */
function headerCells(toks: Token[]): string[] {
  const out: string[] = [];
  let single = false;
  for (const t of toks) {
    if (/^[（(][^（()）]{1,8}[）)]$/.test(t.text) && out.length) {
      out[out.length - 1] += t.text;
      single = false;
    } else if (t.text.length === 1 && /[\u3400-\u9fff]/.test(t.text)) {
      if (single) out[out.length - 1] += t.text;
      else out.push(t.text);
      single = true;
    } else {
      if (single && /^[\u3400-\u9fff]/.test(t.text) && out.length) out[out.length - 1] += t.text;
      else out.push(t.text);
      single = false;
    }
  }
  return out;
}

interface Line { a: number; b: number }

/** Content bounds of every line (blanks trimmed). */
function contentLines(text: string): Line[] {
  const out: Line[] = [];
  let p = 0;
  while (p <= text.length) {
    let e = text.indexOf('\n', p);
    if (e < 0) e = text.length;
    const a = contentStart(text, p, e);
    out.push({ a, b: contentEnd(text, a, e) });
    if (e >= text.length) break;
    p = e + 1;
  }
  return out;
}

/** Whether a line may be a row: it ends with a digit and holds a space before it. */
function mayBeRow(text: string, l: Line): boolean {
  if (l.b - l.a < 3 || l.b - l.a > HEADER_MAX) return false;
  const c = text.charCodeAt(l.b - 1);
  if (c < 48 || c > 57) return false;
  for (let k = l.a; k < l.b; k++) if (isBlankInLine(text.charCodeAt(k))) return true;
  return false;
}

/** The kind each column gives, from its header and the table's unit; null where none. */
function headerKinds(header: string[], width: number, tableUnit: FigureKind | null): (FigureKind | null)[] {
  return header.slice(header.length - width).map((h) => columnKind(h, tableUnit));
}

/** The table's own unit, stated on one of the two content lines above its header, or null. */
function tableUnitAbove(text: string, lines: Line[], headerIndex: number): FigureKind | null {
  let seen = 0;
  for (let i = headerIndex - 1; i >= 0 && seen < 2; i--) {
    const l = lines[i];
    if (l.a === l.b) continue;
    seen++;
    const m = TABLE_UNIT.exec(text.slice(l.a, l.b));
    if (m) return headerUnitKind(m[1])?.kind ?? null;
  }
  return null;
}

/** The index of the nearest content line above i that is no page furniture, or -1. */
function contentAbove(text: string, lines: Line[], i: number, reach: number): number {
  for (let j = i - 1, n = 0; j >= 0 && n < reach; j--) {
    const l = lines[j];
    if (l.a === l.b) continue;
    n++;
    if (!PAGE_FURNITURE.test(text.slice(l.a, l.b))) return j;
  }
  return -1;
}

/** A table of space-parted rows: its header's line, its rows' lines, and the kind of each number cell it gives one. */
export interface SpaceTable {
  headerLine: number;
  rowLines: number[];
  cells: { start: number; end: number; kind: FigureKind }[];
}

/** Whether the text may hold a space-parted row: a line ending with a number (thousands grouped or not) a space parts from the text before. */
export function mayHoldSpaceRows(text: string): boolean {
  // (a check that may say yes too often: the rows are read exactly after it; digits and commas in one
  // class, no alternation to try again at every blank before a digit)
  return /[ \t\u3000][-−－+]?\d[\d,]*(?:\.\d+)?[ \t\u3000\r]*(?:\n|$)/.test(text);
}

/**
 * The text's tables of space-parted rows under a header line (lines by 0-based index, as the text's
 * `\n` part them). Linear: one pass over the lines, each line's tokens read at most twice.
 */
export function spaceTables(text: string): SpaceTable[] {
  const out: SpaceTable[] = [];
  // (most texts hold no line ending with a space-parted number: one native search spares them the walk)
  if (!mayHoldSpaceRows(text)) return out;
  const lines = contentLines(text);
  let i = 0;
  while (i < lines.length) {
    const l = lines[i];
    if (!mayBeRow(text, l)) { i++; continue; }
    // the header: the content line right above the first row (a page's furniture skipped)
    const h = contentAbove(text, lines, i, 3);
    if (h < 0) { i++; continue; }
    const hl = lines[h];
    const htext = text.slice(hl.a, hl.b);
    if (htext.length > HEADER_MAX || SENTENCE.test(htext)) { i++; continue; }
    const header = headerCells(tokens(text, hl.a, hl.b));
    // (a header names columns: none of its cells is a number, as a row above would have)
    if (header.some((c) => NUMBER_CELL.test(c))) { i++; continue; }
    const unitColumn = header.length >= 3 && header.slice(1, -1).some((c) => UNIT_HEADER.test(withoutSpaces(c)));
    const first = readRow(tokens(text, l.a, l.b), unitColumn);
    if (!first) { i++; continue; }
    const width = first.numbers.length;
    // the header's last cells name the number columns (and the unit column before them); the name
    // column's own header may be missing, or joined to the first number column's when both are
    // letter-spaced (`指 标 绝 对 数 (亿元)`)
    const unitAt = unitColumn ? header.length - width - 1 : -1;
    if (header.length < width + (unitColumn ? 1 : 0) || (unitColumn && !UNIT_HEADER.test(withoutSpaces(header[unitAt] ?? '')))) { i++; continue; }
    const colKinds = headerKinds(header, width, tableUnitAbove(text, lines, h));
    // the rows: the same width, page furniture allowed between them
    const rows: Row[] = [first];
    const rowLines = [i];
    let j = i + 1;
    let last = i;
    while (j < lines.length) {
      const m = lines[j];
      if (m.a === m.b || (m.b - m.a <= 12 && PAGE_FURNITURE.test(text.slice(m.a, m.b)))) {
        if (j - last > 4) break;
        j++;
        continue;
      }
      if (!mayBeRow(text, m)) break;
      const r = readRow(tokens(text, m.a, m.b), unitColumn);
      if (!r || r.numbers.length !== width) break;
      rows.push(r);
      rowLines.push(j);
      last = j;
      j++;
    }
    if (rows.length >= MIN_ROWS && (colKinds.some((k) => k) || unitColumn)) {
      const cells: SpaceTable['cells'] = [];
      for (const r of rows) {
        const rowUnit = r.unit ? unitCellKind(r.unit.text) : null;
        r.numbers.forEach((t, c) => {
          // (a rate's column takes no amount's unit, but a row whose unit is `%` is a rate throughout)
          const kind = colKinds[c] ?? (rowUnit === 'percent' || (rowUnit && !RATE_HEADER.test(header[header.length - width + c])) ? rowUnit : null);
          if (kind) cells.push({ start: t.start, end: t.end, kind });
        });
      }
      out.push({ headerLine: h, rowLines, cells });
    }
    i = Math.max(i + 1, last + 1);
  }
  return out;
}

/**
 * Bare numbers filling the cells of space-parted rows under a header line take the kind their
 * column gives. In place; linear.
 */
export function applySpaceRows(text: string, figs: Figure[]): void {
  if (!figs.length) return;
  const kinds: CellKinds = new Map();
  for (const t of spaceTables(text)) for (const c of t.cells) kinds.set(c.start, { end: c.end, kind: c.kind });
  if (!kinds.size) return;
  // (a whole number of four digits that names no year was read as a code; under a column of amounts it is one)
  for (const f of figs) {
    const c = kinds.get(f.start);
    if (c && c.end === f.end && f.kind === 'other' && f.unit === '' && c.kind !== 'date' && /^[1-9]\d{3}$/.test(f.text) && !/^(?:19|20)\d\d$/.test(f.text)) f.kind = 'count';
  }
  giveCellKinds(figs, kinds);
}
