import { strict as assert } from 'node:assert';
import { parseOutline } from '../../src/core';

const titles = (text: string, format?: 'markdown'): Array<[string, string, number]> =>
  parseOutline(text, format ? { format } : {}).headings.map((h) => [h.marker, h.title, h.level]);

// A regulation kept as a VuePress page: `## 第一章&emsp;总则{align="center"}`, articles as
// `<p>&emsp;&emsp;<b>第一条</b>&emsp;…</p>`. The entity is a blank, its `;` no end of the title,
// and the attribute block after a heading is the renderer's, not the heading's words.
describe('outline: blank entities and attribute blocks in Markdown copies (docs28)', () => {
  const page = [
    '---',
    'title: 某市河道保洁条例',
    '---',
    '',
    '## 第一章&emsp;总则{align="center"}',
    '',
    '<p id="t1">&emsp;&emsp;<b>第一条</b>&emsp;为了保持河道整洁，根据有关法律法规，结合本市实际，制定本条例。</p>',
    '<p id="t2">&emsp;&emsp;<b>第二条</b>&emsp;本条例适用于本市行政区域内河道的保洁及其监督管理。</p>',
    '',
    '## 第二章&emsp;附则{align="center"}',
    '',
    '<p id="t3">&emsp;&emsp;<b>第三条</b>&emsp;本条例自2031年1月1日起施行。</p>',
    '',
  ].join('\n');

  it('reads each title after the entity, without the attribute block', () => {
    assert.deepEqual(titles(page, 'markdown'), [
      ['第一章', '总则', 1],
      ['第一条', '为了保持河道整洁，根据有关法律法规，结合本市实际，制定本条例', 2],
      ['第二条', '本条例适用于本市行政区域内河道的保洁及其监督管理', 2],
      ['第二章', '附则', 1],
      // a short <p> block alone between blank lines that ends a sentence is prose, not hidden markup
      ['第三条', '本条例自2031年1月1日起施行', 2],
    ]);
  });

  it('drops {#id} and {.class} blocks after a heading, keeps braces that are words', () => {
    const md = '# 学习笔记\n\n## 一、理论武装 {#part1}\n\n正文一。\n\n## 二、实践要求 {.red}\n\n正文二。\n\n## 三、{重点}\n\n正文三。\n';
    assert.deepEqual(titles(md, 'markdown').map((t) => t[1]), ['学习笔记', '理论武装', '实践要求', '{重点}']);
  });

  it('passes over entities between a marker and its title in a page fragment', () => {
    const frag = [
      '<div class="main">',
      '<p>&emsp;&emsp;本人自愿作出以下承诺：</p>',
      '<p>&emsp;&emsp;一、&emsp;&emsp;遵守国家法律法规和职业道德。</p>',
      '<p>&emsp;&emsp;二、&emsp;&emsp;恪守合规原则，严守风险底线。</p>',
      '<p>&emsp;&emsp;三、&emsp;&emsp;自觉接受各方面的监督。</p>',
      '</div>',
      '',
    ].join('\n');
    assert.deepEqual(titles(frag).map((t) => t[1]), ['遵守国家法律法规和职业道德', '恪守合规原则，严守风险底线', '自觉接受各方面的监督']);
  });
});

// A code file's HTML string: the table's bold header cells and a bold bulleted item are no titles;
// a file cut inside its last string keeps that string; the code above it may be long.
describe('outline: HTML strings of code files (docs28)', () => {
  const code = (rows: string[]): string => [
    'module.exports = {',
    '  list: [{',
    ...Array.from({ length: 40 }, (_, i) => `    field${i}: 'value number ${i} of the record',`),
    '    content: `<p style="text-indent:2em">',
    ...rows,
  ].join('\n');
  const body = [
    '    <span style="font-family:黑体">一、基本情况</span>',
    '</p>',
    '<p style="text-indent:2em">',
    '    <span>全镇共有行政村十二个，今年完成道路硬化任务。</span>',
    '</p>',
    '<p style="text-indent:2em">',
    '    <strong><span>·2030年5月（完成方案编制）</span></strong>',
    '</p>',
    '<p style="text-indent:2em">',
    '    <span>方案经镇党委会议审议通过后印发各村执行。</span>',
    '</p>',
    '<table>',
    '  <tr><td>',
    '    <p style="text-align:center">',
    '      <strong><span>项目类型</span></strong>',
    '    </p>',
    '  </td><td>',
    '    <p style="text-align:center">',
    '      <strong><span>投资规模</span></strong>',
    '    </p>',
    '  </td></tr>',
    '</table>',
    '<p style="text-indent:2em">',
    '    <span style="font-family:黑体">二、下步打算</span>',
    '</p>',
    '<p style="text-indent:2em">',
    '    <span>继续抓好项目建设，确保年底前全部完工。</span>',
    '</p>',
  ];

  it('reads the numbered parts after long code, and no table cell or bullet as a title', () => {
    const file = code([...body, '`', '  }]', '};', '']);
    assert.deepEqual(titles(file).map((t) => [t[0], t[1]]), [['一、', '基本情况'], ['二、', '下步打算']]);
  });

  it('reads a string the file was cut inside', () => {
    const file = code(body) + '\n';
    assert.deepEqual(titles(file).map((t) => [t[0], t[1]]), [['一、', '基本情况'], ['二、', '下步打算']]);
  });
});

// A script's printout of what it collected: each item under `=== name ===`, the text under it.
describe('outline: items under fenced names (docs28)', () => {
  const dump = [
    '=== [site_a] 某县关于做好秋季防火工作的通知 (3120字) ===',
    '某县关于做好秋季防火工作的通知 各乡镇人民政府，县直各单位：为切实做好今年秋季森林防火工作，现就有关事项通知如下。',
    '',
    '=== [site_b] 某市召开防汛工作会议 (980字) ===',
    '某市召开防汛工作会议。会议强调，各地各部门要压实责任，确保安全度汛。',
    '',
  ].join('\n');

  it('reads each fenced name as an item title, without its fences', () => {
    assert.deepEqual(titles(dump), [
      ['', '[site_a] 某县关于做好秋季防火工作的通知 (3120字)', 1],
      ['', '[site_b] 某市召开防汛工作会议 (980字)', 1],
    ]);
  });

  it('leaves a single fenced line, and fences of two kinds, as they were', () => {
    const one = dump.split('\n').slice(0, 3).join('\n') + '\n后面还有一段说明文字，讲清楚这次防火工作的具体安排。\n';
    assert.deepEqual(titles(one).filter((t) => t[1].includes('site')), []);
    const mixed = dump.replace('=== [site_b] 某市召开防汛工作会议 (980字) ===', '--- [site_b] 某市召开防汛工作会议 (980字) ---');
    assert.deepEqual(titles(mixed).filter((t) => t[1].includes('site')), []);
  });
});
