/**
 * The source lines of a book of quotations (摘编, 言论汇编): each excerpt is followed by a line naming
 * who said it and when (`某某1972年在上海某厂的讲话`, `某某，1975年3月21日在某会议上的讲话`). Such a line
 * is short and unpunctuated, so alone it reads as a title; the book shows what it is by rhythm: five
 * or more of them, a name and a year opening each, every one right under running text and a few
 * lines apart (an excerpt is a paragraph or two). A compilation whose titles name a speaker and a
 * date heads long texts: its titles stand far apart and stay titles. The source lines get zone
 * `metadata` (they say where the text above came from), so they title nothing.
 */
import type { Anatomy, AnatomyInput } from './index';
import { Zone } from './index';

/** A name (two to six characters, a comma after it at most) and a year: `某某1972年`, `某某，1975年`, an OCR `1O67年`. */
const SOURCE_LINE = /^[\u3400-\u9fff]{2,6}[，,：:·\s]*[0-9０-９][0-9０-９OGIl]{1,3}年/;
/** Longest source line. */
const MAX_LEN = 50;
/** Fewest source lines a book of quotations shows. */
const MIN_LINES = 5;
/** Most content lines between two source lines, on average: an excerpt is short. */
const MAX_MEAN_GAP = 5;

export function detectSourceLines(input: AnatomyInput, anatomy: Anatomy): void {
  const { text, layout } = input;
  const lines = layout.lines;
  const { contentStart: cs, contentEnd: ce } = lines;
  const zone = anatomy.zone;
  const found: number[] = [];
  const ordinal: number[] = [];
  let content = 0;
  let prevLong = false;
  for (let i = 0; i < lines.length; i++) {
    if (lines.empty(i)) continue;
    content++;
    const len = ce[i] - cs[i];
    const long = len > MAX_LEN;
    if (zone[i] === Zone.Body && len <= MAX_LEN && prevLong) {
      const s = text.slice(cs[i], ce[i]);
      if (SOURCE_LINE.test(s) && !/[。！？；]/.test(s)) { found.push(i); ordinal.push(content); }
    }
    prevLong = long || (zone[i] === Zone.Body && len > 12 && /[。！？”]$/.test(text.slice(cs[i], ce[i])));
  }
  if (found.length < MIN_LINES) return;
  const mean = (ordinal[ordinal.length - 1] - ordinal[0]) / (ordinal.length - 1);
  if (mean > MAX_MEAN_GAP) return;
  for (const i of found) zone[i] = Zone.Metadata;
}
