/**
 * Numbering checks in the editor: diagnostics (source `gangmu`) kept up to date on open, change
 * (debounced), close and settings change; quick fixes per finding, per run and for the whole
 * document (also as `source.fixAll.gangmu`); the command `gangmu.fixAllNumbering`. Every fix is
 * one WorkspaceEdit, so one undo step, and only runs when the user picks it.
 */
import * as vscode from 'vscode';
import { fixAll, applySeverity, OPT_IN } from '../core/checks';
import type { Finding, Fix, Localized, Severity, TextEdit } from '../core';
import type { DocumentAnalysis, DocumentModels } from './documentModel';
import { readSettings } from './settings';
import { settingsChangeRedoesChecks } from './settingsValues';
import { localized as pick, messages } from './l10n';
import { findingsByPlace } from './findingPlaces';

const SOURCE = 'gangmu';
const DEBOUNCE_MS = 300;
export const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('gangmu');

const SEVERITY: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

/** Findings per document version and settings generation, on top of the shared parse. */
class Findings {
  private readonly cache = new Map<string, { version: number; generation: number; findings: Finding[] }>();
  private generation = 0;

  constructor(private readonly models: DocumentModels) {}

  settingsChanged(): void {
    this.generation++;
    this.cache.clear();
  }

  forget(doc: vscode.TextDocument): void {
    this.cache.delete(doc.uri.toString());
  }

  /**
   * The findings of this version. Large documents are analysed, and checked, in the worker: a
   * code-action request or a diagnostics refresh never parses a several-MB text on the extension
   * host's thread. With a token the request can be dropped before the worker starts it.
   */
  async get(doc: vscode.TextDocument, token?: vscode.CancellationToken): Promise<Finding[]> {
    if (!this.models.isSupported(doc) || !readSettings().checksEnabled) return [];
    const hit = this.hit(doc);
    if (hit) return hit;
    const version = doc.version;
    const generation = this.generation;
    const a = await this.models.analyse(doc, token);
    const findings = await this.findingsOf(a);
    if (doc.version !== version || a.version !== version || generation !== this.generation) return this.hit(doc) ?? [];
    this.cache.set(doc.uri.toString(), { version: a.version, generation, findings });
    return findings;
  }

  private hit(doc: vscode.TextDocument): Finding[] | undefined {
    const hit = this.cache.get(doc.uri.toString());
    return hit && hit.version === doc.version && hit.generation === this.generation ? hit.findings : undefined;
  }

  private async findingsOf(a: DocumentAnalysis): Promise<Finding[]> {
    const table = readSettings().checkSeverity;
    // The shared analysis holds the default findings; an opt-in code needs a run with the table.
    const optIn = Object.keys(table).some((c) => OPT_IN.has(c) && table[c] !== 'off');
    return optIn ? a.findingsAsync({ severity: table }) : applySeverity(await a.findingsAsync(), table);
  }
}

function toDiagnostic(doc: vscode.TextDocument, f: Finding): vscode.Diagnostic {
  const d = new vscode.Diagnostic(new vscode.Range(doc.positionAt(f.start), doc.positionAt(f.end)), pick(f.message), SEVERITY[f.severity]);
  d.source = SOURCE;
  d.code = f.code;
  return d;
}

function workspaceEdit(doc: vscode.TextDocument, edits: readonly TextEdit[]): vscode.WorkspaceEdit {
  const we = new vscode.WorkspaceEdit();
  for (const e of edits) we.replace(doc.uri, new vscode.Range(doc.positionAt(e.start), doc.positionAt(e.end)), e.newText);
  return we;
}

const FIX_ALL_TITLE: Localized = { en: 'Fix all numbering problems in this document', zh: '修正本文中全部序号问题' };
function fixCodeTitle(code: string, n: number): Localized {
  return { en: `Fix all ${n} ${code} problems in this document`, zh: `修正本文中全部 ${n} 处 ${code} 问题` };
}

