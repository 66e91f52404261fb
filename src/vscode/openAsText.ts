/**
 * Opening what people receive (Word, PDF, saved web pages) as text (issue 11). Thin glue:
 *
 * - a read-only file system (`gangmu-text:`) whose files are the converted text of real files: the
 *   tab reads `报告.docx` with VS Code's read-only marker, the document is in the `speech`
 *   language, and every feature reads it as it reads a `.txt`;
 * - a custom editor that is the default for `.docx` and `.pdf` (VS Code cannot show them anyway)
 *   and only an option for `.html`/`.htm` (people edit web pages); it hands over to the text at once;
 * - the command `Gangmu: Open as Text` (Explorer context menu, command palette);
 * - a file watcher per open file: when the file changes on disk the text is converted again and
 *   the open document shows the new text;
 * - conversion in a worker thread (`dist/convertWorker.js`, which loads only the converter the file
 *   needs), with progress shown; one message per error code, in the user's language.
 */
import * as vscode from 'vscode';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ConvertReply, ConvertRequest } from '../convert/worker';
import type { ConvertNote, ConvertResult } from '../convert/types';
import { convertKindOf, DEFAULT_MAX_BYTES, type ConvertKind } from '../convert/load';
import { convertErrorMessage } from '../convert/messages';
import { SPEECH } from './startup';
import { localized } from './l10n';

export const TEXT_SCHEME = 'gangmu-text';
export const OPEN_AS_TEXT = 'gangmu.openAsText';
export const VIEW_TYPES = ['gangmu.receivedFile', 'gangmu.webPageAsText'];

/** Above this size the conversion shows a notification with progress; below, the status bar. */
const NOTIFY_BYTES = 1 << 20;

const ui = {
  opening: (name: string) => vscode.l10n.t('Opening {0} as text…', name),
  notConvertible: (name: string) => vscode.l10n.t('Gangmu opens Word (.docx), PDF and web page (.html) files as text; {0} is none of them.', name),
  noFile: () => vscode.l10n.t('Select a .docx, .pdf or .html file in the Explorer first.'),
};

function baseName(uri: vscode.Uri): string {
  const p = uri.path;
  return p.slice(p.lastIndexOf('/') + 1);
}

/** The read-only text view of a real file. */
export function textUriFor(source: vscode.Uri): vscode.Uri {
  return vscode.Uri.from({ scheme: TEXT_SCHEME, path: source.path, query: source.toString() });
}

/** The real file behind a text view. */
export function sourceOf(uri: vscode.Uri): vscode.Uri {
  return vscode.Uri.parse(uri.query, true);
}

interface Converted {
  mtime: number;
  size: number;
  text: Uint8Array;
  headings?: { line: number; level: number }[];
  kind: ConvertKind;
  notes: ConvertNote[];
}

/** How a text view came about, for the status bar (conversionStatus.ts). */
export interface ConversionInfo {
  name: string;
  kind: ConvertKind;
  notes: ConvertNote[];
}

/** Converts in a worker thread; on the main thread only when no worker can start. */
function convertOffThread(extensionPath: string, request: ConvertRequest, onProgress: (done: number, total: number) => void): Promise<ConvertResult> {
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(join(extensionPath, 'dist', 'convertWorker.js'));
    } catch (e) {
      resolve({ ok: false, error: { code: 'broken', detail: `no conversion worker: ${e instanceof Error ? e.message : String(e)}` } });
      return;
    }
    let settled = false;
    const finish = (r: ConvertResult) => {
      if (settled) return;
      settled = true;
      void worker.terminate();
      resolve(r);
    };
    worker.on('message', (m: ConvertReply) => {
      if ('progress' in m) onProgress(m.progress[0], m.progress[1]);
      else finish(m.result);
    });
    worker.on('error', (e) => finish({ ok: false, error: { code: 'broken', detail: e.message } }));
    worker.on('exit', () => finish({ ok: false, error: { code: 'broken', detail: 'conversion worker exited' } }));
    worker.postMessage(request, [request.bytes.buffer as ArrayBuffer]);
  });
}

class ConversionError extends Error {
  constructor(readonly result: Extract<ConvertResult, { ok: false }>, readonly shown: string) {
    super(shown);
  }
}

/**
 * The `gangmu-text:` file system: read-only files whose content is a real file's converted text,
 * cached per file and modification time, converted again when the file changes on disk.
 */
export class ReceivedFiles implements vscode.FileSystemProvider, vscode.Disposable {
  private readonly cache = new Map<string, Converted>();
  private readonly pending = new Map<string, Promise<Converted>>();
  private readonly watchers = new Map<string, { watcher: vscode.FileSystemWatcher; uses: number }>();
  private readonly changed = new vscode.EventEmitter<vscode.FileChangeEvent[]>();
  readonly onDidChangeFile = this.changed.event;
  private readonly converted = new vscode.EventEmitter<vscode.Uri>();
  /** A file was converted (again): fires with its text view's uri. */
  readonly onDidConvert = this.converted.event;

