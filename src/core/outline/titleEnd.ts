/**
 * Where a heading's title ends (ANNOTATION.md): the first `。；;：:！？`, the line's end, or 60
 * characters, without the spaces before that point. One rule for the engine, house rules and the
 * reader's corrections.
 */

export const TITLE_MAX = 60;

export function isTitleStop(c: string): boolean {
  return c === '。' || c === '；' || c === ';' || c === '：' || c === ':' || c === '！' || c === '？';
}

/** End of the title starting at `from` on a line ending at `lineEnd`; `isTrim` names the spaces dropped before it. */
export function titleEndAt(text: string, from: number, lineEnd: number, isTrim: (code: number) => boolean): number {
  let p = from;
  const limit = Math.min(lineEnd, from + TITLE_MAX);
  while (p < limit && !isTitleStop(text[p])) p++;
  while (p > from && isTrim(text.charCodeAt(p - 1))) p--;
  return p;
}
