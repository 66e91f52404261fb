/**
 * A document site's page chunks are no numbering. 文库/docin-style sites serve a document's text page
 * by page, each page one long line opened by its page number (`1、…`, `2、…`), the page cut wherever
 * it ended: mid-sentence (`…存在的问题和` / `2、不足之处。…`), even before a comma (`2、,工作总结…`).
 * A run of line-start markers whose members each open a line of 200 characters or more, where every
 * member after the first (the last may be short, the text's last line: the site cut it) goes on with a sentence the line above left open (no sentence end at its
 * end) and at least one of them opens with a clause mark or the line above stops mid-word, is such a
 * run: its members are taken out. A paragraph numbered by its writer ends its sentence before the
 * next number.
 */
import type { LineTable } from './layout';
import { activeRunMembers, type Candidate } from './runs';
import { appendAll } from '../text/arrays';

/** Marks that end a sentence or close one (a quote or bracket after its stop). */
const CLOSING = '。！？!?；;…”’）)》」』】';
const CLAUSE_OPENING = '，,、。；;：:';

function midWord(c: number): boolean {
  return (c >= 0x3400 && c <= 0x9fff) || (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);
}

/** Returns the indices of the members of such runs (all active now). */
export function pageChunkRuns(cands: Candidate[], active: boolean[], text: string, lines: LineTable): number[] {
  const members = activeRunMembers(cands, active);
  const out: number[] = [];
  let lastLine = lines.length - 1;
  while (lastLine > 0 && (lines.empty(lastLine) || lines.outside(lastLine))) lastLine--;
  for (const list of members.values()) {
    if (list.length < 2) continue;
    let chunks = true;
    let cut = false;
    for (let k = 0; k < list.length && chunks; k++) {
      const c = cands[list[k]];
      const li = c.line;
      // (the last chunk of an opening the site cut may be short: the text's last line)
      const short = lines.contentEnd[li] - lines.contentStart[li] < 200 && !(k > 0 && k === list.length - 1 && li === lastLine);
      if (c.inline || lines.contentStart[li] !== c.start || short) { chunks = false; break; }
      if (k === 0) continue;
      let p = li - 1;
      while (p >= 0 && lines.outside(p)) p--;
      if (p < 0) { chunks = false; break; }
      const last = text.charCodeAt(lines.contentEnd[p] - 1);
      if (CLOSING.includes(String.fromCharCode(last))) { chunks = false; break; }
      let q = c.start + c.length;
      while (q < lines.contentEnd[li] && (text[q] === ' ' || text[q] === '\u3000')) q++;
      if (midWord(last) || CLAUSE_OPENING.includes(text[q] ?? '')) cut = true;
    }
    if (chunks && cut) appendAll(out, list);
  }
  return out;
}
