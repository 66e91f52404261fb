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

  it('a short number is not taken for a restatement (four characters at least)', () => {
    const text = '全年支出 12 亿元。\n\n另有编号：12。\n';
    assert.notEqual(kindAt(text, '12', 1), 'money');
  });
});
