/**
 * The whole command as a user runs it (issue 10): `node dist/cli.js outline FILE --json` on the
 * seed ×300 (about 28 MB), against two other whole processes on the same file in the same run:
 *
 * - markdown-it: reads the file as UTF-8 and parses it (`new MarkdownIt().parse(text, {})`);
 * - the floor: only reads the file into a string (`readFileSync(f, 'utf8')`), what any reader of
 *   strings pays before doing anything.
 *
 * The three take turns round by round (a burst of load on a shared machine hits all alike); each
 * one's number is the median of its rounds. Wall time is what a user waits; CPU time (user +
 * system of the child, reported by a tiny preload at exit) is what other processes' load inflates
 * least. Our runs also print their own stage times (`GANGMU_TIMINGS=1`). Target: ours ≤ 1.5× the floor.
 * `GANGMU_BENCH_CLI_BEFORE=/path/to/old/cli.js` adds another build of the CLI to the same rounds.
 * Needs `dist/cli.js` (built by `npm run bench`).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { corpusDir, NO_CORPUS, repoRoot } from './corpus';

const ROOT = repoRoot();
const CLI = join(ROOT, 'dist', 'cli.js');
const ROUNDS = Number(process.env.GANGMU_BENCH_CLI_ROUNDS) || 7;
const COPIES = 300;

/**
 * Loaded with `--require` into every child: prints its CPU time on stderr as it exits, and on Linux
 * the main thread's own CPU time and its wait for a core (/proc/thread-self/schedstat, nanoseconds).
 * The main thread's CPU is the critical path on a quiet machine; on a busy one the wall time also
 * holds the waits (our background compiler and collector threads compete for the same cores).
 */
const PRELOAD = `process.on('exit', () => { const c = process.cpuUsage(); let m = ''; ` +
  `try { const s = require('fs').readFileSync('/proc/thread-self/schedstat', 'utf8').split(' '); m = ',"mainMs":' + s[0] / 1e6 + ',"waitMs":' + s[1] / 1e6; } catch {} ` +
  `process.stderr.write('\\n{"cpuMs":' + (c.user + c.system) / 1000 + m + '}\\n'); });`;

type Name = 'gangmu' | 'before' | 'markdown-it' | 'floor';

/** Another build of the CLI to compare in the same run (e.g. a copy of an older dist/cli.js). */
const BEFORE = process.env.GANGMU_BENCH_CLI_BEFORE;

interface Sample {
  wallMs: number;
  cpuMs: number;
  /** The main thread's CPU time and its wait for a core (NaN where /proc is not there). */
  mainMs: number;
  waitMs: number;
  stages?: Record<string, number>;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

function argsFor(name: Name, file: string, preload: string): string[] {
  const pre = ['--require', preload];
  if (name === 'gangmu') return [...pre, CLI, 'outline', file, '--json'];
  if (name === 'before') return [...pre, BEFORE!, 'outline', file, '--json'];
  if (name === 'floor') return [...pre, '-e', `require('fs').readFileSync(${JSON.stringify(file)}, 'utf8')`];
  const md = require.resolve('markdown-it');
  return [...pre, '-e', `new (require(${JSON.stringify(md)}))().parse(require('fs').readFileSync(${JSON.stringify(file)}, 'utf8'), {})`];
}

function runOnce(name: Name, file: string, preload: string): Sample {
  const t0 = process.hrtime.bigint();
  // stdout goes to /dev/null for every process alike: what is measured is producing it, not a reader.
  const r = spawnSync(process.execPath, argsFor(name, file, preload), {
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
    env: { ...process.env, GANGMU_TIMINGS: name === 'gangmu' ? '1' : '' },
    maxBuffer: 1 << 24,
  });
  const wallMs = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0) throw new Error(`bench-cli: ${name} exited ${r.status}: ${(r.stderr ?? '').slice(0, 400)}`);
  const cpu = /\{"cpuMs":([\d.]+)(?:,"mainMs":([\d.]+),"waitMs":([\d.]+))?\}/.exec(r.stderr ?? '');
  const stageLine = /read ([\d.]+) ms, decode ([\d.]+) ms, analyse ([\d.]+) ms, serialise ([\d.]+) ms/.exec(r.stderr ?? '');
  const stages: Record<string, number> | undefined = stageLine
    ? { read: +stageLine[1], decode: +stageLine[2], analyse: +stageLine[3], serialise: +stageLine[4] }
    : undefined;
  // the analysis's own stages, printed after the four (`; analyse: furniture 9.8 ms, layout …`)
  const sub = /; analyse: (.*)$/m.exec(r.stderr ?? '');
  if (stages && sub) for (const m of sub[1].matchAll(/([a-z]+) ([\d.]+) ms/g)) stages[`analyse.${m[1]}`] = +m[2];
  return { wallMs, cpuMs: cpu ? Number(cpu[1]) : NaN, mainMs: cpu?.[2] ? Number(cpu[2]) : NaN, waitMs: cpu?.[3] ? Number(cpu[3]) : NaN, stages };
}

