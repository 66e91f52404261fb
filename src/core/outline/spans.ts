/** Spans to colour for true headings (marker + title), by level, within a window of the text (pure). */
import type { Outline } from '../types';

export interface HeadingSpan {
  start: number;
  end: number;
  level: number;
}

/**
 * Headings up to `maxLevel` whose marker-to-title-end span meets one of `windows` (half-open
 * offset ranges). No windows means the whole text.
 */
export function headingSpans(
  outline: Outline,
  maxLevel: number,
  windows?: readonly { start: number; end: number }[],
): HeadingSpan[] {
  const out: HeadingSpan[] = [];
  if (maxLevel < 1) return out;
  for (const h of outline.headings) {
    if (h.level > maxLevel || h.level < 1) continue;
    const start = h.start;
    const end = Math.max(h.titleEnd, start);
    if (end <= start) continue;
    if (windows && !windows.some((w) => start < w.end && end > w.start)) continue;
    out.push({ start, end, level: h.level });
  }
  return out;
}
