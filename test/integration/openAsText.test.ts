/**
 * Word files opened as text inside a real VS Code (issue 11): Gangmu: Open as Text and the default
 * editor for .docx show a read-only `speech` document whose symbols and folding come from the
 * converted text and its heading styles; a change on disk shows the new text; a broken file says so.
 * Run alone: GANGMU_TEST_GREP='open as text in VS Code' npm run test:integration
 */
import * as assert from 'node:assert/strict';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { makeDocx } from '../docxFixtures';

const EXTENSION_ID = 'gangmu.gangmu';

interface Exports {
  lastConversionMessage(): string | undefined;
}

function workspaceDir(): string {
  const ws = process.env.GANGMU_TEST_WORKSPACE ?? vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
  assert.ok(ws, 'no workspace folder');
  return ws;
}

async function sleep(ms: number): Promise<void> {
  await new Promise((r) => setTimeout(r, ms));
}

async function outline(uri: vscode.Uri): Promise<string[]> {
  const all = (await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', uri)) ?? [];
  const out: string[] = [];
  const walk = (list: vscode.DocumentSymbol[], depth: number) => {
    for (const s of list) {
      if (!('children' in s)) continue;
      out.push(`${depth} ${s.name}`);
      walk(s.children, depth + 1);
    }
  };
  walk(all, 1);
  return out;
}

async function until<T>(what: string, get: () => Promise<T> | T, ok: (v: T) => boolean, ms = 15_000): Promise<T> {
  const end = Date.now() + ms;
  let v = await get();
  while (!ok(v) && Date.now() < end) {
    await sleep(150);
    v = await get();
  }
  assert.ok(ok(v), `${what}: got ${JSON.stringify(v)}`);
  return v;
}

const FIRST = {
  items: [
    { text: '丁市关于加强服务的通知' },
    { text: '总则', heading: 1 as const },
    { text: '总体要求', level: 0 },
    { text: '正文甲写在这里，投资12亿元。' },
    { text: '指导思想', level: 1 },
    { text: '正文乙。' },
    { text: '工作目标', level: 1 },
    { text: '主要任务', level: 0 },
    { table: [['序号', '事项'], ['1', '登记'], ['2', '审核'], ['3', '发证']] },
  ],
};

describe('open as text in VS Code (Word)', function () {
  this.timeout(120_000);
  let dir: string;
  let api: Exports;
  const files: string[] = [];

  before(async () => {
    dir = workspaceDir();
    const ext = vscode.extensions.getExtension<Exports>(EXTENSION_ID);
    assert.ok(ext, 'extension not found');
    api = await ext.activate();
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    for (const f of files) rmSync(f, { force: true });
  });

  it('opens a .docx as read-only speech text with its outline and folding', async () => {
    const path = join(dir, '通知.docx');
    files.push(path);
    writeFileSync(path, await makeDocx(FIRST));
    const editor = await vscode.commands.executeCommand<vscode.TextEditor | undefined>('gangmu.openAsText', vscode.Uri.file(path));
    assert.ok(editor, `no editor: ${api.lastConversionMessage()}`);
    const doc = editor.document;
    assert.equal(doc.uri.scheme, 'gangmu-text');
    assert.ok(doc.uri.path.endsWith('/通知.docx'), doc.uri.path);
    await until('language', () => doc.languageId, (l) => l === 'speech');
    assert.equal(doc.lineAt(2).text, '一、总体要求');
    assert.equal(doc.lineAt(4).text, '（一）指导思想');
    assert.equal(doc.lineAt(8).text, '| 序号 | 事项 |');
    const want = ['1 丁市关于加强服务的通知', '2 总则', '3 一、总体要求', '4 （一）指导思想', '4 （二）工作目标', '3 二、主要任务'];
    await until('symbols', () => outline(doc.uri), (got) => JSON.stringify(got) === JSON.stringify(want));
    const folds = (await vscode.commands.executeCommand<vscode.FoldingRange[]>('vscode.executeFoldingRangeProvider', doc.uri)) ?? [];
    assert.ok(folds.some((f) => f.start === 2), `no fold at 一、: ${JSON.stringify(folds)}`);
    // Read-only: VS Code knows the text's file system cannot be written (the editor shows its lock).
    assert.equal(vscode.workspace.fs.isWritableFileSystem('gangmu-text'), false);
  });

  it('shows the new text after the file changes on disk', async () => {
    const path = join(dir, '通知.docx');
    const uri = vscode.Uri.file(path);
    const doc = (await vscode.commands.executeCommand<vscode.TextEditor>('gangmu.openAsText', uri)).document;
    writeFileSync(path, await makeDocx({ items: [...FIRST.items.slice(0, 7), { text: '保障措施', level: 0 }, { text: '强化督查', level: 0 }] }));
    await until('new text', () => doc.getText(), (t) => t.includes('三、强化督查'), 20_000);
    await until('new symbols', () => outline(doc.uri), (got) => got.includes('2 总则') && got.includes('3 三、强化督查'));
  });

  it('opens a .docx with the default editor as text', async () => {
    const path = join(dir, '默认.docx');
    files.push(path);
    writeFileSync(path, await makeDocx({ items: [{ text: '甲项', level: 0 }, { text: '正文。' }, { text: '乙项', level: 0 }] }));
    await vscode.commands.executeCommand('vscode.open', vscode.Uri.file(path));
    const editor = await until('text editor', () => vscode.window.activeTextEditor, (e) => !!e && e.document.uri.scheme === 'gangmu-text' && e.document.uri.path.endsWith('/默认.docx'));
    assert.equal(editor!.document.lineAt(0).text, '一、甲项');
  });

  it('says a broken file cannot be read', async () => {
    const path = join(dir, '坏.docx');
    files.push(path);
    writeFileSync(path, 'this is not a Word file');
    const editor = await vscode.commands.executeCommand<vscode.TextEditor | undefined>('gangmu.openAsText', vscode.Uri.file(path));
    assert.equal(editor, undefined);
    const message = api.lastConversionMessage() ?? '';
    assert.ok(/坏\.docx cannot be read: the file is damaged|无法读取 坏\.docx/.test(message), message);
  });
});
