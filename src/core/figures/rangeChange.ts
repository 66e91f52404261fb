/**
 * Whether two amounts joined by 至 or 到 are a change (由30人到50人, 下降2人至10人, 从40%提高到80%,
 * 由百分之五提高至百分之八) rather than a range (26岁到41岁, 300万元至500万元): a verb of change or a
 * starting point (由, 从) before the first amount: a verb right before it (an approximator or 了
 * between), a starting point anywhere in its clause a few characters back. One reading for
 * the three places that join a range's ends — the scanner's Arabic ranges (extract.ts), ranges with
 * the unit on both ends (wordRanges.ts) and second ends in Chinese numerals (secondEnds.ts) — which
 * before kept three lists (one of them single characters eight back, which took 提供 and 上半年 for change).
 */
import { includesCode } from '../text/charset';

/** One-character verbs of change. */
const CHANGE_CHARS = '升降涨漲跌增减減';
/** Starting points: anywhere in the clause a few characters back (从原来的30人到50人). */
const FROM_CHARS = '由从從';
/** Where the clause before the first amount stops being read back, and how far back at most. */
const CLAUSE_STOPS = '，,。；;：:！？!?、\n（(';
const FROM_REACH = 8;
/** What may stand between the word and the amount (由约30人, 下降了2人, 从近40%). */
const BETWEEN = '了约近超逾达';
/** Two-character verbs of change (not 调至: 调至300元至500元 sets a range). */
const CHANGE_WORDS = new Set([
  '增长', '提高', '提升', '降低', '下降', '下跌', '上涨', '上升', '回落', '回升', '增加', '减少', '扩大', '缩小',
  '收窄', '放缓', '加快',
]);

export function changeBefore(text: string, start: number): boolean {
  for (let k = start - 1; k >= 0 && k >= start - FROM_REACH; k--) {
    const c = text.charCodeAt(k);
    if (includesCode(CLAUSE_STOPS, c)) break;
    if (includesCode(FROM_CHARS, c)) return true;
  }
  let k = start;
  while (k > 0 && includesCode(BETWEEN, text.charCodeAt(k - 1))) k--;
  if (k > 0 && includesCode(CHANGE_CHARS, text.charCodeAt(k - 1))) return true;
  return k >= 2 && CHANGE_WORDS.has(text.slice(k - 2, k));
}
