import { strict as assert } from 'node:assert';
import { parseOutline } from '../../src/core';
import { hideAttributeBlocks } from '../../src/core/outline/mdAttributes';

const outline = (text: string): Array<[string, string, number, number | null]> =>
  parseOutline(text, { format: 'markdown' }).headings.map((h) => [h.marker, h.title, h.level, h.parent]);

// A rule kept as a VuePress page whose title and chapter lines are paragraphs closed by an attribute
// block (markdown-it-attrs): `甲市办法{align="center"}`. The renderer prints none of the block, so
// the title line is the rule's title over its chapters, and no chapter title ends in `{align=…}`.
describe('outline: attribute blocks closing Markdown paragraphs', () => {
  const page = [
    '---',
    'title: 甲市河道保洁办法',
    '---',
    '',
    '甲市河道保洁办法{align="center"}',
    '',
    '第一章　总则{align="center"}',
    '',
    '<b>第一条</b>&emsp;为了保持河道整洁，结合本市实际，制定本办法。',
    '',
    '<b>第二条</b>&emsp;本办法适用于本市行政区域内的河道。',
    '',
    '第二章　附则{align="center"}',
    '',
    '<b>第三条</b>&emsp;本办法自2031年1月1日起施行。',
    '',
  ].join('\n');

  it('reads the title line over the chapters and the chapter titles without the block', () => {
    assert.deepEqual(outline(page), [
      ['', '甲市河道保洁办法', 1, null],
      ['第一章', '总则', 2, 0],
      ['第一条', '为了保持河道整洁，结合本市实际，制定本办法', 3, 1],
      ['第二条', '本办法适用于本市行政区域内的河道', 3, 1],
      ['第二章', '附则', 2, 0],
      ['第三条', '本办法自2031年1月1日起施行', 3, 4],
    ]);
  });

  it('reads a bold title closed by a class block, and a block after a space', () => {
    const md = page.replace('甲市河道保洁办法{align="center"}', '**甲市河道保洁办法**{.center}').replace('第二章　附则{align="center"}', '第二章　附则 {#fuze}');
    const hs = outline(md);
    assert.deepEqual(hs.map((h) => [h[0], h[2], h[3]]), [['', 1, null], ['第一章', 2, 0], ['第一条', 3, 1], ['第二条', 3, 1], ['第二章', 2, 0], ['第三条', 3, 4]]);
    assert.equal(hs[4][1], '附则');
  });

  it('keeps braces that are words, and the file offsets', () => {
    const md = '# 乙县收费办法\n\n一、收费标准按照{甲类}执行\n\n二、本办法的解释{由县局负责}\n';
    assert.deepEqual(outline(md).map((h) => h[1]), ['乙县收费办法', '收费标准按照{甲类}执行', '本办法的解释{由县局负责}']);
    assert.equal(hideAttributeBlocks(md), md);
    const attr = '丙市办法{align="center"}\n\n正文。\n';
    assert.equal(hideAttributeBlocks(attr).length, attr.length);
    assert.equal(hideAttributeBlocks(attr), '丙市办法' + ' '.repeat('{align="center"}'.length) + '\n\n正文。\n');
  });

  it('leaves a block alone on its line, a heading\'s block and a text with no block as they are', () => {
    const md = '丁市办法\n{.lead}\n\n第一条　为了规范管理，制定本办法。\n';
    assert.equal(hideAttributeBlocks(md), md);
    const heading = '# 己县资料 {.tabset}\n\n## 视频\n';
    assert.equal(hideAttributeBlocks(heading), heading);
    const none = '戊市办法\n\n第一条　本办法自公布之日起施行。\n';
    assert.equal(hideAttributeBlocks(none), none);
  });
});
