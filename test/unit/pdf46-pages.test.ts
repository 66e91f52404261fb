import * as assert from 'node:assert/strict';
import { parseOutline } from '../../src/core/outline';
import { furnitureLines, prose, wrap } from './pdfText';

function headings(text: string): string[] {
  return parseOutline(text).headings.map((h) => `${h.level} ${h.marker}${h.title}`);
}
/** A paragraph of our own prose wrapped at 30 characters (its last line short, ending in 。). */
const para = (seed: number, chars = 75) => wrap(prose(chars, seed), 30);

describe('pdf46: PDF text layers — a running head on two pages of three', () => {
  const HEAD = '云溪县人民政府公报';
  const doc = [
    '云溪县人民政府关于做好示范工作的通知', ...para(1), '一、总体要求', ...para(2), ...para(3), '二、重点任务', ...para(4), '',
    '- 1 -', '', HEAD, ...para(5), ...para(6), ...para(7), '三、保障措施', ...para(8), '',
    '- 2 -', '', HEAD, ...para(9), '四、组织实施', ...para(10), ...para(11), '', '- 3 -',
  ];

  it('takes the same short line right after the page marks of pages two and three as furniture, not a title', () => {
    const t = doc.join('\n');
    const heads = doc.map((l, i) => (l === HEAD ? i + 1 : 0)).filter((x) => x);
    const f = furnitureLines(t);
    for (const h of heads) assert.ok(f.includes(h), `line ${h} is furniture: ${f.join(',')}`);
    assert.deepEqual(headings(t), ['1 云溪县人民政府关于做好示范工作的通知', '2 一、总体要求', '2 二、重点任务', '2 三、保障措施', '2 四、组织实施']);
  });

  it('leaves a pair that is not at both page breaks, or that most pages lack, as text', () => {
    // the second one mid-page
    const mid = [...doc];
    const second = mid.lastIndexOf(HEAD);
    mid.splice(second, 1);
    mid.splice(second + 4, 0, HEAD);
    const t1 = mid.join('\n');
    assert.ok(!furnitureLines(t1).includes(mid.indexOf(HEAD) + 1));
    // six pages, the line at the top of two of them only
    const pages: string[] = ['云溪县人民政府关于做好示范工作的通知'];
    for (let p = 1; p <= 6; p++) pages.push(...(p === 2 || p === 4 ? [HEAD] : []), ...para(p), ...para(p + 10), '', `- ${p} -`, '');
    const t2 = pages.join('\n');
    const f2 = furnitureLines(t2);
    assert.ok(!f2.includes(pages.indexOf(HEAD) + 1), f2.join(','));
  });
});

describe('pdf46: PDF text layers — a table flattened one cell a line, cut by a page break', () => {
  it('reads the header cells before the break as the table\'s, not as a title that restarts the outline', () => {
    const t = [
      '关于做好示范工作的通知', ...para(1), '一、总体要求', ...para(2), ...para(3), ...para(4), '表1 重点项目安排表', '序号', '项目名称', '',
      '— 1 —', '', '责任单位', '完成时限', '1', '供水管网改造', '县水务局', '2025年4月', '2', '村道硬化', '县交通运输局', '2025年5月',
      '3', '文化广场建设', '县文化旅游局', '2025年6月', '二、保障措施', ...para(5), ...para(6), ...para(7), ...para(8), ...para(9), '', '— 2 —',
    ].join('\n');
    assert.deepEqual(headings(t), ['1 关于做好示范工作的通知', '2 一、总体要求', '2 二、保障措施']);
  });
});
