import * as vscode from 'vscode';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { parseOutline, extractFigures, checkNumbering, computeLineStarts } from '../core';
import type { Figure, Finding, Outline, OutlineOptions } from '../core';
import type { CheckOptions } from '../core/checks';
import { outlineRows, type OutlineRows } from '../core/outline/rows';
import { outlineFoldRegions, type FoldRegion } from '../core/outline/folding';
import type { AnalysisRequest, AnalysisResponse } from './analysisWorker';
import { packedHeadingSpans, unpackFigures, unpackFolds, unpackOutline, unpackRows, type PackedFigures, type PackedOutline } from './analysisTransfer';
import { headingSpans, type HeadingSpan } from '../core/outline/spans';
import { readSettings } from './settings';
import { settingsChangeClearsAnalyses } from './settingsValues';
import { clock, threadCpu, timed, trace, tracing } from './perfTrace';
import { houseRules, type CorrectionStore } from './corrections';

/**
 * One analysis per document version, shared by every provider, command and panel. What is
 * derived from it (symbol rows, folding regions, figures, findings) is computed once per version
 * and cached with it; for large documents the worker does that work.
 */
export interface DocumentAnalysis {
  readonly uri: string;
  readonly version: number;
  readonly text: string;
  readonly outline: Outline;
  /** The outline tree as rows with positions (for symbols). */
  rows(): OutlineRows;
  /** Folding regions of the outline's parts. */
  foldRegions(): FoldRegion[];
  /**
   * `headingSpans` of the outline (src/core/outline/spans.ts); for a worker's analysis read from
   * its packed numbers, so colouring the visible headings never unpacks every heading.
   */
  headingSpans(maxLevel: number, windows?: readonly { start: number; end: number }[]): HeadingSpan[];
  /** Figures, computed on this thread if not known yet; prefer `figuresAsync`. */
  figures(): Figure[];
  /** Default findings, computed on this thread if not known yet; prefer `findingsAsync`. */
  findings(): Finding[];
  /** Figures; for large documents computed in the worker. */
  figuresAsync(): Promise<Figure[]>;
  /** Findings (default options when none are given); for large documents computed in the worker. */
  findingsAsync(options?: CheckOptions): Promise<Finding[]>;
  /** A value derived from this version, made once (e.g. a provider's converted results). */
  memo<T>(key: string, make: () => T): T;
}

/**
 * Above this many characters analysis would hold the extension host for more than ~20 ms
 * (≈0.2 ms per 1,000 chars on a quiet machine, several times that under load); a worker round
 * trip costs a few milliseconds.
 */
export const WORKER_THRESHOLD = 100_000;

/** Jobs answered first: the reading features wait on outlines. */
const PRIORITY = { outline: 0, findings: 1, figures: 2 } as const;

class Analysis implements DocumentAnalysis {
  private readonly memos = new Map<string, unknown>();
  private figuresPromise?: Promise<Figure[]>;
  private findingsPromise?: Promise<Finding[]>;
  private outlineCache: Outline | undefined;
  private unpack: (() => Outline) | undefined;

  constructor(
    readonly uri: string,
    readonly version: number,
    readonly key: string,
    readonly text: string,
    /** The outline, or how to unpack the worker's (only done when a feature reads headings). */
    outline: Outline | (() => Outline),
    private readonly options: OutlineOptions,
    /** Set for analyses made by the worker: asks it for figures and findings. */
    private readonly remote?: AnalysisWorker,
    private rowsCache?: OutlineRows,
    private foldsCache?: FoldRegion[],
    private figuresCache?: Figure[],
    private findingsCache?: Finding[],
    /** The worker's packed outline, while the headings are not unpacked. */
    private packed?: PackedOutline,
  ) {
    if (typeof outline === 'function') this.unpack = outline;
    else this.outlineCache = outline;
  }

  /** Symbols and folding come from rows the worker derived, so an edit need not unpack headings. */
  get outline(): Outline {
    if (!this.outlineCache) {
      const unpack = this.unpack!;
      this.unpack = undefined;
      this.packed = undefined;
      this.outlineCache = timed(`unpack outline v${this.version}`, unpack);
    }
    return this.outlineCache;
  }

  get ref(): string {
    return `${this.uri}#${this.version}#${this.key}`;
  }

