/**
 * A Markdown list announced by a sentence ending in a colon names another work's parts, not this
 * text's (mdAnnouncedLists.ts). Made-up notes.
 */
import * as assert from 'node:assert/strict';
import { parseOutline } from '../../src/core';

const heads = (t: string) => parseOutline(t, { format: 'markdown' }).headings.map((h) => `${h.level}|${h.marker}${h.title}`);

describe('outline: Markdown lists a sentence announces', () => {
  it('reads the numbered items of an announced list as the list they are', () => {
    const t = '# 读书笔记\n\n## 第一本书\n\n全书分为三部分：\n- 一、山川\n- 二、河流\n- 三、湖泊\n\n## 第二本书\n\n正文。\n';
    assert.deepEqual(heads(t), ['1|读书笔记', '2|第一本书', '2|第二本书']);
  });
  it('takes nested items and a blank line after the colon', () => {
    const t = '# 笔记\n\n## 第一篇\n\n章节安排如下：\n\n- 第一章 起源\n   - 第一节 早期\n   - 第二节 中期\n- 第二章 发展\n\n## 第二篇\n\n正文。\n';
    assert.deepEqual(heads(t), ['1|笔记', '2|第一篇', '2|第二篇']);
  });
  it('keeps a statute article\'s items, a list with no announcing colon and items that are the text\'s parts', () => {
    const law = '# 某某办法\n\n第九条　处理的种类：\n- （一）警告\n- （二）罚款\n\n第十条　其他。\n';
    assert.deepEqual(heads(law).filter((h) => h.includes('警告') || h.includes('罚款')).length, 2);
    const noColon = '# 工作要点\n\n- 一、抓好学习\n- 二、抓好落实\n';
    assert.equal(heads(noColon).filter((h) => h.includes('抓好')).length, 2);
    const parts = '# 工作方案\n\n一、总体要求\n\n内容。\n\n二、主要任务\n\n内容。\n';
    assert.equal(heads(parts).filter((h) => h.includes('要求') || h.includes('任务')).length, 2);
  });
  it('reads a list under a sentence that counts its parts, with no colon, when the count matches', () => {
    const t = '# 读书笔记\n\n## 第一篇\n\n文章结构：共分为三个部分（见下图）\n- 一、缘起\n- 二、经过\n- 三、结果\n\n## 第二篇\n\n正文。\n';
    assert.deepEqual(heads(t), ['1|读书笔记', '2|第一篇', '2|第二篇']);
    // (a count that does not match the items announces some other list)
    const other = '# 笔记\n\n文章分为两个部分\n- 一、缘起\n- 二、经过\n- 三、结果\n';
    assert.equal(heads(other).filter((h) => /缘起|经过|结果/.test(h)).length, 3);
  });
});
