/**
 * Figures fitted in round 29 (figkind47, study64–97): a plus sign written before a number is the
 * figure's own, in its span (the study golds: 62 against 3). Every text here is made up for the test.
 */
import * as assert from 'node:assert/strict';
import { brief } from './figureBrief';

describe('figkind47: a plus sign before a number', () => {
  it('keeps the sign in the span, the value as written', () => {
    assert.deepEqual(brief('本周新增关注 (+120)。'), ['+120|120||count']);
    assert.deepEqual(brief('今日无变化 (+0)。'), ['+0|0||count']);
    assert.deepEqual(brief('召回率显著提升+12.5%，精度不变。'), ['+12.5%|12.5|%|percent']);
    assert.deepEqual(brief('库存较上周+8个。'), ['+8个|8|个|count']);
    assert.deepEqual(brief('全年收益 +31.2%，回撤可控。'), ['+31.2%|31.2|%|percent']);
    assert.deepEqual(brief('气温升到了+6℃。'), ['+6℃|6|℃|other']);
    assert.deepEqual(brief('＋15 分的奖励。'), ['＋15 分|15|分|other']);
  });
  it('leaves an operator between numbers or figures, and a Latin name’s sign, outside', () => {
    assert.deepEqual(brief('时区为GMT+8。').map((s) => s.split('|')[0]), ['8']);
    assert.deepEqual(brief('由原来的200行+16个模块组成。').map((s) => s.split('|')[0]).includes('+16个'), false);
    assert.deepEqual(brief('使用C++20标准编写。').map((s) => s.split('|')[0]).includes('+20'), false);
    assert.deepEqual(brief('公式是1+1。').map((s) => s.split('|')[0]), ['1+1']);
  });
});
