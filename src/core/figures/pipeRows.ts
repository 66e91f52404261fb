/**
 * A table a page reader wrote as bar-parted rows with no Markdown separator row under its header —
 * how a statistical communiqué's table comes out of a web page (fig34: study40/08, and the
 * communiqués, GDP and retail pages under /work/probe):
 *
 *     表1 2019年某市生产总值
 *     | 绝 对 数 (亿元) | 比上年增长 (%) |
 *     地区生产总值 | 617.50 | 5.2 |
 *     第一产业 | 37.11 | 2.6 |
 *
 * With no `|---|` row the anatomy reads no table there (outline/anatomy/tables.ts), and each bare
 * number was a count. The rows show themselves: a name, then the same number of number cells, on
 * two lines or more in a row; the header is the bar-parted line right before the first row, all
 * text, with one cell a column (the rows' name column may have lost its header cell: then the
 * header names the number columns alone). A bare number filling its cell takes the kind its
 * column's header gives (`(亿元)` → money, `(%)` → percent), or the table's unit (`单位：亿元`);
 * value and unit stay as written (`""`), as ANNOTATION.md reads tables. Where the column's header
 * gives none, a unit the row's name ends with (`社会消费品零售总额(亿元)`) gives it. Linear: one pass
 * over the lines, one over the figures.
 */
import { ORDER_HEADER_WORDS, RATE_HEADER_WORDS } from '../text/headerWords';
import type { Figure, FigureKind } from '../types';
import { columnKind, giveCellKinds, type CellKinds } from './barTables';
import { captionUnitKind, rowNameUnitKind, textHoldsBar } from '../outline/anatomy/tables';
import { withoutSpaces } from '../text/blank';

interface Cell { start: number; end: number; text: string }
interface Row { cells: Cell[]; lineStart: number }

/** A number cell: a bare number (a sign, decimals), or an empty mark. */
const NUMBER_CELL = /^[-−－]?\s?\d+(?:\.\d+)?$|^[\/／—–\-－×…]{0,3}$/;
/** A Markdown table's separator row: the anatomy reads that table. */
const SEPARATOR = /^\s*\|?\s*:?-{2,}/;
/** Headers of columns that hold no amount, whatever the unit the row or table states. */
const NO_UNIT = new RegExp(`(${ORDER_HEADER_WORDS}|${RATE_HEADER_WORDS})`);
const MAX_COLUMNS = 12;
const MIN_ROWS = 2;
const CELL_MAX = 40;

/** The bar-parted cells of the line [a, b), or null when the line is no such row. */
function rowCells(text: string, a: number, b: number): Cell[] | null {
  let bars = 0;
  for (let k = a; k < b; k++) if (text[k] === '|' || text[k] === '｜') bars++;
  if (bars < 2) return null;
  const cells: Cell[] = [];
  let s = a;
  while (s < b && (text[s] === ' ' || text[s] === '\t' || text[s] === '\u3000')) s++;
  if (text[s] === '|' || text[s] === '｜') s++;
  let e = b;
  while (e > s && /\s/.test(text[e - 1])) e--;
  if (text[e - 1] !== '|' && text[e - 1] !== '｜') return null;
  e--;
  let c = s;
  for (let k = s; k <= e; k++) {
    if (k === e || text[k] === '|' || text[k] === '｜') {
      let x = c;
      let y = k;
      while (x < y && /\s/.test(text[x])) x++;
      while (y > x && /\s/.test(text[y - 1])) y--;
      if (y - x > CELL_MAX) return null;
      cells.push({ start: x, end: y, text: text.slice(x, y) });
      c = k + 1;
    }
  }
  return cells.length >= 2 && cells.length <= MAX_COLUMNS ? cells : null;
}

function isNumberCell(c: Cell): boolean {
  return NUMBER_CELL.test(c.text);
}

/** A data row: a name, then number cells only, one a number at least. */
function isDataRow(cells: Cell[]): boolean {
  if (isNumberCell(cells[0])) return false;
  let numbers = 0;
  for (let k = 1; k < cells.length; k++) {
    if (!isNumberCell(cells[k])) return false;
    if (cells[k].text !== '') numbers++;
  }
  return numbers > 0;
}

