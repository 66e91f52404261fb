/**
 * The outline as a tree of display nodes: what an editor's symbol view needs (a name as written,
 * the range of the whole part, the range to select). Pure: the VS Code glue only converts offsets.
 */
import type { Heading, Outline } from '../types';
import { positionAt } from '../text/lines';

export interface OutlineNode {
  /** Index into `Outline.headings`. */
  index: number;
  heading: Heading;
  /** Marker plus title as written (the title alone for unnumbered titles); never empty. */
  name: string;
  /** Whole part: from the heading's line start (its marker for inline headings) to the part's last non-blank character. */
  start: number;
  end: number;
  /** Marker (title text for titles) to the end of the title. */
  selectionStart: number;
  selectionEnd: number;
  children: OutlineNode[];
}

// Whitespace a part may end with: blank lines, ideographic and no-break spaces, and the
// zero-width spaces web scrapers leave on otherwise empty lines.
function isTrailingSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0x3000 || c === 0xa0 || c === 0x200b || c === 0xfeff || c === 12 || c === 11;
}

/** `end` moved back over trailing whitespace, but never before `floor`. */
export function trimEnd(text: string, end: number, floor: number): number {
  let e = Math.min(end, text.length);
  while (e > floor && isTrailingSpace(text.charCodeAt(e - 1))) e--;
  return Math.max(e, floor);
}

/** Display name: the heading as written, whitespace runs collapsed, on one line. */
export function headingName(text: string, h: Heading): string {
  const from = Math.max(0, Math.min(h.start, text.length));
  const to = Math.max(from, Math.min(h.titleEnd, text.length));
  let written = text.slice(from, to);
  // A marker a scraper broke over lines (`一` / `、总体要求`) reads as one: its breaks are dropped.
  if (/[\r\n]/.test(written) || written.trim() === '') written = h.marker.replace(/\s*[\r\n\f\v]+\s*/g, '') + h.title;
  const name = written.replace(/\s+/g, ' ').trim();
  return name || h.marker.trim() || h.title.trim() || '…';
}

function lineStartOf(outline: Outline, offset: number): number {
  return outline.lineStarts.length ? outline.lineStarts[positionAt(outline.lineStarts, offset).line] : 0;
}

export interface OutlineTreeOptions {
  /** Leave out headings for which this returns true (their children move up to the nearest kept ancestor). */
  skip?: (h: Heading) => boolean;
}

/**
 * Builds the tree from `parent` links. Robust to a malformed outline: a parent index that is not
 * an earlier heading makes the heading a root; ranges always contain their selection.
 */
export function buildOutlineTree(text: string, outline: Outline, options: OutlineTreeOptions = {}): OutlineNode[] {
  const hs = outline.headings;
  const nodes: (OutlineNode | null)[] = new Array(hs.length).fill(null);
  const roots: OutlineNode[] = [];
  const trimmed = new Map<number, number>();
  for (let i = 0; i < hs.length; i++) {
    const h = hs[i];
    if (options.skip?.(h)) continue;
    const selectionStart = clamp(h.start, 0, text.length);
    const selectionEnd = clamp(Math.max(h.titleEnd, selectionStart), selectionStart, text.length);
    const start = h.inline ? selectionStart : Math.min(selectionStart, lineStartOf(outline, selectionStart));
    let end = trimmed.get(h.end);
    if (end === undefined) {
      end = trimEnd(text, h.end, 0);
      trimmed.set(h.end, end);
    }
    end = Math.max(end, selectionEnd);
    const node: OutlineNode = { index: i, heading: h, name: headingName(text, h), start, end, selectionStart, selectionEnd, children: [] };
    nodes[i] = node;
    // Nearest kept ancestor (skipped headings pass their children up).
    let p = h.parent;
    let guard = 0;
    while (p !== null && p >= 0 && p < i && !nodes[p] && guard++ < hs.length) p = hs[p].parent;
    const parent = p !== null && p >= 0 && p < i ? nodes[p] : null;
    if (parent) {
      parent.children.push(node);
      // Keep children inside their parent even if the engine's ends disagree.
      if (node.end > parent.end) widen(parent, node.end, nodes, hs);
    } else roots.push(node);
  }
  return roots;
}

function widen(node: OutlineNode, end: number, nodes: (OutlineNode | null)[], hs: Heading[]): void {
  let cur: OutlineNode | null = node;
  let guard = 0;
  while (cur && cur.end < end && guard++ < hs.length) {
    cur.end = end;
    const p: number | null = cur.heading.parent;
    cur = p !== null && p >= 0 && p < cur.index ? nodes[p] : null;
  }
}

function clamp(n: number, lo: number, hi: number): number {
  return n < lo ? lo : n > hi ? hi : n;
}
