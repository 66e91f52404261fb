/**
 * Markdown copies of articles (a WeChat page scraped to .md, a blog post with front matter, study
 * notes, a scraper's log): stamps, footnote marks and the numbers of bold part labels. Every line
 * here is invented for the test; each checks a shape of text, not a line of a document.
 */
import * as assert from 'node:assert/strict';
import { extractFigures } from '../../src/core/figures';
import { parseOutline } from '../../src/core/outline';
import { brief, texts } from './figureBrief';

/** `text|kind` of every figure, the outline read as Markdown first. */
function md(text: string): string[] {
  return extractFigures(text, parseOutline(text, { format: 'markdown' })).map((f) => `${f.text}|${f.kind}`);
}

describe('md47: a timestamp keeps its fraction and offset in the span, not in the value', () => {
  it('reads an ISO stamp to the second, whatever fraction or zone follows', () => {
    assert.deepEqual(brief('date: 2030-05-06T07:08:09.123Z'), ['2030-05-06T07:08:09.123Z|"2030-05-06T07:08:09"||date']);
    assert.deepEqual(brief('抓取时间 2029-11-30T23:59:01.654321+00:00'), ['2029-11-30T23:59:01.654321+00:00|"2029-11-30T23:59:01"||date']);
    assert.deepEqual(brief('updated: "2031-01-02T03:04:05+08:00"'), ['2031-01-02T03:04:05+08:00|"2031-01-02T03:04:05"||date']);
    assert.deepEqual(brief('发布于 2028-02-29T12:00:00-05:00 转载'), ['2028-02-29T12:00:00-05:00|"2028-02-29T12:00:00"||date']);
    assert.deepEqual(brief('2027-07-07T18:30Z'), ['2027-07-07T18:30Z|"2027-07-07T18:30"||date']);
    assert.deepEqual(brief('2027-07-07T18:30:15'), ['2027-07-07T18:30:15|"2027-07-07T18:30:15"||date']);
  });
  it('reads a log\'s time with a fraction of a second as one time, not a ratio', () => {
    assert.deepEqual(brief('抓取 03:14:15.926535 完成'), ['03:14:15.926535|"T03:14:15"||date']);
    assert.deepEqual(brief('[22:05:59.5] 开始下载'), ['22:05:59.5|"T22:05:59"||date']);
    assert.deepEqual(brief('耗时记录 9:01:02.003'), ['9:01:02.003|"T09:01:02"||date']);
    // a time to the second with no fraction, and a ratio with a word of proportion, as before
    assert.deepEqual(brief('开会时间 10:30:45'), ['10:30:45|"T10:30:45"||date']);
    assert.deepEqual(brief('三次产业比例为8:40:52'), ['8:40:52|[8,40,52]||ratio']);
  });
  it('reads no figure in the zone offset after a blog\'s date and time', () => {
    assert.deepEqual(texts('date: 2030-03-05 21:40:11 +0800'), ['2030-03-05', '21:40:11']);
    assert.deepEqual(texts('date: 2030-03-05 08:00 -0500'), ['2030-03-05', '08:00']);
    assert.deepEqual(texts('lastmod: 2030-03-05 08:00:00 +08:00'), ['2030-03-05', '08:00:00']);
    // a count written after a time stays, its sign inside the span (docs/testing.md)
    assert.deepEqual(texts('9:30 +12人'), ['9:30', '+12人']);
  });
});

describe('md47: Markdown footnote marks are no figures', () => {
  it('drops [^N] in the text and at the head of its note', () => {
    assert.deepEqual(texts('全镇新建水渠12公里[^1]。'), ['12公里']);
    assert.deepEqual(texts('“以工代赈”[^12]项目覆盖3个村。'), ['3个']);
    assert.deepEqual(texts('[^2]: 见某县统计局2029年公报。'), ['2029年']);
    assert.deepEqual(texts('收入增长5.1%[^3][^4]，好于预期。'), ['5.1%']);
    assert.deepEqual(texts('人均增收4元[^7]。'), ['4元']);
  });
  it('drops a bracketed run of references after a term', () => {
    assert.deepEqual(texts('土壤有机质提高0.3个百分点[3-5]。'), ['0.3个百分点']);
    assert.deepEqual(texts('这一说法最早见于县志[1-2]，后被沿用。'), []);
    assert.deepEqual(texts('“两山”理念[2,3]已写入规划。'), []);
    assert.deepEqual(texts('（见附表）[4–6]'), []);
    // a range in brackets that follows no term stays a range
    assert.deepEqual(texts('区间 [3-5] 之间'), ['3-5']);
  });
});

describe('md47: the number of a bold part label is its marker, no count', () => {
  it('drops the number of a bold number alone over each part of a copied article', () => {
    const t = ['# 小镇的三件事', '', '**01**', '', '**修路**', '', '新修村道8公里。', '', '**02**', '', '**建校**', '', '新建教室6间。', '', '**03**', '', '**引水**', '', '铺设管道3公里。'].join('\n');
    assert.deepEqual(md(t), ['8公里|length', '6间|count', '3公里|length']);
  });
  it('drops the number of a label over each exercise or paper', () => {
    const t = ['## 随堂测验', '', '**题目1**', '', '下列说法正确的是（ ）。', '', '**题目2**', '', '全年粮食产量增长2.1%。'].join('\n');
    assert.deepEqual(md(t), ['2.1%|percent']);
    const u = ['## 论文精选', '', '**论文01：山区道路养护**', '', '样本覆盖5个县。', '', '**论文02：河道清淤**', '', '清淤12万立方米。'].join('\n');
    assert.deepEqual(md(u), ['5个|count', '12万立方米|volume']);
  });
  it('keeps a bare number on a plain line over a piece (a piece number) and figures in the title', () => {
    const t = ['文集', '001', '论乡村道路', '修路8公里。', '002', '论学校', '建校3所。'].join('\n');
    const got = extractFigures(t, parseOutline(t)).map((f) => f.text);
    assert.ok(got.includes('8公里') && got.includes('3所'));
    const u = ['**案例1：2029年某镇修路**', '', '全长8公里。', '', '**案例2：2030年某村建桥**', '', '桥长30米。'].join('\n');
    assert.deepEqual(md(u), ['2029年|date', '8公里|length', '2030年|date', '30米|length']);
  });
});
