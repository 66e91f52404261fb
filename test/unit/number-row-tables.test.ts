/**
 * A PDF text layer's form table whose header came apart: its rows, one a line, a numbered label then
 * space-parted number cells, are the table's rows, never numbered parts; the pieces of a label the
 * extraction set between two rows go with them. Invented tables.
 */
import * as assert from 'node:assert/strict';
import { parseOutline } from '../../src/core/outline';

const heads = (text: string): string[] => parseOutline(text, { format: 'plain' }).headings.map((h) => `${h.marker}${h.title}`);

describe('rows of number cells under a broken header', () => {
  it('reads numbered rows and the label pieces between them as the table, not as parts', () => {
    const text = [
      '一、工作概述',
      '本年度共受理各类申请，现将办理情况报告如下。',
      '二、申请办理情况',
      '申请人',
      '情况',
      '自然人 法人 其他 总计',
      '一、本年新收申请数量 310 25 4 339',
      '二、上年结转申请数量 12 0 0 12',
      '三、',
      '本',
      '年',
      '度',
      '（一）予以公开 201 11 2 214',
      '（二）部分公开 18 3 0 21',
      '1. 属于国家秘密 2 0 0 2',
      '2. 其他法律禁止公开 5 1 0 6',
      '三、行政复议情况',
      '本年度未发生行政复议案件，工作总体平稳。',
      '',
    ].join('\n');
    assert.deepEqual(heads(text), ['一、工作概述', '二、申请办理情况', '三、行政复议情况']);
  });
  it('leaves numbered parts whose lines end in words or hold one number', () => {
    const text = [
      '一、全年完成投资 35 亿元',
      '全年固定资产投资稳步增长，重点项目进展顺利。',
      '二、新增就业 1200 人',
      '城镇新增就业人数创近年新高。',
      '三、2024 年 工作 安排',
      '明年重点抓好三件事。',
      '',
    ].join('\n');
    assert.deepEqual(heads(text), ['一、全年完成投资 35 亿元', '二、新增就业 1200 人', '三、2024 年 工作 安排']);
  });
});
