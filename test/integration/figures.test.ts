/**
 * The figures panel inside a real VS Code: the command opens a webview beside the editor, the
 * webview receives and renders one row per figure the engine finds, edits update it (debounced),
 * row messages select the figure in the editor, bad messages are refused, exports are written,
 * the panel follows the active editor, and the hover describes a figure.
 */
import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import * as vscode from 'vscode';
import { extractFigures, parseOutline } from '../../src/core';
import type { FiguresPanelSnapshot } from '../../src/vscode/figuresPanel';
import { describeCorpus } from '../corpusGate';
import { until } from './wait';

function workspaceFile(name: string): string {
  const ws = process.env.GANGMU_TEST_WORKSPACE ?? vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
  assert.ok(ws, 'GANGMU_TEST_WORKSPACE is not set and no folder is open');
  return join(ws, name);
}

const state = async () => vscode.commands.executeCommand<FiguresPanelSnapshot | null>('gangmu.figures.test', 'state');
const send = (message: unknown) => vscode.commands.executeCommand<unknown>('gangmu.figures.test', 'message', message);

function engineFigures(doc: vscode.TextDocument) {
  const text = doc.getText();
  return extractFigures(text, parseOutline(text, { format: doc.languageId === 'markdown' ? 'markdown' : 'plain' }));
}

/** Waits until the webview script has rendered the document's current version. */
function rendered(doc: vscode.TextDocument) {
  return until(
    `the panel to render ${doc.uri.path.split('/').pop()} v${doc.version}`,
    state,
    (s) => !!s && s.uri === doc.uri.toString() && s.version === doc.version && s.rendered?.version === doc.version,
  ) as Promise<FiguresPanelSnapshot>;
}

