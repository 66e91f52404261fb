import { strict as assert } from 'node:assert';
import { parseOutline } from '../../src/core';
import type { Outline } from '../../src/core';
import { isPairedCrosshead } from '../../src/core/outline/crossheadForms';

/** Each heading as `level title`. */
function tree(o: Outline): string[] {
  return o.headings.map((h) => `${h.level} ${h.title}`);
}

// Invented write-up: a lecture and the interview after it, each part under a bold crosshead on a
// line of its own, the paragraphs set one a line with no blank line between (as a blog archive copies them).
const paras = [
  '青禾大学的林教授在本市的论坛上做了演讲，讲的是城市交通数据背后的规律与方法。',
  '他说，过去十年里，全市的公交线路从八十条增加到两百条，乘客的出行习惯也随之改变。',
  '研究组把三年的刷卡记录合在一起，发现早高峰的客流有一半集中在六条线路上。',
  '林教授认为，数据再多，也要先弄清楚问题是什么，否则分析得越细，离答案反而越远。',
  '谈到下一步，他表示研究组会和交通部门一起，把模型用到新线路的规划中去。',
  '采访的最后，他建议年轻的研究者多去车站看一看，不要只盯着屏幕上的数字。',
];

function doc(heads: string[]): string {
  const out = ['# 林教授谈城市交通数据', '2024年05月06日 来源：某某学会', paras[0]];
  heads.forEach((h, k) => out.push(`**${h}**`, paras[(k + 1) % paras.length], paras[(k + 2) % paras.length]));
  return out.join('\n') + '\n';
}

describe('Crossheads of a write-up set as a head and its deck, or as a question (news52)', () => {
  it('reads bold crossheads with a colon between head and deck, and questions, as the parts beside the plain ones', () => {
    const heads = ['数据背后的规律', '先问问题：再找答案', '模型能帮规划做什么？', '给年轻人的建议：多去车站'];
    assert.deepEqual(tree(parseOutline(doc(heads), { format: 'markdown' })), [
      '1 林教授谈城市交通数据', '2 数据背后的规律', '2 先问问题：再找答案', '2 模型能帮规划做什么？', '2 给年轻人的建议：多去车站',
    ]);
  });

  it('reads an interview whose crossheads are all questions', () => {
    const heads = ['公交客流为何集中在少数线路？', '数据越多越好吗？一个常见误解'];
    assert.deepEqual(tree(parseOutline(doc(heads), { format: 'markdown' })).slice(1), [
      '2 公交客流为何集中在少数线路？', '2 数据越多越好吗？一个常见误解',
    ]);
  });

  it('reads no speaker turn, metadata field or bold sentence as such a crosshead', () => {
    for (const s of ['记者：您怎么看？', '问：数据从哪里来？', '来源：某某学会', '他说：数据要先清洗。', '为什么？因为数据太少，所以不准。']) {
      assert.equal(isPairedCrosshead(s), false, s);
    }
    for (const s of ['先问问题：再找答案', '模型能帮规划做什么？', '数据越多越好吗？一个常见误解']) assert.equal(isPairedCrosshead(s), true, s);
  });

  it('counts a question with one plain crosshead as a series of two, and leaves a lone question to the text', () => {
    assert.deepEqual(tree(parseOutline(doc(['数据背后的规律', '模型能帮规划做什么？']), { format: 'markdown' })).slice(1), [
      '2 数据背后的规律', '2 模型能帮规划做什么？',
    ]);
    assert.deepEqual(tree(parseOutline(doc(['模型能帮规划做什么？']), { format: 'markdown' })), ['1 林教授谈城市交通数据']);
  });

  it('reads a crosshead right under a short closing sentence (`谢谢大家！` ending the talk) as one under a finished paragraph', () => {
    const text = ['# 林教授谈城市交通数据', '2024年05月06日 来源：某某学会', paras[0], '**演讲内容**', paras[1], paras[2], '谢谢大家！',
      '**会后专访**', paras[3], paras[4], '**给年轻人的建议**', paras[5], paras[0]].join('\n') + '\n';
    assert.deepEqual(tree(parseOutline(text, { format: 'markdown' })), ['1 林教授谈城市交通数据', '2 演讲内容', '2 会后专访', '2 给年轻人的建议']);
  });
});
