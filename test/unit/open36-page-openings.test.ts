import * as assert from 'node:assert/strict';
import { parseOutline } from '../../src/core/outline';

// Invented page openings (our own wording), in the shapes open36 studied: a 范文 site's copy of an
// old county speech stopping inside its first sub-part, a wiki page's section labels over a rules
// text, a document site's run-by-run conversion.
function heads(text: string): Array<[number, string, number, number | null, string]> {
  const line = (pos: number): number => text.slice(0, pos).split('\n').length - 1;
  const o = parseOutline(text);
  return o.headings.map((h) => [line(h.start), h.marker, h.level, h.parent === null ? null : line(o.headings[h.parent].start), h.title]);
}

const STATS = '据统计：今年一至五月，全镇共发生各类事故12起，同比下降15%，直接经济损失8.6万元；其中道路交通事故9起，同比下降10%，火灾事故2起，与去年同期持平。';

describe('open36: a lone 一、 over a lone （一） on the next line, the opening ending whole', () => {
  it('takes both back as the first part and its first sub-part', () => {
    const text = ['在全镇第二季度安全工作会议上的讲话', '', '同志们：今年以来，我镇在县委、县政府的正确领导下，安全形势总体平稳。下面，我讲两个问题。', '一、上半年安全工作回顾', '（一）各类事故基本情况' + STATS].join('\n');
    const h = heads(text);
    assert.deepEqual(h.map(([l, m, lv, par]) => [l, m, lv, par]), [[0, '', 1, null], [3, '一、', 2, 0], [4, '（一）', 3, 3]]);
  });
  it('leaves them when a line of text stands between them, or the 一、 line is a sentence', () => {
    const a = heads(['在全镇第二季度安全工作会议上的讲话', '', '同志们：今年以来，我镇安全形势总体平稳。', '一、上半年安全工作回顾', '上半年，全镇上下齐心协力，做了大量工作。', '（一）各类事故基本情况' + STATS].join('\n'));
    assert.deepEqual(a.map(([l]) => l), [0]);
    const b = heads(['在全镇第二季度安全工作会议上的讲话', '', '同志们：今年以来，我镇安全形势总体平稳。', '一、上半年，全镇上下齐心协力，在县委的领导下做了大量工作，取得了明显成效。', '（一）各类事故基本情况' + STATS].join('\n'));
    assert.deepEqual(b.map(([l]) => l), [0]);
  });
});

describe('open36: a wiki page\'s section labels over a rules text', () => {
  const A1 = '第一条 为了规范本市社区服务工作，根据有关法律法规，结合本市实际，制定本细则。';
  const A2 = '第二条 本细则适用于本市行政区域内的社区服务活动。';
  const A3 = '第三条 市民政部门负责全市社区服务的指导和监督。';
  it('keeps the labels as siblings, the chapters and articles under the second', () => {
    const text = ['基本信息', '2031年3月，某市人民政府办公厅印发《某市社区服务实施细则》，自印发之日起施行。', '法规全文', '第一章 总 则', A1, A2, '第二章 服务内容', A3].join('\n');
    const h = heads(text);
    assert.deepEqual(h.map(([l, m, lv, par]) => [l, m, lv, par]), [
      [0, '', 1, null], [2, '', 1, null], [3, '第一章', 2, 2], [4, '第一条', 3, 3], [5, '第二条', 3, 3], [6, '第二章', 2, 2], [7, '第三条', 3, 6],
    ]);
  });
  it('hangs the label under a first title that names the document', () => {
    const text = ['某市社区服务实施细则', '2031年3月，某市人民政府办公厅印发本细则，自印发之日起施行。', '法规全文', '第一章 总 则', A1, A2, '第二章 服务内容', A3].join('\n');
    const h = heads(text);
    assert.deepEqual(h.slice(0, 3).map(([l, , lv, par]) => [l, lv, par]), [[0, 1, null], [2, 2, 0], [3, 3, 2]]);
  });
});

describe('open36: a document site\'s run-by-run conversion with placeholders (spanJoin)', () => {
  // every run of the Word file on a line of its own: placeholders, numbers, a rare character, a
  // company's name in a span after a half-width comma
  const text = [
    'XX', '乡', '2031', '年政府工作报告', '各位代表:', '现在,我代表', 'XX', '乡人民政府向大会报告工作,请予审议。',
    '一、2031年工作回顾', '今年以来,', 'XX', '乡认真落实县委、县政府决策部署,全乡经济社会各项事业稳步发展。',
    '(一)经济运行稳中有升', '前三季度,完成地区生产总值', 'XX', '亿元,增长', '5%', ';财政收入', 'XX', '万元,增长', '9%', '。',
    '(二)特色产业提质扩量', '围绕', 'XX', '花生、', 'XX', '蓝', '莓', '等特色农业扩大种植面积,', '蓝', '莓', '销量达', 'XX', '万斤,花生种植面积达', '7860', '亩,增长', '10.2%', ',茶叶产量达', '800', '斤,增长', '60%', '。',
    '充分发挥', 'XX', '乡林业资源优势,加快推进林业产业园建设,', '某某科技', '获批省级示范园。持续推进各项目建设,截至目前产业园二期已完成主体工程,', '7', '家企业完成产值', 'XX', '亿元,增长', '12%', ',带动', '320', '户增收', 'XX', '万元,',
  ].join('\n');
  it('reads the title whole, takes no phrase for a title, and keeps the report\'s parts', () => {
    const h = heads(text);
    assert.deepEqual(h.map(([l, m, lv]) => [l, m, lv]), [[0, '', 1], [8, '一、', 2], [12, '(一)', 3], [22, '(二)', 3]]);
    assert.equal(h[0][4], 'XX乡2031年政府工作报告');
  });
});

describe('open36: a decree\'s signature under a hard-wrapped paragraph', () => {
  it('reads `总理某某` over the date as the decree\'s signature though the paragraph above ends on a short line', () => {
    const text = ['某某事务管理条例', '', '  某某国务院令', '', '  第100号', '', '  现发布《某某事务管理条例》,自', '发布之日起施行。', '',
      '  总理某某某', '', '  2031年8月3日', '', '  第一章总则', '', '  第一条为了规范某某事务的管理,提高行政效率,根据有关', '法律,制定本条例。', '',
      '  第二条某某事务管理应当遵循精简、统一、高效的原则,适应', '经济社会发展的需要。', '', '  第二章管理机构', '', '  第三条国务院有关部门负责某某事务的具体工作。'].join('\n');
    const h = heads(text);
    assert.ok(!h.some(([, , , , t]) => t.includes('总理')), JSON.stringify(h));
    assert.deepEqual(h.filter(([, m]) => m === '第一章' || m === '第二章').map(([, , lv, par]) => [lv, par]), [[2, 0], [2, 0]]);
  });
});
