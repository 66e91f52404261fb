import * as assert from 'node:assert/strict';
import { parseOutline } from '../../src/core/outline';
import { partLabel } from '../../src/core/outline/titles';
import { prose, wrap } from './pdfText';

/** `level marker title ^parent` per heading (the parent by marker, or by title when it has none). */
function tree(text: string): string[] {
  const o = parseOutline(text);
  return o.headings.map((h) => {
    const p = h.parent === null ? '' : ` ^${o.headings[h.parent].marker || o.headings[h.parent].title}`;
    return `${h.level} ${h.marker}${h.marker ? ' ' : ''}${h.title}${p}`;
  });
}

const body = '这里是一段较长的正文，写明有关情况和具体做法，供读者参考。';

describe('titles: part labels a document counts', () => {
  it('reads word + numeral and ordinal + word labels, and refuses other lines', () => {
    assert.deepEqual(partLabel('材料2'), { key: '材料1', ordinal: 2, markerLength: 0 });
    assert.equal(partLabel('【资料（三）】')?.ordinal, 3);
    assert.equal(partLabel('问题十一：')?.ordinal, 11);
    assert.deepEqual(partLabel('第二大题'), { key: '第一大题', ordinal: 2, markerLength: 4 });
    assert.equal(partLabel('附件1'), null); // an attachment's label is not a part of the document
    assert.equal(partLabel('图1'), null); // one-character words: captions, not parts
    assert.equal(partLabel('【资料（三）'), null); // brackets that do not close
    assert.equal(partLabel('材料二的内容说明了问题'), null);
  });

  it('takes labels counting 1, 2, 3 as parts under the title, with the runs inside them', () => {
    const t = [
      '某市青年干部能力测试题', '',
      '本卷由给定材料与作答要求两部分构成，请按要求作答。', '',
      '材料1', `一是要守规矩，二是要肯吃苦。${body}`, '',
      '材料2', body, '',
      '材料3', body, '',
      '作答要求', body, '',
      '第一题', body, '',
      '第二题', '要求：', '（1）观点明确；', '（2）条理清楚。', '',
      '第三题', body,
    ].join('\n');
    assert.deepEqual(tree(t), [
      '1 某市青年干部能力测试题',
      '2 材料1 ^某市青年干部能力测试题',
      '3 一是 要守规矩 ^材料1', '3 二是 要肯吃苦 ^材料1',
      '2 材料2 ^某市青年干部能力测试题',
      '2 材料3 ^某市青年干部能力测试题',
      '2 作答要求 ^某市青年干部能力测试题',
      '3 第一题  ^作答要求',
      '3 第二题  ^作答要求',
      '4 （1） 观点明确 ^第二题', '4 （2） 条理清楚 ^第二题',
      '3 第三题  ^作答要求',
    ]);
  });

  it('takes a title line right above the first label as the heading of the labelled parts, even right under the title', () => {
    // our own paper converted from PDF: a page break (page mark, running head) stands between the
    // paper's title and the group heading, so no text comes between them
    const head = (n: number) => ['', `第 ${n} 页，共 4 页`, '某市青年干部能力测试题'];
    const paper = (group: string[]) => [
      ...head(1), '某市青年干部能力测试题', ...head(2),
      ...group, '材料1', ...wrap('一是要守规矩，二是要肯吃苦。' + prose(600, 1), 30), '材料2', ...wrap(prose(600, 2), 30),
      ...head(3), '作答要求', '第一题', ...wrap(prose(60, 3), 30), '第二题', ...wrap(prose(60, 4), 30),
      ...head(4), ...wrap(prose(90, 5), 30),
    ].join('\n');
    // (the answer part after it is not what this test is about)
    assert.deepEqual(tree(paper(['给定材料'])).slice(0, 6), [
      '1 某市青年干部能力测试题',
      '2 给定材料 ^某市青年干部能力测试题',
      '3 材料1 ^给定材料',
      '4 一是 要守规矩 ^材料1', '4 二是 要肯吃苦 ^材料1',
      '3 材料2 ^给定材料',
    ]);
    // a line under the title with no counted series under it stays the title's second line
    assert.ok(!tree(paper(['给定材料', ...wrap(prose(60, 7), 30)])).some((r) => r.includes('给定材料')));
  });

  it('keeps the document numbering going across bracketed labels inside its parts', () => {
    const t = [
      '某县申论模拟试卷', body,
      '一、给定资料', body,
      '【资料（一）】', body, '【资料（二）】', body,
      '二、作答要求', body,
      '【问题一】', body, '【问题二】', body,
    ].join('\n');
    assert.deepEqual(tree(t), [
      '1 某县申论模拟试卷',
      '2 一、 给定资料 ^某县申论模拟试卷',
      '3 【资料（一）】 ^一、', '3 【资料（二）】 ^一、',
      '2 二、 作答要求 ^某县申论模拟试卷',
      '3 【问题一】 ^二、', '3 【问题二】 ^二、',
    ]);
  });

  it('does not take a lone label, a label that does not count on, or a list of labels', () => {
    assert.deepEqual(tree(['某市测试题', body, '材料1', body, '材料3', body].join('\n')), ['1 某市测试题']);
    // one under the other with nothing between: a list (a table of contents), not parts
    assert.deepEqual(tree(['某市测试题', body, '案例1', '案例2', '案例3', body].join('\n')), ['1 某市测试题']);
  });
});

