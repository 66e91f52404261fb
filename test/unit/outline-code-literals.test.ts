import { strict as assert } from 'node:assert';
import { extractFigures, parseOutline } from '../../src/core';

// A document's text kept in a code file as string literals, one to a line (codeLiterals.ts): the
// quotes, the `,` / `+` after them and the indent are code; the text they hold is read as lines.
describe('outline: a text kept in string literals of a code file', () => {
  const arrayFile = [
    "import { useState } from 'react';",
    "import { Card } from 'antd';",
    '',
    'const NOTICE = {',
    '  id: 7,',
    "  title: '关于东湖公园临时闭园的通知',",
    '  content: [',
    "    '各有关单位：',",
    "    '因园内步道维修，经研究决定，东湖公园临时闭园。现将有关事项通知如下：',",
    "    '一、闭园时间',",
    "    '5月6日至5月8日，全天闭园。',",
    "    '二、闭园范围',",
    "    '公园全部区域，包括停车场。',",
    "    '三、有关要求',",
    "    '1. 闭园期间，请勿进入园内；',",
    "    '2. 已预约的活动顺延举行。',",
    '  ],',
    '};',
    '',
    'export function NoticePage() {',
    '  const [size] = useState(16);',
    '  return <Card>{NOTICE.content.map((p) => <p key={p}>{p}</p>)}</Card>;',
    '}',
    '',
  ].join('\n');

  it('reads an array of paragraph strings: a marker after the opening quote opens its line', () => {
    const o = parseOutline(arrayFile);
    // (the record's title field names the notice: it heads the parts, level 1, as study53's gold has it; code38)
    assert.deepEqual(o.headings.map((h) => [h.marker, h.title, h.start, h.level]), [
      ['', '关于东湖公园临时闭园的通知', arrayFile.indexOf('关于东湖'), 1],
      ['一、', '闭园时间', arrayFile.indexOf('一、'), 2],
      ['二、', '闭园范围', arrayFile.indexOf('二、'), 2],
      ['三、', '有关要求', arrayFile.indexOf('三、'), 2],
      ['1.', '闭园期间，请勿进入园内', arrayFile.indexOf('1. 闭园'), 3],
      ['2.', '已预约的活动顺延举行', arrayFile.indexOf('2. 已'), 3],
    ]);
  });

  it('takes no list marker of the strings for a figure', () => {
    const figs = extractFigures(arrayFile, parseOutline(arrayFile));
    assert.ok(!figs.some((f) => f.start === arrayFile.indexOf('1. 闭园') || f.start === arrayFile.indexOf('2. 已')));
  });

  it('reads a body written as strings joined with +, its <p> tags left out', () => {
    const file = [
      'const docs: Doc[] = [',
      '  {',
      '    id: 12,',
      "    title: '关于做好节前安全检查的通知',",
      '    content:',
      '      "<p>为做好节前安全工作，决定开展安全检查。现将有关事项通知如下：</p>" +',
      '      "<p>一、检查范围：各部门办公区域及仓库。</p>" +',
      '      "<p>二、检查时间：节前一周内完成。</p>" +',
      '      "<p>三、各部门要认真自查，及时整改。</p>",',
      '  },',
      '];',
      '',
      'export function listDocs() {',
      '  return docs;',
      '}',
      'export const count = () => docs.length;',
      '',
    ].join('\n');
    const o = parseOutline(file);
    assert.deepEqual(o.headings.map((h) => [h.marker, h.title, h.start]), [
      ['一、', '检查范围', file.indexOf('一、')],
      ['二、', '检查时间', file.indexOf('二、')],
      ['三、', '各部门要认真自查，及时整改', file.indexOf('三、')],
    ]);
  });

  it('reads a page string with escaped breaks from inside its quotes', () => {
    const file = [
      'const pages = {',
      '  a1: {',
      "    title: '某区科技工作报告',",
      '    pageTexts: [',
      "      '某区科技工作报告\\n\\n——在区科技大会上\\n\\n一、过去一年的工作\\n\\n全区科技投入稳步增长，创新平台建设取得新进展。\\n\\n二、今年的主要任务\\n\\n坚持创新驱动，推进产学研合作，加快成果转化。',",
      "      '三、保障措施\\n\\n（一）加强组织领导。\\n\\n各部门要明确分工，压实责任。\\n\\n（二）强化经费保障。\\n\\n落实科技投入稳定增长机制，提高资金使用效益。'",
      '    ]',
      '  }',
      '};',
      '',
      'function getPages() {',
      '  return pages;',
      '}',
      'module.exports = { getPages };',
      '',
    ].join('\n');
    const o = parseOutline(file);
    const got = o.headings.map((h) => [h.marker, h.title, h.start]);
    // every part placed at its marker, the one right after a page's opening quote too, its
    // title with no quote in it
    assert.deepEqual(got.filter((g) => g[0] !== ''), [
      ['一、', '过去一年的工作', file.indexOf('一、')],
      ['二、', '今年的主要任务', file.indexOf('二、')],
      ['三、', '保障措施', file.indexOf('三、')],
      ['（一）', '加强组织领导', file.indexOf('（一）')],
      ['（二）', '强化经费保障', file.indexOf('（二）')],
    ]);
    assert.ok(got.every((g) => !String(g[1]).includes("'")));
    // the page's first line, apart from the code line over it, is its title, the parts under it
    const title = o.headings.find((h) => h.marker === '');
    assert.equal(title?.title, '某区科技工作报告');
    assert.equal(title?.start, file.indexOf("'某区科技工作报告\\n") + 1);
    assert.equal(o.headings.find((h) => h.marker === '一、')?.level, 2);
  });

  it('leaves a list of labels (no sentence) and a plain text of quoted lines as they were', () => {
    const labels = [
      "import { t } from './i18n';",
      "import { api } from './api';",
      'const sections = [',
      "  '一、概况',",
      "  '二、数据',",
      "  '三、建议',",
      '];',
      'export const list = () => sections;',
      'export default list;',
      '',
    ].join('\n');
    assert.deepEqual(parseOutline(labels).headings.map((h) => h.title), []);
    // (not a code file: its quoted lines are no strings of a program)
    const plain = ['"一、总体要求。"', '"二、工作任务。"', '"三、保障措施。"', ''].join('\n');
    assert.equal(parseOutline(plain).records, undefined);
  });

  it('makes no title heading of a run of short strings', () => {
    const file = [
      "import { steps } from './steps';",
      "import { api } from './api';",
      'const answer = [',
      "  '解：由题意得方程组',",
      "  '化简后得：x = 2；',",
      "  '答：所求的值为2。',",
      '];',
      'export const show = () => answer;',
      '',
    ].join('\n');
    assert.deepEqual(parseOutline(file).headings.map((h) => h.title), []);
  });
});
