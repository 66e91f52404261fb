import { strict as assert } from 'node:assert';
import { extractFigures, parseOutline } from '../../src/core';
import type { Figure } from '../../src/core';
import { computeLineStarts, offsetAt } from '../../src/core/text/lines';
import { buildOutlineTree, type OutlineNode } from '../../src/core/outline/tree';
import { outlineRows, ROW_INTS, FAMILIES } from '../../src/core/outline/rows';
import { outlineFoldRegions } from '../../src/core/outline/folding';
import { headingSpans } from '../../src/core/outline/spans';
import {
  packedHeadingSpans, packFigures, packFolds, packOutline, packRows, packStrings, unpackFigures, unpackFolds, unpackOutline, unpackRows, unpackStrings, buffersOf,
} from '../../src/vscode/analysisTransfer';
import { loadSamples } from '../../scripts/corpus';
import { referenceCorpus } from '../corpusGate';

// Our samples always (a bare clone tests them too), the reference corpus when it is here.
const samples = loadSamples();
const corpus = [...referenceCorpus(), ...samples];

function preorder(nodes: OutlineNode[], out: OutlineNode[] = []): OutlineNode[] {
  for (const n of nodes) {
    out.push(n);
    preorder(n.children, out);
  }
  return out;
}

describe('analysis transfer (worker → extension host)', () => {
  it('strings survive packing, empty ones and surrogate pairs included', () => {
    const list = ['一、', '', '𠀀𠀁 title', '（一）', ''];
    assert.deepEqual(unpackStrings(packStrings(list)), list);
    assert.deepEqual(unpackStrings(packStrings([])), []);
  });

  for (const doc of corpus) {
    it(`${doc.name}: the unpacked outline equals the engine's`, () => {
      const outline = parseOutline(doc.text, { format: doc.format });
      // A structured clone is what a worker message does to the packed form.
      const packed = structuredClone(packOutline(outline));
      assert.deepEqual(unpackOutline(packed), outline);
    });
  }

  for (const doc of corpus) {
    it(`${doc.name}: the unpacked figures equal the engine's`, () => {
      const figures = extractFigures(doc.text, parseOutline(doc.text, { format: doc.format }));
      const packed = packFigures(figures);
      assert.deepEqual(unpackFigures(structuredClone(packed, { transfer: buffersOf(packed) })), figures);
    });
  }

  for (const doc of corpus) {
    it(`${doc.name}: heading spans read from the packed outline equal the engine's, whole text and in windows`, () => {
      const outline = parseOutline(doc.text, { format: doc.format });
      const packed = packOutline(outline);
      const third = Math.floor(doc.text.length / 3);
      const windows = [{ start: 0, end: 40 }, { start: third, end: third * 2 }];
      for (const max of [0, 1, 2, 6]) {
        assert.deepEqual(packedHeadingSpans(packed, max), headingSpans(outline, max));
        assert.deepEqual(packedHeadingSpans(packed, max, windows), headingSpans(outline, max, windows));
      }
      if (outline.headings.length) assert.ok(packedHeadingSpans(packed, 6).length > 0);
    });
  }

  it('figure values of every form survive packing: null, a number, open and closed ranges, a string, a ratio\'s parts', () => {
    const base: Figure = { start: 0, end: 2, text: '两成', value: null, unit: '', kind: 'other', approx: null, indicator: null, relation: null, of: null, section: null };
    const figures: Figure[] = [
      base,
      { ...base, value: -0.5, approx: '约', of: 0, section: 3 },
      { ...base, value: [1.5, null], indicator: '', relation: '增长' },
      { ...base, value: [null, 2e15] },
      { ...base, value: [3, 4] },
      { ...base, value: '2025-03', kind: 'date', unit: '年' },
      { ...base, text: '21.9∶38.7∶39.4', value: [21.9, 38.7, 39.4], kind: 'ratio' },
      { ...base, text: '2.05:1', value: [2.05, 1], kind: 'ratio' },
      { ...base, text: '4:3:3:0.125', value: [4, 3, 3, 0.125], kind: 'ratio' },
    ];
    assert.deepEqual(unpackFigures(packFigures(figures)), figures);
  });

  it('buffers are handed over once each, and the packed forms still unpack after a transfer', () => {
    const doc = samples.find((d) => d.name === 'speech')!;
    const outline = parseOutline(doc.text, {});
    const packed = packOutline(outline);
    const rows = packRows(outlineRows(doc.text, outline, computeLineStarts(doc.text)));
    const folds = packFolds(outlineFoldRegions(doc.text, outline));
    const buffers = buffersOf(packed, rows, folds);
    assert.equal(new Set(buffers).size, buffers.length);
    const moved = structuredClone({ packed, rows, folds }, { transfer: buffers });
    assert.equal(packed.ints.length, 0, 'the sender gave its buffer away');
    assert.deepEqual(unpackOutline(moved.packed), outline);
    assert.deepEqual(unpackFolds(moved.folds), outlineFoldRegions(doc.text, outline));
    assert.equal(unpackRows(moved.rows).names.length, outline.headings.length);
  });
});

describe('outline rows (symbols with positions)', () => {
  for (const doc of corpus) {
    it(`${doc.name}: one row per tree node in preorder, positions at the nodes' offsets`, () => {
      const outline = parseOutline(doc.text, {});
      const lineStarts = computeLineStarts(doc.text);
      const rows = outlineRows(doc.text, outline, lineStarts);
      const nodes = preorder(buildOutlineTree(doc.text, outline));
      assert.equal(rows.names.length, nodes.length);
      assert.equal(rows.ints.length, nodes.length * ROW_INTS);
      const rowOf = new Map(nodes.map((n, i) => [n, i]));
      const parentOf = new Map<OutlineNode, OutlineNode>();
      for (const n of nodes) for (const c of n.children) parentOf.set(c, n);
      nodes.forEach((n, i) => {
        const k = i * ROW_INTS;
        const at = (j: number) => offsetAt(lineStarts, rows.ints[k + j], rows.ints[k + j + 1]);
        assert.equal(rows.names[i], n.name);
        const parent = parentOf.get(n);
        assert.equal(rows.ints[k], parent ? rowOf.get(parent)! : -1);
        assert.ok(rows.ints[k] < i, 'a parent comes first');
        assert.equal(rows.ints[k + 1], n.heading.level);
        assert.equal(FAMILIES[rows.ints[k + 2]], n.heading.family);
        assert.deepEqual([at(3), at(5), at(7), at(9)], [n.start, n.end, n.selectionStart, n.selectionEnd]);
      });
    });
  }

  it('handles \\r\\n, lone \\r and an empty text', () => {
    const text = '一、总体要求\r\n正文。\r（一）目标\n正文。';
    const outline = parseOutline(text, {});
    const rows = outlineRows(text, outline, computeLineStarts(text));
    const nodes = preorder(buildOutlineTree(text, outline));
    nodes.forEach((n, i) => {
      const k = i * ROW_INTS;
      assert.equal(offsetAt(computeLineStarts(text), rows.ints[k + 7], rows.ints[k + 8]), n.selectionStart);
    });
    assert.deepEqual(outlineRows('', parseOutline('', {}), [0]).names, []);
  });
});
