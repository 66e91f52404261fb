/**
 * `gangmu outline 报告.docx`: the command line converts Word files (and, through the same loader,
 * PDF and web pages) before reading them, with the editor's messages. Needs dist/ (built by
 * `node scripts/build.mjs --tests`).
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { makeDocx } from '../docxFixtures';

const ROOT = resolve(__dirname, '..', '..', '..');
const CLI = join(ROOT, 'dist', 'cli.js');

function cli(args: string[], lang = 'en_US.UTF-8') {
  const r = spawnSync(process.execPath, [CLI, ...args], { env: { ...process.env, LANG: lang, LC_ALL: '', LC_MESSAGES: '' } });
  return { code: r.status, stdout: r.stdout.toString('utf8'), stderr: r.stderr.toString('utf8') };
}

describe('cli: Word files', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'gangmu-cli-docx-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('prints the outline of a .docx, numbering and heading styles included', async () => {
    const file = join(dir, '报告.docx');
    writeFileSync(
      file,
      await makeDocx({
        items: [
          { text: '附则', heading: 1 },
          { text: '总体要求', level: 0 },
          { text: '指导思想', level: 1 },
          { text: '工作目标', level: 1 },
          { text: '主要任务', level: 0 },
        ],
      }),
    );
    const r = cli(['outline', file]);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, '附则\n  一、总体要求\n    （一）指导思想\n    （二）工作目标\n  二、主要任务\n');
    const json = cli(['outline', '--json', file]);
    assert.equal(JSON.parse(json.stdout).headings.length, 5);
  });

  it('says why a .docx cannot be read, in the user language, and goes on with the other files', async () => {
    const bad = join(dir, '坏.docx');
    writeFileSync(bad, 'not a zip at all');
    const good = join(dir, 'good.txt');
    writeFileSync(good, '一、甲\n正文。\n二、乙\n正文。\n');
    const r = cli(['outline', bad, good]);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /坏\.docx cannot be read: the file is damaged or is not a Word \(\.docx\) file\./);
    assert.match(r.stdout, /一、甲/);
    const zh = cli(['outline', bad], 'zh_CN.UTF-8');
    assert.match(zh.stderr, /无法读取 坏\.docx：文件已损坏/);
  });
});
