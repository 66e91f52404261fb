/**
 * Scores the figures engine against the gold figures of the shared corpus, beside Microsoft
 * Recognizers-Text (number, percent, currency, dimension; line by line).
 *
 * A strict match is the same line, column and text. A loose match is any overlap on the same
 * line (each gold and predicted figure used once, the closest start first). Value, unit and kind
 * accuracy are measured over loose matches; span accuracy is the share of loose matches whose
 * span is exact. Documents with `figures: null` are skipped.
 * GANGMU_EVAL_VERBOSE=1 lists every miss, false alarm and wrong value/unit/kind.
 */
import type { GoldDoc, GoldFigure } from './corpus';
import { extractFigures } from '../src/core/figures';
import { parseOutline } from '../src/core/outline';
import { computeLineStarts, positionAt } from '../src/core/text/lines';
import { recognizersFigures } from './recognizers';

export interface Pred {
  line: number;
  col: number;
  text: string;
  value: unknown;
  unit: string;
  kind: string;
}

export interface FigScore {
  gold: number;
  pred: number;
  strict: number;
  loose: number;
  value: number;
  span: number;
  unit: number;
  kind: number;
}

export const zero = (): FigScore => ({ gold: 0, pred: 0, strict: 0, loose: 0, value: 0, span: 0, unit: 0, kind: 0 });

function sameNumber(a: unknown, b: unknown): boolean {
  if (a === null || b === null || a === undefined || b === undefined) return a === b || (a == null && b == null);
  if (typeof a === 'number' && typeof b === 'number') return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
  return a === b;
}
export function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => sameNumber(x, b[i]));
  return sameNumber(a, b);
}

export function toPreds(text: string, figs: { start: number; end: number; text: string; value: unknown; unit: string; kind: string }[]): Pred[] {
  const starts = computeLineStarts(text);
  return figs.map((f) => {
    const p = positionAt(starts, f.start);
    return { line: p.line + 1, col: p.col, text: f.text, value: f.value, unit: f.unit, kind: f.kind };
  });
}

interface Matched {
  pairs: [number, number][];
  strict: number;
}

function match(gold: GoldFigure[], pred: Pred[]): Matched {
  const byLine = new Map<number, number[]>();
  pred.forEach((p, i) => {
    const l = byLine.get(p.line) ?? [];
    l.push(i);
    byLine.set(p.line, l);
  });
  const used = new Set<number>();
  const pairs: [number, number][] = [];
  let strict = 0;
  // exact first, then overlaps by closest start
  const pending: number[] = [];
  gold.forEach((g, gi) => {
    const cands = byLine.get(g.line) ?? [];
    const exact = cands.find((pi) => !used.has(pi) && pred[pi].col === g.col && pred[pi].text === g.text);
    if (exact !== undefined) {
      used.add(exact);
      pairs.push([gi, exact]);
      strict++;
    } else pending.push(gi);
  });
  for (const gi of pending) {
    const g = gold[gi];
    const gEnd = g.col + g.text.length;
    let best = -1;
    for (const pi of byLine.get(g.line) ?? []) {
      if (used.has(pi)) continue;
      const p = pred[pi];
      if (p.col < gEnd && g.col < p.col + p.text.length) {
        if (best < 0 || Math.abs(p.col - g.col) < Math.abs(pred[best].col - g.col)) best = pi;
      }
    }
    if (best >= 0) {
      used.add(best);
      pairs.push([gi, best]);
    }
  }
  return { pairs, strict };
}

export function scoreFigures(gold: GoldFigure[], pred: Pred[]): { score: FigScore; m: Matched } {
  const m = match(gold, pred);
  const s = zero();
  s.gold = gold.length;
  s.pred = pred.length;
  s.strict = m.strict;
  s.loose = m.pairs.length;
  for (const [gi, pi] of m.pairs) {
    const g = gold[gi];
    const p = pred[pi];
    if (sameValue(g.value, p.value)) s.value++;
    if (g.col === p.col && g.text === p.text) s.span++;
    if (g.unit === p.unit) s.unit++;
    if (g.kind === p.kind) s.kind++;
  }
  return { score: s, m };
}

export function add(a: FigScore, b: FigScore): FigScore {
  const r = zero();
  for (const k of Object.keys(r) as (keyof FigScore)[]) r[k] = a[k] + b[k];
  return r;
}

