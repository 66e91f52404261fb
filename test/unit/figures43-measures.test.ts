/**
 * figures43: measures written in two parts — a temperature below zero (零下), a multiple with a
 * half (两倍半), a compound of two units (28公里300米). Every sentence here is made up for the test.
 */
import * as assert from 'node:assert/strict';
import { brief } from './figureBrief';

describe('figures43: temperatures below zero', () => {
  it('reads 零下 with a temperature unit as a negative value, 零下 in the span', () => {
    assert.deepEqual(brief('山口夜里降到零下17℃，'), ['零下17℃|-17|℃|other']);
    assert.deepEqual(brief('湖面气温零下 4 度。'), ['零下 4 度|-4|度|other']);
    assert.deepEqual(brief('牧场清晨零下八摄氏度'), ['零下八摄氏度|-8|摄氏度|other']);
    assert.deepEqual(brief('冬季常在零下十到二十度'), ['零下十到二十度|[-10,-20]|度|other']);
  });
  it('leaves 零下 without a number and unit alone', () => {
    assert.deepEqual(brief('天气冷到零下，注意保暖'), []);
  });
});

describe('figures43: a multiple with a half', () => {
  it('adds the half where the clause closes after it', () => {
    assert.deepEqual(brief('产量是前年的两倍半。'), ['两倍半|2.5|倍|ratio']);
    assert.deepEqual(brief('高出一倍半以上'), ['一倍半|1.5|倍|ratio']);
  });
  it('keeps the multiple when 半 opens a word (半径, 半长)', () => {
    assert.deepEqual(brief('取两倍半径的范围'), ['两倍|2|倍|ratio']);
  });
});

describe('figures43: a compound measure of two units', () => {
  it('joins the larger and the smaller unit into one figure in the smaller unit', () => {
    assert.deepEqual(brief('车停在干线41公里250米处'), ['41公里250米|41250|米|length']);
    assert.deepEqual(brief('新栽的树高2米30厘米'), ['2米30厘米|230|厘米|length']);
    assert.deepEqual(brief('包裹重3公斤200克'), ['3公斤200克|3200|克|mass']);
  });
  it('leaves two measures apart when the second is not smaller than one of the first', () => {
    assert.deepEqual(brief('先走5公里1200米'), ['5公里|5|公里|length', '1200米|1200|米|length']);
  });
});
