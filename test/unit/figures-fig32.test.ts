/**
 * Figures on the study sets (fig32): a town report's fiscal amounts in 万 with no 元, wind forces in
 * Chinese numerals, 元 before 月度/月均, a number glued to a document's title or set alone between
 * lines of prose. Every text here is made up for the test.
 */
import * as assert from 'node:assert/strict';
import { extractFigures } from '../../src/core/figures';
import { parseOutline } from '../../src/core/outline';

function brief(text: string): string[] {
  return extractFigures(text, parseOutline(text)).map((f) => `${f.text}|${JSON.stringify(f.value)}|${f.unit}|${f.kind}`);
}

describe('figures fig32: amounts in 万 whose name is money', () => {
  it('reads a budget, revenue or spending in 万 with no 元 as money', () => {
    assert.deepEqual(brief('今年某镇财政一般预算收入任务96万，完成103万；财政支出年初预算820万，实现支出910万。'), [
      '96万|960000||money', '103万|1030000||money', '820万|8200000||money', '910万|9100000||money',
    ]);
  });
  it('keeps people and visitors in 万 as counts', () => {
    assert.deepEqual(brief('全镇人口3.6万，全年接待游客12万，实现旅游收入450万。'), [
      '3.6万|36000||count', '12万|120000||count', '450万|4500000||money',
    ]);
  });
});

describe('figures fig32: wind forces and magnitudes in Chinese numerals', () => {
  it('reads 风力五级 and 四级以上大风 as grades', () => {
    assert.deepEqual(brief('风力五级以上天气停止土方开挖。'), ['五级|5|级|other']);
    assert.deepEqual(brief('遇三级以上风的天气，停止拆除作业。'), ['三级|3|级|other']);
    assert.deepEqual(brief('气象台发布六级以上大风预警时，工地停止作业。'), ['六级|6|级|other']);
  });
  it('reads no class of risk, response or unit as a grade', () => {
    assert.deepEqual(brief('落实一级风险管控，建立三级联动机制，二级单位负责。'), []);
    assert.deepEqual(brief('预警分为黄色、橙色、红色三级。'), []);
  });
});

describe('figures fig32: 元 before 月度 and 月均', () => {
  it('keeps 元 as the unit', () => {
    assert.deepEqual(brief('每人扣发当月600元月度奖，补助人均300元月均。'), ['600元|600|元|money', '300元|300|元|money']);
  });
});

describe('figures fig32: numbers that label, not count', () => {
  it('calls a number glued to a document title a label', () => {
    assert.deepEqual(brief('某镇政府工作报告2\n\n各位代表：现在我作报告。'), ['2|2||other']);
  });
  it('calls a lone number between lines of prose a label', () => {
    const text = '一、过去一年我们着力发展农业产业\n\n2\n\n农业经济稳中有升，粮食产量保持稳定。\n';
    assert.deepEqual(brief(text), ['2|2||other']);
  });
  it('leaves a lone number between short cells or after a label to the tables', () => {
    assert.deepEqual(brief('甲街道\n\n全覆盖\n\n40\n\n/\n'), ['40|40||count']);
  });
});
