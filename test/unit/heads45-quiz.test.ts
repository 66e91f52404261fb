import { strict as assert } from 'node:assert';
import { parseOutline } from '../../src/core';
import type { Outline } from '../../src/core';

// Invented texts (round 27, heads45): a quiz's questions labelled 题目1 题目2 (alone on the line,
// set bold alone, or with the question after a colon), a run of two or more at line starts.

function numbered(o: Outline): string[] {
  return o.headings.filter((h) => h.marker !== '').map((h) => h.marker + '|' + h.title);
}

describe('heads45: 题目N question labels', () => {
  it('题目1 / 题目2 alone on their lines, 题目一：… with the question, **题目1** in Markdown', () => {
    const plain = '随堂练习\n\n题目1\n下列哪一项属于可再生能源？\nA. 煤炭\nB. 风能\n\n题目2\n下列哪一项不属于节水措施？\nA. 一水多用\nB. 长流水洗菜\n';
    assert.deepEqual(numbered(parseOutline(plain)), ['题目1|', '题目2|']);
    const colon = '阅读训练\n\n题目一：阅读下面的短文，概括主要内容。\n小河边有一棵老柳树。\n题目二：文中的老柳树象征什么？\n请用自己的话回答。\n';
    assert.deepEqual(numbered(parseOutline(colon)), ['题目一：|阅读下面的短文，概括主要内容', '题目二：|文中的老柳树象征什么']);
    const md = '# 周测\n\n**题目1**\n下列说法正确的是哪一项？\n\n**题目2**\n下列说法错误的是哪一项？\n';
    assert.deepEqual(numbered(parseOutline(md, { format: 'markdown' })), ['题目1|', '题目2|']);
  });

  it('题目 in prose, an enumeration, a score or a lone label is no heading', () => {
    const texts = [
      '答案说明\n\n题目1的答案是B，题目2的答案是C。\n题目3的答案需要结合材料分析。\n',
      '调研报告\n\n题目：关于社区养老服务的调查\n本次调查覆盖三个社区。\n',
      '练习\n\n题目1\n请写出三种常见的鸟类。\n\n以上练习请在周五前完成。\n',
      '考试说明\n\n题目1、2、3为单选题，题目4、5为多选题。\n题目6为简答题。\n',
      '评分标准\n\n题目10分，内容20分，结构10分。\n书写整洁可酌情加分。\n',
      '写作心得\n\n论文的题目\n题目一直没有定下来，导师建议我再读几篇文献。\n后来终于确定了方向。\n',
    ];
    for (const t of texts) assert.deepEqual(numbered(parseOutline(t)), [], t);
  });
});
