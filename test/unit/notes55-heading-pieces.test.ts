import * as assert from 'node:assert/strict';
import { parseOutline } from '../../src/core/outline';
import { extractFigures } from '../../src/core/figures';

// Invented review notes and course outlines (our own words), notes55: a unit, a lesson or a step
// numbered at the head of a Markdown heading (`#### 第 7 课 …`, `### 第三单元 …`, `### 第1步 …`) is
// the heading's marker (markers.ts matchPieceInHeading), and a lone `1.` item over its own nested
// list is taken back as the single child of its lesson (singles.ts).
function heads(text: string): Array<[number, number, string, string, number | null]> {
  const line = (pos: number): number => text.slice(0, pos).split('\n').length - 1;
  return parseOutline(text, { format: 'markdown' }).headings.map((h) => [line(h.start), h.level, h.marker, h.title, h.parent]);
}

describe('notes55: pieces numbered at the head of a Markdown heading', () => {
  it('reads units and lessons written with blanks around the numeral as markers', () => {
    const text = [
      '### 第二单元 城市的变迁', '', '---', '',
      '#### 第 4 课 老街的故事', '',
      '1. 老街形成的年代：<u>清末</u>',
      '2. 老街衰落的原因：<u>交通改道</u>', '',
      '#### 第 5 课 新区的建设', '',
      '1. 新区规划的原则：<u>先地下后地上</u>',
      '2. 新区建设的意义：<u>带动周边发展</u>', '',
    ].join('\n');
    assert.deepEqual(heads(text), [
      [0, 1, '第二单元', '城市的变迁', null],
      [4, 2, '第 4 课', '老街的故事', 0],
      [6, 3, '1.', '老街形成的年代', 1], [7, 3, '2.', '老街衰落的原因', 1],
      [9, 2, '第 5 课', '新区的建设', 0],
      [11, 3, '1.', '新区规划的原则', 4], [12, 3, '2.', '新区建设的意义', 4],
    ]);
    // the lesson's number is its marker, no figure
    assert.deepEqual(extractFigures(text, parseOutline(text, { format: 'markdown' })).filter((f) => f.text === '4' || f.text === '5'), []);
    // a heading that names something of a unit or a lesson stays a title (`第一单元小练习`, `第2课时`)
    const other = ['# 复习', '', '## 第一单元小练习', '', '完成课后题。', '', '## 第2课时 复习', '', '回顾重点。', ''].join('\n');
    assert.deepEqual(heads(other).map(([l, , m, t]) => [l, m, t]), [[0, '', '复习'], [2, '', '第一单元小练习'], [6, '', '第2课时 复习']]);
  });

  it('reads a course\'s lessons and steps parted from their titles by a colon or a dash', () => {
    const text = [
      '# 某软件入门', '',
      '## 第一课:认识界面', '', '界面分为菜单栏、工具栏和编辑区三个部分。', '',
      '## 第 2 课——新建文件', '', '点击菜单栏中的新建按钮即可创建文件。', '',
      '### 第1步 打开菜单', '', '在左上角找到文件菜单并点击。', '',
      '### 第2步 选择模板', '', '在弹出的窗口里选择空白模板。', '',
    ].join('\n');
    assert.deepEqual(heads(text).map(([l, lv, m, t]) => [l, lv, m, t]), [
      [0, 1, '', '某软件入门'], [2, 2, '第一课', '认识界面'], [6, 2, '第 2 课', '新建文件'],
      [10, 3, '第1步', '打开菜单'], [14, 3, '第2步', '选择模板'],
    ]);
  });

  it('takes back a lone `1.` over its own nested list as its lesson\'s single part', () => {
    const text = [
      '### 第一单元 古代的交通', '',
      '#### 第 1 课 驿道', '',
      '1. 驿道的作用：<u>传递公文</u>',
      '2. 驿站的设置：<u>每三十里一站</u>', '',
      '#### 第 2 课 运河', '',
      '1. 运河的开凿', '',
      '    1. 开凿的时间：<u>隋朝</u>',
      '    2. 开凿的意义：<u>沟通南北</u>', '',
      '#### 第 3 课 海路', '',
      '1. 海路的起点：<u>泉州</u>',
      '2. 海路的货物：<u>丝绸和瓷器</u>', '',
    ].join('\n');
    const got = heads(text);
    assert.deepEqual(got.filter(([l]) => l >= 7 && l <= 12), [
      [7, 2, '第 2 课', '运河', 0],
      [9, 3, '1.', '运河的开凿', 4],
      [11, 4, '1.', '开凿的时间', 5], [12, 4, '2.', '开凿的意义', 5],
    ]);
  });

  it('reads a bold line that stays alone right under its heading as the section\'s thesis, not a part', () => {
    const text = [
      '# 第二章：某理论', '',
      '## 核心问题', '', '**什么是发展，怎样实现发展**', '',
      '这一问题是整个理论的出发点，回答了长期困扰人们的认识误区，因此必须重新认识发展的本质和道路。', '',
      '## 基本方法', '', '**实事求是，因地制宜**', '',
      '这一方法体现了理论的根本思想方法，是对前人经验的继承和发展，贯穿于各项工作的全过程之中。', '',
    ].join('\n');
    assert.deepEqual(heads(text).map(([l, , m, t]) => [l, m, t]), [[0, '第二章', '某理论'], [2, '', '核心问题'], [8, '', '基本方法']]);
  });

  it('reads a how-to\'s steps parted from their short titles by a blank as a run', () => {
    const text = [
      '某表格填报说明', '',
      '第1步 登录填报系统', '', '使用单位账号登录系统，进入填报页面后选择本年度的报表。', '',
      '第2步 核对基本信息', '', '逐项核对单位名称、代码和联系人，发现错误及时修改。', '',
      '第3步 提交审核', '', '确认无误后点击提交，等待上级部门审核。', '',
    ].join('\n');
    const got = parseOutline(text).headings.map((h) => [h.marker, h.title]);
    assert.deepEqual(got.slice(-3), [['第1步', '登录填报系统'], ['第2步', '核对基本信息'], ['第3步', '提交审核']]);
  });
});
