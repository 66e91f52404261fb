/**
 * The kind of a bare number (digits with no unit written) read from what the document itself says
 * about it, after every other pass has had its say: a number the document writes elsewhere with a
 * unit of measure (`4130.2 亿元` in a list of facts, `4130.2` alone in a table of results or a
 * sentence about them) is that measure restated, and takes the measure's kind (the unit stays `""`:
 * this place does not write it). It touches only figures the scanner left as a bare count (kind
 * `count`, unit `""`). docs/figures-differences.md says which passes for running text were left out.
 */
import type { Figure, FigureKind } from '../types';

/** Kinds of measure a bare restatement may take (not counts: `3个` restated as `3` names nothing). */
const MEASURES = new Set<FigureKind>(['money', 'mass', 'area', 'length', 'volume', 'energy']);
/** A bare number as written: digits with at most one decimal point. */
const BARE = /^[0-9]+(?:\.[0-9]+)?$/;
/** The digits a figure with a unit opens with (`4130.2 亿元` → `4130.2`). */
const LEADING_NUMBER = /^[0-9]+(?:\.[0-9]+)?/;

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
