/**
 * Reading features inside a real VS Code: document symbols, folding, commands, settings and
 * re-parsing after an edit, on every corpus document and on our sample speech, checked against the
 * engine (run here on the same text) and the gold. Prints the timings issue 3 asks for.
 * Without the reference corpus (a bare clone) the corpus suites skip (test/corpusGate.ts); the
 * sample, command and settings suites run on `samples/`.
 */
import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { parseOutline } from '../../src/core';
import type { MarkerFamily, Outline } from '../../src/core';
import { buildOutlineTree, headingName, type OutlineNode } from '../../src/core/outline/tree';
import { outlineFoldRegions } from '../../src/core/outline/folding';
import { markerSpan } from '../../src/core/outline/navigation';
import { outlineToMarkdown } from '../../src/core/export';
import { loadSamples, type GoldDoc } from '../../scripts/corpus';
import { describeCorpus, referenceCorpus } from '../corpusGate';
import { LagMonitor, describeStalls } from './lagMonitor';
import { sleep } from './wait';
import { workspaceDir } from './workspace';

const EXTENSION_ID = 'gangmu.gangmu';
const ALL_FAMILIES: MarkerFamily[] = ['title', 'md', 'cn-dun', 'cn-paren', 'arabic-dot', 'arabic-paren', 'circled', 'di', 'shi', 'yao', 'qi', 'shouxian'];

async function open(name: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(join(workspaceDir(), name));
  return vscode.window.showTextDocument(doc);
}

function engine(doc: vscode.TextDocument, families = ALL_FAMILIES): Outline {
  return parseOutline(doc.getText(), { format: doc.languageId === 'markdown' ? 'markdown' : 'plain', families });
}

