/**
 * Telephone and fax numbers written with hyphens are split at each hyphen (docs/testing.md); other
 * hyphenated codes stay one figure. Made-up numbers and sentences.
 */
import * as assert from 'node:assert/strict';
import { brief } from './figureBrief';

describe('figures: hyphenated telephone numbers', () => {
  it('splits a labelled number at each hyphen, whatever the groups', () => {
    assert.deepEqual(brief('咨询电话：0800-213-269。'), ['0800|800||other', '213|213||other', '269|269||other']);
    assert.deepEqual(brief('传真：020-12346。'), ['020|20||other', '12346|12346||other']);
    assert.deepEqual(brief('电话：(010)6512-3456。'), ['010|10||other', '6512|6512||other', '3456|3456||other']);
    assert.deepEqual(brief('客服电话：11185-9，也可网上办理。'), ['11185|11185||other', '9|9||other']);
    assert.deepEqual(brief('Tel: 0086-10-65123456'), ['0086|86||other', '10|10||other', '65123456|65123456||other']);
  });
  it('reaches back over a list of numbers to the label', () => {
    assert.deepEqual(brief('联系电话：0731-5551234、0731-12345。'),
      ['0731|731||other', '5551234|5551234||other', '0731|731||other', '12345|12345||other']);
  });
  it('splits an area code before a short local number, and a hotline before its extension, with no label', () => {
    assert.deepEqual(brief('联系我们：020-12345'), ['020|20||other', '12345|12345||other']);
    assert.deepEqual(brief('请拨打4008888400-2转人工。'), ['4008888400|4008888400||other', '2|2||other']);
  });
  it('keeps other hyphenated codes whole, and spans of years as spans', () => {
    assert.deepEqual(brief('编号：2024-024'), ['2024-024|null||other']);
    assert.deepEqual(brief('索引号：11340000-2018-00222'), ['11340000-2018-00222|null||other']);
    assert.deepEqual(brief('2016-2020年完成改造。'), ['2016-2020年|["2016","2020"]||date']);
    assert.deepEqual(brief('批次0012-345号已检验。').length, 1);
  });
});
