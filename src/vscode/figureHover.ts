/**
 * Hover on a figure in the editor: its normalised value, kind and indicator (setting
 * `gangmu.figures.hover`). Reads the shared cached analysis; never re-parses.
 */
import * as vscode from 'vscode';
import type { Figure } from '../core/types';
import { formatValue } from '../core/figures/format';
import type { DocumentModels } from './documentModel';
import { readSettings } from './settings';
import { kindLabel } from './figuresStrings';
import { figureAt } from './figureAt';

export function hoverMarkdown(f: Figure): vscode.MarkdownString {
  const md = new vscode.MarkdownString();
  const { value, readable } = formatValue(f.value, f.kind, f.unit, f.text);
  md.appendMarkdown('**');
  md.appendText(f.text);
  md.appendMarkdown('** — ');
  md.appendText(kindLabel(f.kind));
  md.appendMarkdown('\n\n');
  const lines: [string, string][] = [];
  if (value) lines.push([vscode.l10n.t('Value'), `${value}${f.unit ? ' ' + f.unit : ''}${readable ? ` (${readable}${f.unit})` : ''}`]);
  else if (f.value === null && f.kind !== 'date') lines.push([vscode.l10n.t('Value'), vscode.l10n.t('not stated (redacted)')]);
  if (f.approx) lines.push([vscode.l10n.t('Approximation'), f.approx]);
  if (f.indicator) lines.push([vscode.l10n.t('Indicator'), f.indicator]);
  if (f.relation) lines.push([vscode.l10n.t('Relation'), f.relation]);
  lines.forEach(([k, v], i) => {
    // Document text only ever goes through appendText, which escapes Markdown.
    md.appendMarkdown('*');
    md.appendText(k);
    md.appendMarkdown('*: ');
    md.appendText(v);
    if (i < lines.length - 1) md.appendMarkdown('  \n');
  });
  return md;
}

export function registerFigureHover(models: DocumentModels): vscode.Disposable {
  let registration: vscode.Disposable | undefined;
  const provider: vscode.HoverProvider = {
    async provideHover(doc, position, token) {
      if (!readSettings().figuresHover || !models.isSupported(doc)) return undefined;
      // Large documents: figures come from the worker, never from a parse on the extension host.
      let figures;
      try {
        figures = await (await models.analyse(doc, token)).figuresAsync();
      } catch {
        return undefined; // cancelled: the pointer moved on
      }
      if (token.isCancellationRequested) return undefined;
      const i = figureAt(figures, doc.offsetAt(position));
      if (i < 0) return undefined;
      const f = figures[i];
      return new vscode.Hover(hoverMarkdown(f), new vscode.Range(doc.positionAt(f.start), doc.positionAt(f.end)));
    },
  };
  const register = () => {
    registration?.dispose();
    registration = vscode.languages.registerHoverProvider(
      readSettings().languages.map((language) => ({ language })),
      provider,
    );
  };
  register();
  const watcher = vscode.workspace.onDidChangeConfiguration((e) => {
    if (e.affectsConfiguration('gangmu.languages')) register();
  });
  return { dispose: () => (registration?.dispose(), watcher.dispose()) };
}
