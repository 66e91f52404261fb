/**
 * Figures of a running sentence whose own words name no measure, where the sentence gives it
 * (issue 12, rule 1 and 2 of the indicator gold). Four kinds of phrasing, common in work reports
 * and statistical prose:
 * - two amounts written one right after the other (`某某道路51条100余公里`, `某某对象3004户7917人`):
 *   the second is another amount of the same thing;
 * - a level changed to another (`由3004户增加到现在的3381户`): the second level measures what the
 *   first did;
 * - a share with no subject of its own (`完成投资46.5亿元，占年度计划的89.3%`): the share is of the
 *   amount just stated, not of the base it is taken against;
 * - a later clause with only a verb before a count in the same unit (`排查隐患2802个，整改2698个`,
 *   `项目共有35个，其中年初确定12个，…又增加了23个`): the verb acts on the thing the earlier
 *   count named.
 * Each figure looks back at most MAX_BACK figures and REACH characters, within its sentence. Linear.
 */
import type { Figure } from '../types';
import { normalizeIndicator } from './indicatorNames';
import { hasSentenceEnd } from '../text/lines';
import { codeTable, includesCode } from '../text/charset';

const MAX_BACK = 6;
/** How far back the figure that names the measure may stand (characters). */
const REACH = 80;
const SENTENCE_END = '。；;！？!?\n';
const RATE_KINDS = new Set(['percent', 'percentage-point', 'ratio']);
const AMOUNT_KINDS = new Set(['money', 'count', 'mass', 'area', 'length', 'volume', 'energy']);
/** A change of level between two figures of one clause (由甲增加到乙, 从甲提高至乙). */
const CHANGED_TO = /(?:增加|提高|提升|上升|增长|下降|降低|减少|扩大|缩小|压缩|调整|降|升|增)(?:到|至)(?:现在|目前|当前|今年|本年|年底|年末)?的?$/;
/**
 * Verbs that act on a counted thing and name none (整改, 确定, 新增…): a clause holding only one of them
 * before a count speaks of the thing an earlier count of the sentence named.
 */
const BARE_VERBS = new Set([
  '确定', '整改', '增加', '新增', '完成', '解决', '办结', '落实', '开工', '竣工', '投产', '建成', '签约', '落地', '处理', '查处',
  '受理', '审结', '化解', '销号', '立案', '结案', '整治', '拆除', '关闭', '取缔', '验收', '通过', '启动', '核实', '办理', '调处',
  '答复', '清理', '追回', '挽回', '到位', '开业', '入驻', '建设', '推进', '调整', '补充', '减少', '退出',
]);
/** Time words, adverbs and particles around a bare verb in its clause (其中年初确定, 下半年又增加了). */
const VERB_HEAD = /^(?:其中|同时|平均每天|平均每月|平均每年|每天|每日|每月|每年|日均|另外|此外|全年|今年|去年|当年|目前|现已|年初|年中|年底|年末|上半年|下半年|前三季度|[一二三四]季度|[0-9一二三四五六七八九十]{1,2}月(?:份|底|末)?|另|又|再|还|已|已经|共|先后|累计|陆续|均|都|也)+/;
const VERB_TAIL = /(?:了|过|到|至|达)+$/;

function named(f: Figure): string | null {
  return normalizeIndicator(f.indicator);
}

/** The characters bareVerb stops at, by code unit (a table: it reads back from every count). */
const CLAUSE_STOP = codeTable('，,；;。！？!?\n：:');

/**
 * The verb a count's clause holds, when the clause holds nothing else before the count but time words and
 * adverbs (`，其中年初确定12个`, `，下半年又增加了23个`, `，整改2698个`); null when it names a subject or an object.
 */
function bareVerb(text: string, f: Figure): string | null {
  let k = f.start - 1;
  const stop = Math.max(0, f.start - 16);
  while (k >= stop && CLAUSE_STOP[text.charCodeAt(k)] !== 1) k--;
  if (k < stop) return null;
  const clause = text.slice(k + 1, f.start).replace(VERB_HEAD, '').replace(VERB_TAIL, '');
  return BARE_VERBS.has(clause) ? clause : null;
}

