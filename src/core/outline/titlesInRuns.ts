/**
 * A line that is the whole content of a numbered part is no title. `一、大赛主题` / `“互联网+”成就梦想
 * 创新创业开辟未来` / `二、大赛目的与任务`: a theme, a slogan or a name set on a line of its own right
 * under a part's heading line, the next member of the run right under it. A title names the text
 * that follows it and restarts the tree (a subhead nests under the open part), so read as one it
 * cut the run: 二、 and every later part hung under the slogan.
 *
 * Evidence the document gives: the last line-start numbered heading before the line (ordinal k)
 * stands alone on its line, only blank lines stand between it and the line and between the line
 * and the first line-start heading of the same kind after it, which carries k + 1. A subhead over
 * the part's own text (`一、主要成效` / text / `产业发展新亮点` / text / `二、…`), a digest's group
 * label between items numbered on (`NO.2 …` / text / `【企业新闻】` / `NO.3 …`) and a covering
 * notice's 一、 before the plan it carries (which numbers anew) keep their titles. Linear.
 */
import type { Candidate } from './runs';
import type { LineTable } from './layout';
import { isStructural } from './markers';

/** A title line this long or longer holds running text, not a heading's name. */
const HEADING_LINE_MAX = 40;

function lineStartNumbered(c: Candidate): boolean {
  return !c.isTitle && c.kind !== null && !c.inline && c.ordinal > 0 && isStructural(c.kind) && c.mdDepth === 0;
}

function plainTitle(c: Candidate): boolean {
  return c.isTitle && (c.rank === 0 || c.rank === 1) && c.mdDepth === 0 && c.kind === null;
}

/** Only blank lines strictly between lines a and b. */
function blankBetween(lines: LineTable, a: number, b: number): boolean {
  if (b - a > 8) return false;
  for (let li = a + 1; li < b; li++) if (!lines.blank(li) && !lines.zeroWidth(li)) return false;
  return true;
}

/** A title line's words, spaces left out (at most HEADING_LINE_MAX + 1 characters read). */
function titleWords(text: string, lines: LineTable, c: Candidate): string {
  return text.slice(c.titleStart, Math.min(lines.contentEnd[c.line], c.titleStart + HEADING_LINE_MAX + 1)).replace(/[\s\u3000]+/g, '');
}

/**
 * Removes (in place) the title candidates that are the whole content of part k of a line-start run,
 * and (given the text) the page's headline repeated between part k and part k + 1 of a run (a site
 * that sets the article's title again between its sections, `写好心得体会的七个要求` over `（二）`,
 * prose between them allowed): a banner, not a new document.
 */
export function dropTitlesInRuns(cands: Candidate[], lines: LineTable, text?: string): void {
  const n = cands.length;
  if (n < 3) return;
  let drop: Uint8Array | null = null;
  const seen = text === undefined ? null : new Set<string>();
  for (let i = 0; i + 1 < n; i++) {
    const c = cands[i];
    if (!plainTitle(c)) continue;
    const words = seen ? titleWords(text!, lines, c) : '';
    const repeat = seen !== null && words.length >= 4 && words.length <= HEADING_LINE_MAX && seen.has(words);
    if (seen && !repeat && words.length <= HEADING_LINE_MAX) seen.add(words);
    if (i === 0) continue;
    const a = cands[i - 1];
    const b = cands[i + 1];
    if (!lineStartNumbered(a) || !lineStartNumbered(b) || a.kind !== b.kind || b.ordinal !== a.ordinal + 1) continue;
    if (!(a.titleLine < c.line && c.line < b.line)) continue;
    if (repeat) {
      (drop ??= new Uint8Array(n))[i] = 1;
      continue;
    }
    if (lines.contentEnd[a.titleLine] - a.start > HEADING_LINE_MAX) continue;
    if (!blankBetween(lines, a.titleLine, c.line) || !blankBetween(lines, c.line, b.line)) continue;
    (drop ??= new Uint8Array(n))[i] = 1;
  }
  if (!drop) return;
  let w = 0;
  for (let i = 0; i < n; i++) if (!drop[i]) cands[w++] = cands[i];
  cands.length = w;
}
