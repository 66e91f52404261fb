/**
 * Outline corrections inside a real VS Code (issue 13): each command changes the symbols and
 * folding at once, the sidecar beside the document is written (the document never is), undo
 * reverts, and a document opened with a sidecar beside it reads corrected from the start.
 * Run alone: GANGMU_TEST_GREP='outline corrections in VS Code' npm run test:integration
 */
import * as assert from 'node:assert/strict';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { sleep } from './wait';
import { workspaceDir, symbolLines } from './workspace';

const EXTENSION_ID = 'gangmu.gangmu';
// Invented text.
const DOC = [
  '一、总体安排', // 0
  '（一）加快建设新的园区', // 1
  '正文甲写在这里，投资12亿元。', // 2
  '（二）深化区域合作', // 3
  '正文乙写在这里。', // 4
  '二、保障措施', // 5
  '正文丙写在这里。', // 6
  '一是加强领导。二是强化考核。', // 7
  '三、工作要求', // 8
  '正文丁。', // 9
  '',
].join('\n');

async function waitForOutline(uri: vscode.Uri, want: string[], what: string): Promise<void> {
  const end = Date.now() + 10_000;
  let got: string[] = [];
  while (Date.now() < end) {
    got = await symbolLines(uri);
    if (JSON.stringify(got) === JSON.stringify(want)) return;
    await sleep(100);
  }
  assert.deepEqual(got, want, what);
}

const BUILT = ['1 一、总体安排', '2 （一）加快建设新的园区', '2 （二）深化区域合作', '1 二、保障措施', '2 一是加强领导', '2 二是强化考核', '1 三、工作要求'];

describe('outline corrections in VS Code', function () {
  this.timeout(60_000);
  let path = '';
  let sidecar = '';
  let uri: vscode.Uri;

  before(async () => {
    await vscode.extensions.getExtension(EXTENSION_ID)!.activate();
    path = join(workspaceDir(), 'corrections-doc.txt');
    sidecar = path + '.gangmu.json';
    rmSync(sidecar, { force: true });
    writeFileSync(path, DOC, 'utf8');
    uri = vscode.Uri.file(path);
  });
  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    for (const p of [sidecar, path, join(workspaceDir(), 'corrections-copy.txt'), join(workspaceDir(), 'corrections-copy.txt.gangmu.json')]) rmSync(p, { force: true });
  });

  it('every command changes the symbols and folding at once, writes only the sidecar, and undo reverts', async () => {
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    await waitForOutline(uri, BUILT, 'as built');

    // Not a Heading, from the cursor's line (as from the editor's context menu).
    editor.selection = new vscode.Selection(1, 2, 1, 2);
    await vscode.commands.executeCommand('gangmu.notAHeading');
    await waitForOutline(uri, ['1 一、总体安排', '2 （二）深化区域合作', '1 二、保障措施', '2 一是加强领导', '2 二是强化考核', '1 三、工作要求'], 'after Not a Heading');
    assert.ok(existsSync(sidecar), 'sidecar written');
    assert.match(readFileSync(sidecar, 'utf8'), /"not-heading"/);

    // Demote 二、 under 一、 (arguments as the line-number context menu passes them).
    await vscode.commands.executeCommand('gangmu.demoteHeading', { uri, lineNumber: 6 });
    await waitForOutline(uri, ['1 一、总体安排', '2 （二）深化区域合作', '2 二、保障措施', '3 一是加强领导', '3 二是强化考核', '1 三、工作要求'], 'after Demote');
    const folds = (await vscode.commands.executeCommand<vscode.FoldingRange[]>('vscode.executeFoldingRangeProvider', uri)) ?? [];
    assert.ok(folds.some((f) => f.start === 0 && f.end === 7), `一、 folds over the demoted part: ${JSON.stringify(folds)}`);

    // Make Heading at level 1 on a body line; Promote it back is a no-op at the top, so Promote （二）.
    await vscode.commands.executeCommand('gangmu.makeHeading', { uri, line: 9, level: 1 });
    await vscode.commands.executeCommand('gangmu.promoteHeading', { uri, line: 3 });
    await waitForOutline(uri, ['1 一、总体安排', '1 （二）深化区域合作', '2 二、保障措施', '3 一是加强领导', '3 二是强化考核', '1 三、工作要求', '1 正文丁'], 'after Make Heading and Promote');

    // Attach to Previous Part: 三、 goes under the part just before it (二是, the last heading before it).
    await vscode.commands.executeCommand('gangmu.attachToPreviousPart', { uri, line: 8 });
    const attached = await symbolLines(uri);
    assert.equal(attached[5], '4 三、工作要求', attached.join(' | '));

    const saved = JSON.parse(readFileSync(sidecar, 'utf8'));
    assert.deepEqual(saved.corrections.map((c: { kind: string }) => c.kind), ['not-heading', 'demote', 'make-heading', 'promote', 'attach-previous']);
    // The document itself is untouched.
    assert.equal(editor.document.getText(), DOC);
    assert.equal(editor.document.isDirty, false);
    assert.equal(readFileSync(path, 'utf8'), DOC);

    // A document opened with that sidecar beside it reads corrected from the start.
    const copy = join(workspaceDir(), 'corrections-copy.txt');
    writeFileSync(copy, DOC, 'utf8');
    writeFileSync(copy + '.gangmu.json', readFileSync(sidecar, 'utf8'), 'utf8');
    const copyUri = vscode.Uri.file(copy);
    await vscode.workspace.openTextDocument(copyUri);
    assert.deepEqual(await symbolLines(copyUri), attached);

    // Undo, five times: back to the engine's outline, and the sidecar is gone.
    for (let k = 0; k < 5; k++) await vscode.commands.executeCommand('gangmu.undoOutlineCorrection', { uri });
    await waitForOutline(uri, BUILT, 'after undoing everything');
    assert.ok(!existsSync(sidecar), 'sidecar removed with the last correction');
  });

  it('the sidecar on disk is the record: written outside VS Code (a checkout), the open outline follows', async () => {
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    await waitForOutline(uri, BUILT, 'as built');
    await vscode.commands.executeCommand('gangmu.notAHeading', { uri, line: 5 });
    const corrected = await symbolLines(uri);
    assert.ok(!corrected.includes('1 二、保障措施'), corrected.join(' | '));
    const saved = readFileSync(sidecar, 'utf8');
    // Let the file watcher report our own write first (it folds a creation and a deletion close together into nothing).
    await sleep(1000);
    // Removed outside VS Code: the outline goes back to the engine's.
    rmSync(sidecar);
    await waitForOutline(uri, BUILT, 'after the sidecar was deleted on disk');
    // Put back outside VS Code: corrected again.
    await sleep(1000);
    writeFileSync(sidecar, saved, 'utf8');
    await waitForOutline(uri, corrected, 'after the sidecar was written on disk');
    await vscode.commands.executeCommand('gangmu.undoOutlineCorrection', { uri });
    await waitForOutline(uri, BUILT, 'after undo');
    assert.ok(!existsSync(sidecar));
  });
});

