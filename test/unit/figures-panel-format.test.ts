import * as assert from 'node:assert/strict';
import {
  groupDigits,
  readableChinese,
  formatValue,
  sortValueOf,
  sectionChain,
  buildFigureRows,
  figuresToMarkdown,
  markdownCell,
} from '../../src/core/figures/format';
import type { Figure, Heading, Outline } from '../../src/core/types';
import { computeLineStarts } from '../../src/core/text/lines';

function heading(over: Partial<Heading>): Heading {
  return {
    marker: '', family: 'cn-dun', ordinal: 1, title: '', level: 1, parent: null,
    start: 0, titleStart: 0, titleEnd: 0, end: 0, inline: false, run: 0, ...over,
  };
}

/** A figure for the text span `needle` (the n-th occurrence). */
function fig(text: string, needle: string, over: Partial<Figure> = {}, nth = 0): Figure {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = text.indexOf(needle, start + 1);
  assert.ok(start >= 0, needle);
  return {
    start, end: start + needle.length, text: needle, value: null, unit: '', kind: 'other',
    approx: null, indicator: null, relation: null, of: null, section: null, ...over,
  };
}

describe('figure formatting', () => {
  it('groups digits in threes and keeps stated decimals', () => {
    const cases: [number, string][] = [
      [0, '0'], [7, '7'], [999, '999'], [1000, '1,000'], [7060000000, '7,060,000,000'],
      [-1234.5, '-1,234.5'], [12.36, '12.36'], [1234567.891, '1,234,567.891'], [0.1 + 0.2, '0.3'],
    ];
    for (const [v, s] of cases) assert.equal(groupDigits(v), s, String(v));
    assert.equal(groupDigits(NaN), 'NaN');
  });

  it('reads large numbers with 万, 亿 and 万亿', () => {
    const cases: [number, string][] = [
      [7060000000, '70.6亿'], [5.66e12, '5.66万亿'], [134.9e12, '134.9万亿'], [12360, '1.236万'],
      [12560000, '1256万'], [1e8, '1亿'], [9999, ''], [99999999.99, '1亿'], [-3e4, '-3万'], [Infinity, ''],
    ];
    for (const [v, s] of cases) assert.equal(readableChinese(v), s, String(v));
  });

  it('formats every kind of value', () => {
    assert.deepEqual(formatValue(7060000000), { value: '7,060,000,000', readable: '70.6亿' });
    assert.deepEqual(formatValue([500000, 800000]), { value: '500,000–800,000', readable: '50万–80万' });
    assert.deepEqual(formatValue([1, 2]), { value: '1–2', readable: '' });
    assert.deepEqual(formatValue([null, null]), { value: '?–?', readable: '' });
    assert.deepEqual(formatValue('2024-07-03'), { value: '2024-07-03', readable: '' });
    assert.deepEqual(formatValue('--09-28'), { value: '09-28', readable: '' });
    assert.deepEqual(formatValue('--04'), { value: '04', readable: '' });
    assert.deepEqual(formatValue('---16'), { value: '16', readable: '' });
    assert.deepEqual(formatValue('T11:08'), { value: '11:08', readable: '' });
    assert.deepEqual(formatValue(['2021', '2025']), { value: '2021–2025', readable: '' });
    assert.deepEqual(formatValue(['T22:00', 'T05:30']), { value: '22:00–05:30', readable: '' });
    assert.deepEqual(formatValue(null), { value: '', readable: '' });
  });

  it('sorts ranges by their low end and leaves non-numbers out', () => {
    assert.equal(sortValueOf(5), 5);
    assert.equal(sortValueOf([3, 9]), 3);
    assert.equal(sortValueOf([null, 9]), 9);
    assert.equal(sortValueOf('--09-28'), null);
    assert.equal(sortValueOf(null), null);
  });

  it('follows parents to the root and survives broken outlines', () => {
    const outline: Outline = {
      lineStarts: [0],
      hardWrapped: false,
      headings: [heading({ parent: null }), heading({ parent: 0 }), heading({ parent: 1 }), heading({ parent: 4 }), heading({ parent: 3 })],
    };
    assert.deepEqual(sectionChain(outline, 2), [0, 1, 2]);
    assert.deepEqual(sectionChain(outline, null), []);
    assert.deepEqual(sectionChain(outline, 99), []);
    assert.deepEqual(sectionChain(undefined, 0), []);
    // 3 → 4 → 3 is a cycle: it must end.
    assert.ok(sectionChain(outline, 3).length <= 2);
  });
});

