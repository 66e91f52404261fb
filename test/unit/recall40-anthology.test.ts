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

describe('recall40: an agreement\'s clauses 第N款 and items 第N项 under its articles', () => {
  it('reads 第一款　… and 第一项　… lines as parts under 第一条, numbered on across the articles', () => {
    const text = ['甲乙双方合作协议', '', '　　第一条', '',
      '　　第一款　双方确认，合作期间共同投入的设备归双方共有，但得依照下列情形分别处理：', '',
      '　　第一项　设备由甲方购置的，合作结束后归还甲方。', '', '　　第二项　设备由双方共同购置的，按出资比例分配。', '',
      '　　第二款　双方确认，合作期间的收益按年度结算。', '', '　　第二条', '',
      '　　第三款　双方确认，本协议自签字之日起生效。', ''].join('\n');
    assert.deepEqual(outline(text).filter(([, m]) => m !== '').map(([l, m, , lv]) => [l, m, lv]), [
      [2, '第一条', 2], [4, '第一款', 3], [6, '第一项', 4], [8, '第二项', 4], [10, '第二款', 3], [12, '第二条', 2], [14, '第三款', 3],
    ]);
  });
  it('leaves 第一项议程 and a line opening 第二款规定 to the prose', () => {
    const text = ['会议议程', '', '　　第一项议程，由主持人宣布会议开始，全体起立奏唱国歌。', '', '　　第二项议程，由负责同志作工作报告，总结过去一年的工作。', '',
      '　　第二款规定的期限，从违法行为发生之日起计算，有连续状态的从行为终了之日起计算。', ''].join('\n');
    assert.ok(!outline(text).some(([, m]) => m.includes('项') || m.includes('款')), JSON.stringify(outline(text)));
  });
});

