/** Line bookkeeping shared by the engine, the CLI and the VS Code glue. */

export function computeLineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

/** Zero-based line and UTF-16 column of an offset (binary search). */
export function positionAt(lineStarts: readonly number[], offset: number): { line: number; col: number } {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lineStarts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo, col: offset - lineStarts[lo] };
}

export function offsetAt(lineStarts: readonly number[], line: number, col: number): number {
  if (line < 0) return 0;
  if (line >= lineStarts.length) line = lineStarts.length - 1;
  return lineStarts[line] + Math.max(0, col);
}
