/**
 * A list of news items copied as plain text (a site's news index, a digest): each item is its
 * headline on a line of its own with a short summary right under it (a tag line at most between),
 * then a blank line, then the next item. The first headline is an item like the others, not the
 * document's title: every headline is a title at the top level (ANNOTATION.md, compilations).
 * Read from the whole list: the outline found four headlines or more, no numbered heading, the
 * first at the top of the text and the rest under it; and the text from there on is all such items,
 * blocks parted by blank lines, each a headline (no clause mark at its end) over at most three lines
 * and 300 characters. Every block's headline is an item's title, those the outline missed too. An
 * article's headline, over its lead, byline and long parts under subheads, never has that shape.
 * Linear: one pass over the lines.
 */
import type { Heading } from '../types';
import { lastAtOrBefore, lineEndAt } from '../text/lines';
import { addedTitle, endPartsAtPeers, nextRun } from './relink';
import { contentEnd, contentStart } from '../text/blank';

const MIN_ITEMS = 4;
const ITEM_LINES_MAX = 3;
const ITEM_CHARS_MAX = 300;
/** Longest headline. */
const HEADLINE_MAX = 80;


export function withNewsListItems(text: string, lineStarts: readonly number[], headings: Heading[]): Heading[] {
  const n = headings.length;
  if (n < MIN_ITEMS || headings[0].level !== 1 || headings[0].marker !== '') return headings;
  for (let i = 0; i < n; i++) {
    const h = headings[i];
    if (h.marker !== '' || h.family !== 'title' || h.inline) return headings;
    if (i > 0 && (h.level !== 2 || h.parent !== 0)) return headings;
  }
  const lineEnd = (li: number): number => lineEndAt(text, lineStarts, li);
  const blank = (li: number): boolean => contentStart(text, lineStarts[li], lineEnd(li)) === lineEnd(li);
  const lineOf = (p: number): number => lastAtOrBefore(lineStarts, p);
  // the first headline opens the text: nothing but blank lines above it
  const first = lineOf(headings[0].start);
  for (let li = 0; li < first; li++) if (!blank(li)) return headings;
  // the text from the first headline on: blocks parted by blank lines, each a headline and its summary
  const heads: number[] = [];
  let li = first;
  while (li < lineStarts.length) {
    if (blank(li)) { li++; continue; }
    const top = li;
    let chars = 0;
    while (li < lineStarts.length && !blank(li)) { chars += lineEnd(li) - lineStarts[li]; li++; }
    const lines = li - top;
    if (lines < 2 || lines > ITEM_LINES_MAX + 1 || chars > ITEM_CHARS_MAX + HEADLINE_MAX) return headings;
    const head = text.slice(lineStarts[top], lineEnd(top)).trim();
    if (head.length < 4 || head.length > HEADLINE_MAX || /[。；;，,：:]$/.test(head) || /^(?:问|答|Q|A)[：:.、]/i.test(head)) return headings;
    heads.push(top);
  }
  if (heads.length < MIN_ITEMS) return headings;
  // every headline the outline found opens a block
  const byLine = new Map<number, Heading>();
  for (const h of headings) byLine.set(lineOf(h.start), h);
  const headSet = new Set(heads);
  for (const l of byLine.keys()) if (!headSet.has(l)) return headings;
  const run = nextRun(headings);
  const out: Heading[] = heads.map((l) => {
    const found = byLine.get(l);
    if (found) return { ...found, level: 1, parent: null, end: text.length };
    const a = contentStart(text, lineStarts[l], lineEnd(l));
    return addedTitle(text, a, a, contentEnd(text, a, lineEnd(l)), run);
  });
  endPartsAtPeers(out);
  return out;
}
