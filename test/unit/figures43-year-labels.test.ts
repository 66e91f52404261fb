/**
 * figures43: a bare year after a label that names a year (年份：, 年度：) is the year, a date, as a
 * column headed 年份 makes its cells years. Every line here is made up for the test.
 */
import * as assert from 'node:assert/strict';
import { brief } from './figureBrief';

describe('figures43: years after a year label', () => {
  it('reads the four digits after 年份： or 年度： as the year', () => {
    assert.deepEqual(brief('- 年份：2019\n- 作者：某某'), ['2019|"2019"||date']);
    assert.deepEqual(brief('统计年度：2031'), ['2031|"2031"||date']);
    assert.deepEqual(brief('- **年份**：2027'), ['2027|"2027"||date']);
  });
  it('reads a list of years after the label as years', () => {
    assert.deepEqual(brief('可选年份：2016, 2017、2018'), ['2016|"2016"||date', '2017|"2017"||date', '2018|"2018"||date']);
  });
  it('leaves other labels and counts alone', () => {
    assert.deepEqual(brief('编号：2019'), ['2019|2019||other']);
    assert.deepEqual(brief('年份：共2019个'), ['2019个|2019|个|count']);
  });
});
