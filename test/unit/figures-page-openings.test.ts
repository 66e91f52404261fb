/**
 * Figures in page openings: a contents list's page numbers after a dot leader, and half a time unit
 * said between 个 and the unit (3个半小时). Every sentence here is made up for the test.
 */
import * as assert from 'node:assert/strict';
import { brief, texts } from './figureBrief';

describe('figures: page numbers after a dot leader', () => {
  it('drops the page number a contents line gives after its dots', () => {
    const toc = '目  录\n第一篇 春耕动员讲话..................3\n第二篇 秋收总结讲话 ........ 12\n第三篇 冬训安排…………………27\n';
    assert.deepEqual(texts(toc), []);
  });
  it('drops it too when a flattened page runs the contents together', () => {
    assert.deepEqual(texts('春耕动员讲话..........3秋收总结讲话..........12'), []);
  });
  it('keeps numbers after a prose ellipsis and numbers with a unit', () => {
    assert.deepEqual(texts('他想了想……3天后才回信'), ['3天']);
    assert.deepEqual(texts('参加人数……120人'), ['120人']);
    assert.deepEqual(texts('投入资金..........500万元'), ['500万元']);
  });
});

describe('figures: half a time unit after 个', () => {
  it('reads N个半小时 and N个半月 as one duration with the half added', () => {
    assert.deepEqual(brief('报告会开了近3个半小时'), ['3个半小时|3.5|个小时|duration']);
    assert.deepEqual(brief('工期用了两个半月'), ['两个半月|2.5|个月|duration']);
  });
});

describe('figures: a day written without 日', () => {
  it('joins the day to a full year and month when a blank, the line end or punctuation follows', () => {
    assert.deepEqual(brief('发布日期:2019年04月16\n'), ['2019年04月16|"2019-04-16"||date']);
    assert.deepEqual(brief('更新于 2021 年 7 月 3 '), ['2021 年 7 月 3|"2021-07-03"||date']);
  });
  it('leaves a count after the month alone', () => {
    assert.deepEqual(texts('2019年4月16个项目开工'), ['2019年4月', '16个']);
  });
});

describe('figures: 一年來 in traditional characters', () => {
  it('is a time word, as 一年来 is', () => {
    assert.deepEqual(texts('一年來，我們推進了各項工作。'), []);
    assert.deepEqual(texts('一年来，我们推进了各项工作。'), []);
  });
});
