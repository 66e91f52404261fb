import * as assert from 'node:assert/strict';
import { parseOutline } from '../../src/core/outline';
import { isRuleLine } from '../../src/core/outline/ruleLines';

/** A round-up of a press conference whose items a rule parts (our own text). */
const ROUNDUP = [
  '　　今天上午，某某市召开第十二场新闻发布会，通报近期防汛工作情况。',
  '　　某某市水务局副局长介绍，全市已完成河道清淤，汛前检查全部到位。',
  '　　━━━━━',
  '　　明日起全市进入主汛期，各区实行24小时值班',
  '　　某某市应急局副局长介绍，明日起全市进入主汛期，一是要加强巡查，二是要及时转移群众。',
  '　　━━━━━',
  '　　本周末有强降雨，市民出行注意安全',
  '　　市气象台首席预报员介绍，本周末全市有一次强降雨过程，请市民减少出行。',
].join('\n');

describe('items of a compilation parted by a rule', () => {
  it('reads a rule line', () => {
    assert.ok(isRuleLine('　　━━━━━', 0, 7));
    assert.ok(isRuleLine('======', 0, 6));
    assert.ok(!isRuleLine('——在某会议上的讲话', 0, 10));
    assert.ok(!isRuleLine('--', 0, 2));
  });

  it('puts the headline under each rule at the top level, beside the first', () => {
    const o = parseOutline(ROUNDUP);
    const titles = o.headings.filter((h) => h.marker === '');
    assert.deepEqual(titles.map((h) => h.title), ['明日起全市进入主汛期，各区实行24小时值班', '本周末有强降雨，市民出行注意安全']);
    for (const t of titles) assert.equal(t.level, 1);
  });
});
