/**
 * Where a heading's title ends (ANNOTATION.md): the first `。；;：:！？`, the line's end, or 60
 * characters, without the spaces before that point. One rule for the engine, house rules and the
 * reader's corrections.
 */
import { isDigitCode } from '../text/digits';

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
  while (p < limit && (!isTitleStopCode(text.charCodeAt(p)) || entityEndAt(text, from, p) || clockColonAt(text, p))) p++;
  while (p > from && isTrim(text.charCodeAt(p - 1))) p--;
  return p;
}

/**
 * Whether the `;` at `p` closes an HTML entity (`&emsp;`, `&nbsp;`, `&#12288;`, `&amp;`) that
 * starts at or after `from`: a Markdown copy's markup, not the end of a clause.
 */
export function entityEndAt(text: string, from: number, p: number): boolean {
  if (text.charCodeAt(p) !== 59) return false;
  let q = p - 1;
  const stop = Math.max(from, p - 9);
  while (q >= stop) {
    const c = text.charCodeAt(q);
    if (c === 38) return q < p - 1;
    const alnum = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 35;
    if (!alnum) return false;
    q--;
  }
  return false;
}

/**
 * Whether the colon at `p` is a clock time's (`上午10:00-11:00，大会开幕式`, `下午2：30`): a digit
 * before it and exactly two after it. The time is part of the title, not the end of a clause.
 */
export function clockColonAt(text: string, p: number): boolean {
  const c = text.charCodeAt(p);
  if (c !== 58 && c !== 0xff1a) return false;
  return p > 0 && isDigitCode(text.charCodeAt(p - 1)) && isDigitCode(text.charCodeAt(p + 1)) && isDigitCode(text.charCodeAt(p + 2)) && !isDigitCode(text.charCodeAt(p + 3));
}
