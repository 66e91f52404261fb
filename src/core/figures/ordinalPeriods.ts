/**
 * A period counted by an ordinal (`第一个十年`, `第二个五年`, `第3个10年`): the first decade of a plan or
 * of a century is the period's name, not a length of time the text measures (holdout16: 第一个十年
 * 扶贫纲要; ANNOTATION.md counts ordinals as no figure). A duration right after 第 + a numeral + 个
 * is dropped; 十年 alone, or 第一个 before anything but a duration, is left as it is.
 */
import type { Figure } from '../types';
import { includesCode } from '../text/charset';

const NUMERAL = '0123456789０１２３４５６７８９一二三四五六七八九十两';

function ordinalBefore(text: string, start: number): boolean {
  let k = start - 1;
  if (text[k] !== '个' && text[k] !== '個') return false;
  k--;
  let n = 0;
  while (k >= 0 && n < 4 && includesCode(NUMERAL, text.charCodeAt(k))) {
    k--;
    n++;
  }
  return n > 0 && text[k] === '第';
}

export function dropOrdinalPeriods(text: string, figs: Figure[]): Figure[] {
  let drop = false;
  for (let i = 0; i < figs.length; i++) {
    const f = figs[i];
    if (f.kind === 'duration' && ordinalBefore(text, f.start)) drop = true;
  }
  return drop ? figs.filter((f) => !(f.kind === 'duration' && ordinalBefore(text, f.start))) : figs;
}
