import * as vscode from 'vscode';
import { DocumentModels } from './documentModel';
import { registerChecks } from './checks';
import { registerFigures } from './figures';

export function activate(context: vscode.ExtensionContext): void {
  const models = new DocumentModels();
  context.subscriptions.push(models);
  // Reading features (symbols, folding, highlighting, navigation) are registered here by the glue.
  registerChecks(context, models);
  registerFigures(context, models);
}

export function deactivate(): void {}