  rows(): OutlineRows {
    return (this.rowsCache ??= outlineRows(this.text, this.outline, computeLineStarts(this.text)));
  }
  foldRegions(): FoldRegion[] {
    return (this.foldsCache ??= outlineFoldRegions(this.text, this.outline));
  }
  headingSpans(maxLevel: number, windows?: readonly { start: number; end: number }[]): HeadingSpan[] {
    if (this.packed && !this.outlineCache && !analysisOff('spans')) return packedHeadingSpans(this.packed, maxLevel, windows);
    return headingSpans(this.outline, maxLevel, windows);
  }
  figures(): Figure[] {
    return (this.figuresCache ??= timed(`figures on the main thread (${this.text.length} chars)`, () => extractFigures(this.text, this.outline)));
  }
  findings(): Finding[] {
    return (this.findingsCache ??= timed(`findings on the main thread (${this.text.length} chars)`, () => checkNumbering(this.text, this.outline)));
  }
  figuresAsync(): Promise<Figure[]> {
    if (this.figuresCache) return Promise.resolve(this.figuresCache);
    if (!this.remote) return Promise.resolve(this.figures());
    return (this.figuresPromise ??= this.ask<PackedFigures>('figures', {}).then(
      (f) => (this.figuresCache = timed(`unpack figures v${this.version}`, () => unpackFigures(f))),
      // As for the outline: a worker failure must not cost the reader the figures.
      () => this.figures(),
    ));
  }
  findingsAsync(options?: CheckOptions): Promise<Finding[]> {
    const plain = !options || (options.enabled !== false && !Object.keys(options.severity ?? {}).length);
    if (plain && this.findingsCache) return Promise.resolve(this.findingsCache);
    if (!this.remote) return Promise.resolve(plain ? this.findings() : checkNumbering(this.text, this.outline, options));
    if (!plain) return this.ask<Finding[]>('findings', { check: options }).catch(() => checkNumbering(this.text, this.outline, options));
    return (this.findingsPromise ??= this.ask<Finding[]>('findings', {}).then(
      (f) => (this.findingsCache = f),
      () => this.findings(),
    ));
  }
  memo<T>(key: string, make: () => T): T {
    if (!this.memos.has(key)) this.memos.set(key, make());
    return this.memos.get(key) as T;
  }

  /** Asks the worker, which normally still holds this version; otherwise sends the text again. */
  private async ask<T>(type: 'figures' | 'findings', extra: { check?: CheckOptions }): Promise<T> {
    const worker = this.remote!;
    const pick = (r: AnalysisResponse) => (type === 'figures' ? r.figures : r.findings) as T;
    const first = await worker.run({ type, ref: this.ref, ...extra }, PRIORITY[type]).wait();
    if (!first.missing) return pick(first);
    const again = await worker.run({ type, ref: this.ref, text: this.text, options: this.options, ...extra }, PRIORITY[type]).wait();
    return pick(again);
  }
}

type Request = AnalysisRequest extends infer R ? (R extends unknown ? Omit<R, 'id'> : never) : never;

const turns: (() => void)[] = [];

/**
 * Runs `fn` in an event-loop turn of its own (after the ones queued before it): timers, input
 * and messages get their turn between two of them. An immediate queued while immediates run
 * waits for the next turn, so each step below queues the next.
 */
function oneTurnEach(fn: () => void): void {
  turns.push(fn);
  if (turns.length === 1) setImmediate(nextTurn);
}

/**
 * Resolves in an event-loop turn of its own. For callers that share one result (two requests
 * for the symbols of one version): each then hands VS Code its answer, which VS Code converts
 * and sends on this thread, in a separate turn.
 */
export function ownTurn(): Promise<void> {
  return new Promise((resolve) => oneTurnEach(resolve));
}

function nextTurn(): void {
  const fn = turns.shift();
  try {
    fn?.();
  } finally {
    if (turns.length) setImmediate(nextTurn);
  }
}

/**
 * A request for the worker and everyone waiting for its answer. Callers that pass a cancellation
 * token (providers, the highlighter) stop waiting when it fires; a job nobody waits for any more
 * is dropped before it reaches the worker (`done` then rejects with a CancellationError).
 */
class Job {
  readonly done: Promise<AnalysisResponse>;
  settle!: (r: AnalysisResponse) => void;
  fail!: (e: Error) => void;
  /** Waiters without a token, or whose token has not fired. */
  private liveCount = 0;
  /** Dropped before it started: everyone waiting had cancelled. */
  dropped = false;
  /** When it was posted to the worker (`clock()`), for the trace. */
  postedAt = 0;

