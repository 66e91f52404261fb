import * as vscode from 'vscode';

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
};