  /** The last conversion message shown (read by the integration tests). */
  lastMessage: string | undefined;

  constructor(private readonly extensionPath: string) {}

  /** Headings the format gives, for the text view at `uri` (undefined for other documents). */
  headingsOf(uri: vscode.Uri): { line: number; level: number }[] | undefined {
    if (uri.scheme !== TEXT_SCHEME) return undefined;
    return this.cache.get(sourceOf(uri).toString())?.headings;
  }

  /** The format and the conversion notes of the text view at `uri` (undefined for other documents). */
  infoOf(uri: vscode.Uri): ConversionInfo | undefined {
    if (uri.scheme !== TEXT_SCHEME) return undefined;
    const source = sourceOf(uri);
    const hit = this.cache.get(source.toString());
    return hit && { name: baseName(source), kind: hit.kind, notes: hit.notes };
  }

  /** Converts (or takes from the cache) the file at `source`; throws a ConversionError with the message to show. */
  async convert(source: vscode.Uri): Promise<Converted> {
    const key = source.toString();
    const stat = await vscode.workspace.fs.stat(source);
    const hit = this.cache.get(key);
    if (hit && hit.mtime === stat.mtime && hit.size === stat.size) return hit;
    let p = this.pending.get(key);
    if (!p) {
      p = this.run(source, stat).finally(() => this.pending.delete(key));
      this.pending.set(key, p);
    }
    return p;
  }

  private async run(source: vscode.Uri, stat: vscode.FileStat): Promise<Converted> {
    const name = baseName(source);
    const kind = convertKindOf(name) as ConvertKind;
    const maxBytes = DEFAULT_MAX_BYTES[kind];
    const fail = (r: Extract<ConvertResult, { ok: false }>) => {
      const m = convertErrorMessage(r.error, name, kind, maxBytes);
      return new ConversionError(r, localized(m));
    };
    if (stat.size > maxBytes) throw fail({ ok: false, error: { code: 'too-large', detail: `${stat.size} bytes` } });
    const bytes = await vscode.workspace.fs.readFile(source);
    const result = await vscode.window.withProgress(
      { location: bytes.length > NOTIFY_BYTES ? vscode.ProgressLocation.Notification : vscode.ProgressLocation.Window, title: ui.opening(name) },
      (progress) => {
        let last = 0;
        return convertOffThread(this.extensionPath, { kind, bytes: bytes.slice(), name, maxBytes }, (done, total) => {
          const pct = total > 0 ? Math.min(100, (done / total) * 100) : 0;
          if (pct > last) progress.report({ increment: pct - last, message: total > 1 ? `${done}/${total}` : undefined });
          last = Math.max(last, pct);
        });
      },
    );
    if (!result.ok) throw fail(result);
    const converted: Converted = {
      mtime: stat.mtime,
      size: stat.size,
      text: new TextEncoder().encode(result.value.text),
      headings: result.value.headings,
      kind,
      notes: result.value.notes ?? [],
    };
    this.cache.set(source.toString(), converted);
    this.converted.fire(textUriFor(source));
    return converted;
  }

  // ---------------------------------------------------------------- FileSystemProvider

  watch(uri: vscode.Uri): vscode.Disposable {
    const source = sourceOf(uri);
    const key = source.toString();
    let entry = this.watchers.get(key);
    if (!entry) {
      const dir = vscode.Uri.joinPath(source, '..');
      const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(dir, baseName(source)));
      // The cache stays: convert() compares the file's time and size, and the headings must keep
      // matching the text the document shows until VS Code has read the new one.
      const fire = (type: vscode.FileChangeType) => {
        this.changed.fire([{ type, uri: textUriFor(source) }]);
      };
      watcher.onDidChange(() => fire(vscode.FileChangeType.Changed));
      watcher.onDidCreate(() => fire(vscode.FileChangeType.Changed));
      watcher.onDidDelete(() => fire(vscode.FileChangeType.Deleted));
      entry = { watcher, uses: 0 };
      this.watchers.set(key, entry);
    }
    entry.uses++;
    const e = entry;
    return new vscode.Disposable(() => {
      if (--e.uses > 0) return;
      e.watcher.dispose();
      this.watchers.delete(key);
    });
  }

  async stat(uri: vscode.Uri): Promise<vscode.FileStat> {
    const source = sourceOf(uri);
    const s = await vscode.workspace.fs.stat(source);
    const hit = this.cache.get(source.toString());
    return { type: vscode.FileType.File, ctime: s.ctime, mtime: s.mtime, size: hit && hit.mtime === s.mtime ? hit.text.length : s.size, permissions: vscode.FilePermission.Readonly };
  }

  async readFile(uri: vscode.Uri): Promise<Uint8Array> {
    try {
      return (await this.convert(sourceOf(uri))).text;
    } catch (e) {
      if (e instanceof ConversionError) throw vscode.FileSystemError.Unavailable(e.shown);
      throw e;
    }
  }

  readDirectory(): [string, vscode.FileType][] {
    return [];
  }
  createDirectory(): void {
    throw vscode.FileSystemError.NoPermissions();
  }
  writeFile(): void {
    throw vscode.FileSystemError.NoPermissions();
  }
  delete(): void {
    throw vscode.FileSystemError.NoPermissions();
  }
  rename(): void {
    throw vscode.FileSystemError.NoPermissions();
  }

  dispose(): void {
    for (const w of this.watchers.values()) w.watcher.dispose();
    this.watchers.clear();
    this.changed.dispose();
    this.converted.dispose();
  }
}

