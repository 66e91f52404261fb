/**
 * Footnotes of text converted from PDFs and books: a mark glued to a word in the text (`稳中求进①，`,
 * `高质量发展[1]。`, `〔2〕`) refers to a note whose body opens a line further down with the same
 * mark (`①参见…`, `[1] 某某著作`). Those note paragraphs get zone `notes`, so their marks are never
 * read as a numbered list. Evidence is the pair: a line-start mark that no earlier reference in the
 * text uses stays a marker. One pass over the text in line order.
 */
import type { Anatomy, AnatomyInput } from './index';

const NOTES = 12; // Zone.Notes

function isCjk(c: number): boolean {
  return c >= 0x3400 && c <= 0x9fff;
}

/** Characters a reference mark may follow: a Chinese character or a closing quote or bracket. */
function mayPrecedeReference(c: number): boolean {
  return isCjk(c) || c === 0x201d || c === 0x300b || c === 0xff09 || c === 0x300d;
}

/** Characters a reference mark may precede: punctuation, a space or the line end. */
function mayFollowReference(c: number): boolean {
  return Number.isNaN(c) || c === 10 || c === 13 || c === 32 || c === 0xff0c || c === 0x3002 || c === 0xff1b || c === 0x3001 ||
    c === 0xff1a || c === 0xff01 || c === 0xff1f || c === 0x201d || c === 0xff09;
}

/**
 * The mark at text[p] as a key (circled digit ①–⑳: its code; [n] ［n］ 〔n〕: 1000 + n) and its
 * length, or null.
 */
function markAt(text: string, p: number, end: number): [number, number] | null {
  const c = text.charCodeAt(p);
  if (c >= 0x2460 && c <= 0x2473) return [c, 1];
  if (c !== 91 && c !== 0xff3b && c !== 0x3014) return null;
  const close = c === 91 ? 93 : c === 0xff3b ? 0xff3d : 0x3015;
  let q = p + 1;
  let n = 0;
  while (q < end && q - p <= 3) {
    const d = text.charCodeAt(q);
    if (d >= 48 && d <= 57) n = n * 10 + d - 48;
    else break;
    q++;
  }
  if (q === p + 1 || q >= end || text.charCodeAt(q) !== close || n === 0) return null;
  return [1000 + n, q + 1 - p];
}

export function footnoteZones(input: AnatomyInput, anatomy: Anatomy): void {
  const { text, layout } = input;
  const { lines, paragraphFirstLine, paragraphLastLine } = layout;
  const zone = anatomy.zone;
  // A note body opens a paragraph with its mark. Which kinds of mark open one (circled digits,
  // brackets) says which characters the references can be: only those are looked for, each with
  // indexOf (a loop over every character of a long text cost a tenth of the outline's time).
  // A circled digit refers only to a note its own digit opens: only the digits that open a line are looked for.
  let circled = 0; // bit k: ① + k opens a line
  let brackets = false;
  for (let li = 0; li < lines.length; li++) {
    if (lines.outside(li) || lines.continues(li) || zone[li] !== 0) continue;
    const c = text.charCodeAt(lines.contentStart[li]);
    if (c >= 0x2460 && c <= 0x2473) circled |= 1 << (c - 0x2460);
    else if ((c === 91 || c === 0xff3b || c === 0x3014) && markAt(text, lines.contentStart[li], lines.contentEnd[li])) brackets = true; // `[1]`, not `[bookmark…]`
  }
  if (!circled && !brackets) return;
  const marks: string[] = [];
  if (brackets) marks.push('[', '［', '〔');
  for (let c = 0x2460; c <= 0x2473; c++) if (circled & (1 << (c - 0x2460))) marks.push(String.fromCharCode(c));
  const at: number[] = [];
  for (const m of marks) for (let p = text.indexOf(m); p >= 0; p = text.indexOf(m, p + 1)) at.push(p);
  at.sort((a, b) => a - b);
  let next = 0;
  const referenced = new Set<number>();
  for (let li = 0; li < lines.length; li++) {
    if (lines.outside(li)) continue;
    const end = lines.contentEnd[li];
    let from = lines.contentStart[li];
    // a note body: the paragraph opens with a mark the text referred to before
    if (!lines.continues(li) && zone[li] === 0 && referenced.size > 0) {
      const m = markAt(text, lines.contentStart[li], end);
      if (m && referenced.has(m[0]) && lines.paragraph[li] >= 0) {
        const last = paragraphLastLine[lines.paragraph[li]];
        for (let k = paragraphFirstLine[lines.paragraph[li]]; k <= last; k++) if (zone[k] === 0) zone[k] = NOTES;
        from += m[1];
      }
    }
    // references in the line: a mark glued to a word, followed by punctuation or the line end
    while (next < at.length && at[next] < from + 1) next++;
    for (; next < at.length && at[next] < end; next++) {
      const p = at[next];
      if (!mayPrecedeReference(text.charCodeAt(p - 1))) continue;
      const m = markAt(text, p, end);
      if (m && mayFollowReference(text.charCodeAt(p + m[1]))) referenced.add(m[0]);
    }
  }
}
