/**
 * The zone span holding a line: the outline's zones partition the lines in order (zoneSpans,
 * recordLines), so the span is the last whose first line is at or before the line (binary search).
 * One lookup for the figures' zone and for the page-number runs' question, which kept two.
 */
import type { Figure, Outline, ZoneSpan } from '../types';
import { lastAtOrBefore, positionAt } from '../text/lines';

export function zoneFinder(zones: readonly ZoneSpan[]): (line: number) => ZoneSpan {
  const firsts = Int32Array.from(zones, (z) => z.firstLine);
  return (line) => zones[lastAtOrBefore(firsts, line)];
}

/**
 * The figures standing in a table's row set with bars (the anatomy's zone `table`, the line holding
 * a bar): a Markdown table in a notes file that also holds code blocks (`测试类 | 测试数 | 通过` over
 * `TestPool | 8 | 8`) writes the document's figures, not the program's, though each cell's number
 * follows a bar as a program's follows an operator (programNumbers.ts). Null when the outline read
 * no such table.
 */
export function barredTableFigures(text: string, figs: readonly Figure[], outline: Outline | undefined): Figure[] | null {
  const zones = outline?.zones;
  if (!zones || !zones.some((z) => z.zone === 'table')) return null;
  const zoneAt = zoneFinder(zones);
  const out: Figure[] = [];
  // (whether a line holds a bar, read once a line within the line: a search from the line's start to
  // the text's next bar ran to the text's end for each figure of a table set without bars)
  const barred = new Map<number, boolean>();
  for (const f of figs) {
    const line = positionAt(outline.lineStarts, f.start).line;
    if (zoneAt(line).zone !== 'table') continue;
    let has = barred.get(line);
    if (has === undefined) {
      const a = outline.lineStarts[line];
      const b = line + 1 < outline.lineStarts.length ? outline.lineStarts[line + 1] : text.length;
      has = false;
      for (let p = a; p < b && !has; p++) has = text.charCodeAt(p) === 124;
      barred.set(line, has);
    }
    if (has) out.push(f);
  }
  return out.length ? out : null;
}