/**
 * Converts `source` and shows its text in a read-only `speech` editor. Returns the editor, or
 * undefined after showing the one message for what went wrong.
 */
export async function openAsText(files: ReceivedFiles, source: vscode.Uri, column?: vscode.ViewColumn): Promise<vscode.TextEditor | undefined> {
  const name = baseName(source);
  if (!convertKindOf(name)) {
    void vscode.window.showErrorMessage((files.lastMessage = ui.notConvertible(name)));
    return undefined;
  }
  const failure = await failureOf(files, source);
  if (failure) {
    void vscode.window.showErrorMessage((files.lastMessage = failure));
    return undefined;
  }
  let doc = await vscode.workspace.openTextDocument(textUriFor(source));
  if (doc.languageId !== SPEECH) doc = await vscode.languages.setTextDocumentLanguage(doc, SPEECH);
  return vscode.window.showTextDocument(doc, { viewColumn: column, preview: false });
}

/** The message a failed conversion shows, or undefined when `source` converts (for the custom editor's page). */
async function failureOf(files: ReceivedFiles, source: vscode.Uri): Promise<string | undefined> {
  try {
    await files.convert(source);
    return undefined;
  } catch (e) {
    return e instanceof ConversionError ? e.shown : e instanceof Error ? e.message : String(e);
  }
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}

/** The custom editor for .docx/.pdf (default) and .html/.htm (option): hands over to the text view. */
class HandOver implements vscode.CustomReadonlyEditorProvider {
  constructor(private readonly files: ReceivedFiles) {}

  openCustomDocument(uri: vscode.Uri): vscode.CustomDocument {
    return { uri, dispose: () => undefined };
  }

  async resolveCustomEditor(document: vscode.CustomDocument, panel: vscode.WebviewPanel): Promise<void> {
    const name = baseName(document.uri);
    panel.webview.options = { enableScripts: false };
    panel.webview.html = page(ui.opening(name));
    const failure = await failureOf(this.files, document.uri);
    if (failure) {
      panel.webview.html = page(failure);
      void vscode.window.showErrorMessage((this.files.lastMessage = failure));
      return;
    }
    const editor = await openAsText(this.files, document.uri, panel.viewColumn);
    if (editor) panel.dispose();
  }
}

function page(message: string): string {
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline';"></head><body style="font-family: var(--vscode-font-family); padding: 2em;"><p>${escapeHtml(message)}</p></body></html>`;
}

/** Registers the file system, the custom editors and the command; returns the file system for the document models. */
export function registerOpenAsText(context: vscode.ExtensionContext): ReceivedFiles {
  const files = new ReceivedFiles(context.extensionPath);
  const handOver = new HandOver(files);
  context.subscriptions.push(
    files,
    vscode.workspace.registerFileSystemProvider(TEXT_SCHEME, files, { isReadonly: true, isCaseSensitive: true }),
    ...VIEW_TYPES.map((viewType) => vscode.window.registerCustomEditorProvider(viewType, handOver, { supportsMultipleEditorsPerDocument: true })),
    vscode.commands.registerCommand(OPEN_AS_TEXT, async (uri?: vscode.Uri) => {
      const target = uri instanceof vscode.Uri ? uri : vscode.window.activeTextEditor?.document.uri;
      if (!target) {
        void vscode.window.showErrorMessage(ui.noFile());
        return undefined;
      }
      if (target.scheme === TEXT_SCHEME) return vscode.window.showTextDocument(target);
      return openAsText(files, target);
    }),
    // A text view restored after a reload, or opened by someone else, is in our language too.
    vscode.workspace.onDidOpenTextDocument((doc) => {
      if (doc.uri.scheme === TEXT_SCHEME && doc.languageId !== SPEECH) void vscode.languages.setTextDocumentLanguage(doc, SPEECH).then(undefined, () => undefined);
    }),
  );
  return files;
}
