/**
 * Whether a text holds a few characters and strings that readers ask of the whole text before they
 * look further (a video script's `【解说】`, a row's `｜`, a keyed title's `＞`, a piece's number `001`, a string's escape `\\`).
 * Most texts hold none of them, so each such question read the whole text; and V8's search for one
 * of these is slow on Chinese text: it looks for one byte of the character first, and the full-width
 * marks and `0` share it with the CJK punctuation (`、。《》`), so each search stopped at every such
 * mark (about 1.4 ms a search on 3M characters, ten times a search for `<`). One native scan for all
 * of them answers every reader: about the time of one search in place of four.
 *
 * The answer is kept for the last text asked (the readers of one text ask in turn), as rowMarks keeps
 * its marks (outline/anatomy/tables.ts).
 */
export type RareMark = '【' | '｜' | '＞' | '001' | '\\';

const MARKS: readonly RareMark[] = ['【', '｜', '＞', '001', '\\'];
const ANY_MARK = /[【｜＞\\]|001/g;
const ALL = (1 << MARKS.length) - 1;

let heldText: string | null = null;
/** One bit for each of MARKS the text holds. */
let held = 0;

function bit(mark: string): number {
  const k = MARKS.indexOf(mark as RareMark);
  return k < 0 ? 0 : 1 << k;
}

/** Whether `text` holds `mark` anywhere. */
export function holdsRare(text: string, mark: RareMark): boolean {
  if (heldText !== text) {
    let found = 0;
    ANY_MARK.lastIndex = 0;
    // (each match names one mark; the scan stops once every mark is seen)
    for (let m = ANY_MARK.exec(text); m !== null && found !== ALL; m = ANY_MARK.exec(text)) found |= bit(m[0]);
    ANY_MARK.lastIndex = 0;
    heldText = text;
    held = found;
  }
  return (held & bit(mark)) !== 0;
}
