/**
 * A section number that opens an ATX heading is its marker, not a figure (docs/testing.md,
 * conventions), also where a PDF converter wrote it right against the title (`# 1.2综合评价模型`).
 * Every line here is invented for the test.
 */
import * as assert from 'node:assert/strict';
import { extractFigures } from '../../src/core/figures';
import { parseOutline } from '../../src/core/outline';

function read(text: string): string[] {
  return extractFigures(text, parseOutline(text)).map((f) => `${text.slice(0, f.start).split('\n').length}:${f.text}|${f.kind}`);
}

const doc = (heads: string[]): string =>
  ['# 某县农村人居环境整治成效评价', '', '摘要：本文选取某县12个乡镇作为样本，构建了评价指标体系。', '', ...heads.flatMap((h) => [h, '', '各乡镇按要求完成了本阶段的调查工作。', ''])].join('\n');

describe('figpdf48: section numbers opening an ATX heading', () => {
  it('drops a number written right against the title (# 2实例分析)', () => {
    assert.deepEqual(read(doc(['# 1研究区概况', '# 2实例分析'])), ['3:12个|count']);
  });
  it('drops a dotted section number right against the title (# 1.2综合评价)', () => {
    assert.deepEqual(read(doc(['# 1.1研究思路', '# 1.2综合评价模型', '## 2.3.1指标权重'])), ['3:12个|count']);
  });
  it('keeps the figures of a heading whose number carries a unit', () => {
    const rows = read(doc(['# 3个方面的主要做法', '# 2031年工作打算']));
    assert.ok(rows.includes('5:3个|count'), rows.join(' '));
    assert.ok(rows.some((r) => r.startsWith('9:2031年')), rows.join(' '));
  });
  it('keeps a number opening a plain line (no #)', () => {
    assert.ok(read('全县今年新增造林面积\n2.5万亩，比上年增长8%。').some((r) => r.includes('2.5万亩')));
  });
  it('keeps a number inside a heading\'s title', () => {
    assert.ok(read(doc(['# 关于12个乡镇的调查'])).includes('5:12个|count'));
  });
  it('keeps a long number opening a heading (a hotline is no section number)', () => {
    assert.ok(read(doc(['# 12345热线办理情况'])).some((r) => r.startsWith('5:12345')));
  });
  it('keeps a number after a hash that opens no heading (#5 in a sentence)', () => {
    assert.ok(read('请见附表，编号为\n#5号楼共有住户36户。').some((r) => r.includes('36户')));
  });
});
