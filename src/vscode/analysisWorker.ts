/**
 * Worker thread that analyses large documents off the extension host's main thread, so a
 * several-MB document never freezes it. Bundled as `dist/analysisWorker.js`; receives
 * `{id, text, options}`, answers `{id, outline, figures, findings}` — everything the providers,
 * the checks and the figures panel read, in one pass. Pure core only: no `vscode` here.
 */
import { parentPort } from 'node:worker_threads';
import { parseOutline, extractFigures, checkNumbering } from '../core';
import type { Figure, Finding, Outline, OutlineOptions } from '../core';

export interface AnalysisRequest {
  id: number;
  text: string;
  options: OutlineOptions;
}
export interface AnalysisResponse {
  id: number;
  outline?: Outline;
  figures?: Figure[];
  findings?: Finding[];
  error?: string;
}

parentPort?.on('message', (msg: AnalysisRequest) => {
  let reply: AnalysisResponse;
  try {
    const outline = parseOutline(msg.text, msg.options);
    reply = { id: msg.id, outline, figures: extractFigures(msg.text, outline), findings: checkNumbering(msg.text, outline) };
  } catch (e) {
    reply = { id: msg.id, error: e instanceof Error ? e.message : String(e) };
  }
  parentPort!.postMessage(reply);
});
