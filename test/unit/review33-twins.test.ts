/**
 * Review33: twin code made one. Every text here is made up for the test.
 */
import * as assert from 'node:assert/strict';
import { analyseAnatomy } from '../../src/core/outline/anatomy';
import { findPageFurniture, type ShortLineGroups } from '../../src/core/outline/anatomy/pageFurniture';
import { groupText } from '../../src/core/outline/anatomy/lineGroups';
import { analyseLayout, lineContentEnd, lineContentStart } from '../../src/core/outline/layout';
import { maskAround, maskIndexAt } from '../../src/core/outline/htmlBreaks';
import { computeLineStarts, lastAtOrBefore, lineEndAt, positionAt } from '../../src/core/text/lines';
import { joinWithNext } from '../../src/core/figures/joinNext';
import { extractFigures } from '../../src/core/figures';
import { parseOutline } from '../../src/core/outline';
import type { Figure } from '../../src/core/types';

const PROSE = '今年以来，全镇上下认真落实各项部署，经济运行总体平稳，发展质量稳步提升，群众生活持续改善。';

/** The zones of every line, with or without the short lines page furniture grouped handed to the anatomy. */
function zones(text: string, handOver: boolean): number[] {
  const lineStarts = computeLineStarts(text);
  const shortLines: ShortLineGroups = { groups: null, group: null };
  const furniture = findPageFurniture(text, lineStarts, shortLines);
  const layout = analyseLayout(text, lineStarts, () => false, undefined, furniture);
  return Array.from(analyseAnatomy({ text, lineStarts, layout, md: null, shortLines: handOver ? shortLines : undefined }).zone);
}

describe('review33: the table of contents reads the groups page furniture made (toc.ts, pageFurniture.ts)', () => {
  it('findPageFurniture hands over its groups of short lines: page marks, long lines and one-character lines left out', () => {
    const text = ['某镇工作报告', '- 1 -', PROSE, '某镇工作报告', '- 2 -', '甲', PROSE].join('\n');
    const shortLines: ShortLineGroups = { groups: null, group: null };
    findPageFurniture(text, computeLineStarts(text), shortLines);
    assert.ok(shortLines.groups && shortLines.group);
    const g = Array.from(shortLines.group);
    assert.deepEqual(g, [0, -1, -1, 0, -1, -1, -1]);
    assert.equal(groupText(shortLines.groups, 0), '某镇工作报告');
  });

  it('zones the same lines with the handed-over groups as with groups of its own', () => {
    const texts = [
      // 目录 over keys that need cleaning (spaces, leaders, page numbers), the body repeating them
      ['示例条例', '', '目　　录', '', '第一章　总　　则……1', '', '第二章　管　　理……3', '', '第三章　附　　则……5', '',
        '第一章　总　　则', '', '第一条', '', PROSE, '', '第二章　管　　理', '', '第二条', '', PROSE, '', '第三章　附　　则', '', '第三条', '', PROSE].join('\n'),
      // plain part names the body repeats in order (furniture grouped these very lines)
      ['示例报告', '总体要求', '主要任务', '保障措施', '总体要求', PROSE, '主要任务', PROSE, '保障措施', PROSE].join('\n'),
      // a part name longer than a running head (41 to 80 characters: toc groups it itself)
      ['示例报告', '一是关于进一步加强和改进全镇基层组织建设推动各项工作落到实处的总体要求和主要目标', '主要任务', '保障措施',
        '一是关于进一步加强和改进全镇基层组织建设推动各项工作落到实处的总体要求和主要目标', PROSE, '主要任务', PROSE, '保障措施', PROSE].join('\n'),
      // a key that cleaning makes equal to a plain line furniture grouped (`主要 任务 ……3` → 主要任务)
      ['示例报告', '目录', '总体要求 ……1', '主要 任务 ……3', '保障措施 ……5', '总体要求', PROSE, '主要任务', PROSE, '保障措施', PROSE].join('\n'),
      // keys with digits inside (not plain: keyed by cleaning, the key the same text furniture grouped)
      ['示例报告', '2031年工作回顾', '2032年主要任务', '保障措施', '2031年工作回顾', PROSE, '2032年主要任务', PROSE, '保障措施', PROSE].join('\n'),
      // page furniture and a list together
      ['某镇工作报告', '目录', '总体要求', '主要任务', '保障措施', '- 1 -', '某镇工作报告', '总体要求', PROSE, PROSE, '- 2 -', '某镇工作报告', '主要任务', PROSE, '保障措施', PROSE, '- 3 -'].join('\n'),
    ];
    for (const t of texts) {
      const own = zones(t, false);
      assert.deepEqual(zones(t, true), own, t);
      assert.ok(own.includes(6), t); // Zone.Toc
    }
  });

  it('reads a text with no content line (furniture grouped nothing) as before', () => {
    assert.deepEqual(zones('\n\n\n', true), zones('\n\n\n', false));
    assert.ok(Array.isArray(parseOutline('目录\n\n').headings));
  });
});

function fig(start: number, end: number, value: number | string, kind: Figure['kind'] = 'count'): Figure {
  return { start, end, value, unit: '', kind, text: '', approx: null } as unknown as Figure;
}

