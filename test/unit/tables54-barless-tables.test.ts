/**
 * A Markdown table written without the bars at the ends of its rows (tables54): GFM allows
 * `指标 | 2030年 | 比上年增长(%)` over `--- | --- | ---`, and no reader took that form, so every bare
 * cell was a count. The whole table shows the form: a header, a delimiter row with a bar and as many
 * columns right under it, then rows of that many cells. Every table here is made up for the test.
 */
import * as assert from 'node:assert/strict';
import { parseOutline } from '../../src/core/outline';
import { extractFigures } from '../../src/core/figures';

function kinds(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const f of extractFigures(text, parseOutline(text))) out.set(`${f.text}@${f.start}`, f.kind);
  return out;
}

/** The kind of the figure whose text is `s`, the n-th time the text writes it (from 0). */
function kindOf(text: string, s: string, n = 0): string | undefined {
  let at = -1;
  for (let i = 0; i <= n; i++) at = text.indexOf(s, at + 1);
  return kinds(text).get(`${s}@${at}`);
}

describe('figures: a Markdown table without bars at its row ends (tables54)', () => {
  it('gives the bare cells the kind their header or their row names', () => {
    const text = [
      '# 某县2030年经济概况',
      '',
      '全县经济运行总体平稳。',
      '',
      '指标 | 2030年 | 比上年增长(%)',
      '--- | --- | ---',
      '地区生产总值(亿元) | 812.4 | 6.3',
      '常住人口(万人) | 41.7 | 0.2',
      '规上工业企业(个) | 233 | 9',
      '',
      '全年完成目标任务。',
    ].join('\n');
    assert.equal(kindOf(text, '812.4'), 'money');
    assert.equal(kindOf(text, '6.3'), 'percent');
    assert.equal(kindOf(text, '0.2'), 'percent');
    assert.equal(kindOf(text, '233'), 'count');
    assert.equal(kindOf(text, '9'), 'percent');
  });

  it('reads a column of units in such a table', () => {
    const text = [
      '主要产品产量',
      '',
      '产品 | 单位 | 产量 | 增长%',
      ':--- | :---: | ---: | ---:',
      '水泥 | 万吨 | 56.2 | 3.5',
      '发电量 | 亿千瓦时 | 17.9 | -2.1',
      '',
      '以上为初步统计。',
    ].join('\n');
    assert.equal(kindOf(text, '56.2'), 'mass');
    assert.equal(kindOf(text, '17.9'), 'energy');
    assert.equal(kindOf(text, '-2.1'), 'percent');
  });

  it('keeps a page walk from reading the rows as the page\'s tail', () => {
    // a page with front matter and links, whose rows the page walk read as a menu starting its tail
    const text = [
      '---',
      'title: 流量分配说明',
      'weight: 30',
      'owner: team-net',
      '---',
      '',
      '按照此指南配置机房之间的流量分配。',
      '',
      '请先完成[准备工作](/docs/tasks/prepare)这一节所包含的步骤。',
      '',
      '按下表把访问流量分配到各个机房：',
      '',
      '机房 | 区域 | 流量(%)',
      '------ | ---- | ------',
      '`room1` | `east` | 60',
      '`room2` | `west` | 30',
      '`room3` | `north` | 10',
      '',
      '## 检查分配 {#check}',
      '',
      '- [权重](https://example.com/docs/weight.html)',
      '  如上表中所述。',
      '',
      '多次访问后核对各机房收到的请求比例。',
      '',
      '## 下一步 {#next}',
      '',
      '[清理](/docs/tasks/cleanup)任务中的资源。',
    ].join('\n');
    assert.equal(kindOf(text, '60'), 'percent');
    assert.equal(kindOf(text, '30', 1), 'percent');
    assert.equal(kindOf(text, '10'), 'percent');
  });

  it('reads no table where the lines do not show one whole, and the whole one after them', () => {
    // a bar in prose over a rule line is no table (no bar in the rule), nor rows of other widths
    const text = [
      '收入 | 支出 均按季度统计',
      '---',
      '',
      '项目 | 数值(%)',
      '--- | ---',
      '甲 | 乙 | 35',
      '',
      '比重 | 数值(%)',
      '--- | ---',
      '丙 | 45',
      '丁 | 55',
      '',
      '正文说明。',
    ].join('\n');
    assert.notEqual(kindOf(text, '35'), 'percent');
    // the table after them, whole, is read
    assert.equal(kindOf(text, '45'), 'percent');
    assert.equal(kindOf(text, '55'), 'percent');
  });

  it('keeps the cells of such a table in notes that also hold code', () => {
    // three statement lines make the text a code file, where a number after a bar was the program's
    const text = [
      '# 接口改造进度',
      '',
      '模块 | 用例数 | 通过',
      '--- | --- | ---',
      'OrderModule | 12 | 12',
      'PayModule | 7 | 6',
      '',
      '```python',
      'import math',
      'def check(pool):',
      '    size = len(pool)',
      '    total = size + 1',
      '    return total',
      '```',
      '',
      '剩余用例下周完成。',
    ].join('\n');
    const figs = extractFigures(text, parseOutline(text)).map((f) => f.text);
    assert.ok(figs.includes('7'), figs.join(','));
    assert.equal(figs.filter((f) => f === '12').length, 2, figs.join(','));
    assert.ok(figs.includes('6'), figs.join(','));
  });
});
