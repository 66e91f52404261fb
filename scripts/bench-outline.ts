/**
 * Outline throughput against markdown-it and remark-parse on the same text, in one run:
 * the seed speech ×1, ×100, and a 10M-character hard-wrapped text built from the seed.
 * Times are medians after warm-up, engines interleaved round by round; peak memory is measured in a fresh child process per case
 * (so one case's garbage does not inflate the next). Run with `node --expose-gc`.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { availableParallelism, loadavg } from 'node:os';
import MarkdownIt from 'markdown-it';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { parseOutline } from '../src/core';
import { corpusDir, NO_CORPUS } from './corpus';

type EngineName = 'gangmu' | 'markdown-it' | 'remark-parse';
type SizeName = 'x1' | 'x100' | 'wrapped10M';

const REMARK_CAP_MS = 60_000;
const MEMORY_PROBE_ENV = 'GANGMU_BENCH_OUTLINE_PROBE';

function seedText(): string {
  return readFileSync(join(corpusDir() ?? fail(), 'speeches-3.txt'), 'utf8');
}

/**
 * The seed's paragraphs re-wrapped every 33–37 characters, as PDFs and some web pages deliver
 * them, repeated until the text holds `target` characters (cut at a line end).
 */
export function hardWrapped(seed: string, target: number): string {
  const paragraphs = seed.split('\n').map((l) => l.trim()).filter((l) => l.length > 0);
  const parts: string[] = [];
  let size = 0;
  let k = 0;
  for (let p = 0; size < target; p = (p + 1) % paragraphs.length) {
    const para = paragraphs[p];
    for (let i = 0; i < para.length && size < target; ) {
      const width = 33 + (k++ % 5); // 33..37, deterministic
      const line = para.slice(i, i + width);
      parts.push(line);
      size += line.length + 1;
      i += width;
    }
  }
  return parts.join('\n') + '\n';
}

function textFor(size: SizeName): string {
  const seed = seedText();
  if (size === 'x1') return seed;
  if (size === 'x100') return Array.from({ length: 100 }, () => seed).join('\n');
  return hardWrapped(seed, 10_000_000);
}

function parserFor(engine: EngineName): (text: string) => unknown {
  if (engine === 'gangmu') return (t) => parseOutline(t, { format: 'plain' });
  if (engine === 'markdown-it') {
    const md = new MarkdownIt();
    return (t) => md.parse(t, {});
  }
  const processor = unified().use(remarkParse);
  return (t) => processor.parse(t);
}

