import * as assert from 'node:assert/strict';
import { parseChineseInteger, parseChineseNumber, toChineseNumeral, parseArabic, ordinalValue, circledValue } from '../../src/core/text/numerals';

describe('numerals', () => {
  it('reads Chinese integers', () => {
    const cases: [string, number][] = [
      ['一', 1], ['十', 10], ['十二', 12], ['二十', 20], ['九十九', 99], ['一百零五', 105], ['一百五', 150],
      ['三千二百万', 32000000], ['两千三百万', 23000000], ['廿三', 23], ['卅', 30], ['二〇二四', 2024],
      ['壹佰贰拾', 120], ['一万五', 15000], ['一亿', 1e8], ['一万亿', 1e12], ['五万', 50000], ['零', 0],
      ['一千零一', 1001], ['十万', 100000], ['三亿五千万', 350000000],
    ];
    for (const [s, v] of cases) assert.equal(parseChineseInteger(s), v, s);
  });
  it('rejects what is not a numeral', () => {
    for (const s of ['', '百百', '是', '一a', '万']) assert.equal(parseChineseInteger(s), null, s);
  });
  it('reads decimals', () => {
    assert.equal(parseChineseNumber('三点五'), 3.5);
    assert.equal(parseChineseNumber('二十点零五'), 20.05);
  });
  it('writes Chinese numerals that read back', () => {
    for (let n = 0; n <= 20000; n += n < 200 ? 1 : 37) {
      assert.equal(parseChineseInteger(toChineseNumeral(n)), n, `${n} → ${toChineseNumeral(n)}`);
    }
    assert.equal(toChineseNumeral(10), '十');
    assert.equal(toChineseNumeral(21), '二十一');
    assert.equal(toChineseNumeral(105), '一百零五');
  });
  it('reads Arabic with full-width digits and separators', () => {
    assert.equal(parseArabic('１２.５'), 12.5);
    assert.equal(parseArabic('3,004'), 3004);
    assert.equal(parseArabic('1.2.3'), null);
  });
  it('reads ordinals and circled numbers', () => {
    assert.equal(ordinalValue('第十二'), 12);
    assert.equal(ordinalValue('第3'), 3);
    assert.equal(circledValue('⑳'), 20);
    assert.equal(circledValue('a'), null);
  });
});
