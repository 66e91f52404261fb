import * as vscode from 'vscode';
import type { Outline } from '../core';
import { outlineToJson, outlineToMarkdown, outlineToText } from '../core/export';
import type { DocumentModels } from './documentModel';
import { messages } from './l10n';
import { supportedEditor } from './navigation';
import { writeExport } from './exportFile';

export type OutlineFormat = 'markdown' | 'json' | 'text';

/** The same renderings as the CLI (`src/core/export.ts`), so a copied 提纲 matches `gangmu outline --markdown`. */
export function renderOutline(text: string, outline: Outline, format: OutlineFormat, maxLevel?: number): string {
  const options = maxLevel !== undefined && Number.isFinite(maxLevel) ? { maxLevel } : {};
  if (format === 'json') return JSON.stringify(outlineToJson(outline, options), null, 2) + '\n';
  if (format === 'text') return outlineToText(text, outline, options);
  return outlineToMarkdown(text, outline, options);
}

function countUpTo(outline: Outline, maxLevel: number): number {
  return outline.headings.filter((h) => h.level <= maxLevel).length;
}

/** Depth chosen in a quick pick (1–6 or all), or undefined when dismissed. */
async function pickDepth(outline: Outline): Promise<number | undefined> {
  const deepest = outline.headings.reduce((m, h) => Math.max(m, h.level), 0);
  type Item = vscode.QuickPickItem & { depth: number };
  const items: Item[] = [{ label: messages.depthAll(), description: messages.depthCount(outline.headings.length), depth: Infinity }];
  for (let n = 1; n <= Math.min(6, deepest - 1); n++) {
    items.push({ label: messages.depthN(n), description: messages.depthCount(countUpTo(outline, n)), depth: n });
  }
  if (items.length === 1) return Infinity;
  const picked = await vscode.window.showQuickPick(items, { placeHolder: messages.pickDepth() });
  return picked?.depth;
}

/** Arguments tests and keybindings may pass to skip the pickers. */
interface CopyArgs {
  depth?: number;
}
interface ExportArgs extends CopyArgs {
  uri?: vscode.Uri;
  format?: OutlineFormat;
}

export function registerOutlineCommands(context: vscode.ExtensionContext, models: DocumentModels): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('gangmu.copyOutline', async (args?: CopyArgs) => {
      const editor = supportedEditor(models);
      if (!editor) return undefined;
      const { outline, text: docText } = await models.analyse(editor.document);
      if (!outline.headings.length) {
        void vscode.window.showInformationMessage(messages.noHeadings());
        return undefined;
      }
      const depth = typeof args?.depth === 'number' ? args.depth : await pickDepth(outline);
      if (depth === undefined) return undefined;
      const text = renderOutline(docText, outline, 'markdown', depth);
      await vscode.env.clipboard.writeText(text);
      void vscode.window.setStatusBarMessage(messages.copied(countUpTo(outline, depth)), 4000);
      return text;
    }),
    vscode.commands.registerCommand('gangmu.exportOutline', async (args?: ExportArgs) => {
      const editor = supportedEditor(models);
      if (!editor) return undefined;
      const doc = editor.document;
      const { outline, text: docText } = await models.analyse(doc);
      if (!outline.headings.length) {
        void vscode.window.showInformationMessage(messages.noHeadings());
        return undefined;
      }
      const filters: Record<string, string[]> = {
        [messages.filterMarkdown()]: ['md'],
        [messages.filterJson()]: ['json'],
        [messages.filterText()]: ['txt'],
      };
      const base = doc.uri.path.replace(/\.[^./]*$/, '');
      const uri =
        args?.uri ??
        (await vscode.window.showSaveDialog({
          title: messages.exportTitle(),
          filters,
          defaultUri: doc.isUntitled ? undefined : doc.uri.with({ path: `${base}.outline.md` }),
        }));
      if (!uri) return undefined;
      const ext = uri.path.toLowerCase().split('.').pop();
      const format: OutlineFormat = args?.format ?? (ext === 'json' ? 'json' : ext === 'txt' ? 'text' : 'markdown');
      const text = renderOutline(docText, outline, format, args?.depth);
      if (!(await writeExport(uri, text))) return undefined;
      void vscode.window.showInformationMessage(messages.exported(uri.scheme === 'file' ? uri.fsPath : uri.toString()));
      return uri;
    }),
  );
}
