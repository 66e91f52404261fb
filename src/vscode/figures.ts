/**
 * Figures in the editor: the "Gangmu: Extract Figures" command and panel (restored after a
 * reload), and the hover on a figure.
 */
import * as vscode from 'vscode';
import type { DocumentModels } from './documentModel';
import { FiguresPanel, FIGURES_VIEW_TYPE, type FiguresPanelSnapshot } from './figuresPanel';
import { stateUri } from './figuresMessages';
import { registerFigureHover } from './figureHover';
import { exportFigures, markdownText } from './figuresExport';

export function registerFigures(context: vscode.ExtensionContext, models: DocumentModels): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('gangmu.extractFigures', (uri?: unknown): FiguresPanelSnapshot => {
      // From the explorer or editor title the command gets the document's URI; from the palette, nothing.
      const active = vscode.window.activeTextEditor?.document;
      const target =
        uri instanceof vscode.Uri ? vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString()) ?? active : active;
      const panel = FiguresPanel.show(context, models, target && models.isSupported(target) ? target : undefined);
      return panel.snapshot();
    }),
    vscode.window.registerWebviewPanelSerializer(FIGURES_VIEW_TYPE, {
      deserializeWebviewPanel: (panel, state) => FiguresPanel.revive(panel, context, models, stateUri(state)),
    }),
    registerFigureHover(models),
    { dispose: () => FiguresPanel.current?.dispose() },
  );

  // A window into the panel for the integration tests (not in a published build): its state, and
  // webview messages driven through the same validation path the real webview uses.
  if (context.extensionMode !== vscode.ExtensionMode.Production) {
    context.subscriptions.push(
      vscode.commands.registerCommand('gangmu.figures.test', async (action: unknown, arg?: unknown, target?: unknown) => {
        const panel = FiguresPanel.current;
        if (!panel) return null;
        switch (action) {
          case 'state':
            return panel.snapshot();
          case 'message':
            return panel.onMessage(arg);
          case 'export': {
            const source = panel.exportSource();
            if (!source || (arg !== 'csv' && arg !== 'json') || typeof target !== 'string') return null;
            return (await exportFigures(source, arg, null, vscode.Uri.parse(target, true)))?.toString() ?? null;
          }
          case 'markdown': {
            const source = panel.exportSource();
            return source ? markdownText(source, null) : null;
          }
          default:
            return null;
        }
      }),
    );
  }
}
