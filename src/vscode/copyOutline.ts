import * as vscode from 'vscode';
import type { Outline } from '../core';
import { positionAt } from '../core/lines';
import type { DocumentModels } from './documentModel';
import { messages } from './l10n';
import { supportedEditor } from './navigation';

/**
 * Stand-in until `src/core/export.ts` (`outlineToMarkdown(outline, {maxLevel})`) lands: a nested
 * Markdown list, two spaces per level, the heading as written. Swap the call in `renderOutline`.
 */
function markdownList(outline: Outline, maxLevel: number): string {
  return outline.headings
    .filter((h) => h.level <= maxLevel)
    .map((h) => `${'  '.repeat(Math.max(0, h.level - 1))}- ${(h.marker + h.title).replace(/\s+/g, ' ').trim()}`)
    .join('\n') + '\n';
}

function plainText(outline: Outline, maxLevel: number): string {
  return outline.headings
    .filter((h) => h.level <= maxLevel)
    .map((h) => `${'\u3000'.repeat(Math.max(0, h.level - 1))}${(h.marker + h.title).replace(/\s+/g, ' ').trim()}`)
    .join('\n') + '\n';
}

function json(outline: Outline, maxLevel: number): string {
  const headings = outline.headings
    .filter((h) => h.level <= maxLevel)
    .map((h) => {
      const p = positionAt(outline.lineStarts, h.start);
      return { line: p.line + 1, col: p.col, marker: h.marker, family: h.family, level: h.level, title: h.title, parent: h.parent };
    });
  return JSON.stringify({ headings }, null, 2) + '\n';
}

export type OutlineFormat = 'markdown' | 'json' | 'text';

export function renderOutline(outline: Outline, format: OutlineFormat, maxLevel = Infinity): string {
  if (format === 'json') return json(outline, maxLevel);
  if (format === 'text') return plainText(outline, maxLevel);
  return markdownList(outline, maxLevel);
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
      const { outline } = models.get(editor.document);
      if (!outline.headings.length) {
        void vscode.window.showInformationMessage(messages.noHeadings());
        return undefined;
      }
      const depth = typeof args?.depth === 'number' ? args.depth : await pickDepth(outline);
      if (depth === undefined) return undefined;
      const text = renderOutline(outline, 'markdown', depth);
      await vscode.env.clipboard.writeText(text);
      void vscode.window.setStatusBarMessage(messages.copied(countUpTo(outline, depth)), 4000);
      return text;
    }),
    vscode.commands.registerCommand('gangmu.exportOutline', async (args?: ExportArgs) => {
      const editor = supportedEditor(models);
      if (!editor) return undefined;
      const doc = editor.document;
      const { outline } = models.get(doc);
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
      const text = renderOutline(outline, format, args?.depth ?? Infinity);
      await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
      void vscode.window.showInformationMessage(messages.exported(uri.scheme === 'file' ? uri.fsPath : uri.toString()));
      return uri;
    }),
  );
}
