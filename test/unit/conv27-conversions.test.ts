import * as assert from 'node:assert/strict';
import { parseOutline } from '../../src/core/outline';

// Invented texts in the shapes PDF/Word conversions and 范文 sites give (conv27).
function heads(text: string): Array<[number, string, number, number | null]> {
  const line = (pos: number): number => text.slice(0, pos).split('\n').length - 1;
  const hs = parseOutline(text).headings;
  return hs.map((h) => [line(h.start), h.marker, h.level, h.parent === null ? null : line(hs[h.parent].start)]);
}

describe('conv27: conversions and 范文 compilations', () => {
  it('reads a statute copied in traditional characters (第一章 總則 / 第一條 / 第一節)', () => {
    const text = [
      '某某市書畫協會章程', '第一章 總則', '第一條 本會名稱為某某市書畫協會。', '第二條 本會是非營利性社會組織。',
      '第二章 會員', '第一節 入會', '第三條 申請加入本會的會員，應當擁護本會章程。', '第四條 會員享有下列權利：',
      '（一）本會的選舉權；', '（二）參加本會的活動。',
    ].join('\n');
    const hs = heads(text);
    assert.deepEqual(hs.map((h) => [h[1], h[2]]), [
      ['', 1], ['第一章', 2], ['第一條', 3], ['第二條', 3], ['第二章', 2], ['第一節', 3], ['第三條', 4], ['第四條', 4],
      ['（一）', 5], ['（二）', 5],
    ]);
  });

  it('keeps a traditional-character citation in prose (第三條規定) out of the run', () => {
    const text = ['某某辦法', '第一條 為規範管理，制定本辦法。', '第二條 本辦法適用於全市。', '第三條規定的事項，由市政府負責解釋。'].join('\n');
    assert.deepEqual(heads(text).map((h) => h[1]), ['', '第一條', '第二條']);
  });
});
