/**
 * Indicator names that hold on documents nobody tuned them to (issue 12): places, verbs and time words
 * off the name, and figures whose own words name no measure taking their sentence's measure
 * (src/core/figures/carry.ts). Every sentence here is made up for the test.
 */
import * as assert from 'node:assert/strict';
import { extractFigures } from '../../src/core';
import { gdpScope, normalizeIndicator } from '../../src/core/figures/indicatorNames';

/** The filed indicator of the figure written `fig` in `text`. */
function ind(text: string, fig: string): string | null {
  const f = extractFigures(text).find((x) => x.text === fig);
  assert.ok(f, `no figure ${fig} in ${text}`);
  return normalizeIndicator(f.indicator);
}

describe('normalizeIndicator: the subject place, verbs and time words are not the measure', () => {
  it('takes a province off the head, and a place with a GDP word is the regional product', () => {
    assert.equal(normalizeIndicator('江西省规模以上工业增加值'), '规模以上工业增加值');
    assert.equal(normalizeIndicator('湖南科技贷款余额'), '科技贷款余额');
    assert.equal(normalizeIndicator('湖南省GDP'), '地区生产总值');
    assert.equal(normalizeIndicator('湖南省一季度GDP'), '地区生产总值');
    assert.equal(normalizeIndicator('各省份GDP'), '地区生产总值');
    assert.equal(normalizeIndicator('全国GDP'), '国内生产总值');
    assert.equal(normalizeIndicator('GDP总量'), '国内生产总值');
  });

  it('a name that is only a place, or a comparison with another place or measure, names no measure', () => {
    assert.equal(normalizeIndicator('四川省'), null);
    assert.equal(normalizeIndicator('省份'), null);
    assert.equal(normalizeIndicator('这一数据高出邻省'), null);
    assert.equal(normalizeIndicator('增幅比全国高'), null);
    assert.equal(normalizeIndicator('为全部工业增长贡献'), null);
    assert.equal(normalizeIndicator('三季度'), null);
  });

  it('takes action verbs, bounds and per-year words off, keeps words that only look like them', () => {
    assert.equal(normalizeIndicator('投放无人配送车'), '无人配送车');
    assert.equal(normalizeIndicator('认定省级孵化器'), '省级孵化器');
    assert.equal(normalizeIndicator('不少无人配送车'), '无人配送车');
    assert.equal(normalizeIndicator('年巡检总里程'), '巡检总里程');
    assert.equal(normalizeIndicator('年末端配送量'), '末端配送量');
    assert.equal(normalizeIndicator('年末存款余额'), '存款余额');
    assert.equal(normalizeIndicator('年度预算'), '年度预算');
    assert.equal(normalizeIndicator('2022年一季度GDP'), '国内生产总值');
    assert.equal(normalizeIndicator('近五年研发投入'), '研发投入');
    assert.equal(normalizeIndicator('3年期国债'), '3年期国债');
    assert.equal(normalizeIndicator('智能物流车入选'), '智能物流车');
  });

  it('expands 规上 and keeps 投入 unless it follows a name of money', () => {
    assert.equal(normalizeIndicator('规上纺织业'), '规模以上纺织业');
    assert.equal(normalizeIndicator('专项资金投入'), '专项资金');
    assert.equal(normalizeIndicator('研发投入'), '研发投入');
  });

  it('gdpScope tells a regional, a national and a bare GDP word apart', () => {
    assert.equal(gdpScope('湖南省GDP'), 'regional');
    assert.equal(gdpScope('全国GDP'), 'national');
    assert.equal(gdpScope('GDP'), 'ambiguous');
    assert.equal(gdpScope('粮食产量'), null);
  });
});

describe('carryMeasures: a figure whose words name no measure takes its sentence\'s measure', () => {
  it('a comparison measures the measure the sentence is about', () => {
    assert.equal(ind('全县粮食产量增长8.2%，增幅比全国高1.5个百分点。', '1.5个百分点'), '粮食产量');
    assert.equal(ind('湖南省GDP为1200亿元，这一数据高出邻省35亿元。', '35亿元'), '地区生产总值');
  });

  it('an elided rate continues the rate before it, a bare generic head takes the head\'s measure', () => {
    assert.equal(ind('高端装备产值同比增长12.5%，两年平均增长6.1%。', '6.1%'), '高端装备产值');
    const text = '新材料产业增加值增长15%，为全部工业增长贡献30%，增加值占比由8%提高到9%。';
    assert.equal(ind(text, '30%'), '新材料产业增加值');
    assert.equal(ind(text, '8%'), '新材料产业增加值');
    assert.equal(ind(text, '9%'), '新材料产业增加值');
  });

  it('a subject with 以 takes the amount just stated, a sentence back', () => {
    const text = '一季度生产总值超过5000亿元的省份有两个。湖南省以5300亿元居首，江西省以5100亿元居次。';
    assert.equal(ind(text, '5300亿元'), '地区生产总值');
    assert.equal(ind(text, '5100亿元'), '地区生产总值');
  });

  it('does not carry over a figure of another kind that names a measure, nor across sentences', () => {
    const text = '绿色账户覆盖率达到100%，创建达标小区61个，其中30%的小区创建示范小区。';
    assert.notEqual(ind(text, '30%'), '绿色账户覆盖率');
    assert.equal(ind('高端装备产值增长12.5%。另有6.1%来自出口。', '6.1%'), null);
    // the bounds of a range of amounts are no elided measure
    assert.equal(ind('违者由某某部门处二百元以上二千元以下罚款。', '二千元'), null);
    // a time word is no measure to carry: 三季度同比增长…，两年平均增长…
    assert.equal(ind('三季度同比增长4.1%，两年平均增长4.3%。', '4.3%'), null);
  });

  it('a text about regions files its bare GDP words as the regional product, a national text does not', () => {
    const regional = '湖南省GDP为1200亿元，湖北省GDP为1300亿元。GDP超过1000亿元的省份有两个。';
    assert.equal(ind(regional, '1000亿元'), '地区生产总值');
    assert.equal(ind('全年GDP增长5.2%，城镇新增就业1200万人。', '5.2%'), '国内生产总值');
  });
});
