/** A range's second end is no figure of its own: ranges written in Chinese numerals, a dash run, numbered articles. Made-up sentences (figprec47). */
import * as assert from 'node:assert/strict';
import { brief, texts } from './figureBrief';

describe('figprec47: a range written in Chinese numerals or with a dash run is one figure', () => {
  it('joins two shares written with 百分之 on both ends', () => {
    assert.deepEqual(brief('经营所得，适用百分之五至百分之二十五的累进税率。'), ['百分之五至百分之二十五|[5,25]|%|percent']);
  });
  it('joins two shares joined by 到', () => {
    assert.deepEqual(texts('补贴比例为百分之十到百分之三十。'), ['百分之十到百分之三十']);
  });
  it('joins two sums of money written in Chinese numerals', () => {
    assert.deepEqual(brief('处二万元至二十万元的罚款。'), ['二万元至二十万元|[20000,200000]|元|money']);
  });
  it('keeps a change of a share as two figures (提高至)', () => {
    assert.deepEqual(texts('补贴比例由百分之五提高至百分之八。'), ['百分之五', '百分之八']);
  });
  it('keeps a change after 由 as two figures', () => {
    assert.deepEqual(texts('税率由百分之十七至百分之十三。'), ['百分之十七', '百分之十三']);
  });
  it('keeps a falling pair as two figures (the second end lower)', () => {
    assert.deepEqual(texts('甲类为百分之二十至百分之十之间调整。'), ['百分之二十', '百分之十']);
  });
  it('keeps counts of people joined by 至 as two figures (a change as often as a range)', () => {
    assert.deepEqual(texts('小组人数减少二人至十人。'), ['二人', '十人']);
  });
  it('joins two dates of the year written in Chinese numerals', () => {
    assert.deepEqual(brief('应当在次年一月一日至五月三十一日内申报。'), ['一月一日至五月三十一日|["--01-01","--05-31"]||date']);
  });
  it('keeps two dates whose second is earlier as two figures', () => {
    assert.deepEqual(texts('原定八月一日至三月一日前后两次会议。').slice(0, 2), ['八月一日', '三月一日']);
  });
  it('joins a dash run between a bare number and an amount with its unit', () => {
    assert.deepEqual(brief('每名学生可减负120---340元。'), ['120---340元|[120,340]|元|money']);
  });
  it('keeps a dash run between a number and a count of people apart (no measure)', () => {
    assert.deepEqual(texts('第3---5人一组。').includes('3---5人'), false);
  });
  it('joins numbered articles from one to another after 第', () => {
    assert.deepEqual(brief('- 第21条~30条'), ['21条~30条|[21,30]|条|other']);
  });
  it('keeps two article numbers listed with 、 apart', () => {
    assert.deepEqual(texts('第41条、51条'), ['41条', '51条']);
  });
});
