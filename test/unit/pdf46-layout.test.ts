import * as assert from 'node:assert/strict';
import { parseOutline } from '../../src/core/outline';
import { prose, wrap } from './pdfText';

function headings(text: string): string[] {
  return parseOutline(text).headings.map((h) => `${h.level} ${h.marker}${h.title}`);
}

/** An indented paragraph of our own prose wrapped at 30 characters, its last line running full width. */
const full = (seed: number) => wrap('\u3000\u3000' + prose(88, seed), 30);

describe('pdf46: PDF text layers — a bare numbered line after a full last line (indented paragraphs)', () => {
  it('reads a short numbered line after a finished sentence as a heading even when the line above ran full', () => {
    const t = ['关于做好示范工作的通知', ...full(1), '一、总体要求', ...full(2), '（一）加强组织领导', ...full(3),
      '（二）完善工作机制', ...full(4), '二、重点任务', ...full(5), '（一）抓好项目建设', ...full(6), '（二）强化要素保障', ...full(7)].join('\n');
    assert.deepEqual(headings(t), ['1 关于做好示范工作的通知', '2 一、总体要求', '3 （一）加强组织领导', '3 （二）完善工作机制',
      '2 二、重点任务', '3 （一）抓好项目建设', '3 （二）强化要素保障']);
  });

  it('keeps a numbered-looking line that goes on from a sentence cut mid-way, or that runs full width itself', () => {
    const cut = wrap('\u3000\u3000' + prose(80, 2).slice(0, 80) + '按照本方案第', 30); // three full lines, no sentence end
    const t = ['关于做好示范工作的通知', ...full(1), '一、总体要求', ...cut, '（三）项规定执行，不再另行审批。', ...full(3),
      '二、重点任务', ...full(4), '（一）抓好项目建设。' + prose(19, 5), '鼓励社会力量参与。', ...full(5)].join('\n');
    const h = headings(t);
    assert.ok(!h.some((x) => x.includes('项规定')), h.join(' | '));
    assert.ok(!h.some((x) => x.includes('抓好项目建设')), h.join(' | '));
    assert.deepEqual(h.slice(0, 3), ['1 关于做好示范工作的通知', '2 一、总体要求', '2 二、重点任务']);
  });
});
