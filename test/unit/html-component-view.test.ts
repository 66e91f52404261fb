/**
 * A single-file component (Vue, Svelte) keeps a page in its `<template>`: the view the reader sees,
 * not an inert template. Every line here is made up for the test.
 */
import * as assert from 'node:assert/strict';
import { parseOutline } from '../../src/core/outline';

const view = [
  '<template>',
  '    <div class="notes">',
  '        <h1 class="title"><span>写作方法讲义</span></h1>',
  '        <div class="box">',
  '            <p>1.材料怎么读：</p>',
  '            <p>（1）先通读全部材料，圈出关键词句，再逐段概括要点。</p>',
  '            <p>（2）读完后列出提纲。</p>',
  '            <p>2.关于书写：字迹工整即可，不必追求书法。</p>',
  '        </div>',
  '        <template v-if="open">',
  '            <h4 class="t">一、答题要素</h4>',
  '            <p>1.要素：问题、原因、对策。</p>',
  '        </template>',
  '    </div>',
  '</template>',
  '<script>',
  'export default { data() { return { open: true } } }',
  '</script>',
].join('\n');

describe('outline: a component file\'s view', () => {
  it('reads the page in its <template> and the templates inside it', () => {
    const hs = parseOutline(view).headings.map((h) => `${h.level} ${h.marker}${h.title}`);
    assert.deepEqual(hs.slice(0, 4), ['1 写作方法讲义', '2 1.材料怎么读', '3 （1）先通读全部材料，圈出关键词句，再逐段概括要点', '3 （2）读完后列出提纲']);
    assert.ok(hs.includes('2 2.关于书写：字迹工整即可，不必追求书法。') || hs.some((h) => h.startsWith('2 2.关于书写')), hs.join(' | '));
    assert.ok(hs.some((h) => h.endsWith('一、答题要素')), hs.join(' | '));
  });
  it('still hides a template inside a page that is no component', () => {
    const page = ['<html><body>', '<div>', '<p>1.第一项说明文字。</p>', '<p>2.第二项说明文字。</p>', '<p>3.第三项说明文字。</p>', '</div>',
      '<template id="row"><h2>一、模板里的标题</h2></template>', '</body></html>'].join('\n');
    const hs = parseOutline(page).headings.map((h) => h.title);
    assert.ok(!hs.some((t) => t.includes('模板里的标题')), hs.join(' | '));
  });
});
