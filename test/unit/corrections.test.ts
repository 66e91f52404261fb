import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseOutline, computeLineStarts } from '../../src/core';
import type { Outline } from '../../src/core/types';
import {
  applyCorrections, LineIndex, makeCorrection, readSidecar, writeSidecar, describeCorrection, CORRECTION_KINDS,
  type Correction, type CorrectionKind,
} from '../../src/core/outline/corrections';
import { buildOutlineTree } from '../../src/core/outline/tree';
import { outlineFoldRegions } from '../../src/core/outline/folding';
import { enclosingHeading } from '../../src/core/outline/navigation';

// Invented text: two parts, the second with an inline speech run.
const DOC = [
  '一、总体安排',
  '（一）加快建设新的园区',
  '正文甲写在这里。',
  '（二）深化区域合作',
  '正文乙写在这里。',
  '二、保障措施',
  '正文丙写在这里。',
  '一是加强领导。二是强化考核。三是严格督查。',
  '三、工作要求',
  '正文丁。',
].join('\n');

/** A correction for the heading (or line) whose line reads `line`, `at` chars into it. */
function corr(text: string, kind: CorrectionKind, line: string, extra: { level?: number; sameAs?: string; at?: string } = {}): Correction {
  const index = new LineIndex(text, computeLineStarts(text));
  const lineStart = text.indexOf(line);
  assert.ok(lineStart >= 0, `test line ${line}`);
  const offset = extra.at ? text.indexOf(extra.at, lineStart) : lineStart;
  const sameAsOffset = extra.sameAs !== undefined ? text.indexOf(extra.sameAs) : undefined;
  return makeCorrection(index, kind, offset, { level: extra.level, sameAsOffset });
}

function shape(o: Outline): string[] {
  return o.headings.map((h) => `${h.level}${h.parent === null ? '' : '^' + h.parent} ${h.marker}${h.title}`);
}

function checkValid(text: string, o: Outline): void {
  const hs = o.headings;
  for (let i = 0; i < hs.length; i++) {
    const h = hs[i];
    assert.ok(h.start >= 0 && h.start <= h.titleStart && h.titleStart <= h.titleEnd && h.titleEnd <= h.end && h.end <= text.length, `ranges of ${i}`);
    assert.equal(h.title, text.slice(h.titleStart, h.titleEnd));
    assert.equal(h.marker, text.slice(h.start, h.start + h.marker.length));
    if (i > 0) assert.ok(hs[i - 1].start < h.start, 'document order, one heading per place');
    if (h.parent === null) assert.equal(h.level, 1);
    else {
      assert.ok(h.parent < i);
      assert.equal(h.level, hs[h.parent].level + 1);
      assert.ok(hs[h.parent].start <= h.start && h.end <= hs[h.parent].end, 'child inside parent');
    }
    // A part ends where the next heading at its level or higher starts.
    let j = i + 1;
    while (j < hs.length && hs[j].level > h.level) j++;
    assert.equal(h.end, j < hs.length ? hs[j].start : text.length, `end of ${i}`);
  }
}

