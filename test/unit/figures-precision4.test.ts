/**
 * Figure precision found on texts nobody had studied (news reports, school news, notices, a
 * geography page, statistical releases): times of day said with 点, months and years listed with
 * 、, spaced years, cohorts, capital digits inside words, policies named by their article count,
 * angles, and units and values the engine missed. Every sentence here is made up for the test.
 */
import * as assert from 'node:assert/strict';
import { parseNumberText } from '../../src/core/figures/numberText';
import { brief } from './figureBrief';

describe('figures: times of day said with 点', () => {
  it('reads N点 as a time where a part of the day, a date or the minutes say so, moving afternoon hours', () => {
    assert.deepEqual(brief('活动定于下午3点开始'), ['3点|"T15"||date']);
    assert.deepEqual(brief('大家9点半集合'), ['9点半|"T09:30"||date']);
    assert.deepEqual(brief('6日7点05分发车'), ['6日|"---06"||date', '7点05分|"T07:05"||date']);
    assert.deepEqual(brief('晚上八点钟散场'), ['八点钟|"T20"||date']);
    assert.deepEqual(brief('晚上8时闭馆'), ['8时|"T20"||date']);
    assert.deepEqual(brief('报名截至下午4:30'), ['4:30|"T16:30"||date']);
    assert.deepEqual(brief('下午2:00-5:30受理'), ['2:00-5:30|["T14:00","T17:30"]||date']);
  });
  it('reads a span of two such times as one pair, the second kept after the first', () => {
    assert.deepEqual(brief('值班时间为晚上9点到2点半'), ['9点到2点半|["T21","T02:30"]||date']);
    assert.deepEqual(brief('下午2点至4点开放'), ['2点至4点|["T14","T16"]||date']);
  });
  it('keeps points, decimals and "a little" out of the clock', () => {
    assert.deepEqual(brief('我讲3点意见'), ['3点|3|点|count']);
    assert.deepEqual(brief('我讲三点意见'), []);
    assert.deepEqual(brief('比上月高一点多'), []);
    assert.deepEqual(brief('请晚一点到'), []);
  });
  it('gives an afternoon time said again without its part of the day the same afternoon', () => {
    assert.deepEqual(brief('下午两点多到站。准确地说是两点二十分'), ['两点|"T14"||date', '两点二十分|"T14:20"||date']);
  });
});

describe('figures: dates listed, spaced and named', () => {
  it('reads months and years listed with 、 as dates each', () => {
    assert.deepEqual(brief('预计7、8月份降雨偏多'), ['7|"--07"||date', '8月份|"--08"||date']);
    assert.deepEqual(brief('计划于2027、2028年完成。2025、2026年连续举办'), ['2027|"2027"||date', '2028年|"2028"||date', '2025|"2025"||date', '2026年|"2026"||date']);
    // a count of months is no list of months
    assert.deepEqual(brief('用时5、6个月'), ['5|5|个月|duration', '6个月|6|个月|duration']);
  });
  it('reads a year whose digits a PDF parted by spaces', () => {
    assert.deepEqual(brief('2 0 2 6 年 工作安排'), ['2 0 2 6 年|"2026"||date']);
    assert.deepEqual(brief('早在19 85年就已建成'), ['19 85年|"1985"||date']);
  });
  it('reads a cohort and a document number parted by a space as names, not counts', () => {
    assert.deepEqual(brief('2026级新生报到'), ['2026|"2026"||date']);
    assert.deepEqual(brief('（某府发〔2026〕12 号）'), ['2026|"2026"||date', '12 号|12|号|other']);
  });
  it('reads a span of days of the month as one pair, with the month before it', () => {
    assert.deepEqual(brief('5-6日有小雨'), ['5-6日|["---05","---06"]||date']);
    assert.deepEqual(brief('预计9月12至13日开展'), ['9月12至13日|["--09-12","---13"]||date']);
    // a period counted in days stays a count
    assert.deepEqual(brief('在3-5日内办结'), ['3-5|[3,5]||count']);
  });
  it('reads a range closed by a Latin unit symbol and a document number with 號', () => {
    assert.deepEqual(brief('降水量为150-180mm'), ['150-180mm|[150,180]|mm|length']);
    assert.deepEqual(brief('某府發〔2026〕8號'), ['2026|"2026"||date', '8號|8|號|other']);
  });
  it('names a policy by its article count, no count', () => {
    assert.deepEqual(brief('出台稳外贸“12条”和“金融9条”'), ['12条|12|条|other', '9条|9|条|other']);
    assert.deepEqual(brief('出台新10条'), ['10条|10|条|other']);
    assert.deepEqual(brief('修订条款12条'), ['12条|12|条|count']);
  });
});

