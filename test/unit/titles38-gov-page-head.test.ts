import * as assert from 'node:assert/strict';
import { parseOutline } from '../../src/core/outline';

// Invented pages in the shape of a city government site's article (titles38): the breadcrumb, the
// headline, the `时间:…来源:…` field, the font buttons and the issuing office with its date on one
// line, all without blank lines, then the text (a file ending on its line break). The headline is the page's title; the office's dated
// byline is none, and the text's parts hang from the headline.
function heads(text: string): Array<[number, string, string, number | null]> {
  const o = parseOutline(text);
  const lineOf = (start: number) => text.slice(0, start).split('\n').length - 1;
  return o.headings.map((h) => [lineOf(h.start), h.marker, h.title, h.parent === null ? null : lineOf(o.headings[h.parent].start)]);
}

const head = [
  '首页 -> 政务公开 -> 政策解读 -> 解读材料',
  '《某市人民政府关于印发2026年重点工作任务分解表的通知》政策解读',
  '时间:2026年01月12日来源:市政府办公室',
  '[字体: ] 打印',
  '市政府办公室 2026年01月12日',
  '',
];

describe('titles38: a government page\'s head run together over its text', () => {
  it('takes the headline over a text that opens with its first numbered part', () => {
    const text = [
      ...head,
      '一、形成过程',
      '',
      '按照市政府工作安排,《任务分解表》于1月5日编制完成,经市政府常务会议审议通过后印发。',
      '',
      '二、主要内容',
      '',
      '《任务分解表》共分8个方面、150项工作任务,明确了牵头单位和完成时限。',
      '',
    ].join('\n');
    const hs = heads(text);
    assert.deepEqual(hs[0], [1, '', '《某市人民政府关于印发2026年重点工作任务分解表的通知》政策解读', null]);
    assert.ok(!hs.some((h) => h[0] === 4), JSON.stringify(hs));
    assert.deepEqual(hs.filter((h) => h[1] !== '').map((h) => h[3]), [1, 1]);
  });

  it('takes the headline, not the office\'s dated byline, over a text that opens with prose', () => {
    const text = [
      ...head,
      '  市政府常务会议于2026年1月5日对《任务分解表》进行了审议,明确了全年各项目标任务和责任单位,现将有关情况解读如下。',
      '',
      '一、主要目标,全年地区生产总值增长6%左右。',
      '',
      '二、工作要求,各责任单位要按月报送进展情况。',
      '',
    ].join('\n');
    const hs = heads(text);
    assert.ok(hs.some((h) => h[0] === 1 && h[1] === ''), JSON.stringify(hs));
    assert.ok(!hs.some((h) => h[0] === 4), JSON.stringify(hs));
  });
});
