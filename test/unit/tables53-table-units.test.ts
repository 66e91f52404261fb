/**
 * A statistical table's unit written once and carried to the bare numbers it governs (tables53): the
 * caption line before an HTML table (`单位：亿元`), a row of the table stating the unit of the part
 * below it, a header written with its sign (`同比增长（±%）`), a caption of one cell ending with its unit
 * (`…增长(%)`), and a Markdown row's name ending with its unit. Every table here is made up for the test.
 */
import * as assert from 'node:assert/strict';
import { parseOutline } from '../../src/core/outline';
import { extractFigures } from '../../src/core/figures';

function kinds(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const f of extractFigures(text, parseOutline(text))) out.set(f.text, `${f.kind}|${f.unit}`);
  return out;
}

const row = (cells: string[]) => `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;

describe('figures: a table\'s unit written once (tables53)', () => {
  it('gives the cells of an HTML table the unit its caption line states, and a ±% header its rate', () => {
    const text = [
      '<p>某县2030年主要经济指标</p>',
      '<p style="text-align:right"><span> </span>单位：亿元</p>',
      '<table>',
      row(['指标', '数值', '同比增长（±%）']),
      row(['地区生产总值', '812.4', '6.3']),
      row(['第一产业', '95.7', '3.1']),
      row(['第二产业', '301.2', '-1.4']),
      '</table>',
    ].join('\n');
    const k = kinds(text);
    assert.equal(k.get('812.4'), 'money|');
    assert.equal(k.get('95.7'), 'money|');
    assert.equal(k.get('6.3'), 'percent|');
    assert.equal(k.get('-1.4'), 'percent|');
  });

  it('reads each part of an HTML table under the unit its own row states', () => {
    const text = [
      '<table>',
      row(['存贷款', '', '']),
      row(['', '', '单位：亿元']),
      row(['指标', '6月末', '比年初增减额']),
      row(['各项存款余额', '1520.6', '-12.4']),
      row(['各项贷款余额', '880.3', '41.7']),
      row(['进出口', '', '']),
      row(['', '', '单位：万美元']),
      row(['指标', '1-6月', '增长（%）']),
      row(['进出口总值', '45210.8', '17.2']),
      row(['出口', '3902.5', '-8.6']),
      '</table>',
    ].join('');
    const k = kinds(text);
    for (const money of ['1520.6', '-12.4', '880.3', '41.7', '45210.8', '3902.5']) assert.equal(k.get(money), 'money|', money);
    assert.equal(k.get('17.2'), 'percent|');
    assert.equal(k.get('-8.6'), 'percent|');
  });

  it('keeps the row numbers of a 行次 column out of the table\'s unit', () => {
    const text = [
      '<table>',
      row(['编制单位：某公司', '', '金额单位：万元']),
      row(['项目', '行次', '本年累计数']),
      row(['营业收入', '1', '2301.5']),
      row(['营业成本', '2', '1702.8']),
      '</table>',
    ].join('');
    const k = kinds(text);
    assert.equal(k.get('2301.5'), 'money|');
    assert.notEqual(k.get('1')?.split('|')[0], 'money');
    assert.notEqual(k.get('2')?.split('|')[0], 'money');
  });

  it('gives a bar-parted table the unit its one-cell caption ends with', () => {
    const text = [
      '指标:服务业增加值_同比增长(%) | ||||',
      '地区 | 2030年3月 | 2030年2月 | 2030年1月 |',
      '甲市 | 5.2 | 4.8 | 6.1 |',
      '乙市 | -0.7 | 3.3 | 12 |',
      '注:数据为初步核算数。',
    ].join('\n');
    const k = kinds(text);
    for (const p of ['5.2', '4.8', '6.1', '-0.7', '3.3', '12']) assert.equal(k.get(p), 'percent|', p);
    assert.equal(k.get('2030年3月'), 'date|');
  });

  it('gives a Markdown row the unit its name ends with where the column is a year', () => {
    const text = [
      '| 指标 | 2031年 | 2030年 |',
      '|---|---|---|',
      '| 财政收入(亿元) | 56.4 | 51.9 |',
      '| 城镇化率(%) | 61.2 | 60.4 |',
    ].join('\n');
    const k = kinds(text);
    assert.equal(k.get('56.4'), 'money|');
    assert.equal(k.get('51.9'), 'money|');
    assert.equal(k.get('61.2'), 'percent|');
    assert.equal(k.get('2031年'), 'date|');
  });

  it('reads a budget table run together with its caption in one string as amounts in its unit', () => {
    const text = [
      "sentences = ['2031年某市本级国有资本经营预算收入预算表单位：万元项目预算数一、利润收入4300国有企业利润收入4300收入合计4300加：',",
      "             '全年一般公共预算收入完成12.5亿元，增长3.2%。']",
    ].join('\n');
    const got = extractFigures(text, parseOutline(text)).filter((f) => f.text === '4300');
    assert.equal(got.length, 3);
    for (const f of got) assert.equal(`${f.kind}|${f.unit}|${f.value}`, 'money||4300');
    assert.equal(kinds(text).get('3.2%'), 'percent|%');
  });
});
