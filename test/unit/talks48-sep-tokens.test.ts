import { strict as assert } from 'node:assert';
import { extractFigures, parseOutline } from '../../src/core';

// Invented texts (our own words): a report kept as one line, its paragraphs joined by a token of
// the program that stored it (`[SEP]`, `||`, `␤`, `¶`, `<SEP>`, `/n`, `##`, `~~`).
const PARAS = [
  '　　各位同事：',
  '　　下面，我代表项目组向大家汇报本年度的工作情况，请大家提出意见',
  '一、本年度工作回顾',
  '　　这一年，我们面对人手紧张、任务繁重的局面，全组上下齐心协力，各项工作取得了新进展。',
  '　　全年完成营业收入3.6亿元，同比增长12.5%；新签合同48份，客户满意度达到96分。',
  '（一）稳步推进重点项目建设，确保按期交付',
  '　　我们把重点项目摆在突出位置，建立了每周例会制度，共召开协调会27次，解决问题110余个。',
  '（二）持续优化内部管理，提升运转效率',
  '　　修订完善管理制度15项，压缩审批环节4个，平均办理时间缩短到3个工作日。',
  '二、明年工作安排',
  '　　明年是三年规划的收官之年，我们要保持定力，坚持稳中求进。',
  '（一）抓好市场拓展',
  '　　力争新签合同60份以上，营业收入增长10%左右。',
  '　　谢谢大家！',
];
const WANT = ['1一、本年度工作回顾', '2（一）稳步推进重点项目建设，确保按期交付', '2（二）持续优化内部管理，提升运转效率', '1二、明年工作安排', '2（一）抓好市场拓展'];

function outline(text: string): string[] {
  return parseOutline(text).headings.map((h) => `${h.level}${h.marker}${h.title}`);
}

describe('talks48: one-line texts whose paragraphs a token joins', () => {
  for (const sep of ['[SEP]', '||', '␤', '¶', '<SEP>', '/n', '##', '~~', '[EOL]', ' | ']) {
    it(`reads ${JSON.stringify(sep)} as the paragraph break`, () => {
      const text = PARAS.join(sep);
      assert.deepEqual(outline(text), WANT);
      // every heading placed in the original text, on its one line
      for (const h of parseOutline(text).headings) {
        assert.ok(text.startsWith(h.marker, h.start));
        assert.ok(text.slice(h.titleStart, h.titleEnd) === h.title);
      }
    });
  }
  it('leaves out the dot a scraper sets after a heading before the token', () => {
    const text = PARAS.map((p) => (/^[一二（]/.test(p) ? p + '.' : p)).join('[SEP]');
    assert.deepEqual(outline(text), WANT);
  });
  it('keeps the figures where they stand on the joined line', () => {
    const text = PARAS.join('[SEP]');
    const figs = extractFigures(text).map((f) => text.slice(f.start, f.end));
    for (const want of ['3.6亿元', '12.5%', '48份', '27次', '15项', '10%']) assert.ok(figs.includes(want), want);
    assert.ok(!figs.some((f) => /SEP/.test(f)));
  });
  it('reads no token in running text, code or tables', () => {
    // a token standing fewer than four times after a sentence's end
    const few = PARAS.slice(0, 6).join('[SEP]') + PARAS.slice(6).join('');
    assert.deepEqual(outline(few).filter((h) => h.includes('（二）')), []);
    // a bar inside ASCII words (code), and a Markdown emphasis after sentences
    const code = '说明：' + Array.from({ length: 8 }, (_, i) => `第${i}项设置为真。a||b 表示任一成立。`).join('');
    assert.deepEqual(outline(code), []);
    const bold = Array.from({ length: 6 }, (_, i) => `这是第${i + 1}段的说明文字，内容较长。**重点提示**请注意阅读。`).join('');
    assert.deepEqual(outline(bold), []);
    // a note mark after sentences that opens no paragraph (`[注]` inside the text, no marker after)
    const notes = Array.from({ length: 6 }, (_, i) => `本段讲述第${i + 1}个问题。[1]相关材料另附。`).join('');
    assert.deepEqual(outline(notes), []);
  });
  it('reads no break at topic tags or at a page\'s inline tags', () => {
    const tags = Array.from({ length: 6 }, (_, i) => `今天去了第${i + 1}个公园，风景很好。#周末出游#一、二两个园区人最多。`).join('');
    assert.deepEqual(outline(tags), []);
    const bold = '<div>' + Array.from({ length: 6 }, (_, i) => `<b>这是第${i + 1}条提示，请仔细阅读。</b>一、二类人员须按时到岗，三类人员可以轮休。`).join('') + '</div>';
    assert.deepEqual(outline(bold).filter((h) => h.startsWith('1一、')), []);
  });
  it('keeps an English word after a sentence as words, not a break', () => {
    const t = Array.from({ length: 6 }, (_, i) => `我们使用了新的工具${i}。Python脚本负责清洗数据，一、二两类数据分开存放。`).join('');
    assert.deepEqual(outline(t), []);
  });
});
