/**
 * Exports of the panel's figures: CSV and JSON files (the same text the CLI prints) through a save
 * dialog, and a Markdown table to the clipboard.
 */
import * as vscode from 'vscode';
import type { Figure, FigureKind, Outline } from '../core/types';
import { figuresToCsv, figuresToRows } from '../core/export';
import { buildFigureRows, figuresToMarkdown } from '../core/figures/format';
import { columnLabels, kindLabel } from './figuresStrings';
import { shownPath, writeExport } from './exportFile';

export interface ExportSource {
  uri: vscode.Uri;
  text: string;
  outline: Outline;
  figures: readonly Figure[];
}

/** The figures picked by row indices (in that order), or all of them. */
function pick(figures: readonly Figure[], rows: readonly number[] | null): Figure[] {
  return rows ? rows.map((i) => figures[i]).filter((f): f is Figure => f !== undefined) : [...figures];
}

export function exportText(source: ExportSource, format: 'csv' | 'json', rows: readonly number[] | null): string {
  const data = figuresToRows(source.text, source.outline, pick(source.figures, rows));
  return format === 'csv' ? figuresToCsv(data) : JSON.stringify({ figures: data }, null, 2) + '\n';
}

function baseName(uri: vscode.Uri): string {
  const name = uri.path.split('/').pop() || 'figures';
  return name.replace(/\.[^.]+$/, '') || name;
}

function defaultTarget(uri: vscode.Uri, format: 'csv' | 'json'): vscode.Uri | undefined {
  const file = `${baseName(uri)}.figures.${format}`;
  if (uri.scheme !== 'untitled') return vscode.Uri.joinPath(uri, '..', file);
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  return folder ? vscode.Uri.joinPath(folder, file) : undefined;
}

/** Asks where to save (unless `target` is given) and writes the file; returns where it went. */
export async function exportFigures(
  source: ExportSource,
  format: 'csv' | 'json',
  rows: readonly number[] | null,
  target?: vscode.Uri,
): Promise<vscode.Uri | undefined> {
  const where =
    target ??
    (await vscode.window.showSaveDialog({
      defaultUri: defaultTarget(source.uri, format),
      filters: format === 'csv' ? { CSV: ['csv'] } : { JSON: ['json'] },
      saveLabel: vscode.l10n.t('Export'),
    }));
  if (!where) return undefined;
  const count = rows ? rows.length : source.figures.length;
  if (!(await writeExport(where, exportText(source, format, rows)))) return undefined;
  if (!target) void vscode.window.showInformationMessage(vscode.l10n.t('Saved {0} figures to {1}.', count, shownPath(where)));
  return where;
}

export function markdownText(source: ExportSource, rows: readonly number[] | null): string {
  const picked = buildFigureRows(source.text, source.figures, source.outline);
  const ordered = rows ? rows.map((i) => picked[i]).filter((r) => r !== undefined) : picked;
  return figuresToMarkdown(ordered, columnLabels(), (k: FigureKind) => kindLabel(k));
}

export async function copyMarkdown(source: ExportSource, rows: readonly number[] | null, quiet = false): Promise<string> {
  const md = markdownText(source, rows);
  await vscode.env.clipboard.writeText(md);
  const count = rows ? rows.length : source.figures.length;
  if (!quiet) void vscode.window.showInformationMessage(vscode.l10n.t('Copied {0} figures as a Markdown table.', count));
  return md;
}
