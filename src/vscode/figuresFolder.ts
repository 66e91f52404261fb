/**
 * The figures panel's folder mode (issue 12): "Gangmu: Compare Figures Across Files" reads every
 * document of a folder (default: the workspace) in a worker thread, groups their figures by
 * indicator (`core/figures/crossFiles.ts`), and shows every indicator with its document count;
 * choosing one shows its values by document as a table and a line chart, rows link back to the
 * place in the document, and the whole result exports as CSV. Restored after a reload.
 */
import * as vscode from 'vscode';
import { webviewPage } from './webviewPage';
import { existsSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { IndicatorGrouper, seriesOf, type CrossFileResult, type DocumentFigures } from '../core/figures/crossFiles';
import { writeIndicatorsCsv } from '../core/figures/crossExport';
import { formatValue } from '../core/figures/format';
import { collect } from '../core/export';
import type { FigureKind } from '../core/types';
import { kindLabel } from './figuresStrings';
import { writeExport, shownPath } from './exportFile';
import type { FolderFiguresRequest, FolderFiguresResponse } from './folderFiguresWorker';
import { runJob } from '../cliJob';

export const FOLDER_VIEW_TYPE = 'gangmu.figuresFolder';
const EXTENSIONS = new Set(['.txt', '.md', '.speech', '.markdown']);
/** A folder with more documents than this is read up to this many (said in the panel). */
const MAX_FILES = 5000;
/** A file above this size is skipped: a data dump, not a speech. */
const MAX_BYTES = 20 * 1024 * 1024;

type ScanState = 'idle' | 'reading' | 'done' | 'cancelled';

/** What tests can see of the panel: plain data. */
export interface FolderPanelSnapshot {
  title: string;
  folder: string | null;
  state: ScanState;
  progress: { done: number; total: number };
  documents: { name: string; date: string | null; dateSource: string | null; figures: number }[];
  groups: { key: string; name: string; kind: string; unit: string; documents: number; values: number }[];
  selected: string | null;
  /** The last `rendered` report of the webview: the indicator drawn, its chart points and table rows. */
  rendered: { key: string; points: number; rows: number; labels: string[]; scale: string; ticks: string[]; xs: number[] } | null;
  posted: string[];
  rejected: number;
  skipped: string[];
}

interface GroupMessageValue {
  doc: number;
  text: string;
  value: string;
  readable: string;
  number: number | null;
  relation: string | null;
  written: string;
  line: number;
  col: number;
}

/** A turn for the extension host's other work (typing, providers) between slices of ours. */
function pauseTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

function baseName(uri: vscode.Uri): string {
  return uri.path.split('/').filter(Boolean).pop() || uri.toString();
}

/** `a/b.txt` of a file under a folder. */
function relativeName(folder: vscode.Uri, file: vscode.Uri): string {
  const base = folder.path.endsWith('/') ? folder.path : folder.path + '/';
  return file.path.startsWith(base) ? file.path.slice(base.length) : baseName(file);
}

/**
 * The documents under a folder (any file system VS Code reads), as the command line finds them:
 * .txt .md .speech .markdown files, hidden folders and node_modules left out, in path order.
 */
async function listDocuments(folder: vscode.Uri, max: number, token: vscode.CancellationToken): Promise<vscode.Uri[]> {
  const out: vscode.Uri[] = [];
  const queue: vscode.Uri[] = [folder];
  const seen = new Set<string>();
  while (queue.length && out.length < max && !token.isCancellationRequested) {
    const dir = queue.shift()!;
    if (seen.has(dir.toString())) continue;
    seen.add(dir.toString());
    let entries: [string, vscode.FileType][];
    try {
      entries = await vscode.workspace.fs.readDirectory(dir);
    } catch {
      continue;
    }
    entries.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    for (const [name, type] of entries) {
      if (name.startsWith('.') || name === 'node_modules') continue;
      const uri = vscode.Uri.joinPath(dir, name);
      if (type & vscode.FileType.Directory) {
        if (!(type & vscode.FileType.SymbolicLink)) queue.push(uri);
      } else {
        const dot = name.lastIndexOf('.');
        if (dot > 0 && EXTENSIONS.has(name.slice(dot).toLowerCase())) out.push(uri);
      }
    }
  }
  return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)).slice(0, max);
}

