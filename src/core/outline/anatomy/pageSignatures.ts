/**
 * A scanned book's front matter signed at the foot of its page: a 说明 or 编印说明 closes with the
 * issuing body over the date (`某某市委宣传组` / `一九七六年四月二十日`), and the page ends there. The two
 * lines are the piece's 落款 (zone `closing`), not a title over the next page: before, the signature
 * read as a title, and the book's pieces that follow hung under it.
 */
import type { Anatomy, AnatomyInput } from './index';
import { Zone } from './index';

/** A date line: `一九七六年四月二十日`, `一九七八年七月`, `1976年4月20日`. */
const DATE_LINE = /^[一二三四五六七八九〇○零0-9０-９]{4}年[一二三四五六七八九十0-9０-９]{1,2}月(?:[一二三四五六七八九十0-9０-９]{1,3}日)?$/;
/** Longest signature: an issuing body's name. */
const MAX_SIGNATURE = 24;

export function detectPageSignatures(input: AnatomyInput, anatomy: Anatomy): void {
  const { text, layout } = input;
  const lines = layout.lines;
  const { contentStart: cs, contentEnd: ce } = lines;
  const zone = anatomy.zone;
  const n = lines.length;
  const next = (i: number): number => {
    let j = i + 1;
    while (j < n && lines.empty(j)) j++;
    return j;
  };
  for (let i = 0; i < n; i++) {
    if (lines.empty(i) || zone[i] !== Zone.Body || ce[i] - cs[i] > MAX_SIGNATURE) continue;
    const j = next(i);
    if (j >= n || zone[j] !== Zone.Body || ce[j] - cs[j] > 12 || !DATE_LINE.test(text.slice(cs[j], ce[j]))) continue;
    const k = next(j);
    // the page ends under the date (its break, or the text's end), and running text stands above
    if (k < n && zone[k] !== Zone.Furniture) continue;
    let p = i - 1;
    while (p >= 0 && lines.empty(p)) p--;
    if (p < 0 || zone[p] !== Zone.Body || ce[p] - cs[p] <= MAX_SIGNATURE) continue;
    const s = text.slice(cs[i], ce[i]);
    if (/[。！？；，、：:,]/.test(s)) continue;
    zone[i] = Zone.Closing;
    zone[j] = Zone.Closing;
  }
}
