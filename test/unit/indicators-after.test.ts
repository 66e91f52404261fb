/**
 * Indicator names that stand after the figure, counts that give a scope, and words that name no
 * measure (issue 12, src/core/figures/context.ts). Every sentence here is made up for the test.
 */
import * as assert from 'node:assert/strict';
import { extractFigures } from '../../src/core';
import { normalizeIndicator } from '../../src/core/figures/indicatorNames';

function ind(text: string, fig: string): string | null {
  const f = extractFigures(text).find((x) => x.text === fig);
  assert.ok(f, `no figure ${fig} in ${text}`);
  return normalizeIndicator(f.indicator);
}

describe('indicators named after the figure, and counts that name no measure', () => {
  it('money with a fund or a limit after it, a rate of cutting with what is cut after it', () => {
    assert.equal(ind('市财政还安排800万元星河专项资金，用于奖励。', '800万元'), '星河专项资金');
    assert.equal(ind('一次性增加3万亿元地方债务限额置换存量债务。', '3万亿元'), '地方债务限额');
    assert.equal(ind('各部门一律按不低于6%的幅度压减会议支出。', '6%'), '会议支出');
    // a name before the figure wins over a noun after it
    assert.equal(ind('星河基金规模达到800万元专项资金。', '800万元'), '星河基金');
  });

  it('the words after the previous figure up to a 、 are its tail, not a member of the next name', () => {
    assert.equal(ind('玉米产量跃上9000万斤新高度、单产提升8.2斤。', '8.2斤'), '单产');
  });

  it('a count that gives the set a statement speaks of, and the base of a rate per head, name no measure', () => {
    assert.equal(ind('45个重点行业大类中，40个实现增长。', '45个'), null);
    assert.equal(ind('来本市的学生每20人就有3人留下工作。', '20人'), null);
    assert.equal(ind('来本市的学生每20人就有3人留下工作。', '3人'), null);
    assert.equal(ind('全省前30强中本地区占4位。', '4位'), null);
    // 高中 is a school, not "among"
    assert.equal(ind('新建5所高中，扩大招生。', '5所'), '高中');
  });

  it('a verb before a scope word and a count leaves the noun after the count counted', () => {
    assert.equal(ind('与会代表代表着全省2300多万市场主体、60多万专业人才。', '2300多万'), '市场主体');
    assert.equal(ind('与会代表代表着全省2300多万市场主体、60多万专业人才。', '60多万'), '专业人才');
    assert.equal(ind('本市被确定为全省9个星河示范市之一。', '9个'), '星河示范市');
  });

  it('a subject and a short predicate before the figure: the subject, up to its last head', () => {
    assert.equal(ind('星河科研经费跨境拨付至邻市累计超过3.2亿元。', '3.2亿元'), '星河科研经费');
    assert.equal(ind('云海产业基金首期落地20亿元。', '20亿元'), '云海产业基金');
    // a predicate that names a measure itself keeps the whole name
    assert.equal(ind('招商引资签约项目数增长12%。', '12%'), '招商引资签约项目数');
    // a verb with a new object after it names what is counted: the whole name stays
    assert.equal(ind('星河科技园新增入驻企业45家。', '45家'), '星河科技园新增入驻企业');
  });

  it('a count named only by a level counts the noun of the next member at its level', () => {
    assert.equal(ind('已组建4家国家级、17家省级星河创新中心。', '4家'), '国家级星河创新中心');
    assert.equal(ind('已组建4家国家级、17家省级星河创新中心。', '17家'), '省级星河创新中心');
  });

  it('a member after a name that lost its scope word counts the noun after it', () => {
    assert.equal(ind('与12家全国重点实验室、9家星河联合实验室等共同发展。', '9家'), '星河联合实验室');
  });
});
