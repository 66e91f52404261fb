/**
 * After headings were added, removed or moved by level (house rules, the reader's corrections):
 * parents, levels, part ends and titles made consistent again, as the engine's build leaves them.
 */
import type { Heading } from '../types';

/**
 * Relinks `headings` (in text order) so that heading k sits at `wanted(k)` as far as its parents
 * allow; returns each one's level. With `settle`, a heading placed higher than wanted is compared
 * with those after it at the level it got (house rules), not the one it asked for (corrections).
 */
export function relink(text: string, headings: Heading[], wanted: (k: number) => number, settle = false): number[] {
  const stack: number[] = [];
  const want: number[] = headings.map((_, k) => wanted(k));
  for (let k = 0; k < headings.length; k++) {
    const h = headings[k];
    while (stack.length && want[stack[stack.length - 1]] >= want[k]) headings[stack.pop()!].end = h.start;
    h.parent = stack.length ? stack[stack.length - 1] : null;
    h.level = h.parent === null ? 1 : headings[h.parent].level + 1;
    if (settle) want[k] = h.level;
    h.end = text.length;
    stack.push(k);
  }
  // A title never runs into the next heading (a heading made inside another's title line).
  for (let k = 0; k + 1 < headings.length; k++) {
    const h = headings[k];
    const next = headings[k + 1].start;
    if (h.titleEnd > next) {
      h.titleEnd = Math.max(h.titleStart, next);
      h.title = text.slice(h.titleStart, h.titleEnd);
    }
  }
  return headings.map((h) => h.level);
}

/**
 * Each part (`headings` in text order, levels set) ends at the next heading at its level or higher,
 * or where it ended before if that is sooner (a record's part within its record).
 */
export function endPartsAtPeers(headings: Heading[]): void {
  const open: number[] = [];
  for (let i = 0; i < headings.length; i++) {
    while (open.length && headings[open[open.length - 1]].level >= headings[i].level) {
      const j = open.pop()!;
      headings[j].end = Math.min(headings[j].end, headings[i].start);
    }
    open.push(i);
  }
}

/** The run number a run added after the outline's own takes: one past the highest in `headings` (0 when none). */
export function nextRun(headings: readonly Heading[]): number {
  let max = -1;
  for (const h of headings) if (h.run > max) max = h.run;
  return max + 1;
}

/**
 * A title heading added at the top level after the outline was built (a piece's title, a label that
 * numbers pieces, a record's headline): its title the text of [titleStart, titleEnd), its part
 * running to `end` until endPartsAtPeers or a relink settles it.
 */
export function addedTitle(
  text: string, start: number, titleStart: number, titleEnd: number, run: number, marker = '', ordinal = 0, end = text.length,
): Heading {
  return {
    marker, family: 'title', ordinal, title: text.slice(titleStart, titleEnd), level: 1, parent: null,
    start, titleStart, titleEnd, end, inline: false, run,
  };
}