class ChecksActionProvider implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = {
    providedCodeActionKinds: [vscode.CodeActionKind.QuickFix, FIX_ALL_KIND],
  };

  constructor(private readonly findings: Findings) {}

  async provideCodeActions(
    doc: vscode.TextDocument,
    _range: vscode.Range,
    context: vscode.CodeActionContext,
    token: vscode.CancellationToken,
  ): Promise<vscode.CodeAction[]> {
    // Asked on every cursor move: without one of our diagnostics only a fix-all request gets anything.
    const fixAllRequest = !!context.only && !context.only.contains(vscode.CodeActionKind.QuickFix);
    if (!fixAllRequest && !context.diagnostics.some((d) => d.source === SOURCE)) return [];
    let all: Finding[];
    try {
      all = await this.findings.get(doc, token);
    } catch {
      return []; // cancelled: the cursor moved on
    }
    if (!all.length || token.isCancellationRequested) return [];
    if (context.only && !context.only.contains(vscode.CodeActionKind.QuickFix)) {
      // `source.fixAll` (on save or from the Source Action menu) asks for our fix-all kind.
      if (!context.only.contains(FIX_ALL_KIND) && !FIX_ALL_KIND.contains(context.only)) return [];
      const edits = fixAll(all);
      if (!edits.length) return [];
      const action = new vscode.CodeAction(pick(FIX_ALL_TITLE), FIX_ALL_KIND);
      action.edit = workspaceEdit(doc, edits);
      return [action];
    }

    const actions: vscode.CodeAction[] = [];
    const seenFixes = new Set<Fix>();
    const seenCodes = new Set<string>();
    const ours = context.diagnostics.filter((d) => d.source === SOURCE);
    const findingAt = findingsByPlace(all);
    for (const diag of ours) {
      const start = doc.offsetAt(diag.range.start);
      const end = doc.offsetAt(diag.range.end);
      const f = findingAt(diag.code, start, end);
      if (!f) continue;
      for (const fx of f.fixes) {
        if (seenFixes.has(fx) || !fx.edits.length) continue;
        seenFixes.add(fx);
        const action = new vscode.CodeAction(pick(fx.title), vscode.CodeActionKind.QuickFix);
        action.edit = workspaceEdit(doc, fx.edits);
        action.diagnostics = [diag];
        action.isPreferred = fx.scope === 'one' || !f.fixes.some((x) => x.scope === 'one');
        actions.push(action);
      }
      if (!seenCodes.has(f.code)) {
        seenCodes.add(f.code);
        const same = all.filter((x) => x.code === f.code && x.fixes.length);
        if (same.length > 1) {
          const edits = fixAll(same);
          if (edits.length) {
            const action = new vscode.CodeAction(pick(fixCodeTitle(f.code, same.length)), vscode.CodeActionKind.QuickFix);
            action.edit = workspaceEdit(doc, edits);
            actions.push(action);
          }
        }
      }
    }
    if (ours.length) {
      const edits = fixAll(all);
      if (edits.length) {
        const action = new vscode.CodeAction(pick(FIX_ALL_TITLE), vscode.CodeActionKind.QuickFix);
        action.edit = workspaceEdit(doc, edits);
        actions.push(action);
      }
    }
    return actions;
  }
}

export function registerChecks(context: vscode.ExtensionContext, models: DocumentModels): void {
  const collection = vscode.languages.createDiagnosticCollection(SOURCE);
  const findings = new Findings(models);
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  /** The refresh under way per document, cancelled by a newer one (a stale version is never analysed). */
  const runs = new Map<string, vscode.CancellationTokenSource>();

  const refresh = (doc: vscode.TextDocument) => {
    const key = doc.uri.toString();
    const t = timers.get(key);
    if (t) clearTimeout(t);
    timers.delete(key);
    runs.get(key)?.cancel();
    runs.delete(key);
    if (doc.isClosed) return collection.delete(doc.uri);
    const version = doc.version;
    const run = new vscode.CancellationTokenSource();
    runs.set(key, run);
    findings.get(doc, run.token).then(
      (fs) => {
        if (doc.isClosed || doc.version !== version) return;
        if (fs.length) collection.set(doc.uri, fs.map((f) => toDiagnostic(doc, f)));
        else collection.delete(doc.uri);
      },
      (e: unknown) => {
        if (!(e instanceof vscode.CancellationError)) collection.delete(doc.uri);
      },
    ).finally(() => {
      if (runs.get(key) === run) runs.delete(key);
      run.dispose();
    });
  };
  const schedule = (doc: vscode.TextDocument) => {
    const key = doc.uri.toString();
    const t = timers.get(key);
    if (t) clearTimeout(t);
    timers.set(key, setTimeout(() => refresh(doc), DEBOUNCE_MS));
  };
  const refreshAll = () => {
    for (const doc of vscode.workspace.textDocuments) refresh(doc);
  };

  context.subscriptions.push(
    collection,
    vscode.workspace.onDidOpenTextDocument(refresh),
    models.onDidChange(schedule),
    vscode.workspace.onDidCloseTextDocument((doc) => {
      const key = doc.uri.toString();
      const t = timers.get(key);
      if (t) clearTimeout(t);
      timers.delete(key);
      findings.forget(doc);
      collection.delete(doc.uri);
    }),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (!settingsChangeRedoesChecks((s) => e.affectsConfiguration(s))) return;
      findings.settingsChanged();
      refreshAll();
    }),
    vscode.languages.registerCodeActionsProvider('*', new ChecksActionProvider(findings), ChecksActionProvider.metadata),
    vscode.commands.registerCommand('gangmu.fixAllNumbering', async (uri?: vscode.Uri) => {
      const doc = uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
      if (!doc) {
        void vscode.window.showInformationMessage(messages.noEditor());
        return false;
      }
      const edits = fixAll(await findings.get(doc));
      if (!edits.length) {
        void vscode.window.showInformationMessage(vscode.l10n.t('No numbering problems to fix.'));
        return false;
      }
      const ok = await vscode.workspace.applyEdit(workspaceEdit(doc, edits));
      refresh(doc);
      return ok;
    }),
    { dispose: () => (timers.forEach((t) => clearTimeout(t)), runs.forEach((r) => r.cancel())) },
  );
  refreshAll();
}
