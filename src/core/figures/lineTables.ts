/**
 * A web page's table flattened one cell per line with nothing between the cells but blank lines —
 * how a government site's statistical communiqué comes out of a page reader:
 *
 *     主要产品产量 / 2023年 / 较上年增长(%) / 粮食总产量 / 162817吨 / 0.5 / 其中:谷物 / 97658吨 / -9.7 …
 *
 * (each cell on a line of its own; the header's corner cell often lost). No 序号 cells let the
 * anatomy find its rows (outline/anatomy/tables.ts), and no bar lines part them (barTables.ts), but
 * the rows show themselves: a name, then the same number of number cells (`162817吨`, `0.5`), twice
 * or more in a row. The header is the cells right before the first row, one a number column. A bare
 * number filling its line takes the kind its column's header gives (`较上年增长(%)` → percent), as
 * ANNOTATION.md reads flattened tables; value and unit stay as written (`""`). Only counts of
 * nothing change: a number that writes its unit keeps it. Linear: one pass over the lines, one over
 * the cells, one over the figures.
 */
import type { Figure, FigureKind } from '../types';
import { columnKind, giveCellKinds, type CellKinds } from './barTables';
import { contentEnd, contentStart } from '../text/blank';

interface Cell { start: number; end: number; type: 'name' | 'bare' | 'valued' }

/** A bare number cell (a sign, decimals) or an empty mark. */
const BARE_CELL = /^[-−－]?\d+(?:\.\d+)?$|^[\/／—–\-－×…]{1,3}$/;
/** A number that writes its unit: `162817吨`, `3.2亿元`, `12.5%`, `2023年`. */
const VALUED_CELL = /^[-−－]?\d[\d,，]*(?:\.\d+)?[ ]?[^\d\s.,，。；;：:！？!?|｜]{1,6}$/;
/** Longest cell. */
const CELL_MAX = 30;
/** Widest row read, and the fewest rows that make a table. */
const MAX_COLUMNS = 8;
const MIN_ROWS = 2;

function newBlock(): Cell[] {
  return [];
}

/** The cells of the text's blocks of short lines; a long line, a sentence or a bar line parts blocks. */
function blocks(text: string): Cell[][] {
  const out: Cell[][] = [];
  // (every block's array from one literal, newBlock: V8 learns at that literal that its arrays hold
  // objects and makes them so from the start; two literals, one of them still making arrays of
  // small integers, gave the optimised push of cells an array of another map, 'wrong map', and
  // blocks was compiled again. A block too short to keep is emptied in place, not replaced.)
  let cur: Cell[] = newBlock();
  const close = (): void => {
    if (cur.length >= 2 * MIN_ROWS + 1) {
      out.push(cur);
      cur = newBlock();
    } else if (cur.length) cur.length = 0;
  };
  let p = 0;
  while (p <= text.length) {
    let e = text.indexOf('\n', p);
    if (e < 0) e = text.length;
    const a = contentStart(text, p, e);
    const b = contentEnd(text, a, e);
    // (a long line parts blocks whatever it holds: its text is read only when it may be a cell)
    if (b - a > CELL_MAX) close();
    else if (a < b) {
      const t = text.slice(a, b);
      if (/[。；;！？!?|｜]/.test(t)) close();
      else cur.push({ start: a, end: b, type: BARE_CELL.test(t) ? 'bare' : VALUED_CELL.test(t) ? 'valued' : 'name' });
    }
    if (e >= text.length) break;
    p = e + 1;
  }
  close();
  return out;
}

/** Each bare cell of a block's tables, by its start, with the kind its column gives. */
function blockKinds(text: string, cells: Cell[], out: CellKinds): void {
  // names and the number cells that follow each
  const names: number[] = [];
  for (let i = 0; i < cells.length; i++) if (cells[i].type === 'name') names.push(i);
  let j = 0;
  while (j < names.length) {
    const first = names[j];
    const w = (j + 1 < names.length ? names[j + 1] : cells.length) - first;
    // (two names in a row: the first is a caption or a header cell, no row)
    if (w < 2) { j++; continue; }
    // a run of rows: names spaced by w, the cells between them all numbers
    let k = j;
    while (k + 1 < names.length && names[k + 1] - names[k] === w) k++;
    // the last row of the run holds w - 1 numbers before the next name or the block's end
    const lastGap = (k + 1 < names.length ? names[k + 1] : cells.length) - names[k];
    const end = lastGap >= w ? k : k - 1;
    const rows = end - j + 1;
    if (w <= MAX_COLUMNS && rows >= MIN_ROWS && first - (w - 1) >= 0) {
      const header = cells.slice(first - (w - 1), first);
      const kinds = header.map((h) => (h.type === 'bare' ? null : columnKind(text.slice(h.start, h.end), null)));
      if (!header.some((h) => h.type === 'bare') && kinds.some((x) => x)) {
        for (let r = j; r <= end; r++) {
          for (let c = 1; c < w; c++) {
            const cell = cells[names[r] + c];
            const kind = kinds[c - 1];
            if (cell && cell.type === 'bare' && kind) out.set(cell.start, { end: cell.end, kind });
          }
        }
      }
    }
    // (a last row cut short may open the next table: its name is read again)
    j = Math.max(j + 1, end + 1);
  }
}

/** Bare numbers filling the cells of a flattened table with no bar lines take their column's kind. In place. */
export function applyLineTables(text: string, figs: Figure[]): void {
  if (!figs.length) return;
  const kinds: CellKinds = new Map();
  for (const b of blocks(text)) blockKinds(text, b, kinds);
  giveCellKinds(figs, kinds);
}
