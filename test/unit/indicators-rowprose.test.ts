/**
 * Issue 12: a table cell whose column names no measure (a header of two levels, rows that dropped
 * their empty cells) takes the measure the document's text gives the same figure of the same item
 * (`applyRowProse`). Every document here is made up for the test.
 */
import * as assert from 'node:assert/strict';
import { extractFigures, parseOutline } from '../../src/core';
import { normalizeIndicator } from '../../src/core/figures/indicatorNames';

/** An official plan: an attachment of tasks per town, then a flattened table of the same targets. */
function plan(rows: string[][], tasks: [string, string][], tail: string[][] = []): string {
  const lines = ['某某县关于推进乡镇设施建设的通知', '', '各乡镇：', '', '现将有关事项通知如下。', '', '附件1', '', '各镇目标任务', '', '镇名', '', '目标任务', ''];
  for (const [town, task] of tasks) lines.push(town, '', task, '');
  lines.push('附件2', '', '各镇指标汇总', '');
  for (const h of ['序号', '镇名', '建设指标', '管理指标', '充电桩累计（个）', '公厕改造（座）', '示范公厕（个）', '巡查次数']) lines.push(h, '');
  rows.forEach((r, i) => { lines.push(String(i + 1), ''); for (const c of r) lines.push(c, ''); });
  for (const r of tail) for (const c of r) lines.push(c, '');
  return lines.join('\n');
}

/** Filed indicators of the table's figures (zone `table`), as `line text → name`. */
function tableNames(text: string): string[] {
  return extractFigures(text, parseOutline(text))
    .filter((f) => f.zone === 'table')
    .map((f) => `${text.slice(f.start, f.end)}→${normalizeIndicator(f.indicator) ?? '∅'}`);
}

describe('indicators: table cells named by the text about their row', () => {
  const tasks: [string, string][] = [
    ['东河镇', '新建充电桩累计12个，改造公厕3座，其中含1个示范公厕。'],
    ['西山乡', '新建充电桩累计8个，改造公厕5座。'],
  ];

  it('a cell takes the name the text gives the same figure of the same town', () => {
    const text = plan([['东河镇', '12', '3', '1', '4'], ['西山乡', '8', '5', '/', '6'], ['南湖镇', '7', '2', '/', '9']], tasks);
    const prose = extractFigures(text, parseOutline(text)).filter((f) => f.zone !== 'table' && /^(12|3|1)[个座]$/.test(f.text));
    const names = prose.map((f) => normalizeIndicator(f.indicator));
    assert.equal(names.length, 3);
    assert.ok(names.every((n) => n), `the text names its figures: ${names.join(',')}`);
    const got = tableNames(text);
    assert.deepEqual(got.slice(0, 4), [`12→${names[0]}`, `3→${names[1]}`, `1→${names[2]}`, '4→∅']);
    // 西山乡: the same measures for its own figures; the count the text does not give stays unnamed
    assert.deepEqual(got.slice(4, 7), [`8→${names[0]}`, `5→${names[1]}`, '6→∅']);
    // 南湖镇 has no text: nothing to name its cells by
    assert.deepEqual(got.slice(7), ['7→∅', '2→∅', '9→∅']);
  });

  it('the same number twice in a row, said once: which cell is meant is unknown, none is named', () => {
    const text = plan([['东河镇', '12', '3', '1', '4'], ['西山乡', '8', '5', '/', '6'], ['北岭乡', '2', '2', '/', '3']], [...tasks, ['北岭乡', '新建充电桩累计2个。']]);
    const got = tableNames(text);
    assert.deepEqual(got.slice(7), ['2→∅', '2→∅', '3→∅']);
  });

  it('repeated small numbers are placed by the order of the text, or left unnamed when it does not tell', () => {
    // 12, 3, 1 in the text: the row's 1 after its 3 is the text's 1; the 1 before the 3 is not
    let got = tableNames(plan([['东河镇', '12', '1', '3', '1'], ['西山乡', '8', '5', '/', '6'], ['南湖镇', '7', '2', '/', '9']], tasks));
    assert.equal(got[1], '1→∅');
    assert.match(got[3], /^1→(?!∅)/);
    // two 1s after the 3: either may be the text's 1, none is named
    got = tableNames(plan([['东河镇', '12', '3', '1', '1'], ['西山乡', '8', '5', '/', '6'], ['南湖镇', '7', '2', '/', '9']], tasks));
    assert.deepEqual(got.slice(2, 4), ['1→∅', '1→∅']);
  });

  it('a town whose text is written twice names nothing (which text the row repeats is unknown)', () => {
    const text = plan([['东河镇', '12', '3', '1', '4'], ['西山乡', '8', '5', '/', '6'], ['南湖镇', '7', '2', '/', '9']], [...tasks, ['东河镇', '新建充电桩累计4个。']]);
    const got = tableNames(text);
    assert.deepEqual(got.slice(0, 4), ['12→∅', '3→∅', '1→∅', '4→∅']);
  });
});

