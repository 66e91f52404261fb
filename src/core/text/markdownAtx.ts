/**
 * A Markdown ATX heading's opening (`## 一、…`), read from raw text where no Markdown parser ran:
 * inside a program's string literal or a record's escaped text.
 */

/**
 * The length of the hashes (one to six) at `p` and the blanks (space, ideographic space) after
 * them, read no further than `end`; 0 when no hash stands at `p` or no blank follows the hashes.
 * What must follow (words, the line's end) is for each caller to ask.
 */
export function atxPrefix(text: string, p: number, end: number): number {
  let q = p;
  while (q < end && q - p < 6 && text.charCodeAt(q) === 35) q++;
  if (q === p || (text.charCodeAt(q) !== 32 && text.charCodeAt(q) !== 0x3000)) return 0;
  while (q < end && (text.charCodeAt(q) === 32 || text.charCodeAt(q) === 0x3000)) q++;
  return q - p;
}
