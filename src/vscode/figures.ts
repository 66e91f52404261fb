import * as vscode from 'vscode';
import type { DocumentModels } from './documentModel';
/** STUB — the figures panel, hover and command (issue 4). */
export function registerFigures(_context: vscode.ExtensionContext, _models: DocumentModels): void {}
