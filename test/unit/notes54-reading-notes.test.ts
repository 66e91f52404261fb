/**
 * Readers' notes and copies of WeChat articles (notes54): a sentence telling what some work's part
 * holds (`第二部分是…`) opens no part; a section number before a title that opens with a Latin word
 * (`## 01 Agent 越强`) is the heading's marker when the numbers count in sequence; a card's bold
 * label on a study page is no subhead. Made-up texts.
 */
import * as assert from 'node:assert/strict';
import { extractFigures, parseOutline } from '../../src/core';

const heads = (t: string, format: 'markdown' | 'plain' = 'markdown') =>
  parseOutline(t, { format }).headings.map((h) => `${h.level}|${h.marker}|${h.title}`);

describe('notes54: readers\' notes and WeChat copies', () => {
  it('reads no part in a sentence whose subject is a part of the book (第二部分是…), and keeps a part that opens with its number', () => {
    const t = '# 读书笔记\n\n## 第一篇《山居记》\n\n文章结构：第一部分主要是写景，写山中四季。\n\n第二部分是抒情，写作者的归隐之心。\n\n## 第二篇《江行记》\n\n正文。\n';
    assert.deepEqual(heads(t), ['1||读书笔记', '2|第一篇|《山居记》', '2|第二篇|《江行记》']);
    const parts = '第一部分 总体要求\n\n内容。\n\n第二部分：主要任务\n\n内容。\n';
    assert.equal(heads(parts, 'plain').filter((h) => h.includes('第') && h.includes('部分')).length, 2);
  });
  it('reads a counting run of numbered Markdown headings whose titles open with a Latin word, not a lone one or one with no Chinese', () => {
    const t = '# 某文\n\n## 01 Agent 越强，问题越多\n\n正文。\n\n## 02 DAG 回来\n\n正文。\n\n## 03 State 比记忆更要紧\n\n正文。\n';
    assert.deepEqual(heads(t).slice(1), ['2|01|Agent 越强，问题越多', '2|02|DAG 回来', '2|03|State 比记忆更要紧']);
    const lone = '# 某文\n\n## 3 Docker 安装\n\n正文。\n';
    assert.deepEqual(heads(lone).slice(1), ['2||3 Docker 安装']);
    const english = '# 某文\n\n## 01 Intro\n\n正文。\n\n## 02 Setup\n\n正文。\n';
    assert.deepEqual(heads(english).slice(1), ['2||01 Intro', '2||02 Setup']);
  });
  it('reads no subhead in a card\'s bold label over its one caption, and keeps a bold line over a story', () => {
    const card = (label: string, caption: string) =>
      `<div class="item">\n  <strong>${label}</strong>\n  <span>${caption}</span>\n</div>\n`;
    const t = '# 学习笔记\n\n## 一、学习要点\n\n**学习任务：**\n<div class="tasks">\n' + card('绿色发展', '理解绿色发展的新理念') + card('乡村振兴', '关注农村改革的重点领域') + '</div>\n\n## 二、心得\n\n正文。\n';
    assert.deepEqual(heads(t), ['1||学习笔记', '2|一、|学习要点', '2|二、|心得']);
    const story = '# 学习笔记\n\n<p><strong>绿色发展</strong></p>\n<p>我们要理解绿色发展的新理念，把它落到实处。</p>\n\n<p><strong>乡村振兴</strong></p>\n<p>我们要关注农村改革的重点领域，推动各项工作。</p>\n';
    assert.equal(heads(story).filter((h) => /绿色发展|乡村振兴/.test(h)).length, 2);
  });
  it('reads no figure in the count of a work\'s parts (文章分为三个部分), as in 三个方面, and keeps a count of people', () => {
    const t = '这篇文章分为三个部分，作者从四个部分分析了问题。会上共有三个人发言。\n';
    assert.deepEqual(extractFigures(t).map((f) => f.text), ['三个人']);
  });
  it('reads the bold names of a members\' page as its parts where cards written alike are read (焦某某, 队长 某某：)', () => {
    const card = (name: string, words: string) => `<p><strong>${name}</strong><br/>\n${words}</p>\n\n`;
    const words = '通过这次学习，我深刻体会到责任重大，一定要在今后的工作中做好表率。';
    const t = '<html><body>\n<h1>学习心得体会</h1>\n\n' + card('党支部书记  李  明', words) + card('王  刚', words) + card('组长   赵大海：', words) + card('孙小红', words) + '</body></html>\n';
    const heads = parseOutline(t, { format: 'plain' }).headings.map((h) => h.title.replace(/<[^>]*>/g, '').trim());
    for (const n of ['赵大海', '孙小红']) assert.ok(heads.some((h) => h.includes(n)), `${n} in ${heads.join(' / ')}`);
    // (a turn's label set so, `记者：`, is no member's name)
    const turns = '<html><body>\n<h1>访谈</h1>\n\n' + card('党支部书记  李  明', words) + card('王  刚', words) + card('记者：', words) + '</body></html>\n';
    assert.ok(!parseOutline(turns, { format: 'plain' }).headings.some((h) => h.title.includes('记者')));
  });
  it('reads a line that lost its #s as the heading its siblings\' count misses (### 第二篇 … 笔记第三篇《…》 … ### 第四篇)', () => {
    const piece = (n: string) => `### 第${n}篇《某文${n}》\n\n读后的一段话。\n\n`;
    const t = '# 读书笔记\n\n## 第一卷\n\n' + piece('一') + piece('二') + '笔记第三篇《某文三》\n\n读后的一段话。\n\n' + piece('四');
    const hs = parseOutline(t, { format: 'markdown' }).headings;
    const lost = hs.find((h) => h.title.includes('某文三'));
    assert.ok(lost, hs.map((h) => h.title).join(' / '));
    assert.equal(lost!.level, 3);
    // (a line naming a number that fills no gap stays text)
    const noGap = '# 读书笔记\n\n' + piece('一') + '另见第二篇《某文二》\n\n' + piece('二');
    assert.equal(parseOutline(noGap, { format: 'markdown' }).headings.filter((h) => h.title.includes('另见')).length, 0);
  });
});