/** The kinds a block of bar-parted rows gives its number cells. */
function blockKinds(text: string, block: Row[], out: CellKinds): void {
  // the columns of the last headed run and the table's unit: rows further down the same block that
  // lost their header (a label row with empty cells over them, a total row of fewer cells) are still
  // the table's rows (`上年结转结余 | 1441 | 1453 | |||`, `收入总计 | 83593 | 88613 |` under 单位:万元)
  let last: { width: number; kinds: (FigureKind | null)[] } | null = null;
  let blockUnit: FigureKind | null = null;
  let k = 0;
  while (k < block.length) {
    // a run of data rows of one width, the line before it its header
    if (!isDataRow(block[k].cells)) {
      k++;
      continue;
    }
    const width = block[k].cells.length;
    let e = k;
    while (e < block.length && block[e].cells.length === width && isDataRow(block[e].cells)) e++;
    let header = k > 0 ? block[k - 1].cells : null;
    let shifted = false;
    // `| 绝对额(亿元) | 比去年同期增长(%) | |` over `| 国内生产总值 | 386762 | 7.7 |`: the name column lost its
    // header cell and the header stands one column to the left, its last cell empty over filled cells;
    // its first cell names an amount or a rate, which no name column does
    if (header && header.length === width && header[width - 1].text === '' && header[0].text !== '' &&
      columnKind(header[0].text, null) !== null && block.slice(k, e).every((r) => r.cells[width - 1].text !== '')) {
      header = header.slice(0, width - 1);
      shifted = true;
    }
    // (a row whose cells after its name are all empty labels the rows under it: no header)
    const realHeader = header !== null && (shifted || header.slice(1).some((c) => c.text !== ''));
    if (e - k >= MIN_ROWS && header && realHeader) {
      const headerText = header.every((c) => !isNumberCell(c) || c.text === '');
      const offset = header.length === width ? 0 : header.length === width - 1 ? 1 : -1;
      if (headerText && offset >= 0) {
        // the table's unit: the line above the header
        const lineStart = block[k - 1].lineStart;
        const prevStart = lineStart > 0 ? text.lastIndexOf('\n', lineStart - 2) + 1 : -1;
        // (`单位:吨 | |`: the unit written as a row of its own, its other cells empty)
        // (or a caption of one cell ending with its unit: `指标:工业增加值_同比增长(%) | ||||||`)
        const tableUnit = prevStart >= 0 && lineStart - 1 - prevStart <= 60 ? captionUnitKind(text.slice(prevStart, lineStart - 1)) : null;
        const kinds: (FigureKind | null)[] = [];
        for (let col = 1; col < width; col++) {
          const h = header[col - offset];
          kinds.push(h && h.text ? columnKind(h.text, tableUnit) : tableUnit);
        }
        for (let r = k; r < e; r++) {
          const cells = block[r].cells;
          // 社会消费品零售总额(亿元): the row's own unit for columns whose header gives none
          const rowUnit = rowNameUnitKind(cells[0].text);
          for (let col = 1; col < width; col++) {
            const h = header[col - offset];
            let kind = kinds[col - 1];
            // (发电量(亿千瓦时) under 单位:万吨: the row's own unit before the table's, the header's own before both)
            if (rowUnit && !(h && NO_UNIT.test(withoutSpaces(h.text))) && (!kind || !(h && h.text && columnKind(h.text, null)))) kind = rowUnit.kind;
            const c = cells[col];
            if (kind && c.text !== '' && isNumberCell(c)) out.set(c.start, { end: c.end, kind });
          }
        }
        last = { width, kinds };
        if (tableUnit) blockUnit = tableUnit;
      }
    } else if (last !== null && !(header && realHeader && header.every((c) => !isNumberCell(c) || c.text === ''))) {
      // rows of the table under no header of their own: the columns above when they are as many,
      // else the table's unit (a total row of fewer cells keeps its amount columns first)
      for (let r = k; r < e; r++) {
        const cells = block[r].cells;
        for (let col = 1; col < width; col++) {
          const kind = width === last.width ? last.kinds[col - 1] : blockUnit;
          const c = cells[col];
          if (kind && c.text !== '') out.set(c.start, { end: c.end, kind });
        }
      }
    }
    k = e;
  }
}

/**
 * Bare numbers filling the cells of bar-parted rows under a header (no separator row) take the kind
 * their column gives. In place; linear.
 */
export function applyPipeRows(text: string, figs: Figure[]): void {
  // (a test of the whole text with a pattern that spans lines could backtrack over a long line of bars)
  if (!figs.length || !textHoldsBar(text)) return;
  const kinds: CellKinds = new Map();
  let block: Row[] = [];
  let separated = false;
  const close = (): void => {
    if (block.length >= MIN_ROWS + 1 && !separated) blockKinds(text, block, kinds);
    block = [];
    separated = false;
  };
  let p = 0;
  while (p <= text.length) {
    let e = text.indexOf('\n', p);
    if (e < 0) e = text.length;
    const cells = rowCells(text, p, e);
    if (cells) {
      if (SEPARATOR.test(text.slice(p, Math.min(e, p + 12)))) separated = true;
      block.push({ cells, lineStart: p });
    } else close();
    if (e >= text.length) break;
    p = e + 1;
  }
  close();
  giveCellKinds(figs, kinds);
}
