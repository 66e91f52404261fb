import * as assert from 'node:assert/strict';
import { parseOutline } from '../../src/core/outline';
import { isSpeakerLine } from '../../src/core/outline/anatomy/lineShapes';

// Invented report (our own wording): a 公众号-style list whose numbers carry a symbol before them.
function markers(deco: string): string[] {
  const text = ['关于加强某某工作的报告', '', '近年来我们做了很多工作。', '',
    `${deco}1. 总体要求`, '', '近年来我们做了很多工作，取得了显著成效，全年完成投资100亿元。', '',
    `${deco}2. 重点任务`, '', '要切实抓好各项工作落实。', '', `${deco}3. 保障措施`, '', '各级要高度重视。'].join('\n');
  return parseOutline(text, { format: 'plain' }).headings.filter((h) => h.marker).map((h) => h.marker + h.title);
}

describe('a numbered line after a decoration symbol is no speaker line (isSpeakerLine)', () => {
  it('keeps `★1. 总体要求` over a paragraph with a figure: the first part is not a byline', () => {
    for (const deco of ['★', '✅', '📌', '']) {
      assert.deepEqual(markers(deco), ['1.总体要求', '2.重点任务', '3.保障措施'], deco);
    }
  });

  it('reads a list number opening the line as no name, a role and a name still as one', () => {
    assert.equal(isSpeakerLine('1. 总体要求'), false);
    assert.equal(isSpeakerLine('★2、 重点任务'), false);
    assert.equal(isSpeakerLine('市委书记 张某某'), true);
  });
});
