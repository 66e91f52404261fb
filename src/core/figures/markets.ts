/**
 * Market reports (fig45, study79): the daily digests that quote stock indexes, exchange rates and
 * futures (`道指涨0.55%报41563.08点`, `欧元兑美元跌0.27%报1.1047`, `标普500指数涨1.01%`) give their
 * bare numbers a kind by the words of the clause:
 *
 * - an index's **level** in points (`报41563.08点`, `沪指跌30点`): a level on a scale, kind other, no
 *   count of 点 — where the clause names an index (指数, 道指, 纳指, 恒指…) and the number is what it
 *   was quoted at or moved by (报, 收于, 至, 涨, 跌…);
 * - an index's level written bare (`美元指数涨0.35%报101.732`): kind other, as `指数报3056` is
 *   (indexLevels in index.ts reads the index word right before the verb; here a move may stand between);
 * - an **exchange rate** quoted (`欧元兑美元…报1.1047`, `离岸人民币对美元…报7.0904`): one currency
 *   in another, kind ratio;
 * - the number in an index's **name** (`标普500指数`, `沪深300指数`, `日经225指数`): a name, kind other.
 *
 * Each figure looks back at most QUOTE_WINDOW characters, to its clause's start (linear).
 */
import type { Figure } from '../types';
import { clauseStart } from './clauses';

/** How far back in the clause the index or currency pair is looked for. */
const QUOTE_WINDOW = 40;
/** Words that name a stock or currency index in a clause. */
const INDEX_CUE = /指数|道指|纳指|股指|恒指|沪指|深成指|创指|综指|国指/;
/** One currency in another (欧元兑美元, 人民币对美元, 美元兑日元). */
const PAIR_CUE = /兑[美欧日英港澳加瑞韩]|[元镑郎币]对(?:美元|欧元|日元|英镑|港元|港币)/;
/** The verb that quotes a level right before the number (报, 收报, 收于, 至: 跌0.03%至18907.66点, 升至, 跌至). */
const QUOTE_BEFORE = /(?:报|收于|至|收在)[ \u3000]?$/;
/** The verb that moves a level by the points after it (涨, 跌, 上涨, 下跌). */
const MOVE_BEFORE = /(?:[涨跌升降]|上涨|下跌|大涨|大跌|上升|下降)[ \u3000]?$/;

/**
 * The clause before `start`, at most QUOTE_WINDOW characters; a clause that opens with the quote
 * (`沪指收涨0.8%，报3128.5点`) takes the clause before it too, after a comma.
 */
function clauseBefore(text: string, start: number): string {
  const from = Math.max(0, start - QUOTE_WINDOW);
  const k = clauseStart(text, start, from) - 1;
  const w = text.slice(k + 1, start);
  if (k >= from && (text[k] === '，' || text[k] === ',') && /^(?:报|收报|收于)[ \u3000]?$/.test(w)) return text.slice(clauseStart(text, k, from), start);
  return w;
}

export function marketKinds(text: string, figs: Figure[]): void {
  for (let i = 0; i < figs.length; i++) {
    const f = figs[i];
    if (f.kind !== 'count' || typeof f.value !== 'number' || f.approx) continue;
    if (f.unit === '') {
      if (!/^[0-9.]+$/.test(f.text)) continue;
      // 标普500指数, 沪深300指数: the index's name (not 指数点, a move in points)
      if (text.startsWith('指数', f.end) && text[f.end + 2] !== '点') {
        f.kind = 'other';
        continue;
      }
      const w = clauseBefore(text, f.start);
      if (!QUOTE_BEFORE.test(w)) continue;
      if (PAIR_CUE.test(w)) f.kind = 'ratio';
      else if (INDEX_CUE.test(w)) f.kind = 'other';
    } else if (f.unit === '点') {
      const w = clauseBefore(text, f.start);
      if ((QUOTE_BEFORE.test(w) || MOVE_BEFORE.test(w)) && INDEX_CUE.test(w)) f.kind = 'other';
    }
  }
}
