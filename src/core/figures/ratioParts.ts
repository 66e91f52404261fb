/**
 * A ratio written with colons (`21.9∶38.7∶39.4`, `2.05:1`, `4:3:3`) has as its value the array of
 * its parts (`[21.9, 38.7, 39.4]`), as every gold set writes it. A range is an array too (`[50, 80]`):
 * a ratio's parts are told from a range's ends by the kind (`ratio`), no unit (a range of ratios
 * carries its `倍` or `成`) and no range connector in its text (`1.5～2.0`). People read the parts
 * joined by colons again (`21.9:38.7:39.4`).
 */
import type { FigureValue } from '../types';

/** Connectors of a range as a figure's text writes them. */
const RANGE_CONNECTOR = /[-－—–~～〜至到]/;

/** The parts of a ratio value, or null when the value is no ratio's parts. Never throws. */
export function ratioParts(value: FigureValue | undefined, kind: string | undefined, unit?: string, text?: string): number[] | null {
  if (kind !== 'ratio' || !Array.isArray(value) || value.length < 2 || unit) return null;
  if (typeof text === 'string' && RANGE_CONNECTOR.test(text)) return null;
  for (const x of value) if (typeof x !== 'number' || !Number.isFinite(x)) return null;
  return value as number[];
}

/** `[21.9, 38.7, 39.4]` → `21.9:38.7:39.4`. */
export function ratioText(parts: readonly number[]): string {
  return parts.map((n) => String(Number(n.toPrecision(12)))).join(':');
}
