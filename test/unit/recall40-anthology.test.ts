import * as assert from 'node:assert/strict';
import { parseOutline } from '../../src/core/outline';

// Invented texts (our own wording) in the shapes recall40 studied: articles of an annotated
// collected works (选集, 文选), whose notes block opens with a letter-spaced `注　　释` head and
// numbers its notes 〔1〕 〔2〕.
function outline(text: string): Array<[number, string, string, number]> {
  const line = (pos: number): number => text.slice(0, pos).split('\n').length - 1;
  return parseOutline(text).headings.map((h) => [line(h.start), h.marker.trim(), h.title, h.level]);
}

describe('recall40: an annotated edition\'s notes head and its 〔N〕 notes', () => {
  it('reads a letter-spaced 注　　释 over 〔1〕 〔2〕 notes as notes, not as a title', () => {
    const text = ['关于改进会风的几点意见', '', '', '（一九五零年五月六日）', '',
      '　　（一）开会要有准备，议题要事先发给大家，会上不讲与议题无关的话。', '',
      '　　（二）会议要短，讲完就散，不搞陪会，不要层层开会⑴。', '',
      '　　（三）会后要抓落实，定下的事情要有人管、有人查⑵。', '', '',
      '　　注　　释', '', '　　〔1〕 陪会，指与会议议题无关的人员列席会议。', '',
      '　　〔2〕 见本卷《关于检查工作的通知》。', ''].join('\n');
    const o = outline(text);
    assert.deepEqual(o.map(([l, m, , lv]) => [l, m, lv]), [[0, '', 1], [5, '（一）', 2], [7, '（二）', 2], [9, '（三）', 2]]);
  });
  it('keeps a short standalone line over running text a part title (no 〔N〕 notes under it)', () => {
    const text = ['关于改进会风的几点意见', '', '注　意', '',
      '　　会议要短，讲完就散，不搞陪会，不要层层开会，会后要抓落实，定下的事情要有人管、有人查。', ''].join('\n');
    assert.ok(outline(text).some(([l]) => l === 0));
  });
});

describe('recall40: the signers of an order are its 落款, not a title', () => {
  it('reads office-and-name lines under the last paragraph, a name letter-spaced, as the signature', () => {
    const text = ['关于春季植树的命令', '', '　　各单位全体同志们：', '',
      '　　春季已到，植树造林的时机不可错过，各单位务必在本月内完成各自的植树任务，并将完成情况及时上报总部。', '',
      '　　（一）各单位按照分配的地段组织植树，树苗由总部统一调拨。', '',
      '　　（二）植树以后要有专人负责浇水养护，保证成活，年底由总部检查验收并通报结果。', '',
      '　　总部主席　张三丰', '', '　　总部总司令　李　　四', '', '　　第一条', '',
      '　　附则一　本命令自发布之日起施行，解释权归总部。', ''].join('\n');
    const o = outline(text);
    assert.ok(!o.some(([l]) => l === 10 || l === 12), JSON.stringify(o));
    assert.deepEqual(o.filter(([, m]) => m !== '').map(([l, m, , lv]) => [l, m, lv]).slice(0, 2), [[6, '（一）', 2], [8, '（二）', 2]]);
  });
});
