import * as vscode from 'vscode';
import type { DocumentModels } from './documentModel';
/** STUB — diagnostics and quick fixes for numbering (issue 5). */
export function registerChecks(_context: vscode.ExtensionContext, _models: DocumentModels): void {}