/** Reads documents into their dated figures on one worker thread (or this thread, without the bundle). */
class FolderReader implements vscode.Disposable {
  private worker: Worker | undefined;
  private next = 1;
  private readonly waiting = new Map<number, (r: FolderFiguresResponse) => void>();

  constructor(private readonly script: string | undefined) {}

  read(name: string, bytes: Uint8Array): Promise<FolderFiguresResponse> {
    if (!this.script) {
      const r = runJob({ name, bytes }, { command: 'figures', mode: 'json', lang: 'en', multi: true, byIndicator: true, noCorrections: true });
      return Promise.resolve(r.failed || !r.out ? { id: 0, error: r.err } : { id: 0, doc: JSON.parse(r.out) as DocumentFigures });
    }
    if (!this.worker) {
      const w = new Worker(this.script);
      w.on('message', (m: FolderFiguresResponse) => {
        const done = this.waiting.get(m.id);
        this.waiting.delete(m.id);
        done?.(m);
      });
      const lost = (e: unknown) => {
        if (this.worker === w) this.worker = undefined;
        for (const [id, done] of this.waiting) done({ id, error: e instanceof Error ? e.message : String(e) });
        this.waiting.clear();
      };
      w.on('error', lost);
      w.on('exit', () => lost(new Error('worker exited')));
      this.worker = w;
    }
    const id = this.next++;
    return new Promise((resolve) => {
      this.waiting.set(id, resolve);
      this.worker!.postMessage({ id, name, bytes } satisfies FolderFiguresRequest);
    });
  }

  dispose(): void {
    const w = this.worker;
    this.worker = undefined;
    void w?.terminate();
  }
}

export class FolderFiguresPanel implements vscode.Disposable {
  static current: FolderFiguresPanel | undefined;

  private folder: vscode.Uri | undefined;
  private files: vscode.Uri[] = [];
  private result: CrossFileResult | undefined;
  /** Index in `files` of each document of the result, by the result's document order. */
  private docFile: number[] = [];
  private state: ScanState = 'idle';
  private progress = { done: 0, total: 0 };
  private selected: string | null = null;
  private ready = false;
  private rendered: FolderPanelSnapshot['rendered'] = null;
  private rejected = 0;
  private skipped: string[] = [];
  private readonly log: string[] = [];
  private readonly disposables: vscode.Disposable[] = [];
  private scanning: vscode.CancellationTokenSource | undefined;
  /** Resolves when the current scan has finished (or was cancelled). */
  private scanDone: Promise<void> = Promise.resolve();

  /** Opens (or reuses) the panel and reads `folder`; resolves when the reading is done. */
  static async show(context: vscode.ExtensionContext, folder: vscode.Uri): Promise<FolderFiguresPanel> {
    let p = FolderFiguresPanel.current;
    if (p) p.panel.reveal(vscode.ViewColumn.Beside, false);
    else {
      const panel = vscode.window.createWebviewPanel(FOLDER_VIEW_TYPE, vscode.l10n.t('Figures Across Files'), { viewColumn: vscode.ViewColumn.Beside, preserveFocus: false }, FolderFiguresPanel.options(context));
      p = new FolderFiguresPanel(panel, context);
    }
    await p.scan(folder);
    return p;
  }

