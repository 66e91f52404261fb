import * as vscode from 'vscode';
import type { DocumentModels } from './documentModel';
import { timed } from './perfTrace';

export class OutlineFoldingProvider implements vscode.FoldingRangeProvider {
  constructor(private readonly models: DocumentModels) {}

  async provideFoldingRanges(doc: vscode.TextDocument, _context: vscode.FoldingContext, token: vscode.CancellationToken): Promise<vscode.FoldingRange[]> {
    this.models.noteAsk(doc, 'folding');
    const analysis = await this.models.analyse(doc, token);
    if (token.isCancellationRequested) return [];
    return analysis.memo('foldingRanges', () =>
      timed(`folding v${doc.version}`, () =>
        analysis.foldRegions().map((r) => new vscode.FoldingRange(r.startLine, r.endLine, vscode.FoldingRangeKind.Region)),
      ),
    );
  }
}
