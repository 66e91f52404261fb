import * as assert from 'node:assert/strict';
import { parseOutline } from '../../src/core/outline';
import { findPageFurniture } from '../../src/core/outline/anatomy/pageFurniture';
import { computeLineStarts } from '../../src/core/text/lines';
import { extractFigures } from '../../src/core/figures';
import { prose, wrap } from './pdfText';

function furnitureLines(text: string): number[] {
  const pf = findPageFurniture(text, computeLineStarts(text));
  const out: number[] = [];
  if (pf) pf.mask.forEach((v, i) => { if (v) out.push(i + 1); });
  return out;
}
function titles(text: string): string[] {
  return parseOutline(text).headings.map((h) => `${h.level} ${h.marker}${h.title}`);
}

describe('anatomy: PDF page furniture', () => {
  it('takes page-number shapes that recur as furniture, and a single one as text', () => {
    const t = ['正文第一段落。', '- 1 -', '正文第二段落。', '— 2 —', '正文。', '第 3 页 共 4 页', '正文。', '－4－'].join('\n');
    assert.deepEqual(furnitureLines(t), [2, 4, 6, 8]);
    assert.deepEqual(furnitureLines(['正文第一段落。', '- 1 -', '正文第二段落。'].join('\n')), []);
  });

  it('takes bare numbers only when they follow each other at a page rhythm', () => {
    const page = (n: number) => [...Array.from({ length: 16 }, (_, k) => `第${n}页的第${k + 1}行正文内容写在这里。`), String(n)];
    const t = [...page(1), ...page(2), ...page(3)].join('\n');
    assert.deepEqual(furnitureLines(t), [17, 34, 51]);
    // a flattened table's 序号 cells: consecutive numbers a line or two apart are content
    const table = ['序号', '名称', '1', '甲项目', '2', '乙项目', '3', '丙项目', '4', '丁项目'].join('\n');
    assert.deepEqual(furnitureLines(table), []);
  });

  it('takes a short line repeated beside the page numbers as a running head, keeping the title on page one', () => {
    const body = (n: number) => Array.from({ length: 6 }, (_, k) => `第${n}页正文第${k + 1}行，内容在此。`);
    const t = ['某市年度工作报告', '- 1 -', '某市年度工作报告', ...body(1), '', '某市年度工作报告', '- 2 -', ...body(2), '', '某市年度工作报告', '- 3 -', ...body(3)].join('\n');
    const f = furnitureLines(t);
    assert.deepEqual(f, [1, 2, 11, 12, 20, 21]);
    // a line repeated in the text but far from any page boundary stays text
    const mid = (n: number) => [...body(n).slice(0, 3), '要求：', ...body(n).slice(3)];
    const u = ['某市年度工作报告', '- 1 -', ...mid(1), '', '- 2 -', ...mid(2), '', '- 3 -', ...mid(3)].join('\n');
    assert.deepEqual(furnitureLines(u), [2, 11, 20]);
  });

  it('treats a line holding only a form feed as furniture and numbers beside it as page numbers', () => {
    const t = ['第一页正文内容。', '1', '\f', '第二页正文内容。', '2', '\f', '第三页正文。'].join('\n');
    assert.deepEqual(furnitureLines(t), [2, 3, 5, 6]);
  });

  it('joins a wrapped paragraph across a page break, so its next line is no title', () => {
    const p1 = wrap(prose(150, 1), 30);
    const p2 = wrap(prose(120, 2), 30);
    const p3 = wrap(prose(90, 3), 30);
    // page one ends in the middle of a paragraph whose rest (one short line) opens page two
    const lines = [
      '某县发展规划', '一、总体要求', ...p1, ...wrap(prose(96, 4), 30).slice(0, 3), '', '- 2 -', '', '落实到位', '二、重点任务', ...p2,
      '', '- 3 -', '', ...p3, '三、保障措施', ...p3,
    ];
    const t = lines.join('\n');
    assert.deepEqual(titles(t), ['1 某县发展规划', '2 一、总体要求', '2 二、重点任务', '2 三、保障措施']);
    const o = parseOutline(t);
    assert.ok(o.zones?.some((z) => z.zone === 'furniture'));
    // without the page number the short line after the blank would start a paragraph of its own
    assert.equal(o.headings.find((h) => h.title.includes('落实到位')), undefined);
  });

  it('continues a paragraph after a form feed that opens the next page', () => {
    const p1 = wrap(prose(150, 5), 30);
    const t = ['某县实施方案', '一、工作目标', ...p1, ...wrap(prose(96, 6), 30).slice(0, 3), '\f推进有力', '二、工作步骤', ...p1].join('\n');
    assert.deepEqual(titles(t), ['1 某县实施方案', '2 一、工作目标', '2 二、工作步骤']);
  });

  it('joins wrapped text across a lone blank line left mid-sentence by a page break', () => {
    const p1 = wrap(prose(300, 7), 30);
    const cut = wrap(prose(60, 8), 30);
    const t = ['某区工作总结', '一、主要成效', ...p1, cut[0], '', '进一步巩固', ...p1, '二、存在问题', ...p1].join('\n');
    assert.deepEqual(titles(t), ['1 某区工作总结', '2 一、主要成效', '2 二、存在问题']);
  });

  it('measures wrapped lines by printed width (digits take one column) and joins a line pushed off by a comma', () => {
    const p1 = wrap(prose(300, 9), 30);
    // a line with ASCII digits has more characters than the others but the same printed width
    const digits = '全年完成投资 1234 亿元同比增长 5 个百分点带动就业';
    const t = ['某市统计报告', '一、综合情况', ...p1, digits, '，新增岗位较多', '二、农业生产', ...p1].join('\n');
    assert.deepEqual(titles(t), ['1 某市统计报告', '2 一、综合情况', '2 二、农业生产']);
  });
});

