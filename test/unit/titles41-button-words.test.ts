import * as assert from 'node:assert/strict';
import { parseOutline } from '../../src/core/outline';
import { looksLikeTitle } from '../../src/core/outline/titles';

// Invented page heads (titles41): a page's button words (分享, 打印, 收藏, 返回, 版权…) are words of
// headlines too. Only a line that shows the control — the word standing apart, in brackets, before a
// colon or a count — is refused as a title; a headline holding the word inside its own words is kept.
function titleLines(text: string): number[] {
  const o = parseOutline(text);
  const lineOf = (start: number) => text.slice(0, start).split('\n').length - 1;
  return o.headings.filter((h) => h.family === 'title' && h.level === 1).map((h) => lineOf(h.start));
}

const page = (headline: string): string => [
  '网站首页 > 校园新闻',
  headline,
  '发布时间：2025-04-11 来源：学生处',
  '4月10日下午，学院在报告厅组织开展主题活动，各年级学生代表一百余人参加，活动由学生处负责人主持。',
  '活动结束后，同学们纷纷表示收获很大，将把所学所得运用到今后的学习和生活之中。',
  '【打印】 【关闭】',
].join('\n');

describe('titles41: a button word inside a headline is no control', () => {
  for (const h of ['毕业生求职经验分享会顺利举行', '关于采购打印机的结果公告', '市版权保护工作推进会召开', '卫星导航应用展在我市开幕', '民间收藏家捐赠藏品仪式举行']) {
    it(`keeps ${h}`, () => {
      assert.ok(looksLikeTitle(h), h);
      assert.deepEqual(titleLines(page(h)), [1], h);
    });
  }

  for (const s of ['分享到：', '【打印】', '收藏(3)', '首页 校园新闻 通知公告', '打印本页 关闭窗口', '返回列表', '分享 微信 微博 QQ空间', '版权所有：某某学院']) {
    it(`refuses the control line ${s}`, () => assert.ok(!looksLikeTitle(s), s));
  }
});
