import * as assert from 'node:assert/strict';
import { parseOutline } from '../../src/core/outline';
import { furnitureLines, prose as words, wrap } from './pdfText';

/** Our invented prose with a comma every eleven characters, as running text has. */
function prose(chars: number, seed: number): string {
  const w = words(chars, seed);
  let out = '';
  for (let k = 0; k < w.length; k++) out += (k > 0 && k % 11 === 0 && k < w.length - 2 ? '，' : '') + w[k];
  return out;
}

function titles(text: string): string[] {
  return parseOutline(text).headings.map((h) => `${h.level} ${h.marker}${h.title}`);
}

describe('layout: hard-wrapped PDF text', () => {
  // A plan of our own: three parts, each over wrapped paragraphs whose lines are cut mid-word.
  const doc = (): string[] => [
    '某县发展规划', '一、总体要求', ...wrap(prose(150, 1), 30), '二、重点任务', '（一）补齐短板', ...wrap(prose(120, 2), 30),
    '（二）培育动能', ...wrap(prose(95, 3), 30), '三、保障措施', ...wrap(prose(130, 4), 30),
  ];
  const expected = ['1 某县发展规划', '2 一、总体要求', '2 二、重点任务', '3 （一）补齐短板', '3 （二）培育动能', '2 三、保障措施'];

  it('reads text with a blank line after every line by its line widths: no continuation line is a title', () => {
    assert.deepEqual(titles(doc().join('\n')), expected);
    assert.deepEqual(titles(doc().join('\n\n')), expected);
    // blank-separated paragraphs of one line each (of every length) stay paragraphs of their own
    const paras = ['某县发展规划', '一、总体要求', prose(150, 1), '二、重点任务', prose(40, 2), '三、保障措施', prose(90, 3)];
    assert.deepEqual(titles(paras.join('\n\n')), ['1 某县发展规划', '2 一、总体要求', '2 二、重点任务', '2 三、保障措施']);
  });

  it('starts a new paragraph after an entry of a table of contents, however wide it is printed', () => {
    const toc = ['目  录', '前  言' + '.'.repeat(50) + '1', '一、总体要求' + '.'.repeat(46) + '2', '二、重点任务' + '.'.repeat(46) + '5'];
    const t = ['某县发展规划', ...toc, '前  言', ...wrap(prose(150, 5), 30), '一、总体要求', ...wrap(prose(150, 1), 30),
      '二、重点任务', ...wrap(prose(120, 2), 30)].join('\n');
    assert.deepEqual(titles(t), ['1 某县发展规划', '2 前  言', '2 一、总体要求', '2 二、重点任务']);
    // a layout conversion sets the page numbers apart by spaces instead of dot leaders
    const spaced = t.replace(/\.{46,50}/g, (m) => ' '.repeat(m.length));
    assert.deepEqual(titles(spaced), ['1 某县发展规划', '2 前  言', '2 一、总体要求', '2 二、重点任务']);
  });

  it('takes the title repeated as the head of later pages for furniture, even over only two or three pages', () => {
    const page = (seed: number): string[] => wrap(prose(240, seed), 30);
    // the title opens page one alone; every later page opens with it again under the page number
    const t = ['某县发展规划', '一、总体要求', ...page(1), '', '- 1 -', '\f某县发展规划', '二、重点任务', ...page(2), '', '- 2 -'];
    const head = 3 + page(1).length + 2;
    assert.deepEqual(furnitureLines(t.join('\n')), [head - 1, head, t.length]);
    assert.deepEqual(titles(t.join('\n')), ['1 某县发展规划', '2 一、总体要求', '2 二、重点任务']);
    const u = [...t, '某县发展规划', '三、保障措施', ...page(3)];
    assert.deepEqual(titles(u.join('\n')), ['1 某县发展规划', '2 一、总体要求', '2 二、重点任务', '2 三、保障措施']);
    // the title said again inside a page (no boundary beside it) stays text
    const v = ['某县发展规划', '一、总体要求', ...page(1), '某县发展规划', '二、重点任务', ...page(2), '', '- 1 -', '', ...page(3), '', '- 2 -'];
    assert.deepEqual(furnitureLines(v.join('\n')).length, 2);
  });
});

describe('layout: hard-wrapped PDF text, continuation lines', () => {
  it('goes on with a sentence cut at full width across a page break, though its next line opens like a heading', () => {
    const t = [
      '某县工作总结', '一、主要工作', ...wrap(prose(150, 1), 30), '二、存在问题',
      // the last line of page one runs full width and stops mid-sentence; page two goes on with it
      ...wrap(prose(88, 2), 30).slice(0, 2) , '工作中遇到的部分困难还需要在今后的一段时间内逐步解决，主要集中在', '', '- 1 -', '',
      '一、二季度集中处理，需要在今后工作中加以改进。', '三、下一步安排', ...wrap(prose(120, 3), 30), '', '- 2 -',
    ].join('\n');
    assert.deepEqual(titles(t), ['1 某县工作总结', '2 一、主要工作', '2 二、存在问题', '2 三、下一步安排']);
  });

  it('finds the wrap width of a short text from five full lines when no line runs wider', () => {
    // a one-page notice: few full lines; a continuation line with no sentence end is no title
    const t = ['某县关于做好有关工作的通知', '各乡镇人民政府：',
      ...wrap(prose(100, 1), 30), '一、提高认识', ...wrap(prose(70, 2), 30).slice(0, 2), '按照省委统一部署要求进一步做好各项准备工作的有关安排，全县上下要',
      '紧密结合实际抓好落实。', '二、加强领导', '各地要建立工作专班，明确责任分工。'].join('\n');
    assert.deepEqual(titles(t), ['1 某县关于做好有关工作的通知', '2 一、提高认识', '2 二、加强领导']);
  });

  it('finds no wrap width in a short text whose lines of one length each end a sentence (items, not wrapped lines)', () => {
    const t = ['关于整顿仓库管理的几项规定', '一、清点库存', '各仓库应在本月内完成清点，办法如下：', '甲、账面与实物逐项核对。',
      '乙、短缺物资查明原因，列表上报。', '丙、积压物资另行造册。', '二、健全制度', '各仓库应当建立下列制度：', '　　甲、出入库登记制度。',
      '　　乙、定期盘点制度。', '三、附则', '本规定自发布之日起施行。'].join('\n');
    assert.equal(parseOutline(t).hardWrapped, false);
    assert.deepEqual(titles(t).filter((r) => /[一二三]、/.test(r)), ['2 一、清点库存', '2 二、健全制度', '2 三、附则']);
  });

  it('takes the label of a figure or a table for no title', () => {
    const t = ['某县统计公报', '一、综合', prose(60, 1), '图1：近五年地区生产总值及增长速度', prose(60, 2), '二、农业', prose(50, 3)].join('\n');
    assert.deepEqual(titles(t), ['1 某县统计公报', '2 一、综合', '2 二、农业']);
  });
});