describe('titles: subheads nest under the document title', () => {
  it('puts a news article\'s unnumbered subheads under its headline', () => {
    const t = ['山城科技园区发展纪实', body, '', '新兴产业加快集聚', body, '', '创新平台持续扩容', body].join('\n');
    assert.deepEqual(tree(t), ['1 山城科技园区发展纪实', '2 新兴产业加快集聚 ^山城科技园区发展纪实', '2 创新平台持续扩容 ^山城科技园区发展纪实']);
  });

  it('keeps the title of a new speech at level 1: a salutation or a dateline follows it', () => {
    const t = [
      '在全县春耕动员会上的讲话', '同志们：', body,
      '在全县防汛工作会议上的讲话', '（2026年5月8日）', body,
    ].join('\n');
    assert.deepEqual(tree(t), ['1 在全县春耕动员会上的讲话', '1 在全县防汛工作会议上的讲话']);
  });

  it('puts a subhead inside the numbered part whose run goes on after it', () => {
    const t = ['某镇年度工作总结', body, '一、主要成效', body, '产业发展新亮点', body, '二、存在问题', body].join('\n');
    assert.deepEqual(tree(t), [
      '1 某镇年度工作总结', '2 一、 主要成效 ^某镇年度工作总结', '3 产业发展新亮点 ^一、', '2 二、 存在问题 ^某镇年度工作总结',
    ]);
  });
});

describe('anatomy: a hard-wrapped line of running text is not a page title', () => {
  it('finds the paper\'s title on page one when a wrapped clause below looks like a title', () => {
    const page = (n: number) => ['· 本卷由某某平台生成', `第 ${n} 页，共 4 页`, '某县公考申论题（乡镇）'];
    const wrapped = (k: number) => [
      `第${k}段：去年以来，某县召开专题会议，明确三项原则：一是坚持群众路线，`,
      '与群众同心同向，二是坚持问题导向，三是坚持实事求是的工作方法',
      `各地据此推进第${k}批工作，服务站点覆盖所有行政村，受到群众欢迎。`,
    ];
    const t = [
      ...page(1), '某县公考申论题（乡镇）', '',
      ...page(2), '材料1', ...wrapped(1), ...wrapped(2), '',
      '材料2', ...wrapped(3), '',
      ...page(3), '材料3', ...wrapped(4),
    ].join('\n');
    const o = parseOutline(t);
    assert.deepEqual(o.headings.filter((h) => h.marker === '').map((h) => [h.title, h.level]), [
      ['某县公考申论题（乡镇）', 1], ['材料1', 2], ['材料2', 2], ['材料3', 2],
    ]);
  });
});

