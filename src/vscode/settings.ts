import * as vscode from 'vscode';
import { settingsFrom, type GangmuSettings } from './settingsValues';

export type { GangmuSettings } from './settingsValues';

export function readSettings(): GangmuSettings {
  const c = vscode.workspace.getConfiguration('gangmu');
  return settingsFrom((key) => c.get<unknown>(key));
}
