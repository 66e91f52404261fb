/**
 * The words before a bare scale word that make it an amount (播放量破亿, 用户突破千万, 惠及近千万家庭,
 * 营收超百亿): one list for the two places that read bare scales — the scanner's Chinese numeral
 * without a digit (roundBare.ts) and the pass that adds a scale word standing alone (passedScales.ts),
 * which before kept two lists that disagreed (达到 in one, 破/将近/接近 and the 最近/赶超 guards in the other).
 */

/** Words of reaching or passing, longest first so that 突破 is found before 破 and 将近 before 近. */
const VERBS = ['突破', '超过', '达到', '将近', '接近', '破', '超', '逾', '近'];
/** Approximators: the amount is near the scale, so 近百万的游客 is still an amount. */
const NEARLY = new Set(['近', '将近', '接近']);
/** Characters before 近 that make another word (最近, 附近, 靠近, 亲近, 临近, 就近, 贴近, 邻近, 远近). */
const NOT_BEFORE_JIN = '最附靠亲临就贴邻远';

/** The last characters of the words, for a cheap first test before the list is walked. */
export const VERB_ENDS: ReadonlySet<number> = new Set(VERBS.map((v) => v.charCodeAt(v.length - 1)));

/** The word of reaching or passing that ends just before `pos`, or null. */
export function passingVerbBefore(text: string, pos: number): string | null {
  for (const v of VERBS) {
    if (pos < v.length || !text.startsWith(v, pos - v.length)) continue;
    const vs = pos - v.length;
    if (v === '近' && vs > 0 && NOT_BEFORE_JIN.includes(text[vs - 1])) return null;
    if (v === '超' && vs > 0 && text[vs - 1] === '赶') return null;
    return v;
  }
  return null;
}

/**
 * A threshold word before the scale and 的 after it name a class of things by the size they pass
 * (人口超千万的城市, 超千万人次的机场): no amount, as 亿元以上项目 is refused. `after` is where the
 * figure would end (past its classifier, if any).
 */
export function namesSizeClass(verb: string, text: string, after: number): boolean {
  return !NEARLY.has(verb) && text[after] === '的';
}
