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

  it('reads a scraper\'s printed list of page elements (`[<div …>…</div>]`) as a page source; a salutation in a heading tag is no heading', () => {
    const text = [
      '[<div class="article_text" id="article_text">',
      '<h4>各位代表：</h4>',
      '<p>现在，我代表区政府，向大会报告工作，请予审议。</p>',
      '<h5>一、过去一年的工作</h5>',
      '<p>过去一年，全区经济保持平稳运行。一是稳住了工业生产，产值有所增长。二是扩大了有效投资，项目加快落地。</p>',
      '<h5>各位代表！</h5>',
      '<p>成绩来之不易，我们也清醒看到存在的困难和问题。</p>',
      '<h5>二、今年的主要任务</h5>',
      '<p>今年要重点抓好三项工作。一要抓好项目建设。二要抓好民生保障。三要抓好风险防范。</p>',
      '</div>]',
      '',
    ].join('\n');
    assert.equal(isHtmlSource(text, false), true);
    assert.deepEqual(parseOutline(text).headings.map((h) => [h.level, `${h.marker}${h.title}`]), [
      [1, '一、过去一年的工作'], [2, '一是稳住了工业生产，产值有所增长'], [2, '二是扩大了有效投资，项目加快落地'],
      [1, '二、今年的主要任务'], [2, '一要抓好项目建设'], [2, '二要抓好民生保障'], [2, '三要抓好风险防范'],
    ]);
    assert.equal(isHtmlSource('[1] 参见《某某条例》第三条。\n'), false);
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

  it('reads a server page (JSP/ASP) opening with a directive: its code is hidden, its <h1> and 一是 paragraphs read', () => {
    const jsp = [
      '<%@ page contentType="text/html; charset=UTF-8"%>',
      '<%@ include file="/common/tags.jsp"%>',
      '<!DOCTYPE html>',
      '<html>',
      '<head><title>某市召开座谈会 - 示例门户</title></head>',
      '<body>',
      '<div class="top"><% if (user != null) { %>一、欢迎登录<% } %></div>',
      '<div class="news">',
      '<h1>某市召开经济形势座谈会</h1>',
      '<p><P>会议听取了部分企业负责人的意见，并部署下一阶段的几项工作。</P>',
      '<P>一是稳定就业。多渠道帮助高校毕业生找到工作。</P>',
      '<P>二是扩大消费。继续办好夜市和各类展会活动。</P>',
      '<P>三是稳住外贸。帮助外贸企业稳订单拓市场。</P></p>',
      '</div>',
      '<%@ include file="/common/footer.jsp"%>',
      '</body>',
      '</html>',
      '',
    ].join('\n');
    assert.equal(isHtmlSource(jsp), true);
    assert.equal(isHtmlSource('<% 这是一段说明 %>\n一、总体要求\n'), false);
    const o = parseOutline(jsp, { format: 'plain' });
    assert.deepEqual(o.headings.map((h) => [h.level, `${h.marker}${h.title}`]), [
      [1, '某市召开经济形势座谈会'],
      [2, '一是稳定就业'],
      [2, '二是扩大消费'],
      [2, '三是稳住外贸'],
    ]);
    assert.doesNotThrow(() => analyseHtmlSource('<%@ page <html><body><% 未闭合'));
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
    assert.equal(layout.lines.continues(12), false);
    assert.equal(layout.lines.continues(13), false);
    assert.equal(layout.lines.continues(14), false); // after `</p>`
    assert.equal(layout.lines.continues(15), true); // plain lines still join
  });

  it('reads an inline 二是 that a font tag opens right after the sentence end (…。<font …>二是…)', () => {
    const post = ['# 示例报道', '', '<p class="a">　　为什么今年更难？一是市场预期普遍抬高了，企业压力更大。<font class="b">二是外部环境更加复杂，竞争更加激烈。</font></p>',
      '<p class="a">　　专家还谈到了消费。</p>', ''].join('\n');
    const o = parseOutline(post, { format: 'markdown' });
    assert.deepEqual(o.headings.map((h) => h.marker), ['', '一是', '二是']);
    // text that is no markup between the stop and 二是 keeps it prose
    const plain = ['# 示例报道', '', '为什么今年更难？一是市场预期普遍抬高了。<注>二是外部环境更加复杂。', ''].join('\n');
    assert.deepEqual(parseOutline(plain, { format: 'markdown' }).headings.map((h) => h.marker), ['']);
  });

  it('reads paragraph-initial 一是 runs of a one-paragraph-a-line HTML block in a Markdown post', () => {
    const post = ['---', "title: '示例'", '---', '', '', '', '<div>', '<p>　　会上，某市负责同志介绍了今年的三项重点工作，内容如下。</p>',
      '<p>　　一是扩大有效投资。加快重点项目建设。</p>', '<p>　　二是提振消费需求。办好各类促消费活动。</p>', '<p>　　三是稳住外贸外资。帮助企业稳订单。</p>',
      '<!-- 注释 -->', '', '', '', '<!-- 尾部 -->', '', '', ''].join('\n');
    const o = parseOutline(post, { format: 'markdown' });
    assert.deepEqual(o.headings.map((h) => h.marker), ['一是', '二是', '三是']);
  });
});

