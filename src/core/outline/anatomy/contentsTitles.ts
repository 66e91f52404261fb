/**
 * A compilation's pieces named by its table of contents (compil55). A book converted page by page
 * (a 全集 volume, a 网刊 issue, an 汇编) lists its pieces under `目录`; in the body each piece opens
 * with the same words, often broken over two or three lines (`在某市某選區選舉前的` /
 * `選民大會上的演說(1946年2月9日)`) and often right after a page break, where the layout reads the
 * line as the paragraph going on. The contents are the document's own evidence that those lines are
 * titles: a body line after the contents whose words (spaces, a page number and a bracketed date or
 * author aside) are an entry's, whole or joined with the lines right under it, is that piece's title.
 * Each entry names one piece, so only its first copy in the body is taken (a running head repeating
 * it on later pages is the page's); a numbered entry (`一、`, `第一章`) is left to the numbering.
 */
import type { Anatomy, AnatomyInput } from './index';
import { Zone } from './index';
import { tocKeyAt } from './toc';
import { contentFrom, startsWithMarker } from './lineText';
import { isHan } from '../../text/cjk';

/** Shortest entry taken (in characters of its key): a shorter one says too little to be matched. */
const MIN_ENTRY = 4;
/** Shortest first line of a title broken over lines. */
const MIN_PIECE = 6;
/** Lines a broken title spans at most. */
const MAX_LINES = 3;
/** A bracket at an entry's end holding a digit: its page (`(03`), date (`(1946年2月9日)`) or number. */
const TRAILING_NOTE = /[（(][^（()）]*[0-9０-９][^（()）]*[)）]?$/;
/** The same at a body line's end, closed there (`…的演說(1946年2月9日)`): one left open is the line's own words (a masthead's `(2017年第1期`). */
const CLOSED_NOTE = /[（(][^（()）]*[0-9０-９][^（()）]*[)）]$/;

/** A line's words for comparison with the entries, or '' when it is no short line. */
function keyOf(input: AnatomyInput, li: number, entry: boolean): string {
  const lines = input.layout.lines;
  if (lines.empty(li)) return '';
  return tocKeyAt(input.text, contentFrom(input, li), lines.contentEnd[li]).replace(entry ? TRAILING_NOTE : CLOSED_NOTE, '');
}

/** Whether the key holds at least three Han characters (a name, not a page number or a mark). */
function hasWords(s: string): boolean {
  let n = 0;
  for (let i = 0; i < s.length && n < 3; i++) if (isHan(s.charCodeAt(i))) n++;
  return n >= 3;
}

export function detectContentsTitles(input: AnatomyInput, anatomy: Anatomy): void {
  const { zone } = anatomy;
  const n = zone.length;
  let first = -1;
  let last = -1;
  for (let li = 0; li < n; li++) {
    if (zone[li] !== Zone.Toc) continue;
    if (first < 0) first = li;
    last = li;
  }
  if (first < 0) return;
  // The entries: the contents' lines, and an entry broken over two lines joined (a running head
  // among them, furniture, may be an entry too: the piece's title heads its pages).
  const entries = new Set<string>();
  const prefixes = new Set<string>();
  const add = (s: string): void => {
    if (s.length < MIN_ENTRY || !hasWords(s) || entries.has(s)) return;
    entries.add(s);
    for (let k = MIN_PIECE; k < s.length; k++) prefixes.add(s.slice(0, k));
  };
  let prev = '';
  for (let li = first; li <= last; li++) {
    if (zone[li] !== Zone.Toc && zone[li] !== Zone.Furniture) { prev = ''; continue; }
    if (input.layout.lines.empty(li)) continue;
    if (startsWithMarker(input, li)) { prev = ''; continue; }
    const s = keyOf(input, li, true);
    if (!s) { prev = ''; continue; }
    add(s);
    if (prev) add(prev + s);
    prev = s;
  }
  if (!entries.size) return;
  const used = new Set<string>();
  for (let li = last + 1; li < n; li++) {
    if (zone[li] !== Zone.Body || startsWithMarker(input, li)) continue;
    const s = keyOf(input, li, false);
    if (!s) continue;
    let end = -1;
    let whole = '';
    if (entries.has(s)) {
      end = li;
      whole = s;
    } else if (prefixes.has(s)) {
      let acc = s;
      for (let k = li + 1; k < n && k < li + MAX_LINES; k++) {
        if (zone[k] !== Zone.Body) break;
        const t = keyOf(input, k, false);
        if (!t) break;
        acc += t;
        if (entries.has(acc)) { end = k; whole = acc; break; }
        if (!prefixes.has(acc)) break;
      }
    }
    if (end < 0 || used.has(whole)) continue;
    used.add(whole);
    if (!anatomy.titles.has(li)) anatomy.titles.set(li, end);
    li = end;
  }
}
