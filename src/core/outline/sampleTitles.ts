/**
 * The first sample of a 范文 page. Such a page gives its title, a teaser, the title again, then
 * the samples, each titled with the page's title and its number (`年校长新春致辞1`,
 * `【毕业典礼校长致辞一】`, `…讲话（二）`): the numbered line opens one piece of a compilation,
 * a title at the top level like the page's (the sample number is a label, not a marker). The line
 * must repeat a title the text gave above it, word for word (spaces aside), and add only the
 * number: a line that merely ends on a numeral (`附件1`, `材料2`, `表3`) is none.
 * Kept apart from figures/sampleNumbers.ts, which reads the same pages from other evidence (see there).
 */

import { withoutSpaces } from '../text/blank';

/** Titles read so far, kept with their spaces left out; bounded (a title is short, a page has few). */
export class TitlesSeen {
  /** Kept for the life of the module: see MarkerScan.keepShape in outline/index.ts. */
  static readonly keepShape = new TitlesSeen();
  private readonly seen = new Set<string>();
  add(title: string): void {
    const k = withoutSpaces(title);
    if (k.length >= 4 && k.length <= 60 && this.seen.size < 256) this.seen.add(k);
  }
  has(title: string): boolean {
    return this.seen.has(withoutSpaces(title));
  }
}

const NUMBERED = /^【?(.+?)[\s\u3000]*(?:[（(](\d{1,2}|[一二三四五六七八九十]{1,3})[）)]|(\d{1,2}|[一二三四五六七八九十]{1,3}))】?$/;

/** Whether `s` is a title given above (`seen`) with a sample's number after it. */
export function numberedRepeat(s: string, seen: TitlesSeen): boolean {
  if (s.length > 64) return false;
  const m = NUMBERED.exec(s);
  if (!m) return false;
  // (brackets round the whole line, or none)
  if (s.startsWith('【') !== s.endsWith('】')) return false;
  return seen.has(m[1]);
}