/** Fills the indicator of figures whose sentence names their measure before them, in place. */
export function elidedMeasures(text: string, figs: Figure[]): void {
  for (let i = 0; i < figs.length; i++) {
    const f = figs[i];
    const p = i > 0 ? figs[i - 1] : null;
    const own = named(f);
    // 51条100余公里, 3004户7917人: a second amount glued to the first
    if (p && !own && AMOUNT_KINDS.has(f.kind) && AMOUNT_KINDS.has(p.kind) && p.end === f.start && named(p) && !endsInVerb(named(p) as string) && clauseEndsAfter(text, f)) {
      f.indicator = p.indicator;
      continue;
    }
    if (!own && AMOUNT_KINDS.has(f.kind)) {
      // 由3004户7917人增加到现在的3381户: the level it became (the nearest earlier figure of the kind)
      for (let j = i - 1; j >= 0 && j >= i - MAX_BACK; j--) {
        const q = figs[j];
        if (f.start - q.end > 24 || hasSentenceEnd(text, q.end, f.start, SENTENCE_END + '，,')) break;
        if (q.kind !== f.kind) continue;
        if (named(q) && CHANGED_TO.test(text.slice(q.end, f.start))) f.indicator = q.indicator;
        break;
      }
      if (named(f)) continue;
    }
    // 20346人次得到门诊补助, 1200户3100人享受低保: people with no name of their own who receive something
    if (!own && f.kind === 'count' && PEOPLE_UNITS.has(f.unit)) {
      const received = receivedAfter(text, figs, i);
      if (received) {
        f.indicator = received;
        continue;
      }
    }
    // 占年度投资计划的89.3%: a share whose clause opens with 占 is a share of the amount just stated
    if (f.kind === 'percent' && !own && f.relation === '占' && shareClauseOpens(text, f)) {
      for (let j = i - 1; j >= 0 && j >= i - MAX_BACK; j--) {
        const q = figs[j];
        if (f.start - q.end > REACH || hasSentenceEnd(text, q.end, f.start, SENTENCE_END)) break;
        if (RATE_KINDS.has(q.kind)) {
          if (named(q)) break;
          continue;
        }
        if (AMOUNT_KINDS.has(q.kind) && named(q)) {
          f.indicator = q.indicator;
          f.of = j;
          break;
        }
      }
      continue;
    }
    // 排查隐患2802个，整改2698个: a clause with only a verb before a count in an earlier count's unit
    if (f.kind === 'count' && f.unit && bareVerb(text, f) && clauseEndsAfter(text, f)) {
      for (let j = i - 1; j >= 0 && j >= i - MAX_BACK; j--) {
        const q = figs[j];
        if (f.start - q.end > REACH || hasSentenceEnd(text, q.end, f.start, SENTENCE_END)) break;
        // 新登记企业增长24.5%，平均每天新增1.5万户: what is added is what grew, in the clause right before
        const grew = q.kind === 'percent' && j === i - 1 && !!q.relation && /增长|增加/.test(q.relation) && /新增|增加/.test(bareVerb(text, f) ?? '');
        if (!grew && (q.kind !== 'count' || q.unit !== f.unit)) continue;
        const name = named(q);
        // (城市低保新增276户，退出374户: what is taken out is not what was added)
        if (!name || bareVerb(text, q) || endsInVerb(name)) continue;
        // the count is in a clause of its own, after the one that named the thing
        if (!/[，,]/.test(text.slice(q.end, f.start))) break;
        f.indicator = q.indicator;
        break;
      }
    }
  }
}

/** Units of a count of people or households. */
const PEOPLE_UNITS = new Set(['人', '户', '人次', '名', '位', '户次']);
/** A verb of receiving and what is received, up to the end of the clause (得到门诊补助，…). */
const RECEIVING = /^(?:得到|获得|享受|领取|享有)了?([\u3400-\u9fff]{2,10})(?=[，,。；;！？!?\n、）)]|$)/;

/**
 * What the people counted at `i` receive, when a verb of receiving follows the count (or the count glued
 * after it: 1200户3100人享受低保) and its object ends the clause; null otherwise.
 */
function receivedAfter(text: string, figs: Figure[], i: number): string | null {
  let end = figs[i].end;
  const g = figs[i + 1];
  if (g && g.start === end && g.kind === 'count' && PEOPLE_UNITS.has(g.unit)) end = g.end;
  const m = RECEIVING.exec(text.slice(end, end + 14));
  return m && normalizeIndicator(m[1]) ? m[1] : null;
}

/** Whether a name ends in one of the bare verbs (某某新增, 退出): it names an action, not a thing to carry. */
function endsInVerb(name: string): boolean {
  for (let n = 2; n <= 2 && n <= name.length; n++) if (BARE_VERBS.has(name.slice(-n))) return true;
  return false;
}

/** Whether the figure ends its clause: no noun after it names what it counts (完成6条道路…, 10大项35条任务). */
function clauseEndsAfter(text: string, f: Figure): boolean {
  return f.end >= text.length || '，,、。；;！？!?\n'.includes(text[f.end]) || /^(?:增加|提高|上升|下降|降低|减少)(?:到|至)/.test(text.slice(f.end, f.end + 3));
}

/** Whether the clause of a share opens with its 占 (nothing but 并/约/则 before it): no subject of its own. */
function shareClauseOpens(text: string, f: Figure): boolean {
  const from = Math.max(0, f.start - 30);
  for (let k = f.start - 1; k >= from; k--) {
    const c = text.charCodeAt(k);
    if (c === 0x5360 /* 占 */) {
      const head = text.slice(Math.max(0, k - 3), k);
      return /(?:^|[，,、])(?:并|约|则|仅|已|共|分别)?$/.test(head);
    }
    if (includesCode('，,。；;！？!?\n', c)) return false;
  }
  return false;
}