function fmt(n: number): string {
  return Number.isFinite(n) ? n.toFixed(3) : '  -  ';
}
export function prf(m: number, s: FigScore): [number, number, number] {
  const p = s.pred ? m / s.pred : 0;
  const r = s.gold ? m / s.gold : 0;
  return [p, r, p + r ? (2 * p * r) / (p + r) : 0];
}

export function figRow(name: string, s: FigScore): string {
  const [p, r, f] = prf(s.strict, s);
  const [, , fl] = prf(s.loose, s);
  const m = s.loose || NaN;
  return [
    name.padEnd(28),
    String(s.gold).padStart(4), String(s.pred).padStart(4), String(s.strict).padStart(4),
    fmt(p), fmt(r), fmt(f), fmt(fl), fmt(s.value / m), fmt(s.span / m), fmt(s.unit / m), fmt(s.kind / m),
  ].join('  ');
}
export const HEADER = ['document'.padEnd(28), 'gold', 'pred', 'exact', 'prec ', 'rec  ', 'F1   ', 'F1ovl', 'value', 'span ', 'unit ', 'kind '].join('  ');

export interface FigEval {
  ours: FigScore;
  recognizers: FigScore;
}

export async function evalFigures(docs: GoldDoc[], opts: { recognizers?: boolean } = {}): Promise<FigEval> {
  const verbose = process.env.GANGMU_EVAL_VERBOSE === '1';
  const withRt = opts.recognizers ?? true;
  let ours = zero();
  let rt = zero();
  const rtRows: string[] = [];
  console.log('Figures (engine)  — exact = same line, col and text; F1ovl = overlap match; value/span/unit/kind over overlap matches');
  console.log(HEADER);
  for (const doc of docs) {
    if (!doc.figures) continue;
    // As the CLI and the panel do: with the outline, so the anatomy's tables and zones apply.
    const pred = toPreds(doc.text, extractFigures(doc.text, parseOutline(doc.text, { format: doc.format })));
    const { score, m } = scoreFigures(doc.figures, pred);
    ours = add(ours, score);
    console.log(figRow(doc.name, score));
    if (verbose) explain(doc.figures, pred, m);
    if (withRt) {
      const rp = toPreds(doc.text, recognizersFigures(doc.text));
      const rs = scoreFigures(doc.figures, rp).score;
      rt = add(rt, rs);
      rtRows.push(figRow(doc.name, rs));
    }
  }
  console.log(figRow('ALL', ours));
  if (withRt) {
    console.log('');
    console.log('Figures (Microsoft Recognizers-Text: number+percent+currency+dimension, Chinese, line by line)');
    console.log(HEADER);
    for (const r of rtRows) console.log(r);
    console.log(figRow('ALL', rt));
  }
  console.log('');
  return { ours, recognizers: rt };
}

function explain(gold: GoldFigure[], pred: Pred[], m: Matched): void {
  const gm = new Map(m.pairs.map(([g, p]) => [g, p]));
  const pm = new Set(m.pairs.map(([, p]) => p));
  const show = (v: unknown): string => JSON.stringify(v);
  gold.forEach((g, gi) => {
    const pi = gm.get(gi);
    if (pi === undefined) {
      console.log(`   MISS  ${g.line}:${g.col} ${g.text} ${show(g.value)} ${g.unit} ${g.kind}`);
      return;
    }
    const p = pred[pi];
    const diffs: string[] = [];
    if (g.col !== p.col || g.text !== p.text) diffs.push(`span ${p.col}:${p.text}`);
    if (!sameValue(g.value, p.value)) diffs.push(`value ${show(p.value)}`);
    if (g.unit !== p.unit) diffs.push(`unit ${p.unit}`);
    if (g.kind !== p.kind) diffs.push(`kind ${p.kind}`);
    if (diffs.length) console.log(`   DIFF  ${g.line}:${g.col} ${g.text} ${show(g.value)} ${g.unit} ${g.kind}  ← ${diffs.join('; ')}`);
  });
  pred.forEach((p, pi) => {
    if (!pm.has(pi)) console.log(`   EXTRA ${p.line}:${p.col} ${p.text} ${show(p.value)} ${p.unit} ${p.kind}`);
  });
}