export async function benchCli(): Promise<void> {
  const corpus = corpusDir();
  if (!corpus) throw new Error(`bench: ${NO_CORPUS}`);
  if (!existsSync(CLI)) throw new Error(`bench-cli: ${CLI} is missing (node scripts/build.mjs)`);
  const seed = readFileSync(join(corpus, 'speeches-3.txt'), 'utf8');
  const dir = mkdtempSync(join(tmpdir(), 'gangmu-bench-cli-'));
  try {
    const file = join(dir, 'seed-x300.txt');
    const text = Array.from({ length: COPIES }, () => seed).join('\n');
    writeFileSync(file, text);
    const preload = join(dir, 'cpu-at-exit.js');
    writeFileSync(preload, PRELOAD);
    const bytes = Buffer.byteLength(text);

    const names: Name[] = BEFORE ? ['gangmu', 'before', 'markdown-it', 'floor'] : ['gangmu', 'markdown-it', 'floor'];
    const samples: Record<Name, Sample[]> = { gangmu: [], before: [], 'markdown-it': [], floor: [] };
    for (const n of names) runOnce(n, file, preload); // warm the page cache and the module cache
    for (let r = 0; r < ROUNDS; r++) for (const n of names) samples[n].push(runOnce(n, file, preload));

    const load = loadavg()[0];
    console.log(`\nWhole CLI process — outline FILE --json vs a markdown-it process vs a read-only process (same file, alternating, medians of ${ROUNDS})`);
    console.log(`file: speeches-3.txt ×${COPIES}, ${(bytes / 1e6).toFixed(1)} MB, ${text.length.toLocaleString('en-US')} characters; ` +
      `load average ${load.toFixed(1)} on ${availableParallelism()} cores${load > availableParallelism() ? ' (busy: wall times are noisy; CPU times and ratios less so)' : ''}`);
    const wall = (n: Name): number => median(samples[n].map((s) => s.wallMs));
    const cpu = (n: Name): number => median(samples[n].map((s) => s.cpuMs));
    const label: Record<Name, string> = {
      gangmu: 'gangmu outline --json',
      before: `before: ${BEFORE}`,
      'markdown-it': 'markdown-it parse',
      floor: "readFileSync(f, 'utf8')",
    };
    const main = (n: Name): number => median(samples[n].map((s) => s.mainMs));
    const wait = (n: Name): number => median(samples[n].map((s) => s.waitMs));
    const hasMain = names.every((n) => Number.isFinite(main(n)));
    for (const n of names) {
      console.log(`  ${label[n].padEnd(26)} wall ${wall(n).toFixed(0).padStart(5)} ms   CPU ${cpu(n).toFixed(0).padStart(5)} ms` +
        (hasMain ? `   main thread ${main(n).toFixed(0).padStart(5)} ms (waited ${wait(n).toFixed(0)} ms for a core)` : ''));
    }
    const ratio = (a: number, b: number): string => `${(a / b).toFixed(2)}×`;
    const verdict = wall('gangmu') / wall('floor') <= 1.5 ? 'meets' : 'ABOVE';
    console.log(`  gangmu / floor: wall ${ratio(wall('gangmu'), wall('floor'))} (target ≤ 1.5×: ${verdict}), CPU ${ratio(cpu('gangmu'), cpu('floor'))}` +
      (hasMain ? `, main thread's CPU ${ratio(main('gangmu'), main('floor'))} (about the wall ratio when a core is free for the background threads)` : ''));
    if (BEFORE) console.log(`  gangmu / before: wall ${ratio(wall('gangmu'), wall('before'))}, CPU ${ratio(cpu('gangmu'), cpu('before'))}`);
    console.log(`  gangmu / markdown-it: wall ${ratio(wall('gangmu'), wall('markdown-it'))}, CPU ${ratio(cpu('gangmu'), cpu('markdown-it'))}`);
    const stages = samples.gangmu.map((s) => s.stages).filter((s): s is Record<string, number> => !!s);
    if (stages.length) {
      const m = (k: string): string => `${median(stages.map((s) => s[k])).toFixed(0)} ms`;
      console.log(`  gangmu stages (wall, medians): read ${m('read')}, decode ${m('decode')}, analyse ${m('analyse')}, serialise + write ${m('serialise')}; ` +
        `the rest of the wall time is starting Node and loading the CLI`);
      const subs = Object.keys(stages[0]).filter((k) => k.startsWith('analyse.'));
      if (subs.length) console.log(`  analyse by stage (wall, medians): ${subs.map((k) => `${k.slice(8)} ${m(k)}`).join(', ')}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// `node out/scripts/bench-cli.js` runs this part alone. (Bundled into bench.js, `require.main ===
// module` holds there too: the file name tells the two apart.)
if (/bench-cli\.js$/.test(process.argv[1] ?? '')) {
  benchCli().catch((e) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
}
