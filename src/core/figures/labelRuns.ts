/**
 * Numbers that count off the parts of a page's own furniture, not quantities: each shows itself by a
 * run of consecutive numbers in one shape, which one number alone would not.
 * - Link labels of a contents list: `[1](#t1) [2](#t2) [3](#t3)` — bare numbers as the words of
 *   links into the page itself (`#…`), three or more in a row counting up by one.
 * - Numbered column names: `| 类别 | 数据1 | 数据2 | 数据3 |` — cells of one pipe row that each are
 *   the same word and a number closing the cell, three or more counting up by one.
 * - Row numbers of a table flattened with tabs: `1⇥不超过…⇥3` on consecutive lines, the number
 *   opening its line and a tab after it, three or more counting 1, 2, 3…
 * (the other cells of such rows and tables keep their figures). One pass over the figures: linear.
 */
import type { Figure } from '../types';

const MIN_RUN = 3;

export function dropLabelRuns(text: string, figs: Figure[]): Figure[] {
  let drop: Uint8Array | null = null;
  // the run being followed of each shape: the figures' indices
  let links: number[] = [];
  let cells: number[] = [];
  let cellWord = '';
  let cellLine = -1;
  // the end of the line the latest figure is on (figures come in text order: each line read once)
  let from = -1;
  let eol = -1;
  let rows: number[] = [];
  let rowLineEnd = -1;
  const close = (run: number[]) => {
    if (run.length < MIN_RUN) return;
    drop ??= new Uint8Array(figs.length);
    for (const i of run) drop[i] = 1;
  };
  for (let i = 0; i < figs.length; i++) {
    const f = figs[i];
    if (typeof f.value !== 'number' || f.end - f.start > 3 || !allDigits(text, f.start, f.end)) continue;
    const v = f.value;
    if (inPageLinkLabel(text, f)) {
      const last = links.length ? figs[links[links.length - 1]] : null;
      if (last && last.value === v - 1 && f.start - last.end < 200) links.push(i);
      else {
        close(links);
        links = [i];
      }
      continue;
    }
    const word = cellWordBefore(text, f);
    if (word !== null) {
      if (f.start < from || f.start > eol) {
        const n = text.indexOf('\n', f.start);
        eol = n < 0 ? text.length : n;
      }
      from = f.start;
      const ls = eol;
      const last = cells.length ? figs[cells[cells.length - 1]] : null;
      if (last && ls === cellLine && word === cellWord && last.value === v - 1) cells.push(i);
      else {
        close(cells);
        cells = [i];
        cellWord = word;
        cellLine = ls;
      }
      continue;
    }
    if (text.charCodeAt(f.end) === 9 && (f.start === 0 || text.charCodeAt(f.start - 1) === 10)) {
      const last = rows.length ? figs[rows[rows.length - 1]] : null;
      // the next row's number opens the line right after the last row's line
      if (last && last.value === v - 1 && f.start === rowLineEnd + 1) rows.push(i);
      else {
        close(rows);
        rows = v === 1 ? [i] : [];
      }
      if (rows.length) rowLineEnd = lineEnd(text, f.end);
    }
  }
  close(links);
  close(cells);
  close(rows);
  const d = drop as Uint8Array | null;
  return d ? figs.filter((_, i) => !d[i]) : figs;
}

function allDigits(text: string, from: number, to: number): boolean {
  for (let p = from; p < to; p++) {
    const c = text.charCodeAt(p);
    if (c < 48 || c > 57) return false;
  }
  return to > from;
}

/** `[3](#t3)`: the number is a link's whole words and the link points into the page. */
function inPageLinkLabel(text: string, f: Figure): boolean {
  return text[f.start - 1] === '[' && text[f.end] === ']' && text[f.end + 1] === '(' && text[f.end + 2] === '#';
}

/**
 * `| 数据3 |`: the word a pipe cell writes before the number that closes it (1–6 letters or
 * characters, no digit), or null when the figure is no such cell's end.
 */
function cellWordBefore(text: string, f: Figure): string | null {
  let e = f.end;
  while (text[e] === ' ') e++;
  if (text[e] !== '|') return null;
  let s = f.start;
  while (s > 0 && f.start - s < 6 && /[A-Za-z\u4e00-\u9fff]/.test(text[s - 1])) s--;
  if (s === f.start) return null;
  let b = s;
  while (text[b - 1] === ' ') b--;
  if (text[b - 1] !== '|') return null;
  return text.slice(s, f.start);
}

function lineEnd(text: string, p: number): number {
  const n = text.indexOf('\n', p);
  return n < 0 ? text.length : n;
}
