/**
 * The zone span holding a line: the outline's zones partition the lines in order (zoneSpans,
 * recordLines), so the span is the last whose first line is at or before the line (binary search).
 * One lookup for the figures' zone and for the page-number runs' question, which kept two.
 */
import type { ZoneSpan } from '../types';
import { lastAtOrBefore } from '../text/lines';

export function zoneFinder(zones: readonly ZoneSpan[]): (line: number) => ZoneSpan {
  const firsts = Int32Array.from(zones, (z) => z.firstLine);
  return (line) => zones[lastAtOrBefore(firsts, line)];
}
