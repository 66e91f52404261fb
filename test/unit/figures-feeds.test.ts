/**
 * Figures in feed copies of news pages and in talk transcripts: English header dates, the spoken
 * word for dollars, spans of dates and amounts, places in a ranking. Every sentence here is
 * invented for the test; each checks a kind of text, not a line of a document.
 */
import * as assert from 'node:assert/strict';
import { brief } from './figureBrief';

describe('figures in feed copies: English dates', () => {
  it('reads a day, an English month and a year as one date', () => {
    assert.deepEqual(brief('date: Tue, 07 Mar 2023 10:15:00 GMT'), ['07 Mar 2023|"2023-03-07"||date', '10:15:00|"T10:15:00"||date']);
    assert.deepEqual(brief('posted on 3 September 2019.'), ['3 September 2019|"2019-09-03"||date']);
  });
  it('keeps a day with its month alone as the day', () => {
    assert.deepEqual(brief('更新于 12 Jan，共3篇'), ['12|"---12"||date', '3篇|3|篇|count']);
  });
});

describe('figures in talk transcripts: 美金 and spans', () => {
  it('reads 美金 as money, with a price per share', () => {
    assert.deepEqual(brief('每股作价12.5美金/股，募资30亿美金'), ['12.5美金/股|12.5|美金/股|money', '30亿美金|3000000000|美金|money']);
    assert.deepEqual(brief('申购价8元/股'), ['8元/股|8|元/股|money']);
    // 股东, 股份 after the slash are other words
    assert.deepEqual(brief('人均100元/股东'), ['100元|100|元|money']);
  });
  it('reads two amounts with the same scale word joined by 到 as one span', () => {
    assert.deepEqual(brief('人均收入要达到2.1万到2.3万美金的水平'), ['2.1万到2.3万美金|[21000,23000]|美金|money']);
  });
  it('reads a span of whole dates joined by a doubled dash as one pair', () => {
    assert.deepEqual(brief('报名时间为2022年3月1日--2022年3月15日。'), ['2022年3月1日--2022年3月15日|["2022-03-01","2022-03-15"]||date']);
  });
});

describe('figures in rankings: 后N名', () => {
  it('reads the bottom places of a ranking as a rank, not a count', () => {
    assert.deepEqual(brief('完成率后两名：甲县、乙县。排名后4名的'), ['两名|2|名|other', '4名|4|名|other']);
  });
  it('keeps 之后/随后 N名 a count', () => {
    assert.deepEqual(brief('此后3名队员归队，随后五名队员出发'), ['3名|3|名|count', '五名|5|名|count']);
  });
});

describe('figures in page footers and plan names: years', () => {
  it('reads the year of a copyright notice as a date', () => {
    assert.deepEqual(brief('Copyright © 2023 某某网 版权所有'), ['2023|"2023"||date']);
  });
  it('reads two years alone in brackets as a span of years', () => {
    assert.deepEqual(brief('《城市更新行动计划（2023-2027）》'), ['2023-2027|["2023","2027"]||date']);
    // an earlier second year is no span; a code in brackets stays as it was
    assert.deepEqual(brief('（1234-5678）'), ['1234-5678|[1234,5678]||count']);
  });
});

describe('figures in technical articles: labels', () => {
  it('reads the number of a figure, table, formula or algorithm as a label, kind other, with no unit', () => {
    assert.deepEqual(brief('结构如图1所示，数据见表2。'), ['1|1||other', '2|2||other']);
    assert.deepEqual(brief('* **公式(3)**：损失函数'), ['3|3||other']);
    assert.deepEqual(brief('论文给出了 Algorithm 2。'), ['2|2||other']);
    assert.deepEqual(brief('详见图4-2。'), ['4-2|null||other']);
  });
  it('keeps amounts after words that end in 表 or 图', () => {
    assert.deepEqual(brief('选出代表5名，发表论文3篇'), ['5名|5|名|count', '3篇|3|篇|count']);
  });
});

describe('figures in rankings: a list before a rank', () => {
  it('does not read 前/后 N名 as the length of the list before it', () => {
    assert.deepEqual(brief('甲县及乙县完成率后二名：'), ['二名|2|名|other']);
  });
});

describe('figures in talk transcripts: spoken percentage points', () => {
  it('reads N个点 after a change of a share as percentage points, and a later 这N个点 too', () => {
    assert.deepEqual(brief('农业的比重从12%降到9%，下降了接近3个点。这3个点来自结构调整。'),
      ['12%|12|%|percent', '9%|9|%|percent', '3个点|3|个点|percentage-point', '3个点|3|个点|percentage-point']);
  });
  it('keeps N个点 a count where no share is spoken of, or the word goes on', () => {
    assert.deepEqual(brief('全区设立了5个点位，网点下降了2个点'), ['5个|5|个|count', '2个|2|个|count']);
  });
});

describe('figures in talk transcripts: a bare 点几 share', () => {
  it('reads N点几 with no unit as percent where a share is spoken of just before', () => {
    assert.deepEqual(brief('工业占GDP的比重是百分之三十，服务业占五十四点几。'),
      ['百分之三十|30|%|percent', '五十四点几|54||percent']);
  });
  it('keeps a time, 几乎 and 几何 out', () => {
    assert.deepEqual(brief('三点几乎重合，三点几何路径'), []);
    assert.deepEqual(brief('增长很快，下午三点几到了'), ['三点|"T15"||date']);
  });
});
