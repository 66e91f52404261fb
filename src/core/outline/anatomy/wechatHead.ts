/**
 * The head of a copied WeChat article (公众号文章): the headline, then the article's byline set a
 * field a line — `原创` (`Original` in an English interface), the author, the account's name, the
 * date — and often the account's own promotion (`收录于话题`, `#话题`, `由…出品`, `更多分析请下载…APP`)
 * before the text. Every line of that byline reads as a short title or a name, so a walk up from
 * the text takes the account's name or an editor's-note label for the title; the `原创` mark says
 * where the byline starts, and the headline is the line right above it.
 */

/** `原创`, `Original`, alone or opening the byline line (`原创 某某 某某发布 2024-03-12`). */
const ORIGINAL_MARK = /^(?:原创|原創|Original)(?:[\s\u3000]|$)/;

/** A date, as the byline gives it: `2021-06-26`, `2024年3月12日`, `2024/3/12`. */
const BYLINE_DATE = /\d{4}[-./年]\d{1,2}[-./月]\d{1,2}/;

/** How many lines with text above the text's first line are looked at for the mark. */
const LOOK = 24;

/**
 * The headline of a WeChat article's head standing above line `B` (the text's first line), or -1.
 * `S(i)` is line i's text (trimmed, empty when blank); the mark must have a date on its line or on one
 * of the four lines with text under it, and the line right above the mark must be `headlineLike`.
 */
export function wechatHeadline(S: (i: number) => string, B: number, headlineLike: (i: number) => boolean): number {
  for (let i = B - 1, seen = 0; i > 0 && seen < LOOK; i--) {
    const t = S(i);
    if (!t) continue;
    seen++;
    if (t.length > 60 || !ORIGINAL_MARK.test(t)) continue;
    let dated = BYLINE_DATE.test(t);
    for (let k = i + 1, m = 0; !dated && k < B && m < 4; k++) {
      const u = S(k);
      if (!u) continue;
      m++;
      dated = BYLINE_DATE.test(u);
    }
    if (!dated) return -1;
    let h = i - 1;
    while (h >= 0 && !S(h)) h--;
    return h >= 0 && headlineLike(h) ? h : -1;
  }
  return -1;
}
