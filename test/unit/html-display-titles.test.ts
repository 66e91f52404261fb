import { strict as assert } from 'node:assert';
import { parseOutline } from '../../src/core';

// A page source whose headline is set as display type in a paragraph, not in an <hN>
// (outline/htmlDisplayTitles.ts): large type with centring, bold or a title class.
describe('outline: a page headline set as display type in a paragraph', () => {
  it('reads a CMS headline in large bold type, its ——副题 after a line break left out', () => {
    const file = [
      '<%@ page language="java" contentType="text/html; charset=GBK"%>',
      '<!DOCTYPE html>',
      '<html>',
      '<head><title>某某公司-年度大会</title></head>',
      '<body>',
      '<div id="main">',
      '<div id="top">大会现场</div>',
      '<p class="headline"><font style="font-size:22px;font-weight:bolder;">春风送暖再出发，同心协力谱新篇</font><br/>——某某副总经理在公司年度表彰大会上的讲话</p>',
      '<p class="text">各位同事、各位来宾：</p>',
      '<p class="text">大家好！</p>',
      '<p class="text">一年来，全体同事齐心协力，各项业务稳步发展，客户满意度持续提升，取得了来之不易的成绩。</p>',
      '<p class="text">借此机会，我对大家讲两点希望：</p>',
      '<p class="text">一是坚守初心。把服务客户放在第一位，不断改进工作方法，做到精益求精。</p>',
      '<p class="text">二是勇于创新。主动学习新知识新本领，在各自岗位上争创一流业绩。</p>',
      '<p class="text">谢谢大家！</p>',
      '</div>',
      '</body>',
      '</html>',
      '',
    ].join('\n');
    const o = parseOutline(file);
    assert.equal(o.headings[0].title, '春风送暖再出发，同心协力谱新篇');
    assert.equal(o.headings[0].level, 1);
    assert.deepEqual(o.headings.slice(1).map((h) => [h.marker, h.level, h.parent]), [['一是', 2, 0], ['二是', 2, 0]]);
  });

  it('reads a Word-exported centred title in large type whose tag is wrapped over two lines', () => {
    const file = [
      '<html>',
      '<head>',
      '<meta name=Generator content="Microsoft Word 11 (filtered)">',
      '</head>',
      "<body lang=ZH-CN style='text-justify-trim:punctuation'>",
      '<div class="panel-header" data-toggle="grid" style="background-color:#fefefe;padding: 0;height:500px;overflow:auto">',
      '    <div class="forum-content clearfix">',
      '    <br><br>',
      "    <p align=center style='text-align:center'><span style='font-size:16.0pt;",
      "font-family:华文行楷;mso-hansi-font-family:Arial;mso-bidi-font-family:Arial'>毕业典礼致辞</span></p>",
      '    <br><br>各位毕业生：',
      '    <br><br>　　大家上午好！',
      '    <br><br>　　今天我们在这里为你们送行，我代表全体老师向大家表示衷心的祝贺！临别之际，我想对大家说几句话：',
      '    <br><br>　　1．	要保持学习的习惯，走上工作岗位以后也要不断充实自己，让知识跟上时代的变化。',
      '    <br><br>　　2．	要踏实做事、诚实做人，遇到困难不退缩，遇到诱惑守得住底线，做一个让母校骄傲的人。',
      '    <br><br>　　3．	要常回母校看看，把你们的经验讲给学弟学妹们听，我们永远是你们的坚强后盾。',
      '    <br><br>　　祝大家前程似锦！',
      '    </div>',
      '</div>',
      '</body>',
      '</html>',
      '',
    ].join('\n');
    const o = parseOutline(file);
    assert.equal(o.headings[0].title, '毕业典礼致辞');
    assert.equal(o.headings[0].start, file.indexOf('毕业典礼致辞'));
    assert.deepEqual(o.headings.slice(1).map((h) => [h.marker, h.level, h.parent]), [['1．', 2, 0], ['2．', 2, 0], ['3．', 2, 0]]);
  });

});
