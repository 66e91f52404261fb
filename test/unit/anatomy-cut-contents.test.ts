/**
 * A plan's contents list under `目录` on a page that ends inside the list (or whose body opens its
 * first part again under other punctuation): the list's numbered names are no headings, and the
 * plan's title over the list is a title. Texts written for these tests.
 */
import * as assert from 'node:assert/strict';
import { parseOutline } from '../../src/core/outline';
import { itemNumber } from '../../src/core/outline/anatomy/toc';

const HEAD = [
  '青山市人民政府办公室关于印发青山市森林火灾应急预案的通知', '', '青政办〔2031〕12号', '',
  '各乡镇人民政府,市政府有关部门:', '', '经市政府同意,现将《青山市森林火灾应急预案》印发给你们,请认真遵照执行。', '',
  '青山市人民政府办公室', '', '2031年4月2日', '', '青山市森林火灾应急预案', '',
];
const LIST = [
  '目  录', '', '1、总则', '', '1.1编制目的', '', '1.2编制依据', '', '1.3适用范围', '', '2、组织指挥体系', '',
  '2.1指挥机构', '', '2.2工作机构', '', '3、预警', '', '3.1预警分级', '',
];
const BODY = [
  '1 总则', '', '1.1 编制目的', '', '为有效预防和扑救森林火灾,保障人民群众生命财产安全,制定本预案。', '',
  '1.2 编制依据', '', '依据有关法律法规,结合本市实际,制定本预案。',
];
const PLAN = '青山市森林火灾应急预案';

function read(lines: string[]): { line: number; level: number; marker: string; title: string }[] {
  const text = lines.join('\n');
  const o = parseOutline(text);
  return o.headings.map((h) => ({ line: text.slice(0, h.start).split('\n').length, level: h.level, marker: h.marker, title: h.title }));
}

describe('a plan\'s contents list cut by the page, or restated by the body', () => {
  it('takes no heading from a list the page ends inside, and keeps the title over it', () => {
    const hs = read([...HEAD, ...LIST, '3.2预警发布']);
    assert.deepEqual(hs.filter((h) => h.marker).map((h) => h.marker + h.title), []);
    assert.deepEqual(hs.filter((h) => h.title === PLAN).map((h) => h.level), [1]);
  });

  it('reads the same list numbered 一、 over (一) with a space, cut inside', () => {
    const list = ['目录', '', '一、总则', '', '(一) 编制目的', '', '(二) 编制依据', '', '二、组织指挥体系', '', '(一) 指挥机构', '', '(二) 工作'];
    const hs = read([...HEAD, ...list]);
    assert.deepEqual(hs.filter((h) => h.marker).map((h) => h.marker + h.title), []);
    assert.ok(hs.some((h) => h.title === PLAN));
  });

  it('ends the list where the body opens its first part again, under other punctuation', () => {
    const hs = read([...HEAD, ...LIST, ...BODY]);
    const bodyFrom = HEAD.length + LIST.length + 1;
    assert.deepEqual(hs.filter((h) => h.marker).map((h) => [h.line >= bodyFrom, h.marker + h.title]), [
      [true, '1总则'], [true, '1.1编制目的'], [true, '1.2编制依据'],
    ]);
    const plan = hs.find((h) => h.title === PLAN)!;
    assert.equal(plan.level, 1);
    assert.equal(hs.find((h) => h.marker === '1')!.level, 2);
  });

  it('leaves the body\'s parts under a `目录` line with no list under it', () => {
    const hs = read([...HEAD, '目  录', '', ...BODY]);
    assert.deepEqual(hs.filter((h) => h.marker).map((h) => h.marker + h.title), ['1总则', '1.1编制目的', '1.2编制依据']);
  });

  it('leaves numbered lines with running text among them, under `目录`', () => {
    const lines = ['目录', '', '1、总则', '', '1.1编制目的', '', '为有效预防和扑救森林火灾,保障人民群众生命财产安全,制定本预案。', '', '2、组织指挥体系', '', '2.1指挥机构'];
    const hs = read([...HEAD, ...lines]);
    assert.deepEqual(hs.filter((h) => h.marker).map((h) => h.marker + h.title), ['1、总则', '2、组织指挥体系']);
  });

  it('leaves three numbered names over running text: the list must reach the page\'s end', () => {
    const lines = ['目  录', '', '1、总则', '', '1.1编制目的', '', '1.2编制依据', '', '依据有关法律法规,结合本市实际,制定本预案,各部门要认真落实,确保各项措施到位。'];
    const hs = read([...HEAD, ...lines]);
    assert.deepEqual(hs.filter((h) => h.marker).map((h) => h.marker + h.title), ['1、总则', '1.1编制目的', '1.2编制依据']);
  });
});

describe('itemNumber', () => {
  it('reads an entry\'s number, arabic without its punctuation, Chinese in its form', () => {
    assert.equal(itemNumber('1、总则'), '1');
    assert.equal(itemNumber('1 总则'), '1');
    assert.equal(itemNumber('1总则'), '1');
    assert.equal(itemNumber('4.10法制保障'), '4.10');
    assert.equal(itemNumber('一、总则'), '一、');
    assert.equal(itemNumber('(一) 编制目的'), '(一)');
    assert.equal(itemNumber('（一）编制目的'), '(一)');
    assert.equal(itemNumber('第二章 组织体系'), '第二章');
  });
  it('reads no number in a year, a date or a plain name', () => {
    assert.equal(itemNumber('2016年工作回顾'), '');
    assert.equal(itemNumber('前言'), '');
    assert.equal(itemNumber('123号文件'), '');
  });
});

describe('numbered names of two ranks with no `目录` line over them', () => {
  const NAMES = ['1 总则', '1.1编制目的', '1.2编制依据', '1.3适用范围', '2 组织指挥体系', '2.1指挥机构', '2.2工作机构', '3 预警'];
  const spaced = (xs: string[]): string[] => xs.flatMap((x) => [x, '']);

  it('stay headings where they run to the end of the text: a draft\'s outline reads so too', () => {
    const hs = read([...HEAD, ...spaced(NAMES)]);
    assert.ok(hs.filter((h) => h.marker).length >= 6);
  });
});
