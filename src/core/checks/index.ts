/**
 * Numbering checks over an outline: plain findings with stable codes, localized messages and
 * fixes as text edits. Never throws: a check that fails on odd input reports nothing.
 */
import type { Finding, Outline, Severity } from '../types';
import { analyse, type Analysis } from './sequences';
import { checkSequences } from './sequenceChecks';
import { checkPunctuation } from './punctuation';
import { checkBrackets } from './brackets';
import { checkSeries } from './series';
import { checkLevelSkips, checkTrailingPeriods, checkSingleChild } from './structure';
import { applySuppressions } from './suppress';
import { computeLineStarts } from '../text/lines';

import { OPT_IN } from './codes';
import { caught } from '../safety';
import { appendAll } from '../text/arrays';

export { CHECKS, DEFAULT_SEVERITY, OPT_IN } from './codes';
export { fixAll, applyEdits, mergeEdits, renumber, preferredFix } from './fixes';

export interface CheckOptions {
  /** Severity per code; `off` drops the code's findings. */
  severity?: Readonly<Record<string, Severity | 'off'>>;
  /** False reports nothing. */
  enabled?: boolean;
}

const CHECK_FAMILIES: ((a: Analysis) => Finding[])[] = [
  checkSequences,
  checkPunctuation,
  checkBrackets,
  checkSeries,
  checkLevelSkips,
  checkTrailingPeriods,
  checkSingleChild,
];

export function checkNumbering(text: string, outline: Outline, options: CheckOptions = {}): Finding[] {
  if (options.enabled === false) return [];
  let findings: Finding[] = [];
  try {
    const a = analyse(text, outline);
    for (const check of CHECK_FAMILIES) {
      try {
        appendAll(findings, check(a));
      } catch (e) {
        caught(e);
        // One failing check must not take the others down.
      }
    }
    const lineStarts = outline.lineStarts?.length ? outline.lineStarts : computeLineStarts(text);
    findings = applySuppressions(findings, text, lineStarts);
    const table = options.severity ?? {};
    findings = findings.filter((f) => !OPT_IN.has(f.code) || (table[f.code] !== undefined && table[f.code] !== 'off'));
  } catch (e) {
    caught(e);
    return [];
  }
  findings.sort((x, y) => x.start - y.start || x.code.localeCompare(y.code));
  return applySeverity(findings, options.severity);
}

/** Re-grade findings by a per-code table (the `gangmu.checks.severity` setting); `off` drops. */
export function applySeverity(findings: Finding[], table?: Readonly<Record<string, Severity | 'off'>>): Finding[] {
  if (!table || !Object.keys(table).length) return findings;
  const out: Finding[] = [];
  for (const f of findings) {
    const s = table[f.code];
    if (s === 'off') continue;
    out.push(s && s !== f.severity && isSeverity(s) ? { ...f, severity: s } : f);
  }
  return out;
}

function isSeverity(s: string): s is Severity {
  return s === 'error' || s === 'warning' || s === 'info' || s === 'hint';
}
