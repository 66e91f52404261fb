/**
 * Row numbers of a table flattened one cell per line (PDF and Word copies): a bare integer alone on
 * its line, where such lines count 1, 2, 3… down the text with other cells between them, is the
 * row's 序号/步骤 cell — a row label, not a figure (ANNOTATION.md), even where no header names the
 * column. The evidence is the run itself: at least three members counting up by one from 1, each
 * within a few hundred characters of the one before. Cells holding values (16, 300, 4.86) between
 * the labels break nothing: a run waits for its next number. Tables the anatomy read (cells under
 * their header, `Outline.tableCells`) are left to their columns: there a bare 1, 2, 3 may be data.
 */
import type { Figure, TableCell } from '../types';
import { isBlankInLine as isBlankCode } from '../text/blank';
import type { PageRunTest } from './pageNumbers';

/** Longest gap (characters) between two row numbers of one run. */
const MAX_GAP = 800;
/** Members a run needs before its numbers are read as row labels. */
const MIN_RUN = 3;

/** Whether the figure is a bare integer with nothing else on its line. */
function aloneOnLine(text: string, f: Figure): boolean {
  if (typeof f.value !== 'number' || !Number.isInteger(f.value) || f.value < 1 || f.value > 9999) return false;
  // the line first, by code (most figures share their line): the regex only for the few alone
  let k = f.start - 1;
  while (k >= 0 && isBlankCode(text.charCodeAt(k))) k--;
  if (k >= 0 && text.charCodeAt(k) !== 10 && text.charCodeAt(k) !== 13) return false;
  k = f.end;
  while (k < text.length && isBlankCode(text.charCodeAt(k))) k++;
  if (!(k >= text.length || text.charCodeAt(k) === 10 || text.charCodeAt(k) === 13)) return false;
  return /^[0-9０-９]+$/.test(f.text);
}

/** Whether the figures are in text order already (the scanner's order): then no sort is needed. */
function inTextOrder(figs: Figure[]): boolean {
  for (let i = 1; i < figs.length; i++) if (figs[i].start < figs[i - 1].start) return false;
  return true;
}

/** The figures without the row numbers of flattened tables. One pass over the figures in text order. */
export function dropRowNumbers(text: string, figs: Figure[], cells?: TableCell[], pages?: PageRunTest): Figure[] {
  if (figs.length < MIN_RUN) return figs;
  // (a stable sort leaves figures already in order as they are)
  // (null when in order: then the figures' own indices, read by index — this loop runs once per
  // call, mostly before V8 optimises it, where for…of allocates an iterator result per figure)
  const order = inTextOrder(figs) ? null : figs.map((_, i) => i).sort((a, b) => figs[a].start - figs[b].start);
  const sorted = cells && cells.length ? cells.slice().sort((a, b) => a.start - b.start) : [];
  let c = 0;
  const runs: number[][] = [];
  const lastEnd: number[] = [];
  /** next number expected → the run waiting for it (the latest such run) */
  const waiting = new Map<number, number>();
  for (let j = 0; j < figs.length; j++) {
    const i = order ? order[j] : j;
    const f = figs[i];
    while (c < sorted.length && sorted[c].end <= f.start) c++;
    if (c < sorted.length && sorted[c].start <= f.start) continue;
    if (!aloneOnLine(text, f)) continue;
    const k = f.value as number;
    const r = waiting.get(k);
    if (r !== undefined && f.start - lastEnd[r] <= MAX_GAP) {
      waiting.delete(k);
      runs[r].push(i);
      lastEnd[r] = f.end;
      waiting.set(k + 1, r);
    } else if (k === 1) {
      runs.push([i]);
      lastEnd.push(f.end);
      waiting.set(2, runs.length - 1);
    }
  }
  const drop = new Uint8Array(figs.length);
  let any = false;
  for (const run of runs) {
    if (run.length < MIN_RUN) continue;
    // (a run the outline holds for the pages' numbers is kept, read as page numbers: figures/pageNumbers.ts)
    if (pages && pages(run.map((i) => figs[i]))) continue;
    for (const i of run) drop[i] = 1;
    any = true;
  }
  return any ? figs.filter((_, i) => !drop[i]) : figs;
}
