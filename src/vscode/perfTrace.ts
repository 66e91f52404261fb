/**
 * Timing lines for finding what holds the extension host's main thread on large documents.
 * Silent unless `GANGMU_TRACE` is set in the extension host's environment (the integration
 * runner passes its own environment through); then each line goes to the console, which the
 * test runner prints.
 */
export const tracing = !!process.env.GANGMU_TRACE;

export function trace(message: string): void {
  if (tracing) console.log(`  [gangmu-trace ${Math.round(performance.now())}] ${message}`);
}

/** Runs `fn`, tracing how long it held the thread. */
export function timed<T>(label: string, fn: () => T): T {
  if (!tracing) return fn();
  const t0 = performance.now();
  try {
    return fn();
  } finally {
    trace(`${label} ${(performance.now() - t0).toFixed(1)} ms`);
  }
}
