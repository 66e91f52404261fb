/**
 * Figure kinds and misses by text shape across the study sets (figures44, round 26): a sum in 万/亿
 * that an issue, a total or a noun of money names; a bare year after a verb of looking back or ahead
 * or before a title's middle dot; a period of one that a price is paid for; a half-year report; 个
 * before 案例/案件. Every text here is made up for the test.
 */
import * as assert from 'node:assert/strict';
import { brief } from './figureBrief';

function find(text: string, span: string): string | undefined {
  return brief(text).find((b) => b.startsWith(span + '|'));
}
function kindOf(text: string, span: string): string | undefined {
  return find(text, span)?.split('|')[3];
}

describe('figures44: a sum in 万/亿 with no unit that the clause names as money', () => {
  it('reads money where a noun of money follows the sum', () => {
    assert.equal(kindOf('去年全市完成6000亿的投资，创历史新高', '6000亿'), 'money');
    assert.equal(kindOf('省里安排3.5亿资金用于乡村道路', '3.5亿'), 'money');
    assert.equal(kindOf('市财政拨出2亿专项资金支持创业', '2亿'), 'money');
    assert.equal(kindOf('这家银行当月新增800万贷款', '800万'), 'money');
  });
  it('reads money after an issue, a total or a central bank operation', () => {
    assert.equal(kindOf('今年地方专项债券发行规模3.9万亿，比上年增加', '3.9万亿'), 'money');
    assert.equal(kindOf('该省发行地方债八千亿', '八千亿'), 'money');
    assert.equal(kindOf('进出口总额达4300亿，同比增长', '4300亿'), 'money');
    assert.equal(kindOf('央行本周开展逆回购操作共1200亿', '1200亿'), 'money');
    assert.equal(kindOf('大幅增加專項債券發行規模八千億', '八千億'), 'money');
  });
  it('keeps counts of people and users', () => {
    assert.equal(kindOf('这座城市有1200万人口', '1200万'), 'count');
    assert.equal(kindOf('全省常住人口达到1.2亿，居全国首位', '1.2亿'), 'count');
    assert.equal(kindOf('网民规模达10.5亿', '10.5亿'), 'count');
    assert.equal(kindOf('全国有3亿农民工', '3亿'), 'count');
    assert.equal(kindOf('惠及800万贷款户', '800万'), 'count');
    assert.equal(kindOf('培育4亿中等收入群体', '4亿'), 'count');
  });
});

describe('figures44: a bare year a verb or a title’s middle dot dates', () => {
  it('reads a year after a verb of looking back or ahead', () => {
    assert.equal(find('回眸2019，我们走过了不平凡的历程', '2019'), '2019|"2019"||date');
    assert.equal(kindOf('展望2030，新区将建成现代化城区', '2030'), 'date');
    assert.equal(kindOf('盘点2022：十件民生实事全部完成', '2022'), 'date');
    assert.equal(kindOf('告别2020，迎接2021', '2021'), 'date');
  });
  it('reads a year before a middle dot and a title’s words', () => {
    assert.equal(kindOf('## 2. 回望2018·脱贫攻坚决战', '2018'), 'date');
    assert.equal(kindOf('2024·中国杭州国际动漫节开幕', '2024'), 'date');
  });
  it('leaves numbers that are no year alone', () => {
    assert.equal(kindOf('他的编号是2019，排在最后', '2019'), 'other');
    assert.equal(find('共收到意见2009条', '2009条'), '2009条|2009|条|count');
    assert.equal(kindOf('入选《中国制造2025》重点项目', '2025'), 'other');
    assert.equal(find('回顾2000多年的历史', '2000'), undefined);
  });
});

describe('figures44: a period of one that a price is paid for', () => {
  it('drops 一天 / 一个月 right before a price', () => {
    assert.equal(find('大工一天300元，小工一天150元到180元', '一天'), undefined);
    assert.equal(kindOf('大工一天300元，小工一天150元到180元', '300元'), 'money');
    assert.equal(find('车位一个月500元', '一个月'), undefined);
    assert.equal(find('这种设备一年2万元的维护费', '一年'), undefined);
  });
  it('keeps a period that is measured', () => {
    assert.equal(find('工程工期一年，预计明年完工', '一年'), '一年|1|年|duration');
    assert.equal(find('培训为期一天', '一天'), '一天|1|天|duration');
    assert.equal(find('只用了一天就完成了', '一天'), '一天|1|天|duration');
    assert.equal(find('用了一年3个月完成全部工作', '一年3个月')?.split('|')[3], 'duration');
  });
});

describe('figures44: names that hold a numeral and a period', () => {
  it('reads no figure in a half-year report or the verse 九天揽月', () => {
    assert.equal(find('英方再次发布所谓香港问题半年报告', '半年'), undefined);
    assert.equal(find('公司半年报显示营收增长12%', '半年'), undefined);
    assert.equal(find('外方發佈所謂半年報告', '半年'), undefined);
    assert.equal(find('可上九天揽月，可下五洋捉鳖', '九天'), undefined);
  });
  it('keeps a half year and nine days that are periods', () => {
    assert.equal(find('各单位每半年报告一次工作进展', '半年'), '半年|0.5|年|duration');
    assert.equal(find('半年报送一次数据', '半年'), '半年|0.5|年|duration');
    assert.equal(find('项目建设用了半年时间', '半年'), '半年|0.5|年|duration');
    assert.equal(find('连续九天高温', '九天'), '九天|9|天|duration');
  });
});

describe('figures44: 个 before 案例 and 案件', () => {
  it('reads 个 as the count word, not the noun 个案', () => {
    assert.equal(find('全国共有16个案例入选典型', '16个'), '16个|16|个|count');
    assert.equal(find('法院共审结3个案件', '3个'), '3个|3|个|count');
    assert.equal(find('共办理个案12件', '12件'), '12件|12|件|count');
  });
});