  constructor(
    readonly id: number,
    readonly request: Request,
    readonly priority: number,
    private readonly onAbandoned: () => void,
  ) {
    this.done = new Promise<AnalysisResponse>((resolve, reject) => {
      this.settle = resolve;
      this.fail = reject;
    });
    this.done.catch(() => undefined); // waiters see the failure; nobody else needs to
  }

  get live(): boolean {
    return this.liveCount > 0;
  }

  /**
   * The answer, or a CancellationError as soon as `token` fires. Each waiter gets the answer in a
   * task of its own: the symbols, folding, highlight and checks that wait for one analysis (and
   * VS Code's conversion of what each returns) then hold the thread one after another, with
   * input and other extensions' work in between, instead of all in one go.
   */
  wait(token?: vscode.CancellationToken): Promise<AnalysisResponse> {
    if (token?.isCancellationRequested) return Promise.reject(new vscode.CancellationError());
    this.liveCount++;
    if (!token) return this.done.then((r) => new Promise<AnalysisResponse>((resolve) => oneTurnEach(() => resolve(r))));
    return new Promise<AnalysisResponse>((resolve, reject) => {
      let waiting = true;
      const sub = token.onCancellationRequested(() => {
        if (!waiting) return;
        waiting = false;
        sub.dispose();
        this.liveCount--;
        reject(new vscode.CancellationError());
        if (!this.live) this.onAbandoned();
      });
      this.done.then(
        (r) =>
          oneTurnEach(() => {
            if (!waiting) return; // cancelled meanwhile
            waiting = false;
            sub.dispose();
            resolve(r);
          }),
        (e: Error) => {
          waiting = false;
          sub.dispose();
          reject(e);
        },
      );
    });
  }
}

/**
 * One worker thread, started on first use. Jobs go to it one at a time, outlines first, so a
 * burst of edits never leaves a backlog of stale versions for it to work through: requests whose
 * callers have all cancelled are dropped before they start.
 */
class AnalysisWorker implements vscode.Disposable {
  private worker: Worker | undefined;
  private nextId = 1;
  private readonly queue: Job[] = [];
  private running: Job | undefined;
  private disposed = false;

  constructor(private readonly script: string) {}

  /** For the timing test: a fresh worker, as after activation. */
  restart(): void {
    const old = this.worker;
    this.worker = undefined;
    void old?.terminate();
    // A job the old worker was on is answered by the callers' fallback, never left waiting.
    const job = this.running;
    this.running = undefined;
    job?.fail(new Error('analysis worker restarted'));
    this.pump();
  }

  /** Queues a request; `job.wait(token)` is its answer. */
  run(request: Request, priority: number): Job {
    const job = new Job(this.nextId++, request, priority, () => this.pump());
    this.queue.push(job);
    // Started on the next turn, so callers can join (and a caller's token count) first.
    queueMicrotask(() => this.pump());
    return job;
  }

  /** Forgets what the worker keeps of a closed document. */
  forget(uri: string): void {
    if (this.worker) this.worker.postMessage({ type: 'forget', id: 0, ref: `${uri}#` } satisfies AnalysisRequest);
  }

  private start(): Worker {
    const worker = new Worker(this.script);
    worker.on('message', (m: AnalysisResponse) => {
      const job = this.running;
      if (!job || job.id !== m.id) return; // a `forget`
      this.running = undefined;
      if (tracing) {
        const t = m.timing;
        const stages = t ? Object.entries(t.stages).map(([k, v]) => `${k} ${v.toFixed(0)}`).join(', ') : '';
        trace(
          `worker answered ${job.request.type} #${m.id}: worker busy ${m.ms?.toFixed(0)} ms` +
            (t ? ` (${stages}; worker cpu ${t.cpu.toFixed(0)}, runqueue ${t.wait.toFixed(0)}); post→worker ${(t.received - job.postedAt).toFixed(0)} ms, worker→here ${(clock() - t.sent).toFixed(0)} ms` : ''),
        );
      }
      if (m.error) job.fail(new Error(m.error));
      else job.settle(m);
      this.pump();
    });
    const lost = (e: Error) => {
      if (this.worker !== worker) return; // 'exit' after 'error': already replaced
      this.worker = undefined;
      const job = this.running;
      this.running = undefined;
      job?.fail(e);
      this.pump();
    };
    worker.on('error', (e) => lost(e));
    worker.on('exit', () => lost(new Error('analysis worker exited')));
    worker.unref();
    return worker;
  }

