/**
 * Large documents inside a real VS Code: how long the extension host's main thread is held
 * (event-loop lag, measured from inside it) while a 3-million-character speech is opened, its
 * symbols and folding are asked for, and it is typed in — next to a baseline where VS Code serves
 * the same number of symbols from a trivial provider, which is the floor our providers cannot
 * go below (VS Code converts and sends every symbol over the remote connection).
 * Timings and lags are printed; GANGMU_TIMING_STRICT=1 turns the targets into assertions.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { parseOutline } from '../../src/core';
import { buildOutlineTree, type OutlineNode } from '../../src/core/outlineTree';
import { loadCorpus } from '../../scripts/corpus';
import { LagMonitor, describeStalls } from './lagMonitor';

const EXTENSION_ID = 'gangmu.gangmu';
const BASELINE_LANGUAGE = 'log'; // built into VS Code, not read by Gangmu

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

function countSymbols(symbols: vscode.DocumentSymbol[]): number {
  let n = 0;
  for (const s of symbols) n += 1 + countSymbols(s.children ?? []);
  return n;
}

function mark(what: string): void {
  if (process.env.GANGMU_TRACE) console.log(`  [gangmu-trace ${Math.round(performance.now())}] TEST ${what}`);
}

interface Run {
  open: number;
  first: number;
  edited: number;
  typed: number;
  count: number;
  lag: { open: number; first: number; edited: number; typing: number; settle: number };
  stalls: string;
}

/** Open, show, ask for symbols, edit one character, ask again, type five characters, settle. */
async function exercise(label: string, content: string, language: string): Promise<Run> {
  const lag = new LagMonitor().start();
  try {
    mark(`${label}: open`);
    let t0 = performance.now();
    const doc = await vscode.workspace.openTextDocument({ language, content });
    const editor = await vscode.window.showTextDocument(doc);
    const open = performance.now() - t0;
    const openLag = lag.take();
    const symbols = async () =>
      (await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', doc.uri)) ?? [];

    mark(`${label}: first call`);
    t0 = performance.now();
    const count = countSymbols(await symbols());
    const first = performance.now() - t0;
    const firstLag = lag.take();

    mark(`${label}: edit`);
    const middle = doc.positionAt(Math.floor(content.length / 2));
    await editor.edit((e) => e.insert(middle, '，'));
    t0 = performance.now();
    const editedCount = countSymbols(await symbols());
    const edited = performance.now() - t0;
    const editedLag = lag.take();
    assert.equal(editedCount, count, `${label}: a comma changes no heading`);

    mark(`${label}: typing`);
    // Five keystrokes 80 ms apart, as a reader fixing a typo would; then the symbols of the last version.
    for (const ch of '一二三四五') {
      await editor.edit((e) => e.insert(middle, ch));
      await sleep(80);
    }
    t0 = performance.now();
    await symbols();
    const typed = performance.now() - t0;
    const typingLag = lag.take();

    mark(`${label}: settle`);
    await sleep(1500);
    const settleLag = lag.take();
    mark(`${label}: done`);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    const all = [openLag, firstLag, editedLag, typingLag, settleLag];
    return {
      open,
      first,
      edited,
      typed,
      count,
      lag: { open: openLag.max, first: firstLag.max, edited: editedLag.max, typing: typingLag.max, settle: settleLag.max },
      stalls: describeStalls(all.flatMap((l) => l.stalls)),
    };
  } finally {
    lag.stop();
  }
}

function report(label: string, chars: number, r: Run): void {
  const l = r.lag;
  console.log(
    `  RESPONSIVENESS ${label} (${chars.toLocaleString('en')} chars, ${r.count} symbols): open+show ${r.open.toFixed(0)} ms, ` +
      `symbols first ${r.first.toFixed(0)} ms, after an edit ${r.edited.toFixed(0)} ms, after typing ${r.typed.toFixed(0)} ms\n` +
      `    max event-loop lag: open ${l.open.toFixed(0)}, first ${l.first.toFixed(0)}, edit ${l.edited.toFixed(0)}, typing ${l.typing.toFixed(0)}, settle ${l.settle.toFixed(0)} ms; stalls: ${r.stalls}`,
  );
}

/** The same shape as our symbols (nesting, ranges), built once before the baseline runs. */
function toSymbols(nodes: OutlineNode[], doc: { positionAt(o: number): vscode.Position }): vscode.DocumentSymbol[] {
  return nodes.map((n) => {
    const range = new vscode.Range(doc.positionAt(n.start), doc.positionAt(n.end));
    const s = new vscode.DocumentSymbol(n.name, 'level', vscode.SymbolKind.String, range, range);
    s.children = toSymbols(n.children, doc);
    return s;
  });
}

describe('responsiveness: a 3M-character document keeps the extension host responsive', function () {
  this.timeout(300_000);
  const seed = loadCorpus().find((d) => d.name === 'speeches-3')!.text;
  const big = seed.repeat(Math.ceil(3_000_000 / seed.length));

  before(async () => {
    await vscode.extensions.getExtension(EXTENSION_ID)!.activate();
  });

  it('baseline: VS Code serving as many symbols from a trivial provider', async () => {
    // Built before the clock starts: positions from a throwaway document of the same text.
    const probe = await vscode.workspace.openTextDocument({ language: BASELINE_LANGUAGE, content: big });
    const canned = toSymbols(buildOutlineTree(big, parseOutline(big, {})), probe);
    const registration = vscode.languages.registerDocumentSymbolProvider({ language: BASELINE_LANGUAGE }, { provideDocumentSymbols: () => canned });
    try {
      const r = await exercise('baseline', big, BASELINE_LANGUAGE);
      report('baseline (trivial provider)', big.length, r);
      assert.equal(r.count, countSymbols(canned));
    } finally {
      registration.dispose();
    }
  });

  it('Gangmu on a speech document: open, symbols, an edit, typing', async () => {
    const r = await exercise('gangmu', big, 'speech');
    report('gangmu', big.length, r);
    assert.ok(r.count > 10_000, `${r.count} symbols`);
    if (process.env.GANGMU_TIMING_STRICT) {
      assert.ok(r.edited < 300, `symbols after an edit took ${r.edited.toFixed(0)} ms`);
      assert.ok(Math.max(r.lag.first, r.lag.edited, r.lag.typing, r.lag.settle) < 300, `the extension host stalled: ${r.stalls}`);
    }
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });
});
