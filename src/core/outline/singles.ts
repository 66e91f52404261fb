/**
 * A part divided into a single child: `二、` … `（一）` with no `（二）`. A run needs two members, so
 * run building drops such a lone `（一）`; yet a line-start `（一）` with a heading-shaped line is
 * unambiguous numbering, and it is what the single-child check reports. It is taken back only
 * where the document itself shows the pattern it breaks:
 *
 * - it states 1, stands at a line start, and is of a GB/T structural rank (一、 （一） 1. （1））;
 * - the heading right before it (no other numbered line, title or Markdown heading between) is a
 *   member P of a real run of a higher rank;
 * - a sibling of P opens its part with a real run of the same form (two members or more, from 1),
 *   so the document does divide these parts that way;
 * - nothing else of its form follows inside P's part (a Markdown list nested in its own item aside);
 * - its own line reads as a heading (the caller decides: short, not a list item ending in ；).
 */
import { STRUCTURAL_RANK, type RunKind } from './markers';
import type { Candidate } from './runs';

const ELIGIBLE: ReadonlySet<RunKind> = new Set<RunKind>(['cn-dun', 'cn-paren', 'arabic-dot', 'arabic-paren']);

function isFrame(c: Candidate): boolean {
  return c.isTitle || !c.kind || (!c.inline && STRUCTURAL_RANK[c.kind] !== undefined);
}

/**
 * Returns the indices of the lone candidates to take back. `active` is the state after run
 * building; `sizes` maps a run id to its member count.
 */
export function singleChildren(
  cands: Candidate[],
  active: boolean[],
  headingShaped: (i: number) => boolean,
): number[] {
  const n = cands.length;
  const size = new Map<number, number>();
  for (let i = 0; i < n; i++) if (active[i] && cands[i].run >= 0) size.set(cands[i].run, (size.get(cands[i].run) ?? 0) + 1);

  // For every active frame, the next active frame after it (the child that opens its part).
  const nextFrame = new Int32Array(n).fill(-1);
  let last = -1;
  for (let i = 0; i < n; i++) {
    if (!active[i] || !isFrame(cands[i])) continue;
    if (last >= 0) nextFrame[last] = i;
    last = i;
  }
  /** Q's part opens with a real run of kind k from 1. */
  const opensWith = (q: number, k: RunKind): boolean => {
    const f = nextFrame[q];
    if (f < 0) return false;
    const c = cands[f];
    return c.kind === k && c.ordinal === 1 && c.run >= 0 && (size.get(c.run) ?? 0) >= 2;
  };

  const out: number[] = [];
  let prevFrame = -1; // last active frame before i
  for (let i = 0; i < n; i++) {
    const c = cands[i];
    if (active[i]) {
      if (isFrame(c)) prevFrame = i;
      continue;
    }
    if (!c.kind || c.inline || c.topLevel || c.ordinal !== 1 || !ELIGIBLE.has(c.kind) || prevFrame < 0) continue;
    const p = cands[prevFrame];
    if (!p.kind || p.inline || p.run < 0 || (size.get(p.run) ?? 0) < 2) continue;
    const pr = STRUCTURAL_RANK[p.kind];
    if (pr === undefined || pr >= STRUCTURAL_RANK[c.kind]!) continue;
    if (!headingShaped(i)) continue;
    // Nothing of the same form after it before P's part ends (the next active frame of rank ≤ P's).
    let alone = true;
    for (let j = i + 1; j < n; j++) {
      const x = cands[j];
      if (active[j] && isFrame(x) && (!x.kind || (STRUCTURAL_RANK[x.kind] ?? 99) <= pr)) break;
      // (a Markdown list nested in its item is the item's own, `1. 战役` over `    1. …` `    2. …`:
      // it divides the lone item, it is no sibling of it)
      if (x.listHolder !== undefined && x.listHolder >= c.line) continue;
      if (x.kind === c.kind && !x.inline) { alone = false; break; }
      if (j - i > 64) { alone = false; break; } // a long part: not worth the scan, stay cautious
    }
    if (!alone) continue;
    // A sibling part of P opens with a real run of this form.
    let evidence = false;
    for (let q = p.prev, guard = 0; q >= 0 && !evidence && guard < 64; q = cands[q].prev, guard++) evidence = opensWith(q, c.kind);
    for (let q = p.next, guard = 0; q >= 0 && !evidence && guard < 64; q = cands[q].next, guard++) evidence = opensWith(q, c.kind);
    if (evidence) out.push(i);
  }
  return out;
}
