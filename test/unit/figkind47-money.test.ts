/**
 * Figures fitted in round 29 (figkind47, study75, study80, study89, study96): an amount in 万 or 亿
 * with no unit after a word of money is money. Every text here is made up for the test.
 */
import * as assert from 'node:assert/strict';
import { brief } from './figureBrief';

describe('figkind47: a word of money before an amount in 万 or 亿', () => {
  it('reads the amount as money, its unit unwritten', () => {
    assert.deepEqual(brief('这家书店去年营收超3亿。'), ['3亿|300000000||money']);
    assert.deepEqual(brief('仓库失火，厂家损失860万'), ['860万|8600000||money']);
    assert.deepEqual(brief('该公司因虚假宣传被罚12万。'), ['12万|120000||money']);
    assert.deepEqual(brief('老李的年薪是45万。'), ['45万|450000||money']);
    assert.deepEqual(brief('一场发布会收费80万，同行只收十几万。').map((s) => s.split('|')[3]), ['money', 'count']);
    assert.deepEqual(brief('他的债务滚到60万。'), ['60万|600000||money']);
    assert.deepEqual(brief('小店单月流水30万。'), ['30万|300000||money']);
    assert.deepEqual(brief('一位校友向母校捐5亿。'), ['5亿|500000000||money']);
    assert.deepEqual(brief('加盟商每年能多赚3.2万。'), ['3.2万|32000||money']);
    assert.deepEqual(brief('公司市值在5天内涨了40亿。'), ['5天|5|天|duration', '40亿|4000000000||money']);
    assert.deepEqual(brief('全市居民储蓄增长了800亿。'), ['800亿|80000000000||money']);
  });
  it('leaves people and things counted in 万 or 亿 as counts', () => {
    assert.deepEqual(brief('全市常住人口达到1200万。'), ['1200万|12000000||count']);
    assert.deepEqual(brief('平台收入量约3万。'), ['3万|30000||count']);
    assert.deepEqual(brief('资产负债率达到60%，员工约2万。').map((s) => s.split('|')[3]), ['percent', 'count']);
    assert.deepEqual(brief('年薪加起来，一般都在30万以上。'), ['30万|300000||count']);
  });
});
