import * as assert from 'node:assert/strict';
import { parseOutline } from '../../src/core/outline';

// Invented digests, briefs and notes (our own words): a bold paragraph over a list names the item the
// list tells (mdBoldItems.ts, mdbold48).
function heads(text: string): Array<[number, number, string]> {
  const line = (pos: number): number => text.slice(0, pos).split('\n').length - 1;
  return parseOutline(text, { format: 'markdown' }).headings.map((h) => [line(h.start), h.level, h.title]);
}

const body = (s: string): string[] => [`- ${s}相关工作已在本月启动，预计年底前完成全部建设任务。`, '  > 💡 值得关注的是后续的落地节奏', '   - 来源: [某某周刊](https://example.com/a)'];

describe('mdbold48: a bold paragraph over a list is the item\'s title', () => {
  it('reads each bold line of a digest\'s category as a title one level below the category', () => {
    const text = [
      '## 05月06日 科技动态', '', '## 详细参考', '', '### 产业动态',
      '**某公司发布新一代语音模型，价格下调两成**', ...body('该公司'), '',
      '**某研究院开放城市数据平台，首批接入三十个部门**', ...body('研究院'), '',
      '### 初创融资', '**某机器人企业完成新一轮融资，估值翻倍**', ...body('该企业'), '',
    ].join('\n');
    assert.deepEqual(heads(text), [
      [0, 1, '05月06日 科技动态'], [2, 1, '详细参考'], [4, 2, '产业动态'],
      [5, 3, '某公司发布新一代语音模型，价格下调两成'], [10, 3, '某研究院开放城市数据平台，首批接入三十个部门'],
      [15, 2, '初创融资'], [16, 3, '某机器人企业完成新一轮融资，估值翻倍'],
    ]);
  });

  it('takes them with a blank line between the bold line and its list', () => {
    const text = ['# 周报', '', '## 本周', '', '**某市地铁新线开通运营**', '', '- 新线全长二十公里，设站十二座。', '', '**某县完成高标准农田建设**', '', '- 共建成农田五万亩，惠及农户三千户。', ''].join('\n');
    assert.deepEqual(heads(text).map(([l, lv]) => [l, lv]), [[0, 1], [2, 2], [4, 3], [8, 3]]);
  });

  it('keeps a title with a colon inside it and a question for a title', () => {
    const text = ['# 观点', '', '## 访谈', '', '**某教授谈城市更新：先算账再动工**', '- 城市更新要把账算清楚，再谈规划。', '', '**老旧小区改造的钱从哪里来？**', '- 主要来自财政补助和居民自筹两部分。', ''].join('\n');
    assert.deepEqual(heads(text).map(([l, lv]) => [l, lv]), [[0, 1], [2, 2], [4, 3], [7, 3]]);
  });

  it('reads the bold labels of two sections of a brief, an emoji before the words', () => {
    const text = ['# 晨报', '', '## 开发生态', '', '**🔖 版本变更**', '', '- 某编辑器发布新版本，修复了若干问题。', '', '## 附录', '', '**数据统计 · Stats**', '', '- 收集：30 · 过滤：5 · 最终：25', ''].join('\n');
    assert.deepEqual(heads(text).map(([l, lv]) => [l, lv]), [[0, 1], [2, 2], [4, 3], [8, 2], [10, 3]]);
  });

  it('reads bold set with underscores, the numbered list under it nesting in it', () => {
    const text = ['# 学习笔记', '', '__第一部分的要点__', '1. 先读原文，再看注释。', '2. 每章写一段小结。', '', '__第二部分的要点__', '1. 对照案例理解概念。', '2. 整理常见误区。', ''].join('\n');
    assert.deepEqual(heads(text).map(([l, lv]) => [l, lv]), [[0, 1], [2, 2], [3, 3], [4, 3], [6, 2], [7, 3], [8, 3]]);
  });
});

describe('mdbold48: bold lines over a list that name no item', () => {
  it('needs two of them in the document: one bold line over a list is emphasis', () => {
    const text = ['# 通知', '', '## 安排', '', '**请各单位按时报送材料**', '- 报送时间为每月五日前。', '- 报送方式为电子邮件。', ''].join('\n');
    assert.deepEqual(heads(text).map(([l]) => l), [0, 2]);
  });

  it('leaves field labels ending in a colon alone (a form\'s answers; their numbered lines are read as before)', () => {
    const text = ['# 练习', '', '#### 参考答案', '**问题：**  ', '1. 选址偏远，使用率低。', '2. 管护经费不足。', '', '**建议：**  ', '1. 科学选址，贴近居民。', '2. 设立专项经费。', ''].join('\n');
    assert.deepEqual(heads(text).map(([l]) => l), [0, 2, 4, 5, 8, 9]);
  });

  it('leaves a bold lead-in that opens a sentence alone', () => {
    const text = ['# 说明', '', '**要点**：以下几项请务必注意。', '- 第一项内容。', '', '**提示**：材料须加盖公章。', '- 第二项内容。', ''].join('\n');
    assert.deepEqual(heads(text).map(([l]) => l), [0]);
  });

  it('leaves bold sentences set on their own line alone (emphasis, not a title)', () => {
    const text = ['# 随笔', '', '**这件事说明，规矩必须立在前面。**', '- 一是要早立。', '', '**规矩立了，就要一以贯之，**', '- 不能时紧时松。', ''].join('\n');
    assert.deepEqual(heads(text).map(([l]) => l), [0]);
  });

  it('leaves bold captions over tables alone', () => {
    const text = ['# 统计', '', '**各区人口数量**', '', '| 区 | 人口 |', '| --- | --- |', '| 甲区 | 10 |', '', '**各区面积**', '', '| 区 | 面积 |', '| --- | --- |', '| 甲区 | 20 |', ''].join('\n');
    assert.deepEqual(heads(text).map(([l]) => l), [0]);
  });

  it('leaves a line of two bold phrases and a bold picture alone', () => {
    const text = ['# 图集', '', '**山水**与**田园**', '- 第一组照片。', '', '**![](a.png)**', '- 第二组照片。', '', '**![](b.png)**', '- 第三组照片。', ''].join('\n');
    assert.deepEqual(heads(text).map(([l]) => l), [0]);
  });

  it('leaves bold words inside list items and quotes to their own readers', () => {
    const text = ['# 清单', '', '- **某款笔记软件**', '  - 适合整理资料。', '- **某款绘图工具**', '  - 适合画流程图。', '', '> **引文一**', '> - 第一条。', ''].join('\n');
    assert.deepEqual(heads(text).map(([l]) => l), [0]);
  });
});
