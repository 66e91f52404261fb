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
    // (the record's title over its parts since code43: a single notice record whose literal's markup
    // opens its first part after a tag alone, docs/testing.md's record title)
    assert.deepEqual(o.headings.map((h) => [h.marker, h.title, h.start]), [
      ['', '关于做好春季植树工作的通知', file.indexOf('关于做好')],
      ['一、', '总体安排', file.indexOf('一、')],
      ['二、', '工作要求', file.indexOf('二、')],
      ['三、', '时间安排', file.indexOf('三、')],
    ]);
  });

  it('leaves a one-line template literal and a file without one as they were', () => {
    const short = 'const a = { content: `<p>一、总体安排</p><p>正文。</p>` };\n';
    assert.deepEqual(parseOutline(short).headings.map((h) => h.title), parseOutline(short.replace(/`/g, "'")).headings.map((h) => h.title));
  });

  // A site's mock-data module keeps each article in a variable of its own (`const article1 = \``):
  // the name says nothing, but the strings hold the file's text.
  const variable = [
    'const article1 = `<div class="detail">',
    '<p><strong>　　一、工作目标</strong></p>',
    '<p>　　各单位要做好冬季防火工作，落实检查制度，消除隐患，确保平安。</p>',
    '<p><strong>　　二、工作要求</strong></p>',
    '<p>　　各单位要明确责任人，按时报送检查情况，发现问题及时整改。</p>',
    '<p><strong>　　三、时间安排</strong></p>',
    '<p>　　检查在十二月上旬完成，整改在月底前完成。</p>',
    '</div>`;',
    'export default { article1 };',
    '',
  ].join('\n');

  it('reads an article kept in a variable of any name when its strings hold the file\'s text', () => {
    assert.deepEqual(parseOutline(variable).headings.map((h) => [h.marker, h.title, h.start]), [
      ['一、', '工作目标', variable.indexOf('一、')],
      ['二、', '工作要求', variable.indexOf('二、')],
      ['三、', '时间安排', variable.indexOf('三、')],
    ]);
  });

  it('leaves a markup template under another name alone where the code round it holds most of the text', () => {
    const component = [
      '// 一、初始化组件，读取用户设置并检查登录状态，失败时提示用户重新登录系统。',
      '// 二、渲染列表，按时间顺序显示最近的通知和提醒，未读的消息排在最前面。',
      '// 三、绑定事件，处理点击、滚动和刷新，刷新时重新请求服务器上的数据。',
      'const tpl = `<div class="box">',
      '<p>标题</p>',
      '<p>内容</p>',
      '<p>时间</p>',
      '</div>`;',
      '',
    ].join('\n');
    assert.deepEqual(parseOutline(component).headings.map((h) => h.title), parseOutline(component.replace(/`/g, "'")).headings.map((h) => h.title));
  });
});
