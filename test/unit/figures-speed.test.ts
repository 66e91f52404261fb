/**
 * The figure scanner's fast paths (issue 10) give what the slow ones gave: a lone Chinese digit
 * refused early, decimals read without a string, Chinese numerals read by character code.
 */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { readArabic } from '../../src/core/figures/scan';
import { parseChineseInteger } from '../../src/core/text/numerals';
import { brief } from './figureBrief';

describe('figures speed: fast paths read as the slow ones did', () => {
  it('refuses a lone Chinese digit only where no reading after it applies', () => {
    assert.deepEqual(brief('要进一步提高质量。'), []);
    assert.deepEqual(brief('三是加强监管，四是完善制度。'), []);
    assert.deepEqual(brief('统一，规范'), []);
    // the characters the early refusal leaves to the full reading
    assert.deepEqual(brief('一半的人参加。'), ['一半|0.5||ratio']);
    assert.deepEqual(brief('三月五日召开。'), ['三月五日|"--03-05"||date']);
    assert.deepEqual(brief('占五分之一。'), ['五分之一|0.2||ratio']);
    assert.deepEqual(brief('用三至五年时间'), ['三至五年|[3,5]|年|duration']);
    assert.deepEqual(brief('三多人'), ['三多人|3|人|count']);
    assert.deepEqual(brief('新建三个小区'), ['三个|3|个|count']);
    assert.deepEqual(brief('一兆瓦'), ['一兆瓦|1|兆瓦|energy']);
    assert.deepEqual(brief('二○二四年三月'), ['二○二四年三月|"2024-03"||date']);
  });

  it('reads a decimal of up to 15 digits as Number() reads its text, and longer ones too', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9]{1,9}$/), fc.stringMatching(/^[0-9]{1,12}$/), (int, frac) => {
        const s = `${int}.${frac}`;
        const t = readArabic(`约${s}吨`, 1);
        assert.equal(t.end, 1 + s.length);
        assert.ok(Object.is(t.value, Number(s)), s);
        assert.equal(t.integer, false);
      }),
      { numRuns: 3000 },
    );
    assert.equal(readArabic('0.05', 0).value, 0.05);
    assert.equal(readArabic('１２．５', 0).value, 12.5);
    assert.equal(readArabic('1,234.56', 0).value, 1234.56);
    assert.equal(readArabic('123456789.123456789', 0).value, Number('123456789.123456789'));
  });

  it('reads Chinese integers by code: trailing digits, surrogate pairs, digit by digit', () => {
    const cases: [string, number | null][] = [
      ['一百五', 150], ['三千二', 3200], ['一万五', 15000], ['一亿五', 150000000], ['一百零五', 105],
      ['一九九二', 1992], ['两两', null], ['一𠀀', null], ['𠀀', null], ['十万亿', 1e13], ['卌二', 42],
    ];
    for (const [s, v] of cases) assert.equal(parseChineseInteger(s), v, s);
  });
});
