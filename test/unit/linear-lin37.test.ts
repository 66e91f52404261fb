import * as assert from 'node:assert/strict';
import { parseOutline } from '../../src/core/outline';
import { timeBoth } from './smallAndBig';

/** Distinct short words of our own (甲, 乙, …, 甲乙, …), so no two joined pieces are the same string. */
const CJK = '甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥';
const word = (i: number): string => { let s = ''; do { s += CJK[i % 24]; i = Math.floor(i / 24); } while (i > 0); return s; };

describe('this round\'s readers: linear in the text (lin37)', () => {
  it('outline: a section number read after joined marker pieces reads the text\'s scheme once, not once per piece', () => {
    // `1` / `总则甲` (a marker broken over two lines: structure.ts brokenMarker joins them into a
    // string of its own) between section numbers `1.3 适用范围`: each joined string was kept in the
    // decimal scheme's cache of four texts and pushed the document out, so the next section number
    // read the whole text again (3,200 pieces in 61 KB took 2.5 s where the same lines opening
    // with `x` took 0.13 s); short texts are read each time and never kept now
    const make = (p: string): string => '1.1 编制目的\n1.2 编制依据\n' +
      Array.from({ length: 3200 }, (_, i) => `${p}\n总则${word(i)}\n\n`).join('1.3 适用范围\n');
    const [tp, tj] = timeBoth(make('x'), make('1'), (t) => parseOutline(t));
    assert.ok(tj < 3 * tp + 200, `plain lines ${tp} ms, joined pieces ${tj} ms`);
  });
  it('outline: lines of one length that differ only inside are grouped once each, not compared with every earlier one', () => {
    // the short lines' groups (lineGroups: running heads, a contents list's items) hashed a line on
    // its length and five characters (two first, the middle, two last): distinct lines of one length
    // that differ elsewhere (`某某甲乙丙项工作要求落实好。`, a table's rows) all shared one hash and each
    // was compared with every earlier one (12,000 lines took 11 s, the same lines varying at their
    // start 1.5 s); every character is hashed now
    const code = (i: number): string => CJK[i % 24] + CJK[Math.floor(i / 24) % 24] + CJK[Math.floor(i / 576) % 24];
    const inside = Array.from({ length: 6000 }, (_, i) => `某某${code(i)}项工作要求落实好。\n`).join('');
    const start = Array.from({ length: 6000 }, (_, i) => `${code(i)}某某项工作要求落实好。\n`).join('');
    const [ts, ti] = timeBoth(start, inside, (t) => parseOutline(t));
    assert.ok(ti < 3 * ts + 300, `varying at the start ${ts} ms, varying inside ${ti} ms`);
  });
  it('outline: a text of section numbers after one of the same length is not compared with it at every number', () => {
    // the decimal scheme's cache looked texts up oldest first: after a document of the same length
    // (the same words but the end: an edit that kept the length), each of the new text's section
    // numbers compared the two texts whole (32,000 numbers, 462 KB: 4.7 s where the text alone took
    // 0.34 s); the text last asked about is looked at first now, found by identity
    const lines = Array.from({ length: 24000 }, (_, i) => `2.${(i % 9) + 1} 工作${word(i)}要求\n`).join('');
    const body = '1 总则\n1.1 编制目的\n1.2 编制依据\n' + lines;
    const end = (k: number, len: number): string => (body + '#' + k + '结').padEnd(len, '。');
    const len = body.length + 40;
    parseOutline(end(1, len + 7));
    let t0 = Date.now();
    parseOutline(end(2, len)); // no text of its length before it
    const alone = Date.now() - t0;
    parseOutline(end(3, len));
    t0 = Date.now();
    parseOutline(end(4, len)); // right after one of its length
    const after = Date.now() - t0;
    assert.ok(after < 3 * alone + 200, `alone ${alone} ms, after a text of the same length ${after} ms`);
  });
});
