/**
 * Notes at the end of a document or under a table: a `注释：` / `注：` head, then notes opened by
 * `[1]`, `①`, `1.`; or, with no head, a run of `[1]` `[2]`… lines that ends the document. Their
 * marks are note references, not numbering (zone `notes`).
 */
import { Zone, type Anatomy, type AnatomyInput } from './index';
import { firstCode, isBlankLine, shortText } from './lineText';

/** First characters of a notes head (注释, 注, 脚注, 尾注, 附注, 说明, 填表说明, 备注): 注 脚 尾 附 说 填 备. */
const isNoteHeadFirst = (c: number): boolean => c === 0x6ce8 || c === 0x811a || c === 0x5c3e || c === 0x9644
  || c === 0x8bf4 || c === 0x586b || c === 0x5907;
/**
 * `说明：`, `填表说明：`, `备注：` alone on a line: notes only where their numbered items close the
 * document or its attachment (nothing but the closing, a next attachment or the end after them);
 * elsewhere such a head may open a part of the text.
 */
const REMARKS_HEAD = /^(说明|填表说明|备注)\s*[：:]?$/;

/**
 * The head of a block of notes, alone on its line; an annotated edition letter-spaces its
 * two-character head (`注　　释`, as 选集 and 文选 print it).
 */
const NOTES_HEAD = /^(注[ \u3000]{0,3}释|注解|脚注|尾注|注|附注)\s*[：:]?$/;
/** `注：本表数据…`: a head with the (first) note on the same line. */
const NOTE_INLINE = /^(注释|注)\s*[：:]\s*\S/;
/** What opens a note: `[1]`, `［2］`, `〔3〕` (an annotated edition's), `①`, `1.`, `（1）`, `注1`. */
const NOTE_MARK = /^(\[\d{1,3}\]|［\d{1,3}］|〔\d{1,3}〕|[\u2460-\u2473]|\d{1,2}\s*[.．、]|[（(]\d{1,2}[）)]|注\s*\d{1,2})/;
const BRACKET_NOTE = /^(\[\d{1,3}\]|［\d{1,3}］)/;

export function detectNotes(input: AnatomyInput, anatomy: Anatomy): void {
  const { zone } = anatomy;
  const n = input.layout.lines.length;
  const text = input.text;
  const lines = input.layout.lines;
  const lineHead = (li: number): string => text.slice(lines.contentStart[li], Math.min(lines.contentEnd[li], lines.contentStart[li] + 12));
  for (let li = 0; li < n; li++) {
    if (!isNoteHeadFirst(firstCode(input, li)) || !notesMayStand(zone[li])) continue;
    const s = shortText(input, li, 12);
    if (s !== null && REMARKS_HEAD.test(s)) {
      li = remarks(input, zone, li, lineHead);
      continue;
    }
    const inline = s === null && NOTE_INLINE.test(lineHead(li));
    if (!(s !== null && NOTES_HEAD.test(s)) && !inline && !(s !== null && NOTE_INLINE.test(s))) continue;
    // A head alone needs notes after it.
    let next = li + 1;
    while (next < n && isBlankLine(input, next)) next++;
    if (!inline && s !== null && NOTES_HEAD.test(s) && !(next < n && NOTE_MARK.test(lineHead(next)))) continue;
    zone[li] = Zone.Notes;
    let last = li;
    for (let k = li + 1; k < n; k++) {
      if (isBlankLine(input, k)) continue;
      if (!notesMayStand(zone[k]) || !NOTE_MARK.test(lineHead(k))) break;
      for (let b = last + 1; b <= k; b++) zone[b] = Zone.Notes;
      last = k;
    }
    li = last;
  }
  // `[1]…` `[2]…` closing the document, with no head.
  let k = n - 1;
  while (k >= 0 && isBlankLine(input, k)) k--;
  let first = -1;
  let count = 0;
  for (let li = k; li >= 0; li--) {
    if (isBlankLine(input, li)) continue;
    if (!notesMayStand(zone[li]) || !BRACKET_NOTE.test(lineHead(li))) break;
    first = li;
    count++;
  }
  if (count >= 2 && first >= 0) for (let li = first; li <= k; li++) if (notesMayStand(zone[li])) zone[li] = Zone.Notes;
}

/** Marks `说明：` and its numbered notes when they end the document or an attachment; returns the last line read. */
function remarks(input: AnatomyInput, zone: Uint8Array, head: number, lineHead: (li: number) => string): number {
  const n = input.layout.lines.length;
  let last = head;
  let items = 0;
  let k = head + 1;
  for (; k < n; k++) {
    if (isBlankLine(input, k)) continue;
    if (!notesMayStand(zone[k]) || !NOTE_MARK.test(lineHead(k))) break;
    last = k;
    items++;
  }
  if (items === 0) return head;
  // (what follows the notes: the end, the closing, or the next attachment)
  if (k < n && notesMayStand(zone[k]) && !/^附\s*件/.test(lineHead(k))) return head;
  for (let b = head; b <= last; b++) if (notesMayStand(zone[b])) zone[b] = Zone.Notes;
  return last;
}

function notesMayStand(z: number): boolean {
  return z === Zone.Body || z === Zone.Attachment || z === Zone.Notes;
}
