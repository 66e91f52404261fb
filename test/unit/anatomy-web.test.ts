import * as assert from 'node:assert/strict';
import { parseOutline } from '../../src/core/outline';
import type { ZoneName } from '../../src/core/types';
import { isLabelTitle } from '../../src/core/outline/anatomy/titleBlock';
import { tocKey } from '../../src/core/outline/anatomy/toc';
import { browserTitleHead, isDateline, isMenuRow, isSalutation, isStrongFurniture } from '../../src/core/outline/anatomy/lineShapes';

/** Zone of every line (0-based), from the outline's spans. */
function zonesOf(text: string): ZoneName[] {
  const o = parseOutline(text);
  const out: ZoneName[] = [];
  for (const z of o.zones ?? []) for (let i = z.firstLine; i <= z.lastLine; i++) out[i] = z.zone;
  return out;
}
function titles(text: string): string[] {
  return parseOutline(text).headings.filter((h) => h.marker === '').map((h) => h.title);
}

const PROSE = '今年以来，全市上下认真落实各项部署，经济运行总体平稳，发展质量稳步提升，群众生活持续改善。';

// An invented web page: site name, menu, breadcrumb, headline, metadata, buttons, speech, footer.
const PAGE = [
  '青山市人民政府门户网站', '首页', '政务公开', '政务服务', '互动交流', '首页 > 新闻中心 > 要闻',
  '李明同志在全市春季工作会议上的讲话', '发布时间：2031-03-02 09:15', '来源：青山日报', '【打印】', '【小中大】',
  '同志们：', PROSE, '一是要稳住增长。' + PROSE, '二是要守住底线。' + PROSE, PROSE,
  '相关文章：', '上一篇：青山市召开防汛会议', '版权所有：青山市人民政府 青ICP备00000001号', '联系我们',
].join('\n');

