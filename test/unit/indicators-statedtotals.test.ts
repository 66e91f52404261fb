/**
 * Issue 12: a plan states its totals in its text and breaks them down in a table; a figure of the
 * table's total rows whose value the body states once measures what the body names
 * (`applyStatedTotals`). Every document here is made up for the test.
 */
import * as assert from 'node:assert/strict';
import { extractFigures, parseOutline } from '../../src/core';
import { normalizeIndicator } from '../../src/core/figures/indicatorNames';

/** A county plan: goals in the body, the towns' tasks in attachment 1, a flattened table of the same targets in attachment 2. */
function plan(body: string, tasks: [string, string][], rows: string[][], tail: string[][]): string {
  const lines = ['某某县关于推进乡镇设施建设的通知', '', '各乡镇：', '', '一、工作目标', '', body, '', '二、工作要求', '', '各乡镇要抓好落实。', ''];
  lines.push('附件1', '', '各镇目标任务', '', '镇名', '', '目标任务', '');
  for (const [town, task] of tasks) lines.push(town, '', task, '');
  lines.push('附件2', '', '各镇指标汇总', '');
  for (const h of ['序号', '镇名', '建设指标', '处理指标', '充电设施累计（个）', '污水处理量', '公厕改造', '吨/日']) lines.push(h, '');
  rows.forEach((r, i) => { lines.push(String(i + 1), ''); for (const c of r) lines.push(c, ''); });
  for (const r of tail) for (const c of r) lines.push(c, '');
  return lines.join('\n');
}

const TASKS: [string, string][] = [
  ['东河镇', '新建充电设施累计45个，“两污合一”处理量91.5吨/日。'],
  ['西山乡', '新建充电设施累计50个，“两污合一”处理量99.5吨/日。'],
  ['南湖镇', '新建充电设施累计40个，“两污合一”处理量69.5吨/日。'],
];
const ROWS = [['东河镇', '45', '91.5', '120'], ['西山乡', '50', '99.5', '95'], ['南湖镇', '40', '69.5', '105']];

/** Filed names of the figures, as `text→name`, in the zones asked for. */
function names(text: string, zones: string[]): string[] {
  return extractFigures(text, parseOutline(text))
    .filter((f) => zones.includes(f.zone ?? ''))
    .map((f) => `${text.slice(f.start, f.end)}→${normalizeIndicator(f.indicator) ?? '∅'}`);
}

describe('indicators: a table\'s totals named by the body that states them', () => {
  it('a measure the attachment names its own way takes the body\'s name, in the table and in the attachment', () => {
    const body = '到年底，全县充电桩总数达到135个，污水日处理量达到260.5吨，公厕改造完成320座。';
    // 北岭乡 is in no row of the table: its figure is not one of the table's, its name stays
    const text = plan(body, [...TASKS, ['北岭乡', '新建充电设施累计33个。']], ROWS, [['合计', '135', '260.5', '320']]);
    const got = names(text, ['table', 'attachment']);
    assert.ok(got.includes(`33个→${normalizeIndicator('新建充电设施累计')}`), got.join(' '));
    const charge = normalizeIndicator('充电桩总数');
    const water = normalizeIndicator('污水日处理量');
    for (const s of ['45个', '50个', '40个', '45', '50', '40', '135']) assert.ok(got.includes(`${s}→${charge}`), `${s}: ${got.join(' ')}`);
    for (const s of ['91.5吨/日', '99.5', '69.5', '260.5']) assert.ok(got.includes(`${s}→${water}`), `${s}: ${got.join(' ')}`);
    // a total no column sum named: it takes the body's name; the rows' cells stay as they were (no cell of the column is known)
    assert.ok(got.includes(`320→${normalizeIndicator('公厕改造')}`), got.join(' '));
    assert.ok(got.includes('120→∅'), got.join(' '));
  });

  it('a value the body states under two names, or a small whole number, names nothing', () => {
    const body = '到年底，全县充电桩总数达到135个，新增停车位135个，污水日处理量达到260.5吨，公厕改造完成32座。';
    const rows = [['东河镇', '45', '91.5', '12'], ['西山乡', '50', '99.5', '10'], ['南湖镇', '40', '69.5', '10']];
    const got = names(plan(body, TASKS, rows, [['合计', '135', '260.5', '32']]), ['table', 'attachment']);
    // 135: two names in the body; the attachment's own name stays
    assert.ok(got.includes(`45个→${normalizeIndicator('新建充电设施累计')}`), got.join(' '));
    assert.ok(got.includes(`135→${normalizeIndicator('新建充电设施累计')}`), got.join(' '));
    assert.ok(got.includes(`91.5吨/日→${normalizeIndicator('污水日处理量')}`), got.join(' '));
    assert.ok(got.includes('32→∅'), got.join(' '));
  });
});

describe('indicators: a column found by its total', () => {
  const body = '到年底，全县充电桩总数达到135个，污水日处理量达到260.5吨，公厕改造完成320座。';
  const water = normalizeIndicator('污水日处理量');
  // the towns' text calls the measure by a part of the body's name (处理量); 南湖镇's text gives its
  // charging posts only: its 69.5 is found by the total (260.5 - 91.5 - 99.5)
  const tasks: [string, string][] = [
    ['东河镇', '新建充电设施累计45个，处理量91.5吨/日。'],
    ['西山乡', '新建充电设施累计50个，处理量99.5吨/日。'],
    ['南湖镇', '新建充电设施累计40个。'],
  ];

  it('the unnamed cell that makes up the rest of a named total, in a row without one, takes its name', () => {
    const got = names(plan(body, tasks, ROWS, [['合计', '135', '260.5', '320']]), ['table']);
    assert.deepEqual([got[1], got[4]], [`91.5→${water}`, `99.5→${water}`]);
    assert.deepEqual(got.slice(6, 9), [`40→${normalizeIndicator('充电桩总数')}`, `69.5→${water}`, '105→∅']);
    // the 公厕改造 column: no cell of it is known, it is not made from the total alone
    assert.deepEqual([got[2], got[5]], ['120→∅', '95→∅']);
  });

  it('two cells of a row that would make up the rest: which one is meant is unknown, none is named', () => {
    const rows = [['东河镇', '45', '91.5', '120'], ['西山乡', '50', '99.5', '95'], ['南湖镇', '40', '69.5', '69.5']];
    const got = names(plan(body, tasks, rows, [['合计', '135', '260.5', '284.5']]), ['table']);
    assert.deepEqual(got.slice(7, 9), ['69.5→∅', '69.5→∅']);
  });
});
