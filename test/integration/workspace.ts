/**
 * What several integration suites ask of the workspace the runner opened: its folder, and our
 * symbols for a document as `depth name` lines in preorder (what a reader sees in the Outline view).
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

/** The folder the runner opened (GANGMU_TEST_WORKSPACE when the runner sets it). */
export function workspaceDir(): string {
  const ws = process.env.GANGMU_TEST_WORKSPACE ?? vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
  assert.ok(ws, 'no workspace folder');
  return ws;
}

/** Our symbols as `depth name` lines in preorder. */
export async function symbolLines(uri: vscode.Uri): Promise<string[]> {
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
