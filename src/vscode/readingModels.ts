import * as vscode from 'vscode';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { MarkerFamily, Outline, OutlineOptions } from '../core';
import type { DocumentModels } from './documentModel';
import { readSettings } from './settings';
import type { ParseRequest, ParseResponse } from './outlineWorker';

/** Above this many characters the parse (≈0.2 ms per 1,000 chars) would block the host for > ~50 ms. */
export const WORKER_THRESHOLD = 250_000;

export interface ReadingAnalysis {
  readonly version: number;
  readonly text: string;
  readonly outline: Outline;
}

/** One worker thread, started on first use, parsing one request at a time in order. */
class OutlineWorker implements vscode.Disposable {
  private worker: Worker | undefined;
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (o: Outline) => void; reject: (e: Error) => void }>();

  constructor(private readonly script: string) {}

  parse(text: string, options: OutlineOptions): Promise<Outline> {
    if (!this.worker) {
      this.worker = new Worker(this.script);
      this.worker.on('message', (m: ParseResponse) => {
        const p = this.pending.get(m.id);
        this.pending.delete(m.id);
        if (!p) return;
        if (m.outline) p.resolve(m.outline);
        else p.reject(new Error(m.error ?? 'outline worker failed'));
      });
      this.worker.on('error', (e) => this.failAll(e));
      this.worker.on('exit', () => {
        this.worker = undefined;
        this.failAll(new Error('outline worker exited'));
      });
      this.worker.unref();
    }
    const id = this.nextId++;
    return new Promise<Outline>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker!.postMessage({ id, text, options } satisfies ParseRequest);
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

/**
 * What the reading features (symbols, folding, highlighting, navigation) read. Small documents:
 * `DocumentModels.get` — the shared, cached parse. Large ones: parsed in a worker thread, cached
 * per version and shared by the reading features, with concurrent requests for one version
 * joined. Without the worker bundle (`dist/outlineWorker.js`) it falls back to `DocumentModels`.
 */
export class ReadingModels implements vscode.Disposable {
  private readonly worker: OutlineWorker | undefined;
  private readonly cache = new Map<string, { version: number; key: string; result: Promise<ReadingAnalysis> }>();
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    readonly models: DocumentModels,
    extensionPath: string,
  ) {
    const script = join(extensionPath, 'dist', 'outlineWorker.js');
    this.worker = existsSync(script) ? new OutlineWorker(script) : undefined;
    this.disposables.push(
      vscode.workspace.onDidCloseTextDocument((d) => this.cache.delete(d.uri.toString())),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('gangmu')) this.cache.clear();
      }),
    );
    if (this.worker) this.disposables.push(this.worker);
  }

  get usesWorker(): boolean {
    return !!this.worker;
  }

  isSupported(doc: vscode.TextDocument): boolean {
    return this.models.isSupported(doc);
  }

  async get(doc: vscode.TextDocument): Promise<ReadingAnalysis> {
    if (!this.worker || approximateLength(doc) < WORKER_THRESHOLD) return this.models.get(doc);
    const uri = doc.uri.toString();
    const families: MarkerFamily[] = readSettings().families;
    const options: OutlineOptions = { format: doc.languageId === 'markdown' ? 'markdown' : 'plain', families };
    const key = JSON.stringify(options);
    const hit = this.cache.get(uri);
    if (hit && hit.version === doc.version && hit.key === key) return hit.result;
    const version = doc.version;
    const text = doc.getText();
    const result = this.worker.parse(text, options).then(
      (outline) => ({ version, text, outline }),
      // A worker failure must not cost the reader the outline: parse here instead.
      () => this.models.get(doc),
    );
    this.cache.set(uri, { version, key, result });
    return result;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
    this.cache.clear();
  }
}

/** Length without materialising the text (getText on a large document copies it). */
function approximateLength(doc: vscode.TextDocument): number {
  const last = doc.lineCount - 1;
  return doc.offsetAt(new vscode.Position(last, doc.lineAt(last).text.length));
}
