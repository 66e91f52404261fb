/**
 * Figure kinds found on statutes, PDF text of statutes and news transcripts (holdout11 study):
 * periods of days with bounds (十五日以下拘留), dates and ordinals cut by a hard line break,
 * years and months said together (两年零九个月), sets of points the text enumerates (四个突破：
 * 一是…四是), and the measure words 道 and 桶. Every sentence here is made up for the test.
 */
import * as assert from 'node:assert/strict';
import { brief } from './figureBrief';

describe('figures: periods of days in statutes', () => {
  it('reads N日 before 内/以内/之内/以上/以下 as a period of days, in Arabic or Chinese numerals', () => {
    assert.deepEqual(brief('处10日以上15日以下拘留'), ['10日|10|日|duration', '15日|15|日|duration']);
    assert.deepEqual(brief('处十日以上十五日以下拘留'), ['十日|10|日|duration', '十五日|15|日|duration']);
    assert.deepEqual(brief('应当在七日内作出答复'), ['七日|7|日|duration']);
    assert.deepEqual(brief('自收到申请之日起二十日以内办结'), ['二十日|20|日|duration']);
    assert.deepEqual(brief('提前十五日通知对方'), ['十五日|15|日|duration']);
  });
  it('keeps a day of a month a date', () => {
    assert.deepEqual(brief('每月15日前报送'), ['15日|"---15"||date']);
    assert.deepEqual(brief('定于十月一日以后开放'), ['十月一日|"--10-01"||date']);
    assert.deepEqual(brief('本周三十日出发'), []);
  });
});

describe('figures: dates and ordinals cut by a hard line break', () => {
  it('reads a date cut after the month digits, the year or the month as one date on its first line', () => {
    assert.deepEqual(brief('本法根据2021年11\n月3日的决定修正'), ['2021年11|"2021-11-03"||date']);
    assert.deepEqual(brief('本法根据2021\n年11月3日的决定修正'), ['2021|"2021-11-03"||date']);
    assert.deepEqual(brief('本法根据2021年11月\n3日的决定修正'), ['2021年11月|"2021-11-03"||date']);
  });
  it('leaves a date that opens its line alone', () => {
    assert.deepEqual(brief('标题\n2021年11月\n3日，会议召开'), ['2021年11月|"2021-11"||date', '3日|"---03"||date']);
  });
  it('reads a numeral that continues 第 from the line before as an ordinal, no count', () => {
    assert.deepEqual(brief('经全省代表大会第二\n十三次会议通过'), []);
    assert.deepEqual(brief('经全省代表大会第\n三次会议通过'), []);
    assert.deepEqual(brief('全年开展检查\n三次，发现问题'), ['三次|3|次|count']);
  });
});

describe('figures: years and months said together', () => {
  it('reads N年零M个月 and N年M个月 as one period in months', () => {
    assert.deepEqual(brief('历时两年零九个月建成'), ['两年零九个月|33|个月|duration']);
    assert.deepEqual(brief('判处有期徒刑三年六个月'), ['三年六个月|42|个月|duration']);
    assert.deepEqual(brief('工期1年零3个月'), ['1年零3个月|15|个月|duration']);
  });
  it('keeps years alone when no months follow', () => {
    assert.deepEqual(brief('历时两年，建成三座桥'), ['两年|2|年|duration', '三座|3|座|count']);
  });
});

describe('figures: a set of points the text enumerates', () => {
  it('drops a Chinese count N个 that the text goes on to enumerate, wherever it recurs', () => {
    const text = '园区要实现四个提升\n会议提出，园区要实现四个提升。这四个提升包括：一是产值提升，二是税收提升，三是就业提升，四是环境提升。';
    assert.deepEqual(brief(text), []);
  });
  it('keeps the count where the enumeration has another number of members', () => {
    const text = '园区建成三个基地。这三个基地包括：一是研发基地，二是生产基地，三是物流基地，四是培训基地。';
    assert.deepEqual(brief(text), ['三个|3|个|count']);
  });
  it('keeps the count where nothing is enumerated after it, and Arabic counts always', () => {
    assert.deepEqual(brief('园区建成四个基地，吸纳就业2000人。'), ['四个|4|个|count', '2000人|2000|人|count']);
    assert.deepEqual(brief('要做好4个结合：一是甲，二是乙，三是丙，四是丁。'), ['4个|4|个|count']);
  });
});

describe('figures: measure words 道 and 桶', () => {
  it('counts 道 after digits and measures barrels as volume', () => {
    assert.deepEqual(brief('赛道连拐6道急弯'), ['6道|6|道|count']);
    assert.deepEqual(brief('两道防线'), []);
    assert.deepEqual(brief('出口原油300万桶'), ['300万桶|3000000|桶|volume']);
  });
});

describe('figures: months, halves, round amounts and index levels in news', () => {
  it('reads a Chinese month alone where a clause stop or a part of the month follows', () => {
    assert.deepEqual(brief('六月，江南进入梅雨期'), ['六月|"--06"||date']);
    assert.deepEqual(brief('十月中旬举行'), ['十月|"--10"||date']);
    assert.deepEqual(brief('他在四月份出发'), ['四月份|"--04"||date']);
  });
  it('keeps idioms, counts of months and the end of a span of months out', () => {
    assert.deepEqual(brief('十月怀胎'), []);
    assert.deepEqual(brief('七月流火'), []);
    assert.deepEqual(brief('前三月，销量上升'), []);
    assert.deepEqual(brief('两月，'), []);
    assert.deepEqual(brief('最好在四至五月，天气干爽'), []);
  });
  it('reads 一半 after an approximator as a share even before 是', () => {
    assert.deepEqual(brief('学员中近一半是本地人'), ['一半|0.5||ratio']);
    assert.deepEqual(brief('一半是海水，一半是火焰'), []);
  });
  it('reads 上千/上百 before an item word as a round amount, not where it is vague or opens a word', () => {
    assert.deepEqual(brief('收到上千部作品'), ['千部|1000|部|count']);
    assert.deepEqual(brief('完成上百项改进'), ['百项|100|项|count']);
    assert.deepEqual(brief('成百上千部署在各地'), []);
    assert.deepEqual(brief('上千部署在各地'), []);
    assert.deepEqual(brief('有几十上百项'), []);
  });
  it('reads a bare number an index states as the level, kind other', () => {
    assert.deepEqual(brief('物价指数（CPI）为101.5，环比持平'), ['101.5|101.5||other']);
    assert.deepEqual(brief('绩效指数为0.9'), ['0.9|0.9||other']);
    assert.deepEqual(brief('指数上涨2.1%'), ['2.1%|2.1|%|percent']);
  });
});
