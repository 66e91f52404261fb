/**
 * Numbering families of today's texts (AI-written reports, 公众号 articles, 范文 pages): keycap
 * emoji (1️⃣), dingbat and enclosed numerals (❶ ➊ ⒈ ㊀), an emoji or a bullet symbol before a
 * line's number (🌟一、), a title decorated with emoji, a number closed by a bracket alone (1）
 * 一）), and a division (第一节) alone on its line over its name. Texts written for these tests.
 */
import * as assert from 'node:assert/strict';
import { parseOutline } from '../../src/core/outline';
import { checkNumbering } from '../../src/core/checks';
import { brief } from './figureBrief';

function rows(text: string): string[] {
  return parseOutline(text, { format: 'plain' }).headings.map((h) => `${h.level} ${h.marker}${h.title}`);
}

const KEYCAP_REPORT = [
  '🌟某县2025年工作汇报📜',
  '各位领导：',
  '🌈过去一年，全县上下团结一心，现将主要工作汇报如下：',
  '1️⃣ 产业发展提质增效，全年新增规上企业12家，工业增加值增长7%。',
  '2️⃣ 城乡面貌明显改善，新修农村公路80公里。',
  '3️⃣ 民生保障持续加强，新增城镇就业3000人。',
  '🎯新的一年，我们将重点抓好以下工作：',
  '1⃣ 稳住工业基本盘，加快园区建设。',
  '2⃣ 办好民生实事，提升群众满意度。',
  '🌟让我们携手并进，再创佳绩！',
].join('\n');

describe('keycap emoji and enclosed numerals', () => {
  it('reads 1️⃣ 2️⃣ (and 1⃣ without the VS16) as runs under an emoji-decorated title', () => {
    assert.deepEqual(rows(KEYCAP_REPORT), [
      '1 🌟某县2025年工作汇报📜',
      '2 1️⃣产业发展提质增效，全年新增规上企业12家，工业增加值增长7%',
      '2 2️⃣城乡面貌明显改善，新修农村公路80公里',
      '2 3️⃣民生保障持续加强，新增城镇就业3000人',
      '2 1⃣稳住工业基本盘，加快园区建设',
      '2 2⃣办好民生实事，提升群众满意度',
    ]);
  });

  it('gives the keycap family circled and no numbering findings on it', () => {
    const o = parseOutline(KEYCAP_REPORT, { format: 'plain' });
    assert.deepEqual([...new Set(o.headings.filter((h) => h.marker).map((h) => h.family))], ['circled']);
    assert.deepEqual(checkNumbering(KEYCAP_REPORT, o).map((f) => f.code), []);
  });

  it('does not read a keycap digit as a figure', () => {
    assert.deepEqual(brief('1️⃣ 新修农村公路80公里。\n2️⃣ 新增就业3000人。').map((s) => s.split('|')[0]), ['80公里', '3000人']);
  });

  it('reads ❶ ➊ ⒈ ㊀ at a line start, each a run of its own', () => {
    const text = ['学习笔记', '❶ 明确目标任务', '围绕全年目标细化措施。', '❷ 压实工作责任', '层层签订责任书。'].join('\n');
    assert.deepEqual(rows(text), ['1 学习笔记', '2 ❶明确目标任务', '2 ❷压实工作责任']);
    assert.deepEqual(rows(['学习笔记', '➊ 明确目标任务', '围绕全年目标细化措施。', '➋ 压实工作责任', '层层签订责任书。'].join('\n')).slice(1), ['2 ➊明确目标任务', '2 ➋压实工作责任']);
    assert.deepEqual(rows(['学习笔记', '⒈明确目标任务', '围绕全年目标细化措施。', '⒉压实工作责任', '层层签订责任书。'].join('\n')).slice(1), ['2 ⒈明确目标任务', '2 ⒉压实工作责任']);
    assert.deepEqual(rows(['学习笔记', '㊀明确目标任务', '围绕全年目标细化措施。', '㊁压实工作责任', '层层签订责任书。'].join('\n')).slice(1), ['2 ㊀明确目标任务', '2 ㊁压实工作责任']);
  });

  it('leaves dingbat numerals inside a paragraph alone', () => {
    assert.deepEqual(rows('词语释义\n打：➊用手击打。➋用器物击打。➌比喻攻击。'), ['1 词语释义']);
  });
});

describe('emoji and bullet symbols before a line\'s number', () => {
  it('reads 🌟一、 and 📌 （一） as the parts they number, the items under them', () => {
    const text = [
      '2025年工作总结📜',
      '🌟一、主要成绩',
      '一年来，各项工作稳步推进。',
      '📌 （一）产业发展',
      '  1. 新建厂房两处。',
      '  2. 引进项目三个。',
      '📌 （二）社会事业',
      '🌟二、存在问题',
      '部分工作推进不够快。',
    ].join('\n');
    assert.deepEqual(rows(text), [
      '1 2025年工作总结📜',
      '2 一、主要成绩', '3 （一）产业发展', '4 1.新建厂房两处', '4 2.引进项目三个', '3 （二）社会事业',
      '2 二、存在问题',
    ]);
  });

  it('reads ◆ and ■ before 一是 and 1. too, and a symbol before plain words opens nothing', () => {
    assert.deepEqual(rows(['工作要点', '◆一是抓好学习。', '◆二是抓好落实。'].join('\n')), ['1 工作要点', '2 一是抓好学习', '2 二是抓好落实']);
    assert.deepEqual(rows(['工作要点', '■ 抓好学习', '■ 抓好落实', '各单位要认真贯彻执行。'].join('\n')).filter((r) => !r.startsWith('1 ')), []);
  });
});

