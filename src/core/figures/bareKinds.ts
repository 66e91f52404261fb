/**
 * The kind of a bare number (digits with no unit written) read from what the document itself says
 * about it, after every other pass has had its say (ANNOTATION.md: a count needs a measure word;
 * a bare number is `other` unless the text gives its measure):
 * - a number the document writes elsewhere with a unit of measure (`4130.2 亿元` in a list of
 *   facts, `4130.2` alone in a table of results or a sentence about them) is that measure restated:
 *   it takes the measure's kind (the unit stays `""`: this place does not write it);
 * - in running text, a number with a fractional part counts nothing (a ratio `降至2.2`, a score
 *   `0.16`); not in a table, whose column head may count in ten thousands (`产量(万台)` over `14.23`);
 * - in running text, a number that nothing names (no word, Chinese or Latin, after it: a comma,
 *   a bracket or the line's end follows) counts nothing either (`最大数字为255。`, `编号1、2、3`).
 * Each pass touches only figures the scanner left as a bare count (kind `count`, unit `""`).
 */
import type { Figure, FigureKind } from '../types';

/** Kinds of measure a bare restatement may take (not counts: `3个` restated as `3` names nothing). */
const MEASURES = new Set<FigureKind>(['money', 'mass', 'area', 'length', 'volume', 'energy']);
/** A bare number as written: digits with at most one decimal point (in running text a negative one too, `a[-1]`), or a range of two. */
const BARE = /^[0-9]+(?:\.[0-9]+)?$/;
const BARE_OR_RANGE = /^[-−]?[0-9]+(?:\.[0-9]+)?(?:[至到~～—–-][0-9]+(?:\.[0-9]+)?)?$/;
/** The digits a figure with a unit opens with (`4130.2 亿元` → `4130.2`). */
const LEADING_NUMBER = /^[0-9]+(?:\.[0-9]+)?/;
/**
 * 页数：58, 浏览次数：1362: a field label that names a count right before the number (a label with
 * its colon: `最大的数是 255` names a number, not a count).
 */
const COUNT_LABEL = /(?:数|数量|次)[ \t\u3000]*[：:=][ \t\u3000]*$/;

function bareCount(f: Figure): boolean {
  return f.kind === 'count' && f.unit === '';
}

/**
 * A restated number must be distinctive to be the same quantity: four characters or more
 * (`4130.2`, `89235`, `3900`), never a small number (`2`, `10`) that many quantities share.
 */
function distinctive(digits: string): boolean {
  return digits.length >= 4;
}

/** Bare numbers the document writes elsewhere with one kind of measure take that kind. */
export function restatedMeasures(figs: Figure[]): void {
  // digits as written → the one measure kind they carry, or null where two kinds disagree
  const measured = new Map<string, FigureKind | null>();
  for (const f of figs) {
    if (!MEASURES.has(f.kind) || f.unit === '') continue;
    const m = LEADING_NUMBER.exec(f.text);
    if (!m || !distinctive(m[0])) continue;
    const had = measured.get(m[0]);
    measured.set(m[0], had === undefined || had === f.kind ? f.kind : null);
  }
  if (measured.size === 0) return;
  for (const f of figs) {
    if (!bareCount(f) && !(f.kind === 'other' && f.unit === '')) continue;
    if (!BARE.test(f.text)) continue;
    const kind = measured.get(f.text);
    if (kind) f.kind = kind;
  }
}

/** A bare count with a fractional part, outside tables (zones known), counts nothing. */
export function fractionsCountNothing(figs: Figure[]): void {
  for (const f of figs) {
    if (bareCount(f) && f.zone && f.zone !== 'table' && typeof f.value === 'number' && !Number.isInteger(f.value) && BARE.test(f.text)) f.kind = 'other';
  }
}

/**
 * In running text (zones known, not a table), a bare number with no word after it and no label
 * naming a count before it counts nothing: kind `other`.
 */
export function unnamedNumbersCountNothing(text: string, figs: Figure[]): void {
  for (const f of figs) {
    if (!bareCount(f) || !f.zone || f.zone === 'table' || !BARE_OR_RANGE.test(f.text)) continue;
    let p = f.end;
    while (text[p] === ' ' || text[p] === '\t' || text[p] === '\u3000') p++;
    const c = text[p];
    // a word after it (a measure word the scanner did not know, a Latin noun: `70 countries`), or
    // a number or sign that goes on with it
    if (c !== undefined && /[\p{L}\p{N}%‰℃°]/u.test(c)) continue;
    // (the label's window is cut at a line break inside it: a search back to the line's start from
    // every figure would read a one-line text once for each)
    const before = text.slice(Math.max(0, f.start - 12), f.start);
    if (COUNT_LABEL.test(before.slice(before.lastIndexOf('\n') + 1))) continue;
    f.kind = 'other';
  }
}
