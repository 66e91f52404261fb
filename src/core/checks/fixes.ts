/**
 * Fixes as plain text edits. Every edit replaces one part of one marker (its numeral, a bracket,
 * the punctuation after it, a series word) or one stray 。; nothing else in the text changes, and
 * the parts are disjoint, so fixes of different checks combine without overlapping.
 */
import type { Finding, Fix, TextEdit } from '../types';
import { formatNumeral, type MarkerParts } from './markerParts';
import type { Sequence } from './sequences';

/**
 * Renumber a run from its expected start, and the runs that continue it (continuous numbering
 * across sections) after it. Runs nested under its members keep their own numbers. Null when a
 * numeral cannot be written in the marker's own style (㉑, ⒇ beyond the set).
 */
export function renumber(seq: Sequence): TextEdit[] | null {
  return renumberPlan(seq)?.edits ?? null;
}

/**
 * As `renumber`, with the plan: the numeral every member gets, changed or not. "Fix all" needs the
 * numerals a plan keeps as much as those it changes: a run renumbered through its continuation
 * decides that a member stays `3.`, and another plan that would make it `4.` disagrees with it.
 */
export function renumberPlan(seq: Sequence): { edits: TextEdit[]; plan: TextEdit[] } | null {
  const edits: TextEdit[] = [];
  const plan: TextEdit[] = [];
  const seen = new Set<Sequence>();
  let s: Sequence | undefined = seq;
  let n = seq.expectedStart;
  while (s && !seen.has(s)) {
    seen.add(s);
    for (const p of s.members) {
      if (!p.num) return null;
      const numeral = formatNumeral(p.numKind, n);
      if (numeral === null) return null;
      const e = { start: p.num.start, end: p.num.end, newText: numeral };
      plan.push(e);
      if (numeral !== p.num.text) edits.push(e);
      n++;
    }
    s = s.continuedBy[0];
  }
  return { edits, plan };
}

/** The numerals a renumbering fix decides, kept ones included (see `renumberPlan`). */
const plans = new WeakMap<Fix, readonly TextEdit[]>();

/** Records the whole plan behind a renumbering fix, for "fix all". */
export function withPlan(fx: Fix, plan: readonly TextEdit[]): Fix {
  plans.set(fx, plan);
  return fx;
}

/** Replace the punctuation after a marker (empty `to` deletes it). */
export function normalisePunctuation(p: MarkerParts, to: string): TextEdit[] {
  if (!p.punct || p.punct.text === to) return [];
  return [{ start: p.punct.start, end: p.punct.end, newText: to }];
}

const FULL: Record<string, string> = { '(': '（', ')': '）' };
const HALF: Record<string, string> = { '（': '(', '）': ')' };

/** Make a marker's brackets full width (（一）) or half width ((一)). */
export function normaliseBrackets(p: MarkerParts, width: 'full' | 'half'): TextEdit[] {
  const map = width === 'full' ? FULL : HALF;
  const edits: TextEdit[] = [];
  for (const b of [p.open, p.close]) if (b && map[b.text]) edits.push({ start: b.start, end: b.end, newText: map[b.text] });
  return edits;
}

/** Sort edits and drop exact duplicates and any edit overlapping one kept before it. */
export function mergeEdits(edits: readonly TextEdit[]): TextEdit[] {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const out: TextEdit[] = [];
  for (const e of sorted) {
    const last = out[out.length - 1];
    if (last && last.start === e.start && last.end === e.end && last.newText === e.newText) continue;
    // Two inserts at one point, or any overlap: keep the first so the result stays well defined.
    if (last && (e.start < last.end || (e.start === last.start && e.start === e.end))) continue;
    out.push(e);
  }
  return out;
}

/** The text after the edits (which must not overlap; `mergeEdits` first when unsure). */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = mergeEdits(edits);
  let out = '';
  let at = 0;
  for (const e of sorted) {
    out += text.slice(at, e.start) + e.newText;
    at = e.end;
  }
  return out + text.slice(at);
}

/** The fix a finding prefers alone: its one-place fix, else its run fix. */
export function preferredFix(f: Finding): Fix | undefined {
  return f.fixes.find((x) => x.scope === 'one') ?? f.fixes.find((x) => x.scope === 'run');
}

/**
 * Every finding's preferred fix (optionally only findings of one code) as one list of
 * non-overlapping edits: "fix all" for a document or a code.
 */
export function fixAll(findings: readonly Finding[], code?: string): TextEdit[] {
  // Each fix is taken whole or not at all: two renumber plans that disagree about one marker
  // must not be mixed edit by edit. Each fix is checked against what accepted fixes decided, the numerals a renumbering keeps
  // included, so that two plans for one run are never mixed.
  const accepted = new Map<number, TextEdit>();
  const out: TextEdit[] = [];
  const disagrees = (e: TextEdit): boolean => {
    const a = accepted.get(e.start);
    return a !== undefined && (a.end !== e.end || a.newText !== e.newText);
  };
  for (const f of findings) {
    if (code && f.code !== code) continue;
    const fx = preferredFix(f);
    if (!fx) continue;
    const plan = plans.get(fx);
    if (fx.edits.some(disagrees) || (plan && plan.some(disagrees))) continue;
    for (const e of fx.edits) {
      if (accepted.has(e.start)) continue;
      accepted.set(e.start, e);
      out.push(e);
    }
    if (plan) for (const e of plan) if (!accepted.has(e.start)) accepted.set(e.start, e);
  }
  return mergeEdits(out);
}
