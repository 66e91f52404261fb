import * as assert from 'node:assert/strict';
import { parseOutline } from '../../src/core/outline';

const P1 = '今年以来，青山县组织农技人员走进田间地头，帮助种植户选种育苗、整地施肥，全县春播进度快于往年。';
const P2 = '县农业农村局负责人介绍，今年全县计划新增高标准农田两万亩，重点解决灌溉不便、地块零散等问题。';
const P3 = '在城东镇的育秧工厂里，一排排秧盘整齐摆放，工人们正忙着播种、覆土、浇水，一派繁忙景象。';

function heads(text: string): string[] {
  const o = parseOutline(text, { format: 'markdown' });
  return o.headings.map((h) => `${h.level} ${h.marker}${h.title}`);
}

describe('Markdown news copies: subheads', () => {
  it('reads plain HTML paragraphs that read as titles between finished sentences and stories as subheads', () => {
    const md = [
      '---', 'title: 青山县春播提速', '---', '',
      `<p>　　${P1}</p>`, `<p>　　${P2}</p>`,
      '<p style="text-align: center;">　　农机下田</p>', `<p>　　${P3}</p>`, `<p>　　${P2}</p>`,
      '<p><font color="#0000ff">良种先行</font></p>', `<p>　　${P1}</p>`,
    ].join('\n');
    assert.deepEqual(heads(md), ['1 农机下田', '1 良种先行']);
  });

  it('takes no caption: under a picture, or opening the story it stands over', () => {
    const pictured = [
      `<p>　　${P1}</p>`, '<img src="a.jpg">', '<p style="text-align:center">青山县城东镇育秧工厂</p>', `<p>　　${P2}</p>`,
      '<p><img src="b.jpg"/></p>', '<p style="text-align:center">青山县农机合作社</p>', `<p>　　${P3}</p>`,
    ].join('\n');
    assert.deepEqual(heads(pictured), []);
    const named = [
      `<p>　　${P1}</p>`, '<p>青山县农业农村局局长李明</p>', `<p>　　青山县农业农村局局长李明介绍，${P2}</p>`,
      '<p>城东镇农机手王强</p>', `<p>　　城东镇农机手王强说，${P3}</p>`,
    ].join('\n');
    assert.deepEqual(heads(named), []);
  });

  it('needs two such lines: one short line between sentences is no subhead', () => {
    const md = [`<p>　　${P1}</p>`, '<p>　　农机下田</p>', `<p>　　${P2}</p>`, `<p>　　${P3}</p>`].join('\n');
    assert.deepEqual(heads(md), []);
  });

  it('nests subheads in the numbered Markdown section they stand in, the last of its run too', () => {
    const md = [
      '# 青山县春播提速', '', P1, '', '## 一、春播', '', P2, '', '**农机下田**', '', P3, '', '**良种先行**', '', P1, '',
      '## 二、夏管', '', P2, '', '**防汛备汛**', '', P3, '', '**病虫防治**', '', P1,
    ].join('\n');
    assert.deepEqual(heads(md), ['1 青山县春播提速', '2 一、春播', '3 农机下田', '3 良种先行', '2 二、夏管', '3 防汛备汛', '3 病虫防治']);
  });
});