describe('figures: numbers spaced apart from their units (PDF text)', () => {
  const rows = (t: string) => extractFigures(t).map((f) => `${f.text}|${JSON.stringify(f.value)}|${f.unit}|${f.kind}`);
  const spaced = '全镇人口 8.2 万，耕地 3.5 万亩。2021 年 6 月 3 日，完成投资 343.26 亿元，提高 12 个百分点，新增干部 78 人。';

  it('keeps unit, scale and kind across one space when the document spaces its numbers', () => {
    assert.deepEqual(rows(spaced), [
      '8.2 万|82000||count', '3.5 万亩|35000|亩|area', '2021 年 6 月 3 日|"2021-06-03"||date',
      '343.26 亿元|34326000000|元|money', '12 个百分点|12|个百分点|percentage-point', '78 人|78|人|count',
    ]);
  });

  it('joins a scale and a unit cut by a line break, the span staying on the first line', () => {
    const r = rows(spaced + '\n新增用户 31.46万\n  户，占比过半。');
    assert.equal(r[r.length - 1], '31.46万|314600|户|count');
  });

  it('does not join a number alone on its line to the word below it', () => {
    const r = rows(spaced + '\n阅读\n0\n分享至');
    assert.equal(r[r.length - 1], '0|0||count');
  });

  it('joins a lone number and unit a space apart in text that writes numbers against words too', () => {
    // One space between a number and a measure word is read the same way everywhere (the figure
    // scanner's own rule); what needs the document's evidence is a join across a line break.
    const tight = '全年完成投资343.26亿元，增长12个百分点，新增78人，另有 5 项。';
    assert.deepEqual(rows(tight).slice(-1), ['5 项|5|项|count']);
  });
});

describe('anatomy: letter-spaced titles', () => {
  const body = '本年度全市经济运行总体平稳，主要指标好于预期，各项工作取得新的进展，人民生活持续改善。';
  it('reads a title set with spaces between its characters, keeping the line as written', () => {
    const t = ['政 府 工 作 报 告', '', body, '', '序  言', '', body, '', '综 合', '', body, '', '一、主要工作', '', body, '', '二、工作安排', '', body].join('\n');
    // 序言 and 综合 are parts of the report: they nest under its title.
    assert.deepEqual(titles(t), ['1 政 府 工 作 报 告', '2 序  言', '2 综 合', '3 一、主要工作', '3 二、工作安排']);
  });
  it('does not take a spaced-out table cell over figures for a title', () => {
    const t = ['一、主要指标', '', body, '', '地区', '', '数量', '', '合 计', '', '1200', '', '580', '', body, '', '二、工作安排', '', body].join('\n');
    assert.deepEqual(titles(t), ['1 一、主要指标', '1 二、工作安排']);
  });
});

