/**
 * A scanned book turned into text (ocr53): a converter's `==========第N页==========` at each page,
 * the contents printed over one page or several, OCR keeping page numbers as `…(5)`, `…121` or alone
 * on the line under an entry, an entry wrapped over two lines, `目录` printed vertically (`目` over
 * `录`) or as the head of every contents page, and an e-book's contents flattened onto one line.
 * Texts written for these tests.
 */
import * as assert from 'node:assert/strict';
import { parseOutline } from '../../src/core/outline';
import { extractFigures } from '../../src/core/figures';

const lineOf = (text: string, offset: number): number => text.slice(0, offset).split('\n').length;
const headsOn = (text: string): { line: number; head: string }[] =>
  parseOutline(text).headings.map((h) => ({ line: lineOf(text, h.start), head: `${h.marker}${h.title}` }));
const figuresOn = (text: string): { line: number; text: string }[] => {
  const o = parseOutline(text);
  return extractFigures(text, o).map((f) => ({ line: lineOf(text, f.start), text: f.text }));
};
const zoneOf = (text: string, line: number): string => {
  const z = parseOutline(text).zones?.find((s) => s.firstLine <= line - 1 && line - 1 <= s.lastLine);
  return z ? z.zone : 'body';
};

const PAMPHLET = [
  '    红星公社学习材料',
  '    红星公社宣传组',
  '',
  '==========第1页==========',
  '    说明',
  '    这本小册子收了公社社员在冬季学习中的三篇发言，供各大队参考。',
  '    红星公社宣传组',
  '',
  '==========第2页==========',
  '    目',
  '    录',
  '    一、怎样把冬季农田水利',
  '    搞得更好……(1)',
  '    二、积肥运动的几点体会…(5)',
  '    三、关于科学种田的',
  '    一些想法………………(9)',
  '',
  '==========第3页==========',
  '    一、怎样把冬季农田水利搞得更好',
  '    今冬明春，我们大队要修好两条水渠，平整土地三百亩，全队社员都要出工。',
  '    二、积肥运动的几点体会',
  '    去年我们积肥一万二千担，今年还要再多一些，每户都要出力。',
  '    三、关于科学种田的一些想法',
  '    科学种田要从选种做起，各生产队要办好试验田。',
].join('\n');

describe('a scanned book\'s contents (ocr53)', () => {
  it('reads `目` over `录` and the entries under it, wrapped or closed by `…(5)`, as contents', () => {
    const heads = headsOn(PAMPHLET);
    // the contents (lines 10-16) hold no heading; the body's parts are read
    assert.deepEqual(heads.filter((h) => h.line >= 10 && h.line <= 16), [], JSON.stringify(heads));
    assert.deepEqual(heads.filter((h) => h.line >= 19).map((h) => h.head), [
      '一、怎样把冬季农田水利搞得更好', '二、积肥运动的几点体会', '三、关于科学种田的一些想法',
    ], JSON.stringify(heads));
    assert.equal(zoneOf(PAMPHLET, 13), 'toc');
  });

  it('takes the converter\'s page separators for page furniture, with no figure', () => {
    assert.equal(zoneOf(PAMPHLET, 4), 'furniture');
    assert.equal(zoneOf(PAMPHLET, 18), 'furniture');
    const figs = figuresOn(PAMPHLET);
    assert.deepEqual(figs.filter((f) => [4, 9, 18].includes(f.line)), []);
    // nor are the contents' page numbers figures, while the body's counts stay
    assert.deepEqual(figs.filter((f) => f.line >= 10 && f.line <= 16), []);
  });

  it('reads contents over three pages under `目录` each, page numbers alone and dates in brackets', () => {
    const text = [
      '    某某文选',
      '',
      '==========第1頁==========',
      '    目录',
      '    前言',
      '    一九五一年',
      '    关于春耕的讲话',
      '    (1951年3月2日)',
      '    3',
      '    给某县同志们的信',
      '    (1951年5月8日)…',
      '    9',
      '',
      '==========第2頁==========',
      '    目录',
      '    一九五二年',
      '    在某次会议上的讲话',
      '    (1952年4月1日)',
      '    ……………………15',
      '',
      '==========第3頁==========',
      '    目录',
      '    答某报记者问',
      '    (1952年9月9日)',
      '    ・21',
      '',
      '==========第4頁==========',
      '    前言',
      '    本书收入作者一九五一年至一九五二年的文章四篇，按写作时间先后编排。',
      '',
      '==========第5頁==========',
      '    关于春耕的讲话',
      '    (1951年3月2日)',
      '    同志们，今年的春耕要抓紧，每个生产队都要订出计划，一块地一块地落实。',
    ].join('\n');
    // the first `目录` opens the contents; the same line over the next pages is their running head
    assert.equal(zoneOf(text, 4), 'toc');
    assert.equal(zoneOf(text, 15), 'furniture');
    assert.equal(zoneOf(text, 22), 'furniture');
    for (const line of [7, 10, 17, 23]) assert.equal(zoneOf(text, line), 'toc', `line ${line}`);
    const figs = figuresOn(text).filter((f) => f.line >= 4 && f.line <= 25);
    assert.deepEqual(figs.filter((f) => ['3', '9', '15', '21'].includes(f.text)), [], JSON.stringify(figs));
  });

  it('drops the page numbers of a contents flattened onto one line after `目 录`', () => {
    const line = '革命资料选编 第二集 二〇一二年制作 目 录 第一章 春耕生产 4 第一节 选种 4 第二节 育秧 12 第三节 插秧 30第二章 夏收 41第一节 抢收 41 第一章 春耕生产 第一节 选种 本节资料';
    const text = [line, '今年全县选种五千斤，比去年多三成。'].join('\n');
    const onLine = figuresOn(text).filter((f) => f.line === 1).map((f) => f.text);
    assert.deepEqual(onLine.filter((t) => /^[0-9]+$/.test(t)), [], onLine.join(' '));
    // without `目录` before them, the numbers stay figures
    const plain = line.replace('目 录 ', '');
    const kept = figuresOn([plain, '今年全县选种五千斤。'].join('\n')).filter((f) => f.line === 1).map((f) => f.text);
    assert.ok(kept.includes('12'), kept.join(' '));
  });
});

