import * as vscode from 'vscode';
import type { DocumentAnalysis, DocumentModels } from './documentModel';
import { readSettings } from './settings';
import { timed } from './perfTrace';

const LEVELS = 6;
/** Lines above and below the viewport that are coloured too, so a short scroll shows no flicker. */
const MARGIN_LINES = 80;

/**
 * Colours true headings (marker + title) by level with the contributed theme colours. Driven by
 * the shared parse, so an idiom that merely looks like a marker (`一以贯之`, `第一要务`) is never
 * coloured. Also used on `speech` files: the grammar colours markers by family, but only the parse
 * knows levels. Work is bounded to the visible ranges and debounced while typing.
 */
export class HeadingHighlighter implements vscode.Disposable {
  private readonly types: vscode.TextEditorDecorationType[] = [];
  private readonly disposables: vscode.Disposable[] = [];
  private readonly timers = new Map<vscode.TextEditor, ReturnType<typeof setTimeout>>();
  /** The run under way per editor, cancelled when a newer one is scheduled. */
  private readonly runs = new Map<vscode.TextEditor, vscode.CancellationTokenSource>();

  constructor(private readonly models: DocumentModels) {
    for (let level = 1; level <= LEVELS; level++) {
      this.types.push(
        vscode.window.createTextEditorDecorationType({
          color: new vscode.ThemeColor(`gangmu.heading.level${level}`),
          fontWeight: level <= 2 ? 'bold' : undefined,
          rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
        }),
      );
    }
    this.disposables.push(
      vscode.window.onDidChangeVisibleTextEditors(() => this.refreshAll(0)),
      vscode.window.onDidChangeTextEditorVisibleRanges((e) => this.schedule(e.textEditor, 60)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (!e.contentChanges.length) return;
        for (const ed of vscode.window.visibleTextEditors) if (ed.document === e.document) this.schedule(ed, typingDelay(e.document));
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('gangmu')) this.refreshAll(0);
      }),
      // The outline changed without an edit (the reader's corrections).
      models.onDidChangeOutline((doc) => {
        for (const ed of vscode.window.visibleTextEditors) if (ed.document === doc) this.schedule(ed, 0);
      }),
    );
    this.refreshAll(0);
  }

  private refreshAll(delay: number): void {
    for (const ed of vscode.window.visibleTextEditors) this.schedule(ed, delay);
  }

  private schedule(editor: vscode.TextEditor, delay: number): void {
    const pending = this.timers.get(editor);
    if (pending) clearTimeout(pending);
    this.runs.get(editor)?.cancel();
    this.timers.set(
      editor,
      setTimeout(() => {
        this.timers.delete(editor);
        const run = new vscode.CancellationTokenSource();
        this.runs.set(editor, run);
        void this.apply(editor, run.token).finally(() => {
          if (this.runs.get(editor) === run) this.runs.delete(editor);
          run.dispose();
        });
      }, delay),
    );
  }

  /** Decorates one editor now (exposed for tests); a cancelled run leaves the decorations as they are. */
  async apply(editor: vscode.TextEditor, token?: vscode.CancellationToken): Promise<number> {
    const doc = editor.document;
    const settings = readSettings();
    if (doc.isClosed || !this.models.isSupported(doc) || !settings.highlightEnabled || settings.highlightMaxLevel < 1) {
      for (const t of this.types) editor.setDecorations(t, []);
      return 0;
    }
    const version = doc.version;
    let analysis: DocumentAnalysis;
    try {
      analysis = await this.models.analyse(doc, token);
    } catch {
      return 0; // superseded by a newer run
    }
    // Typed on meanwhile: the next scheduled run decorates the new text.
    if (doc.version !== version || doc.isClosed) return 0;
    return timed(`highlight v${version}`, () => this.decorate(editor, analysis, settings.highlightMaxLevel));
  }

  private decorate(editor: vscode.TextEditor, analysis: DocumentAnalysis, maxLevel: number): number {
    const doc = editor.document;
    const windows = editor.visibleRanges.map((r) => ({
      start: doc.offsetAt(new vscode.Position(Math.max(0, r.start.line - MARGIN_LINES), 0)),
      end: doc.offsetAt(new vscode.Position(r.end.line + MARGIN_LINES, Number.MAX_SAFE_INTEGER)),
    }));
    const byLevel: vscode.Range[][] = this.types.map(() => []);
    const spans = analysis.headingSpans(maxLevel, windows.length ? windows : undefined);
    for (const s of spans) {
      byLevel[Math.min(s.level, LEVELS) - 1].push(new vscode.Range(doc.positionAt(s.start), doc.positionAt(s.end)));
    }
    this.types.forEach((t, i) => editor.setDecorations(t, byLevel[i]));
    return spans.length;
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
    for (const r of this.runs.values()) r.cancel();
    this.runs.clear();
    for (const d of this.disposables) d.dispose();
    for (const t of this.types) t.dispose();
  }
}

/** Longer pauses on big documents, where each re-parse costs more. */
function typingDelay(doc: vscode.TextDocument): number {
  const lines = doc.lineCount;
  const approxChars = lines > 0 ? doc.offsetAt(new vscode.Position(lines - 1, 0)) : 0;
  return approxChars > 1_000_000 ? 600 : approxChars > 100_000 ? 250 : 120;
}
