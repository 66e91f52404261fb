/**
 * A page's headline stated twice: once in the page's head (under the site's chrome, over the
 * 来源/发布时间 bar or the page's buttons) and once by the document itself right above its text,
 * where a converted document may break it over two or three lines (`南县××局2018年度整体支出` /
 * `绩效评价报告` under a head line `南县××局2018年度整体支出 绩效评价报告`). Both are titles the
 * reader sees; the repeat also says exactly which lines make up the document's title block, so a
 * page's section label above it (`公开具体内容`, `详细信息`) is not taken for a 引题.
 */

import { withoutSpaces } from '../../text/blank';


const CJK = /[\u3400-\u9fff]/g;

/**
 * Looks for the title block ending at line `T` (one to three non-blank lines, bottom up) among the
 * lines above it: returns the block's first line and the head line that states the same words, or
 * null. `S(i)` is line i's text ('' for a blank line); `top` is the first line the search may reach.
 * The words must read as a headline: six characters or more, four of them Chinese, each line of
 * the block 60 characters or less, the head line 100 or less.
 */
export function repeatedTitleBlock(S: (i: number) => string, T: number, top: number): { first: number; headline: number } | null {
  let joined = '';
  let first = T;
  for (let k = 0, i = T; k < 3 && i >= top; i--) {
    const t = S(i);
    if (!t) continue;
    if (t.length > 60) return null;
    // without spaces: a head line may keep the space where the document broke it
    joined = withoutSpaces(t) + joined;
    first = i;
    k++;
    if (joined.length < 6 || (joined.match(CJK)?.length ?? 0) < 4) continue;
    let seen = 0;
    for (let h = first - 1; h >= top && seen < 40; h--) {
      const u = S(h);
      if (!u) continue;
      seen++;
      if (u.length <= 100 && withoutSpaces(u) === joined) return { first, headline: h };
    }
  }
  return null;
}

/** A speech's title: `……在××会议上的讲话`, `在××大会上的发言材料`, `××在××仪式上的致辞`. */
const SPEECH_TITLE = /在[^，。；：！？,;:!?]{2,50}上的(讲话|發言|发言|講話|致辞|致辭|讲稿|主持词|总结讲话|报告|報告)/;

export function isSpeechTitle(s: string): boolean {
  return s.length <= 60 && SPEECH_TITLE.test(s);
}

/**
 * A page that puts its chrome between the headline and the text (a forum's 楼主, 跳转到指定楼层,
 * `发表于 … | 只看该作者` bar) leaves the walk up from the first paragraph stuck on lines it cannot
 * read. A speech's title standing above the text with only short lines between (no prose, none
 * longer than 80 characters) is the page's title by its shape: returns its line, or -1. Looks at
 * most 40 non-blank lines above `B`; `short(i)` tells whether line i is such a short line of the body.
 */
export function speechTitleAbove(S: (i: number) => string, B: number, short: (i: number) => boolean, title: (s: string) => boolean): number {
  let seen = 0;
  for (let i = B - 1; i >= 0 && seen < 40; i--) {
    const t = S(i);
    if (!t) continue;
    seen++;
    if (!short(i) || t.length > 80) return -1;
    if (t.length <= 60 && SPEECH_TITLE.test(t) && title(t)) return i;
  }
  return -1;
}

/**
 * A title a page prints twice on two lines running (`山南市立法条例` / `山南市立法条例`, the page's
 * heading and the document's own, no blank between): two copies of one title, each a title (the
 * second, right over the text, heads the parts), not a title over a line of text. The first such pair among the page's first `most` lines with
 * text, before any line `stop` ends the head at (a numbered part); the pair's words read as a title
 * (`isTitle`), six characters or more, 60 at most, and the line after the pair says something else.
 * Returns the pair's first line, or -1.
 */
export function doubledTitleLine(S: (i: number) => string, n: number, most: number, stop: (i: number) => boolean, isTitle: (s: string) => boolean): number {
  let prev = -1;
  let seen = 0;
  for (let i = 0; i < n && seen < most; i++) {
    const t = S(i);
    if (!t) { prev = -1; continue; }
    seen++;
    if (stop(i)) return -1;
    if (prev >= 0 && t.length >= 6 && t.length <= 60 && withoutSpaces(t) === withoutSpaces(S(prev)) && isTitle(t)) {
      const after = i + 1 < n ? S(i + 1) : '';
      if (!after || withoutSpaces(after) !== withoutSpaces(t)) return prev;
    }
    prev = i;
  }
  return -1;
}
