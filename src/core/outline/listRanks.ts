/**
 * A numbered list whose items each open with a second number of their own (`1. 1. 某产品`,
 * `2. 2.某工具`): either a page's list rendering copied over the author's own numbers (an `<ol>`
 * over items that already hold theirs, `1. 1.某某会见…`), where the second number is the author's
 * marker (index.ts doubledListNumber), or a generated digest's list over items that carry a rank
 * from another list (a news digest merging several ranked feeds: `19. 19. 某应用` then
 * `20. 1.某工具`, the inner rank restarting), where the list's own number is the marker and the
 * rank is part of the item's words.
 *
 * Read over the whole list, never one line: a list (line-start `N.` and a blank, counting on from 1,
 * other lines between) any of whose items holds an inner number other than its own is of the second
 * kind, and none of its items takes the inner number. Linear: one pass over the lines.
 */
import type { LineTable } from './layout';

/** `N.` and a blank at a line start (a Markdown or `<ol>` list number), then maybe a second number. */
const OUTER = /^(\d{1,3})\.[ \t]+(?:(\d{1,3})[.．、](?!\d))?/;

/** Line indices of lists whose inner numbers are ranks of their own (not the author's markers). */
export function rankedLists(text: string, lines: LineTable): Set<number> {
  const out = new Set<number>();
  let list: number[] = [];
  let prev = 0;
  let ranked = false;
  const close = (): void => {
    if (ranked) for (const li of list) out.add(li);
    list = [];
    ranked = false;
  };
  for (let li = 0; li < lines.length; li++) {
    if (lines.empty(li)) continue;
    const cs = lines.contentStart[li];
    const c = text.charCodeAt(cs);
    if (c < 48 || c > 57) continue;
    const m = OUTER.exec(text.slice(cs, Math.min(lines.contentEnd[li], cs + 12)));
    if (!m) continue;
    const n = Number(m[1]);
    if (n !== prev + 1) close();
    prev = n;
    list.push(li);
    if (m[2] !== undefined && Number(m[2]) !== n) ranked = true;
  }
  close();
  return out;
}

/** A number alone on its line: `1、`, `2.`, `3．` (blanks around). */
const BARE_NUMBER = /^(\d{1,2})[、.．]$/;

/**
 * Items numbered by a number alone on its line over the item's words in the next paragraph (a
 * weekly's quotations: `1、` / a quotation / `-- 出处`, `2、` / …): a run of two such lines or more
 * counting on from 1, each with a line of text (not another number) as the next line holding any.
 * Each is a heading with no title of its own (the words under it are the item's body). Returns the
 * lines with their numbers; a lone `2.` (a page number, a stray) is none. Linear.
 */
export function bareNumberLines(text: string, lines: LineTable): Map<number, number> {
  const out = new Map<number, number>();
  let run: Array<[number, number]> = [];
  const close = (): void => {
    if (run.length >= 2) for (const [li, n] of run) out.set(li, n);
    run = [];
  };
  for (let li = 0; li < lines.length; li++) {
    if (lines.empty(li)) continue;
    const cs = lines.contentStart[li];
    const ce = lines.contentEnd[li];
    if (ce - cs > 6) continue;
    const c = text.charCodeAt(cs);
    if (c < 48 || c > 57) continue;
    const m = BARE_NUMBER.exec(text.slice(cs, ce).trimEnd());
    if (!m) continue;
    let nx = li + 1;
    while (nx < lines.length && nx <= li + 3 && lines.empty(nx)) nx++;
    if (nx >= lines.length || lines.empty(nx)) continue;
    const next = text.slice(lines.contentStart[nx], lines.contentEnd[nx]).trim();
    if (next.length < 8 || BARE_NUMBER.test(next)) continue;
    const n = Number(m[1]);
    if (n !== (run.length ? run[run.length - 1][1] + 1 : 1)) {
      close();
      if (n !== 1) continue;
    }
    run.push([li, n]);
  }
  close();
  return out;
}

/** A list item's number at a line start, inside a quote's `>` marks too: `1. `, `> 1. `, `1) `. */
const ITEM_NUMBER = /^(?:>[ \t]?)*[ \t]*(\d{1,3})[.)][ \t]+\S/;

/**
 * A Markdown list numbered lazily, every item `1.` (`> 1. 议题甲` / `> 1. 议题乙` / `> 1. 议题丙`): the
 * page renders it 1, 2, 3, a list the writer did not number. Its items hold no marker of the text's
 * own (none may open or go on a run of the text's numbering, `**2、…**` after it): the lines of
 * two or more adjacent items (no line between) with the same number. (A lazily numbered item that titles
 * a part, mdOrderedItems.ts, is read before this: a part's line right over its nested list's first item.) Linear.
 */
export function lazyListLines(text: string, lines: LineTable): Set<number> {
  const out = new Set<number>();
  let prevLine = -2;
  let prevN = -1;
  for (let li = 0; li < lines.length; li++) {
    if (lines.empty(li)) continue;
    const cs = lines.contentStart[li];
    const m = ITEM_NUMBER.exec(text.slice(cs, Math.min(lines.contentEnd[li], cs + 24)));
    const n = m ? Number(m[1]) : -1;
    if (m && prevLine === li - 1 && prevN === n) { out.add(li - 1); out.add(li); }
    prevLine = li;
    prevN = n;
  }
  return out;
}
