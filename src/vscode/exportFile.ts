/**
 * Writing an export the reader asked for (the outline, a document's figures, a folder's
 * indicators). A write that fails (a read-only folder, a path through a file, a full disk) is said
 * in one message naming the file, and the command answers undefined: without this the failure went
 * to VS Code's generic "command failed" notice, or, for a webview's button, nowhere at all.
 */
import * as vscode from 'vscode';

/** How a saved file is named in messages: relative to the workspace when inside it. */
export function shownPath(where: vscode.Uri): string {
  return vscode.workspace.asRelativePath(where);
}

/** Writes `text` as UTF-8 to `where`; false (the reader told why) when it could not. */
export async function writeExport(where: vscode.Uri, text: string): Promise<boolean> {
  try {
    await vscode.workspace.fs.writeFile(where, Buffer.from(text, 'utf8'));
    return true;
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    void vscode.window.showErrorMessage(vscode.l10n.t('Could not save {0}: {1}', shownPath(where), why));
    return false;
  }
}
