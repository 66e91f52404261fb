/**
 * The clause a figure stands in, read backwards from it: the passes that give a bare number its kind
 * by the words right before it (a ratio word, a verb of spending, an index quoted) look no further
 * than the clause's start, and no further than a few characters.
 */
import { includesCode } from '../text/charset';

/** What ends a clause: a window looking back stops there. */
export const CLAUSE_STOPS = '，。；！？,;!?\n';

/** Where the clause holding `start` begins (or the stretch ended by `stops`), looking back no further than `from`. */
export function clauseStart(text: string, start: number, from: number, stops: string = CLAUSE_STOPS): number {
  let k = start - 1;
  while (k >= from && !includesCode(stops, text.charCodeAt(k))) k--;
  return k + 1;
}
