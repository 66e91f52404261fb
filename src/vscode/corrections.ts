/**
 * The reader's outline corrections in VS Code (issue 13): commands that add one (Not a Heading,
 * Make Heading, Promote, Demote, Attach to Previous Part) or undo the last, the sidecar file that
 * keeps them (`NAME.gangmu.json` beside the document; the document itself is never written), and
 * a status bar item while the document carries corrections. Applying them is the core's job
 * (`OutlineOptions.corrections`): the analysis cache parses with them, so every provider follows.
 */
import * as vscode from 'vscode';
import { existsSync, readFileSync } from 'node:fs';
import { unlink, writeFile } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import type { Heading } from '../core';
import {
  applyCorrections, describeCorrection, LineIndex, makeCorrection, readSidecar, resolveAnchor, SIDECAR_SUFFIX, writeSidecar,
  type Correction, type CorrectionKind,
} from '../core/outline/corrections';
import { headingName } from '../core/outline/tree';
import type { DocumentAnalysis, DocumentModels } from './documentModel';
import { compileRule, type HouseRule } from '../core/outline/rules';
import { readSettings } from './settings';
import { levelLabel, localized as local, messages, uiLang as lang } from './l10n';

let rulesCache: { key: string; valid: HouseRule[] } | undefined;
const refusedShown = new Set<string>();

/**
 * The house rules of the settings that pass the checks; each refused one is reported once, in one
 * message that says why (bad syntax, a pattern that could backtrack without bound, a bad rank).
 */
export function houseRules(): HouseRule[] {
  const rules = readSettings().rules;
  const key = JSON.stringify(rules ?? []);
  if (rulesCache?.key === key) return rulesCache.valid;
  const valid: HouseRule[] = [];
  (Array.isArray(rules) ? rules : []).forEach((r, i) => {
    const c = compileRule(r, i);
    if (c.ok) valid.push(r);
    else {
      const message = local(c.message);
      if (!refusedShown.has(message)) {
        refusedShown.add(message);
        void vscode.window.showWarningMessage(message);
      }
    }
  });
  rulesCache = { key, valid };
  return valid;
}

/** The sidecar's path for a document on disk; none for untitled or remote-only documents. */
export function sidecarPath(uri: vscode.Uri): string | undefined {
  return uri.scheme === 'file' ? uri.fsPath + SIDECAR_SUFFIX : undefined;
}

/**
 * Corrections per document, read from the sidecar the first time a document is analysed (a small
 * synchronous read, so the first outline is already the corrected one) and written back on every
 * change. A document closed and reopened reads its sidecar again.
 */
export class CorrectionStore implements vscode.Disposable {
  private readonly lists = new Map<string, Correction[]>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  /** Fires when a document's corrections changed (a command, undo, or the sidecar edited on disk). */
  readonly onDidChange = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [this.changed];

  /** Writes under way per document. */
  private readonly pending = new Map<string, Promise<void>>();
  /** What we last wrote per document (null: we removed the file), to know our own echo. */
  private readonly written = new Map<string, string | null>();
  /** One watcher per document whose sidecar was looked for (a checkout or another editor may change it). */
  private readonly watchers = new Map<string, vscode.Disposable>();

  constructor() {
    this.disposables.push(
      vscode.workspace.onDidCloseTextDocument((d) => {
        const key = d.uri.toString();
        this.lists.delete(key);
        this.written.delete(key);
        this.watchers.get(key)?.dispose();
        this.watchers.delete(key);
      }),
    );
  }

