/**
 * The figures panel host: one webview beside the editor showing the figures of the active
 * supported document, updated (debounced) as the text changes, restored after a reload.
 */
import * as vscode from 'vscode';
import { webviewPage } from './webviewPage';
import { ownTurn, type DocumentAnalysis, type DocumentModels } from './documentModel';
import type { Figure } from '../core';
import { figureRowMaker } from '../core/figures/format';
import { headingLabel } from '../core/export';
import { parseWebviewMessage, type FiguresMessage, type PanelMessage, type PanelRow, type WebviewRequest } from './figuresMessages';
import { kindLabels, panelStrings } from './figuresStrings';
import { copyMarkdown, exportFigures, type ExportSource } from './figuresExport';
import { figureAt } from './figureAt';

export const FIGURES_VIEW_TYPE = 'gangmu.figures';
const DEBOUNCE_MS = 300;
/** Rows are built for at most this long before the panel gives the extension host back. */
const SLICE_MS = 15;
/**
 * Rows per message to the webview: a message is serialised in one go on the extension host
 * (≈3 ms per 1,000 rows), so a 30,000-row document goes in slices with turns between them.
 */
const CHUNK_ROWS = 2000;

/** The rest of a `figures` message whose `total` is above its row count, appended in order. */
interface FiguresMoreMessage {
  type: 'figuresMore';
  uri: string;
  version: number;
  /** Position of the first row of this chunk in the whole list. */
  offset: number;
  rows: PanelRow[];
}
type OutMessage = PanelMessage | (FiguresMessage & { total?: number }) | FiguresMoreMessage;

/** What tests can see of the panel: plain data. */
export interface FiguresPanelSnapshot {
  title: string;
  uri: string | null;
  version: number | null;
  ready: boolean;
  /** Messages posted to the webview, by type, in order (figures with their row count). */
  posted: { type: string; uri?: string; version?: number; rows?: number; index?: number }[];
  /** The last `rendered` report from the webview script. */
  rendered: { version: number; rows: number; view: string } | null;
  /** Rows of the last figures message (line, col, text). */
  rows: { line: number; col: number; text: string; furniture: boolean }[];
  rejected: number;
}

function fileName(uri: vscode.Uri): string {
  return uri.path.split('/').pop() || uri.toString();
}

export class FiguresPanel implements vscode.Disposable {
  static current: FiguresPanel | undefined;

  private doc: vscode.TextDocument | undefined;
  private ready = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private selectTimer: ReturnType<typeof setTimeout> | undefined;
  private selected = -1;
  private source: (ExportSource & { version: number }) | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  private readonly log: FiguresPanelSnapshot['posted'] = [];
  private rendered: FiguresPanelSnapshot['rendered'] = null;
  private lastRows: PanelRow[] = [];
  private rejected = 0;
  /** Bumped by every `show`: a slower earlier one stops at its next turn. */
  private generation = 0;

  static show(context: vscode.ExtensionContext, models: DocumentModels, doc: vscode.TextDocument | undefined): FiguresPanel {
    const existing = FiguresPanel.current;
    if (existing) {
      existing.panel.reveal(vscode.ViewColumn.Beside, true);
      if (doc) existing.setDocument(doc);
      return existing;
    }
    const panel = vscode.window.createWebviewPanel(
      FIGURES_VIEW_TYPE,
      vscode.l10n.t('Figures'),
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
      FiguresPanel.options(context),
    );
    const created = new FiguresPanel(panel, context, models);
    if (doc) created.setDocument(doc);
    return created;
  }

