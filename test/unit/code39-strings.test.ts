import * as assert from 'node:assert/strict';
import { parseOutline } from '../../src/core/outline';

// Invented program files in the shapes seen in the code39 probes and study57/03: a short string whose
// own numbering its escaped breaks show, a single record whose parts are kept a record each, and a
// notice kept as an array of paragraph strings on one line of code.
function outline(text: string): Array<[number, string, number, number | null, string]> {
  const o = parseOutline(text);
  const lineOf = (off: number): number => text.slice(0, off).split('\n').length;
  return o.headings.map((h) => [lineOf(h.start), h.marker, h.level, h.parent === null ? null : lineOf(o.headings[h.parent].start), h.title]);
}

describe('code39: documents kept in strings of code', () => {
  it('reads a short string whose breaks lead from its first part to its second', () => {
    const text = [
      'const memos = [',
      '  {',
      "    id: 'm1',",
      "    title: '周例会要点',",
      "    body: '一、本周完成接口联调\\n二、下周启动灰度发布\\n三、周五前提交测试报告',",
      '    pinned: true,',
      '  },',
      '  {',
      "    id: 'm2',",
      "    title: '读书心得',",
      "    body: '第一，先通读再精读。第二，边读边记。',",
      '  },',
      '];',
    ].join('\n');
    const hs = outline(text);
    // (under the record's title since code43: two records holding numbered parts, the memos' titles
    // stand over them, as docs/testing.md has a file of records read)
    assert.deepEqual(hs.filter((h) => h[0] === 5).map((h) => [h[1], h[2], h[3], h[4]]), [
      ['一、', 2, 4, '本周完成接口联调'],
      ['二、', 2, 4, '下周启动灰度发布'],
      ['三、', 2, 4, '周五前提交测试报告'],
    ]);
    // the next record's numbering hangs under nothing of this one
    for (const h of hs.filter((x) => x[0] > 5)) assert.ok(h[3] === null || h[3] > 7);
  });

  it('leaves a string with one part, or parts out of order, as it is', () => {
    const one = ["const a = {", "  body: '一、工作安排\\n请各组按时提交周报。',", '};'].join('\n');
    assert.deepEqual(outline(one).filter((h) => h[1] === '二、'), []);
    const label = ["const b = {", "  hint: '一、\\n二、',", '};'].join('\n');
    assert.deepEqual(outline(label), []);
  });

  it('gives a single record its title when its parts are records of their own', () => {
    const text = [
      "import { render } from './view.mjs'",
      "import { save } from './store.mjs'",
      "const mode = process.argv[2] || 'preview'",
      '',
      'const doc = {',
      "  title: '关于加快推进社区养老服务的实施意见',",
      "  summary: '明确社区养老服务的总体目标、重点任务与保障措施。',",
      '  parts: [',
      "    { text: '一、总体目标\\n到 2028 年，社区养老服务覆盖全部街道，服务质量明显提升。' },",
      "    { text: '二、重点任务\\n（一）完善服务设施。每个街道至少建成一处综合服务中心。' },",
      "    { text: '三、保障措施\\n各街道要加强组织领导，落实经费保障。' },",
      '  ],',
      '}',
      '',
      'render(doc, mode)',
    ].join('\n');
    const hs = outline(text);
    assert.deepEqual(hs[0].slice(0, 4), [6, '', 1, null]);
    assert.equal(hs[0][4], '关于加快推进社区养老服务的实施意见');
    assert.deepEqual(hs.filter((h) => h[1] === '一、' || h[1] === '三、').map((h) => [h[0], h[2], h[3]]), [[9, 2, 6], [11, 2, 6]]);
  });

  it('reads an array of paragraph strings on one line as the notice it holds', () => {
    const text = [
      'import Foundation',
      '',
      'class NoticeCell {',
      '    var lines: [String] = ["各街道、各有关单位：根据上级统一部署，经研究决定，现将今年春季义务植树活动的具体安排通知如下：","一、活动时间：3月12日上午9时，共半天。二、活动地点：滨河公园东侧绿地。"," 三、参加人员：各单位干部职工代表，每单位不少于10人。"]',
      '    func show() {',
      '        print(lines.count)',
      '    }',
      '}',
    ].join('\n');
    const hs = outline(text);
    assert.deepEqual(hs.filter((h) => h[1] === '一、' || h[1] === '三、').map((h) => [h[0], h[1], h[2]]), [[4, '一、', 1], [4, '三、', 1]]);
  });

  it('leaves an array of labels as it is', () => {
    const text = [
      'const SECTIONS = ["一、基本情况", "二、主要做法", "三、存在问题", "四、下步打算", "五、意见建议", "六、附件材料"]',
      'const LIMIT = 3',
      'export function pick(i) { return SECTIONS[i] }',
    ].join('\n');
    assert.deepEqual(outline(text), []);
  });
});