/** A notice converted from PDF, wrapped at a fixed width, a link marked up mid-paragraph, a table flattened one cell a line (our own text). */
const PDF_NOTICE = [
  "关于做好某某系统升级相关技术准备的",
  "通知",
  "各有关单位：",
  "2025 年3 月1 日，某某中心发布《某某中心关于某某系",
  "统升级的公告》。为确保升级工作的顺利实施，某某交易",
  "所（以下简称“交易所”）联合某某登记公司（以下简称",
  "“登记公司”）拟采用统一测试方式实施本次升级工作。",
  "现将有关技术准备事项通知如下：",
  "一、 本次升级借用交易所测试业务实施，测试证券代码",
  "为“123456”，证券简称为 “升级测试”。本次测试证",
  "券代码及简称将在升级完毕后根据中心申请予以注销。",
  "二、 登记公司根据某某中心的申请及其提供的名单，向",
  "各单位下发测试数据。测试数据通过ABCD.DBF 中YWLB='C",
  "SSJ'的数据下发至各单位，测试证券代码为123456，每一",
  "份测试数据对应金额为1 元人民币。",
  "三、 测试申报通过交易接口的委托申报（STEP：U004，B",
  "inary：102197），具体指令定义参见《某某交易所Binar",
  "y 交易数据接口规范（Ver1.02）》，其中指令消息的Ord",
  "erQty（数量）字段填写测试金额。在测试期间，各单位",
  "可以在任意系统申报测试。",
  "同时，各单位也可以引导用户登录某某交易所互联网服务",
  "系统进行查询，也可以通过各单位的客户端进行申",
  "报(网址 <span style=\"color:blue\">http://www.example.cn</span> ) ，选择互",
  "联网服务系统首页左边栏图标“系统升级专栏”通过互联",
  "网系统进行测试申报。",
  "四、 测试期间，交易所每个交易日通过回报文件向各单",
  "位发送测试申报的处理结果。回报文件中错误代码说明如",
  "下：",
  "ErrCode",
  "原因简称",
  "具体含义",
  "10001",
  "代码错误",
  "代码不存在",
  "10002",
  "数量错误",
  "数量不符合要求",
  "10003",
  "其他错误",
  "上述范围以外的情况",
  "五、 登记公司根据某某中心的申请，于测试日前一交易",
  "日下发测试数据，于测试日将数据发送至各单位。",
  "六、 请各单位注意由此带来的数据变化，并做好相应业",
  "务处理工作。",
  "七、 联系电话",
  "技术支持：010-12345678",
  "特此通知",
  "某某交易所",
  "2025年3月1日",
  '',
].join('\n');

describe('Web page tail: not inside a hard-wrapped paragraph', () => {
  it('a line holding a link that goes on with a wrapped paragraph mid-sentence does not start a footer', () => {
    const o = parseOutline(PDF_NOTICE, { format: 'markdown' });
    assert.deepEqual(o.headings.filter((h) => h.marker.endsWith('、')).map((h) => h.marker), ['一、', '二、', '三、', '四、', '五、', '六、', '七、']);
  });
});

describe("A compiler's field header over a speech or a compilation", () => {
  const header = [
    '标题：关于办好社区食堂的几点意见',
    '媒体或发布机构：某某网（页面标注来源）',
    '发布日期：2025-04-02',
    '来源链接1：https://example.cn/a/b/c.html',
    '是否全文：全文（据某某网页面整理，逐字照录，段落之间以空行分开，未作任何改动，供学习参考使用）',
    '整理方式：从网页抽出正文段落，逐段核对后照录，标点和分段都保持原样，没有增加和删除任何文字内容。',
    '',
  ];
  it('every `字段：值` line of the header is metadata; the speech title under it heads the document', () => {
    const doc = [...header, '关于办好社区食堂的几点意见※', '', '某某某', '',
      '今天我们召开这个会议，主要是研究社区食堂怎样办得更好。社区食堂连着千家万户，是一件实实在在的民生实事。', '',
      '第一，把选址定好。选址要看人口分布，也要看交通是否便利，让居民走几步就能吃上饭。', '',
      '第二，把价格定准。价格既要让老人吃得起，也要让经营者能够持续办下去。', ''].join('\n');
    const o = parseOutline(doc, { format: 'markdown' });
    assert.deepEqual(o.headings.map((h) => [h.level, `${h.marker}${h.title}`]), [
      [1, '关于办好社区食堂的几点意见※'], [2, '第一，把选址定好'], [2, '第二，把价格定准'],
    ]);
    const zoneOf = (line: number) => (o.zones ?? []).find((z) => z.firstLine <= line && z.lastLine >= line)?.zone ?? 'body';
    assert.deepEqual([0, 1, 2, 3, 4, 5].map(zoneOf), Array(6).fill('metadata'));
  });

  it('a bare 一 over the first excerpt does not hide the title above it', () => {
    const doc = [...header, '关于办好社区食堂的几点意见※', '', '某某某', '', '一', '',
      '社区食堂连着千家万户，是一件实实在在的民生实事，各地都要把这件事情办好，让群众满意。', '', '（2023年5月6日在某地考察时的讲话）', '', '二', '',
      '办社区食堂，选址要看人口分布，也要看交通是否便利，让居民走几步就能吃上饭，价格也要让老人吃得起。', '', '（2024年3月2日在某某会议上的讲话）', ''].join('\n');
    const o = parseOutline(doc, { format: 'markdown' });
    assert.deepEqual(o.headings.map((h) => [h.level, `${h.marker}${h.title}`]), [
      [1, '关于办好社区食堂的几点意见※'], [2, '一'], [2, '二'],
    ]);
  });

  it('a header with a line that is no field is not read as one', () => {
    const doc = ['标题：某某', '发布日期：2025-04-02', '说明：这一行写了一句完整的话，讲的是整理这份材料时候的一些情况，比较长。', '这一行是正文，不是字段，写了一句完整的话，讲的是社区食堂的事情，说清楚了来龙去脉。', '',
      '正文第一段，讲了一件事情，说清楚了来龙去脉，也讲了下一步的打算和具体安排。', ''].join('\n');
    const o = parseOutline(doc, { format: 'markdown' });
    const zoneOf = (line: number) => (o.zones ?? []).find((z) => z.firstLine <= line && z.lastLine >= line)?.zone ?? 'body';
    assert.notEqual(zoneOf(2), 'metadata');
  });
});

