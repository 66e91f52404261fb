import * as vscode from 'vscode';
// STUB — replaced by the VS Code glue.
export function activate(_context: vscode.ExtensionContext): void {}
export function deactivate(): void {}
