import { strict as assert } from 'node:assert';
import { parseOutline } from '../../src/core';
import { recurringLabels } from '../../src/core/outline/recurringLabels';

// Invented texts: pieces that each repeat the same part labels under their own titles.
const P1 = '近年来，各地社区纷纷开设夜间课堂，吸引了大批下班后的年轻人前来学习手工、书法和烹饪。';
const P2 = '专家认为，这种学习方式成本低、氛围好，有助于年轻人在忙碌的工作之余找到新的兴趣和朋友。';
const P3 = '也有观点指出，夜间课堂的师资和场地仍然紧张，需要更多社会力量参与，才能长久办下去。';

function titles(text: string): Array<[number, string]> {
  return parseOutline(text).headings.map((h) => [h.level, text.slice(h.titleStart, h.titleEnd)]);
}

const piece = (title: string, sub: string): string[] => [title, '', '现象的描述', '', P1, '', '原因分析', '', sub, '', P2, '', P3, ''];
// (three pieces: in the first, the label right under the text's first line is read as a running
// head by the page-furniture reading, as before this rule; the later pieces show the rule)
const twoPieces = [
  ...piece('第12页 社区夜校为何受到年轻人欢迎', '夜校的学费为什么这么低'),
  ...piece('第13页 城市书房如何留住读者', '读者最看重的是什么'),
  ...piece('第14页 乡村集市怎样焕发新生', '集市靠什么吸引游客'),
].join('\n');

describe('subheads48: a part label every piece repeats', () => {
  it('reads the label right under each piece\'s title as a subhead of the piece', () => {
    const got = titles(twoPieces);
    const labels = got.filter(([, t]) => t === '现象的描述');
    assert.ok(labels.length >= 2, JSON.stringify(got));
  });
  it('nests the label under the piece title', () => {
    const got = titles(twoPieces);
    const piece = got.find(([, t]) => t.includes('城市书房'))!;
    const label = got.find(([, t]) => t === '现象的描述')!;
    assert.ok(label[0] > piece[0], JSON.stringify(got));
  });
  it('reads the first subhead right under a repeated label', () => {
    const got = titles(twoPieces).map(([, t]) => t);
    assert.ok(got.includes('夜校的学费为什么这么低'), JSON.stringify(got));
    assert.ok(got.includes('读者最看重的是什么'), JSON.stringify(got));
  });
  it('keeps the label a subhead where its text follows a blank line', () => {
    const got = titles(twoPieces).map(([, t]) => t);
    assert.equal(got.filter((t) => t === '原因分析').length, 3, JSON.stringify(got));
  });
  it('leaves a subtitle said once under a title alone (no repetition)', () => {
    const t = ['社区夜校为何受到年轻人欢迎', '', '年轻人的新去处', '', P1, '', P2, ''].join('\n');
    const got = titles(t).map(([, s]) => s);
    assert.ok(!got.includes('年轻人的新去处'), JSON.stringify(got));
  });
  it('counts a label twice or more only', () => {
    assert.deepEqual([...recurringLabels(['现象描述', null, '原因分析', null])], [0, 0, 0, 0]);
    assert.deepEqual([...recurringLabels(['现象描述', null, '现象描述', null])], [1, 0, 1, 0]);
  });
  it('reads spaces inside a label as the same label', () => {
    assert.deepEqual([...recurringLabels(['现象 描述', '现象描述'])], [1, 1]);
  });
  it('takes no number, date or page label for a part label', () => {
    assert.deepEqual([...recurringLabels(['第12页', '第12页', '2030年5月', '2030年5月'])], [0, 0, 0, 0]);
  });
  it('takes no line shorter than four or longer than twelve characters', () => {
    assert.deepEqual([...recurringLabels(['记者', '记者', '这是一个很长很长的重复出现的小标题啊', '这是一个很长很长的重复出现的小标题啊'])], [0, 0, 0, 0]);
  });
  it('takes no repeated line that reads as a sentence or holds marks', () => {
    assert.deepEqual([...recurringLabels(['请看下文：', '请看下文：', '好，继续', '好，继续'])], [0, 0, 0, 0]);
  });
  it('does not make a label of a repeated line over a numbered list', () => {
    const t = ['某某工作简报', '', '本期要点', '', '一、全面推进重点工作', '', P1, '', '本期要点', '', '二、加强督促检查', '', P2, ''].join('\n');
    // (the first is the brief's own title, as before; the second, over a numbered part, is no label)
    const got = titles(t).map(([, s]) => s);
    assert.equal(got.filter((s) => s === '本期要点').length, 1, JSON.stringify(got));
  });
  it('does not take a repeated line that ends a piece (nothing of its own under it)', () => {
    const t = ['社区夜校为何受到年轻人欢迎', '', P1, '', '（完）', '', '城市书房如何留住读者', '', P2, '', '（完）', ''].join('\n');
    const got = titles(t).map(([, s]) => s);
    assert.ok(!got.some((s) => s.includes('完')), JSON.stringify(got));
  });
  it('takes no running head said again under each page number for a label', () => {
    const t = ['某某市人民政府办公室关于印发', '某某市夜校建设三年行动方案的通知', '各区县人民政府：', P3, '一、工作步骤', P1, '（一）规范考核办法', P2, '', '1', '',
      '某某市人民政府公报', '工作推进不力的单位进行通报，每季度向市政府', P2, '二、组织实施', P1, '', '2', '', '某某市人民政府公报', '做好政策解读和宣传引导工作，每季度向市政府', P1, ''].join('\n');
    const got = titles(t).map(([, s]) => s);
    // (neither the head nor the broken line under it is a label and its first subhead)
    assert.ok(!got.some((s) => s.startsWith('工作推进不力') || s.startsWith('做好政策解读')), JSON.stringify(got));
  });
});
