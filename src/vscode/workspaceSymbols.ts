/**
 * Go to Symbol in Workspace (Ctrl+T) over every document Gangmu reads in the workspace (issue 12).
 *
 * The index (src/core/workspace) keeps each document's headings only, never its text. It is built
 * in the background after activation: files are listed with `workspace.findFiles` (files.exclude
 * and search.exclude applied), then read and parsed a few at a time in a worker thread
 * (workspaceWorker.ts), with progress in the status bar. A file watcher keeps it current for
 * files created, changed or deleted on disk; an open document's edits update its entry from the
 * analysis every other feature shares (its corrections included).
 *
 * VS Code filters and re-sorts what a provider returns with its own fuzzy matcher on the symbol's
 * name: the query's characters must appear in the name in order (lower-cased). A Chinese
 * substring anywhere in a name passes that filter; a query written in the other width (`(三)`
 * for `（三）`) or without a heading's inner spaces would not, so the matched part of the name is
 * shown as typed (`nameForQuery`).
 */
import * as vscode from 'vscode';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { fileHeadings, HeadingIndex, HeadingSearch, nameForQuery, type FileHeadings, type HeadingHit } from '../core/workspace';
import { FAMILY_SYMBOL_KIND } from './symbols';
import { readSettings } from './settings';
import { houseRules } from './corrections';
import type { DocumentModels } from './documentModel';
import { indexSettingsFrom, type WorkspaceIndexSettings } from './settingsValues';
import { indexFile, type IndexFile, type IndexRequest, type IndexResponse, type IndexResult } from './workspaceRead';

/** File name endings Gangmu reads, and the language each opens as. */
const ENDINGS: Record<string, { language: string; format: 'plain' | 'markdown' }> = {
  txt: { language: 'plaintext', format: 'plain' },
  md: { language: 'markdown', format: 'markdown' },
  markdown: { language: 'markdown', format: 'markdown' },
  speech: { language: 'speech', format: 'plain' },
};

/** Files per worker request: small, so each answer costs the extension host well under a millisecond or two. */
const BATCH = 4;
/** Symbols handed to VS Code at most per query (the best ranked). */
const MAX_RESULTS = 500;
/** Documents scanned between two looks at the clock while answering a query. */
const SEARCH_SLICE = 16;
/** Longest a query holds the extension host in one go. */
const TURN_MS = 8;
/** Wait after activation before the first build, so the editors being restored go first. */
const START_DELAY_MS = 400;
/** Coalesces bursts of file events and keystrokes. */
const DEBOUNCE_MS = 300;

export type { WorkspaceIndexSettings } from './settingsValues';

export function readIndexSettings(): WorkspaceIndexSettings {
  const c = vscode.workspace.getConfiguration('gangmu.workspaceSymbols');
  return indexSettingsFrom((key) => c.get<unknown>(key));
}

/** The size cap in bytes; 0 MB means no cap. */
function maxBytesOf(settings: WorkspaceIndexSettings): number {
  return settings.maxFileSizeMB > 0 ? settings.maxFileSizeMB * 1024 * 1024 : Number.MAX_SAFE_INTEGER;
}

/** What the integration tests and the benchmark read (command `gangmu._workspaceIndexState`). */
export interface WorkspaceIndexState {
  files: number;
  headings: number;
  building: boolean;
  /** Builds finished since activation. */
  builds: number;
  /** Files listed and files done in the current (or last) build. */
  total: number;
  done: number;
  /** Progress messages reported in the current (or last) build. */
  progress: string[];
  /** Duration of the last finished build. */
  lastBuildMs: number;
  /** Updates applied after file events or edits. */
  updates: number;
  /** Longest time the last build held this thread in one go (putting a worker answer in the index, reporting progress). */
  longestStepMs: number;
}

class IndexWorker implements vscode.Disposable {
  private worker: Worker | undefined;
  private nextId = 1;
  private readonly waiting = new Map<number, (r: IndexResponse) => void>();

  constructor(private readonly script: string | undefined) {}

  /** Reads and parses in the worker; without one, on this thread one file per event-loop turn. */
  async run(request: Omit<IndexRequest, 'id'>): Promise<IndexResult[]> {
    if (this.script) {
      try {
        return (await this.ask(request)).results;
      } catch {
        // the worker died or refused: fall through to this thread
      }
    }
    const out: IndexResult[] = [];
    for (const f of request.files) {
      await new Promise((resolve) => setImmediate(resolve));
      out.push(indexFile(f, request.options, request.maxBytes));
    }
    return out;
  }