function gc(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

function timeOnce(parse: (t: string) => unknown, text: string): number {
  const t0 = process.hrtime.bigint();
  parse(text);
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

interface Timing {
  ms: number | null;
  runs: number;
  note?: string;
}

interface Memory {
  peakRssMB: number;
  retainedMB: number;
  /** Time of the one parse in the probe (code warmed on a small slice first). */
  ms: number;
}

/** One parse in a fresh process: peak RSS growth over the loaded text, heap kept by the result. */
function probeMemory(engine: EngineName, size: SizeName, timeoutMs?: number): Memory | 'timeout' | null {
  const r = spawnSync(process.execPath, ['--expose-gc', '--max-old-space-size=16000', __filename], {
    env: { ...process.env, [MEMORY_PROBE_ENV]: `${engine}:${size}` },
    encoding: 'utf8',
    maxBuffer: 1 << 20,
    timeout: timeoutMs,
    killSignal: 'SIGKILL',
  });
  if ((r.error as NodeJS.ErrnoException | undefined)?.code === 'ETIMEDOUT') return 'timeout';
  const line = (r.stdout ?? '').split('\n').find((l) => l.startsWith('{"probe"'));
  if (!line) return null;
  const p = JSON.parse(line);
  return { peakRssMB: p.peakRssMB, retainedMB: p.retainedMB, ms: p.ms };
}

function runProbe(spec: string): void {
  const [engine, size] = spec.split(':') as [EngineName, SizeName];
  const parse = parserFor(engine);
  const text = textFor(size);
  parse(text.slice(0, 1000)); // load lazily-initialised code before the baseline
  gc();
  const rss0 = process.memoryUsage().rss;
  const heap0 = process.memoryUsage().heapUsed;
  const t0 = process.hrtime.bigint();
  const result = parse(text);
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const peakRss = process.resourceUsage().maxRSS * 1024;
  gc();
  const retained = process.memoryUsage().heapUsed - heap0;
  const MB = 1024 * 1024;
  process.stdout.write(
    JSON.stringify({ probe: spec, peakRssMB: Math.max(0, peakRss - rss0) / MB, retainedMB: Math.max(0, retained) / MB, ms, keep: result ? 1 : 0 }) + '\n',
  );
}

function fmtMs(ms: number | null): string {
  if (ms === null) return '—';
  return ms < 10 ? `${ms.toFixed(2)} ms` : ms < 10_000 ? `${ms.toFixed(0)} ms` : `${(ms / 1000).toFixed(1)} s`;
}

function fmtRate(chars: number, ms: number | null): string {
  return ms === null ? '—' : `${((chars / ms) * 1000 / 1e6).toFixed(1)} M/s`;
}

function pad(s: string, n: number, right = false): string {
  return right ? s.padStart(n) : s.padEnd(n);
}

export async function benchOutline(): Promise<void> {
  if (!(globalThis as { gc?: unknown }).gc) console.log('(run with node --expose-gc for steadier numbers)');
  const seed = seedText();
  const texts: Record<SizeName, string> = { x1: seed, x100: textFor('x100'), wrapped10M: textFor('wrapped10M') };
  const label: Record<SizeName, string> = { x1: 'seed ×1', x100: 'seed ×100', wrapped10M: 'hard-wrapped 10M' };
  const plan: Record<SizeName, [number, number]> = { x1: [10, 21], x100: [2, 7], wrapped10M: [1, 5] };
  const engines: EngineName[] = ['gangmu', 'markdown-it', 'remark-parse'];
  const sizes: SizeName[] = ['x1', 'x100', 'wrapped10M'];

  const probe = parseOutline(seed, { format: 'plain' });
  const load = loadavg()[0];
  console.log(`\nOutline — gangmu parseOutline vs markdown-it parse vs remark-parse (unified().use(remarkParse).parse)`);
  console.log(`seed: speeches-3.txt, ${seed.length.toLocaleString('en-US')} chars, ${probe.headings.length} headings found by gangmu` +
    (probe.headings.length === 0 ? '  (the outline engine looks like a stub: numbers below are not the engine\'s)' : ''));
  console.log(`load average ${load.toFixed(1)} on ${availableParallelism()} cores${load > availableParallelism() ? ' — the machine is busy: wall times are noisy, ratios (same rounds) less so' : ''}`);
  console.log(`hard-wrapped text judged hard-wrapped by gangmu: ${parseOutline(texts.wrapped10M.slice(0, 200_000), { format: 'plain' }).hardWrapped}`);

  const memory: Record<EngineName, Partial<Record<SizeName, Memory | null>>> = { gangmu: {}, 'markdown-it': {}, 'remark-parse': {} };
  // Engines take turns within each round, so a burst of load on a shared machine hits all of
  // them alike; each engine's time is the median of its rounds.
  const timings: Record<EngineName, Partial<Record<SizeName, Timing>>> = { gangmu: {}, 'markdown-it': {}, 'remark-parse': {} };
  const parsers = Object.fromEntries(engines.map((e) => [e, parserFor(e)])) as Record<EngineName, (t: string) => unknown>;
  for (const size of sizes) {
    const text = texts[size];
    const [warm, rounds] = plan[size];
    const active = engines.filter((e) => e !== 'remark-parse' || size === 'x1');
    if (!active.includes('remark-parse')) {
      // remark builds a full syntax tree with positions and can take minutes on large texts:
      // time one parse in a child process that is killed at the cap.
      const m = probeMemory('remark-parse', size, REMARK_CAP_MS + 20_000);
      if (m === 'timeout' || (m && m.ms > REMARK_CAP_MS)) {
        timings['remark-parse'][size] = { ms: null, runs: 0, note: `> ${REMARK_CAP_MS / 1000} s (stopped at the cap)` };
      } else if (m) {
        timings['remark-parse'][size] = { ms: m.ms, runs: 1 };
        memory['remark-parse'][size] = m;
      } else {
        timings['remark-parse'][size] = { ms: null, runs: 0, note: 'probe failed' };
      }
    }
    const samples = new Map<EngineName, number[]>(active.map((e) => [e, []]));
    for (const e of active) for (let i = 0; i < warm; i++) parsers[e](text);
    for (let r = 0; r < rounds; r++) {
      for (const e of active) {
        gc();
        samples.get(e)!.push(timeOnce(parsers[e], text));
      }
    }
    for (const e of active) {
      const xs = samples.get(e)!;
      timings[e][size] = { ms: median(xs), runs: xs.length };
    }
  }

  for (const engine of engines) {
    for (const size of sizes) {
      if (timings[engine][size]?.ms == null || memory[engine][size]) continue;
      const m = probeMemory(engine, size);
      memory[engine][size] = m === 'timeout' ? null : m;
    }
  }

  const head = `${pad('text', 18)} ${pad('chars', 11, true)} | ${engines.map((e) => pad(e, 28)).join(' | ')} | ours/md-it`;
  console.log('\n' + head);
  console.log('-'.repeat(head.length));
  for (const size of sizes) {
    const chars = texts[size].length;
    const cells = engines.map((e) => {
      const t = timings[e][size]!;
      return pad(t.ms === null ? t.note ?? '—' : `${fmtMs(t.ms)} (${fmtRate(chars, t.ms)}, n=${t.runs})`, 28);
    });
    const ours = timings.gangmu[size]!.ms;
    const mdit = timings['markdown-it'][size]!.ms;
    const ratio = ours && mdit ? `${(mdit / ours).toFixed(2)}×` : '—';
    console.log(`${pad(label[size], 18)} ${pad(chars.toLocaleString('en-US'), 11, true)} | ${cells.join(' | ')} | ${ratio}`);
  }

  console.log(`remark-parse on ×100 and 10M: one parse in a fresh process, stopped at ${REMARK_CAP_MS / 1000} s.`);
  console.log('\nLinearity (time ×100 / time ×1; target ≤ 120 for gangmu):');
  for (const e of engines) {
    const a = timings[e].x1?.ms;
    const b = timings[e].x100?.ms;
    console.log(`  ${pad(e, 13)} ${a && b ? (b / a).toFixed(1) : '—'}`);
  }
  const ours = timings.gangmu;
  const md = timings['markdown-it'];
  const verdict = (s: SizeName): string => {
    const r = ours[s]?.ms && md[s]?.ms ? md[s]!.ms! / ours[s]!.ms! : null;
    return r === null ? '—' : `${r.toFixed(2)}× ${r >= 2 ? 'meets' : 'BELOW'} the ≥ 2× target`;
  };
  console.log(`Throughput vs markdown-it: ×1 ${verdict('x1')}; ×100 ${verdict('x100')}; hard-wrapped ${verdict('wrapped10M')}`);

  // The anatomy stage's share of the outline's time (issue 8: at most 10%), medians of runs of the whole parse.
  console.log('\nAnatomy stage (page furniture + zones) as a share of the whole outline (target ≤ 10%):');
  for (const size of ['x100', 'wrapped10M'] as SizeName[]) {
    const t = texts[size];
    const shares: number[] = [];
    for (let k = 0; k < 5; k++) {
      let anatomy = 0;
      const s0 = performance.now();
      parseOutline(t, { format: 'plain', onAnatomyTime: (ms) => (anatomy = ms) });
      shares.push(anatomy / (performance.now() - s0));
    }
    shares.sort((a, b) => a - b);
    const m = shares[2];
    console.log(`  ${pad(label[size], 18)} ${(m * 100).toFixed(1)}% ${m <= 0.1 ? 'meets' : 'ABOVE'} the target`);
  }

  console.log('\nPeak memory (fresh process per case: peak RSS growth over the loaded text / heap retained by the result after GC):');
  for (const size of sizes) {
    const cells = engines.map((e) => {
      const m = memory[e][size];
      return pad(m ? `${m.peakRssMB.toFixed(0)} MB / ${m.retainedMB.toFixed(1)} MB` : '—', 22);
    });
    console.log(`  ${pad(label[size], 18)} ${engines.map((e, i) => `${e}: ${cells[i]}`).join('  ')}`);
  }
}

// In a memory probe child (see probeMemory) this module does one parse, prints, and exits
// before the bench entry point starts.
if (process.env[MEMORY_PROBE_ENV]) {
  runProbe(process.env[MEMORY_PROBE_ENV]!);
  process.exit(0);
}

/** The benchmarks repeat the corpus seed: without the corpus they cannot run. */
function fail(): never {
  throw new Error(`bench: ${NO_CORPUS}`);
}
