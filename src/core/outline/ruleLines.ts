/**
 * Compilations that part their items with a rule (`━━━━━`, `————————`, `＊＊＊`, `======`, a line of
 * the rule alone, as a news site's 发布会 round-up or a digest sets it): the headline right after the
 * rule opens an item of its own, a document beside the first, not a part of it (a subhead).
 */
import { isBlankOrCR as isBlank } from '../text/blank';

const RULE_CHARS = '━─—―-=＝*＊~～_＿═·•';

/** The line [s, e) holds only a rule: three or more rule characters of one kind (blanks round it allowed). */
export function isRuleLine(text: string, s: number, e: number): boolean {
  let p = s;
  while (p < e && isBlank(text.charCodeAt(p))) p++;
  let q = e;
  while (q > p && isBlank(text.charCodeAt(q - 1))) q--;
  if (q - p < 3 || q - p > 80) return false;
  const c = text[p];
  if (!RULE_CHARS.includes(c)) return false;
  for (let i = p + 1; i < q; i++) if (text[i] !== c) return false;
  return true;
}
