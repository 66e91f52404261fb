/**
 * Times and ages said in Chinese numerals (fig27): `零点`/`零时` after a day word or a date, hours
 * with 时 after a date or a part of the day, and an age changed by one year. Every sentence here is
 * made up for the test.
 */
import * as assert from 'node:assert/strict';
import { brief, texts } from './figureBrief';

describe('figures: Chinese-numeral times after a day word or a date', () => {
  it('reads 零点 after 次日/当天 where the hour closes off', () => {
    assert.deepEqual(brief('值班从次日零点起改为两班'), ['零点|"T00"||date']);
    assert.deepEqual(brief('当天零点以后停止售票'), ['零点|"T00"||date']);
    assert.deepEqual(brief('明天十点整集合'), ['十点整|"T10"||date']);
  });
  it('leaves a day word before a point counted or a decimal alone', () => {
    assert.deepEqual(texts('今天三点意见供参考'), []);
    assert.deepEqual(texts('次日零点五的涨幅'), []);
    assert.deepEqual(texts('只差一点点，零点几的差距'), []);
  });
  it('reads an hour with 时 after a date, a day word or a part of the day', () => {
    assert.deepEqual(brief('自8月9日零时起执行新规'), ['8月9日|"--08-09"||date', '零时|"T00"||date']);
    assert.deepEqual(brief('晚上十时关门'), ['十时|"T22"||date']);
    assert.deepEqual(brief('二十日二十时三十分发布'), ['二十时三十分|"T20:30"||date']);
    assert.deepEqual(brief('次日零时至早上六点'), ['零时至早上六点|["T00","T06"]||date']);
  });
  it('leaves 一时, 四时 and hours with no date or part of the day alone', () => {
    assert.deepEqual(texts('他一时想不起来，四时景色不同'), []);
    assert.deepEqual(texts('今天一时兴起去了公园'), []);
    assert.deepEqual(texts('十时左右有雨'), []);
  });
});

describe('figures: an age changed by one year', () => {
  it('reads 一岁 after 大了/长了/小 as one year of age', () => {
    assert.deepEqual(brief('新年到了，我们都又大了一岁'), ['一岁|1|岁|duration']);
    assert.deepEqual(brief('妹妹比哥哥小一岁'), ['一岁|1|岁|duration']);
  });
  it('leaves the saying 一岁一枯荣 alone', () => {
    assert.deepEqual(texts('野草一岁一枯荣'), []);
  });
});
