import * as assert from 'node:assert/strict';
import { parseOutline } from '../../src/core/outline';

// A numbered part's line set whole in black brackets, as a speaker's script or a 公众号 article sets
// its parts: the number inside is the marker, the closing bracket no part of the title. Invented text.
const body = '按照全面部署的要求，扎实推进各项工作，确保各项任务落到实处，取得明显成效。';

describe('numbered lines set in black brackets 【…】', () => {
  it('reads 【一、…】 lines as a run of numbered parts', () => {
    const o = parseOutline(['【一、总体要求】', body, '【二、重点任务】', body, '【三、保障措施】', body, ''].join('\n'), { format: 'plain' });
    assert.deepEqual(o.headings.map((h) => `L${h.level} ${h.marker}|${h.title}`), ['L1 一、|总体要求', 'L1 二、|重点任务', 'L1 三、|保障措施']);
  });
  it('reads 【第一部分：…】 lines under a script\'s title, the parts\' own numbering under them', () => {
    const text = ['项目汇报讲稿', '', '【第一部分：做什么】', body, '1. 建立台账', body, '2. 完善制度', body, '【第二部分：怎么做】', body, ''].join('\n');
    const o = parseOutline(text, { format: 'plain' });
    const got = o.headings.map((h) => `L${h.level} ${h.marker}`);
    assert.deepEqual(got, ['L1 ', 'L2 第一部分', 'L3 1.', 'L3 2.', 'L2 第二部分']);
  });
  it('leaves a bracketed label that holds no number (【评析】) and a line with more after the bracket', () => {
    const o = parseOutline(['【评析】', body, '【一、总体要求】的落实情况如下。', body, ''].join('\n'), { format: 'plain' });
    assert.ok(!o.headings.some((h) => h.marker === '一、'), o.headings.map((h) => h.marker + h.title).join(' | '));
  });
});