describe('the source lines of a book of quotations (ocr53)', () => {
  const excerpt = (k: number): string[] => [
    `    第${k}段摘录：群众是真正的英雄，我们要虚心向群众学习，不要摆架子，不要瞎指挥。`,
    `    某某${1960 + k}年${k}月在某地的讲话`,
  ];
  it('takes a name and a year under each short excerpt for its source, no title', () => {
    const text = ['    某某言论摘编', '', '    一、关于群众路线', ...[1, 2, 3, 4, 5, 6].flatMap(excerpt)].join('\n');
    const heads = headsOn(text).map((h) => h.head);
    assert.deepEqual(heads.filter((h) => h.includes('讲话')), [], heads.join(' / '));
    assert.ok(heads.includes('某某言论摘编'), heads.join(' / '));
  });
  it('keeps such lines as titles over long texts (a compilation of speeches)', () => {
    const speech = (k: number): string[] => [
      `    某某${1960 + k}年在某地的讲话`,
      ...Array.from({ length: 8 }, (_, q) => `    第${k}篇第${q + 1}段：今年的生产任务很重，各级干部要深入基层，同群众一起研究办法，把工作做扎实。`),
    ];
    const text = ['    某某讲话选', '', ...[1, 2, 3, 4, 5, 6].flatMap(speech)].join('\n');
    const heads = headsOn(text).map((h) => h.head);
    assert.ok(heads.filter((h) => h.includes('讲话')).length >= 5, heads.join(' / '));
  });
});

describe('a scanned book\'s preface signed at the foot of its page (ocr53)', () => {
  it('reads the issuing body over the date as the preface\'s signature, no title', () => {
    const text = [
      '    农业学大寨材料汇编',
      '',
      '==========第1页==========',
      '    说明',
      '    这本材料汇编收入了各地学大寨的经验介绍十篇，供县、社干部学习时参考，不当之处请指正。',
      '    某某县革命委员会宣传组',
      '    一九七五年十月',
      '',
      '==========第2页==========',
      '    大寨精神处处开花',
      '    今年我县各公社都掀起了农业学大寨的热潮，修梯田，打水井，粮食产量比去年增长一成。',
    ].join('\n');
    const heads = headsOn(text).map((h) => h.head);
    assert.ok(!heads.includes('某某县革命委员会宣传组'), heads.join(' / '));
    assert.equal(zoneOf(text, 6), 'closing');
  });
});
