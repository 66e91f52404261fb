import * as assert from 'node:assert/strict';
import { extractFigures } from '../../src/core/figures';
import { parseOutline } from '../../src/core/outline';

/** Headings of a Markdown text as `marker|title|level`. */
function heads(text: string): string[] {
  return parseOutline(text, { format: 'markdown' }).headings.map((h) => `${h.marker}|${h.title}|${h.level}`);
}

describe('a section number opening a Markdown heading is its marker (docs/testing.md)', () => {
  const standard = [
    '# 前言', '', '本文件按照规则起草。', '',
    '# 1 范围', '', '本文件规定了检测点数据的内容。', '',
    '# 2 规范性引用文件', '', '下列文件中的内容构成本文件必不可少的条款。', '',
    '# 3 术语和定义', '', '下列术语适用于本文件。', '',
  ].join('\n');

  it('reads `# 1 范围` as marker 1 over the title, at the depth of the hashes', () => {
    const h = heads(standard);
    assert.ok(h.includes('1|范围|1'), h.join(' / '));
    assert.ok(h.includes('2|规范性引用文件|1'), h.join(' / '));
    assert.ok(h.includes('3|术语和定义|1'), h.join(' / '));
  });

  it('gives no figure for the section number', () => {
    const figs = extractFigures(standard, parseOutline(standard, { format: 'markdown' }));
    assert.deepEqual(figs.filter((f) => f.value === 1 || f.value === 2 || f.value === 3).map((f) => f.text), []);
  });

  it('reads a number written against its title', () => {
    assert.ok(heads('# 2实例分析\n\n正文。\n').includes('2|实例分析|1'));
  });

  it('leaves a lone dotted number to the decimal scheme (### 3.15 with no sibling is a day of March)', () => {
    const h = heads('# 工作纪事\n\n### 3.15 召开动员会\n\n全体干部参加。\n');
    assert.ok(h.includes('|3.15 召开动员会|2'), h.join(' / '));
  });

  it('leaves a quantity, a year or a date opening a heading in its title', () => {
    for (const t of ['# 3个方面的体会\n\n正文。\n', '# 2024 年度报告\n\n正文。\n', '# 10 万人参加活动\n\n正文。\n', '# 12月工作安排\n\n正文。\n']) {
      const h = heads(t);
      assert.equal(h.length, 1, t);
      assert.ok(h[0].startsWith('|'), `${t} → ${h[0]}`);
    }
  });

  it('leaves a number before Latin words (a table row set as a heading) alone', () => {
    const h = heads('# 1 ID 数据标识 字符型\n\n正文。\n');
    assert.ok(!h.some((x) => x.startsWith('1|')), h.join(' / '));
  });
});
