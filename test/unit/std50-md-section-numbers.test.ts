import * as assert from 'node:assert/strict';
import { extractFigures } from '../../src/core/figures';
import { parseOutline } from '../../src/core/outline';

/** Headings of a Markdown text as `marker|title`. */
function heads(text: string): string[] {
  return parseOutline(text, { format: 'markdown' }).headings.map((h) => `${h.marker}|${h.title}`);
}

describe('std50: section numbers a PDF-to-Markdown converter left (mdSectionNumbers.ts)', () => {
  // a standard converted with the clause numbers' dots lost and each term's number alone on its heading
  const lostDots = [
    '# 某某数据采集规范', '',
    '# 2 规范性引用文件', '', 'GB/T 1000 某某术语', '',
    '# 3 术语和定义', '', '下列术语和定义适用于本文件。', '',
    '# 3 1', '', '采集单元 collection unit', '', '一次采集覆盖的最小范围。', '',
    '# 3 2', '', '检查点 check point', '', '用于核对精度的地物点。', '',
    '# 3 3 数据包', '', '一次提交的全部数据。', '',
    '# 4 基本要求', '', '## 4.1 坐标系', '', '采用国家统一的坐标系。', '',
  ].join('\n');

  it('reads `# 3 1` after `# 3 术语和定义` as the clause number 3.1 with its dots lost', () => {
    const h = heads(lostDots);
    assert.ok(h.includes('3 1|'), h.join(' / '));
    assert.ok(h.includes('3 2|'), h.join(' / '));
    assert.ok(h.includes('3 3|数据包'), h.join(' / '));
    assert.ok(h.includes('4.1|坐标系'), h.join(' / '));
  });

  it('gives no figure for those numbers', () => {
    const figs = extractFigures(lostDots, parseOutline(lostDots, { format: 'markdown' }));
    const on = (line: string): [number, number] => [lostDots.indexOf(`\n${line}\n`), lostDots.indexOf(`\n${line}\n`) + line.length + 1];
    const lines = [on('# 3 1'), on('# 3 2')];
    assert.ok(lines.every(([s]) => s > 0));
    assert.deepEqual(figs.filter((f) => lines.some(([s, e]) => f.start > s && f.start < e)).map((f) => f.text), []);
  });

  it('reads a dotted number alone on its heading in the sequence (`## 3.1` over a term)', () => {
    const t = ['# 某某编码规范', '', '## 3 术语和定义', '', '## 3.1', '', '机构编码 unit code', '', '标识机构的代码。', '',
      '## 3.2', '', '产品编码 product code', '', '标识产品的代码。', '', '## 4 编码要求', '', '编码应唯一。', ''].join('\n');
    const h = heads(t);
    assert.ok(h.includes('3.1|') && h.includes('3.2|'), h.join(' / '));
  });

  it('reads a paper\'s introduction numbered 0 when section 1 follows', () => {
    const t = ['# 一种图像去噪方法', '', '# 0 引言', '', '图像去噪是常见问题。', '', '# 1 方法', '', '本文方法如下。', '', '# 2 实验', '', '实验结果如下。', ''].join('\n');
    const h = heads(t);
    assert.ok(h.includes('0|引言'), h.join(' / '));
    assert.ok(h.includes('1|方法'), h.join(' / '));
  });

  it('leaves a number alone on a heading out of any sequence (no chapter before it, a version going down)', () => {
    const lone = heads('# 工作记录\n\n## 3.1\n\n当天完成了检查。\n');
    assert.ok(!lone.some((x) => x.startsWith('3.1|')), lone.join(' / '));
    const ascending = heads('# 更新日志\n\n## 1.1\n\n新增功能。\n\n## 1.2\n\n修复问题。\n\n## 1.3\n\n优化性能。\n');
    assert.ok(!ascending.some((x) => /^1\.\d\|/.test(x)), ascending.join(' / '));
    const versions = heads('# 更新日志\n\n## 1.2.4\n\n修正显示问题。\n\n## 1.2.3\n\n新增导出功能。\n\n## 1.2.2\n\n首次发布。\n');
    assert.ok(!versions.some((x) => /^1\.2\.\d\|/.test(x)), versions.join(' / '));
  });

  it('leaves a lost-dot number that does not follow the heading before it, and quantities', () => {
    const jump = heads('# 3 术语和定义\n\n正文。\n\n# 5 2\n\n正文。\n');
    assert.ok(!jump.some((x) => x.startsWith('5 2|')), jump.join(' / '));
    const count = heads('# 3 术语和定义\n\n正文。\n\n# 3 15万人\n\n正文。\n');
    assert.ok(!count.some((x) => x.startsWith('3 15|') || x.startsWith('3 1|')), count.join(' / '));
  });

  it('reads a clause whose title opens with a unit-like word when it follows the clause before (`# 6 元数据`)', () => {
    const t = '# 5 数据格式\n\n数据采用统一格式。\n\n# 6 元数据\n\n元数据应完整。\n\n# 7 质量检查\n\n检查应全面。\n';
    assert.ok(heads(t).includes('6|元数据'), heads(t).join(' / '));
    const alone = heads('# 工作简报\n\n# 6 元钱的故事\n\n正文。\n');
    assert.ok(!alone.some((x) => x.startsWith('6|')), alone.join(' / '));
  });

  it('leaves `# 0 引言` a title when no section 1 follows', () => {
    const h = heads('# 0 引言\n\n正文。\n\n# 附录\n\n正文。\n');
    assert.ok(!h.some((x) => x.startsWith('0|')), h.join(' / '));
  });

  // docs/testing.md: in Markdown the markup's depth gives the level, as every Markdown outline shows
  // it; a converter that wrote every clause with the same hashes keeps them side by side
  it('keeps a deeper number on a heading of the same depth at that depth (`## 3.1` beside `## 3`)', () => {
    const t = ['# 某某编码规范', '', '## 3 术语和定义', '', '## 3.1', '', '机构编码 unit code', '', '标识机构的代码。', '',
      '## 3.2', '', '产品编码 product code', '', '标识产品的代码。', '', '## 4 编码要求', '', '## 4.1 结构', '', '编码由两部分组成。', ''].join('\n');
    const o = parseOutline(t, { format: 'markdown' });
    const lv = o.headings.map((h) => `${h.marker}|${h.level}`);
    assert.ok(lv.includes('3|2') && lv.includes('3.1|2') && lv.includes('3.2|2') && lv.includes('4|2') && lv.includes('4.1|2'), lv.join(' / '));
  });

  it('reads the heading a converter made of a term\'s name under its number as the entry\'s text', () => {
    const t = ['# 某某格式', '', '## 3 术语和定义', '', '### 3.1', '', '## 集成单元 integrating unit', '', '不断更新的书目单元。', '',
      '### 3.2', '', '## 连续资源 continuing resource', '', '没有终止日期的资源。', '', '## 4 格式结构', '', '本格式用于交换。', ''].join('\n');
    const h = heads(t);
    assert.ok(!h.some((x) => x.includes('integrating unit') || x.includes('continuing resource')), h.join(' / '));
    assert.ok(h.includes('3.1|') && h.includes('3.2|') && h.includes('4|格式结构'), h.join(' / '));
  });

  it('keeps a heading after a number alone that says something else on the next heading (no blank-only gap)', () => {
    const t = ['# 某某格式', '', '## 3 术语和定义', '', '### 3.1', '', '某术语的定义文字较长，说明其含义。', '', '## 附加说明', '', '正文。', ''].join('\n');
    assert.ok(heads(t).includes('|附加说明'), heads(t).join(' / '));
  });
});

