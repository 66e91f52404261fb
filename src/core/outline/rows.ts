/**
 * The outline tree flattened into rows with line/column positions already worked out: everything
 * an editor's symbol list needs, in a form that crosses a thread boundary as two buffers. Large
 * documents get their rows from the analysis worker, so the extension host only allocates the
 * editor's objects (no offset-to-position conversions, no tree walk, no name building).
 */
import type { MarkerFamily, Outline } from '../types';
import { buildOutlineTree, type OutlineNode } from './tree';
import { positionAt } from '../text/lines';

export const FAMILIES: readonly MarkerFamily[] = [
  'title', 'md', 'cn-dun', 'cn-paren', 'arabic-dot', 'arabic-paren', 'circled', 'di', 'shi', 'yao', 'qi', 'shouxian', 'stem',
];

/** Ints per row: parent row (-1 at the top), level, family index, range (4), selection (4). */
export const ROW_INTS = 11;

/**
 * Rows in preorder (a parent comes before its children). Positions are zero-based line and
 * UTF-16 column, ranges half-open; the range always contains the selection.
 */
export interface OutlineRows {
  names: string[];
  /** `ROW_INTS` per row. */
  ints: Int32Array;
}

export function outlineRows(text: string, outline: Outline, lineStarts: readonly number[]): OutlineRows {
  const names: string[] = [];
  const ints = new Int32Array(outline.headings.length * ROW_INTS);
  const familyIndex = new Map(FAMILIES.map((f, i) => [f, i]));
  let row = 0;
  const put = (k: number, offset: number) => {
    const p = positionAt(lineStarts, offset);
    ints[k] = p.line;
    ints[k + 1] = p.col;
  };
  const visit = (nodes: OutlineNode[], parent: number) => {
    for (const n of nodes) {
      const at = row++;
      const k = at * ROW_INTS;
      names.push(n.name);
      ints[k] = parent;
      ints[k + 1] = n.heading.level;
      ints[k + 2] = familyIndex.get(n.heading.family) ?? 1;
      put(k + 3, Math.min(n.start, n.selectionStart));
      put(k + 5, Math.max(n.end, n.selectionEnd));
      put(k + 7, n.selectionStart);
      put(k + 9, n.selectionEnd);
      visit(n.children, at);
    }
  };
  visit(buildOutlineTree(text, outline), -1);
  return { names, ints: row * ROW_INTS === ints.length ? ints : ints.slice(0, row * ROW_INTS) };
}