  static revive(panel: vscode.WebviewPanel, context: vscode.ExtensionContext, state: unknown): void {
    panel.webview.options = FolderFiguresPanel.options(context);
    FolderFiguresPanel.current?.panel.dispose();
    const p = new FolderFiguresPanel(panel, context);
    const folder = state && typeof state === 'object' && typeof (state as { folder?: unknown }).folder === 'string' ? (state as { folder: string }).folder : null;
    const selected = state && typeof state === 'object' && typeof (state as { selected?: unknown }).selected === 'string' ? (state as { selected: string }).selected : null;
    p.selected = selected;
    if (folder) {
      try {
        void p.scan(vscode.Uri.parse(folder, true));
      } catch {
        // a state from elsewhere: stay empty
      }
    }
  }

  static options(context: vscode.ExtensionContext): vscode.WebviewPanelOptions & vscode.WebviewOptions {
    return { enableScripts: true, enableFindWidget: true, retainContextWhenHidden: false, localResourceRoots: [vscode.Uri.joinPath(context.extensionUri, 'media')] };
  }

  private constructor(
    readonly panel: vscode.WebviewPanel,
    private readonly context: vscode.ExtensionContext,
  ) {
    FolderFiguresPanel.current = this;
    panel.webview.html = this.html();
    this.disposables.push(
      panel.onDidDispose(() => this.dispose()),
      panel.webview.onDidReceiveMessage((m) => void this.onMessage(m)),
    );
  }

  /** Reads every document of the folder; a newer scan cancels an older one. */
  scan(folder: vscode.Uri): Promise<void> {
    this.scanning?.cancel();
    const cts = new vscode.CancellationTokenSource();
    this.scanning = cts;
    this.folder = folder;
    this.panel.title = vscode.l10n.t('Figures Across Files — {0}', baseName(folder));
    this.scanDone = this.read(folder, cts.token).finally(() => {
      if (this.scanning === cts) this.scanning = undefined;
      cts.dispose();
    });
    return this.scanDone;
  }

