import * as vscode from 'vscode';
import type { SymbolBudget } from '../core/outline/symbolBudget';
import { messages, uiLocale } from './l10n';

/**
 * Tells the user, on the document it concerns, that the Outline leaves out its deepest levels
 * (`gangmu.outline.maxSymbols`). A status bar item rather than a notification: it is there while
 * that document is in front and gone for the others, it interrupts nothing (the budget is hit by
 * the long compilations one opens to read, where a pop-up on every open would be noise), and a
 * click opens the setting. Its tooltip says what is shown and how to get the rest.
 */
export class SymbolBudgetStatus implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('gangmu.outlineBudget', vscode.StatusBarAlignment.Right, 100);
  /** Capped documents by URI, with the limit in force when their symbols were built. */
  private readonly capped = new Map<string, { budget: SymbolBudget; max: number }>();
  private readonly listeners: vscode.Disposable[];

  constructor() {
    this.item.name = messages.budgetStatusName();
    this.item.command = { title: messages.budgetOpenSetting(), command: 'workbench.action.openSettings', arguments: ['gangmu.outline.maxSymbols'] };
    this.listeners = [
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      vscode.workspace.onDidCloseTextDocument((doc) => {
        this.capped.delete(doc.uri.toString());
        this.update();
      }),
    ];
  }

  /** What the symbol provider gave this document: a capped budget shows the item, anything else hides it. */
  report(doc: vscode.TextDocument, budget: SymbolBudget | undefined, max: number): void {
    const key = doc.uri.toString();
    if (budget?.capped) this.capped.set(key, { budget, max });
    else this.capped.delete(key);
    this.update();
  }

  /** The capped state of a document, for tests. */
  stateOf(uri: vscode.Uri): SymbolBudget | undefined {
    return this.capped.get(uri.toString())?.budget;
  }

  /** What the status bar shows now (nothing when hidden), for tests. */
  shown(): { text: string; tooltip: string } | undefined {
    this.update();
    return this.visible ? { text: this.item.text, tooltip: String(this.item.tooltip ?? '') } : undefined;
  }

  private visible = false;

  private update(): void {
    const doc = vscode.window.activeTextEditor?.document;
    const entry = doc && this.capped.get(doc.uri.toString());
    if (!entry) {
      this.item.hide();
      this.visible = false;
      return;
    }
    const { budget: b, max } = entry;
    const n = new Intl.NumberFormat(uiLocale()).format;
    this.item.text = `$(list-tree) ${b.depth === 1 ? messages.budgetShortTop(b.levels) : messages.budgetShort(b.depth, b.levels)}`;
    const lines = [
      b.depth === 1
        ? messages.budgetShownTop(b.levels, n(b.shown), n(b.total))
        : messages.budgetShown(b.depth, b.levels, n(b.shown), n(b.total)),
    ];
    if (b.overBudget) lines.push(messages.budgetOver(n(b.shown), n(max)));
    lines.push(messages.budgetHowTo(n(max)));
    this.item.tooltip = lines.join('\n\n');
    this.item.show();
    this.visible = true;
  }

  dispose(): void {
    for (const l of this.listeners) l.dispose();
    this.item.dispose();
  }
}
