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
