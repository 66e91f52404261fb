/**
 * Times and editions counted with a small Chinese numeral: 两度道歉, 三度夺冠 (度 before a verb), and
 * 举办两届, 亮相三届 (届 counted, not a congress's number). Made-up sentences.
 */
import * as assert from 'node:assert/strict';
import { brief } from './figureBrief';

describe('figures: N度 as times, N届 as editions, after a Chinese numeral (figrec46)', () => {
  it('reads 度 before a verb as a count of times', () => {
    assert.deepEqual(brief('董事长两度道歉。'), ['两度|2|度|count']);
    assert.deepEqual(brief('古城被叛军两度洗劫。'), ['两度|2|度|count']);
    assert.deepEqual(brief('他三度夺得冠军。'), ['三度|3|度|count']);
  });
  it('leaves temperatures, kilowatt-hours, octaves and the adverb 一度', () => {
    assert.deepEqual(brief('气温下降两度。'), []);
    assert.deepEqual(brief('夜里气温降了三度左右。'), []);
    assert.deepEqual(brief('他一度想要放弃。'), []);
    assert.deepEqual(brief('以高八度的嗓音朗诵。'), []);
  });
  it('reads editions of an event counted', () => {
    assert.deepEqual(brief('成功举办两届山城灯光节。'), ['两届|2|届|count']);
    assert.deepEqual(brief('在亮相三届少年运动会之后。'), ['三届|3|届|count']);
    assert.deepEqual(brief('小镇连续五届获评文明镇。'), ['五届|5|届|count']);
  });
  it('leaves the numbers of congresses, terms and ordinals', () => {
    assert.deepEqual(brief('十三届全国人大一次会议。'), []);
    assert.deepEqual(brief('三届人大一次会议召开。'), []);
    assert.deepEqual(brief('第三届运动会开幕。'), []);
    assert.deepEqual(brief('七届三中全会召开。'), []);
  });
});