/** Our symbols only: in Markdown, VS Code's own provider contributes too (its symbols carry no "level" detail). */
async function ourSymbols(doc: vscode.TextDocument): Promise<vscode.DocumentSymbol[]> {
  const all = (await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', doc.uri)) ?? [];
  return all.filter((s) => 'children' in s && /\d/.test(s.detail ?? ''));
}

function preorder(symbols: vscode.DocumentSymbol[], depth = 1, out: { s: vscode.DocumentSymbol; depth: number; parent: vscode.DocumentSymbol | null }[] = [], parent: vscode.DocumentSymbol | null = null) {
  for (const s of symbols) {
    out.push({ s, depth, parent });
    preorder(s.children, depth + 1, out, s);
  }
  return out;
}

function nodesPreorder(nodes: OutlineNode[], out: OutlineNode[] = []): OutlineNode[] {
  for (const n of nodes) {
    out.push(n);
    nodesPreorder(n.children, out);
  }
  return out;
}

async function ourFolds(doc: vscode.TextDocument): Promise<vscode.FoldingRange[]> {
  return (await vscode.commands.executeCommand<vscode.FoldingRange[]>('vscode.executeFoldingRangeProvider', doc.uri)) ?? [];
}

async function setSetting(key: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration('gangmu').update(key, value, vscode.ConfigurationTarget.Global);
  await new Promise((r) => setTimeout(r, 100));
}

const corpus: GoldDoc[] = referenceCorpus();

/** Our sample speech: every family at four levels, inline runs, idioms that only look like markers. */
const SPEECH = 'samples/speech.speech';

describeCorpus('outline: symbols and folding on every corpus document', function () {
  before(async () => {
    await vscode.extensions.getExtension(EXTENSION_ID)!.activate();
  });

  it('finds the corpus', () => {
    assert.ok(corpus.length >= 6, `corpus has ${corpus.length} documents`);
  });

  for (const gold of corpus) {
    const file = gold.path.split('/').pop()!;
    describe(file, () => {
      let doc: vscode.TextDocument;
      let outline: Outline;
      let symbols: vscode.DocumentSymbol[];
      before(async () => {
        doc = (await open(file)).document;
        outline = engine(doc);
        symbols = await ourSymbols(doc);
      });

      it('symbols mirror the engine: one per heading, named as written, nested by parent, selection at the marker', () => {
        const text = doc.getText();
        const expected = nodesPreorder(buildOutlineTree(text, outline));
        const shown = doc.languageId !== 'markdown' || outline.headings.some((h) => h.family !== 'md');
        const got = preorder(symbols);
        assert.equal(got.length, shown ? expected.length : 0);
        if (!shown) return;
        got.forEach(({ s, depth, parent }, k) => {
          const n = expected[k];
          const h = n.heading;
          assert.equal(s.name, headingName(text, h));
          assert.equal(doc.offsetAt(s.selectionRange.start), h.start, s.name);
          assert.equal(doc.offsetAt(s.selectionRange.end), Math.max(h.titleEnd, h.start), s.name);
          assert.ok(s.range.contains(s.selectionRange), `${s.name}: range holds selection`);
          if (parent) {
            assert.ok(parent.range.contains(s.range), `${s.name} inside ${parent.name}`);
            assert.equal(parent.name, headingName(text, outline.headings[h.parent!]));
          }
          // Every part runs to the next heading at the same or a higher level.
          const after = text.slice(doc.offsetAt(s.range.end), h.end);
          assert.equal(after.trim().replace(/[\u200b\ufeff]/g, ''), '', `${s.name}: range covers its part`);
          assert.ok(depth >= 1);
        });
      });

      it('symbols agree with the gold annotation (positions and nesting)', () => {
        const got = preorder(symbols);
        if (doc.languageId === 'markdown' && !got.length) return; // only `#` headings: VS Code's own outline shows them
        const at = new Map(got.map((g) => [`${g.s.selectionRange.start.line}:${g.s.selectionRange.start.character}`, g]));
        let found = 0;
        let sameParent = 0;
        for (const g of gold.headings) {
          const hit = at.get(`${g.line - 1}:${g.col}`);
          if (!hit) continue;
          found++;
          const gp = g.parent === null ? null : gold.headings[g.parent];
          const hp = hit.parent?.selectionRange.start;
          if ((gp === null && !hp) || (gp && hp && hp.line === gp.line - 1 && hp.character === gp.col)) sameParent++;
        }
        const recall = found / Math.max(1, gold.headings.length);
        console.log(`  ${file}: ${got.length} symbols, gold ${gold.headings.length}, found at gold position ${found} (${(recall * 100).toFixed(0)}%), same parent ${sameParent}`);
        assert.ok(recall >= 0.8, `only ${found} of ${gold.headings.length} gold headings have a symbol at their marker`);
        assert.ok(sameParent >= 0.8 * found, `only ${sameParent} of ${found} found headings have the gold parent`);
      });

      it('folding holds a region for every multi-line part, nested so Fold Level works', async () => {
        const folds = await ourFolds(doc);
        const expected = outlineFoldRegions(doc.getText(), outline);
        const have = new Set(folds.map((f) => `${f.start}-${f.end}`));
        const missing = expected.filter((r) => !have.has(`${r.startLine}-${r.endLine}`));
        assert.deepEqual(missing, [], 'regions missing from executeFoldingRangeProvider');
        for (const r of expected) {
          const h = outline.headings.find((x) => doc.positionAt(x.start).line === r.startLine)!;
          assert.ok(h, `region at ${r.startLine} starts on a heading line`);
        }
      });
    });
  }

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });
});

