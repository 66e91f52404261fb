/** Folding regions for outline parts, as line pairs (pure; the glue turns them into FoldingRanges). */
import type { Outline } from '../types';
import { positionAt } from '../text/lines';
import { trimEnd } from './tree';

export interface FoldRegion {
  /** Zero-based first line (the heading's line) and last line of the part. */
  startLine: number;
  endLine: number;
  level: number;
}

/** Same cap as VS Code's `editor.foldingMaximumRegions` default. */
export const MAX_FOLD_REGIONS = 5000;

/**
 * One region per part spanning more than one line. When several parts start on the same line
 * (inline runs), the widest wins: an editor keeps one region per start line. Over the cap, the
 * shallowest levels are kept so "Fold Level 1…n" still works.
 */
export function outlineFoldRegions(text: string, outline: Outline, max = MAX_FOLD_REGIONS): FoldRegion[] {
  const ls = outline.lineStarts;
  if (!ls.length) return [];
  const byStart = new Map<number, FoldRegion>();
  for (const h of outline.headings) {
    const start = Math.max(0, Math.min(h.start, text.length));
    const end = trimEnd(text, h.end, start);
    if (end <= start) continue;
    const startLine = positionAt(ls, start).line;
    const endLine = positionAt(ls, end - 1).line;
    if (endLine <= startLine) continue;
    const prev = byStart.get(startLine);
    if (!prev || endLine > prev.endLine || (endLine === prev.endLine && h.level < prev.level)) {
      byStart.set(startLine, { startLine, endLine, level: h.level });
    }
  }
  let regions = [...byStart.values()];
  if (regions.length > max) {
    regions.sort((a, b) => a.level - b.level || a.startLine - b.startLine);
    regions = regions.slice(0, Math.max(0, max));
  }
  return regions.sort((a, b) => a.startLine - b.startLine);
}
