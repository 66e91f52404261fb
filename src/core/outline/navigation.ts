/** Where "next / previous heading" and "go to parent" lead from an offset (pure). */
import type { Heading, Outline } from '../types';

/** Heading indices in document order (the engine emits them in order; sort defensively). */
function ordered(outline: Outline): number[] {
  const idx = outline.headings.map((_, i) => i);
  const hs = outline.headings;
  for (let i = 1; i < hs.length; i++) {
    if (hs[i].start < hs[i - 1].start) return idx.sort((a, b) => hs[a].start - hs[b].start);
  }
  return idx;
}

/** First heading that starts after `offset`, or null. */
export function nextHeading(outline: Outline, offset: number): number | null {
  for (const i of ordered(outline)) if (outline.headings[i].start > offset) return i;
  return null;
}

/** Last heading that starts before `offset`, or null. */
export function previousHeading(outline: Outline, offset: number): number | null {
  let found: number | null = null;
  for (const i of ordered(outline)) {
    if (outline.headings[i].start < offset) found = i;
    else break;
  }
  return found;
}

/** Innermost heading whose part holds `offset` (the last heading starting at or before it whose part reaches past it). */
export function enclosingHeading(outline: Outline, offset: number): number | null {
  const hs = outline.headings;
  const last = maxEnd(hs);
  let best: number | null = null;
  // Parts nest, so the latest-starting part that still holds the offset is the innermost.
  for (const i of ordered(outline)) {
    const h = hs[i];
    if (h.start > offset) break;
    if (offset < h.end || (offset === h.end && h.end === last)) best = i;
  }
  return best;
}

function maxEnd(hs: Heading[]): number {
  let m = 0;
  for (const h of hs) if (h.end > m) m = h.end;
  return m;
}

/**
 * "Go to parent": on a heading's own marker or title, its parent; anywhere else in a part, the
 * heading that opens the part (the body's parent).
 */
export function parentTarget(outline: Outline, offset: number): number | null {
  const i = enclosingHeading(outline, offset);
  if (i === null) return null;
  const h = outline.headings[i];
  if (offset >= h.start && offset <= h.titleEnd) {
    const p = h.parent;
    return p !== null && p >= 0 && p < outline.headings.length ? p : null;
  }
  return i;
}

/** What to select on arrival: the marker, or the title text for unnumbered titles. */
export function markerSpan(h: Heading): { start: number; end: number } {
  const markerEnd = h.start + h.marker.length;
  if (h.marker && markerEnd <= h.titleEnd) return { start: h.start, end: markerEnd };
  return { start: h.titleStart, end: h.titleEnd };
}