describe('outline: the sample speech in VS Code, against its gold', function () {
  const gold = loadSamples().find((d) => d.name === 'speech')!;
  let doc: vscode.TextDocument;
  let got: ReturnType<typeof preorder>;
  before(async () => {
    await vscode.extensions.getExtension(EXTENSION_ID)!.activate();
    doc = (await open(SPEECH)).document;
    got = preorder(await ourSymbols(doc));
  });

  it('opens in the speech language, with the text the gold annotates', () => {
    assert.equal(doc.languageId, 'speech');
    assert.equal(doc.getText(), gold.text);
  });

  it('one symbol per gold heading, in order: at the marker, named marker + title, at the gold depth under the gold parent', () => {
    // The engine scores 1.0 on this sample today (test/unit/samples.test.ts); the symbols must show it.
    assert.equal(got.length, gold.headings.length, got.map((g) => g.s.name).join(' | '));
    got.forEach(({ s, depth, parent }, k) => {
      const g = gold.headings[k];
      const at = `${g.line}:${g.col} ${g.marker}${g.title}`;
      assert.deepEqual([s.selectionRange.start.line, s.selectionRange.start.character], [g.line - 1, g.col], at);
      assert.equal(s.name, g.marker + g.title, at);
      assert.equal(depth, g.level, at);
      const gp = g.parent === null ? null : gold.headings[g.parent];
      if (gp === null) assert.equal(parent, null, at);
      else assert.deepEqual([parent?.selectionRange.start.line, parent?.selectionRange.start.character], [gp.line - 1, gp.col], at);
    });
  });

  it('no symbol for the lines that only look like markers (第一要务, 一以贯之, 一方面, 第一书记, 一季度)', () => {
    const text = doc.getText();
    for (const phrase of ['第一要务', '一以贯之', '一方面', '另一方面', '第一书记', '一季度']) {
      let from = text.indexOf(phrase);
      assert.ok(from >= 0, phrase);
      for (; from >= 0; from = text.indexOf(phrase, from + 1)) {
        const p = doc.positionAt(from);
        assert.ok(!got.some(({ s }) => s.selectionRange.start.isEqual(p)), `a symbol at ${phrase} (${p.line + 1}:${p.character})`);
      }
    }
  });

  it('folding holds a region for every multi-line part', async () => {
    const folds = await ourFolds(doc);
    const expected = outlineFoldRegions(doc.getText(), engine(doc));
    assert.ok(expected.length > 0);
    const have = new Set(folds.map((f) => `${f.start}-${f.end}`));
    assert.deepEqual(expected.filter((r) => !have.has(`${r.startLine}-${r.endLine}`)), []);
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });
});

