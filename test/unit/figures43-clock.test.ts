/**
 * figures43: a time of day holds the parts the text gives (ANNOTATION.md): an hour said without
 * minutes is the hour alone, minutes only where written; a span of hours said with 时 is one pair.
 * Every sentence here is made up for the test.
 */
import * as assert from 'node:assert/strict';
import { brief } from './figureBrief';
import { formatValue } from '../../src/core/figures/format';

describe('figures43: whole hours hold the hour alone', () => {
  it('reads an hour with 时 or 点 and no minutes as the hour (T09), shifted by the part of the day', () => {
    assert.deepEqual(brief('周五上午9时，运动会开幕'), ['9时|"T09"||date']);
    assert.deepEqual(brief('社区晚上6点开始放映'), ['6点|"T18"||date']);
    assert.deepEqual(brief('早上八点，车队出发'), ['八点|"T08"||date']);
    assert.deepEqual(brief('4月2日14时许，仓库起火'), ['4月2日|"--04-02"||date', '14时|"T14"||date']);
    assert.deepEqual(brief('大家十点整到场'), ['十点整|"T10"||date']);
  });
  it('keeps the minutes where they are written', () => {
    assert.deepEqual(brief('上午9时30分签到'), ['9时30分|"T09:30"||date']);
    assert.deepEqual(brief('下午3点半散会'), ['3点半|"T15:30"||date']);
    assert.deepEqual(brief('晚上7点05分发车'), ['7点05分|"T19:05"||date']);
    assert.deepEqual(brief('报名截至18:00'), ['18:00|"T18:00"||date']);
  });
  it('shows a whole hour with its minutes on the panel', () => {
    assert.equal(formatValue('T09').value, '09:00');
  });
});

describe('figures43: a span of hours said with 时 is one pair', () => {
  it('pairs the ends, the second keeping the first part of the day where that leaves it later', () => {
    assert.deepEqual(brief('阅览室上午10时至下午5时开放'), ['10时至下午5时|["T10","T17"]||date']);
    assert.deepEqual(brief('夜校晚上7时至9时上课'), ['7时至9时|["T19","T21"]||date']);
    assert.deepEqual(brief('晚上11时至2时停水'), ['11时至2时|["T23","T02"]||date']);
    assert.deepEqual(brief('窗口9时至17时受理'), ['9时至17时|["T09","T17"]||date']);
  });
  it('leaves two times apart when a day word stands between', () => {
    assert.deepEqual(brief('晚上10时至次日6时封路'), ['10时|"T22"||date', '6时|"T06"||date']);
  });
});
