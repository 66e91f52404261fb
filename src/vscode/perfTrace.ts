/**
 * Timing lines for finding what holds the extension host's main thread on large documents.
 * Silent unless `GANGMU_TRACE` is set in the extension host's environment (the integration
 * runner passes its own environment through); then each line goes to the console, which the
 * test runner prints. Pure Node: the analysis worker uses it too.
 */
import { readFileSync } from 'node:fs';

export const tracing = !!process.env.GANGMU_TRACE;

export function trace(message: string): void {
  if (tracing) console.log(`  [gangmu-trace ${Math.round(performance.now())}] ${message}`);
}

/** Milliseconds since the epoch with sub-millisecond precision, comparable across threads. */
export function clock(): number {
  return performance.timeOrigin + performance.now();
}

/**
 * CPU time of the calling thread and time it waited for a CPU, in ms since the thread started
 * (Linux's /proc/thread-self/schedstat; zeros elsewhere). On a shared machine wall times grow
 * with the load; on-CPU time is what our code costs, the run-queue wait is what the load adds.
 */
export function threadCpu(): { cpu: number; wait: number } {
  try {
    const [cpu, wait] = readFileSync('/proc/thread-self/schedstat', 'latin1').split(' ');
    return { cpu: Number(cpu) / 1e6, wait: Number(wait) / 1e6 };
  } catch {
    return { cpu: 0, wait: 0 };
  }
}

/** Runs `fn`, tracing how long it held the thread (wall, and this thread's CPU). */
export function timed<T>(label: string, fn: () => T): T {
  if (!tracing) return fn();
  const t0 = performance.now();
  const c0 = threadCpu();
  try {
    return fn();
  } finally {
    const c1 = threadCpu();
    trace(`${label} ${(performance.now() - t0).toFixed(1)} ms (cpu ${(c1.cpu - c0.cpu).toFixed(1)}, runqueue ${(c1.wait - c0.wait).toFixed(1)})`);
  }
}
