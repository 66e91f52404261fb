/**
 * A Markdown list announced by the sentence before it: `文章总共分为八部分：` then `- 一、…` `- 二、…`,
 * `文章结构如下：` then `- 第一章 …` with `- 第一节 …` under it. The items name the parts of some other
 * work the text talks about (a book's chapters, a report's sections); they open no parts of this text,
 * which a Markdown writer marks with `#` headings. The list's own bullets and the colon that ends the
 * line right before it are the evidence; items under a sentence with no colon, and numbered lines that
 * are no list items, are read as before. A sentence that counts the parts it announces
 * (`文章分为三个部分` over three items, `文章结构：共分为六个部分（详见下图）` over six) needs no colon: the count
 * matching the items is the evidence (notes54: a reader's notes on a book, article by article, each
 * article's structure listed under the count). Linear: the stretch between two items is read once.
 */
import type { Outline } from '../types';
import { withoutHeadings } from './dropHeadings';
import { parseChineseInteger } from '../text/numerals';

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
 * What announces the list at `ls`: the last non-blank line before it (one blank line allowed), when it
 * is no heading or item but a sentence of the text's prose, and ends with a colon (`ANY`) or counts the
 * parts it announces (that count; the list must have as many items). -1: nothing announces it.
 * (`第九条　行政处罚的种类：` over its `- （一）…` items is a part whose items are the statute's own.)
 */
const ANY = 0;
function announcedBefore(text: string, ls: number, headingLines: ReadonlySet<number>): number {
  let e = ls - 1; // the '\n' ending the previous line
  for (let blanks = 0; blanks < 2 && e > 0; blanks++) {
    const s = lineStart(text, e);
    let q = e - 1;
    while (q >= s && (isBlank(text.charCodeAt(q)) || text[q] === '*')) q--;
    if (q < s) { e = s - 1; continue; }
    if (text[s] === '#' || isBulletLine(text, s) || text[s] === '>' || text[s] === '|' || headingLines.has(s)) return -1;
    if (text[q] === '：' || text[q] === ':') return ANY;
    return partsCounted(text.slice(s, q + 1));
  }
  return -1;
}

/** A count of parts a sentence states (`分为三个部分`, `共六部分`, `分成 4 个方面`), 2 or more; else -1. */
const PARTS_COUNTED = /([一二三四五六七八九十两]{1,3}|[0-9]{1,2})\s*个?\s*(?:部分|方面|板块|阶段)/g;
function partsCounted(line: string): number {
  let n = -1;
  for (const m of line.matchAll(PARTS_COUNTED)) {
    const v = /[0-9]/.test(m[1]) ? Number(m[1]) : m[1] === '两' ? 2 : parseChineseInteger(m[1]) ?? -1;
    // (two counts on one line announce no one list)
    if (n >= 0) return -1;
    n = v >= 2 ? v : -1;
    if (n < 0) return -1;
  }
  return n;
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
    const announced = announcedBefore(text, ls, headingLines);
    if (announced < 0) { k++; continue; }
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
    if (j - k >= 2 && (announced === ANY || announced === j - k)) {
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