describe('anatomy: web page furniture, metadata and title block', () => {
  it('takes the headline above the metadata for the title, not the site name on line 1', () => {
    assert.deepEqual(titles(PAGE), ['李明同志在全市春季工作会议上的讲话']);
    const o = parseOutline(PAGE);
    assert.deepEqual(o.headings.filter((h) => h.marker).map((h) => `${h.level} ${h.marker}`), ['2 一是', '2 二是']);
  });

  it('zones the head, the title block and the tail', () => {
    const z = zonesOf(PAGE);
    assert.deepEqual(z.slice(0, 6), Array(6).fill('furniture'));
    assert.equal(z[6], 'title');
    assert.deepEqual(z.slice(7, 9), ['metadata', 'metadata']);
    assert.deepEqual(z.slice(9, 11), ['furniture', 'furniture']);
    assert.equal(z[11], 'salutation');
    assert.deepEqual(z.slice(12, 16), Array(4).fill('body'));
    assert.deepEqual(z.slice(16), Array(4).fill('furniture'));
  });

  it('reads a row of buttons on one line and a labelled breadcrumb as page chrome', () => {
    const page = [
      '松岭县人民政府网', '首页', '当前位置：首页 > 政务公开 > 工作动态', '松岭县召开春耕生产调度会',
      '来源：县农业农村局', '发布时间：2031-04-10 09:30', '【打印】【关闭】', PROSE, PROSE,
      '主办单位：松岭县人民政府办公室', '备案号：松ICP备00000002号-1',
    ].join('\n');
    assert.deepEqual(titles(page), ['松岭县召开春耕生产调度会']);
    const z = zonesOf(page);
    assert.deepEqual(z.slice(0, 3), ['furniture', 'furniture', 'furniture']);
    assert.deepEqual(z.slice(3, 7), ['title', 'metadata', 'metadata', 'furniture']);
    assert.deepEqual(z.slice(7, 9), ['body', 'body']);
    assert.deepEqual(z.slice(9), ['furniture', 'furniture']);
  });

  it('reads a browser title (headline - site), a site name and a one-line menu as the page head', () => {
    const page = [
      '市长在全市优化营商环境大会上的讲话 - 松岭新闻网', '松岭新闻网', '首页 | 时政 | 经济 | 社会',
      '市长在全市优化营商环境大会上的讲话', '2031-03-02 10:15  来源：松岭日报', '同志们：', PROSE, PROSE,
      '网站地图 | 联系我们', '松ICP备00000001号',
    ].join('\n');
    assert.deepEqual(titles(page), ['市长在全市优化营商环境大会上的讲话']);
    const z = zonesOf(page);
    assert.deepEqual(z.slice(0, 6), ['metadata', 'furniture', 'furniture', 'title', 'metadata', 'salutation']);
    assert.deepEqual(z.slice(8), ['furniture', 'furniture']);
  });

  it('does not take a row of table cells or a list of dates for a menu', () => {
    assert.equal(isMenuRow('地区  数量  比例'), false);
    assert.equal(isMenuRow('2031 | 2032 | 2033'), false);
    assert.equal(isMenuRow('一要稳增长｜二要调结构，三要惠民生｜四要防风险'), false);
    assert.equal(isMenuRow('要闻·政务·民生·图片'), true);
    assert.equal(browserTitleHead('青山市召开春耕生产调度会_青山市人民政府'), '青山市召开春耕生产调度会');
    assert.equal(browserTitleHead('一、总体要求'), null);
  });

  it('takes a news headline longer than 60 characters over the metadata, and a summary lead without 。 as the body', () => {
    const head = '青山市召开全市干部大会传达学习贯彻上级会议精神 市委书记李明主持会议并讲话 市长王强等市领导出席会议并作具体部署';
    const lead = '全市高新技术企业达1200家，科技型中小企业入库860家；规模以上工业企业达900家，增速居全省前列；数字经济核心产业增加值增长12%';
    const page = [head + '_青山新闻网', '政务', head, '来源：青山日报 发布时间：2031-11-13', '【字体：大 中 小】', '我的收藏 收藏', '分享到：', lead, PROSE, PROSE].join('\n');
    assert.deepEqual(titles(page), [head.slice(0, 60)]);
    const z = zonesOf(page);
    assert.deepEqual(z.slice(0, 3), ['metadata', 'furniture', 'title']);
    assert.deepEqual(z.slice(4, 7), ['furniture', 'furniture', 'furniture']);
    assert.deepEqual(z.slice(7), ['body', 'body', 'body']);
  });

  it('leaves a plain speech without page chrome in the body', () => {
    const t = ['关于加强基层治理的几点意见', PROSE, '一、总体要求', PROSE, '二、主要任务', PROSE].join('\n');
    const z = zonesOf(t);
    assert.ok(z.slice(1).every((x) => x === 'body'), z.join(','));
    assert.deepEqual(titles(t), ['关于加强基层治理的几点意见']);
  });

  it('does not climb over the body\'s own numbered headings to find a title', () => {
    const t = ['示例条例', '', '第一章　总　则', '', '第一条', '', PROSE, '', '第二条', '', PROSE, '', '第二章　附　则', '', '第三条', '', PROSE].join('\n');
    const o = parseOutline(t);
    assert.deepEqual(o.headings.map((h) => h.marker), ['', '第一章', '第一条', '第二条', '第二章', '第三条']);
    assert.equal(zonesOf(t)[4], 'body');
  });

  it('reads the dateline, speaker and salutation under a title', () => {
    const t = ['在全县工作会议上的讲话', '——2031年1月5日', '县长 王小明', '各位代表：', PROSE, PROSE].join('\n');
    assert.deepEqual(zonesOf(t).slice(0, 4), ['title', 'dateline', 'dateline', 'salutation']);
    assert.deepEqual(titles(t), ['在全县工作会议上的讲话']);
  });

  it('reads the page inside a scraper\'s CSV record and its title field', () => {
    const t = ['region,year,title,full_text', '青山,2031,青山市政府工作报告,"青山市政府工作报告', '——2031年1月8日在青山市人民代表大会上', '市长 王小明', '各位代表：', PROSE, PROSE + '"'].join('\n');
    const z = zonesOf(t);
    assert.equal(z[0], 'metadata');
    assert.equal(z[1], 'title');
    assert.deepEqual(titles(t), ['青山市政府工作报告']);
    const h = parseOutline(t).headings[0];
    assert.equal(t.slice(h.titleStart, h.titleEnd), '青山市政府工作报告');
  });

  it('reads a compiler\'s `标题：` header as the title when no title line follows', () => {
    const t = ['标题：在青山市文明创建大会上的讲话', '来源：青山日报', '作者：编辑部', '', PROSE, PROSE].join('\n');
    assert.deepEqual(titles(t), ['在青山市文明创建大会上的讲话']);
  });

  it('keeps a page\'s tail out when a long copy of the article follows the footer', () => {
    const t = ['青山网', '首页 > 要闻', '青山市召开工作会议', '来源：青山日报', PROSE, PROSE, PROSE, '相关新闻', '版权所有：青山网', '青ICP备00000001号', '联系我们', '示例简称', PROSE + PROSE + PROSE].join('\n');
    const z = zonesOf(t);
    assert.deepEqual(z.slice(7), Array(6).fill('furniture'));
    assert.deepEqual(titles(t), ['青山市召开工作会议']);
  });
});

