import * as assert from 'node:assert/strict';
import { groupCount, groupOf, groupOfRange, groupText, hashRange, newLineGroups } from '../../src/core/outline/anatomy/lineGroups';

describe('anatomy: groups of equal lines (lineGroups.ts)', () => {
  it('numbers groups by first occurrence and counts each, ranges read in place and strings alike', () => {
    const text = '甲乙丙\n丁戊\n甲乙丙\n己\n丁戊\n甲乙丙';
    const lines = text.split('\n');
    const g = newLineGroups();
    let at = 0;
    const ids: number[] = [];
    for (const l of lines) { ids.push(groupOfRange(g, text, at, l.length)); at += l.length + 1; }
    assert.deepEqual(ids, [0, 1, 0, 2, 1, 0]);
    assert.deepEqual([0, 1, 2].map((k) => groupText(g, k)), ['甲乙丙', '丁戊', '己']);
    assert.deepEqual(g.count, [3, 2, 1]);
    // a string finds the group a range opened, and a range finds the group a string opened
    assert.equal(groupOf(g, '丁戊'), 1);
    assert.equal(groupOf(g, '庚'), 3);
    assert.equal(g.count[1], 3);
    assert.equal(groupCount(g), 4);
    const more = '庚\n甲乙';
    assert.equal(groupOfRange(g, text, 0, 3), 0);
    assert.equal(groupText(g, 3), '庚');
    // a range of another text is grouped by its string
    assert.equal(groupOfRange(g, more, 0, 1), 3);
    assert.equal(groupOfRange(g, more, 2, 2), 4);
    assert.equal(groupText(g, 4), '甲乙');
    assert.deepEqual(g.count, [4, 3, 1, 2, 1]);
  });

  it('keeps texts of the same hash apart and stays right as the table grows past its first size', () => {
    // Same length and the same hash (a pair found by search: every character is hashed), different texts.
    const a = 'ABknyrqjubEF';
    const b = 'ABwlujqvknEF';
    assert.equal(hashRange(a, 0, a.length), hashRange(b, 0, b.length));
    const g = newLineGroups();
    assert.equal(groupOf(g, a), 0);
    assert.equal(groupOf(g, b), 1);
    assert.equal(groupOf(g, a), 0);
    // 5,000 distinct texts, each twice: ids come back in order, every count is 2.
    const map = new Map<string, number>();
    for (let r = 0; r < 2; r++) {
      for (let i = 0; i < 5000; i++) {
        const s = `第${i}项`;
        const id = groupOf(g, s);
        if (r === 0) map.set(s, id);
        else assert.equal(id, map.get(s));
      }
    }
    assert.equal(groupCount(g), 5002);
    for (let i = 2; i < groupCount(g); i++) assert.equal(g.count[i], 2);
  });

  it('keeps ranges of the same hash apart, read in place (the native comparison of slices)', () => {
    // lines of the same length and the same hash (pairs found by search: every character is
    // hashed), differing inside; short ranges (copied by a slice) and long ones (a view into the
    // text) alike
    const a = 'ABknyrqjubEF';
    const b = 'ABwlujqvknEF';
    const tail = '一二三四五六七八九十丙丁戊己庚';
    const lines = [a, b, a, 'ABqaewxqenEF' + tail, 'ABzxpsxjzkEF' + tail, b, 'ABqaewxqenEF' + tail];
    const text = lines.join('\n');
    assert.equal(hashRange(text, 0, 12), hashRange(text, 13, 12));
    assert.equal(hashRange(text, 39, 27), hashRange(text, 67, 27));
    const g = newLineGroups();
    let at = 0;
    const ids: number[] = [];
    for (const l of lines) { ids.push(groupOfRange(g, text, at, l.length)); at += l.length + 1; }
    assert.deepEqual(ids, [0, 1, 0, 2, 3, 1, 2]);
    assert.deepEqual(g.count, [2, 2, 2, 1]);
    // a string equal to a range's text finds its group; one of the same hash that differs does not
    assert.equal(groupOf(g, 'ABzxpsxjzkEF' + tail), 3);
    assert.equal(groupOf(g, 'ABqCDyEFknEF'), 4);
  });

  it('hashes a range as the same text standing alone', () => {
    const text = 'xx一二三四五yy';
    assert.equal(hashRange(text, 2, 5), hashRange('一二三四五', 0, 5));
    assert.equal(hashRange(text, 2, 1), hashRange('一', 0, 1));
  });
});
