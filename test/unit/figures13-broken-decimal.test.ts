import * as assert from 'node:assert/strict';
import { brief } from './figureBrief';

describe('figures: a decimal a hard line break cut before its point (study13h3)', () => {
  it('reads 31 / .4% as one figure 31.4%, spanning its first line', () => {
    assert.deepEqual(brief('去年全县有31\n    .4%的农户用上了自来水'), ['31|31.4|%|percent']);
    assert.deepEqual(brief('安排专项资金1053\n.8亿元，用于道路建设'), ['1053|105380000000|元|money']);
    assert.deepEqual(brief('新建道路60\n.7公里，改造桥梁12座'), ['60|60.7|公里|length', '12座|12|座|count']);
  });
  it('leaves apart a number over a line that opens with a point but no unit after its digits, or after a blank line', () => {
    assert.ok(!brief('共有12\n.5的比例不变').some((f) => f.startsWith('12|12.5')));
    assert.ok(!brief('共有12\n\n.5%的人').some((f) => f.startsWith('12|12.5')));
  });
  it('reads a range of shares whose 至 opens the next line (１０％ / 至２０％) as one figure on its first line', () => {
    assert.deepEqual(brief('患病率为１０％\n至２０％，以中年人为主'), ['１０％|[10,20]|%|percent']);
    // (a change 下降/增长 before it reads to the second share as before; a lower second share is no range)
    assert.deepEqual(brief('增长10%\n至20%。'), ['10%|10|%|percent', '20%|20|%|percent']);
    assert.deepEqual(brief('占比为15%\n至3%。'), ['15%|15|%|percent', '3%|3|%|percent']);
  });
});
