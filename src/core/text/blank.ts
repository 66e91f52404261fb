/**
 * Blank characters, by character code, for the scans that walk a line without slicing it. Three
 * meanings, one place: a blank inside a line; the same or a carriage return (a line of a text split on
 * LF alone ends in CR); and any blank, line breaks included (a page's source between tags).
 *
 * Besides space, tab, the ideographic and no-break spaces, real documents carry the typographic
 * spaces U+2000–U+200A and U+202F (Word and PDF exports) and the zero-width space and BOM that wiki
 * scrapes and joined files leave: none of them is ever text.
 */
export function isBlankInLine(c: number): boolean {
  return c === 32 || c === 9 || c === 0x3000 || c === 0xa0 || c === 0x200b || c === 0xfeff || (c >= 0x2000 && c <= 0x200a) || c === 0x202f;
}

export function isBlankOrCR(c: number): boolean {
  return c === 13 || isBlankInLine(c);
}

export function isBlankAny(c: number): boolean {
  return c === 10 || c === 13 || c === 11 || c === 12 || isBlankInLine(c);
}

/** A text without any whitespace (JavaScript's \s: the ideographic and no-break spaces included), for comparing lines as written with their spaces dropped. */
export function withoutSpaces(s: string): string {
  return s.replace(/\s+/g, '');
}

/**
 * A line's content in [from, to) read without slicing, its blanks and CRs at either end passed over
 * (a cell of a table flattened one cell per line): `contentStart` gives its first position, then
 * `contentEnd` from there its end (`from` when all is blank).
 */
export function contentStart(text: string, from: number, to: number): number {
  let a = from;
  while (a < to && isBlankOrCR(text.charCodeAt(a))) a++;
  return a;
}

export function contentEnd(text: string, from: number, to: number): number {
  let b = to;
  while (b > from && isBlankOrCR(text.charCodeAt(b - 1))) b--;
  return b;
}

/**
 * The same across line breaks, for a walk past blank lines to the next or the previous line with
 * text: `textStart` gives the first position in [from, to) that is no blank of any kind (`to` when
 * none), `textEnd` the end of the last one (`from` when none).
 */
export function textStart(text: string, from: number, to: number): number {
  let a = from;
  while (a < to && isBlankAny(text.charCodeAt(a))) a++;
  return a;
}

export function textEnd(text: string, from: number, to: number): number {
  let b = to;
  while (b > from && isBlankAny(text.charCodeAt(b - 1))) b--;
  return b;
}
