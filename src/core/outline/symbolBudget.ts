/**
 * The Outline view's symbol budget (issue 10, setting `gangmu.outline.maxSymbols`). A compilation
 * of 3M characters has over 12,000 headings; VS Code spends most of a second carrying that many
 * symbols, and nobody reads an Outline of 12,000 rows. Above the budget the deepest levels are
 * left out whole, so what is shown is still a true tree: the top levels, every heading of each.
 * Only the editor's symbol list is capped; folding, navigation, highlighting, figures and checks
 * read the full outline.
 *
 * Pure and linear in the number of rows.
 */
import { ROW_INTS, type OutlineRows } from './rows';

/** What the budget leaves in the symbol list. */
export interface SymbolBudget {
  /** Deepest level shown (1 = top level only); equals `levels` when nothing is left out. */
  depth: number;
  /** Depth of the deepest heading in the document (0 when there are none). */
  levels: number;
  /** Headings shown. */
  shown: number;
  /** All headings. */
  total: number;
  /** Some headings are left out. */
  capped: boolean;
  /**
   * The top level alone holds more headings than the budget: it is shown whole all the same (an
   * Outline cut inside a level would not be a tree of levels), so `shown` exceeds the budget.
   */
  overBudget: boolean;
}

/** The default budget: a few thousand rows is already more than anyone scrolls through. */
export const DEFAULT_MAX_SYMBOLS = 2000;

/**
 * Depth of every row from its parent chain (rows are in preorder, a parent before its children).
 * A parent index that does not point backwards makes a row top-level instead of failing.
 */
export function rowDepths(rows: OutlineRows): Int32Array {
  const n = rows.names.length;
  const depth = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const p = rows.ints[i * ROW_INTS];
    depth[i] = p >= 0 && p < i ? depth[p] + 1 : 1;
  }
  return depth;
}

/**
 * The deepest level whose headings, with all the levels above, fit in `maxSymbols`. A budget of 0
 * (or anything that is not a positive number) means no limit.
 */
export function chooseSymbolDepth(depths: ArrayLike<number>, maxSymbols: number): SymbolBudget {
  const total = depths.length;
  const perLevel: number[] = [];
  for (let i = 0; i < total; i++) {
    const d = depths[i];
    perLevel[d] = (perLevel[d] ?? 0) + 1;
  }
  const levels = perLevel.length > 0 ? perLevel.length - 1 : 0;
  const limit = Number.isFinite(maxSymbols) && maxSymbols > 0 ? Math.floor(maxSymbols) : Infinity;
  if (total <= limit) return { depth: levels, levels, shown: total, total, capped: false, overBudget: false };
  let depth = 1;
  let shown = perLevel[1] ?? 0;
  while (depth < levels && shown + (perLevel[depth + 1] ?? 0) <= limit) {
    depth++;
    shown += perLevel[depth] ?? 0;
  }
  return { depth, levels, shown, total, capped: shown < total, overBudget: shown > limit };
}

/**
 * The rows down to `depth`, parents renumbered into the shorter list. Because rows are in
 * preorder and a parent is one level up, every kept row's parent is kept: the result is a tree.
 */
export function rowsToDepth(rows: OutlineRows, depths: ArrayLike<number>, depth: number): OutlineRows {
  const n = rows.names.length;
  let kept = 0;
  for (let i = 0; i < n; i++) if (depths[i] <= depth) kept++;
  if (kept === n) return rows;
  const names: string[] = new Array(kept);
  const ints = new Int32Array(kept * ROW_INTS);
  const newIndex = new Int32Array(n).fill(-1);
  let k = 0;
  for (let i = 0; i < n; i++) {
    if (depths[i] > depth) continue;
    newIndex[i] = k;
    names[k] = rows.names[i];
    const from = i * ROW_INTS;
    ints.set(rows.ints.subarray(from, from + ROW_INTS), k * ROW_INTS);
    const p = rows.ints[from];
    ints[k * ROW_INTS] = p >= 0 && p < i ? newIndex[p] : -1;
    k++;
  }
  return { names, ints };
}

/** The symbol rows a budget allows, and what was left out. */
export function budgetRows(rows: OutlineRows, maxSymbols: number): { rows: OutlineRows; budget: SymbolBudget } {
  const depths = rowDepths(rows);
  const budget = chooseSymbolDepth(depths, maxSymbols);
  return { rows: budget.capped ? rowsToDepth(rows, depths, budget.depth) : rows, budget };
}
