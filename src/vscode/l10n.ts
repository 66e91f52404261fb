import * as vscode from 'vscode';
import type { Localized } from '../core';

/**
 * Whether VS Code shows its interface in Chinese: the one place the display language is read, for
 * the texts that come in both languages from the engine (findings, fixes, conversion and
 * correction notes) and the webviews' `lang`. Our own strings go through `vscode.l10n.t`.
 */
export function uiIsChinese(): boolean {
  return vscode.env.language.toLowerCase().startsWith('zh');
}

/** The display language's tag, for `Intl` formats (number grouping). */
export function uiLocale(): string {
  return vscode.env.language || 'en';
}

export function uiLang(): 'en' | 'zh' {
  return uiIsChinese() ? 'zh' : 'en';
}

/** An engine text (`{ en, zh }`) in the display language. */
export function localized(l: Localized): string {
  return l[uiLang()];
}

/** Symbol detail: the heading's depth, short enough to sit beside a long title. */
export function levelLabel(level: number): string {
  return vscode.l10n.t('level {0}', level);
}

export const messages = {
  notSupported: (languageId: string) =>
    vscode.l10n.t('Gangmu does not read “{0}” documents. Add the language to the setting gangmu.languages.', languageId),
  noEditor: () => vscode.l10n.t('Open a document first.'),
  noHeadings: () => vscode.l10n.t('No headings found in this document.'),
  noNext: () => vscode.l10n.t('No heading after the cursor.'),
  noPrevious: () => vscode.l10n.t('No heading before the cursor.'),
  noParent: () => vscode.l10n.t('This heading is at the top level.'),
  copied: (count: number) => vscode.l10n.t('Copied an outline of {0} headings as Markdown.', count),
  exported: (path: string) => vscode.l10n.t('Outline saved to {0}.', path),
  pickDepth: () => vscode.l10n.t('How many levels to copy?'),
  depthAll: () => vscode.l10n.t('All levels'),
  depthN: (n: number) => vscode.l10n.t('Down to level {0}', n),
  depthCount: (count: number) => vscode.l10n.t('{0} headings', count),
  filterMarkdown: () => vscode.l10n.t('Markdown'),
  filterJson: () => vscode.l10n.t('JSON'),
  filterText: () => vscode.l10n.t('Plain text'),
  exportTitle: () => vscode.l10n.t('Export Outline'),
  symbolGroup: () => vscode.l10n.t('Gangmu headings'),
  budgetStatusName: () => vscode.l10n.t('Gangmu Outline levels'),
  budgetOpenSetting: () => vscode.l10n.t('Open the setting gangmu.outline.maxSymbols'),
  budgetShort: (depth: number, levels: number) => vscode.l10n.t('Outline: levels 1–{0} of {1}', depth, levels),
  budgetShortTop: (levels: number) => vscode.l10n.t('Outline: level 1 of {0}', levels),
  budgetShown: (depth: number, levels: number, shown: string, total: string) =>
    vscode.l10n.t('The Outline shows levels 1–{0} of {1}: {2} of {3} headings.', depth, levels, shown, total),
  budgetShownTop: (levels: number, shown: string, total: string) =>
    vscode.l10n.t('The Outline shows level 1 of {0}: {1} of {2} headings.', levels, shown, total),
  budgetOver: (shown: string, max: string) =>
    vscode.l10n.t('The top level alone has {0} headings, more than the limit of {1}; it is shown whole.', shown, max),
  budgetHowTo: (max: string) =>
    vscode.l10n.t(
      'Deeper levels are left out whole above the limit of {0} headings (setting gangmu.outline.maxSymbols; 0 means no limit). Go to Symbol in Editor lists the same headings; folding and Go to Next/Previous Heading use all of them. Click to change the setting.',
      max,
    ),
};
