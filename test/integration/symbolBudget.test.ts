/**
 * The Outline's symbol budget (`gangmu.outline.maxSymbols`, issue 10) inside a real VS Code: a
 * generated report with more headings than the budget gets the tree of its top levels, whole;
 * changing the setting takes effect at once; folding keeps every heading. The document is our
 * own synthetic text. With GANGMU_SYMBOL_BUDGET_TIMING=1 it also times the symbol round trip on
 * 3M characters (the corpus seed repeated; first call and after an edit), with and without the cap.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { parseOutline } from '../../src/core';
import { outlineFoldRegions } from '../../src/core/outline/folding';
import type { GangmuExports } from '../../src/vscode/extension';
import { hasCorpus, referenceCorpus } from '../corpusGate';
import { loadavg } from 'node:os';
import { threadCpu, trace } from '../../src/vscode/perfTrace';

const EXTENSION_ID = 'gangmu.gangmu';
const DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1…99 in Chinese numerals (十一, 二十, 二十三). */
function cn(n: number): string {
  if (n < 10) return DIGITS[n];
  const tens = Math.floor(n / 10);
  return (tens === 1 ? '' : DIGITS[tens]) + '十' + DIGITS[n % 10];
}

/** A report: a title over `parts` 一、 parts, each with `subs` （一） sections of `items` numbered points. */
function report(parts: number, subs: number, items: number): string {
  const lines = ['关于示范区建设进展情况的报告', ''];
  for (let a = 1; a <= parts; a++) {
    lines.push(`${cn(a)}、第${a}部分的工作`, '这一部分说明有关情况，提出下一步打算。');
    for (let b = 1; b <= subs; b++) {
      lines.push(`（${cn(b)}）第${b}个方面。推进有关工作，取得一定进展。`);
      for (let c = 1; c <= items; c++) lines.push(`${c}.第${c}项任务。`, `落实有关要求，完成投资${c}.5亿元。`);
    }
  }
  return lines.join('\n') + '\n';
}

function flatten(symbols: vscode.DocumentSymbol[], depth = 1, out: { s: vscode.DocumentSymbol; depth: number }[] = []) {
  for (const s of symbols) {
    out.push({ s, depth });
    flatten(s.children ?? [], depth + 1, out);
  }
  return out;
}

