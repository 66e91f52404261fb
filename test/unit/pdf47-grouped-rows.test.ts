import * as assert from 'node:assert/strict';
import { extractFigures } from '../../src/core/figures';
import { parseOutline } from '../../src/core/outline';

/** Kinds of the figures of a text, keyed by their text (the last one wins). */
function kinds(text: string): Map<string, string> {
  return new Map(extractFigures(text, parseOutline(text)).map((f) => [f.text, f.kind] as [string, string]));
}

/** A PDF text layer's table, one row a line, cells parted by spaces (our own invented figures). */
const header = '项目 本期（万元） 上年同期（万元） 变动幅度（%）';
const rows = ['营业总收入 12,480.35 10,962.18 13.8', '营业总成本 9,875.02 8,731.44 13.1', '利润总额 2,214.67 1,905.30 16.2'];

describe('pdf47: space-parted table rows whose amounts group their thousands with commas', () => {
  it('gives grouped amounts their column kind (money) and the rate column percent', () => {
    const k = kinds(['表3 合并利润表主要项目', header, ...rows, ''].join('\n'));
    assert.equal(k.get('12,480.35'), 'money');
    assert.equal(k.get('10,962.18'), 'money');
    assert.equal(k.get('13.8'), 'percent');
    assert.equal(k.get('16.2'), 'percent');
  });

  it('reads a row mixing grouped and plain amounts as one row', () => {
    const k = kinds(['表3 合并利润表主要项目', header, '营业总收入 12,480.35 962.18 13.8', '投资收益 305.26 1,117.09 -72.7', '利润总额 2,214.67 905.30 16.2'].join('\n'));
    assert.equal(k.get('962.18'), 'money');
    assert.equal(k.get('1,117.09'), 'money');
    assert.equal(k.get('-72.7'), 'percent');
  });

  it('takes the kind from a table unit above the header (（单位：万元）)', () => {
    const k = kinds(['表2 主要财务数据（单位：万元）', '项目 本年末 上年末', '资产总额 86,214.50 79,330.12', '负债总额 41,007.66 38,915.27', '所有者权益 45,206.84 40,414.85'].join('\n'));
    assert.equal(k.get('86,214.50'), 'money');
    assert.equal(k.get('40,414.85'), 'money');
  });

  it('reads grouped whole numbers (no decimals) as amounts of their column', () => {
    const k = kinds(['表4 客户数量变化', '类别 本期（户） 上期（户）', '个人客户 1,204,381 1,107,925', '机构客户 12,806 11,930', '合计 1,217,187 1,119,855'].join('\n'));
    assert.equal(k.get('1,204,381'), 'count');
    assert.equal(k.get('12,806'), 'count');
  });

  it('still reads the rows of plain numbers as before', () => {
    const k = kinds(['表1 主要产品产量', '指标名称 产量（万吨） 比上年增长（%）', '粮食 133.77 -2.3', '油料 11.15 12.2', '蔬菜 389.84 3.8'].join('\n'));
    assert.equal(k.get('133.77'), 'mass');
    assert.equal(k.get('-2.3'), 'percent');
  });

  it('does not take a comma-parted list in prose for a row', () => {
    const t = '报告期内，公司实现营业收入12,480.35万元，同比增长13.8%，净利润2,214.67万元。';
    const k = kinds(t);
    assert.equal(k.get('12,480.35万元'), 'money');
    assert.equal(k.get('13.8%'), 'percent');
  });

  it('does not read badly grouped digits (12,34) as a cell: the row is not a table row', () => {
    const k = kinds(['表5 指标', '项目 本期（万元） 上期（万元）', '甲 12,34 56', '乙 78,90 12', '丙 34,56 78'].join('\n'));
    assert.notEqual(k.get('56'), 'money');
  });

  it('needs a header: grouped numbers in lines without one stay as they are', () => {
    const k = kinds(['营业总收入 12,480.35 10,962.18', '营业总成本 9,875.02 8,731.44', '利润总额 2,214.67 1,905.30'].join('\n'));
    assert.notEqual(k.get('12,480.35'), 'money');
  });

  it('keeps a grouped cell whole (one figure, its value without commas)', () => {
    const t = ['表3 合并利润表主要项目', header, ...rows].join('\n');
    const f = extractFigures(t, parseOutline(t)).find((x) => x.text === '12,480.35');
    assert.ok(f);
    assert.equal(f!.value, 12480.35);
  });

  it('reads a negative grouped amount in its column', () => {
    const k = kinds(['表6 现金流量', '项目 本期（万元） 上期（万元）', '经营活动现金流量净额 -1,306.42 2,115.73', '投资活动现金流量净额 -4,870.15 -3,622.08', '筹资活动现金流量净额 5,019.88 1,004.61'].join('\n'));
    assert.equal(k.get('-1,306.42'), 'money');
    assert.equal(k.get('-3,622.08'), 'money');
  });
});
