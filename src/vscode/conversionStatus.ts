import * as vscode from 'vscode';
import type { ConvertKind } from '../convert/load';
import type { ConversionInfo, ReceivedFiles } from './openAsText';
import { localized, uiIsChinese } from './l10n';

export const SHOW_CONVERSION_NOTES = 'gangmu.showConversionNotes';

/** "Converted from …" whole, so that each language words it its own way. */
const CONVERTED_FROM: Record<ConvertKind, () => string> = {
  docx: () => vscode.l10n.t('Converted from Word'),
  pdf: () => vscode.l10n.t('Converted from PDF'),
  html: () => vscode.l10n.t('Converted from a web page'),
};

/**
 * Says, while a converted document (Word, PDF, web page opened as text) is in front, that its text
 * is a conversion and what the conversion left out or changed: "Converted from PDF · 2 notes", the
 * notes in the tooltip, a click lists them in a message.
 *
 * A status bar item rather than a diagnostic at line 1: the Problems panel holds the numbering
 * checks' findings, which the reader can act on; a note about the conversion of a read-only text
 * cannot be fixed there, would put a squiggle under the title, and would stay in the list with the
 * document closed. The status bar is where VS Code already says how a file was read (encoding, line
 * ends, language): the item is there while the document is in front and gone for the others.
 */
export class ConversionStatus implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('gangmu.conversion', vscode.StatusBarAlignment.Right, 101);
  private readonly listeners: vscode.Disposable[];
  private visible = false;

  constructor(private readonly files: ReceivedFiles) {
    this.item.name = vscode.l10n.t('Gangmu conversion notes');
    this.item.command = { title: vscode.l10n.t('Show the conversion notes'), command: SHOW_CONVERSION_NOTES };
    this.listeners = [
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      files.onDidConvert((uri) => {
        if (vscode.window.activeTextEditor?.document.uri.toString() === uri.toString()) this.update();
      }),
      vscode.commands.registerCommand(SHOW_CONVERSION_NOTES, () => this.showNotes()),
    ];
    this.update();
  }

  /** What the status bar shows now (nothing when hidden), for tests. */
  shown(): { text: string; tooltip: string } | undefined {
    this.update();
    return this.visible ? { text: this.item.text, tooltip: String(this.item.tooltip ?? '') } : undefined;
  }

  private info() {
    const doc = vscode.window.activeTextEditor?.document;
    return doc && this.files.infoOf(doc.uri);
  }

  private update(): void {
    const info = this.info();
    if (!info) {
      this.item.hide();
      this.visible = false;
      return;
    }
    const from = CONVERTED_FROM[info.kind]();
    const n = info.notes.length;
    const count = n === 0 ? '' : n === 1 ? vscode.l10n.t('1 note') : vscode.l10n.t('{0} notes', n);
    this.item.text = `$(file-symlink-file) ${from}${count ? ` · ${count}` : ''}`;
    this.item.tooltip = [`${info.name}: ${from}`, vscode.l10n.t('The text is read-only; the file itself is unchanged.'), ...this.notes(info).map((t) => `• ${t}`)].join('\n');
    this.item.accessibilityInformation = { label: count ? `${from}, ${count}` : from };
    this.item.show();
    this.visible = true;
  }

  private notes(info: ConversionInfo): string[] {
    return info.notes.map(localized);
  }

  private showNotes(): void {
    const info = this.info();
    if (!info) return;
    const notes = this.notes(info);
    const head = `${info.name}: ${CONVERTED_FROM[info.kind]()}`;
    void vscode.window.showInformationMessage(notes.length === 0 ? head : uiIsChinese() ? `${head}。${notes.join('；')}。` : `${head}. ${notes.join('; ')}.`);
  }

  dispose(): void {
    for (const l of this.listeners) l.dispose();
    this.item.dispose();
  }
}