describe('indicators: a table row whose first cell writes its own unit', () => {
  it('the row\'s name line in the table is no text about the row: its cells are still named by the text', () => {
    const tasks: [string, string][] = [['东河镇', '新建充电桩累计12个，改造公厕3座。'], ['西山乡', '新建充电桩累计8个，改造公厕5座。']];
    const text = plan([['东河镇', '100%达标', '12', '3', '4'], ['西山乡', '8', '5', '/', '6'], ['南湖镇', '7', '2', '/', '9']], tasks);
    const got = tableNames(text).filter((s) => !s.startsWith('100%'));
    const names = got.slice(0, 2).map((s) => s.split('→')[1]);
    assert.ok(names.every((n) => n !== '∅'), got.join(' '));
    assert.deepEqual(got.slice(3, 5), [`8→${names[0]}`, `5→${names[1]}`]);
  });
});

describe('indicators: total rows add up the columns named above', () => {
  const tasks: [string, string][] = [
    ['东河镇', '新建充电桩累计12个，改造公厕3座。'],
    ['西山乡', '新建充电桩累计8个，改造公厕5座。'],
    ['南湖镇', '新建充电桩累计7个，改造公厕2座。'],
  ];
  const rows = [['东河镇', '12', '3', '1', '4'], ['西山乡', '8', '5', '/', '6'], ['南湖镇', '7', '2', '/', '9']];

  it('a 合计 figure equal to the sum of one named column takes its name; a sum nothing names stays unnamed', () => {
    const got = tableNames(plan(rows, tasks, [['合计', '27', '10', '1', '19'], ['县级目标', '27', '10', '19']]));
    const [charge, toilet] = got.slice(0, 2).map((s) => s.split('→')[1]);
    assert.notEqual(charge, '∅');
    assert.notEqual(toilet, '∅');
    // 合计: 27 and 10 are the sums of the named columns; 1 and 19 sum nothing that is named
    assert.deepEqual(got.slice(-7, -3), [`27→${charge}`, `10→${toilet}`, '1→∅', '19→∅']);
    // a second total row, shorter: its figures are matched by value, not by position
    assert.deepEqual(got.slice(-3), [`27→${charge}`, `10→${toilet}`, '19→∅']);
  });

  it('a value the row writes twice names neither cell: which column it sums is unknown', () => {
    const got = tableNames(plan(rows, tasks, [['合计', '27', '10', '10', '19']]));
    assert.match(got[got.length - 4], /^27→(?!∅)/);
    assert.deepEqual(got.slice(-3), ['10→∅', '10→∅', '19→∅']);
  });
});


describe('indicators: a header of two levels, read in order between the cells the text named', () => {
  it('a cell between two named cells takes the one header measure between their headers', () => {
    const tasks: [string, string][] = [['东河镇', '新建充电桩累计12个，其中含1个示范公厕。'], ['西山乡', '新建充电桩累计8个，其中含2个示范公厕。']];
    const got = tableNames(plan([['东河镇', '12', '3', '1', '4'], ['西山乡', '8', '5', '2', '6'], ['南湖镇', '7', '2', '/', '9']], tasks));
    assert.match(got[0], /^12→充电桩/);
    assert.equal(got[1], '3→公厕改造');
    assert.match(got[2], /^1→示范公厕/);
    // after the last named cell nothing tells the column: left unnamed
    assert.equal(got[3], '4→∅');
    assert.equal(got[5], '5→公厕改造');
  });

  it('as many cells between as header measures, or none is named', () => {
    const tasks: [string, string][] = [['东河镇', '新建充电桩累计12个，其中含1个示范公厕。']];
    // rows longer than the header's leaves: the anatomy cannot place the columns
    const got = tableNames(plan([['东河镇', '12', '3', '5', '1', '4', '6', '7'], ['西山乡', '8', '5', '/', '6', '2', '3', '4'], ['南湖镇', '7', '2', '/', '9', '2', '3', '4']], tasks));
    assert.match(got[0], /^12→充电桩/);
    assert.deepEqual(got.slice(1, 3), ['3→∅', '5→∅']);
  });
});
