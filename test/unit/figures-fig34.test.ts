/**
 * Figures on page openings and longer texts (fig34, study40–43): bar-parted table rows with no
 * separator row, a guide's own points counted (七个要求, 四个维度), counts whose colon lists their
 * items, road numbers, places in a ranking said with 位, 号人, list markers run into a line,
 * captions glued to their year, fixed expressions and half hours in traditional characters, debts
 * said without 元, and approximate ranges said with two neighbouring numerals. Every text here is
 * made up for the test.
 */
import * as assert from 'node:assert/strict';
import { extractFigures } from '../../src/core/figures';
import { parseOutline } from '../../src/core/outline';

function brief(text: string): string[] {
  return extractFigures(text, parseOutline(text)).map((f) => `${f.text}|${JSON.stringify(f.value)}|${f.unit}|${f.kind}`);
}

describe('figures fig34: bar-parted rows under a header, no separator row', () => {
  it('gives the cells the kinds of the header the name column lost', () => {
    const t = '表2 某县生产总值\n| 绝 对 数 (亿元) | 比上年增长 (%) |\n生产总值 | 310.25 | 4.8 |\n第一产业 | 41.06 | 3.1 |\n第二产业 | 120.40 | 5.6 |\n';
    assert.deepEqual(brief(t).slice(1), [
      '310.25|310.25||money', '4.8|4.8||percent', '41.06|41.06||money', '3.1|3.1||percent', '120.40|120.4||money', '5.6|5.6||percent',
    ]);
  });
  it('reads rows that open with a bar too, and a unit the row names for a column that names none', () => {
    const t = '| 指标 | 本月 | 比上年同月增长(%) |\n| 零售总额(亿元) | 812.5 | -2.1 |\n| 餐饮收入(亿元) | 95.3 | 4.4 |\n';
    assert.deepEqual(brief(t), ['812.5|812.5||money', '-2.1|-2.1||percent', '95.3|95.3||money', '4.4|4.4||percent']);
  });
  it('leaves rows with no header line, and one row alone', () => {
    // (no header gives the cells a measure; a bare decimal no pass reads is `other`: wholeCounts.ts)
    assert.deepEqual(brief('生产总值 | 310.25 | 4.8 |\n第一产业 | 41.06 | 3.1 |\n'), ['310.25|310.25||other', '4.8|4.8||other', '41.06|41.06||other', '3.1|3.1||other']);
    assert.deepEqual(brief('| 绝对数(亿元) | 增长(%) |\n生产总值 | 310.25 | 4.8 |\n'), ['310.25|310.25||other', '4.8|4.8||other']);
  });
});

describe("figures fig34: a text's own points", () => {
  it('counts no 要求, 维度 or 难点 the text names as its points, an adjective between too', () => {
    assert.deepEqual(brief('写好工作总结的六个要求\n'), []);
    assert.deepEqual(brief('本文归纳两个核心维度，帮你理清思路。'), []);
    assert.deepEqual(brief('要突破三个难点。'), []);
  });
  it('counts no slogan characters in quotes', () => {
    assert.deepEqual(brief('成绩集中体现在三个“实”字上：'), []);
    assert.deepEqual(brief('成绩集中体现在三个‚实‛字上：'), []);
  });
  it('counts no count whose colon lists as many items', () => {
    assert.deepEqual(brief('（两个重点：稳增长和保民生，三个抓手：抓项目、抓招商、抓服务）'), []);
  });
  it('keeps a count whose colon lists another number of items, and real counts', () => {
    assert.deepEqual(brief('新建三个站点：甲站、乙站。'), ['三个|3|个|count']);
    assert.deepEqual(brief('请人品尝四个罐子里的茶。'), ['四个|4|个|count']);
  });
});

describe('figures fig34: names and places', () => {
  it('reads a road number as the road, not a count', () => {
    assert.deepEqual(brief('境内有318国道、52省道和 207 国道。'), ['318|318||other', '52|52||other', '207|207||other']);
    assert.deepEqual(brief('地处國道106線与省道 215 交汇处。'), ['106|106||other', '215|215||other']);
  });
  it('reads a place in a ranking said with 位 after 排名, 排位, 排在', () => {
    assert.deepEqual(brief('各项指标在全市排位，由去年的 18位上升为今年的 9 位。'), ['18位|18|位|other', '9 位|9|位|other']);
    assert.deepEqual(brief('人均收入排在全省所有县的50多位。'), ['50多位|50|位|other']);
  });
  it('keeps places counted and people counted with 位', () => {
    assert.deepEqual(brief('全省县域排序中，前10强本市占3位。'), ['10强|10|强|other', '3位|3|位|count']);
    assert.deepEqual(brief('共有40多位专家参加。'), ['40多位|40|位|count']);
  });
  it('counts people said with 号人, not a number one figure', () => {
    assert.deepEqual(brief('全系统800多号人，其中离退休300人。'), ['800多号|800|号|count', '300人|300|人|count']);
    assert.deepEqual(brief('他是1号人物。'), ['1号|1|号|other']);
  });
});

describe('figures fig34: list markers and captions run into a line', () => {
  it('drops an item number a label runs into (导读 1., 内容1、)', () => {
    assert.deepEqual(brief('导读 1.做好纪要的整理，提升写作水平。'), []);
    assert.deepEqual(brief('格式内容1、标题。由名称构成。'), []);
  });
  it('keeps numbers of things, lists of numbers and numbered names', () => {
    assert.deepEqual(brief('见表1、表2。'), ['1|1||other', '2|2||other']);
    assert.ok(brief('与红2、红6军团会合。').some((x) => x.startsWith('2|')));
    assert.ok(brief('分别为1、2月份').length > 0);
  });
  it('parts a caption label glued to its year', () => {
    assert.deepEqual(brief('圖12020年某市三次產業構成(%)\n'), ['1|1||other', '2020年|"2020"||date']);
  });
});

describe('figures fig34: traditional characters', () => {
  it('reads a fixed expression in traditional characters as its simplified form', () => {
    assert.deepEqual(brief('堅持十年磨一劍的精神。'), []);
  });
  it('reads half an hour more after the traditional 個', () => {
    assert.deepEqual(brief('會議持續了兩個半小時。'), ['兩個半小時|2.5|個小時|duration']);
  });
  it('reads a temperature after 溫度', () => {
    assert.deepEqual(brief('平均溫度20度左右。'), ['20度|20|度|other']);
  });
});

describe('figures fig34: money and ranges', () => {
  it('reads a debt in 亿 with no 元 as money', () => {
    assert.deepEqual(brief('负债高达2.3亿，资不抵债。'), ['2.3亿|230000000||money']);
  });
  it('reads two neighbouring numerals before a measure word as a range', () => {
    assert.deepEqual(brief('两三百年以前，这里还是荒地。'), ['两三百年|[200,300]|年|duration']);
    assert.deepEqual(brief('抽调两三个人，组成专班。'), ['两三个|[2,3]|个|count']);
    assert.deepEqual(brief('筹集二三十万元。'), ['二三十万元|[200000,300000]|元|money']);
  });
  it('leaves decades, months, idioms and the liang', () => {
    assert.deepEqual(brief('五六十年代'), []);
    assert.deepEqual(brief('三四月份，乱七八糟，一两银子，一两天。'), []);
  });
});