  /** Restores a panel after a reload from the URI its webview kept in its state. */
  static async revive(panel: vscode.WebviewPanel, context: vscode.ExtensionContext, models: DocumentModels, uri: string | null): Promise<void> {
    panel.webview.options = FiguresPanel.options(context);
    FiguresPanel.current?.panel.dispose();
    const revived = new FiguresPanel(panel, context, models);
    let doc: vscode.TextDocument | undefined;
    if (uri) {
      try {
        doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri, true));
      } catch {
        doc = undefined; // the file is gone: show the empty state and follow the next editor
      }
    }
    const active = vscode.window.activeTextEditor?.document;
    doc ??= active && revived.accepts(active) ? active : undefined;
    if (doc) revived.setDocument(doc);
  }

  static options(context: vscode.ExtensionContext): vscode.WebviewPanelOptions & vscode.WebviewOptions {
    return {
      enableScripts: true,
      enableFindWidget: true,
      localResourceRoots: [vscode.Uri.joinPath(context.extensionUri, 'media')],
    };
  }

  private constructor(
    readonly panel: vscode.WebviewPanel,
    private readonly context: vscode.ExtensionContext,
    private readonly models: DocumentModels,
  ) {
    FiguresPanel.current = this;
    panel.webview.html = this.html();
    this.disposables.push(
      panel.onDidDispose(() => this.dispose()),
      panel.webview.onDidReceiveMessage((m) => void this.onMessage(m)),
      vscode.window.onDidChangeActiveTextEditor((e) => {
        if (e && this.accepts(e.document) && e.document !== this.doc) this.setDocument(e.document);
      }),
      models.onDidChange((d) => {
        if (this.doc && d.uri.toString() === this.doc.uri.toString()) this.schedule();
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('gangmu')) this.schedule();
      }),
      vscode.window.onDidChangeTextEditorSelection((e) => {
        if (this.doc && e.textEditor.document === this.doc) this.scheduleSelect(e.textEditor.selection.active);
      }),
    );
  }

  accepts(doc: vscode.TextDocument): boolean {
    return doc.uri.scheme !== 'output' && this.models.isSupported(doc);
  }

  get document(): vscode.TextDocument | undefined {
    return this.doc;
  }

  setDocument(doc: vscode.TextDocument): void {
    this.doc = doc;
    this.selected = -1;
    this.panel.title = vscode.l10n.t('Figures — {0}', fileName(doc.uri));
    this.update();
  }

  /** Marks the row of the figure under the editor's cursor (after the cursor settles). */
  private scheduleSelect(position: vscode.Position): void {
    if (this.selectTimer) clearTimeout(this.selectTimer);
    this.selectTimer = setTimeout(() => {
      this.selectTimer = undefined;
      const doc = this.doc;
      if (!doc || doc.isClosed || !this.source || this.source.version !== doc.version) return;
      const index = figureAt(this.source.figures, doc.offsetAt(position));
      if (index !== this.selected) {
        this.selected = index;
        this.post({ type: 'select', index });
      }
    }, 150);
  }

  private schedule(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.update();
    }, DEBOUNCE_MS);
  }

  /**
   * Recomputes (through the shared cache) and posts the figures of the current document. Large
   * documents are analysed in the worker; an answer for a version the editor has left, or for a
   * document the panel no longer shows, is dropped (the update scheduled by the change follows).
   */
  private update(): void {
    const doc = this.doc;
    if (!doc || doc.isClosed) return;
    void this.models
      .analyse(doc)
      .then(async (analysis) => ({ analysis, figures: await analysis.figuresAsync() }))
      .then(
        ({ analysis, figures }) => {
          if (this.doc === doc && !doc.isClosed && doc.version === analysis.version) return this.show(doc, analysis, figures);
        },
        () => undefined,
      );
  }

  /**
   * Builds the rows and sends them to the webview without holding the extension host: rows are
   * made in time slices and posted in chunks, with a turn for other work (providers, typing)
   * between them. A newer update, an edit or a switch of document ends an older one at its next turn.
   */
  private async show(doc: vscode.TextDocument, analysis: DocumentAnalysis, figures: Figure[]): Promise<void> {
    const generation = ++this.generation;
    const live = () => generation === this.generation && this.doc === doc && !doc.isClosed && doc.version === analysis.version;
    // The figures were just unpacked in this same turn: start the rows on a turn of their own.
    await ownTurn();
    if (!live()) return;
    this.source = { uri: doc.uri, text: analysis.text, outline: analysis.outline, figures, version: analysis.version };
    const make = figureRowMaker(analysis.text, analysis.outline);
    const rows: PanelRow[] = [];
    let sliceStart = performance.now();
    for (let i = 0; i < figures.length; i++) {
      const { raw: _raw, ...row } = make(figures[i], i);
      rows.push(row);
      if ((i & 255) === 255 && performance.now() - sliceStart > SLICE_MS) {
        await ownTurn();
        if (!live()) return;
        sliceStart = performance.now();
      }
    }
    const tops: Record<number, string> = {};
    for (const r of rows) {
      if (r.top !== null && !(r.top in tops)) tops[r.top] = headingLabel(analysis.text, analysis.outline.headings[r.top]);
    }
    this.lastRows = rows;
    const uri = doc.uri.toString();
    const version = analysis.version;
    this.post({ type: 'figures', uri, fileName: fileName(doc.uri), version, rows: rows.slice(0, CHUNK_ROWS), tops, total: rows.length });
    for (let offset = CHUNK_ROWS; offset < rows.length; offset += CHUNK_ROWS) {
      await ownTurn();
      if (!live()) return;
      this.post({ type: 'figuresMore', uri, version, offset, rows: rows.slice(offset, offset + CHUNK_ROWS) });
    }
  }

  private post(message: OutMessage): void {
    // Before the script said `ready` a message would be lost; `ready` triggers a full resend.
    if (!this.ready) return;
    void this.panel.webview.postMessage(message);
    const entry: FiguresPanelSnapshot['posted'][number] = { type: message.type };
    if (message.type === 'figures') Object.assign(entry, { uri: message.uri, version: message.version, rows: 'total' in message && typeof message.total === 'number' ? message.total : message.rows.length });
    if (message.type === 'figuresMore') Object.assign(entry, { uri: message.uri, version: message.version, rows: message.rows.length });
    if (message.type === 'select') entry.index = message.index;
    this.log.push(entry);
    if (this.log.length > 200) this.log.splice(0, this.log.length - 200);
  }

  /** Handles a message from the webview; exported through `handle` so tests drive the same path. */
  async onMessage(raw: unknown): Promise<WebviewRequest | null> {
    const doc = this.doc;
    const request = parseWebviewMessage(raw, {
      lineCount: doc && !doc.isClosed ? doc.lineCount : 0,
      lineLength: (line) => (doc ? doc.lineAt(line).text.length : 0),
      figureCount: this.source?.figures.length ?? 0,
    });
    if (!request) {
      this.rejected++;
      return null;
    }
    switch (request.type) {
      case 'ready':
        this.ready = true;
        this.post({ type: 'init', strings: panelStrings(), kinds: kindLabels() });
        if (this.doc) this.update();
        else this.post({ type: 'empty' });
        break;
      case 'reveal':
        if (doc) await this.reveal(doc, request.line - 1, request.col, request.length, request.preserveFocus);
        break;
      case 'export':
        if (this.source) await exportFigures(this.source, request.format, request.rows);
        break;
      case 'copyMarkdown':
        if (this.source) await copyMarkdown(this.source, request.rows);
        break;
      case 'rendered':
        this.rendered = { version: request.version, rows: request.rows, view: request.view };
        break;
    }
    return request;
  }

  /** Selects the span in the editor column that shows the document (or opens it beside us). */
  private async reveal(doc: vscode.TextDocument, line: number, col: number, length: number, preserveFocus: boolean): Promise<void> {
    const start = new vscode.Position(line, col);
    const end = doc.positionAt(doc.offsetAt(start) + length);
    const range = new vscode.Range(start, end);
    const shown = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === doc.uri.toString());
    const column = shown?.viewColumn ?? (this.panel.viewColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Two : vscode.ViewColumn.One);
    const editor = await vscode.window.showTextDocument(doc, { viewColumn: column, preserveFocus });
    editor.selection = new vscode.Selection(range.start, range.end);
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  exportSource(): ExportSource | undefined {
    return this.source;
  }

  snapshot(): FiguresPanelSnapshot {
    return {
      title: this.panel.title,
      uri: this.doc?.uri.toString() ?? null,
      version: this.source?.version ?? null,
      ready: this.ready,
      posted: [...this.log],
      rendered: this.rendered,
      rows: this.lastRows.map((r) => ({ line: r.line, col: r.col, text: r.text, furniture: r.furniture })),
      rejected: this.rejected,
    };
  }

  private html(): string {
    return webviewPage(this.panel.webview, this.context.extensionUri, 'figures');
  }

  dispose(): void {
    if (FiguresPanel.current === this) FiguresPanel.current = undefined;
    if (this.timer) clearTimeout(this.timer);
    if (this.selectTimer) clearTimeout(this.selectTimer);
    for (const d of this.disposables) d.dispose();
    this.disposables.length = 0;
    this.panel.dispose();
  }
}
