import * as vscode from 'vscode';
import type { MarkerFamily, Outline } from '../core';
import { buildOutlineTree, type OutlineNode } from '../core/outlineTree';
import type { DocumentModels } from './documentModel';
import { levelLabel } from './l10n';

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
};

export function toDocumentSymbols(doc: vscode.TextDocument, nodes: OutlineNode[], token?: vscode.CancellationToken): vscode.DocumentSymbol[] {
  const out: vscode.DocumentSymbol[] = [];
  for (const n of nodes) {
    if (token?.isCancellationRequested) return out;
    const range = new vscode.Range(doc.positionAt(n.start), doc.positionAt(n.end));
    const selection = new vscode.Range(doc.positionAt(n.selectionStart), doc.positionAt(n.selectionEnd));
    const symbol = new vscode.DocumentSymbol(
      n.name,
      levelLabel(n.heading.level),
      FAMILY_SYMBOL_KIND[n.heading.family] ?? vscode.SymbolKind.String,
      range.contains(selection) ? range : range.union(selection),
      selection,
    );
    symbol.children = toDocumentSymbols(doc, n.children, token);
    out.push(symbol);
  }
  return out;
}

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

export class OutlineSymbolProvider implements vscode.DocumentSymbolProvider {
  constructor(private readonly models: DocumentModels) {}

  async provideDocumentSymbols(doc: vscode.TextDocument, token: vscode.CancellationToken): Promise<vscode.DocumentSymbol[]> {
    if (token.isCancellationRequested) return [];
    const { outline, text } = await this.models.analyse(doc);
    if (doc.languageId === 'markdown' && !addsToMarkdownOutline(outline)) return [];
    if (token.isCancellationRequested) return [];
    return toDocumentSymbols(doc, buildOutlineTree(text, outline), token);
  }
}
