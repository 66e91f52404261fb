import { findPageFurniture } from '../../src/core/outline/anatomy/pageFurniture';
import { computeLineStarts } from '../../src/core/text/lines';

/** Invented prose, cut into lines of a fixed width like a PDF's text layer (shared by the PDF tests). */
const PROSE = '我们坚持稳中求进工作总基调扎实推进各项任务落实持续改善民生福祉不断提升治理效能努力开创发展新局面';

/** `chars` characters of our own prose ending in 。; `seed` varies the wording. */
export function prose(chars: number, seed = 0): string {
  let s = '';
  for (let k = 0; s.length < chars - 1; k++) s += PROSE[(k * 7 + seed) % PROSE.length];
  return s + '。';
}

/** The paragraph cut into lines of `width` characters. */
export function wrap(paragraph: string, width: number): string[] {
  const out: string[] = [];
  for (let p = 0; p < paragraph.length; p += width) out.push(paragraph.slice(p, p + width));
  return out;
}

/** The 1-based lines page-furniture detection masks in a text. */
export function furnitureLines(text: string): number[] {
  const pf = findPageFurniture(text, computeLineStarts(text));
  const out: number[] = [];
  if (pf) pf.mask.forEach((v, i) => { if (v) out.push(i + 1); });
  return out;
}
