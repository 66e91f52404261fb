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
