import * as assert from 'node:assert/strict';
import { parseOutline } from '../../src/core/outline';
import { extractFigures } from '../../src/core';

/** `level marker|title` of every heading the outline gives, in order. */
function rows(text: string, format?: 'markdown'): string[] {
  return parseOutline(text, format ? { format } : {}).headings.map((h) => `${h.level} ${h.marker}|${h.title}`);
}

const WEIGH = [
  '这一问其实是在确认方案有没有定下来，回答的人只要说清楚进度就可以了，并不难。',
  '问题的重点是咨询还没有结束就先表了态，会不会让外界觉得结果早已内定，这才是关键。',
  '记者追问的是时间表，希望知道明年的规划里会不会正式公布，这也是读者最关心的地方。',
];

describe('spoken54: questions quoted in a press-question column, notes of a talk archive, a dated document', () => {
  it('leaves a labelled run of questions put (each line a question, asked in sentences) unread as parts', () => {
    const doc = [
      '# 记者到底问了什么', '',
      '先看当天的提问如下：', '',
      '**本地问题1：「想问一下专责小组。新区方案是否包括填海？」**', '', WEIGH[0], '',
      '**本地问题2：现在小组还在咨询，您已经表示支持，会不会被认为是左右了结果？**', '', WEIGH[1], '',
      '**本地问题3：明年的规划是否会公布方案？**', '', WEIGH[2], '',
    ].join('\n');
    assert.deepEqual(rows(doc, 'markdown'), ['1 |记者到底问了什么']);
  });

  it('still reads a labelled run whose parts are titled (not questions put)', () => {
    const doc = [
      '# 记者到底问了什么', '',
      '**案例1：老街改造**', '', WEIGH[0], '',
      '**案例2：河道治理**', '', WEIGH[1], '',
    ].join('\n');
    assert.deepEqual(rows(doc, 'markdown'), ['1 |记者到底问了什么', '2 案例1：|老街改造', '2 案例2：|河道治理']);
  });

  it('reads no title in a heading tag that holds only an archive note in 〖〗', () => {
    const page = [
      '<html>', '<body>',
      '<h1>某某在座谈会上的讲话</h1>',
      '<h3><em>〖摘要。几个单位的代表出席座谈〗</em></h3>',
      '<p>接手一个单位总要有几个条件：</p>',
      '<p>一是原来的班子确实散了；二是内部的力量已经形成；三是外面有人支持。</p>',
      '</body>', '</html>',
    ].join('\n');
    assert.deepEqual(rows(page), ['1 |某某在座谈会上的讲话', '2 一是|原来的班子确实散了', '2 二是|内部的力量已经形成', '2 三是|外面有人支持']);
  });

  it('reads a Chinese month right before a book title as the date of that document', () => {
    const dates = extractFigures('行政长官会在十月《施政纲领》中公布土地方案。').filter((f) => f.kind === 'date').map((f) => [f.text, f.value]);
    assert.deepEqual(dates, [['十月', '--10']]);
  });

  it('reads the title of a record closed by its day in brackets, an ISO date, as the page title', () => {
    const page = [
      '首页 > 新闻 > 某市例行新闻发布会实录(2024-05-16)', '',
      '某市例行新闻发布会实录(2024-05-16)', '',
      '来源：某市新闻办 发布时间：2024-05-17',
      '  5月16日上午，某市举行例行新闻发布会，发言人介绍了近期重点工作并回答了记者提问。', '',
      '  发言人：欢迎各位参加今天的发布会，先介绍几项情况，然后回答大家关心的问题。', '',
    ].join('\n');
    assert.deepEqual(rows(page), ['1 |某市例行新闻发布会实录(2024-05-16)']);
  });

  it('reads no title in a short turn of a speaker the transcript hears three times or more', () => {
    const say = '这件事我的看法是先把数据整理好，再谈模型，很多团队一开始就急着上模型，后来都要回头补课。';
    const doc = [
      '## 讨论环节', '',
      `甲君：${say}`, '', `乙君：${say}`, '', '乙君：完全同意', '',
      `丙君：${say}`, '', `甲君：${say}`, '', '甲君：那家公司也投了', '',
      `乙君：${say}`, '', `丙君：${say}`, '', `甲君：${say}`, '',
    ].join('\n');
    assert.deepEqual(rows(doc, 'markdown'), ['1 |讨论环节']);
  });
});
