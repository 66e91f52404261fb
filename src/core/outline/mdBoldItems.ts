/**
 * Item titles set as a bold paragraph over a list, in a Markdown digest or briefing: a line that is
 * a paragraph of its own holding nothing but one bold run, with a list right under it (no blank line
 * needed: a bullet ends a paragraph) — `### 模型前沿` / `**某公司发布新模型，价格降两成**` / `- 该公司于…`
 * / `> 💡 …`, the next item's bold line after the list. The bold line names the item the list tells;
 * it is a subhead (rank 1) of the `#` section it stands in, as a bold paragraph over running text is
 * (addMdBoldSubheads), one level below that heading.
 *
 * Read from the document's shape, never from one line: two such bold paragraphs or more in the
 * text. remark-parse tells the shape (markdown.ts `boldParagraphs`): only a paragraph whose one child
 * is a bold run counts, so a bold lead-in that opens a sentence (`**要点**：…`) or a line of several
 * bold phrases is none; a bold line over a table (a caption) or over running text is left to the
 * other readers. Left out as well: a bold field label ending in a colon (`**问题：**` over its numbered
 * answers, a form's field), a bold sentence (ends `。`, `；`, `，` or `、`: emphasis set on a line
 * of its own), a bold picture, a line longer than a title. Linear: one pass over the paragraphs.
 */
import type { Layout } from './layout';
import type { MdHeading, MdInfo } from './markdown';
import { newCandidate, type Candidate } from './runs';
import { zoneHoldsTitles } from './anatomy';
import { takenLines } from './mdSubheads';

/** A title this long or longer (marks and blanks left out) is a paragraph set in bold, not an item's name. */
const MAX_TITLE = 100;

/** What closes a bold run that is a label or a sentence, not a title: colon, full stop, semicolon, comma. */
const NOT_A_TITLE_END = /[：:。；;，,、]$/;

export function addMdBoldItems(
  text: string, layout: Layout, cands: Candidate[], zone: Uint8Array, md: MdInfo, mdHeadingByLine: Map<number, MdHeading>,
): void {
  const paras = md.boldParagraphs;
  if (!paras || paras.length < 2) return;
  const { lines } = layout;
  const n = lines.length;
  const masks = md.masked;
  const found: Array<[number, number]> = [];
  let taken: Set<number> | null = null;
  let li = 0;
  let mp = 0;
  for (const p of paras) {
    if (p.next !== 'list') continue;
    while (li + 1 < n && lines.start[li + 1] <= p.start) li++;
    // one line, the bold run from its start to its end
    let s = p.start;
    let e = p.end;
    if (e > lines.end[li]) continue;
    while (s < e && (text.charCodeAt(s) === 32 || text.charCodeAt(s) === 0x3000 || text.charCodeAt(s) === 9)) s++;
    while (e > s && (text.charCodeAt(e - 1) === 32 || text.charCodeAt(e - 1) === 0x3000 || text.charCodeAt(e - 1) === 9)) e--;
    const mark = text[s];
    if (e - s < 6 || (mark !== '*' && mark !== '_') || text[s + 1] !== mark || text[e - 1] !== mark || text[e - 2] !== mark) continue;
    const inner = text.slice(s + 2, e - 2).trim();
    if (inner.length < 2 || inner.length > MAX_TITLE || NOT_A_TITLE_END.test(inner)) continue;
    if (inner.startsWith('![') || inner.startsWith('[![')) continue;
    if (mdHeadingByLine.has(li) || !zoneHoldsTitles(zone[li])) continue;
    while (mp < masks.length && masks[mp][1] <= s) mp++;
    if (mp < masks.length && masks[mp][0] <= s) continue;
    taken ??= takenLines(cands);
    if (taken.has(li)) continue;
    let ts = s + 2;
    while (ts < e && (text.charCodeAt(ts) === 32 || text.charCodeAt(ts) === 0x3000)) ts++;
    found.push([li, ts]);
  }
  if (found.length < 2) return;
  for (const [line, ts] of found) {
    // (the heading stands at its text, as a `#` heading's does)
    const c = newCandidate(ts, 0, ts, 'title', null, 0, false, lines.paragraph[line], line, 0, true);
    c.rank = 1;
    cands.push(c);
  }
}
