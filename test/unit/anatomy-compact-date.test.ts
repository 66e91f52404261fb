/**
 * A notice's 成文日期 written `20310402` (its 年月日 lost by a page's scraper) closes the notice as the
 * written date does; the plan the notice carries opens with its numbered clause `1 总则`. Texts
 * written for these tests.
 */
import * as assert from 'node:assert/strict';
import { parseOutline } from '../../src/core/outline';

const HEAD = [
  '青山市人民政府办公室关于印发青山市森林火灾应急预案的通知', '', '青政办〔2031〕12号', '',
  '各乡镇人民政府,市政府有关部门:', '', '经市政府同意,现将《青山市森林火灾应急预案》印发给你们,请认真遵照执行。', '',
  '青山市人民政府办公室', '', '2031年4月2日', '', '青山市森林火灾应急预案', '',
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

describe('a 成文日期 written as eight digits', () => {
  it('closes the notice: the issuing office is no title, the plan\'s title under it is', () => {
    const hs = read([...HEAD.map((l) => (l === '2031年4月2日' ? '20310402' : l)), ...BODY]);
    assert.ok(!hs.some((h) => h.title === '青山市人民政府办公室'));
    assert.deepEqual(hs.filter((h) => h.title === PLAN).map((h) => h.level), [1]);
  });
  it('is no date where the month cannot be one (13–19)', () => {
    const hs = read([...HEAD.map((l) => (l === '2031年4月2日' ? '20311402' : l)), ...BODY]);
    assert.ok(!hs.some((h) => h.title === PLAN && h.line === 13));
  });
});

describe('the plan a notice carries, its contents list under its title', () => {
  const T = '青山市人民政府办公室关于印发青山市森林火灾应急预案的通知';
  const page = (list: string[]): string[] => [
    '政府文件 - 青政办', '', '您所在的位置:首页->信息公开->政府文件', '', T, '', '青政办〔2031〕12号', '', '  ' + T, '',
    '各乡镇人民政府,市政府有关部门:', '', '  经市政府同意,现将《青山市森林火灾应急预案》印发给你们,请认真遵照执行。', '',
    '      青山市人民政府办公室', '', '        2031年4月2日', '', '(此件公开发布)', '', PLAN, '', ...list, '', '  ' + BODY[0], ...BODY.slice(1),
  ];
  const LIST = ['1 总则', '', '1.1编制目的', '', '1.2编制依据', '', '2 组织指挥体系', '', '2.1指挥机构', '', '2.2工作机构', '', '3 预警', ''];

  it('reads the plan\'s title at the top level over a list of numbered clauses the body restates', () => {
    const hs = read(page(LIST));
    assert.deepEqual(hs.filter((h) => h.title === PLAN).map((h) => h.level), [1]);
    assert.deepEqual(hs.filter((h) => h.marker).map((h) => [h.marker, h.level]), [['1', 2], ['1.1', 3], ['1.2', 3]]);
  });

  it('keeps a line of running text under the title no clause: the title then heads it as before', () => {
    const hs = read(page(['本预案适用于本市行政区域内森林火灾的预防和扑救工作,各部门要认真落实。', '']));
    assert.ok(hs.some((h) => h.title === PLAN));
  });
});