describe('code39: a Markdown text in a template literal, a data module', () => {
  it('reads the parts of a Markdown text a template literal holds, its hashes left out', () => {
    const text = [
      "import { defineStore } from 'pinia'",
      "import { ref } from 'vue'",
      "const DEFAULT_LIMIT = 20",
      'export const notes = [',
      '  {',
      "    title: '关于开展图书馆志愿服务的工作方案',",
      '    body: `## 一、服务内容',
      '',
      '志愿者协助图书馆开展借还整理、阅读推广和读者咨询等工作。',
      '',
      '## 二、组织方式',
      '',
      '### 1. 报名登记',
      '',
      '各班级统一报名，由团委汇总后安排岗位。',
      '',
      '### 2. 岗前培训',
      '',
      '上岗前参加一次集中培训，熟悉图书分类和服务规范。`,',
      '  },',
      ']',
    ].join('\n');
    const hs = outline(text).filter((h) => h[1] !== '');
    assert.deepEqual(hs.map((h) => [h[0], h[1], h[4]]), [
      [7, '一、', '服务内容'],
      [11, '二、', '组织方式'],
      [13, '1.', '报名登记'],
      [17, '2.', '岗前培训'],
    ]);
    // the numbered items hang under the part over them
    assert.equal(hs[2][3], 11);
  });

  it('reads a data module of one statement and records of fields as code', () => {
    const text = [
      '/* 课程章节数据 */',
      'export const lessons = [',
      '  {',
      '    id: "c-01",',
      '    group: "基础",',
      '    title: "认识数据表",',
      '    content: `## 一、什么是数据表',
      '',
      '数据表由行和列组成，每一行是一条记录，每一列是一个字段，表头说明每一列存放的内容。',
      '',
      '## 二、为什么要设计主键',
      '',
      '主键能唯一确定一条记录，避免重复数据，也方便其他表通过它建立关联。`,',
      '  },',
      ']',
    ].join('\n');
    const hs = outline(text).filter((h) => h[1] !== '');
    assert.deepEqual(hs.map((h) => [h[0], h[1]]), [[7, '一、'], [11, '二、']]);
  });
});

describe('code39: blocks of a document model', () => {
  const head = ["import { render } from './doc'", "import { save } from './store'", 'const VERSION = 2'];
  it('reads a block whose type names a heading as the heading it holds', () => {
    const text = head.concat([
      'export const doc = {',
      '  blocks: [',
      "    { type: 'heading', text: '一、适用范围' },",
      "    { type: 'paragraph', text: '本细则适用于校内各类实验室的安全检查工作，检查结果纳入年度考核。' },",
      "    { type: 'heading', text: '二、检查频次' },",
      "    { type: 'paragraph', text: '各实验室每月自查一次，学院每学期抽查不少于两次。' },",
      '  ],',
      '}',
    ]).join('\n');
    assert.deepEqual(outline(text).map((h) => [h[0], h[1], h[4]]), [[6, '一、', '适用范围'], [8, '二、', '检查频次']]);
  });

  it('leaves a block of another type, and a heading block without Chinese words, as they are', () => {
    const text = head.concat([
      'export const doc = {',
      '  blocks: [',
      "    { type: 'heading', text: 'Overview' },",
      "    { type: 'caption', text: '一、示意图' },",
      '  ],',
      '}',
    ]).join('\n');
    assert.deepEqual(outline(text), []);
  });
});
