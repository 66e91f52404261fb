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
  it('reads a month span after its year as one pair of that year (figures40)', () => {
    assert.deepEqual(brief('2022年1-7月份全市'), ['2022年1-7月份|["2022-01","--07"]||date']);
  });
});

describe('figures: whole hours and 時', () => {
  it('writes a whole hour with its minutes', () => {
    assert.deepEqual(brief('定于上午9时开幕'), ['9时|"T09"||date']);
    assert.deepEqual(brief('晚上7点开始'), ['7点|"T19"||date']);
  });
  it('reads the traditional 時 as 时', () => {
    assert.deepEqual(brief('會議於上午10時開幕'), ['10時|"T10"||date']);
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

describe('figures: cohorts named by their year', () => {
  it('reads 2023级 and 2024届 as the year, 级/届 outside the span', () => {
    assert.deepEqual(brief('欢迎2031级新生'), ['2031|"2031"||date']);
    assert.deepEqual(brief('向2030屆畢業生祝賀'), ['2030|"2030"||date']);
    assert.deepEqual(brief('向20xx届毕业生祝贺'), ['20xx|null||date']);
  });
  it('leaves ranks and scales alone', () => {
    assert.deepEqual(texts('风力达到8级'), ['8级']);
  });
});

describe('figures: view counters of a page', () => {
  it('counts the views after a counter label and a colon, four digits or more too', () => {
    assert.deepEqual(brief('发布时间:2030-01-02 点击量: 7315'), ['2030-01-02|"2030-01-02"||date', '7315|7315||count']);
    assert.deepEqual(brief('點擊:[24680]'), ['24680|24680||count']);
  });
  it('scales W as 万 there', () => {
    assert.deepEqual(brief('栏目:讲话 人气:3.41W'), ['3.41W|34100||count']);
  });
  it('leaves the label in prose and a unit after it alone', () => {
    assert.deepEqual(brief('浏览次数:12次'), ['12次|12|次|count']);
    assert.deepEqual(brief('代号4096'), ['4096|4096||other']);
  });
});

describe('figures: a span of two years with a dash', () => {
  it('reads years in quotes of their own or before a school-year word as one pair', () => {
    assert.deepEqual(brief('横幅上写着“1931 -2031”'), ['1931 -2031|["1931","2031"]||date']);
    assert.deepEqual(brief('2030一2031学年第一学期'), ['2030一2031|["2030","2031"]||date']);
    assert.deepEqual(brief('2030-2031赛季'), ['2030-2031|["2030","2031"]||date']);
  });
  it('leaves 一 between numbers elsewhere', () => {
    assert.deepEqual(texts('编号2030一2031号'), ['2030', '2031号']);
  });
});

describe('figures: small forms of page openings', () => {
  it('reads a two-digit year with a leading zero as a year, not a period', () => {
    assert.deepEqual(brief('记得在07年开工时'), ['07年|null||date']);
  });
  it('reads a change of places in a ranking as a rank', () => {
    assert.deepEqual(brief('排名提升3个位次'), ['3个位次|3|个位次|other']);
  });
  it('drops a sample number after 篇 ending a title line', () => {
    assert.deepEqual(texts('在全镇春耕动员会上的讲话 篇2\n同志们：\n'), []);
  });
  it('reads the thousands written with 千 after 万', () => {
    assert.deepEqual(brief('全文2万3千字'), ['2万3千字|23000|字|count']);
  });
  it('reads 一年之计 as the saying', () => {
    assert.deepEqual(texts('一年之计在于春'), []);
  });
});

describe('figures: pinyin residue without tone marks', () => {
  it('reads toneless syllables and repeated readings the same way', () => {
    assert.deepEqual(brief('常住人口(kou)(kou)12.5萬(wan)(wan)人(ren),'), ['12.5萬(wan)(wan)人(ren)|125000|人|count']);
    assert.deepEqual(brief('提高0.3個(ge)(ge)百分(fen)點(dian)。'), ['0.3個(ge)(ge)百分(fen)點(dian)|0.3|個百分點|percentage-point']);
  });
  it('takes no Latin abbreviation in brackets for a reading', () => {
    assert.deepEqual(texts('面积5萬(km)人'), ['5萬']);
  });
});

describe('figures: a bare year the page names as one', () => {
  it('reads a year after an English preposition as a year', () => {
    assert.deepEqual(brief('Review of Work During 2031'), ['2031|"2031"||date']);
  });
  it('reads a bare year that repeats the year the line wrote with 年', () => {
    assert.deepEqual(brief('2031年某县国民经济统计公报 2031'), ['2031年|"2031"||date', '2031|"2031"||date']);
  });
  it('keeps other four-digit numbers codes', () => {
    assert.deepEqual(brief('2031年的项目代号2032'), ['2031年|"2031"||date', '2032|2032||other']);
  });
});

describe('figures: an English date written month, day, year', () => {
  it('reads January 21, 2031 as one date from the month word', () => {
    assert.deepEqual(brief('adopted on January 21, 2031 at the session'), ['January 21, 2031|"2031-01-21"||date']);
    assert.deepEqual(texts('Jan. 3, 2030'), ['Jan. 3, 2030']);
  });
  it('keeps a day and a count apart elsewhere', () => {
    assert.deepEqual(texts('March 5 and 2031年'), ['5', '2031年']);
  });
});
