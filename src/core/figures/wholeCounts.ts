/**
 * A count is a whole number: a bare reading with a fractional part and no unit (a fit `0.9962`, a
 * score `0.6237`, an efficiency `0.21` in a table cell, a coefficient) counts nothing, so where no
 * pass gave it another kind it is `other`, as docs/testing.md reads unitless readings (`101.732`,
 * `0.65`). Decimals written with a unit or a scale word (`1.5万人`, `2.3亿`) are not touched: their
 * value is whole or they carry a unit. decimalsCountNothing reads a converter's paper, a text whose
 * LaTeX math is read apart (texMath.ts), with no zones needed; bareDecimalsCountNothing every other
 * text once its zones are known. A bare decimal is sometimes an amount whose unit a table's caption
 * or the prose gives (a statistics page's `14.23`): `count` was no truer for it.
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

/** An English word after a number (`55.75 million rural residents`, `9.0 percent`): a scale or a unit the scanner does not read. */
const ENGLISH_AFTER = /[ \t\u00a0]?[A-Za-z]/y;

/**
 * The same reading for every other text, where the outline's zones are known: a bare decimal
 * (`收入比降至2.2`, a clause `见3.1`, `1.0 = 和 U 单干一样`) is `other` wherever no pass gave it a
 * kind — over the study golds, 54 unitless decimals are `other` and one is a count, a table cell
 * whose column header writes `万户`. So a table's cells are left to their columns, and a number
 * an English word follows keeps the scanner's reading.
 */
export function bareDecimalsCountNothing(text: string, figs: Figure[]): void {
  for (let i = 0; i < figs.length; i++) {
    const f = figs[i];
    if (f.kind !== 'count' || f.unit !== '' || typeof f.value !== 'number' || f.zone === undefined || f.zone === 'table') continue;
    // (`1.0` is a reading as written; a value other than the decimal's own was read another way)
    if (!DECIMAL.test(f.text) || f.value !== Number(f.text)) continue;
    ENGLISH_AFTER.lastIndex = f.end;
    if (ENGLISH_AFTER.test(text)) continue;
    f.kind = 'other';
  }
}
