/**
 * Scores the engine's indicators (what each figure measures, issue 12) against the hand gold in
 * `test/indicators/<stem>.json` (rules: `test/indicators/RULES.md`), or in `$GANGMU_INDICATORS/<stem>.json`
 * (gold made the same way for another set of documents, given by `GANGMU_CORPUS`). The gold names one normalised
 * indicator, or null, for every gold figure of the reference corpus, by offset.
 *
 * Only figures the engine also finds with the same span (start and end) are scored: the figures
 * table already scores finding them. For each, `normalizeIndicator(engine.indicator)` must equal the
 * gold name exactly (null = null counts as a match). Printed: accuracy per document and overall,
 * the null-vs-name confusions, and the most frequent confusions (gold → engine).
 * GANGMU_EVAL_VERBOSE=1 lists every wrong figure.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GoldDoc } from './corpus';
import { NO_CORPUS, repoRoot } from './corpus';
import { extractFigures } from '../src/core/figures';
import { normalizeIndicator } from '../src/core/figures/indicatorNames';
import { parseOutline } from '../src/core/outline';
import { computeLineStarts } from '../src/core/text/lines';

export interface IndicatorGold {
  start: number;
  end: number;
  text: string;
  indicator: string | null;
}

export interface IndicatorGoldFile {
  document: string;
  figures: IndicatorGold[];
}

/** What the scorer needs of an engine figure. */
export interface IndicatorPred {
  start: number;
  end: number;
  indicator: string | null;
}

export interface IndScore {
  /** Gold figures. */
  gold: number;
  /** Gold figures the engine found with the same span (the ones scored). */
  scored: number;
  /** Scored figures whose normalised engine indicator equals the gold one (null = null included). */
  exact: number;
  /** Scored figures whose gold indicator is a name / is null. */
  goldNamed: number;
  goldNull: number;
  /** Exact matches among gold-named / gold-null figures. */
  namedExact: number;
  nullExact: number;
  /** Gold names a measure, the engine gives none. */
  missedName: number;
  /** Gold is null, the engine gives a name. */
  spuriousName: number;
  /** Both name a measure, and the names differ. */
  wrongName: number;
  /** Of `wrongName`: the engine's name holds the gold name (extra words: verbs, places, times…). */
  longerName: number;
  /** Of `wrongName`: the gold name holds the engine's (the engine cut the name short). */
  shorterName: number;
  /** `gold → engine` (null written as ∅) → count, over every mismatch. */
  confusions: Map<string, number>;
  /** Every mismatch, for GANGMU_EVAL_VERBOSE. */
  wrong: { start: number; text: string; gold: string | null; engine: string | null }[];
}

export function zeroInd(): IndScore {
  return {
    gold: 0, scored: 0, exact: 0, goldNamed: 0, goldNull: 0, namedExact: 0, nullExact: 0,
    missedName: 0, spuriousName: 0, wrongName: 0, longerName: 0, shorterName: 0, confusions: new Map(), wrong: [],
  };
}

const show = (s: string | null): string => s ?? '∅';

/**
 * Scores one document: `gold` from the indicator gold file, `pred` the engine's figures.
 * `normalize` is the engine's name normaliser (applied to the engine's side only: the gold is
 * already written normalised).
 */
export function scoreIndicators(
  gold: readonly IndicatorGold[],
  pred: readonly IndicatorPred[],
  normalize: (s: string | null | undefined) => string | null = normalizeIndicator,
): IndScore {
  const s = zeroInd();
  const bySpan = new Map<string, IndicatorPred>();
  for (const p of pred) bySpan.set(`${p.start}:${p.end}`, p);
  for (const g of gold) {
    s.gold++;
    const p = bySpan.get(`${g.start}:${g.end}`);
    if (!p) continue;
    s.scored++;
    const want = g.indicator;
    const got = normalize(p.indicator);
    if (want === null) s.goldNull++;
    else s.goldNamed++;
    if (want === got) {
      s.exact++;
      if (want === null) s.nullExact++;
      else s.namedExact++;
      continue;
    }
    if (want === null) s.spuriousName++;
    else if (got === null) s.missedName++;
    else {
      s.wrongName++;
      if (got.includes(want)) s.longerName++;
      else if (want.includes(got)) s.shorterName++;
    }
    const key = `${show(want)} → ${show(got)}`;
    s.confusions.set(key, (s.confusions.get(key) ?? 0) + 1);
    s.wrong.push({ start: g.start, text: g.text, gold: want, engine: got });
  }
  return s;
}

export function addInd(a: IndScore, b: IndScore): IndScore {
  const r = zeroInd();
  for (const k of ['gold', 'scored', 'exact', 'goldNamed', 'goldNull', 'namedExact', 'nullExact', 'missedName', 'spuriousName', 'wrongName', 'longerName', 'shorterName'] as const) {
    r[k] = a[k] + b[k];
  }
  for (const m of [a.confusions, b.confusions]) for (const [k, v] of m) r.confusions.set(k, (r.confusions.get(k) ?? 0) + v);
  r.wrong = [...a.wrong, ...b.wrong];
  return r;
}

/** The most frequent confusions, most frequent first (ties by name, so the list is stable). */
export function topConfusions(s: IndScore, n = 15): [string, number][] {
  return [...s.confusions].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0)).slice(0, n);
}

/**
 * Problems of a gold file against its document and its corpus gold: a gold figure not covered
 * (its span absent from the indicator file), an entry whose `text` is not the document's text at
 * `start`/`end`, an entry that is no corpus gold figure. Empty when the file is sound.
 */
