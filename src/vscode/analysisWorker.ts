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
import { buffersOf, packFigures, packFolds, packOutline, packRows, type PackedFigures, type PackedOutline, type PackedRows } from './analysisTransfer';

export type AnalysisRequest =
  | { type: 'outline'; id: number; ref: string; text: string; options: OutlineOptions }
  | { type: 'figures'; id: number; ref: string; text?: string; options?: OutlineOptions }
  | { type: 'findings'; id: number; ref: string; check?: CheckOptions; text?: string; options?: OutlineOptions }
  | { type: 'forget'; id: number; ref: string };

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

function handle(msg: AnalysisRequest): { reply: AnalysisResponse; transfer?: ArrayBuffer[] } {
  const id = msg.id;
  switch (msg.type) {
    case 'outline': {
      const outline = parseOutline(msg.text, msg.options);
      keep(msg.ref, msg.text, outline);
      const packed = packOutline(outline);
      const rows = packRows(outlineRows(msg.text, outline, computeLineStarts(msg.text)));
      const folds = packFolds(outlineFoldRegions(msg.text, outline));
      return { reply: { id, outline: packed, rows, folds }, transfer: buffersOf(packed, rows, folds) };
    }
    case 'figures':
    case 'findings': {
      let entry = kept.get(msg.ref);
      if (!entry && msg.text !== undefined) entry = keep(msg.ref, msg.text, parseOutline(msg.text, msg.options ?? {}));
      if (!entry) return { reply: { id, missing: true } };
      if (msg.type === 'figures') {
        const figures = packFigures((entry.figures ??= extractFigures(entry.text, entry.outline)));
        return { reply: { id, figures }, transfer: buffersOf(figures) };
      }
      return { reply: { id, findings: checkNumbering(entry.text, entry.outline, msg.check ?? {}) } };
    }
    case 'forget':
      for (const ref of [...kept.keys()]) if (ref.startsWith(msg.ref)) kept.delete(ref);
      return { reply: { id } };
  }
}

parentPort?.on('message', (msg: AnalysisRequest) => {
  const t0 = performance.now();
  let out: { reply: AnalysisResponse; transfer?: ArrayBuffer[] };
  try {
    out = handle(msg);
  } catch (e) {
    out = { reply: { id: msg.id, error: e instanceof Error ? e.message : String(e) } };
  }
  out.reply.ms = performance.now() - t0;
  parentPort!.postMessage(out.reply, out.transfer ?? []);
});
