/**
 * `npm run fuzz`: 10⁶ generated documents (or FUZZ_RUNS) through every engine with the safety
 * nets off; prints the count and the time. A failure prints the shrunk counterexample and exits 1.
 */
import fc from 'fast-check';
import { setSafetyNets } from '../src/core/safety';
import { fuzzProperty } from '../test/fuzz/engines';

const runs = Number(process.env.FUZZ_RUNS ?? 1_000_000);
const seed = process.env.FUZZ_SEED !== undefined ? Number(process.env.FUZZ_SEED) : Date.now() % 2_147_483_647;
setSafetyNets(false);
const t0 = Date.now();
let n = 0;
let chars = 0;
const every = Math.max(1, Math.floor(runs / 20));
try {
  fc.assert(fuzzProperty((len) => {
    n++;
    chars += len;
    if (n % every === 0) process.stdout.write(`  ${n.toLocaleString('en')} cases, ${((Date.now() - t0) / 1000).toFixed(0)} s\n`);
  }), { numRuns: runs, seed });
  const s = (Date.now() - t0) / 1000;
  console.log(`fuzz: ${n.toLocaleString('en')} cases (${(chars / 1e6).toFixed(1)} M chars), no exception, ${s.toFixed(1)} s (seed ${seed})`);
} catch (e) {
  console.error(String((e as Error).message ?? e));
  console.error(`fuzz: FAILED after ${n.toLocaleString('en')} cases, ${((Date.now() - t0) / 1000).toFixed(1)} s (seed ${seed})`);
  process.exit(1);
}
