/**
 * Figures of pages whose editor wrapped digits and words in spans of their own, so that inline
 * markup stands between a number and its unit on one line (`185</span><span>亿元`), also as a
 * JSON record escapes it (`<\/span>`, `style=\"…\"`); and the terms of a ratio cut apart by
 * markup or line breaks. Every sentence here is made up for the test.
 */
import * as assert from 'node:assert/strict';
import { brief } from './figureBrief';
import { extractFigures } from '../../src/core/figures';
import { parseOutline } from '../../src/core/outline';

const S = '<span style="font-family: 仿宋_GB2312;font-size: 21px">';
const D = '<span style="font-size: 21px">';

describe('figures: a number and its unit cut apart by inline markup', () => {
  it('gives the number the unit, scale and date part after the tags, spanning the number', () => {
    const page = `<p>${S}某市全年实现增加值</span>${D}123</span>${S}亿元，同比增长</span>${D}6.5%</span>${S}，增速提高</span>${D}0.5</span>${S}个百分点。</span></p>` +
      `<p>${D}2031</span>${S}年，播种面积</span>${D}456.7</span>${S}万亩，建成</span>${D}12</span>${S}个示范区。</span></p>`;
    assert.deepEqual(brief(page), [
      '123|12300000000|元|money', '6.5%|6.5|%|percent', '0.5|0.5|个百分点|percentage-point',
      '2031|"2031"||date', '456.7|4567000|亩|area', '12|12|个|count',
    ]);
  });
  it('reads markup escaped inside a JSON string the same way', () => {
    const rec = `{"id":"7","content":"<p><span style=\\"font-size: 21px\\">88<\\/span><span style=\\"font-size: 21px\\">万吨，比上年增加<\\/span><span>3<\\/span><span>倍<\\/span><\\/p>"}`;
    const got = brief(rec);
    assert.ok(got.includes('88|880000|吨|mass'), got.join(' '));
    assert.ok(got.includes('3|3|倍|ratio'), got.join(' '));
    assert.ok(!got.some((f) => f.startsWith('万吨')), got.join(' '));
  });
  it('spans the digits before the tags where the outline reads the record, its text the file\'s', () => {
    // (a scraped record whose HTML body the outline reads as the record's text: the figures are
    // placed back in the file)
    const E = '<span style=\\"font-size: 21px\\">';
    const para = (i: number) => `<p>${E}第${i}项工作稳步推进，各项指标运行平稳，农业生产形势总体良好。<\\/span><\\/p>`;
    const body = `<p>${E}全市产量<\\/span>${E}88<\\/span>${E}万吨，比上年增加<\\/span><span>3<\\/span><span>倍。<\\/span><\\/p>` + [1, 2, 3, 4, 5, 6].map(para).join('');
    const file = `{"id":"7","columnName":"数据解析","content":"${body}","createTime":"2031-06-06","title":"某市农业经济运行分析"}`;
    const figs = extractFigures(file, parseOutline(file));
    const t = figs.find((f) => f.value === 880000);
    assert.ok(t, figs.map((f) => f.text).join(' '));
    assert.equal(t.text, '88');
    assert.equal(file.slice(t.start, t.end), '88');
    assert.equal(t.unit, '吨');
    assert.equal(t.kind, 'mass');
    for (const f of figs) assert.equal(file.slice(f.start, f.end), f.text);
  });
  it('joins nothing across a tag that breaks the line, or where no unit follows', () => {
    assert.deepEqual(brief('<p>共有<span>15</span></p><p>亿元资金的说明</p>').map((f) => f.split('|')[0]), ['15', '亿元']);
    assert.deepEqual(brief('文号为<span>2031</span>】'), ['2031|2031||other']);
  });
});

describe('figures: the terms of a ratio cut apart', () => {
  it('reads each term next to a ratio sign across markup or line breaks as a ratio', () => {
    assert.deepEqual(brief(`城乡收入比为${D}3</span>${S}：</span>${D}1</span>${S}。</span>`), ['3|3||ratio', '1|1||ratio']);
    const nodes = ['三次产业结构为', '11.2', '：', '44.5', '：', '44.3', '，比上年有所优化。'].join('\n');
    assert.deepEqual(brief(nodes), ['11.2|11.2||ratio', '44.5|44.5||ratio', '44.3|44.3||ratio']);
  });
  it('leaves a label and its value alone', () => {
    assert.deepEqual(brief('联系电话：<span>1234567</span>，编号12：<span>34</span>').map((f) => f.split('|')[3]).includes('ratio'), false);
    assert.deepEqual(brief('会议于\n10\n：\n30\n开始').map((f) => f.split('|')[3]).includes('ratio'), false);
  });
});
