/**
 * Figures fitted in round 33 (figs52: economic news on statistics and budgets). A census release
 * states sex ratios with no unit, and counts provinces as `N个人口…`. Every text here is made up for
 * the test.
 */
import * as assert from 'node:assert/strict';
import { brief } from './figureBrief';

describe('figs52: a ratio statement goes on through its sentence', () => {
  it('reads the base, the level and the change of a sex ratio as ratios', () => {
    assert.deepEqual(brief('甲县常住人口性别比（以女性为100）为103.2，较上次普查下降1.4。'), [
      '100|100||ratio',
      '103.2|103.2||ratio',
      '1.4|1.4||ratio',
    ]);
  });
  it('reads the bands a ratio sorts places into as ratios, the counts of places as counts', () => {
    assert.deepEqual(brief('全省各县中，人口性别比在98以下的县有3个，在98至102之间的县有11个。'), [
      '98|98||ratio',
      '3个|3|个|count',
      '98至102|[98,102]||ratio',
      '11个|11|个|count',
    ]);
  });
  it('stops at the sentence end, and where the ratio is one name in a list (a contents line)', () => {
    assert.deepEqual(brief('出生人口性别比为107.5。全县新建学校12所，投入资金900万元。').map((s) => s.split('|')[3]), ['ratio', 'count', 'money']);
    assert.ok(!brief('表3 各乡镇户数、性别比和户规模 45').some((s) => s.startsWith('45|') && s.endsWith('|ratio')));
  });
});

describe('figs52: 个 before the noun 人口', () => {
  it('keeps 个 as the measure word of the count, and 个人 as people where no 口 follows', () => {
    assert.deepEqual(brief('乙省9个地市中有5个人口减少。'), ['9个|9|个|count', '5个|5|个|count']);
    assert.deepEqual(brief('会上有6个人发言。'), ['6个人|6|人|count']);
  });
});

describe('figs52: 人普, the census shortened', () => {
  it('reads no count of people in 六人普', () => {
    assert.deepEqual(brief('据六人普数据，丙县常住人口为45万人。'), ['45万人|450000|人|count']);
  });
});

describe('figs52: a government work report states a satisfaction score bare', () => {
  it('reads a satisfaction score as other, a score in per cent as a percent', () => {
    assert.deepEqual(brief('群众满意度从88.1提升至92.4，办结率达99%。'), ['88.1|88.1||other', '92.4|92.4||other', '99%|99|%|percent']);
  });
});

describe('figs52: 分 per unit of energy is a price', () => {
  it('reads 分/千瓦时 as money, 分/人 (a score) as other', () => {
    assert.deepEqual(brief('戊省工商业电价下降2分/千瓦时，人均得分90分/人。'), ['2分/千瓦时|2|分/千瓦时|money', '90分/人|90|分/人|other']);
  });
});
