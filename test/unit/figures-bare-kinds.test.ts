import { strict as assert } from 'node:assert';
import { extractFigures, parseOutline } from '../../src/core';

// bareKinds.ts: a bare number's kind read from what the document itself says about it.
function kindsOf(text: string, format: 'plain' | 'markdown' = 'plain'): Map<string, string> {
  const out = new Map<string, string>();
  for (const f of extractFigures(text, parseOutline(text, { format }))) out.set(`${f.text}@${f.start}`, f.kind);
  return out;
}
function kindAt(text: string, span: string, nth = 0, format: 'plain' | 'markdown' = 'plain'): string | undefined {
  let at = -1;
  for (let k = 0; k <= nth; k++) at = text.indexOf(span, at + 1);
  return kindsOf(text, format).get(`${span}@${at}`);
}

describe('bare numbers: kind from the document (bareKinds.ts)', () => {
  it('a number the text writes elsewhere with 亿元 is money where it stands alone in a table', () => {
    const text = [
      '# 试算记录',
      '',
      '- 事实：示例县 2020 年全县产值 = 5321.7 亿元',
      '',
      '| 指标 | 实际值 | 口径 |',
      '|---|---|---|',
      '| 全县产值 | 5321.7 | 当年价 |',
      '',
    ].join('\n');
    assert.equal(kindAt(text, '5321.7', 1, 'markdown'), 'money');
  });

  it('in running text a number that nothing names is other, not a count', () => {
    const text = '一、说明\n\n每个格子里能存放的最大的数是 255。循环到指针所指的值为 0，就跳回去。\n';
    assert.equal(kindAt(text, '255'), 'other');
    assert.equal(kindAt(text, '0'), 'other');
  });

  it('a decimal in running text counts nothing (收入比降至 2.4)', () => {
    const text = '一、情况\n\n城乡两地收入之间的比降至 2.4，差距缩小。\n';
    assert.equal(kindAt(text, '2.4'), 'other');
  });

  it('beside a bare number that counts nothing, a field label or a word after it keeps the count', () => {
    const text = '一、资料\n\n页数：58 编号 7。形成3大板块协同的格局。\n';
    assert.equal(kindAt(text, '7'), 'other');
    assert.equal(kindAt(text, '58'), 'count');
    assert.equal(kindAt(text, '3'), 'count');
  });

  it('a short number is not taken for a restatement (four characters at least)', () => {
    const text = '全年支出 12 亿元。\n\n另有编号：12。\n';
    assert.equal(kindAt(text, '12', 1), 'other');
  });
});
