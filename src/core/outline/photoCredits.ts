/**
 * A photo's credit run into the text. A scraper that drops the page's paragraph breaks glues each
 * caption, credit included, to the paragraph after it: `…在贫困户家中看望。 新华社记者 某某/摄第一，
 * 创造了…`. The credit ends the caption as a full stop would, so a speech's `第一，` or `一是` right
 * after it opens its member of the run as after `。`.
 *
 * A credit here: `摄` right after `/` (or `／`) or a space, and an inline marker's first character
 * right after it. Found with indexOf (native), linear; most texts hold no `摄` at all.
 */
import { mayStartInlineCode } from './markers';

/** Offsets of the `摄` of every such credit, in text order. */
export function gluedCredits(text: string): number[] {
  const out: number[] = [];
  for (let q = text.indexOf('摄'); q >= 0; q = text.indexOf('摄', q + 1)) {
    const before = text.charCodeAt(q - 1);
    if (before !== 0x2f && before !== 0xff0f && before !== 0x20 && before !== 0x3000) continue;
    if (q + 1 < text.length && mayStartInlineCode(text.charCodeAt(q + 1))) out.push(q);
  }
  return out;
}
