/**
 * `gangmu outline 报告.docx`: the command line converts Word files (and, through the same loader,
 * PDF and web pages) before reading them, with the editor's messages. Needs dist/ (built by
 * `node scripts/build.mjs --tests`).
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { makeDocx } from '../docxFixtures';
import { haveCjkFont, makePdf } from './pdfMaker';

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

/** Three invented reports of one city, as a folder receives them: Word, PDF, a saved web page. */
const para = (year: number, gdp: string) => `${year}年全市地区生产总值增长${gdp}%，城镇新增就业4.${year - 2030}万人。我们坚持稳中求进，各项事业全面进步。`;

describe('cli: folders with Word, PDF and web page files', function () {
  let dir = '';
  before(async function () {
    if (!haveCjkFont) {
      console.log('    (skipped: no CJK font at /usr/share/fonts/opentype/noto — install fonts-noto-cjk)');
      this.skip();
    }
    dir = mkdtempSync(join(tmpdir(), 'gangmu-cli-folder-'));
    mkdirSync(join(dir, 'sub'));
    writeFileSync(
      join(dir, 'a-2031.docx'),
      await makeDocx({
        items: [
          { text: '青禾市政府工作报告' },
          { text: '——2031年1月9日在青禾市人民代表大会上' },
          { text: '过去一年工作回顾', level: 0 },
          { text: para(2031, '4.8') },
          { text: '今年重点工作', level: 0 },
          { text: '稳住经济大盘。' },
        ],
      }),
    );
    writeFileSync(
      join(dir, 'sub', 'b-2032.pdf'),
      await makePdf({
        blocks: [
          { kind: 'title', text: '青禾市政府工作报告' },
          { kind: 'para', text: '——2032年1月8日在青禾市人民代表大会上', indent: false },
          { kind: 'para', text: '一、过去一年工作回顾' },
          { kind: 'para', text: para(2032, '5.1') },
          { kind: 'para', text: '二、今年重点工作' },
          { kind: 'para', text: '稳住经济大盘。' },
        ],
      }),
    );
    // 一、 then 三、: a gap `check` reports, in the web page's text
    writeFileSync(
      join(dir, 'c-2033.html'),
      `<!DOCTYPE html><html><head><meta charset="utf-8"><title>青禾市政府工作报告</title></head><body><article>
<h1>青禾市政府工作报告</h1><p>——2033年1月12日在青禾市人民代表大会上</p>
<p>一、过去一年工作回顾</p><p>${para(2033, '5.3')}</p><p>三、今年重点工作</p><p>稳住经济大盘。</p></article></body></html>`,
    );
    mkdirSync(join(dir, 'c-2033_files'));
    writeFileSync(join(dir, 'c-2033_files', 'frame.htm'), '<html><body><p>分享到微信</p></body></html>');
    writeFileSync(join(dir, '~$a-2031.docx'), 'owner file bytes');
    writeFileSync(join(dir, 'd-notes.txt'), '一、甲\n正文。\n二、乙\n正文。\n');
  });
  after(() => dir && rmSync(dir, { recursive: true, force: true }));

  const name = (f: string) => f.slice(dir.length + 1);

  it('outline DIR reads .docx, .pdf and .html beside the text files; Word owner files and saved pages\' _files folders are no documents', () => {
    const r = cli(['outline', '--json', '--jobs', '2', dir]);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stderr, '');
    const files = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { file: string; headings: { marker: string; title: string }[] });
    assert.deepEqual(files.map((f) => name(f.file)), ['a-2031.docx', 'c-2033.html', 'd-notes.txt', join('sub', 'b-2032.pdf')]);
    for (const f of files.slice(0, 2).concat(files[3])) {
      const top = f.headings.filter((h) => h.marker !== '').map((h) => h.marker + h.title);
      assert.ok(top.includes('一、过去一年工作回顾'), `${f.file}: ${JSON.stringify(f.headings)}`);
    }
  });

  it('figures DIR --by-indicator gives one indicator across the three formats, in date order', () => {
    const r = cli(['figures', '--by-indicator', '--json', dir]);
    assert.equal(r.code, 0, r.stderr);
    const data = JSON.parse(r.stdout) as { documents: { file: string; date: string }[]; indicators: { name: string; kind: string; values: { file: string; text: string }[] }[] };
    const gdp = data.indicators.find((g) => g.name === '地区生产总值' && g.kind === 'percent');
    assert.ok(gdp, JSON.stringify(data.indicators.map((g) => g.name)));
    const dates = new Map(data.documents.map((d) => [d.file, d.date]));
    const byDoc = gdp.values.map((v) => [name(v.file), dates.get(v.file), v.text]);
    assert.deepEqual(byDoc, [
      ['a-2031.docx', '2031-01-09', '4.8%'],
      [join('sub', 'b-2032.pdf'), '2032-01-08', '5.1%'],
      ['c-2033.html', '2033-01-12', '5.3%'],
    ]);
  });

  it('check DIR reports the converted text\'s numbering problems under the file\'s own name', () => {
    const r = cli(['check', dir]);
    assert.equal(r.code, 1, r.stderr);
    assert.match(r.stdout, new RegExp(`^${join(dir, 'c-2033.html').replace(/[.\\/]/g, '\\$&')}:\\d+:1: error GM001 `, 'm'));
    assert.doesNotMatch(r.stdout, /a-2031\.docx|b-2032\.pdf/);
  });

  it('a file that cannot be converted gets one line in the user language; the others are read', async () => {
    const bad = mkdtempSync(join(tmpdir(), 'gangmu-cli-folder-bad-'));
    try {
      writeFileSync(join(bad, '坏.docx'), 'not a zip at all');
      writeFileSync(join(bad, '扫描.pdf'), await makePdf({ blocks: [], noText: true }));
      writeFileSync(join(bad, '加密.pdf'), await makePdf({ blocks: [{ kind: 'para', text: '一、总体要求' }], userPassword: 'secret' }));
      writeFileSync(join(bad, 'good.txt'), '一、甲\n正文。\n二、乙\n正文。\n');
      for (const mode of [['outline'], ['figures', '--by-indicator'], ['check']]) {
        const r = cli([...mode, bad]);
        assert.equal(r.code, 1, mode.join(' '));
        const lines = r.stderr.split('\n').filter(Boolean);
        assert.equal(lines.length, 3, r.stderr);
        assert.match(lines[0], /加密\.pdf: 加密\.pdf is encrypted or password-protected/);
        assert.match(lines[1], /坏\.docx: 坏\.docx cannot be read: the file is damaged/);
        assert.match(lines[2], /扫描\.pdf: 扫描\.pdf has no text layer \(it looks like a scan\)/);
      }
      assert.match(cli(['outline', bad]).stdout, /== .*good\.txt ==\n一、甲/);
      const zh = cli(['outline', bad], 'zh_CN.UTF-8');
      assert.match(zh.stderr, /无法读取 坏\.docx：文件已损坏/);
      assert.match(zh.stderr, /扫描\.pdf 没有文字层/);
    } finally {
      rmSync(bad, { recursive: true, force: true });
    }
  });
});