  private pump(): void {
    if (this.running || this.disposed) return;
    // Drop jobs nobody waits for; then the most urgent, oldest first.
    for (let i = this.queue.length - 1; i >= 0; i--) {
      if (this.queue[i].live) continue;
      if (tracing) trace(`dropped ${this.queue[i].request.type} #${this.queue[i].id}: every caller cancelled`);
      const dropped = this.queue.splice(i, 1)[0];
      dropped.dropped = true;
      dropped.fail(new vscode.CancellationError());
    }
    if (!this.queue.length) return;
    let best = 0;
    for (let i = 1; i < this.queue.length; i++) if (this.queue[i].priority < this.queue[best].priority) best = i;
    const job = this.queue.splice(best, 1)[0];
    try {
      this.worker ??= this.start();
      this.running = job;
      job.postedAt = clock();
      const message = { ...job.request, id: job.id, postedAt: job.postedAt } as AnalysisRequest;
      timed(`postMessage ${job.request.type} #${job.id}`, () => this.worker!.postMessage(message));
    } catch (e) {
      // No worker (or a message it cannot take): the callers fall back to this thread.
      this.running = undefined;
      job.fail(e instanceof Error ? e : new Error(String(e)));
      queueMicrotask(() => this.pump());
    }
  }

  dispose(): void {
    this.disposed = true;
    for (const j of this.queue) j.fail(new vscode.CancellationError());
    this.running?.fail(new vscode.CancellationError());
    this.queue.length = 0;
    void this.worker?.terminate();
    this.worker = undefined;
  }
}

export class DocumentModels implements vscode.Disposable {
  private readonly cache = new Map<string, Analysis>();
  /** Worker analyses under way, joined by concurrent callers asking for the same version. */
  private readonly inFlight = new Map<string, { version: number; key: string; job: Job; result: Promise<DocumentAnalysis> }>();
  private readonly worker: AnalysisWorker | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  private readonly changed = new vscode.EventEmitter<vscode.TextDocument>();
  /** Fires when a supported document's text changed, or its outline corrections did (the next `get` re-parses). */
  readonly onDidChange = this.changed.event;
  private readonly outlineChanged = new vscode.EventEmitter<vscode.TextDocument>();
  /** Fires when a document's outline changed without an edit (its corrections changed). */
  readonly onDidChangeOutline = this.outlineChanged.event;

