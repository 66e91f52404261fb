/**
 * A 范文 or 文库 page's headline over its first labelled piece (open34). The page sets its own
 * title in its head, among the breadcrumb, a category word and the metadata line (`首页 > 精品范文库`
 * / `记者招待会致辞` / `编辑：… 发布时间：…`, or `调研报告` / `当前位置：首页 > …` / `县发改委调研报告`
 * / `某某范文网 发布于：…`), then the compiler's first piece under its label (`第一篇：记者招待会致辞`,
 * `篇一：关于某县的调研报告`). Set without blank lines between it and the breadcrumb, or over a
 * metadata line, the headline reads as part of the page's furniture; it is the page's title, a title
 * at the top level over the pieces.
 *
 * Taken only where the first heading is such a labelled piece, no heading stands before it, and the
 * line (4 to 40 characters) reads as a title naming a kind of document (`…致辞`, `…调研报告`), with
 * nothing between it and the label but blank, furniture and metadata lines, and nothing above it but
 * those and short lines (a category word). Reads at most 12 lines above the label and 8 above the
 * line: bounded.
 */
import type { Heading } from '../types';
import type { LineTable } from './layout';
import { Zone } from './anatomy';
import { namesDocument } from './compilationItems';
import { looksLikeTitle } from './titles';
import { lineText } from './anatomy/lineShapes';

/** A compilation's piece label written as a heading's marker (markPieceLabels). */
const PIECE_MARKER = /^(?:第\s*[\d一二三四五六七八九十]{1,3}\s*篇|篇\s*[\d一二三四五六七八九十]{1,3})$/;

/** Returns the headings with the page's headline put first, or the same array when there is none. */
export function withPieceHeadline(text: string, lines: LineTable, zone: Uint8Array, headings: Heading[]): Heading[] {
  const h0 = headings[0];
  if (!h0 || h0.family !== 'title' || h0.level !== 1 || !PIECE_MARKER.test(h0.marker)) return headings;
  // (the label's line: the last line starting at or before it, by halving)
  let lo = 0;
  let hi = lines.length - 1;
  while (lo < hi) {
    const m = (lo + hi + 1) >> 1;
    if (lines.start[m] <= h0.start) lo = m;
    else hi = m - 1;
  }
  const li0 = lo;
  if (li0 <= 0) return headings;
  const own = (li: number): string => lineText(text, lines.contentStart[li], lines.contentEnd[li]).trim();
  const head = (li: number): boolean => zone[li] === Zone.Furniture || zone[li] === Zone.Metadata;
  let at = -1;
  for (let li = li0 - 1, k = 0; li >= 0 && k < 12; li--, k++) {
    if (lines.blank(li)) continue;
    const s = own(li);
    if (s.length >= 4 && s.length <= 40 && looksLikeTitle(s) && namesDocument(s)) { at = li; break; }
    if (!head(li)) return headings;
  }
  if (at < 0) return headings;
  for (let li = at - 1, k = 0; li >= 0; li--, k++) {
    if (k >= 8) return headings;
    if (lines.blank(li)) continue;
    if (!head(li) && own(li).length > 12) return headings;
  }
  const a = lines.contentStart[at];
  const s = lineText(text, a, lines.contentEnd[at]);
  const start = a + (s.length - s.trimStart().length);
  const t = s.trim();
  const added: Heading = {
    marker: '', family: 'title', ordinal: 0, title: t, level: 1, parent: null,
    start, titleStart: start, titleEnd: start + t.length, end: h0.start, inline: false, run: 0,
  };
  const out: Heading[] = [added];
  for (const h of headings) out.push({ ...h, parent: h.parent === null ? null : h.parent + 1, run: h.run >= 0 ? h.run + 1 : h.run });
  return out;
}