describe('anatomy: compilation labels', () => {
  it('reads bracketed labels with a date or a meeting name as item titles', () => {
    assert.ok(isLabelTitle('【市委常委会会议｜2031-04-02】'));
    assert.ok(isLabelTitle('【全县干部大会 · 4月3日】'));
    assert.ok(!isLabelTitle('【编者按】'));
    assert.ok(!isLabelTitle('【来源】青山日报'));
    const t = ['【市委常委会会议｜2031-04-02】', PROSE, PROSE, '', '【全县干部大会｜2031-04-03】', PROSE].join('\n');
    assert.deepEqual(titles(t), ['【市委常委会会议｜2031-04-02】', '【全县干部大会｜2031-04-03】']);
  });

  it('does not take a label with nothing but a list under it for a title', () => {
    const t = [PROSE, '【工作会议｜2031-04-02】', '短句一', '短句二'].join('\n');
    assert.deepEqual(titles(t), []);
  });
});

describe('anatomy: table of contents', () => {
  it('zones 目录 and its list; the repeated chapter headings open the parts', () => {
    const t = ['示例条例', '', '目　　录', '', '第一章　总　　则', '', '第二章　管　　理', '', '第三章　附　　则', '',
      '第一章　总　　则', '', '第一条', '', PROSE, '', '第二章　管　　理', '', '第二条', '', PROSE, '', '第三章　附　　则', '', '第三条', '', PROSE].join('\n');
    const z = zonesOf(t);
    assert.deepEqual([z[2], z[4], z[6], z[8]], ['toc', 'toc', 'toc', 'toc']);
    assert.equal(z[10], 'body');
    const o = parseOutline(t);
    assert.deepEqual(o.headings.filter((h) => h.marker.startsWith('第') && h.marker.endsWith('章')).map((h) => o.lineStarts.findIndex((s) => s === h.start)), [10, 16, 22]);
  });

  it('zones a list of part names the body repeats in order, with running text between them', () => {
    const t = ['示例报告', '总体要求', '主要任务', '保障措施', '总体要求', PROSE, '主要任务', PROSE, '保障措施', PROSE].join('\n');
    const z = zonesOf(t);
    assert.deepEqual(z.slice(1, 4), ['toc', 'toc', 'toc']);
    assert.equal(z[4], 'body');
  });

  it('does not take a menu repeated twice in a row for a table of contents', () => {
    const t = ['首页', '要闻动态', '政务公开', '互动交流', '首页', '要闻动态', '政务公开', '互动交流', PROSE].join('\n');
    assert.ok(!zonesOf(t).includes('toc'));
  });

  it('normalises dot leaders and page numbers', () => {
    assert.equal(tocKey('第一章　总　　则……………3'), '第一章总则');
    assert.equal(tocKey('一、总体要求 ........ 12'), '一、总体要求');
  });
});

describe('anatomy: line shapes', () => {
  it('tells footers, datelines and salutations', () => {
    assert.ok(isStrongFurniture('青ICP备00000001号'));
    assert.ok(isStrongFurniture('版权所有：青山市人民政府'));
    assert.ok(!isStrongFurniture('加强知识产权和版权保护，完善相关制度，推动形成良好氛围，促进创新发展。'.repeat(2)));
    assert.ok(isDateline('（2031年1月20日）'));
    assert.ok(isDateline('人民代表大会第五次会议上'));
    assert.ok(!isDateline('2031年青山市政府工作报告'));
    assert.ok(isSalutation('同志们：'));
    assert.ok(isSalutation('尊敬的各位来宾，女士们、先生们：'));
    assert.ok(!isSalutation('同志们要提高认识。'));
  });

  it('never throws and stays in the body on odd inputs', () => {
    for (const t of ['', '\n\n', '"', 'a,b,c\n"', '目录\n目录\n目录', '【｜】\n' + PROSE, '标题：\n' + PROSE, '首页 >\n'.repeat(50) + PROSE]) {
      const o = parseOutline(t);
      assert.ok(Array.isArray(o.headings));
    }
  });
});

