/**
 * A CLI worker thread: receives `{id, input, opts}`, answers `{id, chunk}` for each batch of output
 * and then `{id, result}`. Loaded from `dist/worker.js` by the pool in `cli.ts` when several files
 * are given; `{done: true}` ends it.
 */
import { parentPort } from 'node:worker_threads';
import { runJob, type JobInput, type JobOptions, type JobResult } from './cliJob';

export type WorkerRequest =
  | {
      id: number;
      input: JobInput;
      opts: JobOptions;
    }
  /** No more files: the thread ends (through process.exit, so the code cache is saved: src/cliLoader.ts). */
  | { done: true };
/** Pieces of a file's output as they are produced (in batches), then its result (with `out` empty). */
export type WorkerResponse = { id: number; chunk: string } | { id: number; result: JobResult };

parentPort?.on('message', (msg: WorkerRequest) => {
  if ('done' in msg) {
    process.exit(0);
    return;
  }
  const result = runJob(msg.input, msg.opts, (chunk) => parentPort!.postMessage({ id: msg.id, chunk } satisfies WorkerResponse));
  parentPort!.postMessage({ id: msg.id, result } satisfies WorkerResponse);
});
