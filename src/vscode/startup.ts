import * as vscode from 'vscode';
import { ignoresLateLanguageDefaults } from './lateDefaults';

/** Our own language, whose editor defaults (`configurationDefaults` → `[speech]`) the manifest sets. */
export const SPEECH = 'speech';


/**
 * Makes the editors that were already showing a `speech` document when VS Code started take our
 * `[speech]` defaults (word wrap on, no ambiguous-character highlighting and its banner).
 *
 * Why: an editor restored at start-up, or opened from the command line or a code-server URL
 * (`payload=[["openFile", …]]`), is created before the extension's contributions are registered.
 * Its document starts as plain text, turns `speech` when our language is registered, and the
 * editor computes its options then — a moment before the `configurationDefaults` extension point
 * registers `[speech]` (it runs later in the same batch and applies its change in a microtask). The
 * configuration change that follows should make the editor recompute, but before VS Code 1.99
 * `affectsConfiguration('editor', {overrideIdentifier})` misses changes that only touch a language
 * override, so the editor keeps wrap off and the banner, also after a reload. Editors opened later
 * are created with the defaults in place and are fine.
 *
 * The signal such an editor does not filter out is a change of its document's language: it then
 * recomputes every option from the configuration, which by the time we activate holds our
 * defaults. So each visible `speech` document is switched to plain text and back once, at
 * activation, on the affected versions only. The text, undo stack, selection and scroll position
 * stay; extensions see the document closed and reopened (as for any language change). The cost:
 * when the extension activates because a speech file was just opened (its editor already right),
 * that editor too flips to plain text and back once; nothing tells the two cases apart.
 */
export async function refreshStartupSpeechEditors(version = vscode.version): Promise<number> {
  if (!ignoresLateLanguageDefaults(version)) return 0;
  const docs = new Set<vscode.TextDocument>();
  for (const editor of vscode.window.visibleTextEditors) {
    if (editor.document.languageId === SPEECH && !editor.document.isClosed) docs.add(editor.document);
  }
  let refreshed = 0;
  for (const doc of docs) {
    try {
      const plain = await vscode.languages.setTextDocumentLanguage(doc, 'plaintext');
      await vscode.languages.setTextDocumentLanguage(plain, SPEECH);
      refreshed++;
    } catch {
      // The document was closed meanwhile, or its language cannot change: nothing to refresh.
    }
  }
  return refreshed;
}

const OUTLINE_SHOWN_KEY = 'gangmu.outlineShown';

/**
 * The first time a `speech` document is active after the extension is installed, opens and
 * expands VS Code's Outline view (in the Explorer, where it starts collapsed at the bottom) without
 * taking the focus from the editor: the outline is what the extension is for. Once only, remembered
 * in the extension's global state; after that the layout is the user's, and VS Code keeps the
 * view's expanded or collapsed state itself.
 */
export function revealOutlineOnce(context: vscode.ExtensionContext): void {
  if (context.globalState.get<boolean>(OUTLINE_SHOWN_KEY)) return;
  let done = false;
  const tryReveal = (editor: vscode.TextEditor | undefined): void => {
    if (done || editor?.document.languageId !== SPEECH) return;
    done = true;
    sub.dispose();
    void context.globalState.update(OUTLINE_SHOWN_KEY, true);
    void vscode.commands.executeCommand('outline.focus', { preserveFocus: true }).then(undefined, () => undefined);
  };
  const sub = vscode.window.onDidChangeActiveTextEditor(tryReveal);
  context.subscriptions.push(sub);
  tryReveal(vscode.window.activeTextEditor);
}