export function checkIndicatorGold(doc: GoldDoc, file: IndicatorGoldFile): string[] {
  const problems: string[] = [];
  const starts = computeLineStarts(doc.text);
  const corpusSpans = new Set<string>();
  for (const f of doc.figures ?? []) {
    const start = (starts[f.line - 1] ?? NaN) + f.col;
    corpusSpans.add(`${start}:${start + f.text.length}`);
  }
  const seen = new Set<string>();
  for (const e of file.figures) {
    const key = `${e.start}:${e.end}`;
    if (doc.text.slice(e.start, e.end) !== e.text) problems.push(`${doc.name}: ${key} is "${doc.text.slice(e.start, e.end)}", the file says "${e.text}"`);
    if (!corpusSpans.has(key)) problems.push(`${doc.name}: ${key} "${e.text}" is no figure of the corpus gold`);
    if (seen.has(key)) problems.push(`${doc.name}: ${key} "${e.text}" twice`);
    if (e.indicator !== null && (typeof e.indicator !== 'string' || e.indicator.trim() !== e.indicator || !e.indicator)) {
      problems.push(`${doc.name}: ${key} indicator ${JSON.stringify(e.indicator)} is neither null nor a trimmed name`);
    }
    seen.add(key);
  }
  for (const key of corpusSpans) if (!seen.has(key)) problems.push(`${doc.name}: corpus figure at ${key} has no indicator entry`);
  return problems;
}

/** The repository's indicator gold (for the reference corpus): `test/indicators/`. */
export function defaultIndicatorDir(): string {
  return join(repoRoot(), 'test', 'indicators');
}

/**
 * Where the indicator gold is read from: `GANGMU_INDICATORS` when set (gold made for another set of
 * documents, scored with `GANGMU_CORPUS` naming those documents), else `test/indicators/`. A
 * `GANGMU_INDICATORS` that names a missing folder throws, as `GANGMU_CORPUS` does: a typo must not
 * score nothing and look like a pass.
 */
export function indicatorGoldDir(): string {
  const named = process.env.GANGMU_INDICATORS;
  if (named) {
    if (existsSync(named)) return named;
    throw new Error(`GANGMU_INDICATORS=${named}: no such folder`);
  }
  return defaultIndicatorDir();
}

/** The indicator gold files: stem → file (from `indicatorGoldDir()` unless a folder is given). */
export function loadIndicatorGold(dir = indicatorGoldDir()): Map<string, IndicatorGoldFile> {
  const out = new Map<string, IndicatorGoldFile>();
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir).sort()) {
    if (!name.endsWith('.json')) continue;
    out.set(name.slice(0, -'.json'.length), JSON.parse(readFileSync(join(dir, name), 'utf8')) as IndicatorGoldFile);
  }
  return out;
}

function pct(n: number, d: number): string {
  return d ? (n / d).toFixed(3) : '  -  ';
}

function row(name: string, s: IndScore): string {
  return [
    name.padEnd(36),
    String(s.gold).padStart(4), String(s.scored).padStart(6), String(s.exact).padStart(5),
    pct(s.exact, s.scored), pct(s.namedExact, s.goldNamed), pct(s.nullExact, s.goldNull),
    String(s.missedName).padStart(6), String(s.spuriousName).padStart(6), String(s.wrongName).padStart(6),
  ].join('  ');
}
const HEADER = ['document'.padEnd(36), 'gold', 'scored', 'exact', 'acc  ', 'named', 'null ', 'name→∅', '∅→name', 'other'].join('  ');

/**
 * The section of `npm run eval`. `docs` null (no corpus here) prints one skip line. Returns the
 * overall score (null when skipped), and throws when a gold file does not fit its document, so a
 * moved corpus fails loudly instead of scoring garbage.
 */
export function evalIndicators(docs: GoldDoc[] | null, goldDir?: string): IndScore | null {
  if (!docs) {
    console.log(`Indicators: skipped, ${NO_CORPUS}\n`);
    return null;
  }
  const dir = goldDir ?? indicatorGoldDir();
  const gold = loadIndicatorGold(dir);
  const verbose = process.env.GANGMU_EVAL_VERBOSE === '1';
  const from = dir === defaultIndicatorDir() ? 'test/indicators/' : dir;
  console.log(`Indicators (engine, gold ${from}) — over gold figures the engine finds with the same span; exact after normalizeIndicator; acc = exact/scored, named / null = accuracy where the gold names a measure / is null`);
  console.log(HEADER);
  let all = zeroInd();
  for (const doc of docs) {
    const file = gold.get(doc.name);
    if (!file) continue;
    const problems = checkIndicatorGold(doc, file);
    if (problems.length) throw new Error(`indicator gold does not fit its document:\n${problems.slice(0, 10).join('\n')}`);
    const figs = extractFigures(doc.text, parseOutline(doc.text, { format: doc.format }));
    const s = scoreIndicators(file.figures, figs);
    all = addInd(all, s);
    console.log(row(doc.name, s));
    if (verbose) for (const w of s.wrong) console.log(`   ${doc.name} @${w.start} ${w.text}: gold ${show(w.gold)}, engine ${show(w.engine)}`);
  }
  console.log(row('ALL', all));
  console.log(`null vs name: gold names a measure and the engine none ${all.missedName}; gold null and the engine names one ${all.spuriousName}; both name and differ ${all.wrongName} (the engine's name holds the gold one ${all.longerName}, the gold holds the engine's ${all.shorterName}, other ${all.wrongName - all.longerName - all.shorterName})`);
  console.log('Most frequent confusions (gold → engine, ∅ = null):');
  for (const [k, v] of topConfusions(all, 15)) console.log(`  ${String(v).padStart(4)}  ${k}`);
  console.log('');
  return all;
}
