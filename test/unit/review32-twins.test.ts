/**
 * Review32: twin readings made one. Every text here is made up for the test.
 */
import * as assert from 'node:assert/strict';
import { extractFigures } from '../../src/core/figures';
import { parseOutline } from '../../src/core/outline';
import { textEnd, textStart } from '../../src/core/text/blank';

function brief(text: string): string[] {
  return extractFigures(text, parseOutline(text)).map((f) => `${f.text}|${JSON.stringify(f.value)}|${f.unit}|${f.kind}`);
}

describe('review32: a list echo reads its indent with text/blank.ts (listEchoes.ts)', () => {
  it('passes over a typographic or zero-width space in the indent, as over a space', () => {
    const list = (indent: string) => `本期内容\n\n${indent}1. 1.某领导会见外宾;\n\n${indent}2. 2.某地举行第17届运动会;\n`;
    assert.deepEqual(brief(list('  ')), ['17届|17|届|other']);
    assert.deepEqual(brief(list('\u2003\u2003')), ['17届|17|届|other']);
    assert.deepEqual(brief(list('\u200b')), ['17届|17|届|other']);
  });
});

describe('review32: a number glued to a document name reads the name with the outline test (sampleNumbers.ts)', () => {
  it('takes a traditional copy of the name as its simplified form', () => {
    assert.deepEqual(brief('乡镇干部工作总结1\n\n今年全镇工作平稳。\n'), ['1|1||other']);
    assert.deepEqual(brief('鄉鎮幹部工作總結1\n\n今年全鎮工作平穩。\n'), ['1|1||other']);
  });
  it('takes every kind of piece namesDocument names (主持词, 思路), and the official kinds besides', () => {
    assert.deepEqual(brief('全镇安全生产会议主持词2\n\n各位同志：现在开会。\n'), ['2|2||other']);
    assert.deepEqual(brief('某镇下半年工作思路2\n\n今年全镇工作平稳。\n'), ['2|2||other']);
    assert.deepEqual(brief('某镇村庄建设管理办法3\n\n为规范建设，制定本办法。\n'), ['3|3||other']);
  });
  it('leaves a number glued to a line that names no document', () => {
    assert.deepEqual(brief('全镇新建校舍共计12\n\n今年全镇工作平稳。\n'), ['12|12||count']);
  });
});

describe('review32: a lone number between prose lines walks blank lines with text/blank.ts (sampleNumbers.ts)', () => {
  it('passes over a blank line of no-break spaces, and a no-break indent, as over an empty line', () => {
    const plain = '一、过去一年我们着力发展农业产业\n\n2\n\n农业经济稳中有升，粮食产量保持稳定。\n';
    assert.deepEqual(brief(plain), ['2|2||other']);
    assert.deepEqual(brief(plain.replace(/\n\n/g, '\n\u00a0\n')), ['2|2||other']);
    assert.deepEqual(brief(plain.replace('\n2\n', '\n\u00a02\n')), ['2|2||other']);
  });
  it('keeps the bounds: nothing past 200 characters of blank lines', () => {
    const far = '一、过去一年我们着力发展农业产业\n' + '\n'.repeat(250) + '2\n\n农业经济稳中有升，粮食产量保持稳定。\n';
    assert.deepEqual(brief(far), ['2|2||count']);
  });
  it('textStart and textEnd walk past blank lines of any blank', () => {
    const t = '甲\n \u00a0\n\u3000乙';
    assert.equal(textStart(t, 1, t.length), t.indexOf('乙'));
    assert.equal(textEnd(t, 0, t.indexOf('乙')), 1);
    assert.equal(textStart(t, 1, 4), 4);
    assert.equal(textEnd(t, 1, 4), 1);
  });
});
