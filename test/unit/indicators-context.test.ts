/**
 * What a figure measures (issue 12, test/indicators/RULES.md): the indicator the context pass gives,
 * as filed by normalizeIndicator. Every sentence here is made up for the test.
 */
import * as assert from 'node:assert/strict';
import { extractFigures } from '../../src/core';
import { normalizeIndicator } from '../../src/core/figures/indicatorNames';

/** The filed indicator of the figure written `fig` in `text`. */
function ind(text: string, fig: string): string | null {
  const f = extractFigures(text).find((x) => x.text === fig);
  assert.ok(f, `no figure ${fig} in ${text}`);
  return normalizeIndicator(f.indicator);
}

describe('indicators: figures that name no measure by their kind', () => {
  it('dates, anniversaries, codes and ranks take none', () => {
    assert.equal(ind('今年恰逢某某学院建院60周年，发展势头良好。', '60周年'), null);
    assert.equal(ind('截至9月底，全县新登记企业1200户。', '1200户'), '新登记企业');
    assert.equal(ind('某某县生产总值增速位居全市第3位。', '3位'), null);
    assert.equal(ind('力争进入全省前20强。', '20强'), null);
    assert.equal(ind('某园区引进的3号机组顺利并网。', '3号'), null);
  });

  it('a handful of visits or meetings takes none, hundreds of lectures keep their name', () => {
    assert.equal(ind('检查组对某街道开展暗访3次。', '3次'), null);
    assert.equal(ind('全年健康讲座300多场。', '300多场'), '健康讲座');
  });

  it('a duration is a measure only when its name says a span is measured', () => {
    assert.equal(ind('全面完成全年任务只剩下两个月。', '两个月'), null);
    assert.equal(ind('企业开办时间压缩至15天。', '15天'), '企业开办时间');
  });
});
