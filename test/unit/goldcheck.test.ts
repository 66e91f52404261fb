import * as assert from 'node:assert/strict';
import { checkGold } from '../../scripts/goldcheck';

// An invented two-part notice: the checker must accept a right gold and name each kind of slip.
const text = '关于做好冬季供暖工作的通知\n一、总体要求\n全市供暖面积达到1.2亿平方米。\n（一）保障民生\n2026年11月15日起供暖。\n';
const good = {
  headings: [
    { line: 1, col: 0, marker: '', level: 1, title: '关于做好冬季供暖工作的通知', parent: null },
    { line: 2, col: 0, marker: '一、', level: 2, title: '总体要求', parent: 0 },
    { line: 4, col: 0, marker: '（一）', level: 3, title: '保障民生', parent: 1 },
  ],
  figures: [
    { line: 3, col: 8, text: '1.2亿平方米', value: 120000000, unit: '平方米', kind: 'area' },
    { line: 5, col: 0, text: '2026年11月15日', value: '2026-11-15', unit: '', kind: 'date' },
  ],
};
const clone = (): typeof good => JSON.parse(JSON.stringify(good));

describe('goldcheck: a gold file points at its own text', () => {
  it('accepts a gold that follows ANNOTATION.md', () => {
    assert.deepEqual(checkGold(text, good), []);
  });
  it('names a heading whose marker is not at its col', () => {
    const g = clone();
    g.headings[1].col = 1;
    assert.match(checkGold(text, g).join('\n'), /heading 1 .*marker "一、" is not at col 1/);
  });
  it('names a level that does not follow the parent', () => {
    const g = clone();
    g.headings[2].level = 2;
    assert.match(checkGold(text, g).join('\n'), /heading 2 .*level 2 but parent's level is 2/);
  });
  it('names a figure off its text, a kind outside the list and a date value that is not ISO 8601', () => {
    const g = clone();
    g.figures[0].col = 7;
    g.figures[1].kind = 'time';
    const out = checkGold(text, g).join('\n');
    assert.match(out, /figure 0 .*text is not at col 7/);
    assert.match(out, /kind "time"/);
    const h = clone();
    (h.figures[1] as { value: unknown }).value = '2026/11/15';
    assert.match(checkGold(text, h).join('\n'), /ISO 8601/);
  });
  it('names overlapping figures and CR line ends', () => {
    const g = clone();
    g.figures.splice(1, 0, { line: 3, col: 10, text: '亿平方米', value: 1, unit: '', kind: 'count' });
    assert.match(checkGold(text, g).join('\n'), /overlaps/);
    assert.match(checkGold(text.replace(/\n/g, '\r\n'), { headings: [], figures: null }).join('\n'), /CR/);
  });
});
