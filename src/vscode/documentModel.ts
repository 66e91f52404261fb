import * as vscode from 'vscode';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { parseOutline, extractFigures, checkNumbering } from '../core';
import type { Figure, Finding, Outline, OutlineOptions } from '../core';
import { readSettings } from './settings';
import type { AnalysisRequest, AnalysisResponse } from './analysisWorker';

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

/** Above this many characters analysis (≈0.2 ms per 1,000 chars) would block the host for > ~50 ms. */
export const WORKER_THRESHOLD = 250_000;

class Analysis implements DocumentAnalysis {
  constructor(
    readonly uri: string,
    readonly version: number,
    readonly key: string,
    readonly text: string,
    readonly outline: Outline,
    private figuresCache?: Figure[],
    private findingsCache?: Finding[],
  ) {}
  figures(): Figure[] {
    return (this.figuresCache ??= extractFigures(this.text, this.outline));
  }
  findings(): Finding[] {
    return (this.findingsCache ??= checkNumbering(this.text, this.outline));
  }
}

interface AnalysisResult {
  outline: Outline;
  figures: Figure[];
  findings: Finding[];
}

/** One worker thread, started on first use, answering requests in order. */
class AnalysisWorker implements vscode.Disposable {
  private worker: Worker | undefined;
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (r: AnalysisResult) => void; reject: (e: Error) => void }>();

  constructor(private readonly script: string) {}

  analyse(text: string, options: OutlineOptions): Promise<AnalysisResult> {
    if (!this.worker) {
      this.worker = new Worker(this.script);
      this.worker.on('message', (m: AnalysisResponse) => {
        const p = this.pending.get(m.id);
        this.pending.delete(m.id);
        if (!p) return;
        if (m.outline && m.figures && m.findings) p.resolve({ outline: m.outline, figures: m.figures, findings: m.findings });
        else p.reject(new Error(m.error ?? 'analysis worker failed'));
      });
      this.worker.on('error', (e) => this.failAll(e));
      this.worker.on('exit', () => {
        this.worker = undefined;
        this.failAll(new Error('analysis worker exited'));
      });
      this.worker.unref();
    }
    const id = this.nextId++;
    return new Promise<AnalysisResult>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker!.postMessage({ id, text, options } satisfies AnalysisRequest);
    });
  }

  private failAll(e: Error): void {
    for (const p of this.pending.values()) p.reject(e);
    this.pending.clear();
  }

  dispose(): void {
    void this.worker?.terminate();
    this.worker = undefined;
  }
}

export class DocumentModels implements vscode.Disposable {
  private readonly cache = new Map<string, Analysis>();
  /** Worker analyses under way, joined by concurrent callers asking for the same version. */
  private readonly inFlight = new Map<string, { version: number; key: string; result: Promise<DocumentAnalysis> }>();
  private readonly worker: AnalysisWorker | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  private readonly changed = new vscode.EventEmitter<vscode.TextDocument>();
  /** Fires when a supported document's text changed (the next `get` re-parses). */
  readonly onDidChange = this.changed.event;

  /** `extensionPath` locates `dist/analysisWorker.js`; without it everything runs on this thread. */
  constructor(extensionPath?: string) {
    const script = extensionPath ? join(extensionPath, 'dist', 'analysisWorker.js') : undefined;
    this.worker = script && existsSync(script) ? new AnalysisWorker(script) : undefined;
    if (this.worker) this.disposables.push(this.worker);
    this.disposables.push(
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length && this.isSupported(e.document)) this.changed.fire(e.document);
      }),
      vscode.workspace.onDidCloseTextDocument((d) => {
        this.cache.delete(d.uri.toString());
        this.inFlight.delete(d.uri.toString());
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('gangmu')) {
          this.cache.clear();
          this.inFlight.clear();
        }
      }),
      this.changed,
    );
  }

  get usesWorker(): boolean {
    return !!this.worker;
  }

  isSupported(doc: vscode.TextDocument): boolean {
    return readSettings().languages.includes(doc.languageId);
  }

  /**
   * The analysis of this version, computed on this thread when not cached. For code that must
   * answer synchronously; everything that can wait should use `analyse`.
   */
  get(doc: vscode.TextDocument): DocumentAnalysis {
    const { uri, key, options } = this.describe(doc);
    const hit = this.cache.get(uri);
    if (hit && hit.version === doc.version && hit.key === key) return hit;
    const text = doc.getText();
    const analysis = new Analysis(uri, doc.version, key, text, parseOutline(text, options));
    this.cache.set(uri, analysis);
    return analysis;
  }

  /**
   * The analysis of this version; large documents are analysed in a worker thread (outline,
   * figures and findings at once) so the extension host stays responsive. Concurrent requests
   * for one version share one analysis.
   */
  analyse(doc: vscode.TextDocument): Promise<DocumentAnalysis> {
    const { uri, key, options } = this.describe(doc);
    const hit = this.cache.get(uri);
    if (hit && hit.version === doc.version && hit.key === key) return Promise.resolve(hit);
    if (!this.worker || approximateLength(doc) < WORKER_THRESHOLD) return Promise.resolve(this.get(doc));
    const running = this.inFlight.get(uri);
    if (running && running.version === doc.version && running.key === key) return running.result;
    const version = doc.version;
    const text = doc.getText();
    const result = this.worker.analyse(text, options).then(
      (r) => {
        const analysis = new Analysis(uri, version, key, text, r.outline, r.figures, r.findings);
        const current = this.cache.get(uri);
        if (!current || current.version <= version) this.cache.set(uri, analysis);
        return analysis;
      },
      // A worker failure must not cost the reader the outline: analyse here instead.
      (): DocumentAnalysis => this.get(doc),
    );
    const entry = { version, key, result };
    this.inFlight.set(uri, entry);
    void result.finally(() => {
      if (this.inFlight.get(uri) === entry) this.inFlight.delete(uri);
    });
    return result;
  }

  private describe(doc: vscode.TextDocument): { uri: string; key: string; options: OutlineOptions } {
    const options: OutlineOptions = {
      format: doc.languageId === 'markdown' ? 'markdown' : 'plain',
      families: readSettings().families,
    };
    return { uri: doc.uri.toString(), key: JSON.stringify(options), options };
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
    this.cache.clear();
    this.inFlight.clear();
  }
}

/** Length without materialising the text (getText on a large document copies it). */
function approximateLength(doc: vscode.TextDocument): number {
  const last = doc.lineCount - 1;
  return doc.offsetAt(new vscode.Position(last, doc.lineAt(last).text.length));
}
