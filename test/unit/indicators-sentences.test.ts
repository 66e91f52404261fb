/**
 * Indicator names in running text (issue 12, src/core/figures/context.ts): the noun a count
 * counts when a verb, a modifier with 的 or a joiner stands before it. Every sentence here is made up
 * for the test; the names are invented.
 */
import * as assert from 'node:assert/strict';
import { extractFigures } from '../../src/core';
import { normalizeIndicator } from '../../src/core/figures/indicatorNames';

/** The filed indicator of the figure written `fig` in `text`. */
function ind(text: string, fig: string): string | null {
  const f = extractFigures(text).find((x) => x.text === fig);
  assert.ok(f, `no figure ${fig} in ${text}`);
  return normalizeIndicator(f.indicator);
}

describe('indicators in sentences: a count takes the noun after it when a verb stands before it', () => {
  it('a verb before the count is not the name; its object after the count is', () => {
    assert.equal(ind('今年再开工9项骨干引水工程，继续推进。', '9项'), '骨干引水工程');
    assert.equal(ind('去年清理规范58项涉农中介服务事项。', '58项'), '涉农中介服务事项');
    assert.equal(ind('领导小组下设4个专项推进组，统筹推进。', '4个'), '专项推进组');
    assert.equal(ind('在新材料、生物医药等领域布局超30个攻关项目，加快突破。', '30个'), '攻关项目');
  });

  it('takes a long object only after a verb, and keeps a name written before the count', () => {
    assert.equal(ind('新设7个边境贸易数字服务综合试验区，外贸回稳。', '7个'), '边境贸易数字服务综合试验区');
    assert.equal(ind('改造老旧小区126个，惠及居民。', '126个'), '老旧小区');
  });

  it('a modifier with 的 or a joiner before the count leaves the noun after it counted', () => {
    assert.equal(ind('对来自外地的12名密切接触者进行观察。', '12名'), '密切接触者');
    assert.equal(ind('设立办公室和6个专项工作组，分工负责。', '6个'), '专项工作组');
  });

  it('a bare count in ten-thousands counts the short noun after it, without its 多', () => {
    assert.equal(ind('全年为210多万低收入老人发放补贴。', '210多万'), '低收入老人');
    assert.equal(ind('我国有9亿多人口，任务繁重。', '9亿'), '人口');
  });

  it('ends the counted noun at a verb that follows it, and a currency word is no noun', () => {
    assert.equal(ind('今年为3万名学龄儿童免费体检。', '3万名'), '学龄儿童');
    assert.equal(ind('全县已有12个乡镇发布了名单。', '12个'), null);
    assert.equal(ind('全省新设1.2万名监测对象由专人联系。', '1.2万名'), '监测对象');
    assert.notEqual(ind('他说这笔钱有2.5万美金。', '2.5万美金'), '美金');
  });

  it('does not take a clause after a bare magnitude, nor a plan\'s items after a verb', () => {
    assert.notEqual(ind('已吸纳超30万外省青年留下来创业就业。', '30万'), '外省青年留下来创业就业');
    assert.equal(ind('方案确定了12项重点任务。', '12项'), null);
  });
});

describe('indicators in sentences: a growth rate named after the figure (ratesNamedAfter)', () => {
  it('takes the measure written between 的 and the word of growth', () => {
    assert.equal(ind('有人说，21.4%的营业收入增速并不算高。', '21.4%'), '营业收入');
  });

  it('a growth named alone after the figure is the growth of the measure just stated, and so is the gap after it', () => {
    const text = '全县一季度粮食产量达12.6万吨，排名第3位。某县以14.2%的增速位居首位，也高于平均水平2.1个百分点。';
    assert.equal(ind(text, '14.2%'), '粮食产量');
    assert.equal(ind(text, '2.1个百分点'), '粮食产量');
    assert.equal(ind('全市新材料产业规模突破900亿元，实现超25%的高速增长。', '25%'), '新材料产业');
  });

  it('leaves a percent alone when no word of growth follows it, or when it names its own measure', () => {
    assert.equal(ind('某县粮食产量达12.6万吨。14.2%的农户参加了培训。', '14.2%'), null);
    assert.equal(ind('某县粮食产量达12.6万吨，粮食单产增长3.5%的目标已实现。', '3.5%'), '粮食单产');
  });
});

describe('indicators in sentences: long names, scopes and papers passed on', () => {
  it('the 20-character cap counts no aside in brackets, and a list of names is shared out before any cap', () => {
    assert.equal(ind('全年地级及以上城市细颗粒物（PM2.5）平均浓度下降1.8%。', '1.8%'), '细颗粒物浓度');
    const text = '通用航空器整机和核心零部件制造业、仓储物流和供应链管理服务业增加值分别增长9.2%、8.4%。';
    assert.equal(ind(text, '9.2%'), '通用航空器整机和核心零部件制造业增加值');
    assert.equal(ind(text, '8.4%'), '仓储物流和供应链管理服务业增加值');
  });

  it('an actor and a verb of passing a paper on are not the name of what is counted', () => {
    assert.equal(ind('某机关提请常委会审议条例草案7件。', '7件'), '条例草案');
    assert.equal(ind('办公室共发出督查通知书120份。', '120份'), '督查通知书');
  });
});
