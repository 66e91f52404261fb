import * as assert from 'node:assert/strict';
import { parseOutline } from '../../src/core/outline';

// Invented digests and weeklies (our own words), in the shapes of study89/study79 (digest46).
function heads(text: string): Array<[number, string, number, string]> {
  const line = (pos: number): number => text.slice(0, pos).split('\n').length - 1;
  return parseOutline(text, { format: 'markdown' }).headings.map((h) => [line(h.start), h.marker, h.level, h.title]);
}

describe('digest46: a list whose items carry ranks of another list (1. 1.… then 4. 1.…)', () => {
  it('keeps the list\'s own number as the marker when an inner rank restarts', () => {
    const items = ['某款笔记软件', '某个翻译插件', '某种学习工具', '某款绘图应用', '某个记账助手'];
    const ranks = [1, 2, 3, 1, 2];
    const text = ['# 每日榜单', '', '## 新品 (5 条)', '', ...items.flatMap((t, i) => [`${i + 1}. ${ranks[i]}.${t}`, ''])].join('\n');
    const hs = heads(text).filter(([, m]) => m !== '');
    assert.deepEqual(hs.map(([l, m, lv, t]) => [l, m, lv, t]), items.map((t, i) => [4 + 2 * i, `${i + 1}.`, 3, `${ranks[i]}.${t}`]));
  });

  it('still takes the author\'s number where every item doubles its own number', () => {
    const items = ['某某会见来访客人', '某某出席某某论坛', '某某考察某某企业'];
    const text = ['# 本期内容', '', ...items.map((t, i) => `${i + 1}. ${i + 1}.${t}；`)].join('\n');
    const cols = parseOutline(text, { format: 'markdown' }).headings.filter((h) => h.marker !== '').map((h) => h.start - text.lastIndexOf('\n', h.start - 1) - 1);
    assert.deepEqual(cols, [3, 3, 3]);
  });
});

describe('digest46: a digest\'s items as bold bullets over their source line', () => {
  const item = (t: string, d: string): string[] => [`- **${t}**`, `- 📍 某某周刊 · ${d} · [原文](https://example.com/x)`, '- 概要：相关工作将在年底前全部完成。'];
  it('reads each bold bullet as the item\'s title under its section', () => {
    const text = ['# 某某早报 — 2030-05-06', '', '## 要闻', '', ...item('某市开通第二条地铁线路', '5月6日'), ...item('某县完成秋粮收购', '5月5日'), '', '## 科技', '', ...item('某实验室发现新型材料', '5月6日'), ''].join('\n');
    assert.deepEqual(heads(text).map(([l, , lv, t]) => [l, lv, t]), [
      [0, 1, '某某早报 — 2030-05-06'], [2, 2, '要闻'], [4, 3, '某市开通第二条地铁线路'], [7, 3, '某县完成秋粮收购'],
      [11, 2, '科技'], [13, 3, '某实验室发现新型材料'],
    ]);
  });

  it('leaves bold terms with no source line under them alone', () => {
    const text = ['# 方案比较', '', '## 甲方案', '', '- **优点**', '- 成本低，见效快。', '- **缺点**', '- 维护工作量较大。', '- **工具名**', '- 地址：[某工具](https://example.com/t)', ''].join('\n');
    assert.deepEqual(heads(text).map(([l]) => l), [0, 2]);
  });

  it('needs two such items: one bold bullet over a date is no digest', () => {
    const text = ['# 通知', '', '## 安排', '', '- **报名截止**', '- 2030-05-06 前提交材料', ''].join('\n');
    assert.deepEqual(heads(text).map(([l]) => l), [0, 2]);
  });
});

describe('digest46: item numbers alone on their line over a quotation (1、 / words / -- source)', () => {
  it('reads a run of them as items with no title of their own', () => {
    const q = ['读书使人充实，讨论使人机智。', '天下难事，必作于易；天下大事，必作于细。', '不积跬步，无以至千里。'];
    const text = ['# 某某周刊', '', '## 言论', '', ...q.flatMap((s, i) => [`${i + 1}、`, '', s, '', '-- 某某', '']), '## 回顾', '', '往期内容。'].join('\n');
    assert.deepEqual(heads(text).map(([l, m, lv, t]) => [l, m, lv, t]), [
      [0, '', 1, '某某周刊'], [2, '', 2, '言论'], [4, '1、', 3, ''], [10, '2、', 3, ''], [16, '3、', 3, ''], [22, '', 2, '回顾'],
    ]);
  });

  it('leaves a lone number on its line alone (a page number, a stray)', () => {
    const text = ['# 数据', '', '2.', '', '这是该地区今年推出的第三项同类举措，相关工作将在年底前完成。', ''].join('\n');
    assert.deepEqual(heads(text).map(([l]) => l), [0]);
  });
});

describe('digest46: a byline or a picture caption set as a small Markdown heading', () => {
  it('is no heading; a title that holds 发自 is one', () => {
    const text = ['# 某某文章', '', '##### 某甲 某乙 发自 某地', '', '正文第一段，讲述事情的经过。', '', '###### **△** ：某馆外景，图源：某网站', '', '## 发自内心的感谢', '', '正文第二段。', '', '## 下一步安排', '', '正文第三段。'].join('\n');
    assert.deepEqual(heads(text).map(([l, , lv, t]) => [l, lv, t]), [[0, 1, '某某文章'], [8, 2, '发自内心的感谢'], [12, 2, '下一步安排']]);
  });
});

describe('digest46: a Markdown list numbered 1. on every item (a quoted agenda)', () => {
  it('holds no marker of the text: the bold 1、 before it pairs with the 2、 after it', () => {
    const text = ['# 某某周刊', '', '## 活动', '', '**1、某某线下沙龙**', '', '沙龙介绍文字，讲述活动的背景和意义。', '', '活动内容如下。', '',
      '> 1. 第一个议题是什么？', '> 1. 第二个议题是什么？', '> 1. 第三个议题是什么？', '', '欢迎报名。', '', '**2、某某开发者大会**', '', '大会介绍文字。', ''].join('\n');
    assert.deepEqual(heads(text).filter(([, m]) => m !== '').map(([l, m, lv]) => [l, m, lv]), [[4, '1、', 3], [16, '2、', 3]]);
  });

  it('leaves a list whose numbers count on alone', () => {
    const text = ['# 操作说明', '', '1. 打开设置页面，找到账户一栏。', '2. 填写新的联系方式并保存。', '3. 重新登录后查看是否生效。', ''].join('\n');
    assert.deepEqual(heads(text).filter(([, m]) => m !== '').map(([l, m]) => [l, m]), [[2, '1.'], [3, '2.'], [4, '3.']]);
  });
});
