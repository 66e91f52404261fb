/**
 * Distributive lists whose members are named away from their figures (issue 12, rule 7 of the
 * indicator gold):
 * - `甲服务业、乙服务业，持续较快增长，同比分别增长8.1%和9.2%` — the list is an earlier clause of the
 *   sentence, not the words right before the figures;
 * - `甲企业、乙企业、丙企业的营业收入同比分别增长…` — a long list whose shared head (营业收入) is written once
 *   after the last member, and a scope qualifier (规模以上) once before the first;
 * - `…分别增长8.1%和9.2%，两年平均增长4.5%和5.0%`, `…增速分别为5.1%、6.2%，占某某比重分别为56.2%和34.7%`
 *   — a second run of as many figures in the same sentence continues the members of the first.
 * Linear: each run looks back a bounded number of characters (REACH) once.
 */
import type { Figure } from '../types';
import { normalizeIndicator } from './indicatorNames';
import { hasSentenceEnd } from '../text/lines';
import { includesCode } from '../text/charset';

/** How far back the list of members may stand from its run of figures (characters). */
const REACH = 160;
/** What ends a sentence, and the end of a markup tag left in web text. */
const SENTENCE_STOPS = '。；;！？!?\n>';
/** Single characters that join the figures of one run (8.1%、9.2%和7.0%). */
const JOINERS = '、和及与';
const RATE_KINDS = new Set(['percent', 'percentage-point', 'ratio']);
/** Heads a list of measures shares, written once after the last member; longest first. */
const SHARED_HEADS = [
  '营业收入', '主营业务收入', '增加值', '排放量', '产量', '产能', '产值', '浓度', '收入', '支出', '利润', '投资', '总额', '销售额',
  '用户', '面积', '里程', '人数', '数量', '销量', '出口额', '进口额', '交易额', '余额', '出口', '进口',
].sort((a, b) => b.length - a.length);
/** Words at the head of a list clause that open it (尤其是甲、乙), not a part of the first member. */
const OPENING = /^(?:尤其是|特别是|其中|其次|同时|此外|另外|而且|以及|包括|主要是|分别是|依次是|其中的)/;
/** Tails of the last member that state the rate or the relation (甲增速, 乙的营业收入同比), not the measure. */
const TAIL = /(?:同比|增速|增幅|增长率|增长速度|涨幅|降幅|比重|占比|年均增长|平均增长|增长|的)+$/;
/** Modifiers that split one noun into parallel parts (城镇和农村居民…, 第一、第二、第三产业…, 中央和地方…). */
const PARALLEL = /^(?:城镇|农村|城乡|城市|中央|地方|国内|国外|境内|境外|东部|中部|西部|东北|男性|女性|第[一二三四五六七八九十])/;
/** Scope words at the head of a list clause (我国甲、乙): where, not what. */
const SCOPE = /^(?:我国|全国|全省|全市|全区|全县|我省|我市|我区|我县|本市|本省)/;
/** Scope qualifiers written once before the first member of a list of sectors (规模以上甲、乙). */
const QUALIFIER = /^(?:规模以上|规上|限额以上|限上)/;

function sameClass(a: Figure, b: Figure): boolean {
  return RATE_KINDS.has(a.kind) ? RATE_KINDS.has(b.kind) : a.kind === b.kind;
}

/**
 * The members of a list clause, or null when the clause is not a list of `k` short names (all Chinese,
 * no figure, no clause inside).
 */
function membersOf(clause: string, k: number): string[] | null {
  let t = clause.replace(/^[\s　]+|[\s　]+$/g, '').replace(OPENING, '').replace(SCOPE, '');
  if (!/^[\u3400-\u9fff、“”]+$/.test(t)) return null;
  let members = t.split('、');
  if (members.length !== k) {
    // 甲和乙 (two members, no 、): only when the one joiner splits the name in two of two characters or more
    if (k !== 2 || members.length !== 1) return null;
    const parts = t.split(/[和及与]/);
    if (parts.length !== 2) return null;
    members = parts;
  }
  const last = members[members.length - 1].replace(TAIL, '');
  members[members.length - 1] = last;
  if (!members.every((m) => m.length >= 2 && m.length <= 24)) return null;
  // a scope qualifier written once before the first member goes to all, when the members are sectors
  // (规上甲、乙), not measures of their own (规模以上工业增加值、社会消费品零售总额)
  const q = QUALIFIER.exec(members[0]);
  const shareQualifier = !!q && !/(?:值|额|量|率|数|价|指数|收入|支出|投资|产能)$/.test(members[0]);
  // parallel modifiers of one noun (城镇和农村居民人均可支配收入, 第一、第二、第三产业投资): the short
  // members, all as long as each other, take the rest of the last member after its modifier
  const head = SHARED_HEADS.find((h) => last.endsWith(h) && last.length > h.length + 1);
  const lastMod = PARALLEL.exec(last);
  if (lastMod && last.length > lastMod[0].length + 1 && members.slice(0, -1).every((m) => PARALLEL.exec(m)?.[0] === m)) {
    const rest = last.slice(lastMod[0].length);
    for (let i = 0; i < members.length - 1; i++) members[i] += rest;
  } else if (head) {
    let own = last.slice(0, last.length - head.length);
    if (own.endsWith('的')) own = own.slice(0, -1);
    members[members.length - 1] = own + head;
    for (let i = 0; i < members.length - 1; i++) {
      const m = members[i];
      if (!SHARED_HEADS.some((h) => m.endsWith(h)) && !/(?:数|率|额|价|费|金|量|值)$/.test(m)) members[i] = m + head;
    }
  }
  if (q && shareQualifier) for (let i = 1; i < members.length; i++) if (!QUALIFIER.test(members[i])) members[i] = q[0] + members[i];
  return members.every((m) => normalizeIndicator(m)) ? members : null;
}

