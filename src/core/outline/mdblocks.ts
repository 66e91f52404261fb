/**
 * A line scanner for the few Markdown block structures the outline needs (headings, code, HTML,
 * front matter), for documents too large for remark-parse: micromark tokenises every character
 * through several function calls and runs at tens of kilobytes per second on a loaded machine,
 * while a year of compiled speeches is megabytes. Same result shape as `analyseMarkdown`.
 */
import type { MdHeading, MdInfo } from './markdown';
import { maskHtmlBlock } from './htmlBlocks';
import { lineEndAt } from '../text/lines';

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const ATX = /^ {0,3}(#{1,6})(?=[ \t]|$)/;
const SETEXT = /^ {0,3}(=+|-+)[ \t]*$/;
const HTML_START = /^ {0,3}<(!--|[A-Za-z/?!])/;

export function scanMarkdown(text: string, lineStarts: readonly number[], frontMatterEnd: number): MdInfo {
  const headings: MdHeading[] = [];
  const masked: Array<[number, number]> = [];
  if (frontMatterEnd > 0) masked.push([0, frontMatterEnd]);
  const n = lineStarts.length;
  const lineEnd = (i: number): number => lineEndAt(text, lineStarts, i);
  let prevParagraph = false; // previous line is paragraph text (a setext underline may follow)
  let prevBlank = true;
  let paraStart = -1; // first line of the paragraph being read
  for (let i = 0; i < n; i++) {
    const s = lineStarts[i];
    if (s < frontMatterEnd) continue;
    const e = lineEnd(i);
    // Only the head of a line decides its block kind; never run a pattern over a whole long line.
    const head = text.slice(s, Math.min(e, s + 16));
    const blank = text.slice(s, Math.min(e, s + 64)).trim() === '' && (e - s <= 64 || text.slice(s, e).trim() === '');
    const fence = FENCE.exec(head);
    if (fence) {
      const ch = fence[1][0];
      const len = fence[1].length;
      let j = i + 1;
      for (; j < n; j++) {
        const h = text.slice(lineStarts[j], Math.min(lineEnd(j), lineStarts[j] + 64));
        const m = FENCE.exec(h);
        if (m && m[1][0] === ch && m[1].length >= len && h.slice(h.indexOf(m[1]) + m[1].length).trim() === '') break;
      }
      const last = Math.min(j, n - 1);
      masked.push([s, lineEnd(last)]);
      i = last;
      prevParagraph = false;
      prevBlank = false;
      continue;
    }
    if (HTML_START.test(head)) {
      const comment = head.trimStart().startsWith('<!--');
      let j = i;
      for (; j < n; j++) {
        const body = text.slice(lineStarts[j], lineEnd(j));
        if (comment ? body.includes('-->') : j > i && body.trim() === '') break;
      }
      const last = comment ? Math.min(j, n - 1) : Math.max(i, j - 1);
      if (comment) masked.push([s, lineEnd(last)]);
      else maskHtmlBlock(text, s, lineEnd(last), masked);
      i = last;
      prevParagraph = false;
      prevBlank = false;
      continue;
    }
    if (!blank && prevBlank && (head.startsWith('    ') || head.startsWith('\t'))) {
      // Indented code: runs until a non-indented, non-blank line.
      let j = i;
      let lastCode = i;
      for (; j < n; j++) {
        const h = text.slice(lineStarts[j], Math.min(lineEnd(j), lineStarts[j] + 8));
        const isBlank = text.slice(lineStarts[j], lineEnd(j)).trim() === '';
        if (isBlank) continue;
        if (h.startsWith('    ') || h.startsWith('\t')) lastCode = j;
        else break;
      }
      masked.push([s, lineEnd(lastCode)]);
      i = lastCode;
      prevParagraph = false;
      prevBlank = false;
      continue;
    }
    const atx = ATX.exec(head);
    if (atx) {
      let cs = s + head.indexOf('#') + atx[1].length;
      while (cs < e && (text[cs] === ' ' || text[cs] === '\t')) cs++;
      let t = e;
      while (t > cs && (text[t - 1] === ' ' || text[t - 1] === '\t')) t--;
      let h = t;
      while (h > cs && text[h - 1] === '#') h--;
      if (h < t && (h === cs || text[h - 1] === ' ')) t = h;
      while (t > cs && (text[t - 1] === ' ' || text[t - 1] === '\t')) t--;
      headings.push({ depth: atx[1].length, contentStart: cs, contentEnd: t });
      prevParagraph = false;
      prevBlank = false;
      continue;
    }
    if (prevParagraph && SETEXT.test(text.slice(s, Math.min(e, s + 200)))) {
      // The heading is the whole paragraph above; its text starts on the paragraph's first line.
      const ps = lineStarts[paraStart];
      let cs = ps;
      const pe = lineEnd(paraStart);
      while (cs < pe && (text[cs] === ' ' || text[cs] === '\t')) cs++;
      let t = pe;
      while (t > cs && (text[t - 1] === ' ' || text[t - 1] === '\t')) t--;
      headings.push({ depth: head.trimStart()[0] === '=' ? 1 : 2, contentStart: cs, contentEnd: t });
      prevParagraph = false;
      prevBlank = false;
      continue;
    }
    if (!blank) maskInlineCode(text, s, e, masked);
    if (!blank && !prevParagraph) paraStart = i;
    prevParagraph = !blank;
    prevBlank = blank;
  }
  masked.sort((a, b) => a[0] - b[0]);
  return { headings, masked };
}

/** `code` spans on one line: a backtick run closed by a run of the same length (scan bounded by the line). */
function maskInlineCode(text: string, s: number, e: number, masked: Array<[number, number]>): void {
  let open = -1;
  let openLen = 0;
  let p = s;
  while (p < e) {
    if (text.charCodeAt(p) !== 96) { p++; continue; }
    let q = p;
    while (q < e && text.charCodeAt(q) === 96) q++;
    const run = q - p;
    if (open < 0) { open = p; openLen = run; }
    else if (run === openLen) { masked.push([open, q]); open = -1; }
    p = q;
  }
}
