/**
 * Speech pages copied from speech-writing and document sites: the page furniture around a speech
 * (site banners, buttons, field labels, metadata lines) is not a title. Every text here is made up
 * for the test; each checks a general rule.
 */
import * as assert from 'node:assert/strict';
import { parseOutline } from '../../src/core/outline';
import { looksLikeTitle } from '../../src/core/outline/titles';

function heads(text: string): string[] {
  const lineOf = (off: number) => text.slice(0, off).split('\n').length;
  return parseOutline(text).headings.map((h) => `${lineOf(h.start)}|${h.level}|${h.marker}|${h.title}`);
}

const BODY = '今天召开这次会议，主要任务是总结上半年工作，安排部署下半年任务。刚才，几位同志作了很好的发言，我都同意。';

describe('speech pages: site furniture is not a title', () => {
  it('refuses buttons and widgets of document sites', () => {
    for (const s of ['正文复制', '论文部分内容阅读', '相关文章', '推荐范文', '猜你喜欢', '欢迎来到某某文库', '浏览记录', '预览结束', '阅读全文']) {
      assert.equal(looksLikeTitle(s), false, s);
    }
  });
  it('refuses a site name on a line of its own', () => {
    for (const s of ['公文学堂', '某某范文网', '秘书文库', '某某词库']) assert.equal(looksLikeTitle(s), false, s);
    // a title that merely mentions such a word is still a title
    assert.equal(looksLikeTitle('在全市文库建设推进会上的讲话'), true);
  });
  it('refuses metadata fields, in either script, with an ASCII or a full-width colon', () => {
    for (const s of ['本文标题：在全县春耕生产会议上的讲话', '标题: 在全县春耕生产会议上的讲话', '編輯：小王', '來源：网络', '链接地址：某某']) {
      assert.equal(looksLikeTitle(s), false, s);
    }
  });
  it('refuses a bracketed field label opening a line', () => {
    assert.equal(looksLikeTitle('【致辞人】某某县教育局'), false);
    assert.equal(looksLikeTitle('【阅读指引】以下是范文'), false);
    assert.equal(looksLikeTitle('【范例二】'), false);
    // a bracketed piece number in front of a speech title is not a field label
    assert.equal(looksLikeTitle('【篇二】在全县春耕生产会议上的讲话'), true);
  });
  it('gives the title to the speech, not to a button line above it', () => {
    const text = ['正文复制', '在全县春耕生产动员大会上的讲话', '同志们：', BODY, '一、提高认识', BODY, '二、狠抓落实', BODY].join('\n');
    assert.deepEqual(heads(text), [
      '2|1||在全县春耕生产动员大会上的讲话',
      '5|2|一、|提高认识',
      '7|2|二、|狠抓落实',
    ]);
  });
  it('gives the title to the speech when a site banner and a traditional-script editor line come first', () => {
    const text = ['某某范文網', '', '在縣委全會上的講話', '', '範文網 編輯：小李', '', '在縣委全會上的講話', '', '同志們：', '', BODY].join('\n');
    // (the headline said again over the salutation is a second title, as gold for real pages reads it)
    assert.deepEqual(heads(text), ['3|1||在縣委全會上的講話', '7|1||在縣委全會上的講話']);
  });
});

describe('speech pages: wrapped clauses and year list items (outline)', () => {
  it('does not take the rest of a sentence broken off a long line for a title', () => {
    const text = ['在全县春耕生产动员大会上的讲话', '同志们：', '今天召开这次会议，主要任务是总结工作、部署任务。刚才，几位同志分别作了表态',
      '发言，县委副书记作了重要', '讲话，我完全同意。', '一、提高认识', BODY, '二、狠抓落实', BODY].join('\n');
    assert.deepEqual(heads(text), ['1|1||在全县春耕生产动员大会上的讲话', '6|2|一、|提高认识', '8|2|二、|狠抓落实']);
  });
  it('reads 1.2023“…” at a line start as the marker 1. before a year', () => {
    const text = ['1.2023“十件实事”完成情况', BODY, '2.2024“十件实事”安排意见', BODY].join('\n');
    assert.deepEqual(heads(text), ['1|1|1.|2023“十件实事”完成情况', '3|1|2.|2024“十件实事”安排意见']);
  });
});
