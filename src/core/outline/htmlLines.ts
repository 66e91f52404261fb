/**
 * A line of raw HTML (a Markdown copy of a news page, `<p>　　…</p>` a paragraph a line, or a
 * page's source) as the reader sees it: where its visible text starts and ends, how long it is, and
 * its last visible character. Tags and blanks (spaces, ideographic spaces, `&nbsp;`) are not
 * visible. Read in one pass over the line, so reading every line of a text stays linear.
 */

import { isBlankOrCR as isBlankCode } from '../text/blank';
/** A line's visible text, bounded: `length` counts up to `cap` characters, `text` is kept only while it is short. */
export interface VisibleLine {
  /** Offset of the first visible character (-1: none). */
  start: number;
  /** Offset after the last visible character. */
  end: number;
  /** Number of visible characters (blanks inside the text included), counted up to the cap. */
  length: number;
  /** The visible text, tags left out: its first `cap` characters. */
  text: string;
  /** The last visible character ('' when none). */
  last: string;
  /** The line holds an image (`<img`): a caption or a picture, never a subhead. */
  image: boolean;
}

function isLetterCode(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** `&emsp;`, `&nbsp;`, `&ensp;`, `&#12288;`: the blank an HTML entity writes, as a Markdown copy indents its paragraphs. */
const BLANK_ENTITY = /^&(?:emsp|ensp|nbsp|thinsp|#160|#12288|#x3000);/i;

/** Length of the blank entity at p, before `end` (0: none). */
export function blankEntityAt(text: string, p: number, end: number): number {
  if (text.charCodeAt(p) !== 38 || p + 5 > end) return 0;
  const m = BLANK_ENTITY.exec(text.slice(p, Math.min(end, p + 9)));
  return m ? m[0].length : 0;
}

/** Whether the line [s, e) opens with a tag (after blanks): a line of raw HTML. */
export function opensWithTag(text: string, s: number, e: number): boolean {
  let p = s;
  while (p < e && isBlankCode(text.charCodeAt(p))) p++;
  if (p + 1 >= e || text.charCodeAt(p) !== 60) return false;
  const c = text.charCodeAt(p + 1);
  return isLetterCode(c) || c === 47;
}

/**
 * The visible text of the line [s, e), tags and `&nbsp;`-like entities left out; `cap` bounds the
 * kept text. A `<` that opens no tag is text; a tag left open at the line's end hides the rest.
 */
export function visibleLine(text: string, s: number, e: number, cap: number): VisibleLine {
  let start = -1;
  let end = -1;
  let length = 0;
  let out = '';
  let last = '';
  let image = false;
  let pendingBlank = false;
  let p = s;
  while (p < e) {
    const c = text.charCodeAt(p);
    if (c === 60) {
      const n = p + 1 < e ? text.charCodeAt(p + 1) : 0;
      if (isLetterCode(n) || n === 47 || n === 33) {
        if ((n === 105 || n === 73) && /^img\b/i.test(text.slice(p + 1, p + 5))) image = true;
        let q = p + 1;
        while (q < e && text.charCodeAt(q) !== 62) q++;
        p = q < e ? q + 1 : e;
        continue;
      }
    }
    if (c === 38) {
      // `&nbsp;`, `&ensp;`, `&#12288;`: a blank; other entities are text
      const m = blankEntityAt(text, p, e);
      if (m > 0) { if (start >= 0) pendingBlank = true; p += m; continue; }
    }
    if (isBlankCode(c)) { if (start >= 0) pendingBlank = true; p++; continue; }
    if (start < 0) start = p;
    if (pendingBlank) {
      length++;
      if (length <= cap) out += ' ';
      pendingBlank = false;
    }
    length++;
    if (length <= cap) out += text[p];
    last = text[p];
    end = p + 1;
    p++;
  }
  return { start, end: end < 0 ? s : end, length: Math.min(length, cap + 1), text: out, last, image };
}
