/**
 * A heading a Markdown writer left without its `#`s: reading notes on a book go article by article
 * under `### 第十篇《…》`, `### 第十二篇《…》`, and the eleventh stands as a plain line
 * (`毛选第十一篇《…》`, notes54). Where two headings of one depth count a book's pieces (`第N篇`,
 * `第N章`, `第N节`, `第N课`, `第N讲`, `第N回`) with one number missing between them, and a short line of its
 * own in between names that missing number near its start, the line is the lost heading, at their
 * depth. The gap in the count and the number filling it are the evidence; nothing else is guessed.
 */
import type { MdHeading, MdInfo } from './markdown';
import { parseChineseInteger } from '../text/numerals';
import { lastAtOrBefore } from '../text/lines';

/** A piece's ordinal: 第, a number, the unit. */
const PIECE = /第([一二三四五六七八九十百零〇两]{1,5}|[0-9]{1,3})(篇|章|节|節|课|課|讲|講|回)/;
/** How far into the line the ordinal may stand (`毛选第十一篇`: a short label before it). */
const NEAR_START = 6;
/** Longest line taken: a title, not a paragraph. */
const MAX_LINE = 60;

function pieceAt(s: string, within: number): { n: number; unit: string } | null {
  const m = PIECE.exec(s);
  if (!m || m.index > within) return null;
  const n = /[0-9]/.test(m[1]) ? Number(m[1]) : parseChineseInteger(m[1]);
  return n === null ? null : { n, unit: m[2] };
}

const isBlankLine = (s: string): boolean => s.trim() === '';

/** `md` with the headings its writer left without `#`s, found by the gap they leave in a count. */
export function withLostHeadings(text: string, lineStarts: readonly number[], md: MdInfo): MdInfo {
  const hs = md.headings;
  if (hs.length < 2) return md;
  const lineEnd = (li: number): number => (li + 1 < lineStarts.length ? lineStarts[li + 1] - 1 : text.length);
  const lineOf = (pos: number): number => lastAtOrBefore(lineStarts, pos);
  const masked = (pos: number): boolean => md.masked.some(([a, b]) => a <= pos && pos < b);
  const added: MdHeading[] = [];
  for (let k = 0; k + 1 < hs.length; k++) {
    const a = hs[k];
    const b = hs[k + 1];
    if (a.depth !== b.depth) continue;
    const pa = pieceAt(text.slice(a.contentStart, a.contentEnd), 0);
    const pb = pieceAt(text.slice(b.contentStart, b.contentEnd), 0);
    if (!pa || !pb || pa.unit !== pb.unit || pb.n !== pa.n + 2) continue;
    // the line naming the missing number, a paragraph of its own, between them
    const from = lineOf(a.contentEnd) + 1;
    const to = lineOf(b.contentStart);
    for (let li = from; li < to; li++) {
      const s = lineStarts[li];
      const line = text.slice(s, lineEnd(li)).replace(/\r$/, '');
      const words = line.trim();
      if (words.length === 0 || words.length > MAX_LINE || /^[-*+>|#\d]/.test(words) || /[。；！]$/.test(words)) continue;
      const p = pieceAt(words, NEAR_START);
      if (!p || p.unit !== pa.unit || p.n !== pa.n + 1) continue;
      if (!isBlankLine(text.slice(lineStarts[li - 1], s)) || (li + 1 < lineStarts.length && !isBlankLine(text.slice(lineStarts[li + 1], lineEnd(li + 1))))) continue;
      if (masked(s)) continue;
      const lead = line.length - line.trimStart().length;
      added.push({ depth: a.depth, contentStart: s + lead, contentEnd: s + lead + words.length });
      break;
    }
  }
  if (added.length === 0) return md;
  return { ...md, headings: [...hs, ...added].sort((x, y) => x.contentStart - y.contentStart) };
}
