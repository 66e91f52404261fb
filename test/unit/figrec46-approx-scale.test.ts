/**
 * A Chinese numeral with an approximator before its scale word and no measure word after it
 * (二十多万, 两千余万), and a range of two neighbouring numerals with 万 or 亿 (三四十万): tens of
 * thousands or more, figures as a bare 二十万 is. Made-up sentences.
 */
import * as assert from 'node:assert/strict';
import { brief } from './figureBrief';

describe('figures: Chinese numerals with 多/余 before 万 or 亿, no unit after (figrec46)', () => {
  it('reads the approximator and the scale word as one amount', () => {
    assert.deepEqual(brief('那次集会有三十多万群众参加。'), ['三十多万|300000||count']);
    assert.deepEqual(brief('去年全省约有七百多万游客到访古城。'), ['七百多万|7000000||count']);
    assert.deepEqual(brief('灾后有十多万居民搬进了新房。'), ['十多万|100000||count']);
    assert.deepEqual(brief('这个数字后来涨到两千余万，远超预期。'), ['两千余万|20000000||count']);
  });
  it('keeps the unit where one follows, as before', () => {
    assert.deepEqual(brief('全县八千余万亩耕地中有一半是坡地。'), ['八千余万亩|80000000|亩|area']);
    assert.deepEqual(brief('他一个人干了三十多年。'), ['三十多年|30|年|duration']);
    assert.deepEqual(brief('大约有五十多家企业入驻。'), ['五十多家|50|家|count']);
  });
  it('leaves vague amounts and small numerals without a unit', () => {
    assert.deepEqual(brief('几十万人的城市，好几十万的投入。'), []);
    assert.deepEqual(brief('有数十万人参加过。'), []);
    assert.deepEqual(brief('这个村里二十多户人家，老人有二十多。'), ['二十多户|20|户|count']);
    assert.deepEqual(brief('我们走了二十多里路。'), []);
  });
});

describe('figures: ranges of neighbouring numerals with 万 or 亿, no unit after (figrec46)', () => {
  it('reads the range as one figure whose value is the pair', () => {
    assert.deepEqual(brief('会上来了三四十万群众，场面壮观。'), ['三四十万|[300000,400000]||count']);
    assert.deepEqual(brief('农会会员发展到五六百万，声势浩大。'), ['五六百万|[5000000,6000000]||count']);
    assert.deepEqual(brief('这项工程耗资二三十万元。'), ['二三十万元|[200000,300000]|元|money']);
    assert.deepEqual(brief('这里有三四十个村庄。'), ['三四十个|[30,40]|个|count']);
  });
  it('leaves decades, months, idioms and small ranges with no unit', () => {
    assert.deepEqual(brief('五六十年代的老房子。'), []);
    assert.deepEqual(brief('三四月份雨水多。'), []);
    assert.deepEqual(brief('乱七八糟的东西。'), []);
    assert.deepEqual(brief('第三四万个。'), []);
  });
});
