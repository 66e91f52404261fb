import type { Finding, Outline } from './types';

/** STUB — replaced by the numbering checks. */
export function checkNumbering(_text: string, _outline: Outline): Finding[] {
  return [];
}
