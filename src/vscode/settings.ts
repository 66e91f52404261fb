import * as vscode from 'vscode';
import type { MarkerFamily, Severity } from '../core';
import type { HouseRule } from '../core/outline/rules';
import { DEFAULT_MAX_SYMBOLS } from '../core/outline/symbolBudget';

export interface GangmuSettings {
  languages: string[];
  families: MarkerFamily[];
  highlightEnabled: boolean;
  highlightMaxLevel: number;
  figuresHover: boolean;
  checksEnabled: boolean;
  checkSeverity: Record<string, Severity | 'off'>;
  /** House rules as written in the settings (checked by `validRules`). */
  rules: HouseRule[];
  /** Symbols the Outline view gets at most (0: no limit); deeper levels are left out whole. */
  outlineMaxSymbols: number;
}

export function readSettings(): GangmuSettings {
  const c = vscode.workspace.getConfiguration('gangmu');
  return {
    languages: c.get<string[]>('languages', ['speech', 'plaintext', 'markdown']),
    families: c.get<MarkerFamily[]>('families', [
      'title', 'md', 'cn-dun', 'cn-paren', 'arabic-dot', 'arabic-paren', 'circled', 'di', 'shi', 'yao', 'qi', 'shouxian', 'stem',
    ]),
    highlightEnabled: c.get<boolean>('highlight.enabled', true),
    highlightMaxLevel: c.get<number>('highlight.maxLevel', 4),
    figuresHover: c.get<boolean>('figures.hover', true),
    checksEnabled: c.get<boolean>('checks.enabled', true),
    checkSeverity: c.get<Record<string, Severity | 'off'>>('checks.severity', {}),
    rules: c.get<HouseRule[]>('rules', []),
    outlineMaxSymbols: c.get<number>('outline.maxSymbols', DEFAULT_MAX_SYMBOLS),
  };
}
