/**
 * A page source's headline set over several heading tags: a news page's header writes the 引题 or
 * 副题 of its headline as deeper heading tags right under it (`<h1>召开…动员会</h1>` over
 * `<h2>某某小学</h2>`, `<h2>感恩母亲…</h2>` and `<h3>——某校…仪式活动</h3>`, a CMS's
 * `<h2 class="title">…</h2>` over `<h3 class="subTitle">记…活动</h3>`), or the headline's second
 * line (`<h1>某某中学举行</h1>` / `<h2>“…”捐款仪式</h2>`), and then the page's metadata bar
 * (`学校: … | 日期: …`, `文章来源：… 发布时间：…`). The bar closes the title block: whatever stands
 * between the headline and it is the headline's deck, not a part of the article (docs/testing.md:
 * an 引题 or 副题 is not a heading of its own). Taken as headings, those lines became the page's
 * level-2 and level-3 parts and the article's numbering hung under the deck.
 *
 * Evidence is the page's own layout, not words: a heading deeper than the one above it, nothing
 * shown between them, and, before any sentence of the text, the page's metadata bar within the next
 * few lines that show something. A section heading right under a title is followed by its text,
 * not by the page's metadata.
 */
import type { Anatomy, AnatomyInput } from './index';
import { Zone } from './index';

/** Lines showing text read after the deck while looking for the metadata bar (a bar over two lines, `学校: …|` over `日期: …`). */
const BAR_REACH = 3;

/**
 * Marks the decks of the page's headlines as datelines (the zone a plain text's 副题 takes), so they
 * give no heading. `hl` holds each heading's line, `visibleLen` the characters each line shows,
 * `sentence` whether a line holds a sentence; `numbered(j)` tells a heading opening with a marker.
 */
export function markHeadlineDecks(
  input: AnatomyInput, anatomy: Anatomy, hl: number[], visibleLen: Int32Array, sentence: Uint8Array, numbered: (j: number) => boolean,
): void {
  const md = input.md!;
  const n = input.layout.lines.length;
  const zone = anatomy.zone;
  const tab = browserTitle(input.text);
  let j = 0;
  while (j < hl.length) {
    const head = j;
    // the chain of deeper headings under heading `head`, each right under the one before
    let k = head + 1;
    while (
      k < hl.length && hl[k] > hl[k - 1] && md.headings[k].depth > md.headings[head].depth
      && !numbered(k) && zone[hl[k]] === Zone.Body && nothingShown(visibleLen, hl[k - 1] + 1, hl[k])
    ) k++;
    if (
      k > head + 1 && (zone[hl[head]] === Zone.Body || zone[hl[head]] === Zone.Title)
      && barFollows(anatomy, visibleLen, sentence, hl[k - 1] + 1, n) && !tabNamesDeck(input, head, head + 1, tab)
    ) {
      for (let d = head + 1; d < k; d++) zone[hl[d]] = Zone.Dateline;
    }
    j = k;
  }
}

/** Longest `<title>` read. */
const TAB_MAX = 300;

/** The words of the page's `<title>` (the browser tab's), or '' when it has none. */
function browserTitle(text: string): string {
  const m = /<title[^>]*>([^<]{1,300})<\/title>/i.exec(text.slice(0, 20000));
  return m && m[1].length <= TAB_MAX ? m[1].replace(/\s+/g, '') : '';
}

/**
 * The browser's tab names heading `d` on its own, not as the rest of heading `head`'s words: the
 * page's headline is the deeper heading, and the one above it the site's name (`<h1>某某中学</h1>`
 * over `<h2>某某中学召开家长会</h2>` and `发布时间：…`, `<title>某某中学召开家长会-某某中学</title>`),
 * no headline with a deck. A tab that writes the headline with its 副题 (`标题——副题`) names the deck
 * as the headline's rest.
 */
function tabNamesDeck(input: AnatomyInput, head: number, d: number, tab: string): boolean {
  if (!tab) return false;
  const md = input.md!;
  const words = (j: number): string => input.text.slice(md.headings[j].contentStart, md.headings[j].contentEnd).replace(/<[^<>]*>|\s+/g, '');
  const deck = words(d);
  if (deck.length < 4) return false;
  const at = tab.indexOf(deck);
  if (at < 0) return false;
  const before = tab.slice(0, at).replace(/[—–\-－:：]+$/, '');
  const headWords = words(head);
  return headWords.length === 0 || !before.endsWith(headWords);
}

/** No line in [from, to) shows any text. */
function nothingShown(visibleLen: Int32Array, from: number, to: number): boolean {
  for (let x = from; x < to; x++) if (visibleLen[x] > 0) return false;
  return true;
}

/** Among the next BAR_REACH lines from `from` that show text, before any sentence, one is the page's metadata. */
function barFollows(anatomy: Anatomy, visibleLen: Int32Array, sentence: Uint8Array, from: number, n: number): boolean {
  let seen = 0;
  for (let x = from; x < n && seen < BAR_REACH; x++) {
    if (visibleLen[x] === 0) continue;
    if (anatomy.zone[x] === Zone.Metadata) return true;
    if (sentence[x]) return false;
    seen++;
  }
  return false;
}
