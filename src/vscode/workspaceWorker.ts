/**
 * Worker thread that reads and parses the workspace's documents for the heading index (issue 12),
 * so a folder of a thousand speeches is indexed without holding the extension host: each file is
 * read, decoded and parsed here (workspaceRead.ts), and only its headings (names and one buffer)
 * go back. Bundled as `dist/workspaceWorker.js`; also driven by `scripts/bench-workspace.ts`.
 */
import { parentPort } from 'node:worker_threads';
import { indexFile, type IndexRequest, type IndexResponse } from './workspaceRead';

parentPort?.on('message', (msg: IndexRequest) => {
  const t0 = performance.now();
  const results = msg.files.map((f) => indexFile(f, msg.options, msg.maxBytes));
  const transfer = results.flatMap((r) => (r.headings ? [r.headings.ints.buffer as ArrayBuffer] : []));
  parentPort!.postMessage({ id: msg.id, results, ms: performance.now() - t0 } satisfies IndexResponse, transfer);
});