  /** Watches the sidecar of `uri` (also outside the workspace folders): changed on disk, it is read again. */
  private watch(uri: vscode.Uri, path: string): void {
    const key = uri.toString();
    if (this.watchers.has(key)) return;
    const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(vscode.Uri.file(dirname(path)), basename(path)));
    const reload = () => {
      if (!this.lists.has(key)) return;
      // Our own writes: the list in memory is already the truth, and what is on disk may be
      // half-way. The echo of a finished write finds on disk exactly what we wrote.
      if (this.pending.has(key)) return;
      let onDisk: string | null = null;
      try {
        onDisk = existsSync(path) ? readFileSync(path, 'utf8') : null;
      } catch {
        return;
      }
      if (this.written.has(key) && this.written.get(key) === onDisk) return;
      const before = JSON.stringify(this.lists.get(key));
      this.written.delete(key);
      this.lists.delete(key);
      if (JSON.stringify(this.read(uri)) !== before) this.changed.fire(uri);
    };
    const subs = [watcher, watcher.onDidChange(reload), watcher.onDidCreate(reload), watcher.onDidDelete(reload)];
    this.watchers.set(key, { dispose: () => subs.forEach((d) => d.dispose()) });
  }

  /** The document's corrections (empty when it has none). */
  get(uri: vscode.Uri): readonly Correction[] {
    return this.lists.get(uri.toString()) ?? this.read(uri);
  }

  private read(uri: vscode.Uri): Correction[] {
    let list: Correction[] = [];
    const path = sidecarPath(uri);
    if (path) this.watch(uri, path);
    try {
      if (path && existsSync(path)) {
        const read = readSidecar(readFileSync(path, 'utf8'));
        if (read.error) void vscode.window.showWarningMessage(vscode.l10n.t('{0} is not an outline corrections file; it is ignored.', path));
        list = read.corrections;
      }
    } catch {
      list = [];
    }
    this.lists.set(uri.toString(), list);
    return list;
  }

  /** Replaces the document's corrections and writes the sidecar (removed when the list is empty). */
  async set(uri: vscode.Uri, list: Correction[]): Promise<void> {
    const key = uri.toString();
    this.lists.set(key, list);
    this.changed.fire(uri);
    const path = sidecarPath(uri);
    if (!path) return;
    // Writes of one sidecar go one after another; each writes the list as it is by then.
    const previous = this.pending.get(key) ?? Promise.resolve();
    const write = previous.then(async () => {
      const now = this.lists.get(key) ?? [];
      const content = now.length ? writeSidecar(now) : null;
      try {
        if (content !== null) await writeFile(path, content, 'utf8');
        else if (existsSync(path)) await unlink(path);
        this.written.set(key, content);
      } catch (e) {
        void vscode.window.showErrorMessage(vscode.l10n.t('Could not save the outline corrections to {0}: {1}', path, e instanceof Error ? e.message : String(e)));
      }
    });
    this.pending.set(key, write);
    await write;
    if (this.pending.get(key) === write) this.pending.delete(key);
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
    for (const w of this.watchers.values()) w.dispose();
    this.watchers.clear();
    this.lists.clear();
  }
}

/** What a command acts on: from the editor (cursor line) or from arguments (line number gutter menu, tests). */
interface CommandTarget {
  /** A document URI (string or Uri). */
  uri?: string | vscode.Uri;
  /** 0-based line. */
  line?: number;
  /** 1-based line, as VS Code's line-number context menu passes it. */
  lineNumber?: number;
  /** Make Heading: the level, skipping the quick pick. */
  level?: number;
  /** Make Heading: same level as the heading on this 0-based line, skipping the quick pick. */
  sameAsLine?: number;
}

async function resolveTarget(arg: unknown): Promise<{ doc: vscode.TextDocument; line: number; column: number | undefined; target: CommandTarget } | undefined> {
  const target: CommandTarget = arg && typeof arg === 'object' && !(arg instanceof vscode.Uri) ? (arg as CommandTarget) : {};
  const uriArg = arg instanceof vscode.Uri ? arg : target.uri;
  const editor = vscode.window.activeTextEditor;
  let doc: vscode.TextDocument | undefined;
  if (uriArg) {
    const uri = typeof uriArg === 'string' ? vscode.Uri.parse(uriArg) : uriArg;
    doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString()) ?? (await vscode.workspace.openTextDocument(uri));
  } else doc = editor?.document;
  if (!doc) return undefined;
  const fromEditor = editor && editor.document === doc;
  let line = target.line ?? (target.lineNumber !== undefined ? target.lineNumber - 1 : fromEditor ? editor.selection.active.line : 0);
  line = Math.max(0, Math.min(doc.lineCount - 1, Math.floor(line)));
  const column = fromEditor && editor.selection.active.line === line && target.line === undefined && target.lineNumber === undefined ? editor.selection.active.character : undefined;
  return { doc, line, column, target };
}

/** The heading on `line`: the one at or before the cursor's column when several stand on it. */
function headingOnLine(a: DocumentAnalysis, line: number, column: number | undefined): number {
  const ls = a.outline.lineStarts;
  const from = ls[line] ?? a.text.length;
  const to = line + 1 < ls.length ? ls[line + 1] : a.text.length + 1;
  let found = -1;
  const hs = a.outline.headings;
  for (let i = 0; i < hs.length; i++) {
    const s = hs[i].start;
    if (s < from) continue;
    if (s >= to) break;
    if (found < 0 || column === undefined || s <= from + column) found = i;
    if (column === undefined) break;
  }
  return found;
}

