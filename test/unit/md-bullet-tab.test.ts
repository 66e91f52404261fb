import * as assert from 'node:assert/strict';
import { parseOutline } from '../../src/core/outline';

// A Markdown list item whose bullet is followed by a tab (CommonMark allows it; some law sites'
// converters write every item of an article so: `*\t（一）…`): the item's numbering is read as after
// `* `. Text invented.
describe('Markdown: a bullet followed by a tab', () => {
  const doc = (bullet: string): string => [
    '# 某市河道管理办法',
    '',
    '第一条　为了加强河道管理，保障防洪安全，制定本办法。',
    '',
    '第二条　有下列情形之一的，由主管部门责令改正：',
    '',
    `${bullet}（一）在河道管理范围内弃置垃圾的；`,
    '',
    `${bullet}（二）未经批准在河道内采砂的；`,
    '',
    '第三条　本办法自发布之日起施行。',
    '',
  ].join('\n');
  const rows = (text: string): string[] => parseOutline(text, { format: 'markdown' }).headings.map((h) => `${h.level} ${h.marker}${h.title}`);

  it('reads the item\'s （一） under its article, as after a space', () => {
    const expected = ['1 某市河道管理办法', '2 第一条为了加强河道管理，保障防洪安全，制定本办法', '2 第二条有下列情形之一的，由主管部门责令改正', '3 （一）在河道管理范围内弃置垃圾的', '3 （二）未经批准在河道内采砂的', '2 第三条本办法自发布之日起施行'];
    assert.deepEqual(rows(doc('*\t')), expected);
    assert.deepEqual(rows(doc('-\t')), expected);
    assert.deepEqual(rows(doc('* ')), expected);
  });
});