describe('review33: one step joins a figure with the next (figures/joinNext.ts)', () => {
  it('spans the first to the second, drops the second and reads it no further', () => {
    const text = '1-2-3 4';
    const figs = [fig(0, 1, 1), fig(2, 3, 2), fig(4, 5, 3), fig(6, 7, 4)];
    const asked: number[] = [];
    const out = joinWithNext(text, figs, (_t, f, g) => { asked.push(f.start); return text[f.end] === '-' && g.start === f.end + 1; });
    // 1 takes 2; 2 is not read as a first (its dash to 3 aside); 3 and 4 stand apart (a space between)
    assert.deepEqual(asked, [0, 4]);
    assert.deepEqual(out.map((f) => [f.start, f.end, f.text]), [[0, 3, '1-2'], [4, 5, ''], [6, 7, '']]);
  });

  it('gives the same array back when nothing joins', () => {
    const figs = [fig(0, 1, 1), fig(2, 3, 2)];
    assert.equal(joinWithNext('1 2', figs, () => false), figs);
    assert.deepEqual(joinWithNext('', [], () => true), []);
  });

  it('each reading that joins still joins its pairs (glued year-month, bare day, unit at both ends)', () => {
    const brief = (text: string): string[] => extractFigures(text, parseOutline(text)).map((f) => `${f.text}|${JSON.stringify(f.value)}|${f.kind}`);
    assert.ok(brief('本条例于19996月30日通过。').includes('19996月30日|"1999-06-30"|date'));
    assert.ok(brief('发布日期:2031年03月27\n').includes('2031年03月27|"2031-03-27"|date'));
    assert.ok(brief('参训人员年龄在20岁—24岁之间。').some((s) => s.startsWith('20岁—24岁|[20,24]')));
  });
});

describe('review33: one binary search for the last start at or before an offset (text/lines.ts lastAtOrBefore)', () => {
  it('finds the line of an offset, in an array or a typed array, and 0 when none starts before it', () => {
    assert.equal(lastAtOrBefore([0, 5, 9], 0), 0);
    assert.equal(lastAtOrBefore([0, 5, 9], 4), 0);
    assert.equal(lastAtOrBefore([0, 5, 9], 5), 1);
    assert.equal(lastAtOrBefore([0, 5, 9], 100), 2);
    assert.equal(lastAtOrBefore(Int32Array.from([3, 7]), 1), 0);
    assert.equal(lastAtOrBefore(Int32Array.from([3, 7]), 7), 1);
    assert.equal(lastAtOrBefore([], 3), 0);
    assert.deepEqual(positionAt([0, 5, 9], 7), { line: 1, col: 2 });
  });
});

describe('review33: one binary search for the masked range holding a position (htmlBreaks.ts maskIndexAt)', () => {
  it('finds the range holding a position, -1 between ranges and past them', () => {
    const masks: [number, number][] = [[2, 5], [8, 12], [20, 21]];
    assert.equal(maskIndexAt(masks, 2), 0);
    assert.equal(maskIndexAt(masks, 4), 0);
    assert.equal(maskIndexAt(masks, 5), -1);
    assert.equal(maskIndexAt(masks, 11), 1);
    assert.equal(maskIndexAt(masks, 20), 2);
    assert.equal(maskIndexAt(masks, 30), -1);
    assert.equal(maskIndexAt([], 0), -1);
    assert.equal(maskAround(masks, 9), 12);
    assert.equal(maskAround(masks, 7), -1);
  });
});

describe('review33: one reading of a line\'s end and content (text/lines.ts lineEndAt, layout.ts lineContentStart/End)', () => {
  it('ends a line before \\n, \\r\\n or a lone \\r, the last line at the text\'s end', () => {
    const text = 'ab\ncd\r\nef\rgh';
    const ls = computeLineStarts(text);
    assert.deepEqual(ls.map((_, i) => lineEndAt(text, ls, i)), [2, 5, 9, 12]);
    assert.equal(lineEndAt('', [0], 0), 0);
  });

  it('passes over spaces and zero-width characters at either end, not other text', () => {
    const t = '\u3000\u200b 正文 \u00a0\ufeff';
    const a = lineContentStart(t, 0, t.length);
    assert.equal(a, 3);
    assert.equal(lineContentEnd(t, a, t.length), 5);
    assert.equal(lineContentStart('\u200b\t', 0, 2), 2);
    assert.equal(lineContentEnd('\u200b\t', 2, 2), 2);
  });

  it('page furniture still reads a form feed before a line, after it and alone; the layout an empty line holding a zero-width space', () => {
    const text = ['第一页正文。', '\f', '第二页正文。', '\f第三页正文。', '第三页末行。\f', '第四页正文。', '\u200b', '', '末行。'].join('\n');
    const ls = computeLineStarts(text);
    const pf = findPageFurniture(text, ls);
    assert.ok(pf);
    assert.deepEqual(Array.from(pf.mask), [0, 1, 0, 0, 0, 0, 0, 0, 0]);
    assert.deepEqual(Array.from(pf.pageStart), [0, 0, 1, 1, 0, 1, 0, 0, 0]);
    const layout = analyseLayout(text, ls, () => false, undefined, pf);
    assert.equal(layout.lines.zeroWidth(6), true);
    assert.equal(layout.lines.blank(6), false);
    assert.equal(layout.lines.blank(7), true);
    assert.equal(layout.lines.zeroWidth(7), false);
  });
});
