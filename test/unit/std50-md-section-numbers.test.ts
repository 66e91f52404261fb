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
    assert.deepEqual(figs.filter((f) => f.line === 10 || f.line === 16).map((f) => f.text), []);
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
});
