/**
 * A figure of repetition is no enumeration: `第一是保护，第二是保护，第三还是保护` says one thing three
 * times for weight. A run of markers inside paragraphs whose members all say the very same words
 * (up to the first clause mark), chained by commas in one sentence (each member's words, a comma,
 * the next member), names no parts: its members are taken out. Only runs wholly inside paragraphs (a line-start `一、` stays numbering whatever follows it).
 */
import { activeRunMembers, type Candidate } from './runs';
import { appendAll } from '../text/arrays';

const STOPS = '，,、。；;：:！？!?';

/** The words a member opens with: up to the first clause mark, at most 16 characters. */
function opening(text: string, c: Candidate, limit: number): string {
  const end = Math.min(text.length, c.titleStart + 16, limit);
  let q = c.titleStart;
  while (q < end && !STOPS.includes(text[q]) && text[q] !== '\n') q++;
  return text.slice(c.titleStart, q).trim();
}

/** Returns the indices of the members of such runs (all active now). */
export function echoRuns(cands: Candidate[], active: boolean[], text: string): number[] {
  const members = activeRunMembers(cands, active);
  const out: number[] = [];
  for (const list of members.values()) {
    if (list.length < 2 || list.some((i) => !cands[i].inline)) continue;
    let first: string | null = null;
    let same = true;
    for (let k = 0; k < list.length && same; k++) {
      const i = list[k];
      const limit = k + 1 < list.length ? cands[list[k + 1]].start : text.length;
      const w = opening(text, cands[i], limit);
      // (one chain of clauses: each member's words end at a comma, the next member right after it)
      const after = cands[i].titleStart + w.length;
      const chained = k + 1 === list.length || ((text[after] === '，' || text[after] === ',') && cands[list[k + 1]].start - after <= 2);
      if (w.length === 0 || !chained) same = false;
      else if (first === null) first = w;
      else same = w === first;
    }
    if (same) appendAll(out, list);
  }
  return out;
}
