/**
 * Where an end mark of a sentence or a clause (`。！？；：”）》】!?;:`) is followed by a blank or an
 * ASCII character: the pair every break a flattened line writes after a sentence opens with. The
 * record reader asks three questions of each long line that need such a pair: a program's token
 * after a sentence's end (sepTokens.ts), a blank joining two paragraphs (recordLines.ts, END_BLANK),
 * a part's marker after a blank (spacedFlattening). In Chinese prose a character of the language
 * follows nearly every end mark, so a plain text holds few pairs; one native scan of the text lists
 * them all, and a line with none inside it is answered without scanning it again (each question
 * scanned every long line of its own before, three scans of the text in all).
 *
 * A superset of each question's first two characters: a pair listed here is only a place to look.
 */
const PAIR = /[\u3002\uff01\uff1f\uff1b\uff1a\u201d\uff09\u300b\u3011!?;:][\x20-\x7e\u3000\u00a0\u2424\u00b6\u21b5\u23ce]/g;

let pairText = '';
/** Offsets of the pairs' end marks in pairText, ascending. */
let pairAt: number[] = [];

function pairsOf(text: string): number[] {
  if (text !== pairText) {
    const at: number[] = [];
    PAIR.lastIndex = 0;
    // (pairs may share a character, `。」` aside: `!?` then `? `; a match's next search starts one on)
    while (PAIR.test(text)) {
      at.push(PAIR.lastIndex - 2);
      PAIR.lastIndex--;
    }
    pairText = text;
    pairAt = at;
  }
  return pairAt;
}

/** Index in `at` of the first offset at or after `from` (at.length: none). */
function firstIndex(at: number[], from: number): number {
  let lo = 0;
  let hi = at.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (at[mid] < from) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Offset of the first pair's end mark at or after `from`, -1 for none. */
export function endPairFrom(text: string, from: number): number {
  const at = pairsOf(text);
  const k = firstIndex(at, from);
  return k < at.length ? at[k] : -1;
}

/** Whether a whole pair stands inside [s, e). */
export function endPairIn(text: string, s: number, e: number): boolean {
  const p = endPairFrom(text, s);
  return p >= 0 && p + 1 < e;
}

/**
 * Offset of the first pair at or after `from` whose end mark and follower pass the tests, -1 for
 * none (a narrower question's pairs, walked in the list).
 */
export function endPairWhere(text: string, from: number, mark: (c: number) => boolean, follower: (c: number) => boolean): number {
  const at = pairsOf(text);
  for (let k = firstIndex(at, from); k < at.length; k++) {
    const p = at[k];
    if (mark(text.charCodeAt(p)) && follower(text.charCodeAt(p + 1))) return p;
  }
  return -1;
}

/** Forgets the text (so a large document is not kept alive between analyses). */
export function resetEndPairs(): void {
  pairText = '';
  pairAt = [];
}