describe('anatomy: news pages carrying a document (headings4)', () => {
  const SPEECH = [
    '青山市人民政府门户网站', '首页', '要闻', '首页 > 新闻中心 > 要闻',
    '全文发布｜王平：关于青山市三年行动计划的说明', '2031-05-06 10:20 来源：青山日报 编辑：李四', '【打印】',
    '青山社青山5月6日电', '关于青山市三年行动计划的说明', '王平', '同志们：',
    PROSE, '一、关于计划的起草', PROSE, PROSE, '二、关于计划的主要内容', PROSE, PROSE,
  ];

  it('reads an agency dateline (`××社××5月6日电`) as a dateline, not a title', () => {
    assert.ok(isDateline('青山社青山5月6日电'));
    assert.ok(isDateline('本报青山5月6日讯（记者 张三）'));
    assert.ok(!isDateline('青山市召开春耕生产调度会'));
    const z = zonesOf(SPEECH.join('\n'));
    assert.notEqual(z[7], 'title');
    assert.equal(z[8], 'title');
  });

  it('takes the page headline with a column label and the speaker before the title for the page title; the speech title heads its parts', () => {
    const o = parseOutline(SPEECH.join('\n'));
    assert.deepEqual(o.headings.map((h) => `${h.level} ${h.marker}${h.title}`), [
      '1 全文发布｜王平：关于青山市三年行动计划的说明',
      '1 关于青山市三年行动计划的说明',
      '2 一、关于计划的起草',
      '2 二、关于计划的主要内容',
    ]);
    // a headline that repeats the title block (a title and its subtitle) right over the metadata bar
    // is the page's headline, a title too (as gold for real pages reads it), the title block the next
    const same = [...SPEECH];
    same[4] = '关于青山市三年行动计划的说明 全面推进城乡建设';
    assert.deepEqual(titles(same.join('\n')).slice(0, 2), ['关于青山市三年行动计划的说明 全面推进城乡建设', '关于青山市三年行动计划的说明']);
  });

  it('ends the page at the site notice whose clauses are numbered, with its chrome heading above', () => {
    const page = [...SPEECH, '相关新闻', '青山网版权与免责声明',
      '1、本网所载稿件均出于传播有益信息之目的，并不意味着赞同其观点，我们不对其真实性负责。',
      '2、凡本网注明来源为其他媒体的稿件，均为转载，版权归原作者所有，请勿擅自使用本网内容。',
      '3、如对稿件内容有疑议，请及时与本网联系，我们将在核实后尽快处理，感谢您的理解与支持。',
    ].join('\n');
    const o = parseOutline(page);
    assert.deepEqual(o.headings.map((h) => h.marker).filter((m) => m), ['一、', '二、']);
    const z = zonesOf(page);
    assert.deepEqual(z.slice(SPEECH.length), Array(5).fill('furniture'));
  });
});

describe('Markdown without `#` headings: the title block is the title (headings4)', () => {
  const RELEASE = [
    '标题：青山市召开春季工作会议 部署全年任务', '发布机构：青山日报', '',
    '青山市召开春季工作会议', '王平出席并讲话', '',
    '青山社青山3月2日电 ' + PROSE, '', PROSE, '', '会议确定，今年抓好以下任务。', '',
    '一是稳住增长。' + PROSE, '', '二是守住底线。' + PROSE, '', PROSE,
  ].join('\n');

  it('makes the headline of a release copied as plain lines the title its runs nest under', () => {
    const o = parseOutline(RELEASE, { format: 'markdown' });
    assert.deepEqual(o.headings.map((h) => `${h.level} ${h.marker}${h.title}`), [
      '1 青山市召开春季工作会议', '2 一是稳住增长', '2 二是守住底线',
    ]);
  });

  it('leaves a file with `#` headings to them, and a `标题：` header alone is not a title', () => {
    const withHash = parseOutline('# 青山市春季工作会议纪要\n\n' + RELEASE, { format: 'markdown' });
    assert.equal(withHash.headings.filter((h) => h.marker === '' && h.title === '青山市召开春季工作会议').length, 0);
    const headerOnly = ['标题：青山市召开春季工作会议', '发布机构：青山日报', '', PROSE, '', '一是稳住增长。' + PROSE, '', '二是守住底线。' + PROSE].join('\n');
    assert.deepEqual(parseOutline(headerOnly, { format: 'markdown' }).headings.map((h) => h.level + h.marker), ['1一是', '1二是']);
  });
});

