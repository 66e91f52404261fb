/**
 * Milliseconds of `run` on `a` and on `b`, each run once before (warm, so neither pays for compiling
 * what the other reads), in the same run (machine load cancels out in their ratio).
 */
export function timeBoth(a: string, b: string, run: (t: string) => void): [number, number] {
  run(a);
  run(b);
  let t0 = Date.now();
  run(a);
  const ta = Date.now() - t0;
  t0 = Date.now();
  run(b);
  return [ta, Date.now() - t0];
}

/** Times `run` on a text and on one eight times its size (timeBoth). */
export function smallAndBig(make: (n: number) => string, n: number, run: (t: string) => void): [number, number] {
  return timeBoth(make(n), make(8 * n), run);
}
