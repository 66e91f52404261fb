/**
 * `gangmu figures DIR --by-indicator`: the figures of a folder grouped by indicator, run as a user
 * runs it (`node dist/cli.js`, built by `node scripts/build.mjs --tests`). The documents are
 * written here; names and figures are invented.
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '..', '..', '..');
const CLI = join(ROOT, 'dist', 'cli.js');

function cli(args: string[], env: NodeJS.ProcessEnv = {}): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [CLI, ...args], { env: { ...process.env, LANG: 'en_US.UTF-8', LC_ALL: '', LC_MESSAGES: '', ...env }, maxBuffer: 1 << 26 });
  return { code: r.status, stdout: r.stdout.toString('utf8'), stderr: r.stderr.toString('utf8') };
}

// Three reports of an invented city; the file names run against their dates.
const DOCS: Record<string, string> = {
  'c-report.txt': '青禾市政府工作报告\n——2031年1月9日在青禾市第九届人民代表大会第一次会议上\n各位代表：\n全市地区生产总值增长4.8%，城镇新增就业4.9万人，一般公共预算收入120亿元。\n全市上下团结一心。我市各项事业全面进步。\n',
  'a-report.txt': '青禾市政府工作报告\n——2032年1月8日在青禾市第九届人民代表大会第二次会议上\n各位代表：\n全市地区生产总值增长5.1%，新增城镇就业5.2万人。\n全市上下团结一心。我市各项事业全面进步。\n',
  'sub/b-report.md': '# 青禾市政府工作报告\n\n——2033年1月12日在青禾市第九届人民代表大会第三次会议上\n\n全市GDP增长5.3%，城镇新增就业人数5.5万人。全市上下团结一心。我市各项事业全面进步。\n',
};

describe('cli: figures --by-indicator', () => {
  let dir = '';
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'gangmu-byind-'));
    for (const [name, text] of Object.entries(DOCS)) {
      mkdirSync(join(dir, name, '..'), { recursive: true });
      writeFileSync(join(dir, name), text);
    }
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('prints each indicator found in several files with its values by file, in date order', () => {
    const r = cli(['figures', dir, '--by-indicator', '--jobs', '2']);
    assert.equal(r.code, 0, r.stderr);
    const jobs = r.stdout.split('\n\n').find((b) => b.startsWith('城镇新增就业 (count, 人) — 3 documents'));
    assert.ok(jobs, r.stdout);
    const rows = jobs.split('\n').slice(2).filter(Boolean);
    assert.deepEqual(rows.map((l) => l.split(/\s{2,}/)[0]), ['2031-01-09', '2032-01-08', '2033-01-12']);
    assert.match(rows[0], /c-report\.txt\s+4\.9万人\s+49,000\s+4:/);
    // GDP in a city's report is the city's 地区生产总值
    assert.match(r.stdout, /^地区生产总值 \(percent, %\) — 3 documents$/m);
    // an indicator in one file only is counted, not listed
    assert.match(r.stdout, /1 more indicator found in one document only/);
    assert.doesNotMatch(r.stdout, /一般公共预算收入/);
  });

  it('writes one JSON object with the documents and every indicator', () => {
    const r = cli(['figures', dir, '--by-indicator', '--json', '--jobs', '1']);
    assert.equal(r.code, 0, r.stderr);
    const data = JSON.parse(r.stdout);
    assert.deepEqual(data.documents.map((d: { date: string }) => d.date), ['2031-01-09', '2032-01-08', '2033-01-12']);
    const revenue = data.indicators.find((g: { name: string }) => g.name === '一般公共预算收入');
    assert.deepEqual(revenue.values.map((v: { text: string; value: number; line: number }) => [v.text, v.value, v.line]), [['120亿元', 12000000000, 4]]);
    assert.equal(data.indicators[0].documents, 3);
  });

  it('writes CSV rows, one per value, with a BOM and CRLF', () => {
    const r = cli(['figures', dir, '--by-indicator', '--csv']);
    assert.equal(r.code, 0, r.stderr);
    assert.ok(r.stdout.startsWith('\uFEFFindicator,kind,unit,file,date,line,col,text,value,relation,written\r\n'));
    const rows = r.stdout.slice(1).split('\r\n').filter(Boolean);
    const jobs = rows.filter((l) => l.startsWith('城镇新增就业,count,人,'));
    assert.equal(jobs.length, 3);
    assert.ok(jobs[2].includes('2033-01-12') && jobs[2].endsWith(',城镇新增就业人数'), jobs[2]);
  });

  it('speaks Chinese with --lang zh', () => {
    const r = cli(['figures', dir, '--by-indicator', '--lang', 'zh']);
    assert.match(r.stdout, /^城镇新增就业 \(count, 人\) — 3 个文件$/m);
    assert.match(r.stdout, /^日期\s+文件\s+数据\s+数值\s+行:列$/m);
  });

  it('refuses the flag for other commands, and reports a missing file while grouping the rest', () => {
    const bad = cli(['outline', dir, '--by-indicator']);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /--by-indicator applies only to 'figures'/);
    const r = cli(['figures', join(dir, 'c-report.txt'), join(dir, 'missing.txt'), join(dir, 'a-report.txt'), '--by-indicator', '--json']);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /missing\.txt: no such file or directory/);
    assert.equal(JSON.parse(r.stdout).documents.length, 2);
  });
});
