import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { indexFile } from '../../src/vscode/workspaceRead';
import { FAMILIES } from '../../src/core/outline/rows';
import { parseOutline } from '../../src/core';
import { fileHeadings, foldForSearch, HeadingIndex, HEADING_INTS, headingNames, nameForQuery } from '../../src/core/workspace';

/** Invented speeches: a title, 一、 parts and （一） sections. */
const A = [
  '关于青岚县工作的报告',
  '',
  '一、过去一年的工作',
  '这一年做了很多事情。',
  '（一）推进科技创新',
  '建成实验室三个。',
  '（二）加快乡村振兴步伐',
  '修路五十公里。',
  '二、今年的主要任务',
  '（一）深化科技创新体制改革',
  '改革有关制度。',
  '（二）扩大ＧＤＰ核算试点',
  '开展试点。',
].join('\n');

const B = ['白石镇会议讲话', '', '一、科技创新是第一动力', '要抓紧。', '二、关于民生', '（一）办好教育', '多建学校。', '（二）科技 创新 服务', '做好服务。'].join('\n');

function indexOf(docs: Record<string, string>): HeadingIndex {
  const index = new HeadingIndex();
  for (const [name, text] of Object.entries(docs)) index.set(name, fileHeadings(text, parseOutline(text)));
  return index;
}

describe('workspace heading index', () => {
  it('folds spaces, letter case and full-width forms the same way for headings and queries', () => {
    assert.equal(foldForSearch('（三） Ｇ Ｄ Ｐ\u3000增长'), '(三)gdp增长');
    assert.equal(foldForSearch('(三)GDP增长'), '(三)gdp增长');
    const map: number[] = [];
    assert.equal(foldForSearch('a b', map), 'ab');
    assert.deepEqual(map, [0, 2]);
  });

  it('keeps each heading as written, with its level, parent and selection on the right line', () => {
    const h = fileHeadings(A, parseOutline(A));
    const names = headingNames(h);
    const i = names.indexOf('（二）加快乡村振兴步伐');
    assert.ok(i > 0, names.join(' | '));
    const k = i * HEADING_INTS;
    assert.equal(h.ints[k + 3], 6, 'line');
    assert.equal(h.ints[k + 4], 0, 'column');
    assert.equal(h.ints[k + 6], '（二）加快乡村振兴步伐'.length, 'end column');
    assert.equal(names[h.ints[k + 1]], '一、过去一年的工作', 'parent');
    assert.ok(h.ints[k] > h.ints[h.ints[k + 1] * HEADING_INTS], 'deeper than its parent');
  });

  it('finds a substring anywhere in a title, across documents, title starts and higher levels first', () => {
    const index = indexOf({ 'a.txt': A, 'b.txt': B });
    const hits = index.search('科技创新');
    const got = hits.map((x) => `${x.file}:${x.name}`);
    assert.equal(got[0], 'b.txt:一、科技创新是第一动力', 'the title starts with the query, level 1');
    assert.equal(hits[0].rank, 0);
    // every heading that holds the words is found once, spaces inside the heading ignored
    assert.deepEqual(new Set(got), new Set(['b.txt:一、科技创新是第一动力', 'a.txt:（一）推进科技创新', 'a.txt:（一）深化科技创新体制改革', 'b.txt:（二）科技 创新 服务']));
    const ranks = hits.map((x) => x.rank);
    assert.deepEqual([...ranks].sort(), ranks, 'title starts before substrings');
    const inside = hits.find((x) => x.name === '（一）推进科技创新')!;
    assert.equal(inside.rank, 1);
    assert.equal(inside.parent, '一、过去一年的工作');
    assert.equal(inside.name.slice(inside.matchStart, inside.matchEnd), '科技创新');
  });

  it('matches the marker too, in either width, and ASCII in either width', () => {
    const index = indexOf({ 'a.txt': A });
    const full = index.search('（二）扩大').map((x) => x.name);
    const half = index.search('(二)扩大').map((x) => x.name);
    assert.deepEqual(full, ['（二）扩大ＧＤＰ核算试点']);
    assert.deepEqual(half, full);
    const gdp = index.search('gdp');
    assert.equal(gdp.length, 1);
    assert.equal(gdp[0].rank, 1);
    assert.equal(index.search('（二）')[0].rank, 0, 'the whole name starts with the query');
  });

  it('shows the matched part as typed when it is written differently, so a character filter keeps the hit', () => {
    const index = indexOf({ 'a.txt': A, 'b.txt': B });
    const [h] = index.search('(二)扩大');
    assert.equal(nameForQuery(h, '(二)扩大'), '(二)扩大ＧＤＰ核算试点');
    assert.equal(nameForQuery(h, '（二）扩大'), '（二）扩大ＧＤＰ核算试点');
    const spaced = index.search('科技创新服务')[0];
    assert.equal(spaced.name, '（二）科技 创新 服务');
    assert.equal(nameForQuery(spaced, '科技创新服务'), '（二）科技创新服务');
  });

  it('updates and forgets documents; an empty query lists the top level; the limit keeps the best', () => {
    const index = indexOf({ 'a.txt': A, 'dir/b.txt': B });
    const before = index.headings;
    assert.ok(index.search('乡村振兴').length === 1);
    index.set('a.txt', fileHeadings(B, parseOutline(B)));
    assert.equal(index.search('乡村振兴').length, 0);
    assert.equal(index.headings, 2 * headingNames(index.get('dir/b.txt')!).length);
    assert.notEqual(index.headings, before);
    assert.ok(index.search('').every((x) => x.level <= 1));
    assert.ok(index.search('').length >= 2);
    assert.equal(index.search('科技', { limit: 1 }).length, 1);
    assert.equal(index.search('科技', { limit: 1 })[0].rank, 0);
    assert.equal(index.deletePrefix('dir/'), 1);
    assert.equal(index.size, 1);
    assert.ok(index.delete('a.txt'));
    assert.equal(index.headings, 0);
    assert.deepEqual(index.search('科技'), []);
  });

  it('never throws on odd input', () => {
    const index = new HeadingIndex();
    for (const t of ['', '\n\n', '一、', '（一）\u3000', 'x'.repeat(1000)]) index.set(t, fileHeadings(t, parseOutline(t)));
    for (const q of ['', ' ', '\u3000', '一', '（', '\n', '\uD800']) assert.doesNotThrow(() => index.search(q));
  });
});

