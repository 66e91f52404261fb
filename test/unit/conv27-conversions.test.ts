import * as assert from 'node:assert/strict';
import { parseOutline } from '../../src/core/outline';

// Invented texts in the shapes PDF/Word conversions and 范文 sites give (conv27).
function heads(text: string): Array<[number, string, number, number | null]> {
  const line = (pos: number): number => text.slice(0, pos).split('\n').length - 1;
  const hs = parseOutline(text).headings;
  return hs.map((h) => [line(h.start), h.marker, h.level, h.parent === null ? null : line(hs[h.parent].start)]);
}

describe('conv27: conversions and 范文 compilations', () => {
  it('reads a statute copied in traditional characters (第一章 總則 / 第一條 / 第一節)', () => {
    const text = [
      '某某市書畫協會章程', '第一章 總則', '第一條 本會名稱為某某市書畫協會。', '第二條 本會是非營利性社會組織。',
      '第二章 會員', '第一節 入會', '第三條 申請加入本會的會員，應當擁護本會章程。', '第四條 會員享有下列權利：',
      '（一）本會的選舉權；', '（二）參加本會的活動。',
    ].join('\n');
    const hs = heads(text);
    assert.deepEqual(hs.map((h) => [h[1], h[2]]), [
      ['', 1], ['第一章', 2], ['第一條', 3], ['第二條', 3], ['第二章', 2], ['第一節', 3], ['第三條', 4], ['第四條', 4],
      ['（一）', 5], ['（二）', 5],
    ]);
  });

  it('keeps a traditional-character citation in prose (第三條規定) out of the run', () => {
    const text = ['某某辦法', '第一條 為規範管理，制定本辦法。', '第二條 本辦法適用於全市。', '第三條規定的事項，由市政府負責解釋。'].join('\n');
    assert.deepEqual(heads(text).map((h) => h[1]), ['', '第一條', '第二條']);
  });
  it('joins the lines of a layout conversion with many short lines (labels, headings) where its full lines stop mid-word', () => {
    // 12 full lines of 37 characters (74 columns), each stopping mid-word, among 60-odd short lines
    const full = (i: number): string => `第${i}项工作已按计划推进并由各承办单位逐项核对完成情况，相关材料同步报`.slice(0, 37);
    const text: string[] = ['某某系统升级工作指南', '1.0 版', '某某中心', '二〇二五年三月', '文档说明', '本指南仅供参考。', '联系方式', '电话：', '12345678'];
    const parts = ['一、 概述', '二、 工作安排', '三、 接口说明', '四、 注意事项', '五、 相关文档', '六、 附则'];
    parts.forEach((p, k) => {
      text.push(p, '第一阶段：', '接口无变更。', '第二阶段：', '接口无调整。');
      text.push(full(k * 2 + 1), '送中心备案。', full(k * 2 + 2), '送中心备案，不再另行通知。');
    });
    const hs = heads(text.join('\n'));
    const titles = hs.filter((h) => h[1] === '').map((h) => text[h[0]]);
    // no full line cut mid-word is a title
    assert.ok(titles.every((t) => !t.startsWith('第')), titles.join(' | '));
    assert.deepEqual(hs.filter((h) => h[1] !== '').map((h) => h[1]), ['一、', '二、', '三、', '四、', '五、', '六、']);
  });
  it('takes a document site\'s page chunks (`1、…` / `2、…` each a long line cut mid-sentence) for no numbering', () => {
    const body = '各单位要结合实际认真抓好落实，及时总结推广好的经验做法，确保各项任务按期完成并取得实效。'.repeat(5);
    const text = ['1、某某工作要点' + body + '同时各部门要加强', '2、，协调配合形成合力。' + body + '对发现的问题和', '3、不足要及时整改。' + body].join('\n');
    assert.deepEqual(heads(text).filter((h) => h[1] !== ''), []);
    // numbered paragraphs of the same length that end their sentences stay numbering
    const own = ['1、某某工作要点。' + body, '2、另一项要点。' + body, '3、第三项要点。' + body].join('\n');
    assert.deepEqual(heads(own).map((h) => h[1]), ['1、', '2、', '3、']);
  });
  it('reads a 范文 sample\'s title with its number set apart by a space (`…述职报告 篇二`) as a title, not a byline', () => {
    const prose = (k: number): string => '今年以来，我认真履行岗位职责，扎实推进各项工作。' + '各项任务稳步推进。'.repeat(k);
    const text = [
      '个人述职报告范文（精选2篇）', '个人述职报告范文 篇一', '个人述职报告范文 篇二', '个人述职报告范文 篇一', '尊敬的各位领导：', prose(1),
      '一、主要工作', prose(2), '二、存在不足', prose(3), '单位个人述职报告 篇二', prose(0), '一、思想方面', prose(1), '二、工作方面', prose(2),
    ].join('\n');
    const hs = heads(text);
    // the samples' titles open pieces at the top level; the contents list over them is no heading run
    const titles = hs.filter((h) => h[1] === '' && h[0] > 0).map((h) => [h[0], h[2]]);
    assert.deepEqual(titles, [[3, 1], [10, 1]]);
    assert.deepEqual(hs.filter((h) => h[0] >= 12).map((h) => [h[1], h[3]]), [['一、', 10], ['二、', 10]]);
  });
});
