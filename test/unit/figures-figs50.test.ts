/**
 * Figures in news stories, government pages and reports (figs50): a list of multiples closed by 倍,
 * an amount in 亿 that leaves out the 元 of the amounts around it, and a contents list whose section
 * numbers stand before a long dot leader or carry no dot. Every text here is made up for the test.
 */
import * as assert from 'node:assert/strict';
import { extractFigures } from '../../src/core/figures';
import { parseOutline } from '../../src/core/outline';

function brief(text: string): string[] {
  return extractFigures(text, parseOutline(text)).map((f) => `${f.text}|${JSON.stringify(f.value)}|${f.unit}|${f.kind}`);
}

describe('figures figs50: a list of multiples closed by 倍', () => {
  it('gives every member the 倍 the last one writes', () => {
    assert.deepEqual(brief('甲县的茶叶、竹木、果蔬产值分别增长2.6、1.8、0.7倍。'), ['2.6|2.6|倍|ratio', '1.8|1.8|倍|ratio', '0.7倍|0.7|倍|ratio']);
    assert.deepEqual(brief('两类订单分别增长4和5倍。'), ['4|4|倍|ratio', '5倍|5|倍|ratio']);
    // (a list closed by 成 stays as it was: the value would change)
    assert.deepEqual(brief('两地分别占3、4成。'), ['3|3||count', '4成|0.4||ratio']);
  });
});

describe('figures figs50: an amount in 亿 among amounts in 亿元', () => {
  it('reads the amount as money when the amount in 亿 before it is money, counts of people aside', () => {
    const got = brief('上半年甲省生产总值8120亿元，乙省7630亿元。\n甲省领先乙省的差距扩大到490亿。');
    assert.ok(got.includes('490亿|49000000000||money'), got.join(' '));
    // but not a count of people or visits, named before or after the amount
    const visits = brief('全年旅游收入860亿元，接待游客1.3亿，全省户籍人口超1亿。');
    assert.ok(visits.includes('1.3亿|130000000||count'), visits.join(' '));
    assert.ok(visits.includes('1亿|100000000||count'), visits.join(' '));
    const after = brief('丙市财政收入达310亿元，服务全市2亿多人口。');
    assert.ok(after.includes('2亿|200000000||count'), after.join(' '));
    // nor an amount after one in 亿 that counts something
    const people = brief('全国人口14亿人，其中城镇人口9亿。');
    assert.ok(people.includes('9亿|900000000||count'), people.join(' '));
  });
});

describe('figures figs50: section numbers of a contents list', () => {
  it('drops a dotted section number before a long leader of ASCII dots', () => {
    const text = ['丁县三年行动方案', '目录', '1.1 工作目标 ........................................ 2', '1.2 重点任务 ........................................ 6', '', '正文'].join('\n');
    assert.deepEqual(brief(text), []);
  });
  it('drops an undotted section number of an entry beside another entry, not a lone one', () => {
    const text = ['目录', '第二章 主要任务…………………………8', '3 组织实施…………………………………22', '4 保障措施…………………………………25'].join('\n');
    assert.deepEqual(brief(text), []);
    // a number opening a line with no dot leader, and a lone entry, stay
    assert.deepEqual(brief('3 组织实施方案已印发，共12条。'), ['3 组|3|组|count', '12条|12|条|count']);
    assert.deepEqual(brief('正文第一段。\n3 组织实施…………………………………22\n正文第二段。'), ['3 组|3|组|count']);
  });
});

describe('figures figs50: a metadata bar of label：value pairs', () => {
  it('leaves the next label\'s first character to the label, not to the value before it', () => {
    assert.deepEqual(brief('发布时间：2031-04-02 来源：乙县政府办 浏览次数：287 字号：大 中 小'), ['2031-04-02|"2031-04-02"||date', '287|287||count']);
    // a unit that closes its clause, and one written against its number, stay
    assert.deepEqual(brief('会期：3天 地点：乙县'), ['3天|3|天|duration']);
    assert.deepEqual(brief('重点任务：5项工作：一是'), ['5项|5|项|count']);
  });
});
