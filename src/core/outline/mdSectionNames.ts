/**
 * `前  言`, `引 言` left as plain lines in a Markdown copy of a PDF (a converter sets the numbered
 * clauses as `#` headings and the unnumbered parts as text): the name of an unnumbered part of
 * running text (titles.ts isSectionName), read as in a plain text — a part beside the numbered ones,
 * under the document's title, holding no heading (rank 3). Only where the copy has headings of its
 * own (a converted document, not a note with a `前言` line in its prose), the line stands alone after
 * a blank line (or the text's start) and running text follows it.
 */
import { Zone } from './anatomy';
import type { Layout } from './layout';
import { newCandidate, type Candidate } from './runs';
import { isSectionName } from './titles';

/** Shortest line of running text that may follow the name (a sentence wrapped by the page). */
const PROSE_MIN = 12;

export function addMdSectionNames(text: string, layout: Layout, cands: Candidate[], zone: Uint8Array, headingLines: ReadonlyMap<number, unknown>): Set<Candidate> {
  const added = new Set<Candidate>();
  if (headingLines.size === 0) return added;
  const { lines } = layout;
  const taken = new Set<number>();
  for (const c of cands) taken.add(c.line);
  for (let li = 0; li < lines.length; li++) {
    if (lines.empty(li) || headingLines.has(li) || taken.has(li) || zone[li] !== Zone.Body) continue;
    const s = text.slice(lines.contentStart[li], lines.contentEnd[li]);
    if (s.length > 16 || !isSectionName(s)) continue;
    if (li > 0 && !lines.empty(li - 1)) continue;
    let n = li + 1;
    while (n < lines.length && lines.empty(n)) n++;
    if (n >= lines.length || headingLines.has(n)) continue;
    const next = text.slice(lines.contentStart[n], lines.contentEnd[n]).trim();
    if (next.length < PROSE_MIN || isSectionName(next)) continue;
    const c = newCandidate(lines.contentStart[li], 0, lines.contentStart[li], 'title', null, 0, false, lines.paragraph[li], li, 0, true);
    c.rank = 3;
    cands.push(c);
    added.add(c);
  }
  return added;
}

/**
 * A 前言 read so holds the series' list of parts a multi-part standard gives there (`第1部分 数据分类与
 * 基本规定`, `第3部分 检测线`… once the converter dropped the `分为以下部分：` line over it): those
 * lines name the other documents of the series and open no part of this one. `第N部分` lines at line
 * starts with N in Arabic digits (a standard numbers its parts so; a report's 第一部分 is its own
 * part) after such a name, before the next heading of the copy's own (a Markdown heading or a title
 * line), are dropped. Call after the candidates are sorted.
 */
export function dropPrefacePartLists(text: string, cands: Candidate[], named: ReadonlySet<Candidate>): void {
  if (named.size === 0) return;
  let inPreface = false;
  let w = 0;
  for (let k = 0; k < cands.length; k++) {
    const c = cands[k];
    if (c.isTitle || c.mdDepth > 0) inPreface = named.has(c);
    else if (inPreface && c.kind === 'di-part' && !c.inline && /^第\s*[0-9]/.test(text.slice(c.start, c.start + 4))) continue;
    cands[w++] = c;
  }
  cands.length = w;
}
