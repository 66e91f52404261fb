import * as assert from 'node:assert/strict';
import { parseOutline } from '../../src/core/outline';
import { analyseMarkdown } from '../../src/core/outline/markdown';
import { scanMarkdown } from '../../src/core/outline/mdblocks';
import { frontMatterEnd } from '../../src/core/outline/markdown';
import { computeLineStarts } from '../../src/core/text/lines';

/** A news article kept as raw HTML inside a Markdown post, the way feed archivers store it (our own text). */
const POST = [
  '---',
  "title: '本市召开经济形势分析会'",
  'date: Mon, 12 May 2025 08:00:00 GMT',
  '---',
  '',
  '<div>',
  '<p>　　5月12日，市政府召开经济形势分析会，听取各部门情况汇报，研究部署下一阶段工作。</p>',
  '<p>　　会议指出，今年以来全市经济运行稳中有进，主要指标好于预期。</p>',
  '<p>　　会议要求做好三方面工作，</p>',
  '<p>　　<strong>一是</strong>扩大有效投资。加快重大项目建设，全年完成投资500亿元。</p>',
  '<p>　　<strong>二是</strong>提振消费需求。组织好各类促消费活动。</p>',
  '<p>　　三是稳定外贸外资。帮助企业稳订单拓市场。</p>',
  '<table><tr><td>1.</td><td>一是表格里的字不是标题</td></tr>',
  '<tr><td>2.</td><td>二是表格里的字也不是</td></tr></table>',
  '<!-- 一是注释里的字 二是注释里的字 -->',
  '<script>var a = "一是脚本，二是脚本";</script>',
  '<p>　　会议还通报了一季度重点工作完成情况。</p>',
  '</div>',
  '',
].join('\n');

describe('Markdown: HTML blocks holding an article', () => {
  it('reads the numbering of paragraphs kept as raw HTML, past the tags that open a line', () => {
    const o = parseOutline(POST, { format: 'markdown' });
    assert.deepEqual(o.headings.map((h) => `${h.marker}${h.title}`), ['一是扩大有效投资', '二是提振消费需求', '三是稳定外贸外资']);
    // the marker sits after `<p>　　<strong>`
    assert.equal(POST.slice(o.headings[0].start, o.headings[0].start + 2), '一是');
    assert.equal(POST.slice(o.headings[0].start - 8, o.headings[0].start), '<strong>');
  });

  it('leaves tables, comments and scripts inside the block unread', () => {
    const o = parseOutline(POST, { format: 'markdown' });
    assert.ok(o.headings.every((h) => !h.title.includes('表格') && !h.title.includes('注释') && !h.title.includes('脚本')));
  });

  it('hides a block with little Chinese text whole (markup, not prose)', () => {
    const md = ['# 标题', '', '<div class="a">一是</div>', '', '正文一段，写明情况。', ''].join('\n');
    const info = analyseMarkdown(md, computeLineStarts(md));
    const start = md.indexOf('<div');
    assert.ok(info.masked.some(([s, e]) => s <= start && e >= md.indexOf('</div>') + 6));
  });

  it('the line scanner for large files masks the same tags as remark-parse does', () => {
    const ls = computeLineStarts(POST);
    const a = analyseMarkdown(POST, ls).masked;
    const b = scanMarkdown(POST, ls, frontMatterEnd(POST)).masked;
    const tagsOnly = (m: Array<[number, number]>) => m.filter(([s]) => s >= POST.indexOf('<div>'));
    assert.deepEqual(tagsOnly(b), tagsOnly(a));
  });
});

/** A news copy whose parts are headed by bold paragraphs, some of two lines, one under a section label (our own text). */
const BOLD_SUBHEADS = [
  '---',
  "title: '一季度园区经济观察'",
  '---',
  '',
  '<div>',
  '<p>　　记者近日走访了本市几个产业园区，听取企业和管理部门的介绍。</p>',
  '<p style="text-align:center">　　<font class="strong-Bold">看点一：新签项目数量创新高</font></p>',
  '<p>　　园区管委会介绍，一季度新签项目42个，同比增长15%。具体看，</p>',
  '<p>　　一是制造业项目占比提高。二是平均投资规模扩大。</p>',
  '<p style="text-align:center">　　<b>看点二：<a href="x.html">用工需求</a>保持旺盛</b></p>',
  '<p style="text-align:center">　　<b>技能岗位最缺人</b></p>',
  '<p>　　多家企业表示，一线技能岗位的招聘难度仍然较大。</p>',
  '<p>　　<strong>【园区动态】</strong></p>',
  '<p>　　<strong>新园区能否留住年轻人？</strong></p>',
  '<div class="img"><img src="a.png"></div>',
  '<p>　　<strong>企业负责人说，</strong>租金和通勤是年轻人最看重的两件事。</p>',
  '<p>　　<strong>这段加粗的话很长，说的是企业在招聘中遇到的具体困难和解决办法。</strong></p>',
  '<p>　　<strong>结尾的加粗行</strong></p>',
  '</div>',
  '',
].join('\n');