describe('figures: words, units and values', () => {
  it('reads no capital digit inside a word', () => {
    assert.deepEqual(brief('陆家湾新建3个站点'), ['3个|3|个|count']);
    assert.deepEqual(brief('大陆十年变化'), []);
    assert.deepEqual(brief('金额叁万伍仟元整'), ['叁万伍仟元|35000|元|money']);
  });
  it('counts flags, gross tonnage and ministries, and measures barrels as volume', () => {
    assert.deepEqual(brief('发放12面锦旗'), ['12面|12|面|count']);
    assert.deepEqual(brief('日产原油200万桶'), ['200万桶|2000000|桶|volume']);
    assert.deepEqual(brief('建成5万总吨级泊位'), ['5万总吨|50000|总吨|count']);
    assert.deepEqual(brief('由9部委联合发文'), ['9部委|9|部委|count']);
    assert.deepEqual(brief('测量3面积'), ['3|3||count']);
  });
  it('reads 一倍 and 的一半 as ratios', () => {
    assert.deepEqual(brief('产量增长一倍'), ['一倍|1|倍|ratio']);
    assert.deepEqual(brief('只有上年的一半'), ['一半|0.5||ratio']);
  });
  it('adds the places written after 亿 or 万', () => {
    assert.deepEqual(brief('共拨付2亿3456万元'), ['2亿3456万元|234560000|元|money']);
    assert.deepEqual(brief('吸纳3万4500人就业'), ['3万4500人|34500|人|count']);
  });
  it('reads a wind force, a magnitude and a temperature in 度 as no count and no energy', () => {
    assert.deepEqual(brief('沿海有5~6级偏南风'), ['5~6级|[5,6]|级|other']);
    assert.deepEqual(brief('发生4.9级地震'), ['4.9级|4.9|级|other']);
    assert.deepEqual(brief('气温方面，白天在31度上下'), ['31度|31|度|other']);
    assert.deepEqual(brief('全年用电80度'), ['80度|80|度|energy']);
  });
  it('reads the night of a day and days said with 号 before a part of the day as dates', () => {
    assert.deepEqual(brief('3日夜间有雨'), ['3日|"---03"||date']);
    assert.deepEqual(brief('预计7-8号上午有雨'), ['7-8号|["---07","---08"]||date']);
  });
  it('reads colon-joined parts after a word of proportion as a ratio, not a time', () => {
    assert.deepEqual(brief('产业结构由15:45:40调整为'), ['15:45:40|[15,45,40]||ratio']);
    assert.deepEqual(brief('活动于15:45:40开始'), ['15:45:40|"T15:45:40"||date']);
  });
  it('reads 来 between 个 and a time unit as an approximator', () => {
    assert.deepEqual(brief('等了两个来小时'), ['两个来小时|2|个小时|duration']);
  });
  it('reads a longitude or latitude as one angle in decimal degrees', () => {
    assert.deepEqual(brief('站址位于东经100度30分'), ['100度30分|100.5|度|other']);
    assert.deepEqual(brief('北纬20°15′'), ['20°15′|20.25|°|other']);
    assert.deepEqual(brief('用电50度'), ['50度|50|度|energy']);
  });
});

describe('numbers written the way a calculator writes them', () => {
  it('reads a leading point, an exponent and a power', () => {
    assert.equal(parseNumberText('.25'), 0.25);
    assert.equal(parseNumberText('-.75'), -0.75);
    assert.equal(parseNumberText('3e4'), 30000);
    assert.equal(parseNumberText('-15e-1'), -1.5);
    assert.equal(parseNumberText('３e２'), 300);
    assert.equal(parseNumberText('3^4'), 81);
    assert.equal(parseNumberText('4^-1'), 0.25);
    assert.equal(parseNumberText('-2^--2'), -4);
    assert.equal(parseNumberText('e5'), null);
  });
});
