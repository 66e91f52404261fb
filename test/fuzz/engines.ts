/**
 * Fuzz cases for every engine: structured random documents drawn from the characters and shapes
 * the recognisers care about (markers of every family, structure words, numerals, brackets,
 * punctuation, digits and units, line breaks of every kind, spaces, zero-width characters,
 * surrogates, Markdown markup, very long lines), run through the outline (plain and Markdown),
 * the figures, the checks and their fixes with the safety nets off, so a caught exception fails.
 * Shared by the unit test (a small count) and `npm run fuzz` (10⁶ cases).
 */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseOutline } from '../../src/core/outline';
import { extractFigures } from '../../src/core/figures';
import { checkNumbering, fixAll, applyEdits } from '../../src/core/checks';
import type { Outline } from '../../src/core/types';

const MARKERS = [
  '一、', '二、', '三、', '十、', '十一、', '一，', '二.', '（一）', '（二）', '(三)', '（十）、', '㈠', '㈡', '1.', '2．', '3、', '10.', '1。', '2。',
  '1.2019年', '（1）', '(2)', '⑴', '⑵', '①', '②', '⑳', '第一，', '第二、', '第三，', '第一部分', '第二部分', '第一编', '第二编', '第一分编',
  '第一章', '第二章', '第十章', '第一节', '第二节', '第一条', '第二条', '第九十九条', '第一百条', '第一百零一条', '第一百二十三条', '第九百九十九条',
  '第一千条', '第一千二百六十条', '第3条', '第一条规定', '第一章的', '一是', '二是', '三是', '一要', '二要', '其一，', '其二，', '首先，', '其次，',
  '再次，', '最后，', '其次、', '最后，第四，', '第一步，', '第二点，', '一是一，二是二', '第一要务', '一方面', '总则', '附则', '分则', '总　　则', '附　则',
  '甲、', '乙、', '丙．', '（甲）', '（乙）', '甲方', '附：',
];
const NUMERALS = ['一', '二', '三', '十', '十二', '二十', '一百', '一百零五', '千', '万', '亿', '〇', '零', '两', '廿', '壹', '贰', '0', '1', '7', '12', '2024', '3.14', '１２', '１．５'];
const BRACKETS = ['（', '）', '(', ')', '【', '】', '《', '》', '“', '”', '"', '「', '」', '[', ']', '〔', '〕'];
const PUNCT = ['。', '；', ';', '：', ':', '，', ',', '、', '！', '？', '!', '?', '.', '．', '…', '——', '-', '~', '～', '/', '|', '·', '%', '％', '‰'];
const UNITS = ['亿元', '万元', '元', '%', '个百分点', '万吨', '吨/日', '平方公里', 'km', '℃', '件次', '人次', '万标准箱', '年', '月', '日', '时', '倍', '户', '个', '家', '项', '/10万', '：', '比'];
const BREAKS = ['\n', '\n', '\n\n', '\r\n', '\r', '\f', '\v', '\u2028', '\u0085'];
const SPACES = [' ', '  ', '\t', '\u3000', '\u00a0', '\u2002', '\u202f'];
const INVISIBLE = ['\u200b', '\ufeff', '\u200c', '\u200d', '\u2060', '\u00ad'];
const SURROGATES = ['\ud83d\ude00', '\ud800', '\udfff', '\udc00\ud800', '𠀀'];
const MARKDOWN = ['#', '# ', '## ', '### ', '###### ', '**', '__', '*', '_', '`', '```', '~~~', '<!--', '-->', '<div>', '</div>', '---', '***', '+++', '> ', '- ', '* ', '1) ', '| ', ' | ', '|---|', '[', '](', '![', '\\', '===', '    '];
/** Raw HTML of a news page kept in Markdown, a summary list's head, span-split fragments (our own words). */
const HTML = ['<p>　　', '</p>', '<strong>', '</strong>', '<table>', '</table>', '<script>', '</script>', '<p>', '<a href="x">', '</a>',
  '全市上下坚持稳中求进工作总基调扎实推进各项任务落实持续改善民生福祉', '本期主要内容：', '\n，', '\n。', '2014\n年', '\n（'];
/** A document held in a data record: JSON and SQL quoting, escaped breaks, markup stored as entities (recordLines.ts). */
const RECORD = ['{"title":"', '","content":"', '"}', '\\n', '\\r\\n', '\\"', '\\u3000', '\\u4e00', '\\u', 'INSERT INTO `t` VALUES (', "', '", "'), (", "');", "''",
  '&lt;p&gt;', '&lt;/p&gt;', 'content: "', '<br>', '<br/>', '\t"', '","'];
/**
 * Round 23's reading paths (our own words): a letter-spaced notes head over 〔N〕 notes, an agreement's
 * 第一款/第一项, signer lines, flattened tables with a unit column (bars, letter-spaced and year headers),
 * a column of years, a mirror's pinyin inside a unit, a year before a span of months, N市, a journal's
 * bracketed fields, a file-name caption, a CSV of records with a title column, bold topic labels,
 * Markdown headings of running prose.
 */
