/**
 * The figures panel on a 3M-character document (the seed ×94, ~32k figures): building the rows
 * and sending them to the webview must not hold the extension host for long at a stretch. On a
 * shared machine absolute times swing several-fold, so the bound is generous; the numbers are
 * printed for the record.
 */
import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import * as vscode from 'vscode';
import type { FiguresPanelSnapshot } from '../../src/vscode/figuresPanel';
import { LagMonitor, describeStalls } from './lagMonitor';
import { describeCorpus } from '../corpusGate';
import { until } from './wait';

const state = async () => vscode.commands.executeCommand<FiguresPanelSnapshot | null>('gangmu.figures.test', 'state');

describeCorpus('figures panel on a large document (integration)', function () {
  this.timeout(180_000);
  let doc: vscode.TextDocument;

  before(async () => {
    const corpus = process.env.GANGMU_CORPUS;
    assert.ok(corpus, 'GANGMU_CORPUS is not set');
    const seed = readFileSync(join(corpus, 'speeches-3.txt'), 'utf8');
    doc = await vscode.workspace.openTextDocument({ language: 'speech', content: Array(94).fill(seed).join('\n') });
    await vscode.window.showTextDocument(doc, vscode.ViewColumn.One);
    // Let the outline and the other providers finish first: the lag measured is the panel's.
    await vscode.commands.executeCommand('vscode.executeDocumentSymbolProvider', doc.uri);
    await new Promise((r) => setTimeout(r, 1500));
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('renders every row without holding the extension host', async () => {
    assert.ok(doc.getText().length > 2_500_000, `the document has ${doc.getText().length} chars`);
    const monitor = new LagMonitor().start();
    const t0 = performance.now();
    try {
      await vscode.commands.executeCommand('gangmu.extractFigures');
      const s = await until(
        'the panel to render the large document',
        state,
        (x) => !!x && x.uri === doc.uri.toString() && x.rendered?.version === doc.version && x.rows.length > 0,
        150_000,
      ) as FiguresPanelSnapshot;
      const took = performance.now() - t0;
      const { max, stalls } = monitor.take();
      console.log(`      large figures panel: ${doc.getText().length} chars, ${s.rows.length} rows in ${took.toFixed(0)} ms; ` +
        `max event-loop lag ${max.toFixed(0)} ms; stalls: ${describeStalls(stalls)}`);
      assert.ok(s.rows.length > 10_000, `only ${s.rows.length} rows`);
      // Figures in page furniture (the compilation's site banner) are hidden until asked for.
      const content = s.rows.filter((r) => !r.furniture).length;
      assert.equal(s.rendered!.rows, content, 'the webview drew every row outside page furniture');
      assert.ok(max < 1000, `the extension host was held ${max.toFixed(0)} ms at a stretch`);
    } finally {
      monitor.stop();
    }
  });
});