describe('figure rows', () => {
  const text = '一、回顾\n（一）经济\n地区生产总值可达70.6亿元，增长5%。\r\n二、任务\n投资超1.2万亿元。';
  const ls = computeLineStarts(text);
  const outline: Outline = {
    lineStarts: ls,
    hardWrapped: false,
    headings: [
      heading({ marker: '一、', title: '回顾', start: 0 }),
      heading({ marker: '（一）', family: 'cn-paren', title: '经济', level: 2, parent: 0, start: ls[1] }),
      heading({ marker: '二、', title: '任务', ordinal: 2, start: ls[3] }),
    ],
  };
  const figures = [
    fig(text, '70.6亿元', { value: 7060000000, unit: '元', kind: 'money', indicator: '地区生产总值', section: 1 }),
    fig(text, '5%', { value: 5, unit: '%', kind: 'percent', relation: '增长', of: 0, section: 1 }),
    fig(text, '1.2万亿元', { value: 1.2e12, unit: '元', kind: 'money', approx: '超', section: 2 }),
  ];
  const rows = buildFigureRows(text, figures, outline);

  it('places each row at its 1-based line and UTF-16 column', () => {
    for (const r of rows) {
      const f = figures[r.index];
      assert.equal(ls[r.line - 1] + r.col, f.start);
      assert.equal(text.slice(ls[r.line - 1] + r.col, ls[r.line - 1] + r.col + r.length), r.text);
    }
    assert.equal(rows[2].line, 5, 'CRLF counts as one line break');
  });

  it('gives the section path from the root', () => {
    assert.deepEqual(rows[0].section, ['一、回顾', '（一）经济']);
    assert.equal(rows[0].sectionBrief, '一、 › （一）经济');
    assert.equal(rows[2].sectionBrief, '二、任务');
    assert.equal(rows[0].top, 0);
    assert.deepEqual(rows[2].section, ['二、任务']);
    assert.equal(rows[2].top, 2);
    assert.equal(rows[0].readable, '70.6亿');
    assert.equal(rows[2].readable, '1.2万亿');
  });

  it('works without an outline', () => {
    const bare = buildFigureRows(text, figures);
    assert.deepEqual(bare.map((r) => r.line), rows.map((r) => r.line));
    assert.deepEqual(bare[0].section, []);
    assert.equal(bare[0].top, null);
  });
});

describe('figure tables', () => {
  const text = '<script>alert(1)</script> 增长5%，=SUM(A1)投资|3亿元';
  const figures = [
    fig(text, '1', { value: 1, kind: 'other' }),
    fig(text, '5%', { value: 5, unit: '%', kind: 'percent', indicator: '<img src=x onerror=alert(1)>' }),
    fig(text, '3亿元', { value: 3e8, unit: '元', kind: 'money', indicator: '=SUM(A1)投资|', relation: 'a "b", c' }),
  ];
  const rows = buildFigureRows(text, figures);

  it('writes a Markdown table whose cells cannot break the table or inject HTML', () => {
    assert.equal(markdownCell('a|b\nc'), 'a\\|b c');
    const md = figuresToMarkdown(rows);
    const lines = md.trim().split('\n');
    assert.equal(lines.length, rows.length + 2);
    const cols = (l: string) => l.replace(/\\\|/g, '').split('|').length;
    for (const l of lines) assert.equal(cols(l), cols(lines[0]), l);
    assert.ok(!md.includes('<img'));
    assert.ok(md.includes('300,000,000 (3亿)'));
  });
});
