/**
 * Figures on real documents studied in issue 8 (fig29): a compilation's contents list that a page
 * ran together on one line (`目录1.2023年甲镇政府工作报告 2.2023年乙镇… 3.丙镇…`), and a line's marker
 * before a year (`2、2023年…`). Every text here is made up for the test.
 */
import * as assert from 'node:assert/strict';
import { extractFigures } from '../../src/core/figures';

function brief(text: string): string[] {
  return extractFigures(text).map((f) => `${f.text}|${JSON.stringify(f.value)}|${f.unit}|${f.kind}`);
}

describe('figures fig29: a contents list run together on one line', () => {
  it('reads the item numbers as markers and the years after them as years', () => {
    assert.deepEqual(brief('某县乡镇工作总结汇编(4篇)目录1.2024年东湖镇工作总结 2.2024年西岭镇工作总结 3.南山乡2024年工作总结 4.北坡乡工作总结'), [
      '4篇|4|篇|count', '2024年|"2024"||date', '2024年|"2024"||date', '2024年|"2024"||date',
    ]);
  });
  it('goes on with a list that a line break cut', () => {
    assert.deepEqual(brief('目录1.甲镇报告 2.乙镇报告 3.丙镇报告 4.丁镇2025年报告\n5.戊镇报告 6.己镇报告 结束'), ['2025年|"2025"||date']);
  });
  it('leaves numbers that make no run of items', () => {
    assert.deepEqual(brief('全镇增长1.2023年完成'), ['1.2023年|1.2023|年|duration']);
    assert.deepEqual(brief('目录1.甲镇报告 2.乙镇报告'), ['1|1||count', '2|2||count']);
    assert.deepEqual(brief('分别为1.5万 2.6万 3.7万'), ['1.5万|15000||count', '2.6万|26000||count', '3.7万|37000||count']);
    assert.deepEqual(brief('目录1.目录2.目录3.目录4'), ['1|1||count', '2|2||count', '3|3||count', '4|4||count']);
  });
});

describe('figures fig29: a line marker before a year', () => {
  it('reads 2、2023年 as the marker and the year', () => {
    assert.deepEqual(brief('1、总体情况\n2、2023年全镇完成产值5亿元。'), ['2023年|"2023"||date', '5亿元|500000000|元|money']);
  });
  it('keeps years listed with 、', () => {
    assert.deepEqual(brief('2022、2023年连续增长'), ['2022|"2022"||date', '2023年|"2023"||date']);
  });
});
