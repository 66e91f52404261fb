import * as vscode from 'vscode';
import { outlineFoldRegions } from '../core/outlineFolding';
import type { DocumentModels } from './documentModel';

export class OutlineFoldingProvider implements vscode.FoldingRangeProvider {
  constructor(private readonly models: DocumentModels) {}

  async provideFoldingRanges(doc: vscode.TextDocument, _context: vscode.FoldingContext, token: vscode.CancellationToken): Promise<vscode.FoldingRange[]> {
    if (token.isCancellationRequested) return [];
    const { outline, text } = await this.models.analyse(doc);
    if (token.isCancellationRequested) return [];
    return outlineFoldRegions(text, outline).map((r) => new vscode.FoldingRange(r.startLine, r.endLine, vscode.FoldingRangeKind.Region));
  }
}
