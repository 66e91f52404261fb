/** Line bookkeeping shared by the engine, the CLI and the VS Code glue. */
import { codeTable } from './charset';

export function computeLineStarts(text: string): number[] {
  const starts = [0];
  // indexOf is a native search, many times faster than reading every character in a loop; a
  // carriage return (\r\n, or a lone \r as old Mac files break lines) is looked for the same way.
  let lf = text.indexOf('\n');
  let cr = text.indexOf('\r');
  while (lf >= 0 || cr >= 0) {
    if (cr < 0 || (lf >= 0 && lf < cr)) {
      starts.push(lf + 1);
      lf = text.indexOf('\n', lf + 1);
    } else {
      const next = cr + (text.charCodeAt(cr + 1) === 10 ? 2 : 1);
      starts.push(next);
      if (next > lf && lf >= 0) lf = text.indexOf('\n', next);
      cr = text.indexOf('\r', cr + 1);
    }
  }
  return starts;
}

/** Where line i's text ends: before its break (`\n`, `\r\n` or a lone `\r`); the text's end for the last line. */
export function lineEndAt(text: string, lineStarts: readonly number[], i: number): number {
  const start = lineStarts[i];
  let end = i + 1 < lineStarts.length ? lineStarts[i + 1] : text.length;
  if (end > start && text.charCodeAt(end - 1) === 10) end--;
  if (end > start && text.charCodeAt(end - 1) === 13) end--;
  return end;
}

/**
 * Each line's start and its end without the line break (a CR before the LF left out too): the
 * cells of a table flattened one cell a line are read by these bounds.
 */
export function lineBounds(text: string): { starts: number[]; ends: number[] } {
  const starts: number[] = [];
  const ends: number[] = [];
  for (let a = 0; a <= text.length;) {
    let b = text.indexOf('\n', a);
    if (b < 0) b = text.length;
    let e = b;
    if (e > a && text.charCodeAt(e - 1) === 13) e--;
    starts.push(a);
    ends.push(e);
    a = b + 1;
  }
  return { starts, ends };
}

/**
 * The last index whose start is at or before `at` in starts sorted ascending (0 when none is, or
 * the list is empty): the line of an offset in line starts, the heading of an offset in heading
 * starts. Binary search.
 */
export function lastAtOrBefore(starts: ArrayLike<number>, at: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * The first index whose value is at or above `at` in values sorted ascending (`values.length` when
 * none is): where `at` would go in the list. Binary search.
 */
export function firstAtOrAbove(values: ArrayLike<number>, at: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid] < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Zero-based line and UTF-16 column of an offset (binary search). */
export function positionAt(lineStarts: readonly number[], offset: number): { line: number; col: number } {
  const line = lastAtOrBefore(lineStarts, offset);
  return { line, col: offset - lineStarts[line] };
}

export function offsetAt(lineStarts: readonly number[], line: number, col: number): number {
  if (line < 0) return 0;
  if (line >= lineStarts.length) line = lineStarts.length - 1;
  return lineStarts[line] + Math.max(0, col);
}

/**
 * Whether `text[from, to)` holds one of `stops` (by default a sentence's or a clause's end), read in
 * place: callers test gaps between figures, so no substring is made for each.
 */
export function hasSentenceEnd(text: string, from: number, to: number, stops = '。；;！？!?\n'): boolean {
  // by code, through a table per stop set (callers pass a few constant sets): no string per character
  let table = STOP_TABLES.get(stops);
  if (!table) {
    table = codeTable(stops);
    if (STOP_TABLES.size < 16) STOP_TABLES.set(stops, table);
  }
  for (let k = from; k < to; k++) if (table[text.charCodeAt(k)] === 1) return true;
  return false;
}
const STOP_TABLES = new Map<string, Uint8Array>();