describe('std50: unnumbered parts and contents lines of PDF-converted Markdown', () => {
  it('reads a letter-spaced 前言 or 引言 left as a plain line in a converted copy (mdSectionNames.ts)', () => {
    const t = ['# 某某技术规范', '', '前 言', '', '本文件按照有关规则起草，由某某单位提出并归口。', '', '引  言', '', '为满足质量检验的快速响应需求，本文件提出有关要求。', '',
      '# 1 范围', '', '本文件规定了数据的采集要求。', ''].join('\n');
    const o = parseOutline(t, { format: 'markdown' });
    const h = o.headings.map((x) => `${x.title}|${x.level}`);
    assert.ok(h.includes('前 言|2') && h.includes('引  言|2'), h.join(' / '));
  });

  it('leaves a 前言 line with no running text under it (a contents list\'s entry)', () => {
    const bare = parseOutline('# 某某规范\n\n前 言\n\n目 次\n\n# 1 范围\n\n本文件规定了要求。\n', { format: 'markdown' }).headings.map((x) => x.title);
    assert.ok(!bare.includes('前 言'), bare.join(' / '));
  });

  it('drops the series\' list of parts inside such a 前言 (第1部分…, Arabic numbers), keeps a report\'s 第一部分', () => {
    const t = ['# 某某数据规范 第2部分 检查点', '', '前 言', '', '本文件按照有关规则起草，是系列规范的一部分。', '', '第1部分 数据分类与基本规定', '', '第3部分 检查线', '', '第4部分 标志性地物', '',
      '请注意本文件的某些内容可能涉及专利。', '', '# 1 范围', '', '本文件规定了检查点的要求。', ''].join('\n');
    const h = heads(t);
    assert.ok(!h.some((x) => x.startsWith('第1部分') || x.startsWith('第3部分')), h.join(' / '));
    const report = ['# 某某发展报告', '', '前 言', '', '本报告回顾了一年来的工作情况，分三个部分。', '', '第一部分 总体情况', '', '全年工作平稳推进。', '',
      '第二部分 主要做法', '', '各项措施落实到位。', '', '# 附录', '', '有关数据。', ''].join('\n');
    const r = heads(report);
    assert.ok(r.some((x) => x.startsWith('第一部分')) && r.some((x) => x.startsWith('第二部分')), r.join(' / '));
  });

  it('reads no contents line whose leaders a converter cut short as a clause (`4.2 编码规则 .. 3`)', () => {
    const t = ['# 某某编码规范', '', '## 目 次', '', '1 范围 .', '2 规范性引用文件 .', '3 编码要求 .. 2', '3.1 编码结构 .. 2', '3.2 编码规则 .. 3', '3.3 分配要求 . 4', '',
      '## 1 范围', '', '本文件规定了编码要求。', '', '## 3 编码要求', '', '## 3.1 编码结构', '', '编码由两部分组成。', '', '## 3.2 编码规则', '', '编码应唯一。', ''].join('\n');
    const o = parseOutline(t, { format: 'markdown' });
    const lines = o.headings.map((h) => o.lineStarts.findIndex((s, i) => s <= h.start && (i + 1 >= o.lineStarts.length || o.lineStarts[i + 1] > h.start)) + 1);
    assert.ok(!lines.some((l) => l >= 5 && l <= 10), lines.join(','));
  });

  it('reads `1 范围` with no clause under it as a top section when `2` and `2.1` follow (plain text layer)', () => {
    const t = ['某某技术规范', '', '1 范围', '本规范规定了接口的结构和格式。', '本规范适用于有关机构。', '2 报文结构', '2.1 报文结构说明', '报文分为多个层级。', '2.2 报文格式检查', '每个报文都有对应的格式文件。', '3 数据类型', '3.1 数据属性说明', '本章说明数据属性。', ''].join('\n');
    const h = parseOutline(t).headings.map((x) => `${x.marker}|${x.title}`);
    assert.ok(h.includes('1|范围') && h.includes('2|报文结构') && h.includes('2.1|报文结构说明'), h.join(' / '));
  });

  it('leaves items 1, 2 under a clause no top sections when no child follows them', () => {
    const t = ['某某预案', '', '2 组织体系', '2.1 领导机构', '领导机构由以下人员组成：', '1 总指挥', '2 副总指挥', '2.2 工作机构', '工作机构设在办公室。', '3 预警', '3.1 预警发布', '按规定发布。', ''].join('\n');
    const h = parseOutline(t).headings.map((x) => `${x.marker}|${x.title}`);
    assert.ok(!h.includes('1|总指挥') && !h.includes('2|副总指挥'), h.join(' / '));
  });
});
