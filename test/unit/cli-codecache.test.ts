/**
 * dist/cli.js starts the command line with a V8 code cache kept in the temporary folder
 * (src/cliLoader.ts). Needs dist/ (`node scripts/build.mjs --tests`). Each test runs the CLI with
 * TMPDIR set to a folder of its own, so the cache it sees is only the one it made.
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '..', '..', '..');
const CLI = join(ROOT, 'dist', 'cli.js');

// Our own text: two parts, a sub-part, figures.
const DOC = '一、总体要求\n全年增长5.2%，完成投资70.6亿元。\n（一）指导思想\n坚持稳中求进。\n二、重点任务\n新建学校3所。\n';

function run(tmp: string, args: string[], env: NodeJS.ProcessEnv = {}): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    env: { ...process.env, TMPDIR: tmp, TMP: tmp, TEMP: tmp, LANG: 'en_US.UTF-8', LC_ALL: '', GANGMU_CODE_CACHE: '', ...env },
    encoding: 'utf8',
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function cacheFiles(tmp: string): string[] {
  const dirs = readdirSync(tmp).filter((n) => n.startsWith('gangmu-code-cache'));
  return dirs.flatMap((d) => readdirSync(join(tmp, d)).map((f) => join(tmp, d, f)));
}

describe('CLI code cache (dist/cli.js)', () => {
  let tmp: string;
  let doc: string;
  beforeEach(() => {
    tmp = mkdtempSync(join(tmpdir(), 'gangmu-cc-test-'));
    doc = join(tmp, 'doc.txt');
    writeFileSync(doc, DOC);
  });
  afterEach(() => rmSync(tmp, { recursive: true, force: true }));

  it('a command saves its compiled code once, and the next run that reads it prints the same', () => {
    const first = run(tmp, ['outline', '--json', doc]);
    assert.equal(first.code, 0, first.stderr);
    const files = cacheFiles(tmp);
    assert.equal(files.length, 1, `one cache file after the first outline: ${files.join(', ')}`);
    assert.match(files[0], /-outline\.bin$/);
    const second = run(tmp, ['outline', '--json', doc]);
    assert.equal(second.code, 0, second.stderr);
    assert.equal(second.stdout, first.stdout);
    assert.deepEqual(cacheFiles(tmp), files);
    const figures = run(tmp, ['figures', '--json', doc]);
    assert.equal(figures.code, 0, figures.stderr);
    assert.ok(JSON.parse(figures.stdout).figures.length >= 3, figures.stdout);
    assert.equal(cacheFiles(tmp).length, 2, 'figures has its own file');
  });

  it('worker threads keep their own cache per command; the main thread of such a run saves none', () => {
    const doc2 = join(tmp, 'doc2.txt');
    writeFileSync(doc2, DOC.replace('5.2%', '6.1%'));
    const first = run(tmp, ['figures', '--json', '--jobs', '2', doc, doc2]);
    assert.equal(first.code, 0, first.stderr);
    const names = cacheFiles(tmp).map((f) => f.replace(/^.*[\\/]/, ''));
    assert.ok(names.length >= 1 && names.every((n) => n.endsWith('-worker-figures.bin')), names.join(', '));
    const second = run(tmp, ['figures', '--json', '--jobs', '2', doc, doc2]);
    assert.equal(second.code, 0, second.stderr);
    assert.equal(second.stdout, first.stdout);
    assert.equal(JSON.parse(second.stdout.split('\n')[1]).figures[0].value, 6.1);
  });

  it('help, version and bad usage save nothing; GANGMU_CODE_CACHE=0 saves nothing', () => {
    assert.equal(run(tmp, ['--version']).code, 0);
    assert.equal(run(tmp, ['--help']).code, 0);
    assert.equal(run(tmp, ['nosuch']).code, 2);
    const off = run(tmp, ['outline', doc], { GANGMU_CODE_CACHE: '0' });
    assert.equal(off.code, 0, off.stderr);
    assert.deepEqual(cacheFiles(tmp), []);
  });

  it('a damaged cache file is rejected, the command still right, and the file written again', () => {
    const good = run(tmp, ['figures', '--json', doc]);
    const [file] = cacheFiles(tmp);
    writeFileSync(file, Buffer.alloc(4096, 7));
    const again = run(tmp, ['figures', '--json', doc]);
    assert.equal(again.code, 0, again.stderr);
    assert.equal(again.stdout, good.stdout);
    assert.equal(cacheFiles(tmp).length, 1);
    assert.notEqual(statSync(file).size, 4096, 'written again');
    const third = run(tmp, ['figures', '--json', doc]);
    assert.equal(third.stdout, good.stdout);
  });

  it('keeps the newest files only: other builds\' files go when there are more than twelve', function () {
    if (typeof process.getuid !== 'function') this.skip();
    const dir = join(tmp, `gangmu-code-cache-${process.getuid!()}`);
    mkdirSync(dir, { mode: 0o700 });
    const old = new Date(Date.now() - 86_400_000);
    for (let k = 0; k < 14; k++) {
      const f = join(dir, `0000000000000000-${k}-outline.bin`);
      writeFileSync(f, 'x');
      utimesSync(f, old, new Date(old.getTime() + k * 1000));
    }
    const r = run(tmp, ['check', doc]);
    assert.ok(r.code === 0 || r.code === 1, r.stderr);
    const left = readdirSync(dir).sort();
    assert.equal(left.length, 12, left.join(', '));
    assert.ok(left.some((n) => n.endsWith('-check.bin')), 'the new file is kept');
    assert.ok(!left.includes('0000000000000000-0-outline.bin') && !left.includes('0000000000000000-1-outline.bin') && !left.includes('0000000000000000-2-outline.bin'), 'the oldest go');
  });

  it('a temporary folder where no folder can be made (missing, /proc) gives no cache and the same output, at once', () => {
    const plain = run(tmp, ['outline', '--json', doc], { GANGMU_CODE_CACHE: '0' });
    for (const where of [join(tmp, 'missing', 'deeper'), ...(existsSync('/proc/self') ? ['/proc'] : [])]) {
      const t0 = Date.now();
      const r = spawnSync(process.execPath, [CLI, 'outline', '--json', doc], {
        env: { ...process.env, TMPDIR: where, TMP: where, TEMP: where, LANG: 'en_US.UTF-8', LC_ALL: '', GANGMU_CODE_CACHE: '' },
        encoding: 'utf8',
        timeout: 20_000,
      });
      assert.equal(r.status, 0, `${where}: ${r.stderr} ${r.error ?? ''}`);
      assert.equal(r.stdout, plain.stdout, where);
      assert.ok(Date.now() - t0 < 20_000, where);
    }
  });

  it('a cache folder others may write to is not used', function () {
    if (typeof process.getuid !== 'function') this.skip();
    const dir = join(tmp, `gangmu-code-cache-${process.getuid!()}`);
    mkdirSync(dir);
    chmodSync(dir, 0o777);
    const r = run(tmp, ['outline', doc]);
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(readdirSync(dir), []);
    assert.ok(existsSync(dir));
  });
});
