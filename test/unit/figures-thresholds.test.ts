/**
 * A threshold said twice round 及 or 或 (两个及两个以上, 三名或三名以上): both terms are counts, though
 * a numeral after 及 usually counts the items listed before it (甲和乙两个). Made-up sentences.
 */
import * as assert from 'node:assert/strict';
import { brief } from './figureBrief';

describe('figures: a threshold said twice', () => {
  it('reads both terms of 两个及两个以上 and 三名或三名以上 as counts', () => {
    assert.deepEqual(brief('由两个及两个以上单位共同申报的，按一项计算。'), ['两个|2|个|count', '两个|2|个|count']);
    assert.deepEqual(brief('每组推选三名或三名以上代表。'), ['三名|3|名|count', '三名|3|名|count']);
    assert.deepEqual(brief('凡涉及两个及两个以上部门的事项，由牵头部门协调。'), ['两个|2|个|count', '两个|2|个|count']);
  });
  it('still reads a numeral counting the items listed before it as no figure', () => {
    assert.deepEqual(brief('甲方案和乙方案两个方案都已上报。'), []);
  });
});