describe('outline corrections in VS Code: house rules (gangmu.rules)', function () {
  this.timeout(60_000);
  const RULED = ['前言正文写在这里。', '专题一、城市更新。这一专题讲三件事。', '一、总体安排', '正文甲。', '二、保障措施', '正文乙。', ''].join('\n');
  let uri: vscode.Uri;

  before(async () => {
    await vscode.extensions.getExtension(EXTENSION_ID)!.activate();
    const path = join(workspaceDir(), 'rules-doc.txt');
    writeFileSync(path, RULED, 'utf8');
    uri = vscode.Uri.file(path);
  });
  after(async () => {
    await vscode.workspace.getConfiguration('gangmu').update('rules', undefined, vscode.ConfigurationTarget.Global);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    rmSync(uri.fsPath, { force: true });
  });

  it('a rule in the settings adds its headings at once; a risky pattern beside it is refused, the good one applies', async () => {
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    await waitForOutline(uri, ['1 一、总体安排', '1 二、保障措施'], 'without rules');
    await vscode.workspace.getConfiguration('gangmu').update(
      'rules',
      [{ pattern: '(专+)+' }, { pattern: '专题[一二三四五六七八九十]+、', rank: 'top' }],
      vscode.ConfigurationTarget.Global,
    );
    await waitForOutline(uri, ['1 专题一、城市更新', '2 一、总体安排', '2 二、保障措施'], 'with the rule');
    await vscode.workspace.getConfiguration('gangmu').update('rules', undefined, vscode.ConfigurationTarget.Global);
    await waitForOutline(uri, ['1 一、总体安排', '1 二、保障措施'], 'rule removed');
  });
});
