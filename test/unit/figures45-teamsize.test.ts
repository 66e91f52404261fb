/**
 * Figures fitted in round 27 (fig45, study80): a sport's format named by a side's size (七人制, 三人篮球) is no count of people. Every text here is made up for the test.
 */
import * as assert from 'node:assert/strict';
import { brief } from './figureBrief';

describe('figures45: a side\'s size names a sport\'s format', () => {
  it('reads no count of people in N人制 and 三人篮球', () => {
    assert.deepEqual(brief('女子七人制橄榄球赛季在迪拜开幕。'), []);
    assert.deepEqual(brief('本届运动会首次设立五人制足球项目。'), []);
    assert.deepEqual(brief('三人篮球世界杯今天落幕，中国三人女篮摘得铜牌，三人男篮止步八强。'), []);
    assert.deepEqual(brief('学校组织了十一人制校园足球联赛。'), []);
  });
  it('keeps people counted, and 制 that opens a verb', () => {
    assert.deepEqual(brief('这套方案由三人制定，经小组审定。'), ['三人|3|人|count']);
    assert.deepEqual(brief('事故造成两人受伤，三人制服歹徒后离开。'), ['两人|2|人|count', '三人|3|人|count']);
    assert.deepEqual(brief('篮球队派出三人参赛。'), ['三人|3|人|count']);
    assert.deepEqual(brief('参加3人制篮球比赛的队伍有12支。'), ['3人|3|人|count', '12支|12|支|count']);
  });
});
