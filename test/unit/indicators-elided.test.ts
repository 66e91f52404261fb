/**
 * Indicators of figures whose own words name no measure, where their sentence gives it (issue 12,
 * src/core/figures/elided.ts and the 的 / 方面 / change-to steps of indicatorNames.ts). Every sentence
 * here is made up for the test; the names are invented.
 */
import * as assert from 'node:assert/strict';
import { extractFigures } from '../../src/core';
import { normalizeIndicator } from '../../src/core/figures/indicatorNames';

function ind(text: string, fig: string, nth = 0): string | null {
  const fs = extractFigures(text).filter((x) => x.text === fig);
  assert.ok(fs[nth], `no figure ${fig} in ${text}`);
  return normalizeIndicator(fs[nth].indicator);
}

describe('indicators of elided measures in a sentence', () => {
  it('a second amount glued to the first measures the same thing', () => {
    assert.equal(ind('今年硬化乡村便道42条80余公里，方便出行。', '80余公里'), '乡村便道');
    assert.equal(ind('保障对象为1200户3100人，全部建档。', '3100人'), '保障对象');
  });

  it('but not when a noun after it names what it counts', () => {
    assert.equal(ind('方案列出8大项27条具体任务，逐项落实。', '27条'), null);
  });

  it('a level that a change led to measures what the level before it did', () => {
    assert.equal(ind('临时救助对象由年初的650户增加到现在的720户，稳步扩面。', '650户'), '临时救助对象');
    assert.equal(ind('临时救助对象由年初的650户增加到现在的720户，稳步扩面。', '720户'), '临时救助对象');
    assert.equal(normalizeIndicator('增加到现在'), null);
  });

  it('a share whose clause opens with 占 is a share of the amount just stated', () => {
    assert.equal(ind('全年完成投资18.2亿元，占年度计划的91.5%，进度领先。', '91.5%'), '投资');
    assert.equal(ind('用于教育、养老等方面的投入近3亿元，占财政支出的52.1%。', '52.1%'), '投资');
    assert.equal(ind('用于教育、养老等方面的投入近3亿元，占财政支出的52.1%。', '3亿元'), '投资');
  });

  it('a later clause with only a verb before a count in the same unit takes the earlier count\'s thing', () => {
    assert.equal(ind('全年排查安全隐患530个，整改512个，整改率96%。', '512个'), '安全隐患');
    assert.equal(ind('今年重点推进计划的项目共有20个，其中年初确定8个，下半年又增加了12个，进展顺利。', '8个'), '重点推进计划项目');
    assert.equal(ind('今年重点推进计划的项目共有20个，其中年初确定8个，下半年又增加了12个，进展顺利。', '12个'), '重点推进计划项目');
    // a noun after the count names what it counts
    assert.equal(ind('新修便道9条，完成3条排水沟清淤。', '3条'), '排水沟清淤');
  });

  it('a name with 的 inside: a short owner stays without the 的, a relative clause goes', () => {
    assert.equal(normalizeIndicator('重点推进计划的项目'), '重点推进计划项目');
    assert.equal(normalizeIndicator('有具体考核任务的单位和部门'), '单位和部门');
    assert.equal(normalizeIndicator('各有关方面的志愿者'), '志愿者');
  });
});
