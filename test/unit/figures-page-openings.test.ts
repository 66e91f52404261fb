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