describe('HTML page source: linear on a page kept on one line', () => {
  it('reads 20,000 headings on one line in well under a second', () => {
    const page = '<!DOCTYPE html><html><body>' + '<h2>一、某某工作</h2><p>正文一段。</p>'.repeat(20000) + '</body></html>';
    const t0 = Date.now();
    const info = analyseHtmlSource(page);
    assert.ok(Date.now() - t0 < 1000);
    assert.equal(info.headings.length, 20000);
  });
});

describe("HTML page source: an article's fragment as a scraper saved it", () => {
  // our own text: a content <div> with no <html> round it, paragraphs indented with entities
  const parts = [
    '<p style="text-indent:2em">各位代表：</p>',
    '<p style="text-indent:2em">现在，我代表区人民政府向大会报告工作，请予审议，并请各位委员提出意见。</p>',
    '<p style="text-indent:2em"><strong>一、过去一年的工作</strong></p>',
    '<p>&#12288;&#12288;一年来，我们把社区食堂、背街小巷和老旧小区当作身边的大事来办，群众反映较好。</p>',
    '<p>&#12288;&#12288;<strong>（一）社区服务更加便利。</strong>新开社区食堂十二家，方便了老人就餐。</p>',
    '<p>&nbsp;&nbsp;&nbsp;&nbsp;<b>（二）街巷面貌明显改观。</b>整治背街小巷三十条，居民出行更方便。</p>',
    '<p style="text-indent:2em"><strong>二、今年的主要任务</strong></p>',
    '<p>&#12288;&#12288;今年要继续办好民生实事，让群众看得见、摸得着。</p>',
  ];
  const fragment = ['<div class="pages_content">', ...parts, '</div>', ''].join('\n');

  it('knows the fragment by its opening block tag and its paragraph tags; one tag in plain text is not one', () => {
    assert.equal(isHtmlSource(fragment), true);
    assert.equal(isHtmlSource('<p>一句话。</p>'), false);
    assert.equal(isHtmlSource('<b>注意</b>：以下是正文。\n一、第一部分\n正文。\n二、第二部分\n正文。'), false);
  });

  it("takes the report's title from a paragraph of markup, the parts under it", () => {
    const head = ['<p style="text-indent:2em">区政府工作报告</p>', '<p style="text-indent:2em">——2030年1月6日在某区第三届人民代表大会第五次会议上</p>'];
    const doc = ['<div class="pages_content">', ...head, ...parts, '</div>', ''].join('\n');
    assert.deepEqual(parseOutline(doc).headings.map((h) => [h.level, `${h.marker}${h.title}`]), [
      [1, '区政府工作报告'], [2, '一、过去一年的工作'], [3, '（一）社区服务更加便利'], [3, '（二）街巷面貌明显改观'], [2, '二、今年的主要任务'],
    ]);
    // lines ended by <br> in one paragraph
    const br = ['<div class="pages_content"><p>', ...[...head, ...parts].map((l) => l.replace(/<\/?p[^>]*>/g, '') + '<br/>'), '</p></div>', ''].join('\n');
    assert.equal(parseOutline(br).headings[0]?.title, '区政府工作报告');
  });

  it('reads the parts whose markers stand after an entity indent and a bold tag, as the plain text reads them', () => {
    const titles = (doc: string) => parseOutline(doc).headings.map((h) => [h.level, `${h.marker}${h.title}`]);
    const want = [[1, '一、过去一年的工作'], [2, '（一）社区服务更加便利'], [2, '（二）街巷面貌明显改观'], [1, '二、今年的主要任务']];
    assert.deepEqual(titles(fragment), want);
    // several paragraphs on one line
    assert.deepEqual(titles('<div class="article">' + parts.join('') + '</div>\n'), want);
  });
});