  private ask(request: Omit<IndexRequest, 'id'>): Promise<IndexResponse> {
    const id = this.nextId++;
    return new Promise<IndexResponse>((resolve, reject) => {
      try {
        this.worker ??= this.start();
        this.waiting.set(id, resolve);
        this.worker.postMessage({ ...request, id } satisfies IndexRequest);
      } catch (e) {
        this.waiting.delete(id);
        reject(e);
      }
    });
  }

  private start(): Worker {
    const worker = new Worker(this.script!);
    worker.on('message', (m: IndexResponse) => {
      const resolve = this.waiting.get(m.id);
      this.waiting.delete(m.id);
      resolve?.(m);
    });
    const lost = () => {
      if (this.worker !== worker) return;
      this.worker = undefined;
      // Whoever waits gets nothing for its files; they are indexed again on their next change.
      for (const [id, resolve] of this.waiting) resolve({ id, results: [], ms: 0 });
      this.waiting.clear();
    };
    worker.on('error', lost);
    worker.on('exit', lost);
    worker.unref();
    return worker;
  }

  dispose(): void {
    void this.worker?.terminate();
    this.worker = undefined;
  }
}

/** `**\/node_modules` and the like from files.exclude and search.exclude (entries set to true). */
function excludeGlob(): string | undefined {
  const patterns = new Set<string>();
  for (const section of ['files', 'search']) {
    const value = vscode.workspace.getConfiguration(section).get<Record<string, unknown>>('exclude') ?? {};
    for (const [glob, on] of Object.entries(value)) if (on === true) patterns.add(glob);
  }
  if (!patterns.size) return undefined;
  return patterns.size === 1 ? [...patterns][0] : `{${[...patterns].join(',')}}`;
}

function endingOf(path: string): string {
  const slash = path.lastIndexOf('/');
  const dot = path.lastIndexOf('.');
  return dot > slash ? path.slice(dot + 1).toLowerCase() : '';
}

function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

export class WorkspaceHeadings implements vscode.WorkspaceSymbolProvider, vscode.Disposable {
  readonly index = new HeadingIndex();
  private readonly worker: IndexWorker;
  private readonly disposables: vscode.Disposable[] = [];
  /** Every file the last listing found (also those skipped as too large): file events for them count. */
  private readonly known = new Set<string>();
  private readonly uris = new Map<string, vscode.Uri>();
  private generation = 0;
  private cancel: vscode.CancellationTokenSource | undefined;
  private building: Promise<void> | undefined;
  private readonly pending = new Map<string, vscode.Uri>();
  private pendingTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly edits = new Map<string, ReturnType<typeof setTimeout>>();
  private rebuildTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly createdPending = new Set<string>();
  private createdTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly state: WorkspaceIndexState = { files: 0, headings: 0, building: false, builds: 0, total: 0, done: 0, progress: [], lastBuildMs: 0, updates: 0, longestStepMs: 0 };

