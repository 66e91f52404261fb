/**
 * Measures written in two parts (figures43): a compound measure of two units, the larger first
 * (`28公里300米` → 28300 米, `1米65厘米` → 165 厘米), and a multiple with a half (`两倍半` → 2.5 倍).
 * ANNOTATION.md: a figure's text is the number with its units, its value the number they make.
 */
import type { Figure } from '../types';

/** The larger unit, the smaller one written right after it, and how many of the smaller make one larger. */
const COMPOUNDS: [string, string, number][] = [
  ['公里', '米', 1000], ['千米', '米', 1000], ['米', '厘米', 100], ['米', '公分', 100],
  ['吨', '公斤', 1000], ['吨', '千克', 1000], ['公斤', '克', 1000], ['千克', '克', 1000],
];

/** What may follow `N倍半` for the 半 to be a half of the multiple: a clause's end, 的, 以上, 多, 左右 (not 倍半径, 两倍半长). */
const HALF_CLOSERS = '，。、；：！？,.;:)）”」’"\' \n\r\t的以多左还';

function plainNumber(f: Figure): f is Figure & { value: number } {
  return typeof f.value === 'number' && Number.isFinite(f.value) && f.value >= 0;
}

export function joinMeasureForms(text: string, figs: Figure[]): Figure[] {
  let out: Figure[] | null = null;
  for (let i = 0; i < figs.length; i++) {
    const f = figs[i];
    // 两倍半, 一倍半: the half belongs to the multiple
    if (f.unit === '倍' && f.kind === 'ratio' && plainNumber(f) && text[f.end] === '半' && f.text.endsWith('倍')
      && (f.end + 1 >= text.length || HALF_CLOSERS.includes(text[f.end + 1]))) {
      f.end += 1;
      f.text += '半';
      f.value += 0.5;
    }
    const g = figs[i + 1];
    if (g && g.start === f.end && g.kind === f.kind && plainNumber(f) && plainNumber(g) && Number.isInteger(f.value) && Number.isInteger(g.value)
      && f.approx === null && g.approx === null) {
      const pair = COMPOUNDS.find(([big, small]) => f.unit === big && g.unit === small && f.text.endsWith(big) && g.text.endsWith(small));
      if (pair && g.value < pair[2]) {
        // (a third part, 3米20厘米5毫米, is left as written)
        if (!out) out = figs.slice(0, i);
        out.push({ ...f, end: g.end, text: f.text + g.text, value: f.value * pair[2] + g.value, unit: g.unit });
        i++;
        continue;
      }
    }
    if (out) out.push(f);
  }
  return out ?? figs;
}

/** Temperature units after a number below zero. */
const BELOW_ZERO_UNITS = ['摄氏度', '℃', '°C', '度'];

/** The temperature unit written at p (one space allowed before it): its text and where it ends, or null. */
export function temperatureUnitAt(text: string, p: number): { unit: string; end: number } | null {
  let q = p;
  if (text[q] === ' ') q++;
  for (const u of BELOW_ZERO_UNITS) if (text.startsWith(u, q)) return { unit: u, end: q + u.length };
  return null;
}
