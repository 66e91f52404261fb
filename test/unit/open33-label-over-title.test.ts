import * as assert from 'node:assert/strict';
import { parseOutline } from '../../src/core/outline';

// Invented pages in the shape of an essay site's compilation (open33): the page's title, the site's
// banner, then `篇一：` with the compiler's name for the piece, and under it the piece's own title
// block (a cover line, then the report's title proper, the date and the speaker), the salutation
// and the report's parts.
function heads(text: string): Array<[number, number, string, number | null]> {
  const o = parseOutline(text);
  const lineOf = (start: number) => text.slice(0, start).split('\n').length - 1;
  return o.headings.map((h) => [lineOf(h.start), h.level, h.title, h.parent === null ? null : lineOf(o.headings[h.parent].start)]);
}

const opening = (own: string): string => [
  '村镇人代会，政府工作报告',
  '',
  '【www.example-fanwen.com--报告】',
  '',
  '篇一:村镇人代会，政府工作报告',
  '青山镇人代会政府工作报告',
  '',
  own,
  '',
  '2026年 月 日',
  '',
  '镇长 某某',
  '',
  '各位代表:',
  '',
  '我代表镇人民政府，向大会报告工作，请予审议，并请各位列席人员提出意见。',
  '',
  '2025年工作回顾',
  '',
  '过去的一年，是发展任务十分繁重的一年，全镇上下齐心协力，各项工作取得了新进展。',
  '',
  '一、一年来，我们坚持农业立镇，发展基础进一步夯实',
  '',
  '全镇粮食总产量达到1.2万吨，比上年增长3.5%，新建高标准农田800亩。',
].join('\n');

describe('open33: a piece\'s own title under the compiler\'s 篇一 label', () => {
  it('heads the piece with the report\'s own title, its parts under it', () => {
    const hs = heads(opening('青山镇政府工作报告'));
    assert.deepEqual(hs.slice(0, 3).map((h) => h[2]), ['村镇人代会，政府工作报告', '村镇人代会，政府工作报告', '青山镇政府工作报告']);
    assert.deepEqual(hs.slice(0, 4).map((h) => h[2]).slice(3), ['2025年工作回顾']);
    assert.deepEqual(hs[2], [7, 1, '青山镇政府工作报告', null]);
    assert.equal(hs[3][3], 7);
  });

  it('takes no title from a line saying the label\'s name again', () => {
    const hs = heads(opening('村镇人代会，政府工作报告'));
    assert.ok(!hs.some((h) => h[0] === 7), JSON.stringify(hs));
  });

  it('takes no title from a line that names no document', () => {
    const hs = heads(opening('青山镇人民政府'));
    assert.ok(!hs.some((h) => h[0] === 7), JSON.stringify(hs));
  });
});