describe('anatomy: the running head that repeats the title', () => {
  it('keeps the page-one title that every page repeats as its head, even above a run of labels', () => {
    const body = (n: number) => Array.from({ length: 6 }, (_, k) => `第${n}页正文第${k + 1}行，内容在此写明。`);
    const t = ['某县年度工作报告', '第 1 页', '某县年度工作报告', '会议材料汇编', '第一次全体会议参阅', ...body(1), '', '某县年度工作报告', '第 2 页', ...body(2),
      '', '某县年度工作报告', '第 3 页', ...body(3)].join('\n');
    assert.equal(titles(t)[0], '1 某县年度工作报告');
    assert.equal(parseOutline(t).headings[0].start, t.indexOf('\n某县年度工作报告') + 1);
  });
});

describe('anatomy: a page number that occurs once', () => {
  it('is a page break when the document\'s first line repeats right after it as the next page\'s head', () => {
    const t = ['某县人民政府办公室文件', '某县人民政府办公室关于做好年度工作的通知', '各乡镇，各部门：', '一、提高认识', ...wrap(prose(200, 1), 30),
      '', '- 1 -', '', '某县人民政府办公室文件', '二、压实责任', ...wrap(prose(150, 2), 30)].join('\n');
    const f = furnitureLines(t);
    assert.deepEqual(f, [13, 15]);
    const ts = titles(t);
    assert.ok(!ts.some((x, k) => k > 0 && x.endsWith('某县人民政府办公室文件')), ts.join(' / '));
    assert.ok(ts.includes('2 二、压实责任') || ts.includes('1 二、压实责任'), ts.join(' / '));
  });

  it('is a page break when it cuts a hard-wrapped paragraph mid-sentence, so the next line is no title', () => {
    const p1 = wrap(prose(240, 3), 30);
    const cut = wrap(prose(90, 4), 30);
    const t = ['某区实施方案', '一、工作目标', ...p1, cut[0], cut[1], '', '- 1 -', '', '持续推进落实', cut[2], '二、工作步骤', ...p1].join('\n');
    assert.deepEqual(furnitureLines(t), [14]);
    assert.deepEqual(titles(t), ['1 某区实施方案', '2 一、工作目标', '2 二、工作步骤']);
  });

  it('stays text after a finished sentence or a short line (a web article\'s section mark)', () => {
    const p1 = wrap(prose(240, 5), 30);
    assert.deepEqual(furnitureLines(['某刊文章', ...p1, '', '— 1 —', '', '小标题写在这里', ...p1].join('\n')), []);
    assert.deepEqual(furnitureLines(['某刊文章', '点击上方蓝字关注我们', '', '— 1 —', '', '小标题写在这里', ...p1].join('\n')), []);
  });
});

describe('anatomy: the title said twice on page one and repeated as the running head', () => {
  it('takes the repeats on later pages as the head and keeps page one\'s lines', () => {
    const body = (n: number) => wrap(prose(180, n), 30);
    const t = ['某县工作规则', '某县人民政府', '某县工作规则', '第一章 总则', ...body(1), '', '- 1 -', '', '某县工作规则', '第二章 职责', ...body(2),
      '', '- 2 -', '', '某县工作规则', '第三章 制度', ...body(3)].join('\n');
    assert.deepEqual(furnitureLines(t), [12, 14, 23, 25]);
    const ts = titles(t);
    assert.ok(ts.filter((x) => x.endsWith('某县工作规则')).length <= 1, ts.join(' / '));
    assert.ok(ts.includes('2 第二章职责') && ts.includes('2 第三章制度'), ts.join(' / '));
  });
});

describe('anatomy: footnotes', () => {
  const text = ['一、总体要求', '', '我们坚持稳中求进①，推动高质量发展[1]。各项工作取得成效②。', '', '二、主要任务', '', '加强组织领导，落实责任。',
    '', '①参见某文件。', '②参见另一文件。', '[1] 某某著作，第3页。'].join('\n');
  it('takes paragraphs opened by a mark the text referred to as notes, not as numbered items', () => {
    assert.deepEqual(titles(text), ['1 一、总体要求', '1 二、主要任务']);
    const o = parseOutline(text);
    assert.deepEqual(o.zones?.filter((z) => z.zone === 'notes').map((z) => [z.firstLine, z.lastLine]), [[8, 10]]);
  });
  it('keeps a circled list whose marks the text never used as references', () => {
    const t = ['一、总体要求', '', '主要措施如下：', '', '①加强组织领导。', '②落实工作责任。', '', '二、主要任务', '', '正文内容。'].join('\n');
    assert.deepEqual(titles(t), ['1 一、总体要求', '2 ①加强组织领导', '2 ②落实工作责任', '1 二、主要任务']);
  });
});

