/**
 * The engines' hot classes keep one instance for the life of the module (`static keepShape`):
 * V8 forgets an object shape no live object has at a full garbage collection and throws away the
 * optimised code that expects it, so an analysis after a collection ran unoptimised (3× slower
 * on a large text in `npm run bench`, which collects before each timed run). A module constant
 * no function reads did not keep its object: V8 dropped it once the module had loaded.
 *
 * Runs the core (bundled here with esbuild's command) in a child process with `--trace-deopt` and reads
 * which optimised functions V8 threw away for "weak objects" after a collection.
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '..', '..', '..');

/** Methods of MarkerScan, LineTable, LiteralRuns and recordLines' Builder, called per line or per character. */
const WATCHED = ['line', 'inlineMarkers', 'push', 'allow', 'empty', 'continues', 'outside', 'at', 'add', 'close', 'appendPiece'];

// Our own text: a plan's parts, items and run-in members, as a long document repeats them; and the
// same paragraphs as one-line JSON records (read through recordLines' Builder).
const PLAN = [
  '一、总体要求',
  '坚持稳中求进工作总基调，全年增长5.2%，完成投资70.6亿元。一是加强领导；二是压实责任；三是强化督查。',
  '（一）指导思想',
  '以高质量发展为主题，新建学校3所，改造道路12.5公里。',
  '二、重点任务',
  '1. 扩大有效投资。2. 培育新兴产业。3. 优化营商环境。',
  '',
].join('\n');

function deoptimisedAfterCollection(core: string, records: boolean): string[] {
  const script = `
    const c = require(${JSON.stringify(core)});
    const plan = ${JSON.stringify(PLAN)};
    let t = Array.from({ length: 600 }, () => plan).join('\\n');
    if (${records}) t = Array.from({ length: 150 }, (_, i) => JSON.stringify({ id: i, title: '通知' + i, content: plan.repeat(4) })).join('\\n') + '\\n';
    for (let i = 0; i < 10; i++) c.parseOutline(t, { format: 'plain' });
    console.log('=====COLLECTING');
    for (let i = 0; i < 3; i++) { gc(); c.parseOutline(t, { format: 'plain' }); }
  `;
  const r = spawnSync(process.execPath, ['--expose-gc', '--trace-deopt', '-e', script], { encoding: 'utf8', maxBuffer: 256 << 20 });
  assert.equal(r.status, 0, r.stderr);
  const after = r.stdout.split('=====COLLECTING')[1] ?? '';
  const names = [...after.matchAll(/SharedFunctionInfo ([\w$]+)>\) \(opt id \d+\) for deoptimization, reason: weak objects/g)].map((m) => m[1]);
  return [...new Set(names)].filter((n) => WATCHED.includes(n)).sort();
}

describe('engines: optimised code outlives a full garbage collection', function () {
  this.timeout(180_000);
  let dir = '';
  let core = '';
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'gangmu-gc-shapes-'));
    core = join(dir, 'core.js');
    const b = spawnSync(join(ROOT, 'node_modules', '.bin', 'esbuild'), [join(ROOT, 'src', 'core', 'index.ts'), '--bundle', '--platform=node', '--format=cjs', `--outfile=${core}`, '--log-level=error'], { encoding: 'utf8' });
    assert.equal(b.status, 0, b.stderr);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps the marker scan and the line table optimised on a plain text', () => {
    assert.deepEqual(deoptimisedAfterCollection(core, false), []);
  });

  it('keeps the record reader optimised on a file of one-line records', () => {
    assert.deepEqual(deoptimisedAfterCollection(core, true), []);
  });
});
