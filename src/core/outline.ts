import type { Outline, OutlineOptions } from './types';
import { computeLineStarts } from './lines';

/** STUB — replaced by the outline engine. */
export function parseOutline(text: string, _options: OutlineOptions = {}): Outline {
  return { headings: [], lineStarts: computeLineStarts(text), hardWrapped: false };
}