describe('a number closed by a bracket alone', () => {
  it('reads 1） 2） and 1) 2) at a line start as items under 1.', () => {
    const text = [
      '活动方案',
      '1. 组织保障',
      '1）加强组织领导',
      '成立工作专班，统筹推进。',
      '2）强化责任落实',
      '明确分工，责任到人。',
      '2. 经费保障',
    ].join('\n');
    assert.deepEqual(rows(text), ['1 活动方案', '2 1.组织保障', '3 1）加强组织领导', '3 2）强化责任落实', '2 2.经费保障']);
    assert.deepEqual(rows(text.replace(/）/g, ')')).slice(2, 4), ['3 1)加强组织领导', '3 2)强化责任落实']);
  });

  it('reads 一） 二） as a run of the （一） family', () => {
    const text = ['实施意见', '一）总体要求', '坚持问题导向。', '二）主要任务', '抓好三项重点。'].join('\n');
    const o = parseOutline(text, { format: 'plain' });
    assert.deepEqual(o.headings.map((h) => `${h.level} ${h.marker}${h.title}:${h.family}`), ['1 实施意见:title', '2 一）总体要求:cn-paren', '2 二）主要任务:cn-paren']);
  });

  it('takes no formula, number or Latin word after the bracket', () => {
    assert.deepEqual(rows(['计算说明', '1) 2.5倍', '2) 3.0倍'].join('\n')).filter((r) => r.includes(')')), []);
    assert.deepEqual(rows(['Notes', '1) apply the patch', '2) restart'].join('\n')).filter((r) => r.includes(')')), []);
  });
});

describe('a division alone on its line over its name', () => {
  it('takes the name on the next line (a blank line between) as the division\'s title', () => {
    const text = ['写作指导', '', '第一节', '', '节日慰问讲话稿', '', '一、概念', '', '节日慰问讲话是领导的讲话。', '', '二、要求', '', '感情要真挚。', '', '第二节', '', '走访慰问讲话稿', '', '一、概念', '', '走访慰问讲话是领导的讲话。'].join('\n');
    assert.deepEqual(rows(text), ['1 写作指导', '2 第一节节日慰问讲话稿', '3 一、概念', '3 二、要求', '2 第二节走访慰问讲话稿', '3 一、概念']);
  });

  it('leaves a sentence on the next line alone', () => {
    const text = ['管理办法', '', '第一部分', '', '为了加强管理，制定本办法。', '', '第二部分', '', '本办法适用于全市各单位。'].join('\n');
    assert.deepEqual(rows(text).some((r) => r.includes('为了加强管理') || r.includes('本办法适用')), false);
  });
});

describe('上篇 / 下篇', () => {
  it('reads a book\'s two halves as parts, with their name on the line or under it', () => {
    const same = ['学习读本', '', '上篇　理论要义', '', '一、形成背景', '', '这一思想形成于新时代。', '', '二、主要内容', '', '内容丰富。', '', '下篇　实践要求', '', '一、总体要求', '', '坚持稳中求进。'].join('\n');
    const want = ['1 学习读本', '2 上篇理论要义', '3 一、形成背景', '3 二、主要内容', '2 下篇实践要求', '3 一、总体要求'];
    assert.deepEqual(rows(same), want);
    assert.deepEqual(rows(same.replace('上篇　', '上篇\n\n').replace('下篇　', '下篇\n\n')), want);
  });

  it('leaves 上篇文章… and 下篇将… in prose alone', () => {
    assert.deepEqual(rows(['说明', '', '上篇文章中我们讲到了三点。', '', '下篇将介绍具体做法。', '', '上篇：我们讲到了三点，今天继续。'].join('\n')).filter((r) => r.includes('篇')), []);
  });
});

describe('a compilation piece labelled in brackets', () => {
  it('reads 【篇1】 + title as the piece\'s title, its parts under it', () => {
    const text = [
      '乡村产业调研报告【三篇】',
      '以下是为大家整理的文章3篇，欢迎参考！',
      '【篇1】乡村产业发展调研报告',
      '一、调研情况',
      '本乡共有六个村，产业基础较弱，但资源禀赋较好。',
      '二、存在问题',
      '产业链条短，带动能力不强，群众增收渠道较窄。',
    ].join('\n');
    assert.deepEqual(rows(text), ['1 乡村产业调研报告【三篇】', '1 【篇1】乡村产业发展调研报告', '2 一、调研情况', '2 二、存在问题']);
  });
});