/** Fills the member names of runs of figures that say 分别 (or continue such a run), in place. */
export function distributedRuns(text: string, figs: Figure[]): void {
  let prev: { end: number; names: string[] } | null = null;
  let i = 0;
  while (i < figs.length) {
    let j = i + 1;
    while (j < figs.length && figs[j].start - figs[j - 1].end === 1 && JOINERS.includes(text[figs[j - 1].end]) && sameClass(figs[i], figs[j])) j++;
    const k = j - i;
    if (k < 2 || k > 8) {
      i = j;
      continue;
    }
    const first = figs[i];
    // the sentence before the run, at most REACH characters, from the end of the previous figure
    const floor = Math.max(0, first.start - REACH, i > 0 ? figs[i - 1].end : 0);
    let s = first.start;
    while (s > floor && !includesCode(SENTENCE_STOPS, text.charCodeAt(s - 1))) s--;
    const before = text.slice(s, first.start);
    const says = before.lastIndexOf('分别');
    let names: string[] | null = null;
    if (says >= 0 && first.start - s - says <= 12) {
      // the clause the 分别 stands in, then the earlier clauses of the sentence, nearest first
      const clauses = before.slice(0, says).split(/[，,：:]/);
      for (let c = clauses.length - 1; c >= 0 && !names; c--) names = membersOf(clauses[c], k);
    }
    // a second run of as many figures in the same sentence whose members have no names of their own (one
    // name for all, or none) continues the first (…分别增长8.1%和9.2%，两年平均增长4.5%和5.0%)
    if (!names && prev && prev.names.length === k && first.start - prev.end <= REACH && !hasSentenceEnd(text, prev.end, first.start, SENTENCE_STOPS)) {
      const own = figs.slice(i, j).map((f) => normalizeIndicator(f.indicator));
      if (own.every((n) => n === own[0]) && (says >= 0 || !own[0])) names = prev.names;
    }
    if (names) for (let m = 0; m < k; m++) figs[i + m].indicator = names[m];
    prev = names ? { end: figs[j - 1].end, names } : null;
    i = j;
  }
}

/**
 * Rule 7, one figure for several measures (`以甲代煤、以乙代煤300万户`, `甲试点和乙服务扩大到85%`): the
 * figure takes the first measure named, with the head the last one writes for both. Only a pair of
 * names of four characters or more (困难和重度残疾人, 领导和专家 are one group, kept whole).
 */
export function firstOfPair(figs: Figure[]): void {
  for (let i = 0; i < figs.length; i++) {
    const f = figs[i];
    const name = normalizeIndicator(f.indicator);
    if (!name || name.length < 9 || name.length > 30 || name.includes('等')) continue;
    // (批发和零售业, 软件和信息技术服务业: a sector's own name holds 和)
    if (/和[\u3400-\u9fff]*业/.test(name)) continue;
    const parts = name.split(/[、和]/);
    // (a name may end in a letter or a digit of its own: 广义货币M2)
    if (parts.length !== 2 || !parts.every((p) => p.length >= 4 && p.length <= 14 && /^[\u3400-\u9fff]+[A-Za-z0-9]{0,3}$/.test(p))) continue;
    // a pair of things counted or done, not of measures whose shared head is a rate, a level or a total
    // (甲和乙地区生产总值, 甲和乙水质达标率: the head cannot be placed), nor a modifier (创新型、专精特新企业)
    if (/(?:率|值|重|指数|价格|总额|总量|收入|支出|产量)$/.test(parts[1]) || /[型性级类式]$/.test(parts[0])) continue;
    if (/惠及|实现|达到|使用|覆盖/.test(name)) continue;
    const head = SHARED_HEADS.find((h) => parts[1].endsWith(h) && parts[1].length > h.length + 1);
    const first = head && !SHARED_HEADS.some((h) => parts[0].endsWith(h)) && !/[A-Za-z0-9]$/.test(parts[0]) ? parts[0] + head : parts[0];
    if (normalizeIndicator(first)) f.indicator = first;
  }
}
