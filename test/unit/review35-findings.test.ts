import * as assert from 'node:assert/strict';
import { checkNumbering, parseOutline } from '../../src/core';
import type { Finding } from '../../src/core';
import { findingsByPlace } from '../../src/vscode/findingPlaces';
import { figureAt } from '../../src/vscode/figureAt';

/** A draft whose numbering skips and repeats, many times over: one finding or more per part. */
function draft(parts: number): string {
  const lines = ['关于本年度工作的报告'];
  const cn = '一二三四五六七八九';
  for (let p = 0; p < parts; p++) {
    lines.push(`${cn[p % 9]}、第${p + 1}部分工作安排`);
    lines.push('（一）做好准备工作。', '（三）抓好落实工作。', '（三）加强督促检查。');
  }
  return lines.join('\n') + '\n';
}

function findingsOf(text: string): Finding[] {
  return checkNumbering(text, parseOutline(text, { format: 'plain' }));
}

describe('review35: a code action finds the finding of each diagnostic by its place', () => {
  it('answers what find answered: the first finding of that code at that span', () => {
    const all = findingsOf(draft(12));
    assert.ok(all.length > 12, `${all.length} findings`);
    const at = findingsByPlace(all);
    for (const d of all) assert.equal(at(d.code, d.start, d.end), all.find((x) => x.code === d.code && x.start === d.start && x.end === d.end));
    assert.equal(at('GM999', all[0].start, all[0].end), undefined);
    assert.equal(at(all[0].code, all[0].start, all[0].end + 1), undefined);
    assert.equal(at({ value: all[0].code }, all[0].start, all[0].end), undefined, 'a code that is no string (VS Code allows one) matches nothing, as === did');
    assert.equal(findingsByPlace(all), at, 'made once per findings list');
  });
  // No timing test: on this loaded machine small Maps time inside the young generation and large
  // ones do not, so 4,000 vs 32,000 ratios ran 20-150x; measured by hand 32,000 → 256,000 lookups ≈ 6x.
});

describe('review35: the figure under the pointer', () => {
  const fig = (start: number, end: number) => ({ start, end }) as unknown as import('../../src/core/types').Figure;

  it('finds the figure holding an offset; none between figures; out-of-order lists still answered', () => {
    const list = [fig(0, 3), fig(5, 9), fig(12, 14)];
    assert.deepEqual([0, 2, 3, 4, 5, 8, 9, 13, 14, 99].map((o) => figureAt(list, o)), [0, 0, -1, -1, 1, 1, -1, 2, -1, -1]);
    const shuffled = [fig(12, 14), fig(0, 3), fig(5, 9)];
    assert.deepEqual([1, 6, 13, 10].map((o) => figureAt(shuffled, o)), [1, 2, 0, -1]);
    assert.equal(figureAt([], 0), -1);
  });

  it('a miss on a long ordered list costs a search, not a pass over every figure', () => {
    // 100,000 figures; 20,000 hovers between them (before: a linear pass each, 2·10⁹ steps).
    const list = Array.from({ length: 100_000 }, (_, i) => fig(10 * i, 10 * i + 4));
    figureAt(list, 5);
    const t = Date.now();
    for (let k = 0; k < 20_000; k++) assert.equal(figureAt(list, 10 * ((k * 7919) % 100_000) + 6), -1);
    const ms = Date.now() - t;
    assert.ok(ms < 600, `${ms} ms`);
  });
});
