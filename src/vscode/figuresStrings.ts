/**
 * Every string the figures panel shows, localised here with `vscode.l10n.t` (literal keys, so the
 * l10n tools can find them) and handed to the webview as plain data.
 */
import * as vscode from 'vscode';
import type { FigureKind } from '../core/types';
import type { TableLabels } from '../core/figures/format';

export function kindLabel(kind: FigureKind): string {
  switch (kind) {
    case 'money': return vscode.l10n.t('Money');
    case 'percent': return vscode.l10n.t('Percent');
    case 'percentage-point': return vscode.l10n.t('Percentage points');
    case 'count': return vscode.l10n.t('Count');
    case 'area': return vscode.l10n.t('Area');
    case 'length': return vscode.l10n.t('Length');
    case 'mass': return vscode.l10n.t('Mass');
    case 'volume': return vscode.l10n.t('Volume');
    case 'energy': return vscode.l10n.t('Energy/power');
    case 'duration': return vscode.l10n.t('Duration');
    case 'date': return vscode.l10n.t('Date');
    case 'ratio': return vscode.l10n.t('Ratio');
    default: return vscode.l10n.t('Other');
  }
}

export const KINDS: readonly FigureKind[] = [
  'money', 'percent', 'percentage-point', 'count', 'area', 'length', 'mass', 'volume', 'energy', 'duration', 'date', 'ratio', 'other',
];

export function kindLabels(): Record<FigureKind, string> {
  return Object.fromEntries(KINDS.map((k) => [k, kindLabel(k)])) as Record<FigureKind, string>;
}

/** Column headings of the figures table, shared by the panel and the Markdown copy. */
export function columnLabels(): TableLabels {
  return {
    line: vscode.l10n.t('Line'),
    text: vscode.l10n.t('As written'),
    value: vscode.l10n.t('Value'),
    unit: vscode.l10n.t('Unit'),
    kind: vscode.l10n.t('Kind'),
    indicator: vscode.l10n.t('Indicator'),
    relation: vscode.l10n.t('Relation'),
    section: vscode.l10n.t('Section'),
  };
}

/** Strings the webview script uses, by key. `{0}` and `{1}` are filled in by the script. */
export function panelStrings(): Record<string, string> {
  return {
    table: vscode.l10n.t('Table'),
    chart: vscode.l10n.t('Chart'),
    views: vscode.l10n.t('View'),
    filter: vscode.l10n.t('Filter figures'),
    filterPlaceholder: vscode.l10n.t('Filter by text, indicator, section…'),
    allKinds: vscode.l10n.t('All kinds'),
    furniture: vscode.l10n.t('Page furniture'),
    furnitureHint: vscode.l10n.t('Figures in page furniture (a site\'s header and footer, filing numbers, page numbers): hidden unless this is on'),
    kinds: vscode.l10n.t('Kinds and totals'),
    exportCsv: vscode.l10n.t('Export CSV…'),
    exportJson: vscode.l10n.t('Export JSON…'),
    copyMarkdown: vscode.l10n.t('Copy as Markdown'),
    actions: vscode.l10n.t('Export'),
    ...columnLabels(),
    shown: vscode.l10n.t('{0} of {1} figures'),
    all: vscode.l10n.t('{0} figures'),
    noFigures: vscode.l10n.t('No figures in this document.'),
    noMatch: vscode.l10n.t('No figures match the filter.'),
    noDocument: vscode.l10n.t('Open a plain-text, Markdown or speech document to see its figures.'),
    moneyChart: vscode.l10n.t('Money by section'),
    percentChart: vscode.l10n.t('Percentages and percentage points by section'),
    noMoney: vscode.l10n.t('No money figures to chart.'),
    noPercent: vscode.l10n.t('No percentages to chart.'),
    beforeFirst: vscode.l10n.t('Before the first heading'),
    capped: vscode.l10n.t('Showing the first {0} of {1} bars; filter to see the others.'),
    scale: vscode.l10n.t('Bars are drawn to a linear scale from zero; a range shows from its low to its high end.'),
  };
}
