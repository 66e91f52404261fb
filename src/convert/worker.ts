/**
 * Worker thread that converts one received file (Word, PDF, web page) off the extension host's
 * main thread, so a large file never freezes the editor. Bundled as `dist/convertWorker.js`; it
 * loads the one converter the file needs (`dist/convert-*.js`). Progress is posted as it comes.
 */
import { parentPort } from 'node:worker_threads';
import { convertFile, type ConvertKind } from './load';
import type { ConvertResult } from './types';

export interface ConvertRequest {
  kind: ConvertKind;
  bytes: Uint8Array;
  name: string;
  maxBytes?: number;
}

export type ConvertReply = { progress: [number, number] } | { result: ConvertResult };

parentPort?.on('message', (msg: ConvertRequest) => {
  void convertFile(msg.kind, msg.bytes, {
    name: msg.name,
    maxBytes: msg.maxBytes,
    onProgress: (done, total) => parentPort!.postMessage({ progress: [done, total] } satisfies ConvertReply),
  }).then((result) => parentPort!.postMessage({ result } satisfies ConvertReply));
});
