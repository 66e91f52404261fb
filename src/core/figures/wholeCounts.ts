/**
 * A count is a whole number: a bare reading with a fractional part and no unit (a fit `0.9962`, a
 * score `0.6237`, an efficiency `0.21` in a table cell, a coefficient) counts nothing, so where no
 * pass gave it another kind it is `other`, as docs/testing.md reads unitless readings (`101.732`,
 * `0.65`). Decimals written with a unit or a scale word (`1.5万人`, `2.3亿`) are not touched: their
 * value is whole or they carry a unit. Asked only of a converter's paper, a text whose LaTeX math is
 * read apart (texMath.ts): elsewhere a bare decimal is as often an amount whose unit the table's
 * caption or the prose gives (a statistics page's `14.23`), a call this pass cannot make (papers52).
 */
import type { Figure } from '../types';

/** Digits, one decimal point, digits: nothing else in the span. */
const DECIMAL = /^\d+\.\d+$/;

export function decimalsCountNothing(figs: Figure[]): void {
  for (let i = 0; i < figs.length; i++) {
    const f = figs[i];
    if (f.kind !== 'count' || f.unit !== '' || typeof f.value !== 'number' || Number.isInteger(f.value)) continue;
    if (DECIMAL.test(f.text)) f.kind = 'other';
  }
}
