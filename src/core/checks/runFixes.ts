/** Adds a "fix this whole run" fix to findings of one code that share a run. */
import type { Finding } from '../types';
import { fix } from './codes';

/**
 * `groups` holds, per run, the findings of one code with their one-place fix first. When a run
 * has more than one, each gets a run fix holding all their edits (one shared object).
 */
export function addRunFixes(groups: Iterable<Finding[]>, en: string, zh: string): void {
  for (const g of groups) {
    if (g.length < 2) continue;
    const edits = g.flatMap((f) => f.fixes.find((x) => x.scope === 'one')?.edits ?? []);
    if (!edits.length) continue;
    const runFix = fix(en, zh, 'run', edits);
    for (const f of g) f.fixes.push(runFix);
  }
}
