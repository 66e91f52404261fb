/**
 * Structure words and the shapes scrapers leave: statutes' 编/分编/章/节 above their articles,
 * articles numbered past 一百 and 一千 and inserted ones (第十七条之一), named divisions (附则),
 * date-only Markdown headings, markers broken over lines, bare numerals over passages. Every
 * text here is invented.
 */
import * as assert from 'node:assert/strict';
import { parseOutline } from '../../src/core/outline';
import { checkNumbering } from '../../src/core/checks';
import { outlineToText } from '../../src/core/export';
import type { OutlineOptions } from '../../src/core/types';

/** `level marker title` per heading, with the parent's marker (or title) after `^`. */
function tree(text: string, options: OutlineOptions = {}): string[] {
  const o = parseOutline(text, options);
  return o.headings.map((h) => {
    const p = h.parent === null ? '' : ` ^${o.headings[h.parent].marker || o.headings[h.parent].title}`;
    return `${h.level} ${h.marker}${h.marker ? ' ' : ''}${h.title}${p}`;
  });
}

const lines = (...ls: string[]): string => ls.join('\n');

describe('structure words: statutes', () => {
  it('nests 编 > 章 > 节 > 条, the article run counting on across chapters', () => {
    const t = lines(
      '示例条例', '', '第一编　总则', '', '第一章　一般规定', '', '第一节　范围', '',
      '第一条　为了规范示例事务，制定本条例。', '第二条　本条例适用于示例区。', '', '第二节　原则', '', '第三条　坚持示例原则。', '',
      '第二章　管理', '', '第四条　示例部门负责管理。', '第五条　示例部门应当公开信息。',
    );
    assert.deepEqual(tree(t), [
      '1 示例条例', '2 第一编 总则 ^示例条例', '3 第一章 一般规定 ^第一编', '4 第一节 范围 ^第一章',
      '5 第一条 为了规范示例事务，制定本条例 ^第一节', '5 第二条 本条例适用于示例区 ^第一节', '4 第二节 原则 ^第一章',
      '5 第三条 坚持示例原则 ^第二节', '3 第二章 管理 ^第一编', '4 第四条 示例部门负责管理 ^第二章', '4 第五条 示例部门应当公开信息 ^第二章',
    ]);
    const o = parseOutline(t);
    const articles = o.headings.filter((h) => h.marker.endsWith('条'));
    assert.equal(new Set(articles.map((h) => h.run)).size, 1, 'one article run across chapters');
  });

  it('reads article numbers past 一百 and 一千: 第一百条, 第一百二十三条, 第九百九十九条, 第一千条, 第一千二百零一条', () => {
    const nums = ['九十九', '一百', '一百零一', '一百二十三', '九百九十九', '一千', '一千二百零一'];
    const t = lines('第一章　示例', ...nums.map((n) => `第${n}条　示例内容。`));
    const o = parseOutline(t);
    assert.deepEqual(o.headings.map((h) => h.ordinal), [1, 99, 100, 101, 123, 999, 1000, 1201]);
    assert.deepEqual(o.headings.slice(1).map((h) => h.level), nums.map(() => 2));
  });

  it('keeps a lone 第一章 under 第二编 (chapters restart in every book) when the document has articles', () => {
    const t = lines(
      '第一编　总则', '第一章　甲', '第一条　甲内容。', '第二章　乙', '第二条　乙内容。',
      '第二编　分则', '第一章　丙', '第三条　丙内容。', '第四条　丁内容。',
    );
    assert.deepEqual(tree(t).slice(5), ['1 第二编 分则', '2 第一章 丙 ^第二编', '3 第三条 丙内容 ^第一章', '3 第四条 丁内容 ^第一章']);
  });

  it('does not keep a lone 第一章 in prose without articles', () => {
    assert.deepEqual(tree(lines('读书笔记', '', '第一章主要讲了示例人物的童年，写得很生动。', '', '全书共十章。')), ['1 读书笔记']);
  });

  it('reads 第N分编 between 编 and 章, and never nests a division under an article', () => {
    const t = lines(
      '第一分编　通则', '第一章　一般规定', '第四百条　示例。', '第四百零一条　示例。',
      '第二分编　典型合同', '第九章　买卖', '第五百条　示例。', '第五百零一条　示例。',
    );
    assert.deepEqual(tree(t), [
      '1 第一分编 通则', '2 第一章 一般规定 ^第一分编', '3 第四百条 示例 ^第一章', '3 第四百零一条 示例 ^第一章',
      '1 第二分编 典型合同', '2 第九章 买卖 ^第二分编', '3 第五百条 示例 ^第九章', '3 第五百零一条 示例 ^第九章',
    ]);
  });

  it('reads an inserted article 第十七条之一 as a member of the article run, not a citation 第十七条之一规定', () => {
    const t = lines('第一章　甲', '第十七条　示例。', '第十七条之一　插入的示例。', '第十八条　示例。', '第十七条之一规定的情形除外。');
    const o = parseOutline(t);
    assert.deepEqual(o.headings.map((h) => h.marker), ['第一章', '第十七条', '第十七条之一', '第十八条']);
    assert.equal(o.headings[2].title, '插入的示例');
    assert.equal(new Set(o.headings.slice(1).map((h) => h.run)).size, 1);
    // The checks know no 之一 form: no finding on it, none on the run around it.
    assert.deepEqual(checkNumbering(t, o).map((f) => f.code), []);
  });

  it('reads a closing 附则 without a number as a division at the top rank (编 here) over the last articles', () => {
    const t = lines(
      '第一编　总则', '', '第一章　甲', '', '第一条　甲。', '第二条　乙。', '', '第二编　分则', '', '第一章　乙', '',
      '第三条　丙。', '', '附　　则', '', '第四条　本条例自公布之日起施行。',
    );
    const o = parseOutline(t);
    const fu = o.headings.find((h) => h.title === '附　　则');
    assert.ok(fu, JSON.stringify(tree(t)));
    assert.equal(fu.level, 1);
    assert.equal(fu.marker, '');
    const last = o.headings[o.headings.length - 1];
    assert.equal(last.marker, '第四条');
    assert.equal(o.headings[last.parent!], fu);
    assert.deepEqual(checkNumbering(t, o).map((f) => f.code), []);
  });

  it('reads 总则/附则 as chapters in a statute of chapters, and not where no article follows', () => {
    const t = lines('第一章　总则', '第一条　甲。', '第二章　管理', '第二条　乙。', '附则', '第三条　丙。');
    assert.deepEqual(tree(t).slice(-2), ['1 附则', '2 第三条 丙 ^附则']);
    // A 附则 line with no article after it (a list, a table of contents) is nothing.
    assert.deepEqual(tree(lines('第一章　总则', '第一条　甲。', '第二条　乙。', '附则', '说明文字写在这里。')).map((x) => x.split(' ')[1]), ['第一章', '第一条', '第二条']);
  });
});

