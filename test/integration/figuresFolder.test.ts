/**
 * The figures panel's folder mode inside a real VS Code: "Gangmu: Compare Figures Across Files" on
 * a generated folder of three reports (text written here) reads them in the background, lists the
 * indicators with their document counts, draws the chosen one's chart and table in the webview,
 * links a row back to its place, refuses bad messages and exports CSV.
 */
import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as vscode from 'vscode';
import type { FolderPanelSnapshot } from '../../src/vscode/figuresFolder';
import { LagMonitor } from './lagMonitor';
import { until } from './wait';

const state = async () => vscode.commands.executeCommand<FolderPanelSnapshot | null>('gangmu.figuresFolder.test', 'state');
const send = (message: unknown) => vscode.commands.executeCommand<unknown>('gangmu.figuresFolder.test', 'message', message);

const DOCS: Record<string, string> = {
  'report-b.txt': '青禾市政府工作报告\n——2032年1月8日在青禾市第九届人民代表大会第二次会议上\n各位代表：\n全市地区生产总值增长5.1%，新增城镇就业5.2万人。\n全市上下团结一心。我市各项事业全面进步。\n',
  'report-a.txt': '青禾市政府工作报告\n——2031年1月9日在青禾市第九届人民代表大会第一次会议上\n各位代表：\n全市地区生产总值增长4.8%，城镇新增就业4.9万人，一般公共预算收入120亿元。\n全市上下团结一心。我市各项事业全面进步。\n',
  'report-c.md': '# 青禾市政府工作报告\n\n——2033年1月12日在青禾市第九届人民代表大会第三次会议上\n\n全市GDP增长5.3%，城镇新增就业人数5.5万人。全市上下团结一心。我市各项事业全面进步。\n',
};

