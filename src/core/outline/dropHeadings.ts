/**
 * An outline with some headings left out after it was built (a list's items found to be no parts:
 * colonLists.ts, mdAnnouncedLists.ts). The others keep their levels; a kept heading under a dropped
 * one hangs under the nearest kept ancestor, and a part that ended where a dropped heading started
 * ends where that heading's part ended. Linear in the number of headings.
 */
import type { Heading, Outline } from '../types';

export function withoutHeadings(outline: Outline, drop: Uint8Array): Outline {
  const hs = outline.headings;
  const index = new Int32Array(hs.length).fill(-1);
  const kept: Heading[] = [];
  for (let k = 0; k < hs.length; k++) if (!drop[k]) { index[k] = kept.length; kept.push({ ...hs[k] }); }
  for (const h of kept) {
    let p = h.parent;
    while (p !== null && drop[p]) p = hs[p].parent;
    h.parent = p === null ? null : index[p];
  }
  const endAt = new Map<number, number>();
  for (let k = hs.length - 1; k >= 0; k--) if (drop[k]) endAt.set(hs[k].start, endAt.get(hs[k].end) ?? hs[k].end);
  for (const h of kept) {
    const e = endAt.get(h.end);
    if (e !== undefined) h.end = e;
  }
  return { ...outline, headings: kept };
}
