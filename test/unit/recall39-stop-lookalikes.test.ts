import * as assert from 'node:assert/strict';
import { parseOutline } from '../../src/core/outline';

// Invented texts (our own wording) in the shapes recall39 studied: a part's number whose stop is a
// look-alike of `.` or `、` — the small-form full stop `﹒` and enumeration comma `﹑`, the
// half-width enumeration comma `､` — as task lists, reports and old pages type or convert them.
function heads(text: string): Array<[number, string, number, string]> {
  const line = (pos: number): number => text.slice(0, pos).split('\n').length - 1;
  const o = parseOutline(text);
  return o.headings.filter((h) => h.marker !== '').map((h) => [line(h.start), h.marker.trim(), h.level, h.title]);
}

describe('recall39: look-alike stops after a part number', () => {
  it('reads 1﹒ 2﹒ 3﹒ under 一、 in a task list, and keeps 一、 over them', () => {
    const text = ['某市今年重点工作分工', '现将重点工作分解如下。', '一、完成全年主要目标',
      '1﹒地区生产总值增长6%左右。', '牵头单位：市发展改革委。', '2﹒固定资产投资增长8%左右。', '牵头单位：市发展改革委。',
      '3﹒社会消费品零售总额增长7%左右。', '牵头单位：市商务局。'].join('\n');
    assert.deepEqual(heads(text).map(([l, m, , t]) => [l, m, t]), [
      [2, '一、', '完成全年主要目标'], [3, '1﹒', '地区生产总值增长6%左右'], [5, '2﹒', '固定资产投资增长8%左右'], [7, '3﹒', '社会消费品零售总额增长7%左右'],
    ]);
  });
  it('reads 一﹑ 二﹑ and 1﹑ 2﹑, and 三､ 1､ 2､, at their levels', () => {
    const text = ['学校工作计划', '一﹑指导思想', '坚持立德树人，全面提高教学质量。', '二﹑主要工作', '1﹑抓好课堂教学。', '各年级要落实课程方案。',
      '2﹑加强教师培训。', '每学期组织两次集中培训。', '三､保障措施', '1､健全制度。', '完善考核办法。', '2､落实经费。', '保证培训经费到位。'].join('\n');
    assert.deepEqual(heads(text).map(([l, m, lv]) => [l, m, lv]), [
      [1, '一﹑', 2], [3, '二﹑', 2], [4, '1﹑', 3], [6, '2﹑', 3], [8, '三､', 2], [9, '1､', 3], [11, '2､', 3],
    ]);
  });
  it('leaves a decimal, a figure and an enumeration of numerals written with the look-alikes', () => {
    for (const text of [
      '情况说明\n1﹒5亿元的资金已经到位，用于项目建设。\n2﹒3万人次参加了培训。',
      '产业结构\n一﹑二﹑三产业协调发展，结构持续优化。',
    ]) assert.deepEqual(heads(text), [], text);
  });
});