describe('anatomy: a scraper CSV of several records', () => {
  it('reads each record from its quote on, its title field the record\'s title with the record\'s numbering under it (comp40)', () => {
    const t = [
      'date,title,word',
      '2020-01-02 08:00:00,某县范文：做好基层服务,"这里是正文，写明做法。',
      '一是要听民声，二是要解民忧。这里是正文的另一段，写明具体情况。"',
      '2020-01-03 08:00:00,某县范文：推进乡村建设,"这里是正文，写明有关情况。',
      '首先，要规划先行。其次，要建管并重。"',
    ].join('\n');
    const a = '某县范文：做好基层服务';
    const b = '某县范文：推进乡村建设';
    assert.deepEqual(tree(t), [`1 ${a}`, `2 一是 要听民声 ^${a}`, `2 二是 要解民忧 ^${a}`, `1 ${b}`, `2 首先， 要规划先行 ^${b}`, `2 其次， 要建管并重 ^${b}`]);
  });

  it('reads a header of Chinese field names with the text in a middle field, each row titled by its 标题 field', () => {
    const para = '各单位要按照要求抓好落实，确保各项任务按期完成，并及时报送工作进展情况。';
    const row = (title: string, date: string, parts: string[]): string[] => [
      `${title},${date},"`, [para, ...parts.map((p) => `${p}\u3000\u3000${para}`)].join('\u3000\u3000'), '",通知公告,https://www.example.gov.cn/a.html',
    ];
    const t = ['标题,时间,内容,类别,访问地址', ...row('关于做好春耕生产工作的通知', '2031-03-05', ['一、提高认识', '二、压实责任', '三、加强督查']),
      ...row('关于做好防汛工作的通知', '2031-05-06', ['一、落实责任', '二、排查隐患', '三、做好值守'])].join('\n') + '\n';
    const a = '关于做好春耕生产工作的通知';
    const b = '关于做好防汛工作的通知';
    assert.deepEqual(tree(t), [`1 ${a}`, `2 一、 提高认识 ^${a}`, `2 二、 压实责任 ^${a}`, `2 三、 加强督查 ^${a}`,
      `1 ${b}`, `2 一、 落实责任 ^${b}`, `2 二、 排查隐患 ^${b}`, `2 三、 做好值守 ^${b}`]);
  });

  it('keeps a header of Chinese field names over a row of unquoted fields out of the outline', () => {
    const p = '各地要结合实际抓好落实，确保取得实效。';
    const t = ['标题,日期,内容,类别,访问地址', '关于做好春耕生产工作的通知,2031-03-05 09:15:00,现就有关事项通知如下：一、总体要求坚持稳中求进。' + p
      + '二、强化组织保障各地要加强领导。' + p + '三、加大支持力度各地要加强资金保障。' + p + ',政策法规,https://www.example.gov.cn/a.html'].join('\n') + '\n';
    assert.deepEqual(tree(t).map((x) => x.slice(0, 4)), ['1 一、', '1 二、', '1 三、']);
  });

  it('reads a record\'s page from its quote on its fields\' line, and leaves out the related notices listed under it', () => {
    const p = '各地要结合实际抓好落实，确保各项任务按期完成，并及时报送工作进展情况。';
    const row = (title: string): string[] => [`${title},2031年03月05日,"一、起草背景`, p, '二、主要内容', p, '三、政策亮点', p, '',
      `某市教育局关于印发${title.replace('政策解读', '')}的通知`, '', '",政策解读,https://www.example.gov.cn/a.html'];
    const t = ['标题,时间,内容,类别,访问地址', ...row('《某市中小学体育工作方案》政策解读'), ...row('《某市中小学劳动教育方案》政策解读')].join('\n') + '\n';
    const parts = (x: string): string[] => [`1 ${x}`, `2 一、 起草背景 ^${x}`, `2 二、 主要内容 ^${x}`, `2 三、 政策亮点 ^${x}`];
    assert.deepEqual(tree(t), [...parts('《某市中小学体育工作方案》政策解读'), ...parts('《某市中小学劳动教育方案》政策解读')]);
  });

  it('titles a record written on one line without quotes between the quoted ones, and no line inside a quoted text (comp40)', () => {
    const p = '各地要结合实际抓好落实，确保各项任务按期完成，并及时报送工作进展情况。';
    const t = ['title,date,body',
      `青山市召开春耕生产工作会议,2031-03-05,"本报讯 会议强调，一要抓好备耕，二要抓好保供。`, `\t${p}`,
      `\t青山新闻,2031-03-05,这一行在引号里，是正文的一段，不是记录。${p}"`,
      `青山市举行植树活动,2031-03-05,本报讯 市领导参加植树活动，与干部群众一起栽下树苗。${p}`,
      `青山市召开防汛工作会议,2031-03-06,"本报讯 会议要求，一是落实责任，二是排查隐患。`, `\t${p}"`,
    ].join('\n') + '\n';
    const a = '青山市召开春耕生产工作会议';
    const b = '青山市召开防汛工作会议';
    assert.deepEqual(tree(t), [`1 ${a}`, `2 一要 抓好备耕 ^${a}`, `2 二要 抓好保供 ^${a}`, '1 青山市举行植树活动',
      `1 ${b}`, `2 一是 落实责任 ^${b}`, `2 二是 排查隐患 ^${b}`]);
  });

  it('gives no title where the header names no title field, or where the field holds a date or a sentence (comp40)', () => {
    const p = '各地要结合实际抓好落实，确保各项任务按期完成，并及时报送工作进展情况。';
    const rows = (head: string, f: (k: number) => string): string => [head,
      `${f(1)},2031-03-05,"本报讯 会议强调，一要抓好备耕，二要抓好保供。`, `\t${p}"`,
      `${f(2)},2031-03-06,"本报讯 会议要求，一是落实责任，二是排查隐患。`, `\t${p}"`].join('\n') + '\n';
    const bare = ['1 一要 抓好备耕', '1 二要 抓好保供', '1 一是 落实责任', '1 二是 排查隐患'];
    assert.deepEqual(tree(rows('source,date,body', (k) => `青山日报第${k}版`)), bare);
    assert.deepEqual(tree(rows('title,date,body', (k) => `2031-03-0${k}`)), bare);
    assert.deepEqual(tree(rows('title,date,body', (k) => `会议召开了第${k}次。`)), bare);
  });

  it('takes a record\'s text that opens with its title field again as that record\'s title, at the top level', () => {
    const para = '各单位要按照要求抓好落实，确保各项任务按期完成，并及时报送工作进展情况。';
    const row = (title: string, parts: string[]): string[] => [
      `${title},2031-03-05,"`, [title, para, ...parts.map((p) => `${p}\u3000\u3000${para}`)].join('\u3000\u3000'), '",政策解读,https://www.example.gov.cn/a.html',
    ];
    const t = ['标题,时间,内容,类别,访问地址', ...row('《某市春耕生产工作方案》政策解读', ['一、起草背景', '二、主要内容', '三、政策亮点']),
      ...row('《某市防汛工作方案》政策解读', ['一、起草背景', '二、主要内容', '三、政策亮点'])].join('\n') + '\n';
    const a = '《某市春耕生产工作方案》政策解读';
    const b = '《某市防汛工作方案》政策解读';
    assert.deepEqual(tree(t), [
      `1 ${a}`, `2 一、 起草背景 ^${a}`, `2 二、 主要内容 ^${a}`, `2 三、 政策亮点 ^${a}`,
      `1 ${b}`, `2 一、 起草背景 ^${b}`, `2 二、 主要内容 ^${b}`, `2 三、 政策亮点 ^${b}`,
    ]);
  });
});

