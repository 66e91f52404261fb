/**
 * The extension loads in a real VS Code: it activates on a `speech` and on a plain-text document,
 * registers every command its manifest contributes, and the `speech` language exists.
 */
import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { waitFor } from './wait';

const EXTENSION_ID = 'gangmu.gangmu';

function workspaceFile(name: string): string {
  const ws = process.env.GANGMU_TEST_WORKSPACE ?? vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
  assert.ok(ws, 'GANGMU_TEST_WORKSPACE is not set and no folder is open');
  return join(ws, name);
}

describe('smoke: the extension in a real VS Code', () => {
  it('is known to VS Code under its manifest id', () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `${EXTENSION_ID} not found among ${vscode.extensions.all.length} extensions`);
    assert.equal(ext.packageJSON.name, 'gangmu');
  });

  it('contributes the speech language and maps .speech files to it', async () => {
    const languages = await vscode.languages.getLanguages();
    assert.ok(languages.includes('speech'), 'speech language missing');
    const doc = await vscode.workspace.openTextDocument(workspaceFile('samples/speech.speech'));
    assert.equal(doc.languageId, 'speech');
  });

  it('activates when a speech document is shown', async () => {
    const doc = await vscode.workspace.openTextDocument(workspaceFile('samples/speech.speech'));
    await vscode.window.showTextDocument(doc);
    const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
    await waitFor(() => ext.isActive, 'activation');
    assert.equal(vscode.window.activeTextEditor?.document.uri.fsPath, doc.uri.fsPath);
  });

  it('treats a .txt document as plaintext and keeps working on it', async () => {
    const doc = await vscode.workspace.openTextDocument(workspaceFile('samples/compilation.txt'));
    assert.equal(doc.languageId, 'plaintext');
    await vscode.window.showTextDocument(doc);
    assert.ok(vscode.extensions.getExtension(EXTENSION_ID)!.isActive);
  });

  it('registers every command the manifest contributes', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
    await ext.activate();
    const contributed: string[] = (ext.packageJSON.contributes?.commands ?? []).map((c: { command: string }) => c.command);
    assert.ok(contributed.length > 0, 'manifest contributes no commands');
    const registered = new Set(await vscode.commands.getCommands(true));
    const missing = contributed.filter((c) => !registered.has(c));
    assert.deepEqual(missing, [], `contributed but not registered: ${missing.join(', ')}`);
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });
});