describe('workspace heading index: reading a file for the worker', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gangmu-wsread-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('reads, decodes and parses a file from disk or from bytes; skips what is too large or not text', () => {
    writeFileSync(join(dir, 'a.txt'), A);
    const fromDisk = indexFile({ key: 'a', fsPath: join(dir, 'a.txt'), format: 'plain' }, {}, 1 << 20);
    assert.ok(fromDisk.headings && headingNames(fromDisk.headings).includes('（一）推进科技创新'), JSON.stringify(fromDisk));
    assert.equal(fromDisk.chars, A.length);
    const bytes = new TextEncoder().encode(A);
    const fromBytes = indexFile({ key: 'b', bytes, format: 'plain' }, {}, 1 << 20);
    assert.deepEqual(headingNames(fromBytes.headings!), headingNames(fromDisk.headings!));
    const tooLarge = indexFile({ key: 'c', fsPath: join(dir, 'a.txt'), format: 'plain' }, {}, 10);
    assert.ok(tooLarge.skipped && !tooLarge.headings);
    const missing = indexFile({ key: 'd', fsPath: join(dir, 'none.txt'), format: 'plain' }, {}, 1 << 20);
    assert.ok(missing.skipped && !missing.headings);
    const binary = indexFile({ key: 'e', bytes: new Uint8Array([0xff, 0xfe, 0x00, 0xd8, 0x41]), format: 'plain' }, {}, 1 << 20);
    assert.ok(binary.skipped || binary.headings, 'never throws');
    const families = indexFile({ key: 'f', fsPath: join(dir, 'a.txt'), format: 'plain' }, { families: ['title', 'cn-dun'] }, 1 << 20);
    const familyOf = (h: { ints: Int32Array }) => Array.from({ length: h.ints.length / HEADING_INTS }, (_, i) => FAMILIES[h.ints[i * HEADING_INTS + 2]]);
    assert.ok(familyOf(fromDisk.headings!).includes('cn-paren'));
    assert.ok(!familyOf(families.headings!).includes('cn-paren'), 'the families setting is followed');
  });
});
