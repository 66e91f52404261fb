import * as assert from 'node:assert/strict';
import { parseOutline } from '../../src/core/outline';
import { analyseHtmlSource, isHtmlSource } from '../../src/core/outline/htmlSource';
import { analyseLayout, closesHtmlBlock, opensHtmlBlock } from '../../src/core/outline/layout';
import { computeLineStarts } from '../../src/core/text/lines';

/** A static page of one essay, as a site keeps it (our own text). */
const PAGE = [
  '<!DOCTYPE html>',
  '<html lang="zh-CN">',
  '<head>',
  '  <meta charset="UTF-8">',
  '  <title>办好社区食堂的几点思考</title>',
  '  <meta name="description" content="一、二、三，页面说明">',
  '</head>',
  '<body>',
  '  <article>',
  '    <header>',
  '      <h1>办好社区食堂的几点思考</h1>',
  '      <time datetime="2025-04-02">2025-04-02</time>',
  '    </header>',
  '',
  '    <p>社区食堂连着千家万户。近年来各地陆续开办社区食堂，方便了老人和上班族就餐。</p>',
  '',
  '    <h2>一、把选址定好，方便群众就近用餐</h2>',
  '    <p>选址要看人口分布，也要看交通是否便利，让居民走几步就能吃上饭。</p>',
  '',
  '    <h2><strong>二、把价格定准，兼顾公益与经营</strong></h2>',
  '    <p>价格既要让老人吃得起，也要让经营者能够持续办下去。</p>',
  '',
  '    <h2>结语</h2>',
  '    <p>小食堂是大民生，需要各方一起用心办好。</p>',
  '  </article>',
  '  <script>',
  '    // 一、脚本里的注释不是标题',
  '    var n = 3;',
  '  </script>',
  '</body>',
  '</html>',
  '',
].join('\n');

describe('HTML page source given as plain text', () => {
  it('knows a page source from its opening, and plain text that merely holds a tag from one', () => {
    assert.equal(isHtmlSource(PAGE), true);
    assert.equal(isHtmlSource('<?php\n  include("head.php")\n?>\n<div id="news">\n<h3>标题</h3>\n'), true);
    assert.equal(isHtmlSource('一、总体要求\n<p>这一段不是网页</p>\n'), false);
    assert.equal(isHtmlSource('<b>通知</b>\n各单位：\n'), false);
  });

  it('reads <h1>-<h6> as headings of their depth, text between the tags', () => {
    const o = parseOutline(PAGE, { format: 'plain' });
    assert.deepEqual(o.headings.map((h) => [h.level, `${h.marker}${h.title}`]), [
      [1, '办好社区食堂的几点思考'],
      [2, '一、把选址定好，方便群众就近用餐'],
      [2, '二、把价格定准，兼顾公益与经营'],
      [2, '结语'],
    ]);
    const second = o.headings[2];
    assert.equal(PAGE.slice(second.start - 8, second.start), '<strong>');
  });

  it('masks the head, scripts and every tag; no heading comes from them', () => {
    const info = analyseHtmlSource(PAGE);
    const head = PAGE.indexOf('<head>');
    assert.ok(info.masked.some(([s, e]) => s === head && e === PAGE.indexOf('</head>') + 7));
    const script = PAGE.indexOf('// 一、');
    assert.ok(info.masked.some(([s, e]) => s < script && e > script));
    const o = parseOutline(PAGE, { format: 'plain' });
    assert.ok(o.headings.every((h) => !h.title.includes('脚本') && !h.title.includes('页面说明')));
  });

  it('leaves a Markdown file to the Markdown reader', () => {
    const md = '# 标题\n\n<h2>一、不是这样读的</h2>\n\n正文。\n';
    assert.equal(parseOutline(md, { format: 'markdown' }).headings[0].title, '标题');
  });

  it('never throws on broken markup (an unclosed tag, comment, script or heading)', () => {
    for (const t of ['<!DOCTYPE html><html><div', '<html><body><!-- 未闭合', '<html><head><script>一、', '<html><body><h2>', '<html>\n<h2>一、只有开头\n<p>正文']) {
      assert.doesNotThrow(() => parseOutline(t, { format: 'plain' }));
      assert.doesNotThrow(() => analyseHtmlSource(t));
    }
  });
});

describe('Layout: HTML kept as text says where paragraphs end', () => {
  it('tells block tags opening and closing a line', () => {
    const t = '<p style="x">甲</p>';
    assert.equal(opensHtmlBlock(t, 0, t.length), true);
    assert.equal(closesHtmlBlock(t, 0, t.length), true);
    const br = '乙<br style="a" />';
    assert.equal(closesHtmlBlock(br, 0, br.length), true);
    const span = '<span>丙</span>';
    assert.equal(opensHtmlBlock(span, 0, span.length), false);
    assert.equal(closesHtmlBlock(span, 0, span.length), false);
    const pre = '<pre>';
    assert.equal(opensHtmlBlock(pre, 0, pre.length), false);
  });

  it('a <p> line under another is a paragraph of its own, even in blank-separated text', () => {
    const lines = ['标题一行', '', '说明一段。', '', '另一段说明。', '', '再一段。', '', '又一段。', '', '<div>', '<p>　　会议指出，形势总体平稳', '<p>　　一是稳定就业。', '<p>　　二是扩大消费。</p>', '普通的一行', '接着一行', ''];
    const text = lines.join('\n');
    const layout = analyseLayout(text, computeLineStarts(text), () => false);
    assert.equal(layout.lines[12].continues, false);
    assert.equal(layout.lines[13].continues, false);
    assert.equal(layout.lines[14].continues, false); // after `</p>`
    assert.equal(layout.lines[15].continues, true); // plain lines still join
  });

  it('reads paragraph-initial 一是 runs of a one-paragraph-a-line HTML block in a Markdown post', () => {
    const post = ['---', "title: '示例'", '---', '', '', '', '<div>', '<p>　　会上，某市负责同志介绍了今年的三项重点工作，内容如下。</p>',
      '<p>　　一是扩大有效投资。加快重点项目建设。</p>', '<p>　　二是提振消费需求。办好各类促消费活动。</p>', '<p>　　三是稳住外贸外资。帮助企业稳订单。</p>',
      '<!-- 注释 -->', '', '', '', '<!-- 尾部 -->', '', '', ''].join('\n');
    const o = parseOutline(post, { format: 'markdown' });
    assert.deepEqual(o.headings.map((h) => h.marker), ['一是', '二是', '三是']);
  });
});
