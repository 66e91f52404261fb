/**
 * Worker thread that parses large documents off the extension host's main thread, so a
 * several-MB document never freezes it. Bundled as `dist/outlineWorker.js`; receives
 * `{id, text, options}`, answers `{id, outline}`. Pure core only: no `vscode` here.
 */
import { parentPort } from 'node:worker_threads';
import { parseOutline } from '../core';
import type { Outline, OutlineOptions } from '../core';

export interface ParseRequest {
  id: number;
  text: string;
  options: OutlineOptions;
}
export interface ParseResponse {
  id: number;
  outline?: Outline;
  error?: string;
}

parentPort?.on('message', (msg: ParseRequest) => {
  let reply: ParseResponse;
  try {
    reply = { id: msg.id, outline: parseOutline(msg.text, msg.options) };
  } catch (e) {
    reply = { id: msg.id, error: e instanceof Error ? e.message : String(e) };
  }
  parentPort!.postMessage(reply);
});
