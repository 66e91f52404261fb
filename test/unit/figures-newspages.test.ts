/**
 * Figures on news pages and their copies (HTML fragments, Markdown copies of WeChat articles,
 * pages whose date and time spans were stripped, pages in traditional characters). Every sentence
 * here is invented for the test; each checks a kind of text, not a line of a document.
 */
import * as assert from 'node:assert/strict';
import { brief, texts } from './figureBrief';

describe('figures on news pages: list markers behind markup', () => {
  it('reads a marker after a block tag and inline tags as a marker, not a count', () => {
    const t = '<p><strong> 1、按时缴纳会费</strong></p><p> 2.会员大会每年召开3次</p>';
    assert.deepEqual(texts(t), ['3次']);
  });
  it('reads a marker after line breaks and blanks of a page as a marker', () => {
    const t = '办法如下：<br/><br/>　　3、每户补贴500元<br/>&nbsp;4、补贴分两批发放';
    assert.deepEqual(texts(t), ['500元']);
  });
  it('reads a marker inside bold at a line start as a marker', () => {
    const t = '**1、体积小**：只有12克\n**2、****成本低**';
    assert.deepEqual(texts(t), ['12克']);
  });
  it('keeps a number after an inline tag in running text', () => {
    assert.deepEqual(texts('全市共有<strong>5、6</strong>所学校参加'), ['5', '6']);
    assert.deepEqual(texts('去年<span>3、</span>今年'), ['3']);
  });
});

describe('figures on news pages: dotted identifiers', () => {
  it('reads no figure in an address, a version or a section number', () => {
    assert.deepEqual(texts('回连地址为10.20.30.40，备用地址88.77.66[.]55，端口共2个。'), ['2个']);
    assert.deepEqual(texts('升级到4.12.7版后，详见2.3.1节'), []);
  });
  it('still reads a date written with dots and a decimal', () => {
    assert.deepEqual(brief('2031.4.18发布，增长2.5%'), ['2031.4.18|"2031-04-18"||date', '2.5%|2.5|%|percent']);
  });
});

describe('figures on news pages: a date glued to its time', () => {
  it('splits a date and a time whose spans were stripped', () => {
    assert.deepEqual(brief('来源：某某网 2031.03.0708:15'), ['2031.03.07|"2031-03-07"||date', '08:15|"T08:15"||date']);
    assert.deepEqual(brief('2031-11-2623:05:09 发布'), ['2031-11-26|"2031-11-26"||date', '23:05:09|"T23:05:09"||date']);
  });
});

describe('figures on news pages: units in traditional characters', () => {
  it('reads the kind and unit of a unit written in traditional characters', () => {
    assert.deepEqual(brief('糧食產量386萬噸，共有27個縣，增長0.4個百分點，投資12億元'), [
      '386萬噸|3860000|噸|mass',
      '27個|27|個|count',
      '0.4個百分點|0.4|個百分點|percentage-point',
      '12億元|1200000000|元|money',
    ]);
  });
  it('reads traditional scale words before a unit', () => {
    assert.deepEqual(brief('規模達3萬億元'), ['3萬億元|3000000000000|元|money']);
  });
});

describe('figures on news pages: a year written without 年', () => {
  it('reads a year before the name of what it dates as a date', () => {
    assert.deepEqual(brief('2031读书节开幕，2032第五届论坛'), ['2031|"2031"||date', '2032|"2032"||date']);
    assert.deepEqual(brief('《某县统计年鉴—2030》收录'), ['2030|"2030"||date']);
  });
  it('keeps an amount bounded by 左右 or 以上 as it was', () => {
    assert.deepEqual(brief('约2000左右，2000以上，2031以来'), ['2000|2000||other', '2000|2000||other', '2031|"2031"||date']);
  });
  it('keeps a room, a class and a plan named by a number as they were', () => {
    assert.deepEqual(brief('某大厦1808室，2003班，8155计划'), ['1808|1808||other', '2003班|2003|班|count', '8155|8155||other']);
  });
  it('leaves units in traditional characters unread after a Chinese numeral where the guards need simplified words', () => {
    assert.deepEqual(texts('我今天講三個問題'), []);
    assert.deepEqual(texts('共有十二萬噸'), ['十二萬噸']);
  });
});

describe('figures in talk transcripts: Chinese numerals with an approximator', () => {
  it('reads a scale word after the approximator as part of the amount', () => {
    assert.deepEqual(brief('税收三万多亿元，惠及一千二百多万人'), ['三万多亿元|3000000000000|元|money', '一千二百多万人|12000000|人|count']);
  });
  it('reads 点几 as "point something": the whole part is the value, the span runs over it', () => {
    assert.deepEqual(brief('占百分之四十二点几，有八十一点几万人'), ['百分之四十二点几|42|%|percent', '八十一点几万人|810000|人|count']);
  });
  it('leaves a time of day and a bare numeral as they were', () => {
    assert.deepEqual(texts('下午四点几分开会，大约六点九'), ['四点']);
  });
});

describe('figures on news pages: CSS kept as text', () => {
  it('reads no figure in CSS rules standing outside a style element', () => {
    const t = '.share-qr { width: 96px; margin: 0 auto; line-height: 1.6; z-index: 99 }\n#ad-box{top:12%;left:40%}\n全年增长6.5%。';
    assert.deepEqual(texts(t), ['6.5%']);
    assert.deepEqual(texts('.qr {\n  opacity: 0.9;\n  padding: 4px 0;\n}\n共3个'), ['3个']);
  });
  // (a JSON field's total is the record's, no figure: recordCodes.ts, figcode42)
  it('keeps the numbers of prose in braces, not a JSON field', () => {
    assert.deepEqual(texts('{"total": 12}，方案{甲: 3个}'), ['3个']);
  });
});

describe('figures on news pages: listing dates and copyright spans', () => {
  it('reads a two-digit month and day before a time or in brackets as a date', () => {
    assert.deepEqual(brief('03-15 09:20评论'), ['03-15|"--03-15"||date', '09:20|"T09:20"||date']);
    assert.deepEqual(brief('某某会议召开</a>[ 11-06 ]'), ['11-06|"--11-06"||date']);
  });
  it('keeps a code, a range and a score as they were', () => {
    assert.deepEqual(brief('编号03-15-11，规格12-25毫米'), ['03-15-11|null||other', '12-25毫米|[12,25]|毫米|length']);
  });
  it('reads the years of a copyright notice parted from the dash by spaces as one span', () => {
    assert.deepEqual(brief('Copyright © 2001 - 2031 某某网'), ['2001 - 2031|["2001","2031"]||date']);
  });
  it('reads a marker after emphasis of three stars or underscores as a marker', () => {
    assert.deepEqual(texts('***1. 生成图表***\n__2、导出__\n共5张'), ['5张']);
  });
});