describe('Markdown copy of a page: the paragraph repeating the front matter title is the title (headings4)', () => {
  const P = (s: string): string => `<p>　　${s}</p>`;
  const B = (s: string): string => `<p>　　<strong>${s}</strong></p>`;
  const post = (first: string): string => [
    '---', "title: '王平：青山市的_三个_机遇'", 'author: 青山日报', '---', '', '<div>',
    P(first), P('来源：青山日报'), B('发展机遇就在眼前'), P(PROSE), B('未来三年的重点'), P(PROSE), P(PROSE), '</div>',
  ].join('\n');

  it('heads the page with that paragraph and nests the bold subheads under it', () => {
    const o = parseOutline(post('王平：青山市的“三个”机遇'), { format: 'markdown' });
    assert.deepEqual(o.headings.map((h) => `${h.level} ${h.title}`), ['1 王平：青山市的“三个”机遇', '2 发展机遇就在眼前', '2 未来三年的重点']);
  });

  it('takes no title when the first paragraphs do not repeat it', () => {
    const o = parseOutline(post('青山市召开座谈会'), { format: 'markdown' });
    assert.deepEqual(o.headings.map((h) => `${h.level} ${h.title}`), ['1 发展机遇就在眼前', '1 未来三年的重点']);
  });
});

describe('a compiler\'s header of fields over a Markdown copy (parents5)', () => {
  const HEADER = [
    '标题：关于青山市发展新兴产业的几点意见',
    '发布机构：青山日报（页面标注“来源：青山日报”）',
    '发布日期：2031-05-06（见报日）',
    '取法：用脚本下载页面，抽出正文的每一个段落，逐字照录，没有做任何改动，也没有删去任何段落。',
    '两来源是否一致：没有第二个来源可以比对。',
  ];

  it('does not take a long field of the header for the body, so the title under it heads the parts', () => {
    const t = [...HEADER, '', '关于青山市发展新兴产业的几点意见', '', '王平', '', PROSE, '', '下面，我讲几点意见。', '',
      '第一，加强统筹谋划。' + PROSE, '', '第二，坚持创新引领。' + PROSE, '', '第三，优化发展环境。' + PROSE].join('\n');
    const o = parseOutline(t, { format: 'markdown' });
    const hs = o.headings.map((h) => [h.marker, h.title, h.level]);
    assert.deepEqual(hs[0], ['', '关于青山市发展新兴产业的几点意见', 1]);
    assert.deepEqual(hs.slice(1).map((h) => h[2]), [2, 2, 2]);
    const z = zonesOf(t);
    assert.deepEqual(z.slice(0, 5), ['metadata', 'metadata', 'metadata', 'metadata', 'metadata']);
  });

  it('takes the title over a compilation\'s first numbered item when no running text comes before it', () => {
    const item = (n: string) => [n, '', PROSE, '', '（2031年5月6日在青山市工作会议上的讲话）', ''];
    const t = [...HEADER, '', '关于青山市发展新兴产业的论述摘编', '', '王平', '', ...item('一'), ...item('二'), ...item('三')].join('\n');
    const o = parseOutline(t, { format: 'markdown' });
    const hs = o.headings.map((h) => [h.marker, h.level]);
    assert.deepEqual(hs, [['', 1], ['一', 2], ['二', 2], ['三', 2]]);
    assert.equal(o.headings[0].title, '关于青山市发展新兴产业的论述摘编');
  });

  it('leaves a file without the header as it was: running text above the first item keeps any line out of the title', () => {
    const item = (n: string) => [n, '', PROSE, ''];
    const t = [PROSE, '', '青山市发展新兴产业的论述', '', ...item('一'), ...item('二'), ...item('三')].join('\n');
    const o = parseOutline(t, { format: 'markdown' });
    assert.equal(o.headings.filter((h) => h.marker === '' && h.level === 1 && h.title === '青山市发展新兴产业的论述').length, 0);
  });

  it('reads an agency dateline above the article\'s title as a dateline, not page chrome', () => {
    const t = ['青山市人民政府门户网站', '首页 > 新闻中心 > 要闻', '发布时间：2031-05-06 10:20', '来源：青山日报',
      '青山社青山5月6日电', '关于青山市三年行动计划的说明', '王平', '同志们：', PROSE, PROSE].join('\n');
    const z = zonesOf(t);
    assert.equal(z[4], 'dateline');
    assert.equal(z[5], 'title');
  });
});
