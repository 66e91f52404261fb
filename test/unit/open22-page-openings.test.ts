import * as assert from 'node:assert/strict';
import { parseOutline } from '../../src/core/outline';

function heads(text: string): Array<[number, string, number, number | null]> {
  const line = (pos: number): number => text.slice(0, pos).split('\n').length - 1;
  return parseOutline(text).headings.map((h) => [line(h.start), h.marker, h.level, h.parent]);
}

// Invented page openings (our own wording).
const LEAD = '　　今年以来，全镇上下围绕年初确定的目标任务，稳住农业基本盘，抓实项目建设，各项工作取得了新的进展。';
const PART = '　　全年新建高标准农田一万二千亩，改造提升灌溉渠道三十六公里，粮食播种面积稳定在四万亩以上。';

describe('page openings: the headline said again right under itself', () => {
  it('takes the repeat under the page headline as a title too, heading the parts', () => {
    const text = ['某某镇2031年上半年工作总结及下半年工作打算', '', '某某镇2031年上半年工作总结及下半年工作打算', LEAD, '　　一、上半年工作情况', PART, '　　二、下半年工作打算', PART].join('\n');
    assert.deepEqual(heads(text), [[0, '', 1, null], [2, '', 1, null], [4, '一、', 2, 1], [6, '二、', 2, 1]]);
  });

  it('takes a third copy under the page bar and the repeat (a document page over a speech)', () => {
    const title = '某某学院院长在2031届毕业典礼上的讲话';
    const text = [title, '  • 2032-01-05 毕业典礼 321', title, '', title, '', '', '亲爱的同学们：', '', LEAD, '', PART].join('\n');
    assert.deepEqual(heads(text).map(([l, m, v]) => [l, m, v]), [[0, '', 1], [2, '', 1], [4, '', 1]]);
  });

  it('does not take a repeat that the page furniture says again as its running head', () => {
    const title = '某某县卫生村考核办法（试行）';
    const text = [title, '某某县爱卫会', title, '文件', '某卫发〔2031〕3号', '关于开展创建卫生村活动的通知', '各乡镇：',
      LEAD, '一、充分认识创建卫生村的意义。' + PART.trim(), '', '- 1 -', '', title, '二、加强组织领导。' + PART.trim(), '', '- 2 -', '', title, '三、严格考核验收。' + PART.trim()].join('\n');
    assert.ok(!heads(text).some(([l]) => l === 2));
  });
});

describe('page openings: the page headline and the document title that differ only at their start', () => {
  it('takes both as titles where the page headline ends with the title\'s words', () => {
    const text = ['副镇长在某某协作帮扶活动暨签约仪式上的致辞', '', '镇长某某协作帮扶活动暨签约仪式上的致辞', '    尊敬的各位来宾、朋友们：', '    大家上午好！', LEAD, PART].join('\n');
    assert.deepEqual(heads(text).map(([l, m, v]) => [l, m, v]), [[0, '', 1], [2, '', 1]]);
  });

  it('keeps a 引题 over its title as one title block', () => {
    const text = ['在全镇干部大会上的讲话', '', '凝心聚力抓落实　奋力开创发展新局面', '    同志们：', LEAD, PART].join('\n');
    assert.deepEqual(heads(text).map(([l, m, v]) => [l, m, v]), [[0, '', 1]]);
  });
});
