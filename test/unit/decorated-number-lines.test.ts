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

describe('a decorated numbered line ends a page\'s head (webPage numbered)', () => {
  const PARA = '近年来我们做了很多工作，取得了显著成效，全年完成投资100亿元，同比增长10.8%。';
  const parts = (deco: string): string[] => [`${deco}一、总体要求`, '', PARA, '', `${deco}二、重点任务`, '', PARA, ''];
  const read = (lines: string[]) => parseOutline(lines.join('\n'), { format: 'plain' }).headings.map((h) => `${h.level}:${h.marker}${h.title}`);

  it('keeps `★一、` under a title and its metadata line as the first part, not the page\'s chrome', () => {
    for (const deco of ['★', '■ ', '📌']) {
      const got = read(['关于加强某某工作的实施方案', '', '来源：某某市人民政府　发布时间：2024-03-05 10:00', '', ...parts(deco)]);
      assert.deepEqual(got, ['1:关于加强某某工作的实施方案', '2:一、总体要求', '2:二、重点任务'], deco);
    }
  });

  it('keeps a speech\'s title over its speaker and salutation, not the decorated first part', () => {
    const got = read(['在全市工作会议上的讲话', '', '市长　张某某', '', '同志们：', '', '今天召开这次会议，主要任务是总结工作、部署任务。', '', ...parts('◆')]);
    assert.deepEqual(got, ['1:在全市工作会议上的讲话', '2:一、总体要求', '2:二、重点任务']);
  });
});
