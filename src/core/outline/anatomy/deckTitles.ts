/**
 * Section titles with a deck (小标题——导语), as a news agency's 纪实 or 通讯 sets them: a short
 * phrase, a dash, and a sentence or two that sum the section up, the whole a paragraph of its own
 * that ends without a sentence's mark (`领航新时代新征程——党的二十大擘画了……选出坚强团结有力的
 * 领导集体`). A paragraph of running text ends with 。！？; a dash paragraph (`——全国人大常委会委员
 * 人选的提名，…。`) has no phrase before its dash. Whole-document evidence decides: two or more such
 * paragraphs, each followed by running text, are the text's section titles; one alone is left
 * to the text.
 */
import type { Anatomy, AnatomyInput } from './index';
import { Zone } from './index';

/** Longest paragraph read as a title with its deck. */
const DECK_MAX = 200;
/** The phrase before the dash: 4 to 12 Han characters, a space or a middle dot between them. */
const HEAD = /^[\u4e00-\u9fff][\u4e00-\u9fff \u3000·]{2,14}[\u4e00-\u9fff]——[\u4e00-\u9fff“《]/;

function isHanCode(c: number): boolean {
  return c >= 0x4e00 && c <= 0x9fff;
}

/** The first `——` lying wholly in text[from, to), or -1 (by char codes: no slice of every line). */
function dashWithin(text: string, from: number, to: number): number {
  for (let p = from; p + 1 < to; p++) if (text.charCodeAt(p) === 0x2014 && text.charCodeAt(p + 1) === 0x2014) return p;
  return -1;
}

export function detectDeckTitles(input: AnatomyInput, anatomy: Anatomy): void {
  const { text, layout } = input;
  const lines = layout.lines;
  const n = lines.length;
  const found: number[] = [];
  for (let li = 0; li < n; li++) {
    if (lines.empty(li) || anatomy.zone[li] !== Zone.Body) continue;
    let a = anatomy.lineFrom.get(li) ?? lines.contentStart[li];
    const b = lines.contentEnd[li];
    while (a < b && (text.charCodeAt(a) === 0x3000 || text.charCodeAt(a) === 32)) a++;
    if (b - a < 12 || b - a > DECK_MAX || !isHanCode(text.charCodeAt(a))) continue;
    // ends on a word, not on a sentence's mark, a dash or a colon
    if (!isHanCode(text.charCodeAt(b - 1))) continue;
    // the paragraph is a line of its own (read before the dash: a hard-wrapped paragraph's lines
    // are none, and the tests here only say which lines to pass over, so their order changes nothing)
    if (layout.paragraphFirstLine[lines.paragraph[li]] !== li || layout.paragraphLastLine[lines.paragraph[li]] !== li) continue;
    // (looked for within the phrase's reach only: a search to the text's end on every line is quadratic)
    const dash = dashWithin(text, a, Math.min(b, a + 18));
    if (dash < 0) continue;
    const head = text.slice(a, dash + 3);
    if (!HEAD.test(head)) continue;
    // and running text follows it
    let next = li + 1;
    while (next < n && lines.empty(next)) next++;
    if (next >= n || anatomy.zone[next] !== Zone.Body) continue;
    const nb = lines.contentEnd[next];
    const nc = text.charCodeAt(nb - 1);
    if (nc !== 0x3002 && nc !== 0xff01 && nc !== 0xff1f && nc !== 0x201d && nc !== 0xff1b) continue;
    found.push(li);
  }
  if (found.length < 2) return;
  // (the text's sections: a part of the document under its title, as an attachment's own title is)
  for (const li of found) {
    if (anatomy.titles.has(li)) continue;
    anatomy.titles.set(li, li);
    anatomy.subtitles.add(li);
  }
}
