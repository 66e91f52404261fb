/**
 * The findings of one version by where they stand, so a code-action request finds the finding of
 * each of its diagnostics in constant time: a request for a whole-document selection brings every
 * diagnostic, and looking each up with `find` over every finding was quadratic. Made once per
 * findings list (the checks cache one list per version); no `vscode` import, so unit tests read it.
 */
import type { Finding } from '../core';

export type FindingAt = (code: unknown, start: number, end: number) => Finding | undefined;

const made = new WeakMap<readonly Finding[], FindingAt>();

export function findingsByPlace(all: readonly Finding[]): FindingAt {
  let at = made.get(all);
  if (!at) {
    const byPlace = new Map<string, Finding>();
    for (const f of all) {
      const key = `${f.code}\u0000${f.start}\u0000${f.end}`;
      if (!byPlace.has(key)) byPlace.set(key, f); // the first, as `find` answered
    }
    at = (code, start, end) => (typeof code === 'string' ? byPlace.get(`${code}\u0000${start}\u0000${end}`) : undefined);
    made.set(all, at);
  }
  return at;
}
