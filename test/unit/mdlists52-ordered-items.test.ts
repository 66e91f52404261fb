import * as assert from 'node:assert/strict';
import { parseOutline } from '../../src/core/outline';

// Invented rules, plans and notes (our own words): Markdown ordered items read as the document's
// numbering (mdOrderedItems.ts, mdlists52): a list written `1.` throughout whose items title parts,
// and a list nested in an item.
function heads(text: string): Array<[number, number, string, string]> {
  const line = (pos: number): number => text.slice(0, pos).split('\n').length - 1;
  return parseOutline(text, { format: 'markdown' }).headings.map((h) => [line(h.start), h.level, h.marker, h.title]);
}

describe('mdlists52: Markdown ordered items as the document\'s numbering', () => {
  it('reads a rule\'s parts written `1.` each, broken by paragraphs, as a counted series', () => {
    const text = [
      '# 某单位档案管理规范', '',
      '1. 总则', '', '为规范档案管理工作，制定本规范。', '',
      '1. 职责分工', '', '办公室负责档案的接收、整理和保管。', '',
      '1. 附则', '', '本规范自印发之日起施行。', '',
    ].join('\n');
    assert.deepEqual(heads(text), [
      [0, 1, '', '某单位档案管理规范'], [2, 2, '1.', '总则'], [6, 2, '1.', '职责分工'], [10, 2, '1.', '附则'],
    ]);
  });

  it('nests a lazily numbered list inside a part under that part, and resumes the parts after it', () => {
    const text = [
      '# 某项工作规程', '',
      '1. **总体要求**', '', '   坚持依法依规，做到规范高效。', '',
      '   1. 工作原则', '', '      统筹兼顾，分类推进。', '',
      '   1. 工作目标', '', '      年内完成全部任务。', '',
      '1. **保障措施**', '', '   各部门按照职责分工抓好落实。', '',
    ].join('\n');
    assert.deepEqual(heads(text).map(([l, lv, m]) => [l, lv, m]), [[0, 1, ''], [2, 2, '1.'], [6, 3, '1.'], [10, 3, '1.'], [14, 2, '1.']]);
  });

  it('reads the titled series and leaves a lazily numbered list of sentences, of steps or of items over nothing as a list', () => {
    const text = [
      '# 某规程', '', '## 主要内容', '',
      '1. 适用对象', '', '本规程适用于全体职工。', '',
      '1. 办理流程', '', '按照申请、审核、备案的顺序办理。', '',
      '## 操作步骤', '', '1. 打开系统', '1. 录入数据', '1. 提交审核', '',
      '## 施行', '', '1. 本规程由办公室负责解释。', '', '1. 本规程自印发之日起施行。', '',
      // one item of the series is a sentence: the whole series is a list
      '## 须知', '', '1. 报名条件', '', '年满十八周岁。', '', '1. 材料须真实有效，否则取消资格。', '', '逾期不予受理。', '',
      // the words run on in the item's own paragraph: no body of its own
      '## 声明', '', '1. **适用范围**', '本文件仅供内部学习使用。', '', '1. **权利归属**', '相关权利归原作者所有。', '',
    ].join('\n');
    assert.deepEqual(heads(text).map(([l, lv, m]) => [l, lv, m]), [
      [0, 1, ''], [2, 2, ''], [4, 3, '1.'], [8, 3, '1.'], [12, 2, ''], [18, 2, ''], [24, 2, ''], [34, 2, ''],
    ]);
  });

  it('nests a counted list indented into an item under that item', () => {
    const text = [
      '# 部署笔记', '',
      '1. 准备环境', '', '    先安装依赖。', '',
      '2. 发布应用', '', '    按以下步骤操作。', '',
      '    1. 初始化仓库', '', '        执行初始化命令。', '',
      '    2. 推送代码', '', '        推送到远程仓库。', '',
      '3. 结束语', '', '    部署完成。', '',
    ].join('\n');
    assert.deepEqual(heads(text).map(([l, lv, m]) => [l, lv, m]), [[0, 1, ''], [2, 2, '1.'], [6, 2, '2.'], [10, 3, '1.'], [14, 3, '2.'], [18, 2, '3.']]);
  });
});
