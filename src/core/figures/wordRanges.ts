/**
 * A range written with its unit on both ends and 到 or 至 between (`26岁到41岁`, `150元到180元`,
 * `3门至5门`): one figure, the pair of values, as docs/testing.md reads `100万元至300万元`.
 * joinUnitRanges (labelDates.ts) joins the dash and the tilde; 到 and 至 also end a change
 * (`下降2人至10人`, `由30人到50人`, `从40%提高到80%`), so the pair is joined only where no word of
 * change or of a starting point stands before its first end (rangeChange.ts).
 */
import type { Figure } from '../types';
import { joinWithNext } from './joinNext';
import { changeBefore } from './rangeChange';


export function joinWordRanges(text: string, figs: Figure[]): Figure[] {
  return joinWithNext(text, figs, wordRange);
}

function wordRange(text: string, f: Figure, g: Figure): boolean {
  if (g.start !== f.end + 1 || (text[f.end] !== '到' && text[f.end] !== '至')) return false;
  if (f.kind === 'date' || f.kind !== g.kind || f.unit === '' || f.unit !== g.unit) return false;
  if (typeof f.value !== 'number' || typeof g.value !== 'number' || g.value <= f.value) return false;
  // each end writes the unit itself after plain digits (no scale word, no approximation between)
  if (!text.slice(f.start, f.end).endsWith(f.unit) || !text.slice(g.start, g.end).endsWith(g.unit)) return false;
  if (!/^[0-9.]+$/.test(text.slice(f.start, f.end - f.unit.length)) || !/^[0-9.]+$/.test(text.slice(g.start, g.end - g.unit.length))) return false;
  if (changeBefore(text, f.start)) return false;
  f.value = [f.value, g.value];
  return true;
}
