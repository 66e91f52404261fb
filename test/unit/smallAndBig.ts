/** Times `run` on a text and on one eight times its size, in the same run (machine load cancels out). */
export function smallAndBig(make: (n: number) => string, n: number, run: (t: string) => void): [number, number] {
  const small = make(n);
  const big = make(8 * n);
  run(small);
  let t0 = Date.now();
  run(small);
  const ts = Date.now() - t0;
  t0 = Date.now();
  run(big);
  return [ts, Date.now() - t0];
}
