/**
 * A page's headline stated twice: once in the page's head (under the site's chrome, over the
 * 来源/发布时间 bar or the page's buttons) and once by the document itself right above its text,
 * where a converted document may break it over two or three lines (`南县××局2018年度整体支出` /
 * `绩效评价报告` under a head line `南县××局2018年度整体支出 绩效评价报告`). Both are titles the
 * reader sees; the repeat also says exactly which lines make up the document's title block, so a
 * page's section label above it (`公开具体内容`, `详细信息`) is not taken for a 引题.
 */

/** The text compared: without spaces (a head line may keep the space where the document broke it). */
function squeeze(s: string): string {
  return s.replace(/[\s\u3000]+/g, '');
}

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
    joined = squeeze(t) + joined;
    first = i;
    k++;
    if (joined.length < 6 || (joined.match(CJK)?.length ?? 0) < 4) continue;
    let seen = 0;
    for (let h = first - 1; h >= top && seen < 40; h--) {
      const u = S(h);
      if (!u) continue;
      seen++;
      if (u.length <= 100 && squeeze(u) === joined) return { first, headline: h };
    }
  }
  return null;
}