describe('structure words: Markdown', () => {
  it('reads bold-only marker lines as headings, closing emphasis outside the title', () => {
    const t = lines('# 示例方案', '', '**一、总体要求**', '', '正文。', '', '**（一）基本原则**', '', '正文。', '', '**（二）主要目标**', '', '正文。', '', '**二、重点任务**', '', '正文。');
    assert.deepEqual(tree(t, { format: 'markdown' }), [
      '1 示例方案', '2 一、 总体要求 ^示例方案', '3 （一） 基本原则 ^一、', '3 （二） 主要目标 ^一、', '2 二、 重点任务 ^示例方案',
    ]);
  });

  it('a bold-only line without a marker is not a heading (no evidence it opens a part)', () => {
    assert.deepEqual(tree(lines('# 示例新闻', '', '**示例加粗导语**', '', '正文。'), { format: 'markdown' }), ['1 示例新闻']);
  });

  it('a heading that is only a date is a dateline, not a part', () => {
    for (const date of ['2024年10月18日', '2024-10-18', '10月18日 星期五', '二〇二四年十月十八日', '**2024年10月**']) {
      const t = lines('# 示例新闻汇编', '', `## ${date}`, '', '### 示例消息一', '', '正文。', '', '### 示例消息二', '', '正文。');
      assert.deepEqual(tree(t, { format: 'markdown' }), ['1 示例新闻汇编', '2 示例消息一 ^示例新闻汇编', '2 示例消息二 ^示例新闻汇编'], date);
    }
  });

  it('dates heading two or more sections at one depth (a diary, a changelog) are parts', () => {
    const t = lines('# 示例更新日志', '', '## 2024年10月19日', '', '- 修复示例问题', '', '## 2024年9月29日', '', '- 优化示例功能');
    assert.deepEqual(tree(t, { format: 'markdown' }), ['1 示例更新日志', '2 2024年10月19日 ^示例更新日志', '2 2024年9月29日 ^示例更新日志']);
  });

  it('a page dateline copied as a heading with a time, brackets, a source or a field is a dateline too', () => {
    const datelines = [
      '2024-10-18 10:30', '2024年10月18日 09:12:33', '（2024年10月18日）', '2024年10月18日 来源：示例日报',
      '2024.10.18 示例日报', '发布时间：2024-10-18', '来源：示例日报', '示例社北京10月18日电',
    ];
    for (const d of datelines) {
      const t = lines('# 示例新闻汇编', '', `## ${d}`, '', '### 示例消息一', '', '正文。', '', '### 示例消息二', '', '正文。');
      assert.deepEqual(tree(t, { format: 'markdown' }), ['1 示例新闻汇编', '2 示例消息一 ^示例新闻汇编', '2 示例消息二 ^示例新闻汇编'], d);
    }
  });

  it('dated or field headings that head two or more sections at one depth stay parts, and a title field is a part', () => {
    const digest = lines('# 示例快讯', '', '## 来源：示例网', '', '正文。', '', '## 来源：示例台', '', '正文。');
    assert.deepEqual(tree(digest, { format: 'markdown' }), ['1 示例快讯', '2 来源：示例网 ^示例快讯', '2 来源：示例台 ^示例快讯']);
    const diary = lines('# 示例日志', '', '## 2024-10-18 10:30', '', '正文。', '', '## 2024-10-19 09:00', '', '正文。');
    assert.deepEqual(tree(diary, { format: 'markdown' }), ['1 示例日志', '2 2024-10-18 10:30 ^示例日志', '2 2024-10-19 09:00 ^示例日志']);
    const titled = lines('# 示例汇编', '', '## 标题：示例会议召开', '', '正文。');
    assert.deepEqual(tree(titled, { format: 'markdown' }), ['1 示例汇编', '2 标题：示例会议召开 ^示例汇编']);
    const event = lines('# 示例', '', '## 2024年10月18日 示例县召开会议', '', '正文。');
    assert.deepEqual(tree(event, { format: 'markdown' }), ['1 示例', '2 2024年10月18日 示例县召开会议 ^示例']);
  });

  it('a heading with a date and words is still a part', () => {
    const t = lines('# 示例', '', '## 2024年10月18日示例会议纪要', '', '正文。');
    assert.deepEqual(tree(t, { format: 'markdown' }), ['1 示例', '2 2024年10月18日示例会议纪要 ^示例']);
  });
});

