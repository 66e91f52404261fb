/**
 * Figures fitted in round 27 (fig45, study74/75/79): people counted with the count word (六个人,
 * 10多个人), a round numeral approximated with 几 (十几年, 二十几个人). Every text here is made up
 * for the test.
 */
import * as assert from 'node:assert/strict';
import { brief } from './figureBrief';

describe('figures45: people counted with 个', () => {
  it('reads N个人 as a count of people', () => {
    assert.deepEqual(brief('合作社去年雇了五个人。'), ['五个人|5|人|count']);
    assert.deepEqual(brief('当天共有12个人报名。'), ['12个人|12|人|count']);
    assert.deepEqual(brief('一大家子20多个人一起过年。'), ['20多个人|20|人|count']);
  });
  it('leaves 一个人 and the words 个人 opens', () => {
    assert.deepEqual(brief('母亲一个人在家里做饭。'), []);
    assert.deepEqual(brief('建设一个人民满意的政府。'), []);
    assert.deepEqual(brief('实施两个人才计划。'), []);
    // (超千万的城市 names a class of cities by the size they pass, no amount; 三个人口 counts nothing)
    assert.deepEqual(brief('全省有三个人口超千万的城市。'), []);
  });
});

describe('figures45: 几 after a round numeral', () => {
  it('approximates the round part, as 多 does', () => {
    assert.deepEqual(brief('他在外打拼十几年。'), ['十几年|10|年|duration']);
    assert.deepEqual(brief('三十几岁的人了。'), ['三十几岁|30|岁|duration']);
    assert.deepEqual(brief('会场来了二十几个人。'), ['二十几个人|20|人|count']);
    assert.deepEqual(brief('这件事说了十几遍。'), ['十几遍|10|遍|count']);
  });
  it('leaves 几十 and 几个, and a unit a Chinese numeral does not take', () => {
    assert.deepEqual(brief('几十年来，他一直坚守。'), []);
    assert.deepEqual(brief('你们几个人先走。'), []);
    assert.deepEqual(brief('今天气温有十几度。'), []);
  });
});

describe('figures45: a plan\'s span in its targets\' name', () => {
  it('reads no span of years in 五年目标, 三年工作方案', () => {
    assert.deepEqual(brief('锚定五年目标，推动良好开局。'), []);
    assert.deepEqual(brief('制定三年工作方案和年度计划。'), []);
  });
  it('keeps the years a plan takes', () => {
    assert.deepEqual(brief('用五年时间实现目标。'), ['五年|5|年|duration']);
    assert.deepEqual(brief('这一方案实施两年来成效明显。'), ['两年|2|年|duration']);
  });
});
