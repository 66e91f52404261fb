import * as assert from 'node:assert/strict';
import { parseOutline } from '../../src/core/outline';

function heads(text: string): string[] {
  const o = parseOutline(text);
  for (const h of o.headings) assert.equal(text.slice(h.start, h.start + h.marker.length), h.marker);
  return o.headings.map((h) => `${h.level} ${h.marker}${h.title}`);
}

describe('code43: a document\'s parts named in the heading fields of its records', () => {
  it('reads `{ h: \'一、…\', p: \'…\' }` records as the parts of the document, under the record\'s title', () => {
    const text = [
      "import { Page } from './page';",
      '',
      'const TERMS = {',
      '  service: {',
      "    title: '借阅服务协议',",
      '    sections: [',
      "      { h: '一、适用范围', p: '本协议适用于读者在馆内借阅图书的全部活动。读者办理借阅证即视为同意。' },",
      "      { h: '二、借阅期限', p: '普通图书可借三十天，期满可续借一次。逾期未还的暂停借阅资格。' },",
      "      { h: '三、损坏赔偿', p: '图书损坏或遗失的，按原价赔偿并支付加工费。' },",
      '    ],',
      '  },',
      '  privacy: {',
      "    title: '读者信息说明',",
      '    sections: [',
      "      { h: '一、收集内容', p: '我们只记录姓名、证号和借阅记录。不收集其他信息。' },",
      "      { h: '二、保存期限', p: '借阅记录在归还后保存一年，到期删除。' },",
      '    ],',
      '  },',
      '};',
      '',
      'export function show(kind) {',
      '  return Page(TERMS[kind]);',
      '}',
    ].join('\n');
    assert.deepEqual(heads(text), [
      '1 借阅服务协议', '2 一、适用范围', '2 二、借阅期限', '2 三、损坏赔偿',
      '1 读者信息说明', '2 一、收集内容', '2 二、保存期限',
    ]);
  });

  it('hangs an outline\'s `1.` nodes (phrases, no labels) under the `一、` node before them', () => {
    const text = [
      "const a = require('a');",
      "const b = require('b');",
      'const OUTLINE = [',
      "  { id: '1', title: '一、把握总体思路，明确年度目标' },",
      "  { id: '1.1', title: '1. 坚持问题导向和需求导向' },",
      "  { id: '1.2', title: '2. 坚持统筹推进和分步实施' },",
      "  { id: '2', title: '二、聚焦重点任务，推动工作落地' },",
      "  { id: '2.1', title: '1. 完善服务事项清单和标准' },",
      "  { id: '2.2', title: '2. 优化办理流程并压缩时限' },",
      '];',
      'module.exports = OUTLINE;',
    ].join('\n');
    assert.deepEqual(heads(text), ['1 一、把握总体思路，明确年度目标', '2 1.坚持问题导向和需求导向', '2 2.坚持统筹推进和分步实施', '1 二、聚焦重点任务，推动工作落地', '2 1.完善服务事项清单和标准', '2 2.优化办理流程并压缩时限']);
  });

  it('reads no lone field, no fields out of order, and no Arabic steps without Chinese parts', () => {
    const lone = "const a = 1;\nconst b = 2;\nconst c = [\n  { h: '一、适用范围', p: '本协议适用于读者。' },\n  { h: '三、损坏赔偿', p: '按原价赔偿。' },\n];\n";
    assert.deepEqual(heads(lone), []);
    const steps = "const a = 1;\nconst b = 2;\nconst steps = [\n  { label: '1. 填写资料', icon: 'edit' },\n  { label: '2. 上传证件', icon: 'upload' },\n  { label: '3. 等待审核', icon: 'clock' },\n];\n";
    assert.deepEqual(heads(steps), []);
  });

  it('reads nothing in a text that is not code', () => {
    const text = "借阅须知\n\n说明：{ h: '一、适用范围' } 与 { h: '二、借阅期限' } 是示例。\n";
    assert.ok(!heads(text).some((h) => h.includes('适用范围')));
  });
});