  private async read(folder: vscode.Uri, token: vscode.CancellationToken): Promise<void> {
    this.state = 'reading';
    this.result = undefined;
    this.skipped = [];
    this.progress = { done: 0, total: 0 };
    this.post({ type: 'progress', folder: folder.toString(), folderName: baseName(folder), done: 0, total: 0 });
    const files = await listDocuments(folder, MAX_FILES + 1, token);
    if (token.isCancellationRequested) return;
    if (files.length > MAX_FILES) {
      files.length = MAX_FILES;
      this.skipped.push(vscode.l10n.t('Only the first {0} documents were read.', MAX_FILES));
    }
    this.files = files;
    this.progress = { done: 0, total: files.length };
    const script = vscode.Uri.joinPath(this.context.extensionUri, 'dist', 'folderFiguresWorker.js').fsPath;
    const reader = new FolderReader(existsSync(script) ? script : undefined);
    // documents are grouped as they arrive, so the end of the reading only orders them
    const grouper = new IndicatorGrouper();
    const fileOf = new Map<string, number>();
    try {
      await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Window, title: vscode.l10n.t('Gangmu: reading figures of {0} documents', files.length) },
        async (progress) => {
          let lastPost = 0;
          for (let i = 0; i < files.length; i++) {
            if (token.isCancellationRequested) return;
            const name = relativeName(folder, files[i]);
            try {
              const stat = await vscode.workspace.fs.stat(files[i]);
              if (stat.size > MAX_BYTES) {
                this.skipped.push(vscode.l10n.t('{0}: too large to read here', name));
              } else {
                const bytes = await vscode.workspace.fs.readFile(files[i]);
                const r = await reader.read(name, bytes);
                if (r.doc) {
                  grouper.add(r.doc);
                  fileOf.set(r.doc.name, i);
                } else this.skipped.push(r.error ?? name);
              }
            } catch (e) {
              this.skipped.push(`${name}: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
            }
            this.progress = { done: i + 1, total: files.length };
            progress.report({ message: `${i + 1}/${files.length}` });
            const now = Date.now();
            if (now - lastPost > 100 || i + 1 === files.length) {
              lastPost = now;
              this.post({ type: 'progress', folder: folder.toString(), folderName: baseName(folder), done: i + 1, total: files.length });
            }
          }
        },
      );
    } finally {
      reader.dispose();
    }
    if (token.isCancellationRequested) {
      this.state = 'cancelled';
      return;
    }
    // documents keep their file index through the grouping's reordering: names are unique
    const result = await grouper.finishAsync(pauseTurn);
    if (token.isCancellationRequested) {
      this.state = 'cancelled';
      return;
    }
    this.result = result;
    this.docFile = result.documents.map((d) => fileOf.get(d.name) ?? -1);
    this.state = 'done';
    if (this.selected && !this.result.groups.some((g) => g.key === this.selected)) this.selected = null;
    this.sendResult();
  }

  private sendResult(): void {
    const r = this.result;
    if (!r || !this.folder) return;
    this.post({
      type: 'result',
      folder: this.folder.toString(),
      folderName: baseName(this.folder),
      documents: r.documents.map((d) => ({ name: d.name, date: d.date.value })),
      groups: r.groups.map((g) => ({ key: g.key, name: g.name, kind: g.kind, kindLabel: kindLabel(g.kind as FigureKind), unit: g.unit, documents: g.documents, values: g.values.length })),
      skipped: this.skipped.slice(0, 50),
      skippedCount: this.skipped.length,
      selected: this.selected,
    });
    if (this.selected) this.sendGroup(this.selected);
  }

  private sendGroup(key: string): void {
    const g = this.result?.groups.find((x) => x.key === key);
    if (!g || !this.result) return;
    this.selected = key;
    const values: GroupMessageValue[] = g.values.map((v) => {
      const f = formatValue(v.value, g.kind, g.unit, v.text);
      return { doc: v.doc, text: v.text, value: f.value, readable: f.readable, number: v.number, relation: v.relation, written: v.written, line: v.line, col: v.col };
    });
    const series = seriesOf(g, this.result.documents.length).map((v) => (v ? g.values.indexOf(v) : -1));
    this.post({ type: 'group', key, name: g.name, kind: g.kind, kindLabel: kindLabel(g.kind as FigureKind), unit: g.unit, values, series });
  }

  private post(message: { type: string } & Record<string, unknown>): void {
    if (!this.ready) return;
    void this.panel.webview.postMessage(message);
    this.log.push(message.type);
    if (this.log.length > 200) this.log.splice(0, this.log.length - 200);
  }

  /** Handles a message from the webview (validated here); tests drive the same path. */
  async onMessage(raw: unknown): Promise<string | null> {
    if (!raw || typeof raw !== 'object') return this.reject();
    const m = raw as Record<string, unknown>;
    switch (m.type) {
      case 'ready':
        this.ready = true;
        this.post({ type: 'init', strings: folderStrings() });
        if (this.result) this.sendResult();
        else if (this.folder) this.post({ type: 'progress', folder: this.folder.toString(), folderName: baseName(this.folder), ...this.progress });
        return 'ready';
      case 'select':
        if (typeof m.key !== 'string' || !this.result?.groups.some((g) => g.key === m.key)) return this.reject();
        this.sendGroup(m.key);
        return 'select';
      case 'reveal': {
        const doc = m.doc;
        const line = m.line;
        const col = m.col;
        const length = m.length;
        if (!this.result || !Number.isInteger(doc) || !Number.isInteger(line) || !Number.isInteger(col) || !Number.isInteger(length)) return this.reject();
        const d = doc as number;
        if (d < 0 || d >= this.docFile.length || (line as number) < 1 || (col as number) < 0 || (length as number) < 0 || (length as number) > 1000) return this.reject();
        const file = this.files[this.docFile[d]];
        if (!file) return this.reject();
        await this.reveal(file, (line as number) - 1, col as number, length as number);
        return 'reveal';
      }
      case 'export':
        await this.exportCsv();
        return 'export';
      case 'pick': {
        const picked = await vscode.window.showOpenDialog({ canSelectFolders: true, canSelectFiles: false, canSelectMany: false, defaultUri: this.folder, openLabel: vscode.l10n.t('Compare') });
        if (picked?.[0]) await this.scan(picked[0]);
        return 'pick';
      }
      case 'rendered': {
        if (typeof m.key !== 'string' || !Number.isInteger(m.points) || !Number.isInteger(m.rows)) return this.reject();
        const labels = Array.isArray(m.labels) ? m.labels.filter((x): x is string => typeof x === 'string').slice(0, 100) : [];
        const ticks = Array.isArray(m.ticks) ? m.ticks.filter((x): x is string => typeof x === 'string').slice(0, 100) : [];
        const xs = Array.isArray(m.xs) ? m.xs.filter((x): x is number => typeof x === 'number').slice(0, 1000) : [];
        const scale = m.scale === 'time' ? 'time' : 'even';
        this.rendered = { key: m.key, points: m.points as number, rows: m.rows as number, labels, scale, ticks, xs };
        return 'rendered';
      }
      default:
        return this.reject();
    }
  }

  private reject(): null {
    this.rejected++;
    return null;
  }

  private async reveal(file: vscode.Uri, line: number, col: number, length: number): Promise<void> {
    const doc = await vscode.workspace.openTextDocument(file);
    if (line >= doc.lineCount) return;
    const start = new vscode.Position(line, Math.min(col, doc.lineAt(line).text.length));
    const end = doc.positionAt(doc.offsetAt(start) + length);
    const column = this.panel.viewColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Two : vscode.ViewColumn.One;
    const editor = await vscode.window.showTextDocument(doc, { viewColumn: column, preserveFocus: false });
    editor.selection = new vscode.Selection(start, end);
    editor.revealRange(new vscode.Range(start, end), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  /** Every indicator's values as CSV (one row per value); `target` skips the save dialog. */
  async exportCsv(target?: vscode.Uri): Promise<vscode.Uri | undefined> {
    const r = this.result;
    if (!r || !this.folder) return undefined;
    const where =
      target ??
      (await vscode.window.showSaveDialog({
        defaultUri: vscode.Uri.joinPath(this.folder, 'figures-by-indicator.csv'),
        filters: { CSV: ['csv'] },
        saveLabel: vscode.l10n.t('Export'),
      }));
    if (!where) return undefined;
    if (!(await writeExport(where, collect((w) => writeIndicatorsCsv(r, w))))) return undefined;
    if (!target) void vscode.window.showInformationMessage(vscode.l10n.t('Saved {0} indicators to {1}.', r.groups.length, shownPath(where)));
    return where;
  }

  /** Waits for the current reading to finish. */
  settled(): Promise<void> {
    return this.scanDone;
  }

  snapshot(): FolderPanelSnapshot {
    const r = this.result;
    return {
      title: this.panel.title,
      folder: this.folder?.toString() ?? null,
      state: this.state,
      progress: { ...this.progress },
      documents: r ? r.documents.map((d) => ({ name: d.name, date: d.date.value, dateSource: d.date.source, figures: d.figures })) : [],
      groups: r ? r.groups.map((g) => ({ key: g.key, name: g.name, kind: g.kind, unit: g.unit, documents: g.documents, values: g.values.length })) : [],
      selected: this.selected,
      rendered: this.rendered,
      posted: [...this.log],
      rejected: this.rejected,
      skipped: [...this.skipped],
    };
  }

  private html(): string {
    return webviewPage(this.panel.webview, this.context.extensionUri, 'figuresFolder');
  }

  dispose(): void {
    if (FolderFiguresPanel.current === this) FolderFiguresPanel.current = undefined;
    this.scanning?.cancel();
    for (const d of this.disposables) d.dispose();
    this.disposables.length = 0;
    this.panel.dispose();
  }
}

/** Strings the folder-mode webview uses, by key; `{0}` `{1}` are filled in by the script. */
function folderStrings(): Record<string, string> {
  return {
    reading: vscode.l10n.t('Reading {0} of {1} documents…'),
    finding: vscode.l10n.t('Looking for documents…'),
    summary: vscode.l10n.t('{0} documents, {1} indicators'),
    indicators: vscode.l10n.t('Indicators'),
    filter: vscode.l10n.t('Filter indicators'),
    onlyOne: vscode.l10n.t('Show indicators found in one document'),
    docs: vscode.l10n.t('{0} documents'),
    choose: vscode.l10n.t('Choose an indicator to see its values by document.'),
    none: vscode.l10n.t('No figure with an indicator was found in this folder.'),
    date: vscode.l10n.t('Date'),
    document: vscode.l10n.t('Document'),
    asWritten: vscode.l10n.t('As written'),
    value: vscode.l10n.t('Value'),
    relation: vscode.l10n.t('Relation'),
    written: vscode.l10n.t('Indicator as written'),
    open: vscode.l10n.t('Open {0} at line {1}'),
    exportCsv: vscode.l10n.t('Export CSV…'),
    pick: vscode.l10n.t('Choose folder…'),
    chartTitle: vscode.l10n.t('{0} by document'),
    withUnit: vscode.l10n.t('{0} ({1})'),
    chartUndated: vscode.l10n.t('Documents without a date are not on the time axis; the table lists their values ({0}).'),
    chartDesc: vscode.l10n.t('Line chart of the first value each document gives: {0}.'),
    chartNoPoints: vscode.l10n.t('No document gives a number for this indicator.'),
    point: vscode.l10n.t('{0}: {1}'),
    skipped: vscode.l10n.t('{0} documents could not be read'),
  };
}

/** Registers the command, the panel's serializer and (outside production) a test window into it. */
export function registerFiguresFolder(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('gangmu.compareFiguresAcrossFiles', async (uri?: unknown): Promise<FolderPanelSnapshot | null> => {
      let folder = uri instanceof vscode.Uri ? uri : undefined;
      if (!folder) {
        const roots = vscode.workspace.workspaceFolders ?? [];
        if (roots.length === 1) folder = roots[0].uri;
        else if (roots.length > 1) folder = (await vscode.window.showWorkspaceFolderPick({ placeHolder: vscode.l10n.t('Compare the figures of which folder?') }))?.uri;
        else {
          const picked = await vscode.window.showOpenDialog({ canSelectFolders: true, canSelectFiles: false, canSelectMany: false, openLabel: vscode.l10n.t('Compare') });
          folder = picked?.[0];
        }
      }
      if (!folder) return null;
      const panel = await FolderFiguresPanel.show(context, folder);
      return panel.snapshot();
    }),
    vscode.window.registerWebviewPanelSerializer(FOLDER_VIEW_TYPE, {
      deserializeWebviewPanel: async (panel, state) => FolderFiguresPanel.revive(panel, context, state),
    }),
    { dispose: () => FolderFiguresPanel.current?.dispose() },
  );
  if (context.extensionMode !== vscode.ExtensionMode.Production) {
    context.subscriptions.push(
      vscode.commands.registerCommand('gangmu.figuresFolder.test', async (action: unknown, arg?: unknown) => {
        const panel = FolderFiguresPanel.current;
        if (!panel) return null;
        switch (action) {
          case 'state':
            await panel.settled();
            return panel.snapshot();
          case 'message':
            return panel.onMessage(arg);
          case 'export':
            return typeof arg === 'string' ? (await panel.exportCsv(vscode.Uri.parse(arg, true)))?.toString() ?? null : null;
          default:
            return null;
        }
      }),
    );
  }
}