describeCorpus('figures panel (integration)', () => {
  let doc: vscode.TextDocument;
  let editor: vscode.TextEditor;

  before(async () => {
    doc = await vscode.workspace.openTextDocument(workspaceFile('01-gwr-2025-national.txt'));
    editor = await vscode.window.showTextDocument(doc, vscode.ViewColumn.One);
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('opens a webview beside the editor and renders a row per figure', async () => {
    const first = await vscode.commands.executeCommand<FiguresPanelSnapshot>('gangmu.extractFigures');
    assert.ok(first, 'the command returns the panel state');
    assert.match(first.title, /01-gwr-2025-national\.txt/);

    const s = await rendered(doc);
    const expected = engineFigures(doc);
    assert.ok(expected.length > 0, 'the engine finds figures in 01');
    assert.equal(s.rows.length, expected.length, 'one row per figure');
    assert.equal(s.rendered!.rows, expected.length, 'the webview drew every row');
    assert.equal(s.rendered!.view, 'table');
    assert.ok(s.posted.some((m) => m.type === 'init'), 'strings were sent');
    // Each row points at its figure's text: line 1-based, column 0-based UTF-16.
    for (const r of s.rows) {
      const line = doc.lineAt(r.line - 1).text;
      assert.equal(line.slice(r.col, r.col + r.text.length), r.text, `row at ${r.line}:${r.col}`);
    }

    const tabs = vscode.window.tabGroups.all.flatMap((g) => g.tabs.map((t) => ({ t, column: g.viewColumn })));
    const webview = tabs.find(({ t }) => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith('gangmu.figures'));
    assert.ok(webview, 'a figures webview tab exists');
    assert.notEqual(webview.column, editor.viewColumn, 'the panel sits beside the editor');
  });

  it('updates once after a burst of edits (debounced)', async () => {
    const before = (await state())!;
    const postsBefore = before.posted.filter((m) => m.type === 'figures').length;
    const end = doc.lineAt(0).range.end;
    for (const piece of ['新增投资', '12.5亿元', '，增长3.2%。']) {
      await editor.edit((e) => e.insert(doc.lineAt(0).range.end, piece));
    }
    assert.ok(doc.lineAt(0).text.endsWith('新增投资12.5亿元，增长3.2%。'), 'the edits landed');
    const s = await rendered(doc);
    const expected = engineFigures(doc);
    assert.equal(s.rows.length, expected.length);
    assert.ok(s.rows.some((r) => r.line === 1 && r.text.startsWith('12.5亿')), 'the new figure is listed');
    const postsAfter = s.posted.filter((m) => m.type === 'figures').length;
    assert.equal(postsAfter - postsBefore, 1, 'three quick edits gave one update');
    await editor.edit((e) => e.delete(new vscode.Range(end, doc.lineAt(0).range.end)));
    await rendered(doc);
  });

  it('selects the figure in the editor when a row asks for it', async () => {
    const s = (await state())!;
    const row = s.rows[Math.floor(s.rows.length / 2)];
    const length = row.text.length;
    const answer = await send({ type: 'reveal', line: row.line, col: row.col, length });
    assert.ok(answer, 'the message was accepted');
    const active = vscode.window.activeTextEditor;
    assert.ok(active);
    assert.equal(active.document.uri.toString(), doc.uri.toString());
    assert.equal(active.viewColumn, editor.viewColumn, 'revealed in the column the document is shown in');
    assert.equal(active.document.getText(active.selection), row.text);
    assert.equal(active.selection.start.line, row.line - 1);
    assert.equal(active.selection.start.character, row.col);
  });

  it('marks the row of the figure under the editor cursor', async () => {
    const s = (await state())!;
    const k = 3;
    const row = s.rows[k];
    const active = await vscode.window.showTextDocument(doc, { viewColumn: editor.viewColumn, preserveFocus: false });
    active.selection = new vscode.Selection(row.line - 1, row.col + 1, row.line - 1, row.col + 1);
    const after = await until(`a select message for row ${k}`, state, (x) => x!.posted.at(-1)?.type === 'select' && x!.posted.at(-1)?.index === k);
    assert.equal(after!.posted.at(-1)!.index, k);
  });

  it('refuses malformed or out-of-range messages', async () => {
    const before = vscode.window.activeTextEditor!.selection;
    const rejected = (await state())!.rejected;
    const bad = [
      { type: 'reveal', line: doc.lineCount + 1, col: 0, length: 1 },
      { type: 'reveal', line: 1, col: doc.lineAt(0).text.length + 1, length: 1 },
      { type: 'reveal', line: 1.5, col: 0, length: 1 },
      { type: 'reveal', line: '1', col: 0, length: 1 },
      { type: 'reveal', line: 1, col: 0, length: 1, preserveFocus: 'no' },
      { type: 'export', format: 'html' },
      { type: 'export', format: 'csv', rows: [1e9] },
      { type: 'runCommand', command: 'workbench.action.quit' },
      'reveal',
    ];
    for (const m of bad) assert.equal(await send(m), null, JSON.stringify(m));
    assert.equal((await state())!.rejected, rejected + bad.length);
    assert.ok(vscode.window.activeTextEditor!.selection.isEqual(before), 'the selection did not move');
  });

  it('an export the disk refuses answers null (the reader is told why), not a rejected command', async () => {
    assert.ok(await state(), 'the panel is open');
    const blocker = workspaceFile('figures-export-blocker.txt');
    await vscode.workspace.fs.writeFile(vscode.Uri.file(blocker), new TextEncoder().encode('x'));
    const target = vscode.Uri.file(join(blocker, 'out.csv')).toString();
    assert.equal(await vscode.commands.executeCommand('gangmu.figures.test', 'export', 'csv', target), null);
    await vscode.workspace.fs.delete(vscode.Uri.file(blocker));
  });

  it('exports CSV with a BOM and JSON in the CLI shape', async () => {
    const count = engineFigures(doc).length;
    const csvPath = workspaceFile('figures-export.csv');
    const jsonPath = workspaceFile('figures-export.json');
    await vscode.commands.executeCommand('gangmu.figures.test', 'export', 'csv', vscode.Uri.file(csvPath).toString());
    await vscode.commands.executeCommand('gangmu.figures.test', 'export', 'json', vscode.Uri.file(jsonPath).toString());
    const csv = readFileSync(csvPath, 'utf8');
    assert.equal(csv.charCodeAt(0), 0xfeff, 'UTF-8 BOM');
    assert.equal(csv.trimEnd().split('\r\n').length, count + 1, 'a header and a line per figure');
    const json = JSON.parse(readFileSync(jsonPath, 'utf8')) as { figures: { line: number; col: number; text: string }[] };
    assert.equal(json.figures.length, count);
    const f = json.figures[0];
    assert.equal(doc.lineAt(f.line - 1).text.slice(f.col, f.col + f.text.length), f.text);
    const md = await vscode.commands.executeCommand<string>('gangmu.figures.test', 'markdown');
    assert.equal(md.trim().split('\n').length, count + 2, 'a Markdown header, rule and a line per figure');
  });

  it('follows the active editor to another supported document', async () => {
    const other = await vscode.workspace.openTextDocument(workspaceFile('speeches-3.txt'));
    await vscode.window.showTextDocument(other, vscode.ViewColumn.One);
    const s = await rendered(other);
    assert.match(s.title, /speeches-3\.txt/);
    assert.equal(s.rows.length, engineFigures(other).length);
    await vscode.window.showTextDocument(doc, vscode.ViewColumn.One);
    await rendered(doc);
  });

  it('describes a figure on hover', async () => {
    const figures = engineFigures(doc);
    const money = figures.find((f) => f.kind === 'money' && typeof f.value === 'number' && f.value >= 1e8);
    assert.ok(money, 'a money figure of at least 1亿 in 01');
    const pos = doc.positionAt(money.start + 1);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, pos);
    const text = hovers
      .flatMap((h) => h.contents)
      .map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))
      .join('\n')
      .replace(/\\(.)/g, '$1');
    assert.ok(text.includes(money.text), text);
    assert.ok(/Money|金额/.test(text), text);
    assert.ok(/\d{1,3}(,\d{3})+/.test(text), `grouped digits in ${text}`);
    assert.ok(/亿/.test(text), `万/亿 reading in ${text}`);
    // Not on plain text between figures.
    assert.ok(figures[0].start > 0, 'the document does not open with a figure');
    const gap = doc.positionAt(0);
    const none = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, gap);
    const ours = none.flatMap((h) => h.contents).map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : '')).filter((v) => /Money|金额|Count|数量|Date|日期/.test(v));
    assert.equal(ours.length, 0);
  });
});
