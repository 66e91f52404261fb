/**
 * The command line honours the reader's corrections: `FILE.gangmu.json` beside the document, or
 * `--corrections FILE`. Needs dist/cli.js (`node scripts/build.mjs --tests` builds it).
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { computeLineStarts } from '../../src/core';
import { LineIndex, makeCorrection, writeSidecar } from '../../src/core/outline/corrections';

const CLI = join(resolve(__dirname, '..', '..', '..'), 'dist', 'cli.js');

function cli(args: string[], cwd: string): { code: number | null; stdout: string; stderr: string } {
  const env = { ...process.env, LANG: 'en_US.UTF-8', LC_ALL: '', LC_MESSAGES: '' };
  const r = spawnSync(process.execPath, [CLI, ...args], { env, cwd });
  return { code: r.status, stdout: r.stdout.toString('utf8'), stderr: r.stderr.toString('utf8') };
}

// Invented text.
const DOC = '一、总体安排\n（一）加快建设新的园区\n正文甲写在这里，投资12亿元。\n（二）深化区域合作\n正文乙写在这里。\n二、保障措施\n正文丙写在这里。\n';
const BUILT = '一、总体安排\n  （一）加快建设新的园区\n  （二）深化区域合作\n二、保障措施\n';
const CORRECTED = '一、总体安排\n  （二）深化区域合作\n  二、保障措施\n';

describe('outline corrections: command line', function () {
  this.timeout(60000);
  let dir = '';
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'gangmu-corr-'));
    const index = new LineIndex(DOC, computeLineStarts(DOC));
    const sidecar = writeSidecar([makeCorrection(index, 'not-heading', DOC.indexOf('（一）')), makeCorrection(index, 'demote', DOC.indexOf('二、'))]);
    writeFileSync(join(dir, 'doc.txt'), DOC);
    writeFileSync(join(dir, 'doc.txt.gangmu.json'), sidecar);
    writeFileSync(join(dir, 'other.txt'), DOC);
    writeFileSync(join(dir, 'elsewhere.json'), sidecar);
    writeFileSync(join(dir, 'edited.txt'), DOC.replace('（一）加快建设新的园区', '（一）加快建设新园区'));
    writeFileSync(join(dir, 'edited.txt.gangmu.json'), sidecar);
    writeFileSync(join(dir, 'broken.txt'), DOC);
    writeFileSync(join(dir, 'broken.txt.gangmu.json'), '{ not json');
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('applies FILE.gangmu.json found beside the document', () => {
    const r = cli(['outline', 'doc.txt'], dir);
    assert.equal(r.code, 0);
    assert.equal(r.stdout, CORRECTED);
    assert.equal(r.stderr, '');
  });

  it('--no-corrections prints the outline as built', () => {
    assert.equal(cli(['outline', '--no-corrections', 'doc.txt'], dir).stdout, BUILT);
    assert.equal(cli(['outline', 'other.txt'], dir).stdout, BUILT);
  });

  it('--corrections FILE applies a corrections file kept elsewhere', () => {
    const r = cli(['outline', '--corrections', 'elsewhere.json', 'other.txt'], dir);
    assert.equal(r.stdout, CORRECTED);
  });

  it('figures take their sections from the corrected outline', () => {
    const built = JSON.parse(cli(['figures', '--json', '--no-corrections', 'doc.txt'], dir).stdout);
    const corrected = JSON.parse(cli(['figures', '--json', 'doc.txt'], dir).stdout);
    assert.notEqual(JSON.stringify(built.figures[0]), JSON.stringify(corrected.figures[0]));
    assert.match(JSON.stringify(corrected.figures[0]), /一、总体安排/);
    assert.doesNotMatch(JSON.stringify(corrected.figures[0]), /加快建设/);
  });

  it('a correction whose line was edited is dropped with a note on stderr; the rest apply', () => {
    const r = cli(['outline', 'edited.txt'], dir);
    assert.equal(r.code, 0);
    assert.match(r.stderr, /edited\.txt: correction 1 dropped \(Not a Heading: “（一）加快建设新的园区”\): its line is no longer in the document/);
    assert.equal(r.stdout, '一、总体安排\n  （一）加快建设新园区\n  （二）深化区域合作\n  二、保障措施\n');
  });

  it('a sidecar that is not a corrections file is a warning, never a failure', () => {
    const r = cli(['outline', 'broken.txt'], dir);
    assert.equal(r.code, 0);
    assert.equal(r.stdout, BUILT);
    assert.match(r.stderr, /broken\.txt\.gangmu\.json: not a corrections file/);
  });

  it('usage: --corrections needs one input file that exists', () => {
    assert.equal(cli(['outline', '--corrections', 'elsewhere.json', 'doc.txt', 'other.txt'], dir).code, 2);
    assert.equal(cli(['outline', '--corrections', 'elsewhere.json', '.'], dir).code, 2);
    assert.equal(cli(['outline', '--corrections', 'elsewhere.json', '--no-corrections', 'doc.txt'], dir).code, 2);
    const missing = cli(['outline', '--corrections', 'missing.json', 'doc.txt'], dir);
    assert.equal(missing.code, 1);
    assert.match(missing.stderr, /missing\.json: no such file/);
  });

  it('--rules FILE adds house rules; a refused rule is one line on stderr', () => {
    const ruled = '前言正文写在这里。\n专题一、城市更新。这一专题讲三件事。\n一、总体安排\n正文甲。\n二、保障措施\n正文乙。\n';
    writeFileSync(join(dir, 'ruled.txt'), ruled);
    writeFileSync(join(dir, 'rules.json'), JSON.stringify([{ pattern: '(a+)+' }, { pattern: '专题[一二三四五六七八九十]+、', rank: 'top' }]));
    writeFileSync(join(dir, 'settings.json'), JSON.stringify({ 'gangmu.rules': [{ pattern: '专题[一二三四五六七八九十]+、' }] }));
    assert.equal(cli(['outline', 'ruled.txt'], dir).stdout, '一、总体安排\n二、保障措施\n');
    const r = cli(['outline', '--rules', 'rules.json', 'ruled.txt'], dir);
    assert.equal(r.code, 0);
    assert.equal(r.stdout, '专题一、城市更新\n  一、总体安排\n  二、保障措施\n');
    assert.match(r.stderr, /^gangmu: Gangmu house rule “\(a\+\)\+” ignored: the pattern could take very long to match/);
    assert.equal(r.stderr.trim().split('\n').length, 1);
    assert.equal(cli(['outline', '--rules', 'settings.json', 'ruled.txt'], dir).stdout, '专题一、城市更新\n  一、总体安排\n  二、保障措施\n');
    assert.equal(cli(['outline', '--rules', 'doc.txt', 'ruled.txt'], dir).code, 2);
  });
});