  constructor(extensionPath: string | undefined, private readonly models: DocumentModels) {
    const script = extensionPath ? join(extensionPath, 'dist', 'workspaceWorker.js') : undefined;
    this.worker = new IndexWorker(script && existsSync(script) ? script : undefined);
    const watcher = vscode.workspace.createFileSystemWatcher(`**/*.{${Object.keys(ENDINGS).join(',')}}`);
    // A deleted folder is reported as the folder alone: a second watcher hears deletions of anything.
    // It also hears a new folder: files written into it at once can come before the watcher watches it,
    // so the folder is searched for documents itself.
    const deletions = vscode.workspace.createFileSystemWatcher('**/*', false, true, false);
    this.disposables.push(
      this.worker,
      watcher,
      deletions,
      watcher.onDidCreate((uri) => this.created(uri)),
      watcher.onDidChange((uri) => this.known.has(uri.toString()) && this.schedule(uri)),
      deletions.onDidDelete((uri) => this.deleted(uri)),
      deletions.onDidCreate((uri) => {
        if (!ENDINGS[endingOf(uri.path)]) setTimeout(() => void this.createdFolder(uri), DEBOUNCE_MS);
      }),
      models.onDidChange((doc) => this.edited(doc)),
      vscode.workspace.onDidCloseTextDocument((doc) => {
        // Unsaved edits thrown away: the file on disk is what counts again.
        const key = doc.uri.toString();
        if (this.known.has(key)) this.schedule(doc.uri);
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (['gangmu.families', 'gangmu.rules', 'gangmu.languages', 'gangmu.workspaceSymbols', 'files.exclude', 'search.exclude'].some((s) => e.affectsConfiguration(s))) {
          this.rebuildSoon();
        }
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.rebuildSoon()),
      vscode.commands.registerCommand('gangmu.rebuildWorkspaceIndex', () => this.rebuild()),
      vscode.commands.registerCommand('gangmu._workspaceIndexState', () => this.snapshot()),
    );
    this.rebuildSoon(START_DELAY_MS);
  }

  snapshot(): WorkspaceIndexState {
    return { ...this.state, files: this.index.size, headings: this.index.headings, building: !!this.building, progress: [...this.state.progress] };
  }

  /** Settings for the worker: what the outline of an open document would use (corrections aside). */
  private request(files: IndexFile[]): Omit<IndexRequest, 'id'> {
    const rules = houseRules();
    return {
      files,
      options: { families: readSettings().families, ...(rules.length ? { rules } : {}) },
      maxBytes: maxBytesOf(readIndexSettings()),
    };
  }

  private readable(uri: vscode.Uri): (typeof ENDINGS)[string] | undefined {
    const ending = ENDINGS[endingOf(uri.path)];
    return ending && readSettings().languages.includes(ending.language) ? ending : undefined;
  }

  private includeGlob(): string | undefined {
    const languages = readSettings().languages;
    const endings = Object.keys(ENDINGS).filter((e) => languages.includes(ENDINGS[e].language));
    return endings.length ? `**/*.{${endings.join(',')}}` : undefined;
  }

  /** What the worker needs for one file: its path on disk, or its bytes from another file system. */
  private async describe(uri: vscode.Uri, maxBytes: number): Promise<IndexFile | undefined> {
    const ending = this.readable(uri);
    if (!ending) return undefined;
    const key = uri.toString();
    this.uris.set(key, uri);
    if (uri.scheme === 'file') return { key, fsPath: uri.fsPath, format: ending.format };
    try {
      const stat = await vscode.workspace.fs.stat(uri);
      if (stat.size > maxBytes) return undefined;
      return { key, bytes: await vscode.workspace.fs.readFile(uri), format: ending.format };
    } catch {
      return undefined;
    }
  }

  /** Puts the worker's answers in the index, except for documents whose unsaved edits are indexed instead. */
  private apply(results: IndexResult[]): void {
    const dirty = new Set(vscode.workspace.textDocuments.filter((d) => d.isDirty).map((d) => d.uri.toString()));
    for (const r of results) {
      if (dirty.has(r.key)) continue;
      if (r.headings) this.index.set(r.key, r.headings);
      else this.index.delete(r.key);
    }
  }

  private rebuildSoon(delay = DEBOUNCE_MS): void {
    if (this.rebuildTimer) clearTimeout(this.rebuildTimer);
    this.rebuildTimer = setTimeout(() => {
      this.rebuildTimer = undefined;
      void this.rebuild();
    }, delay);
  }

  /** Lists the workspace's files and indexes them all again; a build under way is cancelled. */
  rebuild(): Promise<void> {
    // A build asked for now supersedes one scheduled for later.
    if (this.rebuildTimer) clearTimeout(this.rebuildTimer);
    this.rebuildTimer = undefined;
    this.cancel?.cancel();
    const cancel = (this.cancel = new vscode.CancellationTokenSource());
    const generation = ++this.generation;
    const settings = readIndexSettings();
    const include = this.includeGlob();
    if (!settings.enabled || !include || !vscode.workspace.workspaceFolders?.length) {
      this.index.clear();
      this.known.clear();
      return Promise.resolve();
    }
    const build = vscode.window.withProgress(
      { location: vscode.ProgressLocation.Window, title: vscode.l10n.t('Gangmu: indexing headings'), cancellable: true },
      async (progress, token) => {
        const t0 = performance.now();
        const sub = token.onCancellationRequested(() => cancel.cancel());
        try {
          const stop = () => cancel.token.isCancellationRequested || generation !== this.generation;
          this.state.progress = [];
          const report = (message: string, increment?: number) => {
            this.state.progress.push(message);
            progress.report({ message, increment });
          };
          const found = await vscode.workspace.findFiles(include, excludeGlob(), settings.maxFiles || undefined, cancel.token);
          if (stop()) return;
          const keys = new Set(found.map((u) => u.toString()));
          for (const key of [...this.index.keys()]) if (!keys.has(key)) this.index.delete(key);
          this.known.clear();
          for (const key of keys) this.known.add(key);
          // Open documents first: the reader is most likely to look for what is on screen.
          const open = new Set(vscode.workspace.textDocuments.map((d) => d.uri.toString()));
          found.sort((a, b) => Number(open.has(b.toString())) - Number(open.has(a.toString())));
          this.state.total = found.length;
          this.state.done = 0;
          this.state.longestStepMs = 0;
          report(`0/${found.length}`);
          const maxBytes = maxBytesOf(settings);
          for (let i = 0; i < found.length && !stop(); i += BATCH) {
            const files = (await Promise.all(found.slice(i, i + BATCH).map((u) => this.describe(u, maxBytes)))).filter((f): f is IndexFile => !!f);
            const results = files.length ? await this.worker.run(this.request(files)) : [];
            if (stop()) return;
            const s0 = performance.now();
            this.apply(results);
            const n = Math.min(BATCH, found.length - i);
            this.state.done += n;
            report(`${this.state.done}/${found.length}`, (100 * n) / found.length);
            this.state.longestStepMs = Math.max(this.state.longestStepMs, performance.now() - s0);
          }
          if (!stop()) {
            this.state.builds++;
            this.state.lastBuildMs = performance.now() - t0;
          }
        } finally {
          sub.dispose();
        }
      },
    );
    // Superseded by a newer build: callers wait for that one.
    const done: Promise<void> = Promise.resolve(build).then(
      () => (generation !== this.generation && this.building && this.building !== done ? this.building : undefined),
      () => undefined,
    );
    this.building = done;
    void done.then(() => {
      if (this.building === done) this.building = undefined;
    });
    return done;
  }

  /** New files: one listing for a burst of them (a copied folder of a thousand speeches), so the excludes decide as for a build. */
  private created(uri: vscode.Uri): void {
    // Called once per file of a copied folder, in one turn: no settings read here.
    if (!ENDINGS[endingOf(uri.path)] || this.known.has(uri.toString())) return;
    this.createdPending.add(uri.toString());
    if (this.createdTimer) clearTimeout(this.createdTimer);
    this.createdTimer = setTimeout(() => void this.flushCreated(), DEBOUNCE_MS);
  }

  private async flushCreated(): Promise<void> {
    this.createdTimer = undefined;
    const pending = new Set(this.createdPending);
    this.createdPending.clear();
    const settings = readIndexSettings();
    const include = this.includeGlob();
    if (!settings.enabled || !include || !pending.size) return;
    const found = await vscode.workspace.findFiles(include, excludeGlob(), settings.maxFiles || undefined);
    for (const uri of found) {
      const key = uri.toString();
      if (!pending.has(key) || this.known.has(key)) continue;
      this.known.add(key);
      this.schedule(uri);
    }
  }

  /** Documents in a folder that was just made (or moved in): each one as if its own creation were heard. */
  private async createdFolder(folder: vscode.Uri): Promise<void> {
    const settings = readIndexSettings();
    const include = this.includeGlob();
    if (!settings.enabled || !include) return;
    try {
      if ((await vscode.workspace.fs.stat(folder)).type !== vscode.FileType.Directory) return;
    } catch {
      return; // gone again
    }
    const found = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, include), excludeGlob(), settings.maxFiles || undefined);
    for (const uri of found) this.created(uri);
  }

  private deleted(uri: vscode.Uri): void {
    const key = uri.toString();
    let n = this.index.delete(key) ? 1 : 0;
    this.known.delete(key);
    n += this.index.deletePrefix(key.endsWith('/') ? key : `${key}/`);
    for (const k of [...this.known]) if (k.startsWith(`${key}/`)) this.known.delete(k);
    for (const k of [...this.uris.keys()]) if (k === key || k.startsWith(`${key}/`)) this.uris.delete(k);
    if (n) this.state.updates++;
  }

  /** Indexes a file from disk again after a short pause (one batch for a burst of events). */
  private schedule(uri: vscode.Uri): void {
    this.pending.set(uri.toString(), uri);
    if (this.pendingTimer) clearTimeout(this.pendingTimer);
    this.pendingTimer = setTimeout(() => void this.flush(), DEBOUNCE_MS);
  }

  private async flush(): Promise<void> {
    this.pendingTimer = undefined;
    const uris = [...this.pending.values()];
    this.pending.clear();
    const maxBytes = maxBytesOf(readIndexSettings());
    const generation = this.generation;
    for (let i = 0; i < uris.length; i += BATCH) {
      const files = (await Promise.all(uris.slice(i, i + BATCH).map((u) => this.describe(u, maxBytes)))).filter((f): f is IndexFile => !!f);
      if (!files.length) continue;
      const results = await this.worker.run(this.request(files));
      if (generation !== this.generation) return; // a rebuild reads them anyway
      this.apply(results);
      this.state.updates++;
    }
  }

  /** An open document's edits: its entry follows the text on screen (after a pause in typing). */
  private edited(doc: vscode.TextDocument): void {
    const key = doc.uri.toString();
    if (!this.known.has(key)) return;
    const old = this.edits.get(key);
    if (old) clearTimeout(old);
    this.edits.set(
      key,
      setTimeout(() => {
        this.edits.delete(key);
        if (doc.isClosed) return;
        const version = doc.version;
        this.models.analyse(doc).then(
          (a) => {
            if (doc.isClosed || doc.version !== version || !this.known.has(key)) return;
            const headings: FileHeadings = a.memo('workspaceHeadings', () => fileHeadings(a.text, a.outline));
            this.index.set(key, headings);
            this.state.updates++;
          },
          () => undefined,
        );
      }, DEBOUNCE_MS),
    );
  }

  private uriOf(key: string): vscode.Uri {
    let uri = this.uris.get(key);
    if (!uri) this.uris.set(key, (uri = vscode.Uri.parse(key)));
    return uri;
  }

  private symbolOf(hit: HeadingHit, query: string): vscode.SymbolInformation {
    const uri = this.uriOf(hit.file);
    const file = baseName(uri.path);
    return new vscode.SymbolInformation(
      nameForQuery(hit, query),
      FAMILY_SYMBOL_KIND[hit.family] ?? vscode.SymbolKind.String,
      hit.parent ? `${file} › ${hit.parent}` : file,
      new vscode.Location(uri, new vscode.Range(hit.line, hit.col, hit.endLine, hit.endCol)),
    );
  }

  /**
   * Scans the index a few documents at a time, yielding to other work every few milliseconds
   * (a common query over 1,000 documents takes tens of milliseconds in all).
   */
  async provideWorkspaceSymbols(query: string, token: vscode.CancellationToken): Promise<vscode.SymbolInformation[]> {
    if (!readIndexSettings().enabled) return [];
    // VS Code's Markdown extension lists the `#` headings of every Markdown file itself: those of
    // ours would be duplicates (as in the Outline, src/vscode/symbols.ts). Numbered parts inside
    // Markdown stay ours.
    const markdownListed = !!vscode.extensions.getExtension('vscode.markdown-language-features');
    const search = new HeadingSearch(this.index, query, markdownListed ? 2 * MAX_RESULTS : MAX_RESULTS);
    let turn = performance.now();
    while (!search.step(SEARCH_SLICE)) {
      if (token.isCancellationRequested) return [];
      if (performance.now() - turn > TURN_MS) {
        await new Promise((resolve) => setImmediate(resolve));
        turn = performance.now();
      }
    }
    if (token.isCancellationRequested) return [];
    const hits = markdownListed ? search.result().filter((h) => !(h.family === 'md' && ENDINGS[endingOf(h.file)]?.format === 'markdown')) : search.result();
    return hits.slice(0, MAX_RESULTS).map((h) => this.symbolOf(h, query));
  }

  dispose(): void {
    this.cancel?.cancel();
    this.generation++;
    if (this.pendingTimer) clearTimeout(this.pendingTimer);
    if (this.rebuildTimer) clearTimeout(this.rebuildTimer);
    if (this.createdTimer) clearTimeout(this.createdTimer);
    for (const t of this.edits.values()) clearTimeout(t);
    for (const d of this.disposables) d.dispose();
    this.index.clear();
  }
}

/** Registers Go to Symbol in Workspace and the index behind it. */
export function registerWorkspaceSymbols(context: vscode.ExtensionContext, models: DocumentModels): WorkspaceHeadings {
  const headings = new WorkspaceHeadings(context.extensionPath, models);
  context.subscriptions.push(headings, vscode.languages.registerWorkspaceSymbolProvider(headings));
  return headings;
}