describe('structure words: markers a scraper broke over lines', () => {
  it('joins 一 / 、总体要求 and （ / 一 / ）做好… into one marker and its title', () => {
    const t = lines(
      '示例讲话', '', '一', '、总体要求', '', '正文一写在这里。', '', '二', '、重点任务', '', '正文二写在这里。', '',
      '（', '一', '）做好示例', '', '正文三。', '', '（', '二', '）做好其他', '', '正文四。',
    );
    const o = parseOutline(t);
    assert.deepEqual(outlineToText(t, o).split('\n').filter(Boolean), ['示例讲话', '  一、总体要求', '  二、重点任务', '    （一）做好示例', '    （二）做好其他']);
    const h = o.headings[1];
    assert.equal(h.marker, '一\n、');
    assert.equal(h.title, '总体要求');
    assert.equal(t.slice(h.titleStart, h.titleEnd), '总体要求');
    assert.deepEqual(o.headings.map((x) => x.ordinal), [0, 1, 2, 1, 2]);
  });

  it('joins a marker whose title went to the next line (一、 / 总体要求), in a text without blank lines', () => {
    const t = lines('一、', '总体要求', '正文一。', '二、', '重点任务', '正文二。');
    assert.deepEqual(tree(t), ['1 一、 总体要求', '1 二、 重点任务']);
  });

  it('does not join numerals of a flattened table, a numbered line below a numeral, or digits of a number', () => {
    assert.deepEqual(tree(lines('序号', '一', '二', '三', '合计')), []);
    // `十` over `一、总体要求` is a stray numeral above a whole numbered line, not 十一、.
    assert.deepEqual(tree(lines('十', '一、总体要求', '正文。', '二、重点任务', '正文。')).map((x) => x.split(' ')[1]), ['一、', '二、']);
    assert.deepEqual(tree(lines('增长', '10', '.5%，好于预期。')), []);
  });
});

describe('structure words: bare numerals over passages', () => {
  it('reads 一, 二, 三 alone on their lines over passages as a run of markers', () => {
    const t = lines(
      '示例摘编', '', '一', '', '示例摘录正文第一段，讲了一些内容，内容很多很多很多。', '', '二', '',
      '示例摘录正文第二段，讲了另一些内容，内容也很多很多。', '', '三', '', '示例摘录正文第三段，内容较短。',
    );
    const o = parseOutline(t);
    assert.deepEqual(o.headings.map((h) => `${h.level}${h.marker}`), ['1', '2一', '2二', '2三']);
    assert.deepEqual(o.headings.slice(1).map((h) => h.title), ['', '', '']);
    assert.deepEqual(checkNumbering(t, o).map((f) => f.code), []);
  });

  it('reads 一 / 前言 / passage, 二 / 第一关 / passage (a section title on the line after the numeral)', () => {
    const t = lines(
      '示例文章', '', '一', '', '前言', '', '这是一段示例正文，介绍了文章要讲的内容，比较长。', '', '二', '', '动手操作', '',
      '这是另一段示例正文，讲了具体的操作步骤，也比较长。', '', '三', '', '小结', '', '这是最后一段示例正文，总结了全文的内容要点。',
    );
    assert.deepEqual(tree(t), ['1 示例文章', '2 一 前言 ^示例文章', '2 二 动手操作 ^示例文章', '2 三 小结 ^示例文章']);
  });

  it('a lone bare numeral, or numerals with a gap, over passages are not markers', () => {
    assert.deepEqual(tree(lines('给定材料', '一', '示例材料正文写在这里，写了很多很多很多的内容。')), ['1 给定材料']);
    assert.deepEqual(
      tree(lines('一', '', '示例摘录正文第一段，讲了一些内容，内容很多很多很多。', '', '三', '', '示例摘录正文第三段，讲了一些内容，内容很多很多。')),
      [],
    );
  });

  it('numerals over short cells (a flattened table) are not markers', () => {
    assert.deepEqual(tree(lines('序号', '一', '示例项目', '二', '示例工程', '三', '示例任务')), []);
  });
});
