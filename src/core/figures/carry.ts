/**
 * A figure whose own words name no measure takes the measure its sentence is about (issue 12).
 * Three kinds of phrasing, each common in reports and news on statistics:
 * - a comparison: `某指标增长8%，增幅比全国高1.2个百分点`, `这一数据高出某地3亿元`, `为全部工业增长
 *   贡献40%` — the gap or the contribution is one of the measure the sentence is about, not of the
 *   thing compared with;
 * - an elided measure: `同比增长8.1%，两年平均增长4.2%`, `占比由30.1%提高到32.5%` — the second and
 *   third figure of a sentence continue the measure of the one before (rates after rates; an amount
 *   only after 以: `某省以1200亿元居首，另一省以1100亿元…`);
 * - a subject with 以: `某省以1200亿元居首` — the amount of the measure just stated, a sentence or two back;
 * - a generic head alone (`增加值占比由…`, `产值…`): the previous measure of the sentence with that head.
 * The measure is taken from the nearest earlier figure of a compatible kind that names one, in the same
 * sentence, unless a figure of another kind that names a measure stands between (the subject with 以: up to a few hundred characters back). Linear: each figure looks back
 * over at most MAX_BACK figures.
 */
import type { Figure } from '../types';
import { gdpScope, normalizeIndicator } from './indicatorNames';
import { hasSentenceEnd } from '../text/lines';

/** Whether the name ends with 以 (`/以$/`, read by code: asked of every figure's name). */
function endsWithYi(s: string): boolean {
  return s.charCodeAt(s.length - 1) === 0x4ee5 /* 以 */;
}

/** A sentence's end (a clause's ； does not end the run of an elided measure). */
const SENTENCE_END = '。！？!?\n';
const RATE_KINDS = new Set(['percent', 'percentage-point', 'ratio']);
const COMPARISON = /高出|高于|低于|快于|慢于|好于|仅次于|距离|比.{1,10}(?:高|低|快|慢|多|少)$|贡献(?:作用)?$/;
/** Generic heads that name a measure only with their subject (rule 12). */
const GENERIC_HEADS = new Set(['增加值', '产值', '总产值', '利润', '营业收入', '销售收入', '收入', '总量', '占比', '比重']);
const MAX_BACK = 8;
/** How far back a subject with 以 looks for the measure (characters). */
const SUBJECT_REACH = 300;
/** How far back an elided measure or a comparison looks, in its sentence (characters). */
const SENTENCE_REACH = 160;

function compatible(a: Figure, b: Figure): boolean {
  if (RATE_KINDS.has(a.kind)) return RATE_KINDS.has(b.kind);
  return a.kind === b.kind;
}

/** Fills the indicator of figures that name none from their sentence's measure, in place. */
export function carryMeasures(text: string, figs: Figure[]): void {
  for (let i = 1; i < figs.length; i++) {
    const f = figs[i];
    const raw = f.indicator;
    const own = normalizeIndicator(raw);
    const compared = !!raw && COMPARISON.test(raw);
    const bySubject = !!raw && endsWithYi(raw) && raw.length <= 8 && f.kind !== 'count';
    const generic = !!own && GENERIC_HEADS.has(own);
    // an amount is elided only after 以 (某省紧随其后，以1100亿元…): a bare amount after another one is
    // more often a bound of a range (处五千元以上三万元以下罚款) than the same measure again
    const elided = !own && !compared && !bySubject && (RATE_KINDS.has(f.kind) || (f.kind === 'money' && text[f.start - 1] === '以'));
    if (!compared && !bySubject && !generic && !elided) continue;
    const reach = bySubject ? SUBJECT_REACH : SENTENCE_REACH;
    let from = f.start;
    for (let j = i - 1; j >= 0 && j >= i - MAX_BACK; j--) {
      const p = figs[j];
      if (f.start - p.end > reach) break;
      // the text between this candidate and the figure after it must stay in the sentence
      if (!bySubject && hasSentenceEnd(text, p.end, from, SENTENCE_END)) break;
      from = p.start;
      const name = normalizeIndicator(p.indicator);
      // a figure between that measures something else ends the run (甲100%，乙61个，其中30%的丙)
      if (!compatible(f, p)) {
        if (name && !bySubject) break;
        continue;
      }
      if (!name || GENERIC_HEADS.has(name)) continue;
      if (generic && !name.endsWith(own as string)) continue;
      f.indicator = p.indicator;
      break;
    }
  }
}

/** A growth rate named after the figure: `以12.5%的同比增速`, `12.5%的某某增速`, `实现超30%的高速增长`. */
const RATE_AFTER = /^的(?:同比|年均|平均|两年平均)?([\u3400-\u9fffA-Za-z0-9]{0,10}?)(?:增速|增幅|增长率|涨幅|降幅|增长速度|高速增长|快速增长|增长)/;
/** Kinds of figure whose measure can grow. */
const GROWING = new Set(['money', 'count', 'mass', 'area', 'length', 'volume', 'energy', 'percent']);
/** How far back a rate named after the figure looks for the measure that grew (characters). */
const RATE_REACH = 300;

/**
 * `某省以12.5%的增速居首`, `12.5%的某某增速`: a percent whose own words name no measure and that is followed by
 * 的 and a word of growth is the growth rate of the measure named there (某某), or, when only the growth is
 * named, of the measure the text just stated (the nearest earlier figure that names one, up to RATE_REACH
 * characters back, across sentences: the rate refers back to it). Runs before carryMeasures so that the
 * comparisons after it (`也高于平均值1.2个百分点`) carry its name. Linear: a bounded look ahead and at most
 * MAX_BACK figures back.
 */
export function ratesNamedAfter(text: string, figs: Figure[]): void {
  for (let i = 0; i < figs.length; i++) {
    const f = figs[i];
    if (f.kind !== 'percent') continue;
    const raw = f.indicator;
    if (normalizeIndicator(raw) && !(raw && endsWithYi(raw))) continue;
    const m = RATE_AFTER.exec(text.slice(f.end, f.end + 18));
    if (!m) continue;
    if (m[1] && normalizeIndicator(m[1])) {
      f.indicator = m[1];
      continue;
    }
    if (m[1]) continue;
    for (let j = i - 1; j >= 0 && j >= i - MAX_BACK; j--) {
      const p = figs[j];
      if (f.start - p.end > RATE_REACH) break;
      // an amount or a rate that names its measure; not a rank (第9位) nor a date
      if (GROWING.has(p.kind) && text[p.start - 1] !== '第' && normalizeIndicator(p.indicator)) {
        f.indicator = p.indicator;
        break;
      }
    }
  }
}

/**
 * Rule 5 of the indicator gold: whose economy a bare GDP word (GDP, 经济总量) measures is decided by the
 * text, not the word. A text whose GDP figures name regions (某省GDP, 各省份GDP, 全市生产总值) more often than
 * the nation (全国GDP, 国内生产总值) speaks of regions: its bare GDP words are filed as 地区生产总值.
 */
export function fileRegionalGdp(figs: Figure[]): void {
  let regional = 0;
  let national = 0;
  for (let i = 0; i < figs.length; i++) {
    const f = figs[i];
    const s = gdpScope(f.indicator);
    if (s === 'regional') regional++;
    else if (s === 'national') national++;
  }
  if (regional < 2 || regional <= national) return;
  for (let i = 0; i < figs.length; i++) {
    const f = figs[i];
    if (gdpScope(f.indicator) === 'ambiguous') f.indicator = '地区生产总值';
  }
}
