/**
 * Figures in the tables of budget reports and statistical data pages (fig51): a table under
 * `单位:万元` whose amount columns hold four-digit numbers and an amount of change (`增减额`), rows
 * further down the same table that lost their header, and a Markdown table whose numbering column
 * lost its header cell so that the header stands one column to the left. Every text here is made up
 * for the test.
 */
import * as assert from 'node:assert/strict';
import { extractFigures } from '../../src/core/figures';
import { parseOutline } from '../../src/core/outline';

function brief(text: string): string[] {
  return extractFigures(text, parseOutline(text)).map((f) => `${f.text}|${JSON.stringify(f.value)}|${f.unit}|${f.kind}`);
}

describe('figures fig51: a budget table under 单位:万元', () => {
  const head = '单位:万元 | ||||\n科目 | 今年预算数 | 上年完成数 | 比上年增减额 | 比上年增减% |\n';
  it('gives four-digit amounts and the amount of a change the table unit', () => {
    const t = head + '一、甲类收入 | 31250 | 28410 | 2840 | 10.00 |\n1、乙税 | 4120 | 3805 | 315 | 8.28 |\n2、丙税 | 1733 | 1602 | 131 | 8.18 |\n';
    assert.deepEqual(brief(t), [
      '31250|31250||money', '28410|28410||money', '2840|2840||money', '10.00|10||percent',
      '4120|4120||money', '3805|3805||money', '315|315||money', '8.28|8.28||percent',
      '1733|1733||money', '1602|1602||money', '131|131||money', '8.18|8.18||percent',
    ]);
  });
  it('reads the rows under a label row with empty cells, and a total row of fewer cells, as the table above', () => {
    const t = head + '甲类收入 | 31250 | 28410 | 2840 | 10.00 |\n乙类收入 | 4120 | 3805 | 315 | 8.28 |\n其他补助 | ||||\n结转结余 | 2206 | 1975 | ||\n其中:结转 | 1350 | 1211 | ||\n收入合计 | 37576 | 34196 |\n';
    assert.deepEqual(brief(t).slice(8), ['2206|2206||money', '1975|1975||money', '1350|1350||money', '1211|1211||money', '37576|37576||money', '34196|34196||money']);
  });
  it('leaves a column of years or codes by its header, and rows with no table unit', () => {
    const t = '单位:万元 | |||\n项目 | 年份 | 金额 |\n甲 | 2019 | 3100 |\n乙 | 2020 | 3300 |\n';
    assert.deepEqual(brief(t), ['2019|2019||other', '3100|3100||money', '2020|2020||other', '3300|3300||money']);
    assert.deepEqual(brief('科目 | 数额 | 增减额 |\n甲 | 3100 | 120 |\n乙 | 3300 | 140 |\n').map((s) => s.split('|')[3]), ['other', 'count', 'other', 'count']);
  });
});

describe('figures fig51: bar-parted rows whose name column lost its header cell', () => {
  it('reads a header with an empty last cell over filled cells as standing one column to the left, when its first cell names an amount', () => {
    const t = '| 绝对额(亿元) | 比上年增长(%) | |\n| 生产总值 | 51230 | 5.2 |\n| 第一产业 | 4120 | 3.1 |\n| 第二产业 | 20315 | 6.0 |\n';
    assert.deepEqual(brief(t), ['51230|51230||money', '5.2|5.2||percent', '4120|4120||money', '3.1|3.1||percent', '20315|20315||money', '6.0|6||percent']);
    const u = '| 环比增长(%) | |\n| 2020年1季度 | 1.3 |\n| 2季度 | 1.8 |\n';
    assert.deepEqual(brief(u).filter((s) => !/季度|年/.test(s)), ['1.3|1.3||percent', '1.8|1.8||percent']);
    // (a header whose first cell names the rows stays where it stands)
    const v = '| 指标 | 绝对额(亿元) | |\n| 生产总值 | 51230 | 5.2 |\n| 第一产业 | 4120 | 3.1 |\n';
    assert.deepEqual(brief(v).map((s) => s.split('|')[3]), ['money', 'count', 'money', 'count']);
  });
});

describe('figures fig51: a Markdown table whose numbering column lost its header cell', () => {
  it('reads each header cell as the name of the column right of it, not when the numbering column has its own', () => {
    const t = '| 省份 | 本月产量(万吨) | 本月增长(%) | |\n|---|---|---|---|\n| 1 | 甲省 | 1.25 | -3.4 |\n| 2 | 乙省 | 6.80 | 12.6 |\n| 3 | 丙省 | 0.47 | 5.1 |\n';
    assert.deepEqual(brief(t), ['1.25|1.25||mass', '-3.4|-3.4||percent', '6.80|6.8||mass', '12.6|12.6||percent', '0.47|0.47||mass', '5.1|5.1||percent']);
    const u = '| 序号 | 省份 | 本月产量(万吨) | 本月增长(%) |\n|---|---|---|---|\n| 1 | 甲省 | 1.25 | -3.4 |\n| 2 | 乙省 | 6.80 | 12.6 |\n';
    assert.deepEqual(brief(u), ['1.25|1.25||mass', '-3.4|-3.4||percent', '6.80|6.8||mass', '12.6|12.6||percent']);
  });
});

describe('figures fig51: an index number whose office code a page left blank', () => {
  it('reads the year and serial after a lone slash as one code, not a path', () => {
    assert.deepEqual(brief('索引号 | /2024-0031 | 公开目录: | 计划总结 |\n'), ['2024-0031|null||other']);
    assert.deepEqual(brief('索引号：/2023-00457\n'), ['2023-00457|null||other']);
    assert.deepEqual(brief('下载 /2024-0101.html 页面\n'), []);
  });
});
