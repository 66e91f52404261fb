/**
 * Figures of statistical communiqués (统计公报): a page scraped one text node per line, where a
 * number and its scale word stand on one line and the unit opens the next (`31.46万` / `户，`), or
 * a year stands apart from its 年; and the units such communiqués write (个千分点, 羽, 頭, 人公里,
 * 吨公里, 千伏安). Every sentence here is made up for the test.
 */
import * as assert from 'node:assert/strict';
import { brief } from './figureBrief';

/** A made-up communiqué paragraph, one text node per line as a page scraper gives it. */
const NODES = [
  '某县', '2030', '年国民经济和社会发展统计公报', '一、综合', '全年粮食产量', '12.34万', '吨，比上年增长', '1.5',
  '%。年末户籍户数', '5.67万', '户。', '全年完成地区生产总值', '88.8亿', '元，增长', '3.2%', '。',
].join('\n');

describe('figures: statistical communiqués scraped one node per line', () => {
  it('gives a number and its scale word the unit the next line opens with, spanning its own line', () => {
    const got = brief(NODES);
    assert.ok(got.includes('12.34万|123400|吨|mass'), got.join(' '));
    assert.ok(got.includes('5.67万|56700|户|count'), got.join(' '));
    assert.ok(got.includes('88.8亿|8880000000|元|money'), got.join(' '));
    assert.ok(got.includes('1.5|1.5|%|percent'), got.join(' '));
  });
  it('reads a year apart from its 年 as a date, not a number of years', () => {
    assert.ok(brief(NODES).includes('2030|"2030"||date'), brief(NODES).join(' '));
  });
  it('leaves a unit that opens a word alone, and text that is not broken into nodes', () => {
    // 人口 is no unit of the number above it
    const got = brief(`${NODES}\n年末人数\n12345\n人口统计`);
    assert.ok(got.some((f) => f.startsWith('12345|12345||')), got.join(' '));
    // one such break alone is no evidence of a scraped page
    assert.deepEqual(brief('全年粮食产量12.34万\n吨，比上年增长1.5%。'), ['12.34万|123400||count', '1.5%|1.5|%|percent']);
  });
});

describe('figures: units of statistical communiqués', () => {
  it('reads a change of a rate in ‰ as points (个千分点)', () => {
    assert.deepEqual(brief('出生率比上年下降0.75个千分点'), ['0.75个千分点|0.75|个千分点|percentage-point']);
  });
  it('counts poultry by 羽 and livestock by 頭 (traditional characters), not 羽毛', () => {
    assert.deepEqual(brief('出栏家禽393.5万羽，出欄生豬82.4萬頭'), ['393.5万羽|3935000|羽|count', '82.4萬頭|824000|頭|count']);
    assert.deepEqual(brief('赠送3羽毛球拍'), ['3|3||count']);
  });
  it('reads transport turnover and transformer capacity with their whole units', () => {
    assert.deepEqual(brief('旅客周转量12.3亿人公里，货物周转量45.6亿吨公里'), ['12.3亿人公里|1230000000|人公里|count', '45.6亿吨公里|4560000000|吨公里|mass']);
    assert.deepEqual(brief('新增变电容量120万千伏安'), ['120万千伏安|1200000|千伏安|energy']);
  });
});

describe('figures: lists of percentage points in communiqués', () => {
  it('gives negative list members the kind of the unit that closes the list', () => {
    assert.deepEqual(brief('拉动增长分别为0.25、-3.5、1.5个百分点'),
      ['0.25|0.25|个百分点|percentage-point', '-3.5|-3.5|个百分点|percentage-point', '1.5个百分点|1.5|个百分点|percentage-point']);
  });
  it('reads N个 cut short from 个百分点 as points where each member says its change', () => {
    assert.deepEqual(brief('比重分别下降0.3个、下降0.4个、提高0.7个百分点'),
      ['0.3个|0.3|个百分点|percentage-point', '0.4个|0.4|个百分点|percentage-point', '0.7个百分点|0.7|个百分点|percentage-point']);
    // a whole number of 个 counts things
    assert.deepEqual(brief('净增加120个、提高3.5个百分点'), ['120个|120|个|count', '3.5个百分点|3.5|个百分点|percentage-point']);
  });
});

describe('figures: a table whose caption gives the unit', () => {
  it('gives a bare decimal in the rows below 单位：X the kind of X, value and unit as written', () => {
    const got = brief('表1 某县主要农产品产量\n单位：万吨\n| 品种 | 2029年 | 2030年 |\n|---|---|---|\n| 稻谷 | 12.34 | 12.56 |\n| 玉米 | 3.21 | 3.45 |\n');
    assert.ok(got.includes('12.34|12.34||mass') && got.includes('3.45|3.45||mass'), got.join(' '));
    const pct = brief('某市三次产业贡献率\n单位:%\n年份 第一产业 第二产业\n2029 3.1 45.6\n2030 2.9 -1.2\n');
    assert.ok(pct.includes('45.6|45.6||percent') && pct.includes('-1.2|-1.2||percent'), pct.join(' '));
  });
  it('leaves whole numbers, rows past prose, and tables whose header gives a column another unit', () => {
    const got = brief('单位：万元\n企业 12 34.5\n全年完成投资56.7亿元，增长8.9。\n合计 7.5\n');
    assert.ok(got.includes('12|12||count') && got.includes('34.5|34.5||money') && got.includes('7.5|7.5||count'), got.join(' '));
    const mixed = brief('单位：万吨\n品种 产量 比上年增长(%)\n稻谷 12.34 1.5\n');
    assert.ok(mixed.includes('12.34|12.34||count'), mixed.join(' '));
  });
});

describe('figures: chart captions of communiqués', () => {
  it('reads 图N: before a year as the caption label, no ratio N:year', () => {
    assert.deepEqual(brief('说明文字。\n图1:2026-2030年某县粮食产量\n'), ['2026-2030年|["2026","2030"]||date']);
    assert.deepEqual(brief('说明文字。\n图2：2030年三次产业构成\n'), ['2030年|"2030"||date']);
  });
});

describe('figures: communiqués in traditional characters', () => {
  it('reads 三次產業 as the three sectors, no count of 次', () => {
    assert.deepEqual(brief('三次產業結構調整為10.1:40.2:49.7'), ['10.1:40.2:49.7|[10.1,40.2,49.7]||ratio']);
  });
});
