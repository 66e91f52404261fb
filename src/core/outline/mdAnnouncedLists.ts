/**
 * A Markdown list announced by the sentence before it: `文章总共分为八部分：` then `- 一、…` `- 二、…`,
 * `文章结构如下：` then `- 第一章 …` with `- 第一节 …` under it. The items name the parts of some other
 * work the text talks about (a book's chapters, a report's sections); they open no parts of this text,
 * which a Markdown writer marks with `#` headings. The list's own bullets and the colon that ends the
 * line right before it are the evidence; items under a sentence with no colon, and numbered lines that
 * are no list items, are read as before. Linear: the stretch between two items is read once.
 */
import type { Outline } from '../types';
import { withoutHeadings } from './dropHeadings';

const isBlank = (c: number): boolean => c === 32 || c === 9 || c === 0x3000 || c === 0xa0 || c === 13;

/** Start of the line holding `pos`. */
function lineStart(text: string, pos: number): number {
  const nl = text.lastIndexOf('\n', pos - 1);
  return nl + 1;
}

/** Whether the line at `ls` is a bullet list item (`- `, `* `, `+ ` after an indent). */
function isBulletLine(text: string, ls: number): boolean {
  let p = ls;
  while (p < text.length && isBlank(text.charCodeAt(p)) && text.charCodeAt(p) !== 13) p++;
  const c = text[p];
  return (c === '-' || c === '*' || c === '+') && (text[p + 1] === ' ' || text[p + 1] === '\t');
}

/** Whether every line in text[a, b) is a bullet item or blank. */
function onlyListLines(text: string, a: number, b: number): boolean {
  let p = a;
  while (p < b) {
    let e = text.indexOf('\n', p);
    if (e < 0 || e > b) e = b;
    let q = p;
    while (q < e && isBlank(text.charCodeAt(q))) q++;
    if (q < e && !isBulletLine(text, p)) return false;
    p = e + 1;
  }
  return true;
}

/**
 * Whether the last non-blank line before `ls` (one blank line allowed) ends with a colon and is no
 * heading or item: a sentence of the text's prose (`第九条　行政处罚的种类：` over its `- （一）…` items
 * is a part whose items are the statute's own).
 */
function announcedBefore(text: string, ls: number, headingLines: ReadonlySet<number>): boolean {
  let e = ls - 1; // the '\n' ending the previous line
  for (let blanks = 0; blanks < 2 && e > 0; blanks++) {
    const s = lineStart(text, e);
    let q = e - 1;
    while (q >= s && (isBlank(text.charCodeAt(q)) || text[q] === '*')) q--;
    if (q < s) { e = s - 1; continue; }
    if (text[s] === '#' || isBulletLine(text, s) || text[s] === '>' || text[s] === '|' || headingLines.has(s)) return false;
    return text[q] === '：' || text[q] === ':';
  }
  return false;
}

/** The outline without the numbered items of Markdown lists that a sentence ending in a colon announces. */
export function withoutAnnouncedMdLists(text: string, outline: Outline): Outline {
  const hs = outline.headings;
  if (hs.length < 2) return outline;
  const drop = new Uint8Array(hs.length);
  let dropped = 0;
  let headingLines: Set<number> | null = null;
  let k = 0;
  while (k < hs.length) {
    const h = hs[k];
    const ls = lineStart(text, h.start);
    if (h.marker === '' || h.inline || !isBulletLine(text, ls)) { k++; continue; }
    headingLines ??= new Set(hs.map((g) => lineStart(text, g.start)));
    if (!announcedBefore(text, ls, headingLines)) { k++; continue; }
    // the items of this list: later headings on bullet lines with only list lines between
    let j = k + 1;
    let prevEnd = text.indexOf('\n', h.start);
    while (j < hs.length && prevEnd >= 0) {
      const g = hs[j];
      const gs = lineStart(text, g.start);
      if (g.marker === '' || g.inline || gs < prevEnd || !isBulletLine(text, gs) || !onlyListLines(text, prevEnd + 1, gs)) break;
      prevEnd = text.indexOf('\n', g.start);
      j++;
    }
    if (j - k >= 2) {
      // only when nothing outside the list hangs under its items
      let inside = true;
      for (let q = j; q < hs.length && inside; q++) {
        let p = hs[q].parent;
        while (p !== null && inside) { if (p >= k && p < j) inside = false; p = hs[p].parent; }
        if (hs[q].parent === null || hs[q].parent! < k) break;
      }
      if (inside) { for (let q = k; q < j; q++) drop[q] = 1; dropped += j - k; }
    }
    k = j;
  }
  return dropped === 0 ? outline : withoutHeadings(outline, drop);
}