describe('outline corrections', () => {
  const built = parseOutline(DOC);

  it('the test document reads as expected before any correction', () => {
    assert.deepEqual(shape(built), [
      '1 一、总体安排', '2^0 （一）加快建设新的园区', '2^0 （二）深化区域合作', '1 二、保障措施',
      '2^3 一是加强领导', '2^3 二是强化考核', '2^3 三是严格督查', '1 三、工作要求',
    ]);
  });

  it('Not a Heading removes the heading; its body joins the part before', () => {
    const o = parseOutline(DOC, { corrections: [corr(DOC, 'not-heading', '（一）加快')] });
    assert.deepEqual(shape(o), [
      '1 一、总体安排', '2^0 （二）深化区域合作', '1 二、保障措施', '2^2 一是加强领导', '2^2 二是强化考核', '2^2 三是严格督查', '1 三、工作要求',
    ]);
    assert.deepEqual(o.corrections, { count: 1, notes: [] });
    checkValid(DOC, o);
    // Views follow: the body of the removed part now belongs to 一、.
    assert.equal(enclosingHeading(o, DOC.indexOf('正文甲')), 0);
  });

  it('Not a Heading on a parent moves its children up one level', () => {
    const o = parseOutline(DOC, { corrections: [corr(DOC, 'not-heading', '一、总体安排')] });
    assert.deepEqual(shape(o).slice(0, 3), ['1 （一）加快建设新的园区', '1 （二）深化区域合作', '1 二、保障措施']);
    checkValid(DOC, o);
  });

  it('Not a Heading on an inline heading (anchored by its column in the line)', () => {
    const o = parseOutline(DOC, { corrections: [corr(DOC, 'not-heading', '一是加强', { at: '二是' })] });
    assert.deepEqual(shape(o).slice(3, 6), ['1 二、保障措施', '2^3 一是加强领导', '2^3 三是严格督查']);
    checkValid(DOC, o);
  });

  it('Make Heading at a level inserts a heading that takes the following deeper parts', () => {
    const o = parseOutline(DOC, { corrections: [corr(DOC, 'make-heading', '正文甲', { level: 2 })] });
    assert.deepEqual(shape(o).slice(0, 4), ['1 一、总体安排', '2^0 （一）加快建设新的园区', '2^0 正文甲写在这里', '2^0 （二）深化区域合作']);
    assert.equal(o.headings[2].family, 'title');
    checkValid(DOC, o);
  });

  it('Make Heading deeper than the place allows is brought up to one below the heading before', () => {
    const o = parseOutline(DOC, { corrections: [corr(DOC, 'make-heading', '正文丙', { level: 5 })] });
    assert.deepEqual(shape(o).slice(3, 5), ['1 二、保障措施', '2^3 正文丙写在这里']);
    checkValid(DOC, o);
  });

  it('Make Heading "same level as" another heading', () => {
    const o = parseOutline(DOC, { corrections: [corr(DOC, 'make-heading', '正文丁', { sameAs: '（二）深化' })] });
    assert.deepEqual(shape(o).slice(-2), ['1 三、工作要求', '2^7 正文丁']);
    checkValid(DOC, o);
  });

  it('Make Heading reads a numbering marker on the line', () => {
    const text = '一、甲部分\n正文。\n（1）一个被漏掉的小标题\n正文。\n二、乙部分\n正文。';
    assert.equal(parseOutline(text).headings.length, 2);
    const o = parseOutline(text, { corrections: [corr(text, 'make-heading', '（1）一个', { level: 2 })] });
    assert.deepEqual(shape(o), ['1 一、甲部分', '2^0 （1）一个被漏掉的小标题', '1 二、乙部分']);
    assert.equal(o.headings[1].family, 'arabic-paren');
    assert.equal(o.headings[1].ordinal, 1);
    checkValid(text, o);
  });

  it('Make Heading on an existing heading sets its level (its part moves with it)', () => {
    const o = parseOutline(DOC, { corrections: [corr(DOC, 'make-heading', '二、保障', { level: 2 })] });
    assert.deepEqual(shape(o).slice(3, 5), ['2^0 二、保障措施', '3^3 一是加强领导']);
    checkValid(DOC, o);
  });

  it('Promote lifts the part and its children; following siblings nest under it', () => {
    const o = parseOutline(DOC, { corrections: [corr(DOC, 'promote', '（一）加快')] });
    assert.deepEqual(shape(o).slice(0, 3), ['1 一、总体安排', '1 （一）加快建设新的园区', '2^1 （二）深化区域合作']);
    checkValid(DOC, o);
  });

  it('Promote at the top changes nothing and says so (kept, not dropped)', () => {
    const o = parseOutline(DOC, { corrections: [corr(DOC, 'promote', '二、保障')] });
    assert.deepEqual(shape(o), shape(built));
    assert.equal(o.corrections?.notes[0].reason, 'no-effect');
    assert.equal(o.corrections?.notes[0].dropped, false);
  });

  it('Demote puts the part under its previous sibling with its children', () => {
    const o = parseOutline(DOC, { corrections: [corr(DOC, 'demote', '二、保障')] });
    assert.deepEqual(shape(o).slice(3, 6), ['2^0 二、保障措施', '3^3 一是加强领导', '3^3 二是强化考核']);
    assert.equal(o.headings[0].end, DOC.indexOf('三、工作'));
    checkValid(DOC, o);
    // Folding and the tree follow the new ranges.
    const tree = buildOutlineTree(DOC, o);
    assert.deepEqual(tree[0].children.map((n) => n.name), ['（一）加快建设新的园区', '（二）深化区域合作', '二、保障措施']);
    assert.ok(outlineFoldRegions(DOC, o).some((r) => r.startLine === 0 && r.endLine === 7));
  });

  it('Demote of a first child has nothing to nest under', () => {
    const o = parseOutline(DOC, { corrections: [corr(DOC, 'demote', '（一）加快')] });
    assert.deepEqual(shape(o), shape(built));
    assert.equal(o.corrections?.notes[0].reason, 'no-effect');
  });

  it('Attach to Previous Part hangs the heading and the rest of its run under the part before it', () => {
    const o = parseOutline(DOC, { corrections: [corr(DOC, 'attach-previous', '二、保障')] });
    assert.deepEqual(shape(o), [
      '1 一、总体安排', '2^0 （一）加快建设新的园区', '2^0 （二）深化区域合作', '3^2 二、保障措施',
      '4^3 一是加强领导', '4^3 二是强化考核', '4^3 三是严格督查', '3^2 三、工作要求',
    ]);
    checkValid(DOC, o);
  });

  it('Attach to Previous Part on a first child changes nothing', () => {
    const o = parseOutline(DOC, { corrections: [corr(DOC, 'attach-previous', '一是加强')] });
    assert.deepEqual(shape(o), shape(built));
    assert.equal(o.corrections?.notes[0].reason, 'no-effect');
  });

  it('conflicts: a later correction on a line no longer a heading is dropped with a note', () => {
    const o = parseOutline(DOC, {
      corrections: [corr(DOC, 'not-heading', '（二）深化'), corr(DOC, 'promote', '（二）深化')],
    });
    assert.deepEqual(o.corrections?.notes.map((n) => [n.index, n.reason, n.dropped]), [[1, 'not-a-heading', true]]);
    assert.ok(!shape(o).some((s) => s.includes('（二）')));
    // Make Heading after Not a Heading brings it back.
    const back = parseOutline(DOC, {
      corrections: [corr(DOC, 'not-heading', '（二）深化'), corr(DOC, 'make-heading', '（二）深化', { level: 2 })],
    });
    assert.deepEqual(shape(back), shape(built));
  });

  it('survives text added above and edits inside the part', () => {
    const c = [corr(DOC, 'demote', '二、保障'), corr(DOC, 'not-heading', '（一）加快')];
    const edited = '前言一段新加的文字。\n\n' + DOC.replace('正文丙写在这里。', '正文丙改写过了，也更长了。').replace('正文甲', '正文甲乙');
    const o = parseOutline(edited, { corrections: c });
    assert.deepEqual(o.corrections?.notes, []);
    assert.deepEqual(shape(o).slice(0, 3), ['1 一、总体安排', '2^0 （二）深化区域合作', '2^0 二、保障措施']);
    checkValid(edited, o);
  });

  it('follows a line that moved', () => {
    const c = [corr(DOC, 'make-heading', '正文丁', { level: 2 })];
    const moved = DOC.replace('\n正文丁。', '').replace('正文甲写在这里。', '正文甲写在这里。\n正文丁。');
    const o = parseOutline(moved, { corrections: c });
    assert.deepEqual(shape(o).slice(0, 4), ['1 一、总体安排', '2^0 （一）加快建设新的园区', '2^0 正文丁', '2^0 （二）深化区域合作']);
    assert.deepEqual(o.corrections?.notes, []);
    checkValid(moved, o);
  });

  it('a heading line the engine no longer reads as one: the correction is dropped with a note', () => {
    const c = [corr(DOC, 'promote', '（二）深化')];
    // The two parts swapped: the engine no longer takes （二） before （一） for headings.
    const swapped = DOC.replace('（一）加快建设新的园区\n正文甲写在这里。\n（二）深化区域合作\n正文乙写在这里。', '（二）深化区域合作\n正文乙写在这里。\n（一）加快建设新的园区\n正文甲写在这里。');
    const o = parseOutline(swapped, { corrections: c });
    assert.deepEqual(shape(o), shape(parseOutline(swapped)));
    assert.deepEqual(o.corrections?.notes.map((n) => [n.reason, n.dropped]), [['not-a-heading', true]]);
  });

  it('a correction whose line was edited or deleted is dropped, never applied elsewhere', () => {
    const c = [corr(DOC, 'not-heading', '（二）深化')];
    for (const changed of [DOC.replace('（二）深化区域合作', '（二）深化区域协作'), DOC.replace('（二）深化区域合作\n', '')]) {
      const o = parseOutline(changed, { corrections: c });
      assert.deepEqual(shape(o), shape(parseOutline(changed)));
      assert.deepEqual(o.corrections?.notes.map((n) => [n.reason, n.dropped]), [['line-gone', true]]);
    }
  });

  it('same line text twice: the neighbours tell them apart; equally good places are ambiguous', () => {
    const text = '一、甲\n小结\n正文一。\n二、乙\n小结\n正文二。';
    const second = corr(text, 'make-heading', '小结\n正文二', { level: 2 });
    let o = parseOutline(text, { corrections: [second] });
    assert.deepEqual(shape(o), ['1 一、甲', '1 二、乙', '2^1 小结']);
    // Text inserted above, and the first twin's neighbour edited: still the second.
    o = parseOutline('开头。\n' + text.replace('正文一。', '正文二。改'), { corrections: [second] });
    assert.deepEqual(shape(o), ['1 一、甲', '1 二、乙', '2^1 小结']);
    // Identical blocks: only the distance from where it was made tells; a tie is refused.
    const twins = '一、甲\n小结\n正文。\n\n一、甲\n小结\n正文。';
    const c = corr(twins, 'make-heading', '小结', { level: 2 });
    o = parseOutline(twins, { corrections: [c] });
    assert.deepEqual(o.headings.map((h) => h.start), [0, twins.indexOf('小结'), twins.lastIndexOf('一、甲')]);
    o = parseOutline(twins, { corrections: [{ ...c, anchor: { ...c.anchor, line: 3 } }] });
    assert.equal(o.corrections?.notes[0].reason, 'ambiguous');
    assert.deepEqual(shape(o), shape(parseOutline(twins)));
  });

  it('the input outline is not changed', () => {
    const o = parseOutline(DOC);
    const before = JSON.stringify(o);
    applyCorrections(DOC, o, [corr(DOC, 'demote', '二、保障'), corr(DOC, 'not-heading', '三、工作')]);
    assert.equal(JSON.stringify(o), before);
  });

  it('the sidecar round-trips and skips malformed entries', () => {
    const list = [corr(DOC, 'demote', '二、保障'), corr(DOC, 'make-heading', '正文丁', { sameAs: '二、保障' }), corr(DOC, 'make-heading', '正文甲', { level: 3 })];
    const read = readSidecar(writeSidecar(list));
    assert.deepEqual(read.corrections, list);
    assert.equal(read.skipped, 0);
    const bad = JSON.parse(writeSidecar(list));
    bad.corrections.push({ kind: 'explode', anchor: list[0].anchor }, { kind: 'promote' }, { kind: 'make-heading', anchor: list[0].anchor });
    const r2 = readSidecar(JSON.stringify(bad));
    assert.equal(r2.corrections.length, 3);
    assert.equal(r2.skipped, 3);
    assert.ok(readSidecar('{nope').error);
    assert.ok(readSidecar('[]').error);
    assert.match(describeCorrection(list[1], 'zh'), /设为标题/);
  });

  it('property: any sequence of corrections and undos leaves a valid tree and never changes the text', () => {
    const PIECES = ['一、', '二、', '三、', '（一）', '（二）', '1.', '2.', '（1）', '一是', '二是', '第一，', '首先，', '其次，', '标题', '正文。', '工作', '\n', '\n', '\n\n', '。', '：'];
    const textArb = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((a) => a.join(''));
    const step = fc.record({
      kind: fc.constantFrom(...CORRECTION_KINDS, 'undo' as const),
      pick: fc.nat(),
      level: fc.integer({ min: 1, max: 6 }),
      sameAs: fc.boolean(),
    });
    fc.assert(
      fc.property(textArb, fc.array(step, { maxLength: 12 }), (text, steps) => {
        const copy = text.slice();
        const built = parseOutline(text);
        const index = new LineIndex(text, built.lineStarts);
        const list: Correction[] = [];
        for (const s of steps) {
          if (s.kind === 'undo') list.pop();
          else {
            const hs = built.headings;
            let offset: number;
            if (s.kind === 'make-heading' || !hs.length) offset = built.lineStarts[s.pick % built.lineStarts.length];
            else offset = hs[s.pick % hs.length].start;
            const sameAsOffset = s.sameAs && hs.length ? hs[(s.pick >> 1) % hs.length].start : undefined;
            list.push(makeCorrection(index, s.kind, offset, { level: s.level, sameAsOffset }));
          }
          const o = parseOutline(text, { corrections: list });
          checkValid(text, o);
          for (const n of o.corrections?.notes ?? []) assert.ok(n.index >= 0 && n.index < list.length);
        }
        // With every correction undone, the outline is the engine's own.
        const none = applyCorrections(text, built, []);
        assert.equal(none.outline, built);
        assert.equal(text, copy);
      }),
      { numRuns: 300 },
    );
  });
});

describe('outline corrections: crossing from the analysis worker', () => {
  it('the notes of the corrections survive packing', async () => {
    const { packOutline, unpackOutline } = await import('../../src/vscode/analysisTransfer');
    const text = '一、甲部分\n正文。\n二、乙部分\n正文。\n';
    const index = new LineIndex(text, computeLineStarts(text));
    const gone = makeCorrection(index, 'not-heading', 0);
    gone.anchor.hash = '00000000';
    const o = parseOutline(text, { corrections: [makeCorrection(index, 'demote', text.indexOf('二、')), gone] });
    const back = unpackOutline(packOutline(o));
    assert.deepEqual(back.corrections, o.corrections);
    assert.deepEqual(back.headings.map((h) => [h.level, h.parent]), [[1, null], [2, 0]]);
  });
});
