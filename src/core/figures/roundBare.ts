/**
 * A round amount said with a bare two-character scale word and no digit (突破万亿, 惠及近千万家庭,
 * 超百万人): after an approximator or a threshold verb the scale word is the amount itself, as
 * 近万名 and 超亿元 already are. Elsewhere 千万 is mostly the adverb (千万不要) and 百万/千万 a size
 * (百万大军, 千万家庭受益), so the word before decides. 上千万/成千上万 stay vague (not taken).
 */
import { namesSizeClass, passingVerbBefore } from './scaleVerbs';

const BARE_SCALES = ['千万', '百万', '万亿', '千亿', '百亿'];

/**
 * `after` is where the figure would end (past its classifier, if any): a threshold word before and
 * 的 after name a class of things by the size they pass (人口超千万的城市, 超千万人次的机场), no
 * amount, as 亿元以上项目 is refused; 近百万的特种兵 stays an amount.
 */
export function roundBareScale(text: string, start: number, end: number, after: number = end): boolean {
  if (end - start !== 2) return false;
  const w = text.slice(start, end);
  if (!BARE_SCALES.includes(w)) return false;
  const verb = passingVerbBefore(text, start);
  return verb !== null && !namesSizeClass(verb, text, after);
}
