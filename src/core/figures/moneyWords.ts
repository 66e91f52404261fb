/**
 * An amount in 万 or 亿 with no unit is money when a word of money stands right before it (figkind47,
 * study75, study80, study89, study96: `店家损失1448万`, `医院被罚4万`, `一年营收超20亿`, `收费970万`,
 * `债务滚到35万`, `市值在12天内涨了25亿`…). The words are the language's closed class of sums of
 * money: pay (年薪, 工资), takings (营收, 流水, 营业额, 销售额), prices and charges (售价, 收费, 公开价),
 * losses and fines (损失, 罚款, 被罚), holdings and debts (资产, 储蓄, 市值, 身价, 债务), and the verbs
 * that move money (偿还, 捐, 赚). Between the word and the number only the small words that state a
 * level (了, 约, 近, 达, 到, 为, 是, 超, 在, 共, 最高, 滚, 涨, 增长…) and at most five of them; any other
 * character (a noun of people, punctuation, a digit) ends the look. The amount's unit stays `""`.
 * A bounded window before each figure (linear).
 */
import type { Figure } from '../types';

const MONEY_WORD = /(?:营收|营业额|销售额|流水|采购额|年薪|月薪|工资|薪酬|薪水|损失|罚款|被罚|罚了|花销|开销|收费|售价|公开价|市值|储蓄|存款|资产|身价|债务|欠款|偿还|还款|捐了|捐|多赚|赚了|赚|估值|金额)$/;
/** The small words that may stand between the word of money and the amount. */
const GAP = '了约近达到为是超过在共计高最仅只就需要能多滚涨增长破至逾也每天年月内个';
const GAP_MAX = 5;

export function applyMoneyWords(text: string, figs: Figure[]): void {
  for (let i = 0; i < figs.length; i++) {
    const f = figs[i];
    if (f.kind !== 'count' || f.unit !== '' || typeof f.value !== 'number' || !/[万亿萬億]$/.test(f.text)) continue;
    let p = f.start;
    while (p > 0 && text[p - 1] === ' ') p--;
    let gap = 0;
    // (the gap's digits: 在12天内 — a count of days inside the gap, read as the gap's words)
    while (p > 0 && gap < GAP_MAX + 3 && (GAP.includes(text[p - 1]) || /[0-9]/.test(text[p - 1]))) { p--; gap++; }
    const head = text.slice(Math.max(0, p - 4), p);
    if (MONEY_WORD.test(head)) f.kind = 'money';
  }
}
