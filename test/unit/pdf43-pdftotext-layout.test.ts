import * as assert from 'node:assert/strict';
import { parseOutline } from '../../src/core/outline';
import { extractFigures } from '../../src/core/figures';

// An invented county government work report laid out as pdftotext gives a PDF (pdf43): a
// letter-spaced title, lines broken at the page width (two ideographic spaces open a paragraph),
// `第 N 页 共 3 页` page numbers and a running head after each form feed, numbers and their units
// parted by spaces or by a line break (`15.8 亿` / `元`, `7.3` / `%`). Every word is our own.
// The engine read all of it right when pdf43 measured it (no rule was needed): these tests keep it so.
const LINES = [
  "政 府 工 作 报 告",
  "",
  "——2024 年 1 月 10 日在青山县第十八届人民代表大会",
  "第三次会议上",
  "",
  "县长  李  明",
  "",
  "各位代表：",
  "　　现在，我代表县人民政府，向大会报告工作，请予审议，并",
  "请县政协委员和其他列席人员提出意见。",
  "一、2023 年工作回顾",
  "　　过去一年，面对复杂严峻的外部环境，我们坚持稳中求进工",
  "作总基调，全县经济社会保持平稳健康发展。预计全年地区生产",
  "总值完成 286.5 亿元，增长 6.2%；一般公共预算收入 15.8 亿",
  "元，增长 7.1%；城乡居民人均可支配收入分别增长 5.6%和 7.3",
  "%。",
  "　　（一）产业发展提质增效。新引进亿元以上项目 26 个，规",
  "模以上工业增加值增长 8.4%，新增规模以上工业企业 31 家。",
  "现代农业加快发展，粮食总产量达到 18.6 万吨，创历史新高。",
  "　　（二）城乡面貌持续改善。新改建道路 82 公里，完成老旧",
  "第 1 页 共 3 页",
  "\f青山县人民政府",
  "小区改造 1560 户，县城建成区面积扩大到 23.5 平方公里，常",
  "住人口城镇化率提高 1.2 个百分点。",
  "　　（三）民生福祉不断增进。民生支出占一般公共预算支出的",
  " 78.6%，城镇新增就业 5200 人，新建幼儿园 4 所，新增学位 ",
  "1800 个，基本医疗保险参保率稳定在 95%以上。",
  "二、2024 年工作安排",
  "　　今年全县经济社会发展的主要预期目标是：地区生产总值增",
  "长 6%左右，一般公共预算收入增长 5%，城乡居民人均可支配收",
  "入增长与经济增长同步。",
  "　　（一）坚定不移抓项目扩投资。全年实施重点项目 150 个",
  "，完成投资 120 亿元以上，其中新开工项目不少于 60 个。",
  "第 2 页 共 3 页",
  ""
];
const TEXT = LINES.join('\n');

describe('pdf43: a government work report as pdftotext lays it out', () => {
  const o = parseOutline(TEXT);
  const lineOf = (start: number) => TEXT.slice(0, start).split('\n').length;
  it('reads the letter-spaced title and the numbered parts, and no continuation line as a title', () => {
    const hs = o.headings.map((h) => [lineOf(h.start), h.level, h.marker, h.title]);
    assert.deepEqual(hs.map((h) => h[2]), ['', '一、', '（一）', '（二）', '（三）', '二、', '（一）']);
    assert.equal(hs[0][3], '政 府 工 作 报 告');
    assert.deepEqual(hs.map((h) => h[1]), [1, 2, 3, 3, 3, 2, 3]);
  });
  it('takes no running head and no page number for a heading or a figure', () => {
    assert.ok(!o.headings.some((h) => h.title.includes('青山县人民政府') || h.title.includes('页')));
    const figs = extractFigures(TEXT, o);
    // (a page number is a figure of kind other since figpdf48, docs/testing.md's conventions; the
    // total of 共 N 页 counts pages)
    assert.ok(!figs.some((f) => /页/.test(TEXT.slice(f.start - 2, f.end + 2)) && f.kind !== 'date' && f.kind !== 'other' && !/共\s*$/.test(TEXT.slice(f.start - 3, f.start))), 'a page number read as a count');
  });
  it('reads a number whose unit the line break or a space parted from it', () => {
    const figs = extractFigures(TEXT, o);
    const byText = new Map(figs.map((f) => [f.text, f]));
    assert.equal(byText.get('15.8 亿')?.value, 1.58e9);
    assert.equal(byText.get('15.8 亿')?.unit, '元');
    assert.equal(byText.get('7.3')?.kind, 'percent');
    assert.equal(byText.get('286.5 亿元')?.value, 2.865e10);
    assert.equal(byText.get('18.6 万吨')?.value, 186000);
  });
});
