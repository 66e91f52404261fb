/**
 * An approximate range said with two neighbouring Chinese numerals (fig34): `两三百年以前`, `抽调两三个人`,
 * `三四十人`, `七八十岁`, `二三十万元`. A speech or a 党课 says "two or three hundred years" so;
 * the golds of study39 and study42 write one figure whose value is the pair (`两三百年` → [200, 300],
 * unit 年, kind duration; `两三个` → [2, 3], count), as a range written with digits is. Only before a
 * measure word of the list below; not 五六十年代 (a decade's name), 三四月份 (months), 乱七八糟, 七八成
 * (no unit here), nor after 第, 星期, 初 or inside a number (一二三四). `一两个`, `一两天` are left ("a
 * couple", and 一两 is also the liang: figures.test.ts keeps `来了一两个人` unread). Figures already read are left
 * as they are (no overlap). Linear: one regular-expression pass over the text.
 */
import type { Figure, FigureKind } from '../types';

const PAIRS: Record<string, [number, number]> = {
  两三: [2, 3], 二三: [2, 3], 三四: [3, 4], 四五: [4, 5], 五六: [5, 6], 六七: [6, 7], 七八: [7, 8], 八九: [8, 9],
};
const SCALES: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const BIG: Record<string, number> = { 万: 1e4, 亿: 1e8 };
/** Measure words after the range, the unit the figure keeps, and its kind. */
const UNITS: [string, string, FigureKind][] = [
  ['个小时', '个小时', 'duration'], ['个月', '个月', 'duration'], ['分钟', '分钟', 'duration'], ['小时', '小时', 'duration'],
  ['公里', '公里', 'length'], ['公斤', '公斤', 'mass'], ['平方米', '平方米', 'area'],
  ['年', '年', 'duration'], ['天', '天', 'duration'], ['岁', '岁', 'duration'], ['周', '周', 'duration'],
  ['个', '个', 'count'], ['人', '人', 'count'], ['家', '家', 'count'], ['名', '名', 'count'], ['户', '户', 'count'],
  ['次', '次', 'count'], ['位', '位', 'count'], ['元', '元', 'money'], ['米', '米', 'length'], ['斤', '斤', 'mass'],
  ['吨', '吨', 'mass'], ['亩', '亩', 'area'], ['倍', '倍', 'ratio'],
];
/** No measure word after a range of tens of thousands or more. */
const BARE: [string, string, FigureKind] = ['', '', 'count'];
const RANGE = /(两三|二三|三四|四五|五六|六七|七八|八九)([十百千])?([万亿])?/g;
/** Characters before the range that make it part of a number, an ordinal or a name. */
const NOT_AFTER = '一二两三四五六七八九十百千万亿零〇第初周期乱之';

function overlaps(figs: Figure[], a: number, b: number): boolean {
  // (figures are sorted by start: a binary search finds the first that may overlap)
  let lo = 0;
  let hi = figs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (figs[mid].end <= a) lo = mid + 1;
    else hi = mid;
  }
  return lo < figs.length && figs[lo].start < b;
}

export function readApproxRanges(text: string, figs: Figure[]): Figure[] {
  if (!/(两三|二三|三四|四五|五六|六七|七八|八九)/.test(text)) return figs;
  let added: Figure[] | null = null;
  for (const m of text.matchAll(RANGE)) {
    const start = m.index!;
    const prev = text[start - 1] ?? '';
    if (prev && NOT_AFTER.includes(prev)) continue;
    if (start >= 2 && text.startsWith('星期', start - 2)) continue;
    let p = start + m[0].length;
    // 三四十万, 五六百万: with 万 or 亿 the range is tens of thousands or more, a figure with no measure
    // word after it too, as a bare 二十万 is (kind count, unit ""; figrec46)
    const u = UNITS.find(([w]) => text.startsWith(w, p)) ?? (m[3] ? BARE : undefined);
    if (!u) continue;
    const [word, unit, kind] = u;
    const after = text[p + word.length] ?? '';
    // 五六十年代, 两三年级: a decade's or a class's name (三四月: months, no unit above)
    if (word === '年' && (after === '代' || after === '级' || after === '度')) continue;
    const scale = (m[2] ? SCALES[m[2]] : 1) * (m[3] ? BIG[m[3]] : 1);
    p += word.length;
    if (overlaps(figs, start, p)) continue;
    const [a, b] = PAIRS[m[1]];
    (added ??= []).push({
      start, end: p, text: text.slice(start, p), value: [a * scale, b * scale], unit, kind,
      approx: null, indicator: null, relation: null, of: null, section: null,
    });
  }
  if (!added) return figs;
  return figs.concat(added).sort((x, y) => x.start - y.start);
}
