/**
 * Worker thread that analyses large documents off the extension host's main thread, so a
 * several-MB document never freezes it. Bundled as `dist/analysisWorker.js`. Pure core only: no
 * `vscode` here.
 *
 * An `outline` request answers as soon as the outline is parsed, with what the reading features
 * need already derived here (symbol rows with positions, folding regions), packed into buffers
 * that are handed over rather than copied. Figures and findings cost more than the outline
 * (figures about twice as much) and only some features need them, so they are computed when asked
 * for, from the text and outline this worker keeps for the last few analyses.
 */
import { parentPort } from 'node:worker_threads';
import { parseOutline, extractFigures, checkNumbering, computeLineStarts } from '../core';
import type { Figure, Finding, Outline, OutlineOptions } from '../core';
import type { CheckOptions } from '../core/checks';
import { outlineRows } from '../core/outline/rows';
import { outlineFoldRegions } from '../core/outline/folding';
import { clock, threadCpu } from './perfTrace';
import { buffersOf, packFigures, packFolds, packOutline, packRows, type PackedFigures, type PackedOutline, type PackedRows } from './analysisTransfer';

export type AnalysisRequest = (
  | { type: 'outline'; id: number; ref: string; text: string; options: OutlineOptions }
  | { type: 'figures'; id: number; ref: string; text?: string; options?: OutlineOptions }
  | { type: 'findings'; id: number; ref: string; check?: CheckOptions; text?: string; options?: OutlineOptions }
  | { type: 'forget'; id: number; ref: string }
) & {
  /** When the main thread posted it (`clock()`), for the trace. */
  postedAt?: number;
};

/** Where the worker's time went on one request (for the trace). */
export interface WorkerTiming {
  /** `clock()` when the worker took the message, and when it posted the answer. */
  received: number;
  sent: number;
  /** Wall ms per stage. */
  stages: Record<string, number>;
  /** The worker thread's CPU ms on the request, and ms it waited for a CPU. */
  cpu: number;
  wait: number;
}

export interface AnalysisResponse {
  id: number;
  outline?: PackedOutline;
  rows?: PackedRows;
  folds?: Int32Array;
  figures?: PackedFigures;
  findings?: Finding[];
  /** The worker no longer holds `ref`: ask again with the text. */
  missing?: boolean;
  error?: string;
  /** Time the worker spent on the request. */
  ms?: number;
  timing?: WorkerTiming;
}

/** Text and outline of the last analyses, for figures and findings asked for afterwards. */
const KEEP = 3;
const kept = new Map<string, { text: string; outline: Outline; figures?: Figure[] }>();

function keep(ref: string, text: string, outline: Outline) {
  kept.delete(ref);
  kept.set(ref, { text, outline });
  while (kept.size > KEEP) kept.delete(kept.keys().next().value!);
  return kept.get(ref)!;
}

/** Wall ms per stage of the request being handled. */
let stages: Record<string, number> = {};

function stage<T>(name: string, fn: () => T): T {
  const t0 = performance.now();
  try {
    return fn();
  } finally {
    stages[name] = performance.now() - t0;
  }
}

function handle(msg: AnalysisRequest): { reply: AnalysisResponse; transfer?: ArrayBuffer[] } {
  const id = msg.id;
  switch (msg.type) {
    case 'outline': {
      const outline = stage('parse', () => parseOutline(msg.text, msg.options));
      keep(msg.ref, msg.text, outline);
      const packed = stage('pack outline', () => packOutline(outline));
      const rows = stage('rows', () => packRows(outlineRows(msg.text, outline, computeLineStarts(msg.text))));
      const folds = stage('folds', () => packFolds(outlineFoldRegions(msg.text, outline)));
      return { reply: { id, outline: packed, rows, folds }, transfer: buffersOf(packed, rows, folds) };
    }
    case 'figures':
    case 'findings': {
      let entry = kept.get(msg.ref);
      if (!entry && msg.text !== undefined) entry = keep(msg.ref, msg.text, parseOutline(msg.text, msg.options ?? {}));
      if (!entry) return { reply: { id, missing: true } };
      if (msg.type === 'figures') {
        const e = entry;
        const figures = stage('figures', () => packFigures((e.figures ??= extractFigures(e.text, e.outline))));
        return { reply: { id, figures }, transfer: buffersOf(figures) };
      }
      const e = entry;
      return { reply: { id, findings: stage('findings', () => checkNumbering(e.text, e.outline, msg.check ?? {})) } };
    }
    case 'forget':
      for (const ref of [...kept.keys()]) if (ref.startsWith(msg.ref)) kept.delete(ref);
      return { reply: { id } };
  }
}

/** With `GANGMU_TRACE`, answers say where the worker's time went. */
const timing = !!process.env.GANGMU_TRACE;

parentPort?.on('message', (msg: AnalysisRequest) => {
  const received = clock();
  const t0 = performance.now();
  const c0 = timing ? threadCpu() : undefined;
  stages = {};
  let out: { reply: AnalysisResponse; transfer?: ArrayBuffer[] };
  try {
    out = handle(msg);
  } catch (e) {
    out = { reply: { id: msg.id, error: e instanceof Error ? e.message : String(e) } };
  }
  out.reply.ms = performance.now() - t0;
  if (c0) {
    const c1 = threadCpu();
    out.reply.timing = { received, sent: clock(), stages, cpu: c1.cpu - c0.cpu, wait: c1.wait - c0.wait };
  }
  parentPort!.postMessage(out.reply, out.transfer ?? []);
});