describe('figures: list marks found by the anatomy are not figures', () => {
  // (page numbers are figures of kind other since figpdf48: docs/testing.md's conventions)
  it('drops the number of an attachment label, reads page marks as page numbers, keeps the text\'s own numbers', () => {
    const page = (n: number) => [...wrap(prose(300, n), 30), `- ${n} -`];
    const t = [...page(1), '全年完成投资12.5亿元，同比增长6.3%。', ...page(2), '附件 3', '项目清单', ...page(3)].join('\n');
    const o = parseOutline(t);
    const figs = extractFigures(t, o).map((f) => `${f.text}|${f.kind}`);
    assert.deepEqual(figs, ['1|other', '12.5亿元|money', '6.3%|percent', '2|other', '3|other']);
  });
});


describe('anatomy: a text that repeats itself is not page furniture', () => {
  it('keeps the lines of a compilation that prints the same passages again and again', () => {
    // No page numbers; many different short lines recur at a steady rhythm: repeated content.
    const block = ['一、总体要求', prose(60, 1), '二、重点任务', prose(60, 2), '三、保障措施', prose(60, 3), '四、工作要求', prose(60, 4), '五、其他事项', prose(60, 5)];
    const t = Array.from({ length: 12 }, () => block.join('\n')).join('\n');
    assert.deepEqual(furnitureLines(t), []);
    assert.equal(parseOutline(t).headings.filter((h) => h.marker === '一、').length, 12);
  });
});

describe('anatomy: the cover page of a paged document', () => {
  // our own text: a cover (issuer, title over two lines with a Latin word, version, issuer, date), then pages with a running head
  const page = (n: number, body: string[]) => ['', '接口文档', ...body, `第 ${n} 页 共 4 页`];
  const cover = ['某某交易中心接口文档', '某某交易中心', '统一 ABC 报送', '参与机构接入指南', '1.2 版', '某某交易中心', '二〇二五年九月'];
  const pages = [
    ...page(1, ['一、 概述', '本指南说明参与机构接入报送通道的技术要求，供各机构参考使用。', '二、 接入安排', '（一）测试阶段', '各机构应在测试阶段完成联调。']),
    ...page(2, ['（二）上线阶段', '上线后各机构按新的通道报送数据，原通道停止使用。', '三、 注意事项', '各机构应做好应急准备，确保平稳切换。']),
    ...page(3, ['四、 联系方式', '技术问题可通过服务邮箱联系，工作日内予以答复。']),
    ...page(4, ['五、 附则', '本指南自发布之日起施行，由交易中心负责解释。']),
  ];

  it('takes the title from the cover, so the parts stand under it', () => {
    const t = [...cover, ...pages].join('\n');
    assert.deepEqual(titles(t), ['1 统一 ABC 报送', '2 一、概述', '2 二、接入安排', '3 （一）测试阶段', '3 （二）上线阶段', '2 三、注意事项', '2 四、联系方式', '2 五、附则']);
    const zones = parseOutline(t).zones!;
    // issuer, version and date are the cover's metadata; the title block holds both title lines
    assert.deepEqual(zones.slice(0, 3).map((z) => [z.zone, z.firstLine + 1, z.lastLine + 1]), [['metadata', 1, 2], ['title', 3, 4], ['metadata', 5, 7]]);
  });

  it('reads no cover when the first page holds running text, or there are no pages', () => {
    const prosePage = ['某某交易中心', '统一 ABC 报送', '本指南说明参与机构接入报送通道的技术要求。', '某某交易中心'];
    const t = [...prosePage, ...pages].join('\n');
    assert.ok(!titles(t).includes('1 统一 ABC 报送'));
    // without page furniture the same lines are not a cover
    const u = [...cover, '', '一、 概述', '本指南说明参与机构接入报送通道的技术要求。', '二、 接入安排', '各机构应完成联调。'].join('\n');
    assert.ok(!parseOutline(u).zones!.some((z) => z.zone === 'title' && z.firstLine === 2));
  });
});