describe('outline: commands', function () {
  let editor: vscode.TextEditor;
  let outline: Outline;
  before(async () => {
    await vscode.extensions.getExtension(EXTENSION_ID)!.activate();
    editor = await open(SPEECH);
    outline = engine(editor.document);
  });

  function selectionIs(i: number) {
    const span = markerSpan(outline.headings[i]);
    assert.equal(editor.document.offsetAt(editor.selection.start), span.start);
    assert.equal(editor.document.offsetAt(editor.selection.end), span.end);
  }

  it('the sample speech has headings (the engine is in)', () => {
    assert.ok(outline.headings.length > 10, `${outline.headings.length} headings`);
  });

  it('next / previous heading walk the headings in order and select the marker', async () => {
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    const order = outline.headings.map((h, i) => [h.start, i]).sort((a, b) => a[0] - b[0]).map(([, i]) => i);
    const firstAfter0 = order.find((i) => outline.headings[i].start > 0)!;
    assert.equal(await vscode.commands.executeCommand('gangmu.nextHeading'), true);
    selectionIs(firstAfter0);
    const k = order.indexOf(firstAfter0);
    for (let step = 1; step <= 5 && k + step < order.length; step++) {
      await vscode.commands.executeCommand('gangmu.nextHeading');
      selectionIs(order[k + step]);
    }
    const reached = order[Math.min(k + 5, order.length - 1)];
    await vscode.commands.executeCommand('gangmu.previousHeading');
    selectionIs(order[order.indexOf(reached) - 1]);
  });

  it('go to parent: from a body to its heading, then from the heading to its parent', async () => {
    const hs = outline.headings;
    const child = hs.findIndex((h, i) => h.parent !== null && h.end > h.titleEnd + 1 && !hs.some((o, j) => j !== i && o.start > h.start && o.start <= h.titleEnd + 1));
    assert.ok(child >= 0, 'a heading with a parent and a body');
    const inBody = editor.document.positionAt(hs[child].titleEnd + 1);
    editor.selection = new vscode.Selection(inBody, inBody);
    await vscode.commands.executeCommand('gangmu.goToParent');
    selectionIs(child);
    await vscode.commands.executeCommand('gangmu.goToParent');
    selectionIs(hs[child].parent!);
  });

  it('Copy Outline as Markdown puts the 提纲 of the chosen depth on the clipboard', async () => {
    const text = editor.document.getText();
    for (const depth of [1, 2, undefined]) {
      const copied = await vscode.commands.executeCommand<string>('gangmu.copyOutline', { depth: depth ?? Infinity });
      const expected = outlineToMarkdown(text, outline, depth ? { maxLevel: depth } : {});
      assert.equal(copied, expected);
      assert.equal(await vscode.env.clipboard.readText(), expected);
    }
    const lines = (await vscode.env.clipboard.readText()).split('\n').filter(Boolean);
    assert.equal(lines.length, outline.headings.length);
  });

  it('Export Outline writes Markdown, JSON and plain text', async () => {
    const base = vscode.Uri.file(join(workspaceDir(), 'speech-outline-export'));
    for (const ext of ['md', 'json', 'txt']) {
      const uri = base.with({ path: `${base.path}.${ext}` });
      await vscode.commands.executeCommand('gangmu.exportOutline', { uri });
      const written = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
      if (ext === 'json') assert.equal(JSON.parse(written).headings.length, outline.headings.length);
      else assert.equal(written.split('\n').filter(Boolean).length, outline.headings.length);
      await vscode.workspace.fs.delete(uri);
    }
  });

  it('Export Outline to a place it cannot write answers undefined (the reader is told why), not a rejected command', async () => {
    // A path through a file: the write fails. Before review35 the command rejected (VS Code's generic notice).
    const blocker = vscode.Uri.file(join(workspaceDir(), 'outline-export-blocker.txt'));
    await vscode.workspace.fs.writeFile(blocker, new TextEncoder().encode('x'));
    const uri = blocker.with({ path: `${blocker.path}/out.md` });
    assert.equal(await vscode.commands.executeCommand('gangmu.exportOutline', { uri }), undefined);
    await vscode.workspace.fs.delete(blocker);
  });

  it('the gangmu.languages context key follows the setting', async () => {
    // No API reads a context key; a command enabled by it is the observable effect.
    await setSetting('languages', ['speech']);
    const txt = await open('samples/compilation.txt');
    assert.equal(await vscode.commands.executeCommand('gangmu.nextHeading'), false, 'plaintext is no longer read');
    assert.equal((await ourSymbols(txt.document)).length, 0, 'no symbols for an unconfigured language');
    await setSetting('languages', undefined);
    await sleep(200);
    assert.ok((await ourSymbols(txt.document)).length > 0, 'symbols come back with the language');
  });

  after(async () => {
    await setSetting('languages', undefined);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });
});

