/**
 * A Markdown contents list made of in-page links: list items each wholly a link to an anchor of the
 * same page (`1. [第一课：孩子给我们的启示](#1-第一课孩子给我们的启示)`, `- [总则](#总则)`), two or more in
 * a row (nested items too). Such an item points at a heading of the document; it has no body and
 * opens no part, whether or not a `## 目录` stands over it (a README's table of contents, a
 * converter's or an editor plugin's generated contents). Before, an ordered one was read as a
 * series of numbered parts, each also named again by the heading it links to.
 * Linear: each line is read once, up to its end.
 */
import { Zone, type AnatomyInput, type Anatomy } from './index';
import { isAsciiDigit } from '../../text/digits';

/** Whether text[a, e) is a list item wholly a link to an in-page anchor: `1. [words](#anchor)`. */
function isAnchorItem(text: string, a: number, e: number): boolean {
  let p = a;
  while (p < e && (text.charCodeAt(p) === 32 || text.charCodeAt(p) === 9)) p++;
  const c = text.charCodeAt(p);
  if (c === 45 || c === 42 || c === 43) p++; // - * +
  else {
    const d = p;
    while (p < e && isAsciiDigit(text.charCodeAt(p))) p++;
    if (p === d || p - d > 3) return false;
    const m = text.charCodeAt(p);
    if (m !== 46 && m !== 41) return false; // . )
    p++;
  }
  if (text.charCodeAt(p) !== 32 && text.charCodeAt(p) !== 9) return false;
  while (p < e && (text.charCodeAt(p) === 32 || text.charCodeAt(p) === 9)) p++;
  if (text.charCodeAt(p) !== 91 /* [ */) return false;
  // the words' close (`](#`), the first `]` on the line: the words hold no other link
  let close = p + 1;
  while (close < e && text.charCodeAt(close) !== 93 /* ] */) close++;
  if (close + 2 >= e || text.charCodeAt(close + 1) !== 40 || text.charCodeAt(close + 2) !== 35) return false;
  // the anchor closes the line
  let q = e;
  while (q > close && (text.charCodeAt(q - 1) === 32 || text.charCodeAt(q - 1) === 9)) q--;
  if (text.charCodeAt(q - 1) !== 41 /* ) */) return false;
  const anchor = text.slice(close + 3, q - 1);
  return anchor.length > 0 && !/[\s()]/.test(anchor);
}

export function detectAnchorContents(input: AnatomyInput, anatomy: Anatomy): void {
  const { text, layout } = input;
  if (text.indexOf('](#') < 0) return;
  const lines = layout.lines;
  const n = lines.length;
  const { contentStart: lcs, contentEnd: lce } = lines;
  const zone = anatomy.zone;
  let i = 0;
  while (i < n) {
    if (zone[i] !== 0 || lines.empty(i) || !isAnchorItem(text, lcs[i], lce[i])) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < n && zone[j] === 0 && !lines.empty(j) && isAnchorItem(text, lcs[j], lce[j])) j++;
    if (j - i >= 2) for (let k = i; k < j; k++) zone[k] = Zone.Toc;
    i = j;
  }
}
