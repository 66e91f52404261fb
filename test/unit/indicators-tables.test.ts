/**
 * Issue 12: a figure in a table cell measures its column; the row names an item (a place, an
 * enterprise), not the measure. Every table here is made up for the test.
 */
import * as assert from 'node:assert/strict';
import { extractFigures, parseOutline } from '../../src/core';
import { normalizeIndicator } from '../../src/core/figures/indicatorNames';
import { headerMeasure } from '../../src/core/outline/anatomy/tables';

/** Filed indicators of the figures whose text is `fig`, in text order. */
function inds(text: string, fig: string, format: 'plain' | 'markdown' = 'plain'): (string | null)[] {
  const figs = extractFigures(text, parseOutline(text, { format })).filter((x) => x.text === fig);
  assert.ok(figs.length, `no figure ${fig}`);
  return figs.map((f) => normalizeIndicator(f.indicator));
}

describe('indicators: table cells measure their column', () => {
  it('a header names its column without its unit, 累计 or a count word', () => {
    assert.equal(headerMeasure('蔬菜产量（万吨）'), '蔬菜产量');
    assert.equal(headerMeasure('充电桩累计（个）'), '充电桩');
    assert.equal(headerMeasure('绿色账户累计数（万户）'), '绿色账户');
    assert.equal(headerMeasure('吨/日'), null);
    assert.equal(headerMeasure('序号'), null);
    assert.equal(headerMeasure('街镇'), null);
    assert.equal(headerMeasure('2024年'), null);
    assert.equal(headerMeasure('上半年'), null);
    assert.equal(headerMeasure('2030年计划投资'), '计划投资');
  });

  it('a piped table: each number takes its column, not the row\'s place name', () => {
    const text = [
      '某某县各乡镇主要指标如下。',
      '',
      '| 序号 | 乡镇 | 蔬菜产量（万吨） | 温室大棚（个） |',
      '| --- | --- | --- | --- |',
      '| 1 | 东河镇 | 12.5 | 30 |',
      '| 2 | 西山乡 | 8.4 | 17 |',
      '| 3 | 南湖镇 | 约9.1 | 22个 |',
      '',
    ].join('\n');
    assert.deepEqual(inds(text, '12.5', 'markdown'), ['蔬菜产量']);
    assert.deepEqual(inds(text, '17', 'markdown'), ['温室大棚']);
    assert.deepEqual(inds(text, '9.1', 'markdown'), ['蔬菜产量']);
    assert.deepEqual(inds(text, '22个', 'markdown'), ['温室大棚']);
    // the 序号 is no figure
    const figs = extractFigures(text, parseOutline(text, { format: 'markdown' }));
    assert.ok(!figs.some((f) => f.text === '2'));
  });

  it('a cell that names its own measure keeps it; the cell before it is not part of its name', () => {
    const text = [
      '| 项目 | 进展 |',
      '| --- | --- |',
      '| 东河大桥 | 完成投资3亿元 |',
      '| 西山隧道 | 掘进1200米 |',
      '',
    ].join('\n');
    assert.deepEqual(inds(text, '3亿元', 'markdown'), ['投资']);
    assert.notEqual(inds(text, '1200米', 'markdown')[0], '西山隧道掘进');
  });

  it('a table flattened one cell per line: each number takes its column', () => {
    const text = [
      '附表',
      '',
      '序号', '街道', '垃圾房改建（个）', '湿垃圾分类量（吨/日）', '服务点累计（个）',
      '1', '东城街道', '40', '12.35', '51',
      '2', '西城街道', '28', '9.60', '37',
      '3', '北城街道', '33', '10.02', '45',
      '',
    ].join('\n\n');
    assert.deepEqual(inds(text, '28'), ['垃圾房改建']);
    assert.deepEqual(inds(text, '9.60'), ['湿垃圾分类量']);
    assert.deepEqual(inds(text, '45'), ['服务点']);
  });
});

describe('indicators: a share that is to become something, a target split over the year', () => {
  function ind(text: string, fig: string, nth = 0): string | null {
    const figs = extractFigures(text).filter((x) => x.text === fig);
    assert.ok(figs[nth], `no figure ${fig}`);
    return normalizeIndicator(figs[nth].indicator);
  }
  it('the share of a group to become something measures what it becomes', () => {
    assert.equal(ind('新建农家书屋12个，其中40%的书屋要建成示范书屋。', '40%'), '示范书屋');
    // a share with a name of its own keeps it
    assert.equal(ind('全县森林覆盖率达到45%的水平。', '45%'), '森林覆盖率');
  });
  it('a part of the year after a target measures the target', () => {
    const text = '其中40%的书屋要建成示范书屋，上半年完成15%，下半年完成25%的书屋。';
    assert.equal(ind(text, '15%'), '示范书屋');
    assert.equal(ind(text, '25%'), '示范书屋');
    // not across a sentence
    assert.equal(ind('某某产量增长5%。上半年完成3%。', '3%'), null);
  });
});

describe('indicators: a bound on a level, what a count provides', () => {
  function ind(text: string, fig: string): string | null {
    const f = extractFigures(text).find((x) => x.text === fig);
    assert.ok(f, `no figure ${fig}`);
    return normalizeIndicator(f.indicator);
  }
  it('高于 / 不高于 bound a level and stay out of the name', () => {
    assert.equal(ind('全区某某分类量日均高于300吨。', '300吨'), '某某分类量');
    assert.equal(ind('某某控制量不高于900吨。', '900吨'), '某某控制量');
  });
  it('a verb of providing before a count: the noun after it is counted', () => {
    assert.equal(ind('要求每村配备2名保洁员。', '2名'), '保洁员');
    assert.equal(ind('今年再新增6辆清运车。', '6辆'), '清运车');
  });
  it('a name right after a count is that count\'s noun, not the next one\'s', () => {
    const text = '小组配备1名组长、3名组员，负责巡查。';
    assert.equal(ind(text, '1名'), '组长');
    assert.equal(ind(text, '3名'), '组员');
    // a predicate after the counted noun is not part of it
    assert.equal(ind('来自20个国家的300余名选手参赛。', '300余名'), '选手');
    // the same word opening the noun is part of it
    assert.equal(ind('今年共有300家参展企业。', '300家'), '参展企业');
  });
});

describe('indicators: a generic head takes the subject the paragraph gave it', () => {
  it('利润 / 上缴税金 after a sector\'s 营业收入 belong to that sector', () => {
    const text = '前三季度，全县某某产业营业收入完成12亿元，同比增长8%；上缴税金0.6亿元；实现利润1.1亿元，同比增长5%。';
    const names = extractFigures(text).filter((f) => f.kind !== 'date' && f.text !== '三季度').map((f) => normalizeIndicator(f.indicator));
    assert.deepEqual(names, ['某某产业营业收入', '某某产业营业收入', '某某产业上缴税金', '某某产业利润', '某某产业利润']);
  });
  it('a word of the measure under a subject already given does not replace it', () => {
    const text = '全市规模以上工业企业完成增加值20亿元；完成工业总产值60亿元，销售产值58亿元；实现利润3亿元。';
    const f = extractFigures(text).find((x) => x.text === '3亿元');
    assert.equal(normalizeIndicator(f?.indicator), '规模以上工业企业利润');
  });
  it('not across a line break', () => {
    const text = '某某产业营业收入12亿元。\n实现利润1.1亿元。';
    const f = extractFigures(text).find((x) => x.text === '1.1亿元');
    assert.equal(normalizeIndicator(f?.indicator), '实现利润');
  });
});
