/**
 * Figures on statistical pages (figures40): a year written once before a span of months, a table
 * flattened one cell per line whose cells end with a bar and whose header is letter-spaced. Every
 * text here is made up for the test.
 */
import * as assert from 'node:assert/strict';
import { extractFigures } from '../../src/core/figures';
import { parseOutline } from '../../src/core/outline';

function brief(text: string): string[] {
  return extractFigures(text, parseOutline(text)).map((f) => `${f.text}|${JSON.stringify(f.value)}|${f.unit}|${f.kind}`);
}

describe('figures fig40: a year before a span of months', () => {
  it('reads the year and the span as one pair', () => {
    assert.deepEqual(brief('2031年1-5月全县客运量增长3.1%。'), ['2031年1-5月|["2031-01","2031-05"]||date', '3.1%|3.1|%|percent']);
    assert.deepEqual(brief('2029年3—6月份，湖滨镇新增企业12家。'), ['2029年3—6月份|["2029-03","2029-06"]||date', '12家|12|家|count']);
  });
  it('leaves a span of months with no year of its own as it was', () => {
    assert.deepEqual(brief('今年1-5月，全县客运量增长3.1%。'), ['1-5月|["--01","--05"]||date', '3.1%|3.1|%|percent']);
  });
});