describe('Markdown: bold HTML paragraphs as subheads', () => {
  it('reads a wholly bold short paragraph as a subhead, its title without the tags', () => {
    const o = parseOutline(BOLD_SUBHEADS, { format: 'markdown' });
    const rows = o.headings.map((h) => `${h.level}${h.marker}${h.title}`);
    assert.deepEqual(rows, [
      '1看点一：新签项目数量创新高', '2一是制造业项目占比提高', '2二是平均投资规模扩大',
      '1看点二：用工需求保持旺盛', '1【园区动态】', '1新园区能否留住年轻人？',
    ]);
    // the heading starts at the visible text, after the opening tags
    const h = o.headings[0];
    assert.equal(BOLD_SUBHEADS.slice(h.start, h.start + 3), '看点一');
  });

  it('reads nothing from text outside bold, a bold sentence, a bold line with nothing after it, or a second bold line', () => {
    const titles = parseOutline(BOLD_SUBHEADS, { format: 'markdown' }).headings.map((h) => h.title);
    for (const t of ['技能岗位最缺人', '企业负责人说', '结尾的加粗行']) assert.ok(!titles.some((x) => x.includes(t)), t);
    assert.ok(!titles.some((x) => x.startsWith('这段加粗')));
  });

  it('takes no subhead from inside a story kept on one line, and a later Markdown heading closes the part', () => {
    const t = [
      '# 晚间新闻', '', '## 快讯', '',
      '<p><strong>本台消息</strong>（晚间新闻）：</p><p><strong>新建学校陆续投入使用</strong></p><p>今年秋季，全市新建的十二所学校陆续投入使用，新增学位一万余个。</p><p><strong>跨江大桥完成合龙</strong></p><p>今天上午，跨江大桥主桥顺利合龙，预计明年年底建成通车。</p>',
      '', '## 天气', '', '<p>明天全市多云，气温适宜，适合出行。</p>', '',
    ].join('\n');
    const o = parseOutline(t, { format: 'markdown' });
    // the bold headlines stand inside the story's one line of the file: a title stands on a line of its own
    assert.deepEqual(o.headings.map((h) => `${h.level} ${h.title}`), ['1 晚间新闻', '2 快讯', '2 天气']);
  });

  it('leaves plain text alone: the same lines outside Markdown are not read as HTML', () => {
    const o = parseOutline(BOLD_SUBHEADS.replace(/<[^>]+>/g, ''), { format: 'markdown' });
    assert.ok(!o.headings.some((h) => h.title.startsWith('看点一')));
  });
});

describe('Markdown: a transcript\'s plain-line headlines as subheads', () => {
  // our own programme transcript: a section with headlines on lines of their own between stories
  const OPEN = ['据有关部门介绍', '记者从市里获悉', '今天上午', '近日', '本周以来', '从交通部门了解到', '连日来', '据统计', '目前'];
  const story = (k: number) => `${OPEN[k % OPEN.length]}，今年第${k}季度各项工作进展顺利，相关指标保持稳定增长，群众满意度进一步提高。`;
  const doc = (section: string[]) => ['# 晚间新闻 2025-03-01', '', '## 1. 要闻', '', story(1), '', '## 2. 快讯', '', ...section, '', '## 3. 天气', '', story(9), ''].join('\n');

  it('reads two or more headlines standing between finished sentences and stories as subheads of their section', () => {
    const o = parseOutline(doc(['本台消息：', '春耕备耕有序展开', story(2), '城市公交新增线路', story(3), '博物馆推出夜场', story(4)]), { format: 'markdown' });
    const rows = o.headings.map((h) => `${h.level} ${h.marker}${h.title}`);
    assert.deepEqual(rows, ['1 晚间新闻 2025-03-01', '2 1.要闻', '2 2.快讯', '3 春耕备耕有序展开', '3 城市公交新增线路', '3 博物馆推出夜场', '2 3.天气']);
  });

  it('takes no single short line, no line after an unfinished sentence, and no line without a story under it', () => {
    const one = parseOutline(doc(['本台消息：', '春耕备耕有序展开', story(2)]), { format: 'markdown' });
    assert.equal(one.headings.length, 4);
    const cut = parseOutline(doc(['各地正在抓紧', '春耕备耕有序展开', story(2), '城市公交新增线路', '博物馆推出夜场', story(4)]), { format: 'markdown' });
    assert.equal(cut.headings.length, 4);
    // a flattened table: a name cell, then the same task written for each name
    const task = (k: number) => `全年完成改造任务，新增示范小区${k}个，各项指标达到年度目标。`;
    const table = parseOutline(doc(['各单位任务如下：', '东城街道', task(3), '', '西城街道', task(5), '', '南湖镇', task(2)]), { format: 'markdown' });
    assert.equal(table.headings.length, 4);
  });
});
