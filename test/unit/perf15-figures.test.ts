/**
 * perf15 (issue 10): the figures ask no question the outline of the same text answered already, and
 * the gates put before the word lists (scale words, label words, road names, unit words) answer as the
 * lists did. Made-up texts.
 */
import * as assert from 'node:assert/strict';
import { parseOutline } from '../../src/core/outline';
import { extractFigures } from '../../src/core/figures';
import { codeTestFor, codeTextTest, isCodeText } from '../../src/core/outline/codeLines';
import { dropProgramNumbers } from '../../src/core/figures/programNumbers';
import { scaleAt, unitAt } from '../../src/core/figures/units';
import type { Figure } from '../../src/core/types';
import { brief } from './figureBrief';

const SCRIPT = [
  'import os',
  'from docx import Document',
  'def build(doc):',
  '    doc.add_paragraph("全年新建道路12公里，投资3.5亿元。")',
  '    return doc.add_paragraph("size", 16)',
  '',
].join('\n');

describe('perf15: figures reuse the outline\'s code test and gate their word lists', () => {
  it('parseOutline keeps its code test with the outline it gives, for that text only', () => {
    const o = parseOutline(SCRIPT);
    const kept = codeTestFor(o, SCRIPT);
    assert.equal(codeTestFor(o, SCRIPT), kept, 'the same test is handed over each time');
    assert.equal(kept.text, SCRIPT);
    assert.equal(kept.is(), isCodeText(SCRIPT));
    // another text (a BBCode reading, a record view) gets a test of its own
    const other = SCRIPT.replace('12', '13');
    const fresh = codeTestFor(o, other);
    assert.notEqual(fresh, kept);
    assert.equal(fresh.text, other);
    // no outline: a new test
    assert.notEqual(codeTestFor(undefined, SCRIPT), kept);
  });

  it('dropProgramNumbers answers from the test it is given, and only when the test is of its text', () => {
    // the script's figures and the program's own number (16, an argument), as the scanner gives them
    const at = SCRIPT.indexOf('16)');
    const figs = (): Figure[] => [
      ...extractFigures(SCRIPT).map((f) => ({ ...f })),
      { start: at, end: at + 2, text: '16', value: 16, unit: '', kind: 'count', approx: null, indicator: null, relation: null, of: null, section: null },
    ];
    const all = figs();
    assert.deepEqual(dropProgramNumbers(SCRIPT, figs(), codeTextTest(SCRIPT)).map((f) => f.text), ['12公里', '3.5亿元']);
    // a test that says "no code" for this very text: nothing is dropped (the test was asked, not isCodeText)
    const no = { text: SCRIPT, is: () => false };
    assert.equal(dropProgramNumbers(SCRIPT, all, no).length, all.length);
    // a test of another text is not used: the text's own answer is worked out
    const wrong = { text: 'x', is: () => false };
    assert.deepEqual(dropProgramNumbers(SCRIPT, figs(), wrong).map((f) => f.text), dropProgramNumbers(SCRIPT, figs(), codeTextTest(SCRIPT)).map((f) => f.text));
  });

  it('figures with and without the outline are the same on a code file', () => {
    const strip = (fs: Figure[]) => fs.map((f) => `${f.text}|${JSON.stringify(f.value)}|${f.unit}|${f.kind}`);
    assert.deepEqual(strip(extractFigures(SCRIPT, parseOutline(SCRIPT))), strip(extractFigures(SCRIPT)));
    assert.deepEqual(brief(SCRIPT), ['12公里|12|公里|length', '3.5亿元|350000000|元|money']);
  });

  it('scale words: longest first among those opening with the character, as the whole list gave', () => {
    assert.deepEqual(scaleAt('万亿元', 0), ['万亿', 1e12]);
    assert.deepEqual(scaleAt('万元', 0), ['万', 1e4]);
    assert.deepEqual(scaleAt('十萬人', 0), ['十萬', 1e5]);
    assert.equal(scaleAt('十人', 0), null);
    assert.deepEqual(scaleAt('百', 0), ['百', 1e2]);
    assert.equal(scaleAt('万', 1), null);
    assert.equal(scaleAt('', 0), null);
  });

  it('unit words: the second character compared first still finds the longest unit', () => {
    assert.equal(unitAt('个百分点', 0)?.unit, '个百分点');
    assert.equal(unitAt('个', 0)?.unit, '个');
    assert.equal(unitAt('个人', 0)?.unit, '个');
    assert.equal(unitAt('平方公里', 0)?.unit, '平方公里');
    assert.equal(unitAt('单位', 0), null);
    assert.equal(unitAt('xyz', 0), null);
  });

  it('one measure word said twice, exam and attachment labels, dotted addresses: no figures, as before the gates', () => {
    assert.deepEqual(brief('一年接着一年干。'), []);
    assert.deepEqual(brief('一代又一代人。'), []);
    assert.deepEqual(brief('一茬接一茬。'), []);
    assert.deepEqual(brief('根据材料3回答。'), []);
    assert.deepEqual(brief('详见附件2。'), []);
    assert.deepEqual(brief('192[.]168[.]1[.]1'), []);
    assert.deepEqual(brief('新建一个小区。'), []);
    assert.deepEqual(brief('新建一个小区，共计3个。'), ['3个|3|个|count']);
  });

  it('label words and road names read before a number, as before the gates', () => {
    assert.deepEqual(brief('如图1所示，表2中共有15家。'), ['1|1||other', '2|2||other', '15家|15|家|count']);
    assert.deepEqual(brief('Figure 3 shows 12 cases.'), ['3|3||other', '12|12||count']);
    assert.deepEqual(brief('沿国道105线新建12公里。'), brief('沿国道105线新建12公里。'));
    assert.ok(brief('沿国道105线新建12公里。').some((s) => s.startsWith('105|105||other')));
    assert.ok(brief('沿320国道行驶。').some((s) => s.startsWith('320|320||other')));
  });
});
