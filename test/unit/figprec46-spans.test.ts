/**
 * Imperial square and cubic units are read whole, and digits of a Markdown link target whose
 * brackets the converter escaped are no figure (figprec46). Made-up sentences.
 */
import * as assert from 'node:assert/strict';
import { brief, texts } from './figureBrief';

describe('figprec46: square and cubic feet', () => {
  it('reads cubic feet whole, with the scale word', () => {
    assert.deepEqual(brief('上周库存减少1200亿立方英尺。\n'), ['1200亿立方英尺|120000000000|立方英尺|volume']);
  });
  it('reads square feet whole', () => {
    assert.deepEqual(brief('新园区办公面积12万平方英尺。\n'), ['12万平方英尺|120000|平方英尺|area']);
  });
  it('keeps cubic metres and a bare 立方 as before', () => {
    assert.deepEqual(texts('日处理污水5万立方米，另有3万立方待建。\n'), ['5万立方米', '3万立方']);
  });
  it('keeps feet alone as a length', () => {
    assert.deepEqual(brief('塔高300英尺。\n'), ['300英尺|300|英尺|length']);
  });
});

describe('figprec46: a link target with escaped brackets', () => {
  it('drops the digit of javascript:void\\(0\\) in a converted page', () => {
    assert.deepEqual(texts('原创 某某科技 [ 某某科技 ](javascript:void\\(0\\);) 2031年5月6日\n'), ['2031年5月6日']);
  });
  it('keeps a bracketed figure after a link', () => {
    assert.deepEqual(texts('[公告](https://example.org/a) 共收到意见\\(12\\)条，其中采纳8条。\n'), ['12', '8条']);
  });
});
