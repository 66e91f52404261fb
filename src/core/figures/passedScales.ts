/**
 * A bare scale word reached or passed (播放量破亿, 用户突破千万, 覆盖近千万家庭, 营收超百亿，): the scale word
 * alone is the round amount (亿 = 100000000), a figure of kind count with no unit (ANNOTATION.md: a
 * Chinese-numeral quantity counts; the gold of PDF and OCR conversions marks 破亿, 破千万, 破百万,
 * 近千万). The word before it is the evidence (scaleVerbs.ts, the list the scanner's bare scales use
 * too), kept as the figure's approximation where the engine lists one. Without such a word
 * a bare scale word stays a word (百万雄师, 千万不要, 万一, 亿万人民). 万 and 十万 alone also name a
 * great many (万家灯火, 近万里): taken only before punctuation, a blank or the text's end. A scale
 * word with a unit after it (超亿元, 超百万人次) is the scanner's reading, not this one; figures already
 * found are never overlapped.
 * One pass over the text, a few characters looked at per verb found: linear.
 */
import type { Figure } from '../types';
import { prefixApprox } from './context';
import { unitHere } from './extract';
import { namesSizeClass, passingVerbBefore, VERB_ENDS } from './scaleVerbs';

/** Scale words, longest first, with their values. */
const SCALES: Array<[string, number]> = [
  ['万亿', 1e12], ['千亿', 1e11], ['百亿', 1e10], ['十亿', 1e9], ['亿', 1e8],
  ['千万', 1e7], ['百万', 1e6], ['十万', 1e5], ['万', 1e4],
];
/** Scales that also name "a great many" as a word's first character (万家, 万里, 十万火急). */
const LOOSE = new Set(['万', '十万']);
/** Characters after a scale word that carry the number on (万一, 亿万, 千万千万, 百万余): not a bare scale. */
const NUMERAL_AFTER = '一二三四五六七八九十百千万亿两零〇余多几';

function isHan(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf);
}

/** The figures with the bare scale words after a verb of passing added, in text order. */
export function addPassedScales(text: string, figs: Figure[]): Figure[] {
  let added: Figure[] | null = null;
  let inOrder = true;
  for (let k = 1; k < figs.length && inOrder; k++) if (figs[k].start < figs[k - 1].start) inOrder = false;
  const sorted = inOrder ? figs : figs.slice().sort((x, y) => x.start - y.start);
  const n = text.length;
  // Every scale word holds 万 or 亿: the verbs are looked for only before those (found natively, one
  // cursor for each character), not at every character of the text.
  let nextW = text.indexOf('万');
  let nextY = text.indexOf('亿');
  while (nextW >= 0 || nextY >= 0) {
    let h: number;
    if (nextY < 0 || (nextW >= 0 && nextW < nextY)) { h = nextW; nextW = text.indexOf('万', h + 1); } else { h = nextY; nextY = text.indexOf('亿', h + 1); }
    // the scale word starts at h (万, 亿, 万亿) or one character before (千万, 百万, 十万, 千亿, 百亿, 十亿)
    const s = h > 0 && (text[h - 1] === '千' || text[h - 1] === '百' || text[h - 1] === '十') ? h - 1 : h;
    const i = s - 1;
    if (i < 0) continue;
    const c = text.charCodeAt(i);
    if (!VERB_ENDS.has(c)) continue;
    const verb = passingVerbBefore(text, s);
    if (!verb) continue;
    let scale: [string, number] | null = null;
    for (const sc of SCALES) if (text.startsWith(sc[0], s)) { scale = sc; break; }
    if (!scale) continue;
    const e = s + scale[0].length;
    const nx = e < n ? text.charCodeAt(e) : -1;
    if (nx >= 0 && NUMERAL_AFTER.includes(text[e])) continue;
    // 人口超千万的城市: passed and then 的 names a class of things by the size they pass, no amount
    if (namesSizeClass(verb, text, e)) continue;
    // a unit after the scale (超百万人次, 破亿元) makes the scanner's figure, not a bare scale
    if (nx >= 0 && unitHere(text, e) !== null) continue;
    if (LOOSE.has(scale[0]) && nx >= 0 && (isHan(nx) || (nx >= 0x30 && nx <= 0x39) || (nx >= 0x41 && nx <= 0x7a))) continue;
    // figures are in text order: the first one ending after s
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) { const m = (lo + hi) >> 1; if (sorted[m].end <= s) lo = m + 1; else hi = m; }
    if (lo < sorted.length && sorted[lo].start < e) continue;
    if (lo > 0 && sorted[lo - 1].end > s) continue;
    (added ??= []).push({
      start: s, end: e, text: scale[0], value: scale[1], unit: '', kind: 'count',
      approx: prefixApprox(text, s), indicator: null, relation: null, of: null, section: null,
    });
    // (the characters of the scale word just read open no other)
    while (nextW >= 0 && nextW < e) nextW = text.indexOf('万', nextW + 1);
    while (nextY >= 0 && nextY < e) nextY = text.indexOf('亿', nextY + 1);
  }
  if (!added) return figs;
  const out: Figure[] = [];
  let a = 0;
  for (const f of sorted) {
    while (a < added.length && added[a].start < f.start) out.push(added[a++]);
    out.push(f);
  }
  while (a < added.length) out.push(added[a++]);
  return out;
}