describe('anatomy: unnumbered parts of running text (前言, 结束语)', () => {
  const para = (s: string) => `${s}这一段文字写得足够长，好让它读作正文的一个段落，而不是一个标题。`;
  const report = (front: string[]) => [
    '某某事业的发展', '', ...front,
    '                    前  言', '', para('某某事业关系千家万户。'), '', para('为介绍有关情况，特发布本报告。'), '',
    '一、发展的历程', '', para('多年来各方共同努力。'), '', '（一）起步阶段', '', para('起步阶段打下了基础。'), '',
    '（二）成长阶段', '', para('成长阶段规模扩大。'), '- 2 -',
    '二、发展的成就', '', para('成绩有目共睹。'), '- 3 -',
    '                    结束语', '', para('展望未来，前景广阔。'),
  ].join('\n');

  it('reads 前言 and 结束语 as parts beside the numbered parts, under the title, holding nothing', () => {
    const expected = ['1 某某事业的发展', '2 前  言', '2 一、发展的历程', '3 （一）起步阶段', '3 （二）成长阶段', '2 二、发展的成就', '2 结束语'];
    assert.deepEqual(titles(report([])), expected);
    // with the issuer, a date and a table of contents between the title and the 前言
    const front = ['某某部门', '二〇二五年三月', '', '目  录', '', '前  言', '一、发展的历程', '二、发展的成就', '结束语', ''];
    assert.deepEqual(titles(report(front)), expected);
  });

  it('never takes 前言 for the document’s title, even with no title above it', () => {
    const t = ['前言', '', para('本文介绍一种做法。'), '', '一、做法的由来', '', para('由来已久。'), '', '二、做法的要点', '', para('要点有三。')].join('\n');
    assert.deepEqual(titles(t), ['1 前言', '1 一、做法的由来', '1 二、做法的要点']);
  });
});

describe('anatomy: a Markdown copy whose numbered part titles are set in bold', () => {
  const para = (s: string) => `这一段文字写得足够长，好让它读作正文的一个段落，讲清楚${s}`;
  it('never takes the first bold numbered part for the page’s title, under a salutation or with no title at all', () => {
    const md = (t: string) => parseOutline(t, { format: 'markdown' }).headings.map((h) => `${h.level} ${h.marker}${h.title}`);
    const two = ['**一、充分认识重要意义**', '', para('意义重大。'), '', '**二、抓好重点任务**', '', para('任务明确。')];
    assert.deepEqual(md(['# 在某某会议上的讲话', '', '同志们：', '', ...two].join('\n')), ['1 在某某会议上的讲话', '2 一、充分认识重要意义', '2 二、抓好重点任务']);
    // bold subheads inside the first part
    const subs = ['**一、充分认识重要意义**', '', para('意义重大。'), '', '**稳住基本盘**', '', para('基本盘稳。'), '', '**激发新活力**', '', para('活力迸发。'), '', '**二、抓好重点任务**', '', para('任务明确。')];
    assert.deepEqual(md(['# 在某某会议上的讲话', '', '同志们：', '', ...subs].join('\n')).filter((h) => /^\d [一二]、|^1 /.test(h)),
      ['1 在某某会议上的讲话', '2 一、充分认识重要意义', '2 二、抓好重点任务']);
    const three = [...two, '', '**三、强化组织保障**', '', para('保障有力。')];
    assert.deepEqual(md(['同志们：', '', ...three].join('\n')), ['1 一、充分认识重要意义', '1 二、抓好重点任务', '1 三、强化组织保障']);
  });
});

describe('anatomy: a page number that gives the total', () => {
  it('is a page mark even alone (a one-page document’s footer): the page (other) and the total (count)', () => {
    const t = ['关于做好甲乙工作的通知', '', '各单位：', '', '为做好甲乙工作，现将有关事项通知如下，请认真贯彻执行。', '', '一、加强领导', '', '各单位要加强领导，落实责任。', '', '二、抓好落实', '', '各单位要抓好落实，确保实效。', '', '第 1 页 共 1 页'].join('\n');
    assert.deepEqual(furnitureLines(t), [15]);
    assert.deepEqual(extractFigures(t, parseOutline(t)).map((f) => `${f.text}|${f.kind}`), ['1 页|other', '1 页|count']);
    // alone, a page number past the total, or one with no total, is not read so
    assert.deepEqual(furnitureLines(['正文。', '第 5 页 共 3 页', '正文。'].join('\n')), []);
    assert.deepEqual(furnitureLines(['正文。', '第 2 页', '正文。'].join('\n')), []);
  });
});