const ROUND23 = ['注　　释', '注 释', '〔1〕', '〔12〕', '第一款　', '第二项　', '第三款', '第一项议程', '总司令　某　　某', '主席　某某某', '司令员 某某',
  '单位', '单 位 |', '计量单位', '亿元 |', '千升', '2015年 |', '2014增长% |', '1.外国人', '| 时间 | 人口（万人） |', '| 2017 | 39.14 |', '年份',
  '(wei)', '(ke)', '(biāo)', '（fang）', '微', '標', '萬', '/立(li)方(fang)米', '9市', '17市场', '2016年1-9月', '2018年1-2月份', '2030 年 4~6 月',
  '【关键词】', '[中图分类号]', '[文献标识码] A', '【關(guān) ?鍵 ?詞】', '资金管理办法.docx', '办法.pdf', 'title,date,content', '标题,日期,正文', ',"', '",',
  '**话题一：', '专题二：', '*   **背景：** ', '## 某地发生山火，消防人员合力扑救。当地居民有序疏散', '。」不過，'];
const WORDS = ['政府工作报告', '加强组织领导', '示例条例', '正文正文', '同志们：', '来源：', '附件：', '附件1', '目录', '[bookmark: _Toc1]', '- 2 -', '第 3 页', '2024年10月18日', '同比增长10.8%', '70.6亿元', '0.9个百分点'];

const piece = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...MARKERS) },
  { weight: 3, arbitrary: fc.constantFrom(...NUMERALS) },
  { weight: 2, arbitrary: fc.constantFrom(...BRACKETS) },
  { weight: 3, arbitrary: fc.constantFrom(...PUNCT) },
  { weight: 2, arbitrary: fc.constantFrom(...UNITS) },
  { weight: 5, arbitrary: fc.constantFrom(...BREAKS) },
  { weight: 2, arbitrary: fc.constantFrom(...SPACES) },
  { weight: 1, arbitrary: fc.constantFrom(...INVISIBLE) },
  { weight: 1, arbitrary: fc.constantFrom(...SURROGATES) },
  { weight: 3, arbitrary: fc.constantFrom(...MARKDOWN) },
  { weight: 3, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 2, arbitrary: fc.constantFrom(...HTML) },
  { weight: 2, arbitrary: fc.constantFrom(...RECORD) },
  { weight: 2, arbitrary: fc.constantFrom(...ROUND23) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
);

/** A line of one shape repeated thousands of times, or a short line as many times (rare: it costs time). */
const longLine = fc.tuple(fc.constantFrom('一是', '；二是', '。一', '（', '1.5', '第一条', '**', '#', '甲', '\u200b', '亿元', '(wei)', '〔1〕', '第一款　', '亿元 |\n', '”'), fc.integer({ min: 2_000, max: 20_000 }))
  .map(([s, n]) => s.repeat(n));

export const documentText: fc.Arbitrary<string> = fc.oneof(
  { weight: 2000, arbitrary: fc.array(piece, { maxLength: 80 }).map((a) => a.join('')) },
  { weight: 300, arbitrary: fc.array(fc.oneof(piece, fc.constantFrom(...BREAKS)), { minLength: 80, maxLength: 400 }).map((a) => a.join('')) },
  { weight: 100, arbitrary: fc.string({ unit: 'grapheme', maxLength: 200 }) },
  { weight: 100, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
  // one case in about 2,500: a very long line
  { weight: 1, arbitrary: fc.tuple(fc.array(piece, { maxLength: 20 }), longLine, fc.array(piece, { maxLength: 20 })).map(([a, l, b]) => a.join('') + l + b.join('')) },
);

/** One case through every engine; throws on any exception or a broken basic contract. */
export function runEngines(text: string): void {
  for (const format of ['plain', 'markdown'] as const) {
    const o: Outline = parseOutline(text, { format });
    for (const h of o.headings) {
      assert.ok(h.start >= 0 && h.start <= h.titleStart && h.titleStart <= h.titleEnd && h.titleEnd <= h.end && h.end <= text.length, 'heading ranges');
      assert.ok(h.parent === null || h.parent < o.headings.indexOf(h), 'parent first');
    }
    const figs = extractFigures(text, o);
    for (const f of figs) assert.ok(f.start >= 0 && f.start < f.end && f.end <= text.length, 'figure range');
    const findings = checkNumbering(text, o);
    const edits = fixAll(findings);
    if (edits.length) {
      // The fixed text goes through the checks again: a fix must not make a text the engines choke on.
      const fixed = applyEdits(text, edits);
      checkNumbering(fixed, parseOutline(fixed, { format }));
    }
  }
}

export const fuzzProperty = (count?: (n: number) => void): fc.IPropertyWithHooks<[string]> =>
  fc.property(documentText, (text) => {
    runEngines(text);
    count?.(text.length);
  });
