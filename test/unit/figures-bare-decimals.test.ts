/**
 * A bare decimal that no pass gave a kind counts nothing (wholeCounts.ts, bareDecimalsCountNothing):
 * a ratio stated bare, a clause number, a score. A table's cells stay with their column, a number
 * an English word follows keeps the scanner's reading, and decimals with a scale word or a unit are
 * not touched. Every text here is made up for the test.
 */
import * as assert from 'node:assert/strict';
import { extractFigures } from '../../src/core/figures';
import { parseOutline } from '../../src/core/outline';

function kinds(text: string, format: 'plain' | 'markdown' = 'plain'): string[] {
  return extractFigures(text, parseOutline(text, { format })).map((f) => `${f.text}|${f.unit}|${f.kind}`);
}

describe('figures: a bare decimal counts nothing', () => {
  it('reads a ratio, a score and a clause number written bare as other', () => {
    assert.deepEqual(kinds('城乡居民收入比缩小到2.3，满分记为1.0。'), ['2.3||other', '1.0||other']);
    assert.deepEqual(kinds('本标准修改了术语的定义（见4.2），删去了附录。'), ['4.2||other']);
  });
  it('keeps counts that are whole numbers, and decimals with a scale word or a unit', () => {
    assert.deepEqual(kinds('全镇有320户，新增就业1.5万人，增长6.2%。'), ['320户|户|count', '1.5万人|人|count', '6.2%|%|percent']);
  });
  it("leaves a table's cells to their column", () => {
    const t = '| 年份 | 户数（万户） |\n|---|---|\n| 2024 | 67.4 |\n| 2025 | 70.2 |\n';
    const cells = kinds(t, 'markdown').filter((k) => k.startsWith('67.4') || k.startsWith('70.2'));
    assert.deepEqual(cells.map((k) => k.split('|')[2]), ['count', 'count']);
  });
  it('keeps the reading of a number an English word follows', () => {
    const t = '全年农村贫困人口减少1289万人。\nThe rural poor fell by 12.75 million people.\n';
    assert.deepEqual(kinds(t).filter((k) => k.startsWith('12.75')), ['12.75||count']);
  });
});
