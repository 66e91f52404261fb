import type { Figure, Outline } from './types';

/** STUB — replaced by the figures engine. */
export function extractFigures(_text: string, _outline?: Outline): Figure[] {
  return [];
}
