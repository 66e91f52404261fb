import * as vscode from 'vscode';
import { markerSpan, nextHeading, parentTarget, previousHeading } from '../core/outline/navigation';
import type { Outline } from '../core';
import type { DocumentModels } from './documentModel';
import { messages } from './l10n';

type Finder = (outline: Outline, offset: number) => number | null;
/** Which end of the selection to search from: after arriving on a marker (selected), "next"
 * must look past it and "previous" before it. */
type From = 'start' | 'end';

/** The active editor when Gangmu reads its language; otherwise tells the user why not. */
export function supportedEditor(models: DocumentModels): vscode.TextEditor | undefined {
  const editor = vscode.window.activeTextEditor;
  if (!editor) {
    void vscode.window.showInformationMessage(messages.noEditor());
    return undefined;
  }
  if (!models.isSupported(editor.document)) {
    void vscode.window.showInformationMessage(messages.notSupported(editor.document.languageId));
    return undefined;
  }
  return editor;
}

async function goTo(models: DocumentModels, find: Finder, from: From, none: () => string): Promise<boolean> {
  const editor = supportedEditor(models);
  if (!editor) return false;
  const doc = editor.document;
  const { outline } = await models.analyse(doc);
  if (!outline.headings.length) {
    void vscode.window.showInformationMessage(messages.noHeadings());
    return false;
  }
  const i = find(outline, doc.offsetAt(from === 'start' ? editor.selection.start : editor.selection.end));
  if (i === null) {
    void vscode.window.setStatusBarMessage(none(), 3000);
    return false;
  }
  const span = markerSpan(outline.headings[i]);
  const sel = new vscode.Selection(doc.positionAt(span.start), doc.positionAt(span.end));
  editor.selection = sel;
  editor.revealRange(sel, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return true;
}

export function registerNavigation(context: vscode.ExtensionContext, models: DocumentModels): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('gangmu.nextHeading', () => goTo(models, nextHeading, 'end', messages.noNext)),
    vscode.commands.registerCommand('gangmu.previousHeading', () => goTo(models, previousHeading, 'start', messages.noPrevious)),
    vscode.commands.registerCommand('gangmu.goToParent', () => goTo(models, parentTarget, 'start', messages.noParent)),
  );
}
