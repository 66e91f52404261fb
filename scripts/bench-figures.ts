/**
 * Figure extraction throughput on the seed (speeches-3.txt) ×1 and ×100, against Microsoft
 * Recognizers-Text (number, percent, currency, dimension; line by line) on the same text ×1.
 * Targets: the seed in under 5 ms; at least 50 million characters a second on the seed ×100 (issue 10).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { corpusDir, NO_CORPUS } from './corpus';
import { extractFigures } from '../src/core/figures';
import { recognizersFigures } from './recognizers';

/**
 * Milliseconds per run. The machine is shared, so this is CPU time (user + system) of this
 * process, which other processes' load does not inflate; wall time is reported beside it.
 */
function timeIt(fn: () => unknown, minMs: number): { ms: number; wallMs: number; runs: number } {
  fn(); // warm up
  let runs = 0;
  const c0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  let elapsed = 0;
  do {
    fn();
    runs++;
    elapsed = Number(process.hrtime.bigint() - t0) / 1e6;
  } while (elapsed < minMs);
  const c = process.cpuUsage(c0);
  return { ms: (c.user + c.system) / 1000 / runs, wallMs: elapsed / runs, runs };
}

function rate(chars: number, ms: number): string {
  return `${((chars / ms) * 1000 / 1e6).toFixed(1)} M chars/s`;
}

export async function benchFigures(): Promise<{ seedMs: number; charsPerSec: number; ratio: number }> {
  const seed = readFileSync(join(corpusDir() ?? fail(), 'speeches-3.txt'), 'utf8');
  const big = Array(100).fill(seed).join('\n');
  for (let k = 0; k < 20; k++) extractFigures(seed); // let the JIT settle
  const one = timeIt(() => extractFigures(seed), 300);
  const hundred = timeIt(() => extractFigures(big), 1000);
  const rt = timeIt(() => recognizersFigures(seed), 1);
  const figs = extractFigures(seed).length;
  console.log('Figures throughput');
  console.log(`  seed ×1   (${seed.length} chars, ${figs} figures): ${one.ms.toFixed(3)} ms CPU (${one.wallMs.toFixed(3)} ms wall)  ${rate(seed.length, one.ms)}  (${one.runs} runs)`);
  console.log(`  seed ×100 (${big.length} chars): ${hundred.ms.toFixed(1)} ms CPU (${hundred.wallMs.toFixed(1)} ms wall)  ${rate(big.length, hundred.ms)}  (${hundred.runs} runs)`);
  console.log(`  Recognizers-Text, seed ×1, line by line: ${rt.ms.toFixed(0)} ms CPU (${rt.wallMs.toFixed(0)} ms wall)  ${rate(seed.length, rt.ms)}`);
  const ratio = rt.ms / one.ms;
  console.log(`  ratio (Recognizers-Text time / ours, seed ×1): ${ratio.toFixed(0)}×`);
  const bigRate = (big.length / hundred.ms) * 1000;
  console.log(`  targets: seed < 5 ms ${one.ms < 5 ? 'ok' : 'MISSED'}; seed ×100 ≥ 50 M chars/s (issue 10) ${bigRate >= 5e7 ? 'ok' : `BELOW (${(bigRate / 1e6).toFixed(1)})`}`);
  console.log('');
  return { seedMs: one.ms, charsPerSec: bigRate, ratio };
}

/** The benchmarks repeat the corpus seed: without the corpus they cannot run. */
function fail(): never {
  throw new Error(`bench: ${NO_CORPUS}`);
}