describe('outline: settings and edits', function () {
  before(async () => {
    await vscode.extensions.getExtension(EXTENSION_ID)!.activate();
  });

  it('gangmu.families: removing a family removes its headings from symbols and folding', async () => {
    const editor = await open(SPEECH);
    const before = preorder(await ourSymbols(editor.document)).map((g) => g.s.name);
    assert.ok(before.some((n) => /^[一二三四五六七八九十]+是/.test(n)), 'the sample speech has 一是 headings');
    await setSetting('families', ALL_FAMILIES.filter((f) => f !== 'shi'));
    const after = preorder(await ourSymbols(editor.document)).map((g) => g.s.name);
    assert.ok(!after.some((n) => /^[一二三四五六七八九十]+是/.test(n)), 'no 一是 heading once shi is off');
    const expected = nodesPreorder(buildOutlineTree(editor.document.getText(), engine(editor.document, ALL_FAMILIES.filter((f) => f !== 'shi'))));
    assert.equal(after.length, expected.length);
    await setSetting('families', undefined);
    assert.equal(preorder(await ourSymbols(editor.document)).length, before.length);
  });

  it('re-parses after an edit: symbols follow the new text', async () => {
    const editor = await open(SPEECH);
    const doc = editor.document;
    const before = preorder(await ourSymbols(doc));
    const edit = new vscode.WorkspaceEdit();
    edit.insert(doc.uri, new vscode.Position(0, 0), '\n');
    assert.ok(await vscode.workspace.applyEdit(edit));
    const after = preorder(await ourSymbols(doc));
    assert.equal(after.length, before.length);
    after.forEach((g, k) => assert.equal(g.s.selectionRange.start.line, before[k].s.selectionRange.start.line + 1, g.s.name));
    const expected = nodesPreorder(buildOutlineTree(doc.getText(), engine(doc)));
    assert.deepEqual(after.map((g) => doc.offsetAt(g.s.selectionRange.start)), expected.map((n) => n.selectionStart));
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  after(async () => {
    await setSetting('families', undefined);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });
});

describeCorpus('outline: timing (printed)', function () {
  this.timeout(300_000);

  async function timeSymbols(doc: vscode.TextDocument): Promise<{ ms: number; count: number }> {
    const t0 = performance.now();
    const s = await ourSymbols(doc);
    return { ms: performance.now() - t0, count: preorder(s).length };
  }

  async function measure(label: string, doc: vscode.TextDocument, budgetMs: number): Promise<void> {
    const lag = new LagMonitor().start();
    try {
      const mark = (what: string) => process.env.GANGMU_TRACE && console.log(`  [gangmu-trace ${Math.round(performance.now())}] TEST ${label}: ${what}`);
      mark('show');
      await vscode.window.showTextDocument(doc);
      const shown = lag.take();
      mark('first call');
      const first = await timeSymbols(doc);
      const firstLag = lag.take();
      const edit = new vscode.WorkspaceEdit();
      edit.insert(doc.uri, doc.positionAt(Math.floor(doc.getText().length / 2)), '，');
      mark('edit');
      await vscode.workspace.applyEdit(edit);
      mark('call after edit');
      const edited = await timeSymbols(doc);
      const editedLag = lag.take();
      mark('settle');
      await sleep(1500);
      const settled = lag.take();
      mark('done');
      console.log(
        `  TIMING ${label} (${doc.getText().length.toLocaleString('en')} chars, ${first.count} symbols): executeDocumentSymbolProvider first ${first.ms.toFixed(1)} ms, after a one-character edit ${edited.ms.toFixed(1)} ms (target < ${budgetMs} ms)\n` +
          `    max event-loop lag: showing ${shown.max.toFixed(0)} ms, first call ${firstLag.max.toFixed(0)} ms, edit + call ${editedLag.max.toFixed(0)} ms, 1.5 s after ${settled.max.toFixed(0)} ms` +
          ` (stalls: ${describeStalls([...shown.stalls, ...firstLag.stalls, ...editedLag.stalls, ...settled.stalls])})`,
      );
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      assert.ok(first.count > 0);
      assert.ok(edited.count > 0);
      // Printed, not asserted: on a shared 2-core machine the same call varies tenfold with load.
      // GANGMU_TIMING_STRICT=1 turns the targets into assertions on a quiet machine.
      if (process.env.GANGMU_TIMING_STRICT) assert.ok(edited.ms < budgetMs, `${label}: ${edited.ms.toFixed(0)} ms after an edit`);
    } finally {
      lag.stop();
    }
  }

  it('seed (speeches-3)', async () => {
    const seedText = corpus.find((d) => d.name === 'speeches-3')!.text;
    const doc = await vscode.workspace.openTextDocument({ language: 'speech', content: seedText });
    await measure('seed', doc, 50);
  });

  it('3 million characters (the seed repeated)', async () => {
    const seedText = corpus.find((d) => d.name === 'speeches-3')!.text;
    const big = seedText.repeat(Math.ceil(3_000_000 / seedText.length));
    const doc = await vscode.workspace.openTextDocument({ language: 'speech', content: big });
    await measure('3M', doc, 300);
  });

  it('3 million characters, reading features alone (numbering checks off)', async () => {
    // Isolates the reading features (symbols, folding, highlight) from the numbering checks; both
    // analyse large documents in the worker.
    await setSetting('checks.enabled', false);
    try {
      const seedText = corpus.find((d) => d.name === 'speeches-3')!.text;
      const big = seedText.repeat(Math.ceil(3_000_000 / seedText.length));
      const doc = await vscode.workspace.openTextDocument({ language: 'speech', content: big });
      await measure('3M reading only', doc, 300);
    } finally {
      await setSetting('checks.enabled', undefined);
    }
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });
});