describe('figures across files (folder mode)', () => {
  let dir = '';

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'gangmu-folder-'));
    for (const [name, text] of Object.entries(DOCS)) writeFileSync(join(dir, name), text);
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    rmSync(dir, { recursive: true, force: true });
  });

  it('reads every document of the folder and lists the indicators with their document counts', async () => {
    const first = await vscode.commands.executeCommand<FolderPanelSnapshot>('gangmu.compareFiguresAcrossFiles', vscode.Uri.file(dir));
    assert.ok(first, 'the command returns the panel state');
    assert.equal(first.state, 'done');
    assert.deepEqual(first.progress, { done: 3, total: 3 });
    assert.deepEqual(first.documents.map((d) => [d.name, d.date]), [['report-a.txt', '2031-01-09'], ['report-b.txt', '2032-01-08'], ['report-c.md', '2033-01-12']]);
    const jobs = first.groups.find((g) => g.key === '城镇新增就业|count|人');
    assert.ok(jobs, JSON.stringify(first.groups.map((g) => g.key)));
    assert.equal(jobs.documents, 3);
    assert.equal(first.groups.find((g) => g.key === '地区生产总值|percent|%')?.documents, 3);
    assert.equal(first.groups.find((g) => g.name === '一般公共预算收入')?.documents, 1);
    const s = (await until('the list to be sent to the webview', state, (x) => !!x && x.posted.includes('result'))) as FolderPanelSnapshot;
    assert.ok(s.posted.includes('init'));
  });

  it('draws the chosen indicator as a chart with a point per document and a table row per value', async () => {
    assert.equal(await send({ type: 'select', key: '城镇新增就业|count|人' }), 'select');
    const s = (await until('the webview to draw the indicator', state, (x) => x?.rendered?.key === '城镇新增就业|count|人')) as FolderPanelSnapshot;
    assert.equal(s.rendered!.points, 3);
    assert.equal(s.rendered!.rows, 3);
    assert.deepEqual(s.rendered!.labels, ['2031-01-09', '2032-01-08', '2033-01-12']);
    assert.equal(s.selected, '城镇新增就业|count|人');
    // the documents are dated: a time scale from 1 January of the first year, a tick on each 1 January, each
    // point placed by its date (364 and 370 days apart), not evenly
    assert.equal(s.rendered!.scale, 'time');
    assert.deepEqual(s.rendered!.ticks, ['2031', '2032', '2033']);
    const [a, b, c] = s.rendered!.xs;
    assert.ok(a < b && b < c, JSON.stringify(s.rendered!.xs));
    assert.ok(Math.abs((b - a) / (c - b) - 364 / 370) < 0.01, JSON.stringify(s.rendered!.xs));
  });

  it('opens the document at the figure a row links to', async () => {
    // document 1 in date order is report-b.txt; its 新增城镇就业 figure is on line 4
    const line = DOCS['report-b.txt'].split('\n')[3];
    const col = line.indexOf('5.2万人');
    assert.equal(await send({ type: 'reveal', doc: 1, line: 4, col, length: '5.2万人'.length }), 'reveal');
    const editor = await until('the document to open', () => vscode.window.activeTextEditor, (e) => !!e && e.document.uri.fsPath === join(dir, 'report-b.txt'));
    assert.equal(editor!.document.getText(editor!.selection), '5.2万人');
  });

  it('refuses malformed messages', async () => {
    const before = (await state())!.rejected;
    for (const m of [null, 'x', { type: 'select', key: 'no such|count|人' }, { type: 'reveal', doc: 9, line: 1, col: 0, length: 1 }, { type: 'reveal', doc: 0, line: 'a', col: 0, length: 1 }, { type: 'nope' }]) {
      assert.equal(await send(m), null, JSON.stringify(m));
    }
    assert.equal((await state())!.rejected, before + 6);
  });

  it('exports every indicator as CSV', async () => {
    const target = join(dir, 'out.csv');
    const written = await vscode.commands.executeCommand<string>('gangmu.figuresFolder.test', 'export', vscode.Uri.file(target).toString());
    assert.ok(written);
    const csv = readFileSync(target, 'utf8');
    assert.ok(csv.startsWith('\uFEFFindicator,kind,unit,file,date,line,col,text,value,relation,written\r\n'));
    assert.equal(csv.split('\r\n').filter((l) => l.startsWith('城镇新增就业,count,人,')).length, 3);
  });

  it('an export the disk refuses answers null (the reader is told why)', async () => {
    assert.ok(await state(), 'the panel is open');
    // A path through a file cannot be written.
    writeFileSync(join(dir, 'blocker.csv'), 'x');
    const target = vscode.Uri.file(join(dir, 'blocker.csv', 'again.csv')).toString();
    assert.equal(await vscode.commands.executeCommand('gangmu.figuresFolder.test', 'export', target), null);
  });

  it('places points evenly, with the file names on the axis, only when no document has a date', async () => {
    const undated = mkdtempSync(join(tmpdir(), 'gangmu-folder-undated-'));
    try {
      const body = (g: string) => `青禾市工作简报\n全市地区生产总值增长${g}%，城镇新增就业5万人。全市上下团结一心。\n`;
      writeFileSync(join(undated, 'alpha.txt'), body('4.1'));
      writeFileSync(join(undated, 'beta.txt'), body('4.6'));
      writeFileSync(join(undated, 'gamma.txt'), body('5.9'));
      const first = await vscode.commands.executeCommand<FolderPanelSnapshot>('gangmu.compareFiguresAcrossFiles', vscode.Uri.file(undated));
      assert.deepEqual(first.documents.map((d) => d.date), [null, null, null]);
      const key = first.groups.find((g) => g.documents === 3 && g.kind === 'percent')?.key;
      assert.ok(key, JSON.stringify(first.groups.map((g) => [g.key, g.documents])));
      await send({ type: 'select', key });
      const s = (await until('the webview to draw the indicator', state, (x) => x?.rendered?.key === key)) as FolderPanelSnapshot;
      assert.equal(s.rendered!.scale, 'even');
      assert.deepEqual(s.rendered!.ticks, ['alpha.txt', 'beta.txt', 'gamma.txt']);
      const [a, b, c] = s.rendered!.xs;
      assert.ok(Math.abs(b - a - (c - b)) < 0.2, JSON.stringify(s.rendered!.xs));
    } finally {
      rmSync(undated, { recursive: true, force: true });
    }
  });

  it('reads a folder of 300 generated reports in the background (prints documents per second and the longest stall)', async () => {
    const big = mkdtempSync(join(tmpdir(), 'gangmu-folder-big-'));
    try {
      for (let k = 0; k < 300; k++) {
        const year = 1950 + Math.floor(k / 12);
        const lines = [`青禾县${year}年政府工作报告`, `——${year}年${1 + (k % 12)}月${1 + (k % 28)}日在青禾县人民代表大会上`, '各位代表：'];
        for (let p = 0; p < 40; p++) lines.push(`${'一二三四五六七八九十'[p % 10]}、第${p + 1}项工作。全县地区生产总值增长${(4 + (k % 30) / 10).toFixed(1)}%，城镇新增就业${1 + (k % 9)}万人，完成投资${10 + p}亿元，新建学校${p + 2}所，全县上下团结一心。`);
        writeFileSync(join(big, `report-${String(k).padStart(3, '0')}.txt`), lines.join('\n') + '\n');
      }
      const lag = new LagMonitor().start();
      const t0 = performance.now();
      const s = await vscode.commands.executeCommand<FolderPanelSnapshot>('gangmu.compareFiguresAcrossFiles', vscode.Uri.file(big));
      const ms = performance.now() - t0;
      const { max } = lag.take();
      lag.stop();
      assert.equal(s.state, 'done');
      assert.equal(s.documents.length, 300);
      assert.equal(s.documents[0].date, '1950-01-01');
      assert.equal(s.documents[299].date, '1974-12-20');
      assert.equal(s.groups.find((g) => g.key === '城镇新增就业|count|人')?.documents, 300);
      console.log(`    300 documents in ${(ms / 1000).toFixed(1)} s (${((300 * 1000) / ms).toFixed(0)} documents/s), longest extension-host stall ${max.toFixed(0)} ms`);
      // a loose bound: the machine running the tests may be shared; the reading is in a worker
      assert.ok(max < 1000, `the extension host was held ${max.toFixed(0)} ms`);
    } finally {
      rmSync(big, { recursive: true, force: true });
    }
  });
});
