import * as vscode from 'vscode';
import { parseOutline, extractFigures, checkNumbering } from '../core';
import type { Figure, Finding, MarkerFamily, Outline } from '../core';
import { readSettings } from './settings';

/**
 * One parse per document version, shared by every provider, command and panel. Figures and
 * findings are computed lazily on first use and cached with the same version.
 */
export interface DocumentAnalysis {
  readonly uri: string;
  readonly version: number;
  readonly text: string;
  readonly outline: Outline;
  figures(): Figure[];
  findings(): Finding[];
}

class Analysis implements DocumentAnalysis {
  private figuresCache: Figure[] | undefined;
  private findingsCache: Finding[] | undefined;
  constructor(
    readonly uri: string,
    readonly version: number,
    readonly text: string,
    readonly outline: Outline,
  ) {}
  figures(): Figure[] {
    return (this.figuresCache ??= extractFigures(this.text, this.outline));
  }
  findings(): Finding[] {
    return (this.findingsCache ??= checkNumbering(this.text, this.outline));
  }
}

export class DocumentModels implements vscode.Disposable {
  private readonly cache = new Map<string, Analysis>();
  private readonly disposables: vscode.Disposable[] = [];
  private readonly changed = new vscode.EventEmitter<vscode.TextDocument>();
  /** Fires when a supported document's text changed (the next `get` re-parses). */
  readonly onDidChange = this.changed.event;

  constructor() {
    this.disposables.push(
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length && this.isSupported(e.document)) this.changed.fire(e.document);
      }),
      vscode.workspace.onDidCloseTextDocument((d) => this.cache.delete(d.uri.toString())),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('gangmu')) this.cache.clear();
      }),
      this.changed,
    );
  }

  isSupported(doc: vscode.TextDocument): boolean {
    return readSettings().languages.includes(doc.languageId);
  }

  get(doc: vscode.TextDocument): DocumentAnalysis {
    const key = doc.uri.toString();
    const hit = this.cache.get(key);
    if (hit && hit.version === doc.version) return hit;
    const text = doc.getText();
    const families: MarkerFamily[] = readSettings().families;
    const outline = parseOutline(text, { format: doc.languageId === 'markdown' ? 'markdown' : 'plain', families });
    const analysis = new Analysis(key, doc.version, text, outline);
    this.cache.set(key, analysis);
    return analysis;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
    this.cache.clear();
  }
}
