/**
 * Index numbers (索引号) of government pages and records: groups of digits joined by / and -,
 * the first written with leading zeros or 8 digits and longer. One code, not a share and a second
 * number. Every line here is made up for the test.
 */
import * as assert from 'node:assert/strict';
import { brief } from './figureBrief';

describe('figures: index numbers', () => {
  it('reads an index number as one code, kind other, no value', () => {
    assert.deepEqual(brief('索引号：000012345/2031-00042'), ['000012345/2031-00042|null||other']);
    assert.deepEqual(brief('索引号: 113300000123456789/203101-00007 分类：通知'), ['113300000123456789/203101-00007|null||other']);
  });
  it('keeps shares and rates as they were', () => {
    assert.deepEqual(brief('其中1/4用于培训'), ['1/4|0.25||ratio']);
    assert.ok(brief('发病率为3.5/10万').every((f) => !f.includes('|null|')), brief('发病率为3.5/10万').join(' '));
    assert.deepEqual(brief('2031/12/05'), ['2031/12/05|"2031-12-05"||date']);
  });
});