  /**
   * `extensionPath` locates `dist/analysisWorker.js`; without it everything runs on this thread.
   * With a correction store, every analysis applies the document's outline corrections.
   */
  constructor(extensionPath?: string, private readonly corrections?: CorrectionStore) {
    const script = extensionPath ? join(extensionPath, 'dist', 'analysisWorker.js') : undefined;
    this.worker = script && existsSync(script) ? new AnalysisWorker(script) : undefined;
    if (this.worker) this.disposables.push(this.worker);
    this.disposables.push(
      vscode.workspace.onDidOpenTextDocument((d) => this.prefetch(d, 0)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (!e.contentChanges.length || !this.isSupported(e.document)) return;
        if (tracing) this.changedAt.set(e.document.uri.toString(), { version: e.document.version, at: performance.now(), asks: 0 });
        this.prefetch(e.document, PREFETCH_AFTER_EDIT_MS);
        this.changed.fire(e.document);
      }),
      vscode.workspace.onDidCloseTextDocument((d) => {
        const uri = d.uri.toString();
        this.cache.delete(uri);
        this.inFlight.delete(uri);
        this.changedAt.delete(uri);
        this.stopPrefetch(uri);
        this.worker?.forget(uri);
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        // (the highlight level, the checks or the languages leave every document's parse as it is)
        if (settingsChangeClearsAnalyses((s) => e.affectsConfiguration(s))) {
          this.cache.clear();
          this.inFlight.clear();
        }
      }),
      this.changed,
      this.outlineChanged,
    );
    if (corrections) {
      this.disposables.push(
        corrections.onDidChange((uri) => {
          const key = uri.toString();
          this.cache.delete(key);
          this.inFlight.delete(key);
          const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
          if (doc && this.isSupported(doc)) {
            this.outlineChanged.fire(doc);
            this.changed.fire(doc);
          }
        }),
      );
    }
  }

  /** For the trace: when each document last changed, and how often providers asked since. */
  private readonly changedAt = new Map<string, { version: number; at: number; asks: number }>();
  /** Analyses started before any provider asked (a document opened or edited), by document. */
  private readonly prefetches = new Map<string, { timer?: ReturnType<typeof setTimeout>; source: vscode.CancellationTokenSource }>();

  /**
   * Starts the worker's analysis of a large document as soon as it opens or changes, instead of
   * when the first provider asks: VS Code asks for symbols and folding only after a pause of its
   * own (at least 350 and 200 ms, more once a provider has been slow), and the analysis runs
   * meanwhile. A newer version cancels the older one's (dropped unless already started).
   */
  private prefetch(doc: vscode.TextDocument, delay: number): void {
    if (!this.worker || analysisOff('eager') || !this.isSupported(doc)) return;
    const uri = doc.uri.toString();
    this.stopPrefetch(uri);
    const entry: { timer?: ReturnType<typeof setTimeout>; source: vscode.CancellationTokenSource } = { source: new vscode.CancellationTokenSource() };
    this.prefetches.set(uri, entry);
    const done = () => {
      if (this.prefetches.get(uri) !== entry) return;
      this.prefetches.delete(uri);
      entry.source.dispose();
    };
    entry.timer = setTimeout(() => {
      entry.timer = undefined;
      if (doc.isClosed || approximateLength(doc) < WORKER_THRESHOLD) return done();
      if (tracing) trace(`prefetch v${doc.version}`);
      this.analyse(doc, entry.source.token).then(done, done);
    }, delay);
  }

  private stopPrefetch(uri: string): void {
    const old = this.prefetches.get(uri);
    if (!old) return;
    this.prefetches.delete(uri);
    if (old.timer) clearTimeout(old.timer);
    old.source.cancel();
    old.source.dispose();
  }

  /** For the trace: how long after the last edit a provider asks, and how many times it has. */
  noteAsk(doc: vscode.TextDocument, who: string): void {
    if (!tracing) return;
    const c = this.changedAt.get(doc.uri.toString());
    const since = c && c.version === doc.version ? `, ask #${++c.asks} since the edit, ${(performance.now() - c.at).toFixed(0)} ms after it` : '';
    const cpu = threadCpu();
    trace(`${who} v${doc.version} asked${since} (host thread cpu so far ${cpu.cpu.toFixed(0)} ms, runqueue ${cpu.wait.toFixed(0)} ms)`);
  }

  /** For the timing test: a fresh analysis worker (started on first use, as after activation). */
  restartWorker(): void {
    this.worker?.restart();
  }

  /** Headings a converted file's format gives (Word heading styles), by document uri (issue 11). */
  private formatHeadings?: (uri: vscode.Uri) => readonly { line: number; level: number }[] | undefined;

  /** Where the headings of converted files come from (the `gangmu-text:` file system). */
  useFormatHeadings(source: (uri: vscode.Uri) => readonly { line: number; level: number }[] | undefined): void {
    this.formatHeadings = source;
  }

  get usesWorker(): boolean {
    return !!this.worker;
  }

  isSupported(doc: vscode.TextDocument): boolean {
    return readSettings().languages.includes(doc.languageId);
  }

  /**
   * The analysis of this version, computed on this thread when not cached. For code that must
   * answer synchronously; everything that can wait should use `analyse`, which keeps large
   * documents off this thread.
   */
  get(doc: vscode.TextDocument): DocumentAnalysis {
    const { uri, key, options } = this.describe(doc);
    const hit = this.cache.get(uri);
    if (hit && hit.version === doc.version && hit.key === key) return hit;
    const text = doc.getText();
    const outline = timed(`get: parseOutline on the main thread (${text.length} chars)`, () => parseOutline(text, options));
    const analysis = new Analysis(uri, doc.version, key, text, outline, options);
    this.cache.set(uri, analysis);
    return analysis;
  }

  /**
   * The analysis of this version; large documents are analysed in a worker thread so the
   * extension host stays responsive. Concurrent requests for one version share one analysis.
   * With a token, a request can be dropped before the worker starts it (the promise then
   * rejects with a CancellationError); without one it is always answered.
   */
  analyse(doc: vscode.TextDocument, token?: vscode.CancellationToken): Promise<DocumentAnalysis> {
    const { uri, key, options } = this.describe(doc);
    const hit = this.cache.get(uri);
    if (hit && hit.version === doc.version && hit.key === key) return Promise.resolve(hit);
    if (token?.isCancellationRequested) return Promise.reject(new vscode.CancellationError());
    if (!this.worker || approximateLength(doc) < WORKER_THRESHOLD) return Promise.resolve(this.get(doc));
    let entry = this.inFlight.get(uri);
    if (!entry || entry.version !== doc.version || entry.key !== key || entry.job.dropped) {
      const version = doc.version;
      const text = timed('analyse: getText', () => doc.getText());
      const worker = this.worker;
      const job = worker.run({ type: 'outline', ref: `${uri}#${version}#${key}`, text, options }, PRIORITY.outline);
      const result = job.done.then(
        (m) => {
          const packed = m.outline!;
          const analysis = timed(`unpack rows and folds v${version}`, () =>
            new Analysis(uri, version, key, text, () => unpackOutline(packed), options, worker, unpackRows(m.rows!), unpackFolds(m.folds!), undefined, undefined, packed),
          );
          const current = this.cache.get(uri);
          // Not for a document closed meanwhile: its text would stay in memory.
          if (!doc.isClosed && (!current || current.version <= version)) this.cache.set(uri, analysis);
          return analysis;
        },
        (e: unknown): DocumentAnalysis => {
          if (e instanceof vscode.CancellationError) throw e;
          // A worker failure must not cost the reader the outline: analyse here instead.
          return this.get(doc);
        },
      );
      result.catch(() => undefined);
      const created = { version, key, job, result };
      entry = created;
      this.inFlight.set(uri, created);
      void result.then(
        () => this.inFlight.get(uri) === created && this.inFlight.delete(uri),
        () => this.inFlight.get(uri) === created && this.inFlight.delete(uri),
      );
    }
    const { job, result } = entry;
    return job.wait(token).then(
      () => result,
      (e: unknown) => {
        if (e instanceof vscode.CancellationError && token?.isCancellationRequested) throw e;
        return result;
      },
    );
  }

  private describe(doc: vscode.TextDocument): { uri: string; key: string; options: OutlineOptions } {
    const options: OutlineOptions = {
      format: doc.languageId === 'markdown' ? 'markdown' : 'plain',
      families: readSettings().families,
    };
    const rules = houseRules();
    if (rules.length) options.rules = rules;
    const corrections = this.corrections?.get(doc.uri);
    if (corrections?.length) options.corrections = corrections;
    const formatHeadings = this.formatHeadings?.(doc.uri);
    if (formatHeadings?.length) options.formatHeadings = formatHeadings;
    // The corrections list is replaced, never changed in place: its text is made once per list.
    let key = JSON.stringify({ ...options, corrections: undefined, formatHeadings: undefined });
    if (options.corrections) {
      let text = correctionKeys.get(options.corrections);
      if (text === undefined) correctionKeys.set(options.corrections, (text = JSON.stringify(options.corrections)));
      key += text;
    }
    // A converted file's headings are one array per conversion, too.
    if (options.formatHeadings) {
      let text = correctionKeys.get(options.formatHeadings);
      if (text === undefined) correctionKeys.set(options.formatHeadings, (text = 'format' + JSON.stringify(options.formatHeadings)));
      key += text;
    }
    return { uri: doc.uri.toString(), key, options };
  }

  dispose(): void {
    for (const uri of [...this.prefetches.keys()]) this.stopPrefetch(uri);
    for (const d of this.disposables) d.dispose();
    this.cache.clear();
    this.inFlight.clear();
  }
}

/** A pause after an edit before the worker starts on the new text: a burst of keys makes one analysis. */
const PREFETCH_AFTER_EDIT_MS = 100;

/**
 * Steps of issue 10's analysis path that can be switched off for same-run before/after timing:
 * `GANGMU_ANALYSIS_OFF=eager,spans` (read on every use; the timing test sets it).
 */
export function analysisOff(step: 'eager' | 'spans'): boolean {
  return (process.env.GANGMU_ANALYSIS_OFF ?? '').split(',').includes(step);
}

const correctionKeys = new WeakMap<object, string>();

/** Length without materialising the text (getText on a large document copies it). */
function approximateLength(doc: vscode.TextDocument): number {
  const last = doc.lineCount - 1;
  return doc.offsetAt(new vscode.Position(last, doc.lineAt(last).text.length));
}
