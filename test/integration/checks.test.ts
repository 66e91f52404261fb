/**
 * Numbering checks inside a real VS Code: diagnostics appear on a crafted document, the quick fix
 * changes only the marker, undo restores the text, fix all is one undo step, settings switch codes
 * off, and a corpus document with right numbering gets no diagnostics.
 */
import * as assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { waitFor } from './wait';
import { workspaceDir } from './workspace';

const EXTENSION_ID = 'gangmu.gangmu';
const CRAFTED = '关于做好工作的意见\n一、总体要求\n（一）、指导思想\n（二）基本原则\n二、主要任务\n（一）抓项目\n(二)抓招商\n四、保障措施\n';

function ours(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'gangmu');
}

async function openCrafted(name: string, text = CRAFTED): Promise<vscode.TextEditor> {
  const path = join(workspaceDir(), name);
  writeFileSync(path, text, 'utf8');
  const doc = await vscode.workspace.openTextDocument(path);
  return vscode.window.showTextDocument(doc);
}

function codeOf(d: vscode.Diagnostic): string {
  return typeof d.code === 'object' ? String(d.code.value) : String(d.code);
}

async function setSetting(key: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration('gangmu').update(key, value, vscode.ConfigurationTarget.Global);
}

describe('numbering checks: diagnostics and quick fixes in VS Code', function () {
  before(async () => {
    await vscode.extensions.getExtension(EXTENSION_ID)!.activate();
  });
  after(async () => {
    await setSetting('checks.severity', undefined);
    await setSetting('checks.enabled', undefined);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('shows diagnostics with source gangmu, codes and ranges on the markers', async () => {
    const editor = await openCrafted('checks-diagnostics.txt');
    const diags = await waitFor(() => ours(editor.document.uri).length >= 3 && ours(editor.document.uri), 'gangmu diagnostics');
    const byCode = new Map(diags.map((d) => [codeOf(d), editor.document.getText(d.range)]));
    assert.equal(byCode.get('GM004'), '（一）、');
    assert.equal(byCode.get('GM009'), '(二)');
    assert.equal(byCode.get('GM001'), '四、');
    const gap = diags.find((d) => codeOf(d) === 'GM001')!;
    assert.equal(gap.severity, vscode.DiagnosticSeverity.Error);
    assert.ok(gap.message.length > 0);
  });

  it('a quick fix changes only the marker, and undo restores the text', async () => {
    const editor = await openCrafted('checks-quickfix.txt');
    const doc = editor.document;
    const diag = await waitFor(() => ours(doc.uri).find((d) => codeOf(d) === 'GM004'), 'GM004');
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, diag.range, vscode.CodeActionKind.QuickFix.value);
    // The command's result keeps titles and edits (not always isPreferred or diagnostics).
    const fix = actions.find((a) => /^(Remove “、” after （一）|删去“（一）”后的“、”)$/.test(a.title));
    assert.ok(fix?.edit, `no one-place fix among ${actions.map((a) => a.title).join(' | ')}`);
    const before = doc.getText();
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.equal(doc.getText(), before.replace('（一）、指导思想', '（一）指导思想'));
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('undo');
    await waitFor(() => doc.getText() === before, 'undo to restore the text');
  });

  it('renumbering the run fixes the gap at 四、 only', async () => {
    const editor = await openCrafted('checks-renumber.txt');
    const doc = editor.document;
    const diag = await waitFor(() => ours(doc.uri).find((d) => codeOf(d) === 'GM001'), 'GM001');
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, diag.range, vscode.CodeActionKind.QuickFix.value);
    const renumber = actions.find((a) => /^(Renumber this run|重新编号本组序号)$/.test(a.title));
    assert.ok(renumber?.edit, `no renumber fix among ${actions.map((a) => a.title).join(' | ')}`);
    const before = doc.getText();
    assert.ok(await vscode.workspace.applyEdit(renumber.edit));
    assert.equal(doc.getText(), before.replace('四、保障措施', '三、保障措施'));
    await waitFor(() => !ours(doc.uri).some((d) => codeOf(d) === 'GM001'), 'GM001 to go after the fix');
  });

  it('fix all (command and source.fixAll.gangmu) is one edit, undone in one step', async () => {
    const editor = await openCrafted('checks-fixall.txt');
    const doc = editor.document;
    await waitFor(() => ours(doc.uri).length >= 3, 'diagnostics');
    const fixed = '关于做好工作的意见\n一、总体要求\n（一）指导思想\n（二）基本原则\n二、主要任务\n（一）抓项目\n（二）抓招商\n三、保障措施\n';
    const source = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider', doc.uri, new vscode.Range(0, 0, 0, 0), 'source.fixAll.gangmu');
    const fixAllAction = source.find((a) => a.kind?.value === 'source.fixAll.gangmu');
    assert.ok(fixAllAction?.edit, 'source.fixAll.gangmu action');
    const before = doc.getText();
    assert.ok(await vscode.commands.executeCommand('gangmu.fixAllNumbering'));
    assert.equal(doc.getText(), fixed);
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('undo');
    await waitFor(() => doc.getText() === before, 'one undo to restore the whole text');
    assert.ok(await vscode.workspace.applyEdit(fixAllAction.edit));
    assert.equal(doc.getText(), fixed);
    await vscode.commands.executeCommand('undo');
    await waitFor(() => doc.getText() === before, 'undo after source.fixAll');
  });

  it('settings: a code set to off disappears, checks.enabled false clears all', async () => {
    const editor = await openCrafted('checks-settings.txt');
    const uri = editor.document.uri;
    await waitFor(() => ours(uri).some((d) => codeOf(d) === 'GM009'), 'GM009');
    await setSetting('checks.severity', { GM009: 'off', GM001: 'hint' });
    await waitFor(() => !ours(uri).some((d) => codeOf(d) === 'GM009'), 'GM009 off');
    const gap = await waitFor(() => ours(uri).find((d) => codeOf(d) === 'GM001'), 'GM001');
    assert.equal(gap.severity, vscode.DiagnosticSeverity.Hint);
    await setSetting('checks.enabled', false);
    await waitFor(() => ours(uri).length === 0, 'no diagnostics when disabled');
    await setSetting('checks.enabled', undefined);
    await setSetting('checks.severity', undefined);
    await waitFor(() => ours(uri).some((d) => codeOf(d) === 'GM009'), 'GM009 back');
  });

  it('diagnostics follow edits (debounced)', async () => {
    const editor = await openCrafted('checks-edit.txt');
    const doc = editor.document;
    await waitFor(() => ours(doc.uri).some((d) => codeOf(d) === 'GM001'), 'GM001');
    const at = doc.getText().indexOf('四、');
    await editor.edit((b) => b.replace(new vscode.Range(doc.positionAt(at), doc.positionAt(at + 1)), '三'));
    await waitFor(() => !ours(doc.uri).some((d) => codeOf(d) === 'GM001'), 'GM001 gone after the edit');
    await vscode.commands.executeCommand('undo');
  });

  it('a document with right numbering gets no diagnostics', async () => {
    // Our sample speech: every family, numbered right (`gangmu check` finds nothing in it).
    const doc = await vscode.workspace.openTextDocument(join(workspaceDir(), 'samples', 'speech.speech'));
    await vscode.window.showTextDocument(doc);
    await new Promise((r) => setTimeout(r, 800));
    assert.deepEqual(ours(doc.uri).map((d) => `${d.range.start.line + 1} ${codeOf(d)}`), []);
  });
});
