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
    assert.equal(ind('其中特困供养户12户31人、临时困难户8户19人。', '31人'), '特困供养户');
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
    // what is added each day is what grew, in the clause right before
    assert.equal(ind('全年新注册商户增长18.5%，平均每天新增420户，势头良好。', '420户'), '新注册商户');
    // a noun after the count names what it counts
    assert.equal(ind('新修便道9条，完成3条排水沟清淤。', '3条'), '排水沟清淤');
  });

  it('a name with 的 inside: a short owner stays without the 的, a relative clause goes', () => {
    assert.equal(normalizeIndicator('重点推进计划的项目'), '重点推进计划项目');
    assert.equal(normalizeIndicator('有具体考核任务的单位和部门'), '单位和部门');
    assert.equal(normalizeIndicator('各有关方面的志愿者'), '志愿者');
  });
});

describe('indicators across a soft line break of a web copy', () => {
  // paragraphs set apart by blank lines, as a copied web page gives them
  const para = (s: string): string => Array.from({ length: 12 }, (_, k) => `第${k + 1}段说明文字。`).join('\n\n') + '\n\n' + s + '\n\n结束。\n';

  it('a sentence broken where a link stood reads on', () => {
    const text = para('全区货物周转量达到12.6\n\u200b\n亿吨公里，增长4.2%，位居前列。新建\n城市绿道\n里程超过85公里。');
    assert.equal(ind(text, '4.2%'), '货物周转量');
    assert.equal(ind(text, '85公里'), '城市绿道里程');
  });

  it('a name broken over lines keeps its letters', () => {
    const text = para('稳健的货币政策灵活适度，狭义货币M\n1\n增长6.1%，低于8%左右的预期目标。');
    assert.equal(ind(text, '6.1%'), '狭义货币M1');
  });

  it('leaves documents whose lines are their paragraphs as they are', () => {
    const text = '全区货物周转量达到12.6亿吨公里\n增长4.2%的是另一项。\n';
    assert.notEqual(ind(text, '4.2%'), '货物周转量');
  });
});

describe('indicators: ratios and pairs', () => {
  it('甲与乙之比 measures 甲', () => {
    assert.equal(normalizeIndicator('全社会研发经费支出与地区生产总值之比'), '研发经费支出');
  });

  it('one figure for a pair whose first name ends in a letter takes that name whole', () => {
    assert.equal(ind('今年狭义货币M1和社会融资规模余额预期增长均为9%左右。', '9%'), '狭义货币M1');
  });
});

describe('indicators: people counted by what they receive', () => {
  it('a count of people with no name, then a verb of receiving, measures what is received', () => {
    assert.equal(ind('上半年3120人次得到临时救助，救助面扩大。', '3120人次'), '临时救助');
    assert.equal(ind('全镇860户1930人享受农村低保，应保尽保。', '1930人'), '农村低保');
    assert.equal(ind('全镇860户1930人享受农村低保，应保尽保。', '860户'), '农村低保');
  });

  it('not when the count has a name of its own', () => {
    assert.equal(ind('参保群众3120人次得到临时救助。', '3120人次'), '参保群众');
  });
});
