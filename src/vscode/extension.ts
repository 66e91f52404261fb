import * as vscode from 'vscode';
import { DocumentModels } from './documentModel';
import { registerChecks } from './checks';
import { registerFigures } from './figures';
import { registerFiguresFolder } from './figuresFolder';
import { readSettings } from './settings';
import { OutlineSymbolProvider } from './symbols';
import { SymbolBudgetStatus } from './symbolBudgetStatus';
import type { SymbolBudget } from '../core/outline/symbolBudget';
import { OutlineFoldingProvider } from './folding';
import { HeadingHighlighter } from './highlight';
import { registerNavigation } from './navigation';
import { registerOutlineCommands } from './copyOutline';
import { messages } from './l10n';
import { refreshStartupSpeechEditors, revealOutlineOnce } from './startup';
import { CorrectionStore, registerCorrections } from './corrections';
import { registerWorkspaceSymbols } from './workspaceSymbols';
import { registerOpenAsText } from './openAsText';
import { ConversionStatus } from './conversionStatus';

/**
 * Symbol and folding providers for the configured languages. Re-registered when a `gangmu`
 * setting changes: the selector follows `gangmu.languages`, and VS Code caches symbols per
 * document version and provider set, so only new providers make it ask again after
 * `gangmu.families` changes. The `gangmu.languages` context key drives menus and keybindings.
 */
class ReadingProviders implements vscode.Disposable {
  private registrations: vscode.Disposable[] = [];
  private readonly listener: vscode.Disposable;

  private readonly outlineListener: vscode.Disposable;

  constructor(
    private readonly models: DocumentModels,
    private readonly status: SymbolBudgetStatus,
  ) {
    this.register();
    this.listener = vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('gangmu')) this.register();
    });
    // The reader's corrections change the outline of a version VS Code already has symbols for.
    this.outlineListener = models.onDidChangeOutline(() => this.register());
  }

  private register(): void {
    for (const r of this.registrations) r.dispose();
    const languages = readSettings().languages;
    void vscode.commands.executeCommand('setContext', 'gangmu.languages', languages);
    const selector: vscode.DocumentSelector = languages.map((language) => ({ language }));
    this.registrations = [
      vscode.languages.registerDocumentSymbolProvider(selector, new OutlineSymbolProvider(this.models, this.status), { label: messages.symbolGroup() }),
      vscode.languages.registerFoldingRangeProvider(selector, new OutlineFoldingProvider(this.models)),
    ];
  }

  dispose(): void {
    this.listener.dispose();
    this.outlineListener.dispose();
    for (const r of this.registrations) r.dispose();
  }
}

/** What `activate` returns: read by the integration tests, not a public API. */
export interface GangmuExports {
  /** The symbol budget of a document whose Outline is capped; undefined when it shows every heading. */
  outlineBudget(uri: vscode.Uri): SymbolBudget | undefined;
  /** The Outline budget's status bar text and tooltip as shown now (for the active editor). */
  outlineStatus(): { text: string; tooltip: string } | undefined;
  /** The last message a Word/PDF/web page conversion showed (issue 11). */
  lastConversionMessage(): string | undefined;
  /** The conversion status bar item as shown now (for the active editor), or undefined when hidden. */
  conversionStatus(): { text: string; tooltip: string } | undefined;
  /** A fresh analysis worker (issue 10's timing test). */
  restartAnalysisWorker(): void;
}

export function activate(context: vscode.ExtensionContext): GangmuExports {
  // One analysis per document version serves every feature; large documents are analysed in a
  // worker thread.
  const corrections = new CorrectionStore();
  const models = new DocumentModels(context.extensionPath, corrections);
  const budgetStatus = new SymbolBudgetStatus();
  context.subscriptions.push(corrections, models, budgetStatus, new ReadingProviders(models, budgetStatus), new HeadingHighlighter(models));
  registerCorrections(context, models, corrections);
  registerNavigation(context, models);
  registerOutlineCommands(context, models);
  registerChecks(context, models);
  registerFigures(context, models);
  registerWorkspaceSymbols(context, models);
  // Word, PDF and web pages opened as read-only text (issue 11); their heading styles feed the outline.
  const received = registerOpenAsText(context);
  models.useFormatHeadings((uri) => received.headingsOf(uri));
  // What a conversion left out, in the status bar while a converted document is in front.
  const conversionStatus = new ConversionStatus(received);
  context.subscriptions.push(conversionStatus);
  registerFiguresFolder(context);
  // Editors that were open before our contributions were registered: see startup.ts.
  void refreshStartupSpeechEditors();
  revealOutlineOnce(context);
  return {
    outlineBudget: (uri) => budgetStatus.stateOf(uri),
    outlineStatus: () => budgetStatus.shown(),
    lastConversionMessage: () => received.lastMessage,
    conversionStatus: () => conversionStatus.shown(),
    restartAnalysisWorker: () => models.restartWorker(),
  };
}

export function deactivate(): void {}
