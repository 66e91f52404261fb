/**
 * Figures on page openings, by kind of error (fig22): dates joined or split wrong, furniture
 * numbers, conversion residue. Every sentence here is made up for the test.
 */
import * as assert from 'node:assert/strict';
import { brief, texts } from './figureBrief';

describe('figures: a year and a month written with 份', () => {
  it('reads 2020年7月份 as one month of that year', () => {
    assert.deepEqual(brief('市统计局通报2021年5月份工业生产情况'), ['2021年5月份|"2021-05"||date']);
    assert.deepEqual(texts('2023 年 11 月份以来'), ['2023 年 11 月份']);
  });
  it('keeps a month span after the year apart', () => {
    assert.deepEqual(texts('2022年1-7月份全市'), ['2022年', '1-7月份']);
  });
});

describe('figures: whole hours and 時', () => {
  it('writes a whole hour with its minutes', () => {
    assert.deepEqual(brief('定于上午9时开幕'), ['9时|"T09:00"||date']);
    assert.deepEqual(brief('晚上7点开始'), ['7点|"T19:00"||date']);
  });
  it('reads the traditional 時 as 时', () => {
    assert.deepEqual(brief('會議於上午10時開幕'), ['10時|"T10:00"||date']);
    assert.deepEqual(brief('8時30分集合'), ['8時30分|"T08:30"||date']);
  });
});

describe('figures: guard words in traditional characters', () => {
  it('reads 這一年 and 關鍵一年 as the year meant, no duration, as 这一年 is', () => {
    assert.deepEqual(texts('這一年,我們辦成了幾件大事'), []);
    assert.deepEqual(texts('今年是發展的關鍵一年'), []);
  });
  it('reads a plan named by its length and a numbered session as names', () => {
    assert.deepEqual(texts('實施鄉村文化三年行動'), []);
    assert.deepEqual(texts('在十屆縣人大五次會議上'), []);
  });
  it('still counts a real period and real times', () => {
    assert.deepEqual(texts('工程用了一年時間'), ['一年']);
    assert.deepEqual(texts('先後開展三次檢查'), ['三次']);
  });
});

describe('figures: pinyin residue of a converting mirror', () => {
  it('reads a scale word, its reading and the unit as one figure', () => {
    assert.deepEqual(brief('常住人口12.3萬(wàn)人'), ['12.3萬(wàn)人|123000|人|count']);
  });
  it('joins a unit the residue parts and keeps the unit\'s own reading in the span', () => {
    assert.deepEqual(brief('比上年提高1.5個(gè)百分點(diǎn)。'), ['1.5個(gè)百分點(diǎn)|1.5|個百分點|percentage-point']);
    assert.deepEqual(texts('座談由5場(chǎng)減為'), ['5場(chǎng)']);
  });
  it('compares guard words across the residue', () => {
    assert.deepEqual(texts('三次產(chǎn)業結構'), []);
    assert.deepEqual(texts('十屆縣人大五次會(huì)議'), []);
  });
  it('leaves a bare scale word and English in brackets alone', () => {
    assert.deepEqual(texts('共有5萬(wàn)居民'), ['5萬']);
    assert.deepEqual(texts('面积5万(ppm)亩'), ['5万']);
  });
});
