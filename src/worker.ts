/**
 * A CLI worker thread: receives `{id, input, opts}`, answers `{id, result}`. Loaded from
 * `dist/worker.js` by the pool in `cli.ts` when several files are given.
 */
import { parentPort } from 'node:worker_threads';
import { runJob, type JobInput, type JobOptions, type JobResult } from './cliJob';

export interface WorkerRequest {
  id: number;
  input: JobInput;
  opts: JobOptions;
}
export interface WorkerResponse {
  id: number;
  result: JobResult;
}

parentPort?.on('message', (msg: WorkerRequest) => {
  const result = runJob(msg.input, msg.opts);
  parentPort!.postMessage({ id: msg.id, result } satisfies WorkerResponse);
});