export function registerCorrections(context: vscode.ExtensionContext, models: DocumentModels, store: CorrectionStore): void {
  const add = async (kind: CorrectionKind, arg: unknown): Promise<void> => {
    const t = await resolveTarget(arg);
    if (!t) {
      void vscode.window.showInformationMessage(messages.noEditor());
      return;
    }
    const { doc, line, column, target } = t;
    if (!models.isSupported(doc)) {
      void vscode.window.showInformationMessage(messages.notSupported(doc.languageId));
      return;
    }
    const a = await models.analyse(doc);
    const index = new LineIndex(a.text, a.outline.lineStarts);
    let correction: Correction;
    if (kind === 'make-heading') {
      if (!a.text.slice(index.from[line], index.to[line]).trim()) {
        void vscode.window.showInformationMessage(vscode.l10n.t('This line is empty.'));
        return;
      }
      const choice = await pickLevel(a, line, target);
      if (!choice) return;
      correction = makeCorrection(index, kind, a.outline.lineStarts[line], choice);
    } else {
      const i = headingOnLine(a, line, column);
      if (i < 0) {
        void vscode.window.showInformationMessage(vscode.l10n.t('No heading on this line.'));
        return;
      }
      correction = makeCorrection(index, kind, a.outline.headings[i].start);
    }
    // Applied to the outline as it stands (already corrected), the new one must change something.
    const trial = applyCorrections(a.text, a.outline, [correction]);
    if (trial.notes.length) {
      void vscode.window.showInformationMessage(vscode.l10n.t('{0} changes nothing here: {1}.', describeCorrection(correction, lang()), local(trial.notes[0].message)));
      return;
    }
    await store.set(doc.uri, [...store.get(doc.uri), correction]);
  };

  /** The command's document and its corrections; undefined, the user told so, when it has none. */
  const withCorrections = async (arg: unknown): Promise<{ doc: vscode.TextDocument; list: readonly Correction[] } | undefined> => {
    const t = await resolveTarget(arg);
    const list = t ? store.get(t.doc.uri) : [];
    if (!t || !list.length) {
      void vscode.window.showInformationMessage(vscode.l10n.t('This document has no outline corrections.'));
      return undefined;
    }
    return { doc: t.doc, list };
  };

  const undo = async (arg: unknown): Promise<void> => {
    const t = await withCorrections(arg);
    if (!t) return;
    const { list } = t;
    const last = list[list.length - 1];
    await store.set(t.doc.uri, list.slice(0, -1));
    void vscode.window.setStatusBarMessage(vscode.l10n.t('Undone: {0}', describeCorrection(last, lang())), 4000);
  };

  const show = async (arg: unknown): Promise<void> => {
    const t = await withCorrections(arg);
    if (!t) return;
    const { list } = t;
    const a = await models.analyse(t.doc);
    const notes = new Map((a.outline.corrections?.notes ?? []).map((n) => [n.index, n]));
    const index = new LineIndex(a.text, a.outline.lineStarts);
    type Item = vscode.QuickPickItem & { line?: number; undo?: boolean; prune?: boolean };
    const items: Item[] = list.map((c, k) => {
      const n = notes.get(k);
      const at = resolveAnchor(index, c.anchor);
      return {
        label: `${n ? (n.dropped ? '$(warning) ' : '$(circle-slash) ') : '$(check) '}${describeCorrection(c, lang())}`,
        description: 'line' in at ? vscode.l10n.t('line {0}', at.line + 1) : undefined,
        detail: n ? local(n.message) : undefined,
        line: 'line' in at ? at.line : undefined,
      };
    });
    items.push({ label: '', kind: vscode.QuickPickItemKind.Separator }, { label: `$(discard) ${vscode.l10n.t('Undo Outline Correction')}`, undo: true });
    const dropped = [...notes.values()].filter((n) => n.dropped).map((n) => n.index);
    if (dropped.length) items.push({ label: `$(trash) ${vscode.l10n.t('Remove the {0} corrections that no longer find their line', dropped.length)}`, prune: true });
    const picked = await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Outline corrections ({0})', list.length) });
    if (!picked) return;
    if (picked.undo) return undo({ uri: t.doc.uri });
    if (picked.prune) {
      const gone = new Set(dropped);
      return store.set(t.doc.uri, list.filter((_, k) => !gone.has(k)));
    }
    if (picked.line !== undefined) {
      const editor = await vscode.window.showTextDocument(t.doc);
      const pos = new vscode.Position(picked.line, 0);
      editor.selection = new vscode.Selection(pos, pos);
      editor.revealRange(new vscode.Range(pos, pos), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    }
  };

  const status = new CorrectionStatus(models, store);
  context.subscriptions.push(
    status,
    vscode.commands.registerCommand('gangmu.notAHeading', (arg?: unknown) => add('not-heading', arg)),
    vscode.commands.registerCommand('gangmu.makeHeading', (arg?: unknown) => add('make-heading', arg)),
    vscode.commands.registerCommand('gangmu.promoteHeading', (arg?: unknown) => add('promote', arg)),
    vscode.commands.registerCommand('gangmu.demoteHeading', (arg?: unknown) => add('demote', arg)),
    vscode.commands.registerCommand('gangmu.attachToPreviousPart', (arg?: unknown) => add('attach-previous', arg)),
    vscode.commands.registerCommand('gangmu.undoOutlineCorrection', (arg?: unknown) => undo(arg)),
    vscode.commands.registerCommand('gangmu.showOutlineCorrections', (arg?: unknown) => show(arg)),
  );
}

/** Make Heading's level: from the arguments, or a quick pick of levels and "same level as…". */
async function pickLevel(a: DocumentAnalysis, line: number, target: CommandTarget): Promise<{ level?: number; sameAsOffset?: number } | undefined> {
  const hs = a.outline.headings;
  if (target.sameAsLine !== undefined) {
    const j = headingOnLine(a, target.sameAsLine, undefined);
    if (j >= 0) return { sameAsOffset: hs[j].start };
  }
  if (target.level !== undefined) return { level: target.level };
  const lineStart = a.outline.lineStarts[line];
  // The deepest level the place allows: one below the heading before it.
  let before: Heading | undefined;
  for (const h of hs) {
    if (h.start >= lineStart) break;
    before = h;
  }
  const deepest = Math.min(9, before ? before.level + 1 : 1);
  type Item = vscode.QuickPickItem & { level?: number; same?: boolean };
  const items: Item[] = [];
  for (let l = 1; l <= deepest; l++) items.push({ label: vscode.l10n.t('Level {0}', l), level: l });
  if (hs.length) items.push({ label: vscode.l10n.t('Same level as…'), same: true });
  const picked = await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Make Heading: at which level?') });
  if (!picked) return undefined;
  if (picked.level) return { level: picked.level };
  const headings = hs.map((h, i) => ({
    label: `${'\u2003'.repeat(Math.min(h.level - 1, 8))}${headingName(a.text, h)}`,
    description: levelLabel(h.level),
    index: i,
  }));
  const other = await vscode.window.showQuickPick(headings, { title: vscode.l10n.t('Same level as which heading?') });
  return other ? { sameAsOffset: hs[other.index].start } : undefined;
}

/** `$(list-tree) 2` in the status bar while the active document carries corrections; opens the list. */
class CorrectionStatus implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('gangmu.corrections', vscode.StatusBarAlignment.Right, 100);
  private readonly disposables: vscode.Disposable[];
  private generation = 0;
  private readonly ruleNotesShown = new Set<string>();

  constructor(private readonly models: DocumentModels, private readonly store: CorrectionStore) {
    this.item.name = vscode.l10n.t('Gangmu outline corrections');
    this.item.command = 'gangmu.showOutlineCorrections';
    this.disposables = [
      this.item,
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      store.onDidChange(() => this.update()),
      models.onDidChange(() => this.update()),
    ];
    this.update();
  }

  private update(): void {
    const gen = ++this.generation;
    const doc = vscode.window.activeTextEditor?.document;
    const supported = !!doc && this.models.isSupported(doc);
    const list = doc && supported ? this.store.get(doc.uri) : [];
    if (!doc || !list.length) this.item.hide();
    else {
      this.item.text = `$(list-tree) ${list.length}`;
      this.item.tooltip = vscode.l10n.t('Outline corrections: {0}. Click for the list.', list.length);
      this.item.show();
    }
    if (!doc || !supported || (!list.length && !readSettings().rules.length)) return;
    void this.models.analyse(doc).then((a) => {
      // House rules that ran out of time on this document: said once per document.
      for (const n of a.outline.ruleNotes ?? []) {
        const key = `${doc.uri.toString()}\n${n.en}`;
        if (!this.ruleNotesShown.has(key)) {
          this.ruleNotesShown.add(key);
          void vscode.window.showWarningMessage(local(n));
        }
      }
      if (gen !== this.generation || !list.length) return;
      const dropped = (a.outline.corrections?.notes ?? []).filter((n) => n.dropped).length;
      if (!dropped) return;
      this.item.text = `$(list-tree) ${list.length} $(warning) ${dropped}`;
      this.item.tooltip = vscode.l10n.t('Outline corrections: {0}, of which {1} no longer find their line. Click for the list.', list.length, dropped);
    }, () => undefined);
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