describe('a compilation\'s name over its first piece\'s title (parents5)', () => {
  const piece = (title: string, date: string, parts: string[]) => [title, '', `（${date}）`, '', '同志们：', '', body, '',
    ...parts.flatMap((p) => [p, '', body, ''])];

  it('puts the first piece\'s title at the top level beside the compilation\'s name and the next pieces\' titles', () => {
    const t = ['青山市领导讲话选编', '', ...piece('在全市春耕工作会议上的讲话', '2031年3月5日', ['一、认清形势', '二、抓好重点']),
      ...piece('在全市防汛工作会议上的讲话', '2031年5月6日', ['一、提高认识', '二、压实责任'])].join('\n');
    assert.deepEqual(tree(t), [
      '1 青山市领导讲话选编',
      '1 在全市春耕工作会议上的讲话',
      '2 一、 认清形势 ^在全市春耕工作会议上的讲话',
      '2 二、 抓好重点 ^在全市春耕工作会议上的讲话',
      '1 在全市防汛工作会议上的讲话',
      '2 一、 提高认识 ^在全市防汛工作会议上的讲话',
      '2 二、 压实责任 ^在全市防汛工作会议上的讲话',
    ]);
  });

  it('keeps a single speech\'s two-line title block one title: no later piece opens the same way', () => {
    const t = ['青山市领导讲话选编', '', ...piece('在全市春耕工作会议上的讲话', '2031年3月5日', ['一、认清形势', '二、抓好重点'])].join('\n');
    assert.deepEqual(tree(t).filter((s) => s.startsWith('1 ')), ['1 青山市领导讲话选编']);
  });
});

describe('a decree number under the law\'s title (parents5)', () => {
  it('does not read `第　十二　号` as a title line, so the law\'s title over the decree heads its chapters', () => {
    const t = ['青山省河道管理条例', '', '青山省人民政府令', '', '第　十二　号',
      '《青山省河道管理条例》已由青山省人民政府常务会议通过，现予公布，自2031年1月1日起施行。', '青山省省长　王平', '2030年11月5日', '',
      '2030年11月5日 青山省人民政府常务会议通过', '2031年1月1日 施行', '',
      '第一章　总则', '',
      '第一条　为了加强河道管理，保障防洪安全，发挥河道综合效益，根据有关法律，结合本省实际，制定本条例。',
      '第二条　本省行政区域内河道的整治、利用和保护，适用本条例。', '湖泊、水库的管理，参照本条例执行。',
      '第三条　河道管理实行统一管理与分级管理相结合的原则。', '各级人民政府应当加强对河道管理工作的领导。', '',
      '第二章　管理', '',
      '第四条　河道管理实行分级负责，具体办法由省人民政府水行政主管部门制定。', '第五条　各级人民政府应当加强河道保护。'].join('\n');
    const tr = tree(t);
    assert.equal(tr[0], '1 青山省河道管理条例');
    assert.ok(tr.includes('2 第一章 总则 ^青山省河道管理条例'), tr.join('\n'));
  });
});
