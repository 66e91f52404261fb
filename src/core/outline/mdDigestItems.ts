/**
 * The items of a generated news digest in Markdown (a morning brief, a daily roundup): each item is
 * a bullet holding its headline wholly in bold, with the item's own bullets right under it, the
 * first naming where it came from (`- **某公司发布新模型**` / `- 📍 某博客 · 9月11日 · [原文](https://…)`
 * / `- 概要：…`). The bold bullet is the item's title, a subhead (rank 1) of the section it stands in,
 * as a bold paragraph is (addMdBoldSubheads); the source bullet is its body.
 *
 * Read from the document, never from one line: two such items or more. A bold bullet with no source
 * line under it (a list of bold terms, `- **优点**` / `- 速度快`) is none. Linear: one pass over the lines.
 */
import type { Layout } from './layout';
import type { MdHeading, MdInfo } from './markdown';
import { newCandidate, type Candidate } from './runs';
import { zoneHoldsTitles } from './anatomy';
import { takenLines } from './mdSubheads';

/** A bullet holding nothing but bold words: `- **标题**`, `* __Title__`. Group 1: the bullet, 2: the words. */
const BOLD_BULLET = /^([-*+])[ \t]+(?:\*\*|__)([^*_\n]{2,160})(?:\*\*|__)[ \t]*$/;

/**
 * The bullet right under an item's headline naming its source or date: a pin or a 来源/Source
 * label, or a date (`9月11日`, `2026-09-11`), in its first 160 characters. A link alone is no
 * source line (a tool list's `- 地址：[…](https://…)` under a tool's bold name).
 */
const SOURCE_LINE = /^(?:📍|来源|來源|出处|Source:)|\d{1,2}月\d{1,2}日|\b\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\b/;

export function addMdDigestItems(
  text: string, layout: Layout, cands: Candidate[], zone: Uint8Array, md: MdInfo, mdHeadingByLine: Map<number, MdHeading>,
): void {
  const { lines } = layout;
  const n = lines.length;
  const found: Array<[number, number]> = [];
  let taken: Set<number> | null = null;
  let mp = 0;
  const masks = md.masked;
  for (let li = 0; li + 1 < n; li++) {
    if (lines.empty(li) || lines.empty(li + 1)) continue;
    const s = lines.contentStart[li];
    const c = text.charCodeAt(s);
    if (c !== 45 && c !== 42 && c !== 43) continue; // - * +
    const m = BOLD_BULLET.exec(text.slice(s, lines.contentEnd[li]));
    if (!m) continue;
    // the item's next bullet, same bullet sign, not bold whole, names its source
    const ns = lines.contentStart[li + 1];
    const next = text.slice(ns, Math.min(lines.contentEnd[li + 1], ns + 160));
    if (next[0] !== m[1] || (next[1] !== ' ' && next[1] !== '\t') || BOLD_BULLET.test(next)) continue;
    if (!SOURCE_LINE.test(next.slice(2).trimStart())) continue;
    if (mdHeadingByLine.has(li) || !zoneHoldsTitles(zone[li])) continue;
    while (mp < masks.length && masks[mp][1] <= s) mp++;
    if (mp < masks.length && masks[mp][0] <= s) continue;
    taken ??= takenLines(cands);
    if (taken.has(li)) continue;
    found.push([li, s + m[0].indexOf(m[2])]);
  }
  if (found.length < 2) return;
  for (const [li, ts] of found) {
    const cand = newCandidate(ts, 0, ts, 'title', null, 0, false, lines.paragraph[li], li, 0, true);
    cand.rank = 1;
    cands.push(cand);
  }
}
