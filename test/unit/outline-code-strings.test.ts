import { strict as assert } from 'node:assert';
import { parseOutline } from '../../src/core';

// An article's Word-exported HTML kept in a JS data module's template literal: the code round it
// is no part of the document, and the headings stay at their own line:col in the file.
describe('outline: an article\'s HTML in a multi-line string of a code file', () => {
  const file = [
    'module.exports = {',
    '  notices: [{',
    '    id: 3,',
    "    title: '关于做好春季植树工作的通知',",
    "    createdAt: '2021/3/2',",
    '    content: `<p style="text-indent:43px">',
    '    <span style="font-family:黑体">一、总体安排</span>',
    '</p>',
    '<p style="text-indent:43px">',
    '    <span style="font-family:仿宋">各单位要组织职工参加义务植树，做好苗木准备。</span>',
    '</p>',
    '<p style="text-indent:43px">',
    '    <span style="font-family:黑体">二、工作要求</span>',
    '</p>',
    '<p style="text-indent:43px">',
    '    <span style="font-family:仿宋">各单位要注意安全，活动结束后报送总结。</span>',
    '</p>',
    '<p style="text-indent:43px">',
    '    <span style="font-family:黑体">三、时间安排</span>',
    '</p>',
    '<p style="text-indent:43px">',
    '    <span style="font-family:仿宋">活动在三月中旬进行，各单位自行安排具体日期。</span>',
    '</p>`',
    '  }]',
    '};',
    '',
  ].join('\n');

  it('reads the numbered parts inside the template literal, placed at their line and column', () => {
    const o = parseOutline(file);
    assert.deepEqual(o.headings.map((h) => [h.marker, h.title, h.start]), [
      ['一、', '总体安排', file.indexOf('一、')],
      ['二、', '工作要求', file.indexOf('二、')],
      ['三、', '时间安排', file.indexOf('三、')],
    ]);
  });

  it('leaves a one-line template literal and a file without one as they were', () => {
    const short = 'const a = { content: `<p>一、总体安排</p><p>正文。</p>` };\n';
    assert.deepEqual(parseOutline(short).headings.map((h) => h.title), parseOutline(short.replace(/`/g, "'")).headings.map((h) => h.title));
  });
});
