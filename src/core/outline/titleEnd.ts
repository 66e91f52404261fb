/**
 * Where a heading's title ends (ANNOTATION.md): the first `。；;：:！？`, the line's end, or 60
 * characters, without the spaces before that point. One rule for the engine, house rules and the
 * reader's corrections.
 */

export const TITLE_MAX = 60;

export function isTitleStop(c: string): boolean {
  return c === '。' || c === '；' || c === ';' || c === '：' || c === ':' || c === '！' || c === '？';
}

/** isTitleStop by character code: a scan reads codes, and `text[p]` makes a string of each CJK character. */
export function isTitleStopCode(c: number): boolean {
  return c === 0x3002 || c === 0xff1b || c === 59 || c === 0xff1a || c === 58 || c === 0xff01 || c === 0xff1f;
}

/** End of the title starting at `from` on a line ending at `lineEnd`; `isTrim` names the spaces dropped before it. */
export function titleEndAt(text: string, from: number, lineEnd: number, isTrim: (code: number) => boolean): number {
  let p = from;
  const limit = Math.min(lineEnd, from + TITLE_MAX);
  while (p < limit && !isTitleStopCode(text.charCodeAt(p))) p++;
  while (p > from && isTrim(text.charCodeAt(p - 1))) p--;
  return p;
}
