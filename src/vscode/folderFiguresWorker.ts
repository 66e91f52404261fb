/**
 * Worker thread of the figures panel's folder mode (issue 12): reads one document's bytes into its
 * dated figures (`DocumentFigures`) off the extension host, the same job the command line runs for
 * `figures --by-indicator`. Bundled as `dist/folderFiguresWorker.js`. No `vscode` here.
 */
import { parentPort } from 'node:worker_threads';
import { runJob } from '../cliJob';
import type { DocumentFigures } from '../core/figures/crossFiles';

export interface FolderFiguresRequest {
  id: number;
  /** The name shown for the document (its path relative to the folder). */
  name: string;
  bytes: Uint8Array;
}
export interface FolderFiguresResponse {
  id: number;
  doc?: DocumentFigures;
  error?: string;
}

parentPort?.on('message', (msg: FolderFiguresRequest) => {
  let reply: FolderFiguresResponse;
  try {
    const r = runJob({ name: msg.name, bytes: msg.bytes }, { command: 'figures', mode: 'json', lang: 'en', multi: true, byIndicator: true, noCorrections: true });
    reply = r.failed || !r.out ? { id: msg.id, error: r.err ?? 'unreadable' } : { id: msg.id, doc: JSON.parse(r.out) as DocumentFigures };
  } catch (e) {
    reply = { id: msg.id, error: e instanceof Error ? e.message.split('\n')[0] : String(e) };
  }
  parentPort!.postMessage(reply);
});