async function symbolsOf(doc: vscode.TextDocument): Promise<{ s: vscode.DocumentSymbol; depth: number }[]> {
  const all = (await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', doc.uri)) ?? [];
  return flatten(all);
}

async function setMax(value: number | undefined): Promise<void> {
  await vscode.workspace.getConfiguration('gangmu').update('outline.maxSymbols', value, vscode.ConfigurationTarget.Global);
  await new Promise((r) => setTimeout(r, 300));
}

describe('outline symbol budget (gangmu.outline.maxSymbols)', function () {
  this.timeout(180_000);
  let api: GangmuExports;
  let doc: vscode.TextDocument;
  // 1 title + 10 parts + 200 sections + 3,000 points: four levels, 3,211 headings.
  const text = report(10, 20, 15);

  before(async () => {
    api = (await vscode.extensions.getExtension<GangmuExports>(EXTENSION_ID)!.activate())!;
    await setMax(undefined);
    doc = await vscode.workspace.openTextDocument({ language: 'speech', content: text });
    await vscode.window.showTextDocument(doc);
  });

  after(async () => {
    await setMax(undefined);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('the generated report has four levels and 3,211 headings in the engine', () => {
    const outline = parseOutline(text, { format: 'plain' });
    assert.equal(outline.headings.length, 3211);
    assert.deepEqual([1, 2, 3, 4].map((l) => outline.headings.filter((h) => h.level === l).length), [1, 10, 200, 3000]);
  });

  it('above the default budget of 2,000, the Outline gets levels 1–3 whole (211 symbols)', async () => {
    const symbols = await symbolsOf(doc);
    assert.equal(symbols.length, 211);
    assert.equal(Math.max(...symbols.map((x) => x.depth)), 3);
    assert.equal(symbols.filter((x) => x.depth === 3).length, 200, 'every （一） section, none cut in the middle');
    assert.ok(symbols.filter((x) => x.depth === 3).every((x) => x.s.children.length === 0));
    assert.deepEqual(api.outlineBudget(doc.uri), { depth: 3, levels: 4, shown: 211, total: 3211, capped: true, overBudget: false });
  });

  it('the status bar says what is shown, in the display language, and how to get the rest', () => {
    const status = api.outlineStatus();
    assert.ok(status, 'shown for the capped document in front');
    console.log(`  status bar (${vscode.env.language}): ${status.text}`);
    if (vscode.env.language.startsWith('zh')) {
      assert.match(status.text, /大纲：第 1–3 级（共 4 级）/);
      assert.match(status.tooltip, /3,211 个标题中的 211 个/);
      assert.match(status.tooltip, /gangmu\.outline\.maxSymbols/);
    } else {
      assert.match(status.text, /Outline: levels 1–3 of 4/);
      assert.match(status.tooltip, /211 of 3,211 headings/);
      assert.match(status.tooltip, /gangmu\.outline\.maxSymbols; 0 means no limit/);
      assert.match(status.tooltip, /Go to Symbol/);
    }
  });

  it('folding keeps every heading of the full outline', async () => {
    const folds = (await vscode.commands.executeCommand<vscode.FoldingRange[]>('vscode.executeFoldingRangeProvider', doc.uri)) ?? [];
    const regions = outlineFoldRegions(text, parseOutline(text, { format: 'plain' }));
    assert.ok(regions.length > 3000);
    assert.deepEqual(folds.map((f) => [f.start, f.end]), regions.map((r) => [r.startLine, r.endLine]));
  });

  it('a setting change takes effect: 0 shows everything, 100 shows levels 1–2', async () => {
    await setMax(0);
    let symbols = await symbolsOf(doc);
    assert.equal(symbols.length, 3211);
    assert.equal(Math.max(...symbols.map((x) => x.depth)), 4);
    assert.equal(api.outlineBudget(doc.uri), undefined, 'not capped: the status item is hidden');

    await setMax(100);
    symbols = await symbolsOf(doc);
    assert.equal(symbols.length, 11);
    assert.equal(Math.max(...symbols.map((x) => x.depth)), 2);
    assert.equal(api.outlineBudget(doc.uri)?.depth, 2);

    await setMax(5); // the top level alone (the title) fits; its ten parts do not
    symbols = await symbolsOf(doc);
    assert.equal(symbols.length, 1);
    assert.deepEqual(api.outlineBudget(doc.uri), { depth: 1, levels: 4, shown: 1, total: 3211, capped: true, overBudget: false });
  });

  it('after an edit, the capped tree follows the new text', async () => {
    await setMax(undefined);
    const editor = await vscode.window.showTextDocument(doc);
    // One more part with a section of 15 points at the end: 1 + 1 more symbol at levels 2–3.
    const extra = '\n' + `${cn(11)}、第11部分的工作\n说明情况。\n（一）第1个方面。推进工作。\n` + Array.from({ length: 15 }, (_, i) => `${i + 1}.第${i + 1}项任务。落实要求。`).join('\n') + '\n';
    await editor.edit((e) => e.insert(doc.positionAt(doc.getText().length), extra));
    const symbols = await symbolsOf(doc);
    assert.equal(symbols.length, 213);
    assert.equal(api.outlineBudget(doc.uri)?.total, 3211 + 17);
    await vscode.commands.executeCommand('undo');
  });

  it('a small document is never capped', async () => {
    const small = await vscode.workspace.openTextDocument({ language: 'speech', content: report(2, 2, 3) });
    await vscode.window.showTextDocument(small);
    const symbols = await symbolsOf(small);
    assert.equal(symbols.length, 1 + 2 + 4 + 12);
    assert.equal(api.outlineBudget(small.uri), undefined);
    assert.equal(api.outlineStatus(), undefined, 'hidden while an uncapped document is in front');
  });

  // Issue 10's measurement: the symbol round trip on 3M characters, first call and after an edit.
  (process.env.GANGMU_SYMBOL_BUDGET_TIMING ? it : it.skip)('times the round trip on 3M characters, with and without the cap', async function () {
    this.timeout(900_000);
    // The seed speech repeated, as in issue 3 and issue 10 (12,878 headings), when the corpus is here.
    const seed = hasCorpus ? referenceCorpus().find((d) => d.name === 'speeches-3')?.text : undefined;
    const unit = seed ?? report(10, 20, 15);
    const content = unit.repeat(Math.ceil(3_000_000 / unit.length));
    // Before/after in the same run, alternating: `before` switches off issue 10's steps (analysis
    // started on open and edit, highlight spans read from the packed outline).
    const BEFORE = 'eager,spans';
    const plan = [
      ['capped (default 2,000), before', undefined, BEFORE],
      ['capped (default 2,000), after', undefined, ''],
      ['capped (default 2,000), before, again', undefined, BEFORE],
      ['capped (default 2,000), after, again', undefined, ''],
      ['no cap (0), before', 0, BEFORE],
      ['no cap (0), after', 0, ''],
    ] as const;
    const saved = process.env.GANGMU_ANALYSIS_OFF;
    const rounds = Number(process.env.GANGMU_SYMBOL_BUDGET_ROUNDS) || plan.length;
    for (const [label, max, off] of plan.slice(0, rounds)) {
      await setMax(max);
      process.env.GANGMU_ANALYSIS_OFF = off;
      api.restartAnalysisWorker(); // every round starts with a fresh worker, as after activation
      // Test-side marks on the clock the extension's trace uses (one process): where the wall goes.
      const mark = (what: string) => trace(`test: ${what}`);
      mark(`${label}: open`);
      const d = await vscode.workspace.openTextDocument({ language: 'speech', content });
      mark('opened');
      const editor = await vscode.window.showTextDocument(d);
      mark('shown; asking for symbols');
      let t0 = performance.now();
      let c0 = threadCpu().cpu;
      const first = await symbolsOf(d);
      const firstMs = performance.now() - t0;
      const firstCpu = threadCpu().cpu - c0;
      mark('first symbols received; editing');
      await editor.edit((e) => e.insert(new vscode.Position(1, 0), '，'));
      mark('edit applied; asking for symbols');
      t0 = performance.now();
      c0 = threadCpu().cpu;
      const edited = await symbolsOf(d);
      mark('symbols after the edit received');
      const editedMs = performance.now() - t0;
      const editedCpu = threadCpu().cpu - c0;
      // The same version again: VS Code answers from its own outline cache without asking us, so
      // this is the bare cost of VS Code's command round trip at this moment.
      t0 = performance.now();
      await symbolsOf(d);
      const againMs = performance.now() - t0;
      mark('symbols of the same version again received');
      console.log(
        `  SYMBOL BUDGET TIMING ${label}: ${content.length.toLocaleString('en')} chars, ${first.length} symbols; first call ${firstMs.toFixed(0)} ms, ` +
          `after an edit ${editedMs.toFixed(0)} ms (${edited.length} symbols), same version again ${againMs.toFixed(0)} ms; extension-host thread CPU ${firstCpu.toFixed(0)} / ${editedCpu.toFixed(0)} ms; load ${loadavg()[0].toFixed(1)}`,
      );
      // Let the checks and highlight of this round finish before the next one opens a document.
      await new Promise((r) => setTimeout(r, 1500));
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
    process.env.GANGMU_ANALYSIS_OFF = saved ?? '';
  });
});
