import * as vscode from 'vscode';
import type { MarkerFamily, Outline } from '../core';
import { FAMILIES, ROW_INTS, type OutlineRows } from '../core/outline/rows';
import { ownTurn, type DocumentModels } from './documentModel';
import { levelLabel } from './l10n';
import { threadCpu, trace, tracing } from './perfTrace';
import { readSettings } from './settings';
import type { SymbolBudgetStatus } from './symbolBudgetStatus';
import { budgetRows } from '../core/outline/symbolBudget';

/**
 * Icons that tell families apart at a glance in the Outline view and breadcrumbs: the four GB/T
 * 9704 structural levels get distinct, coloured icons; speech runs get their own.
 */
export const FAMILY_SYMBOL_KIND: Record<MarkerFamily, vscode.SymbolKind> = {
  title: vscode.SymbolKind.File,
  md: vscode.SymbolKind.String, // what VS Code's own Markdown outline uses for headings
  'cn-dun': vscode.SymbolKind.Class,
  'cn-paren': vscode.SymbolKind.Interface,
  'arabic-dot': vscode.SymbolKind.Method,
  'arabic-paren': vscode.SymbolKind.Field,
  circled: vscode.SymbolKind.EnumMember,
  di: vscode.SymbolKind.Enum,
  shi: vscode.SymbolKind.Function,
  yao: vscode.SymbolKind.Event,
  qi: vscode.SymbolKind.Key,
  shouxian: vscode.SymbolKind.Constant,
  stem: vscode.SymbolKind.Struct,
};

/**
 * In Markdown, VS Code's own provider already lists the `#` headings and the Outline view shows
 * each provider as a labelled group. Our group is only worth showing when the parse found
 * something the Markdown outline does not (numbered parts such as `1.` or `（1）`, speech runs);
 * then we show the whole tree, `#` headings included, so it reads on its own instead of as
 * orphaned items. A Markdown file with only `#` headings gets no second, duplicate group.
 */
export function addsToMarkdownOutline(outline: Outline): boolean {
  return outline.headings.some((h) => h.family !== 'md');
}

/**
 * Editor symbols from precomputed rows: positions are already line/column (from the worker for
 * large documents), so this only allocates VS Code's objects — no `positionAt`, no tree walk.
 * Built in slices: `step` adds up to `count` symbols and says whether all are there.
 */
export class SymbolBuilder {
  readonly roots: vscode.DocumentSymbol[] = [];
  private readonly all: vscode.DocumentSymbol[];
  private readonly detail = new Map<number, string>();
  private next = 0;

  constructor(private readonly rows: OutlineRows) {
    this.all = new Array(rows.names.length);
  }

  step(count: number): boolean {
    const { names, ints } = this.rows;
    const stop = Math.min(names.length, this.next + count);
    for (let i = this.next; i < stop; i++) {
      const k = i * ROW_INTS;
      const level = ints[k + 1];
      let label = this.detail.get(level);
      if (label === undefined) this.detail.set(level, (label = levelLabel(level)));
      const symbol = new vscode.DocumentSymbol(
        names[i],
        label,
        FAMILY_SYMBOL_KIND[FAMILIES[ints[k + 2]]] ?? vscode.SymbolKind.String,
        new vscode.Range(ints[k + 3], ints[k + 4], ints[k + 5], ints[k + 6]),
        new vscode.Range(ints[k + 7], ints[k + 8], ints[k + 9], ints[k + 10]),
      );
      this.all[i] = symbol;
      const parent = ints[k];
      if (parent >= 0 && parent < i) this.all[parent].children.push(symbol);
      else this.roots.push(symbol);
    }
    this.next = stop;
    return stop === names.length;
  }
}

/**
 * Symbols per event-loop turn: a first build of 12,878 symbols took 90–290 ms on a loaded
 * machine (cold code, garbage collection); in slices other work gets its turn in between.
 */
const SLICE = 2000;

export async function rowsToDocumentSymbols(rows: OutlineRows): Promise<vscode.DocumentSymbol[]> {
  const builder = new SymbolBuilder(rows);
  while (!builder.step(SLICE)) await new Promise((resolve) => setImmediate(resolve));
  return builder.roots;
}

/**
 * The editor's symbols: the Outline view, breadcrumbs, sticky scroll and Go to Symbol in Editor
 * all ask this one provider. Above `gangmu.outline.maxSymbols` it gives the top levels only
 * (src/core/outline/symbolBudget.ts) and the status bar says so; every other feature keeps
 * reading the full outline from the same analysis.
 */
export class OutlineSymbolProvider implements vscode.DocumentSymbolProvider {
  constructor(
    private readonly models: DocumentModels,
    private readonly status?: SymbolBudgetStatus,
  ) {}

  async provideDocumentSymbols(doc: vscode.TextDocument, token: vscode.CancellationToken): Promise<vscode.DocumentSymbol[]> {
    const t0 = performance.now();
    const c0 = tracing ? threadCpu().cpu : 0;
    this.models.noteAsk(doc, 'symbols');
    const analysis = await this.models.analyse(doc, token);
    if (tracing) trace(`symbols v${doc.version}: analysis ready after ${(performance.now() - t0).toFixed(0)} ms`);
    if (doc.languageId === 'markdown' && !addsToMarkdownOutline(analysis.outline)) {
      this.status?.report(doc, undefined, 0);
      return [];
    }
    if (token.isCancellationRequested) return [];
    const max = readSettings().outlineMaxSymbols;
    // Asked for again by the Outline view, breadcrumbs, sticky scroll and commands: one build per version and limit.
    const { rows, budget } = analysis.memo(`symbolRows:${max}`, () => budgetRows(analysis.rows(), max));
    this.status?.report(doc, budget, max);
    const t1 = performance.now();
    const symbols = await analysis.memo(`documentSymbols:${max}`, () => rowsToDocumentSymbols(rows));
    if (rows.names.length > SLICE) await ownTurn();
    if (tracing) {
      trace(`symbols v${doc.version}: ${budget.shown} of ${budget.total} DocumentSymbols ready after ${(performance.now() - t1).toFixed(1)} ms`);
      trace(`symbols v${doc.version}: provider returns ${(performance.now() - t0).toFixed(0)} ms after the ask${token.isCancellationRequested ? ' (cancelled)' : ''} (host thread cpu in between ${(threadCpu().cpu - c0).toFixed(0)} ms, ours and others')`);
    }
    return token.isCancellationRequested ? [] : symbols;
  }
}
