/**
 * A range with its unit on both ends and 到/至 between is one figure (wordRanges.ts), unless a word
 * of change or a starting point stands before it (下降2人至10人, 由30人到50人). Our own sentences (units47).
 */
import * as assert from 'node:assert/strict';
import { brief } from './figureBrief';

describe('units47: ranges joined by 到 and 至', () => {
  it('joins two ages, two prices, two counts', () => {
    assert.deepEqual(brief('26岁到41岁这代人最爱旅行。'), ['26岁到41岁|[26,41]|岁|duration']);
    assert.deepEqual(brief('年龄在18岁至25岁之间。'), ['18岁至25岁|[18,25]|岁|duration']);
    assert.deepEqual(brief('票价150元到180元不等。'), ['150元到180元|[150,180]|元|money']);
    assert.deepEqual(brief('每人可选3门至5门课程。'), ['3门至5门|[3,5]|门|count']);
  });
  it('leaves a change as two figures', () => {
    assert.deepEqual(brief('编制下降2人至10人。'), ['2人|2|人|count', '10人|10|人|count']);
    assert.deepEqual(brief('队伍由30人到50人。'), ['30人|30|人|count', '50人|50|人|count']);
    assert.deepEqual(brief('从3门增加到5门。'), ['3门|3|门|count', '5门|5|门|count']);
  });
  it('leaves two ends of different units or falling values apart', () => {
    assert.deepEqual(brief('时长30分钟到2小时。'), ['30分钟|30|分钟|duration', '2小时|2|小时|duration']);
    assert.deepEqual(brief('年龄60岁到18岁的倒序排列。'), ['60岁|60|岁|duration', '18岁|18|岁|duration']);
  });
});
