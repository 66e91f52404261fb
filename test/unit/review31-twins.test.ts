import * as assert from 'node:assert/strict';
import { extractFigures } from '../../src/core/figures';
import { simplifiedCode, unannotated } from '../../src/core/text/reading';

// Invented lines shaped like traditional-character copies (a big5 gateway, a converting mirror):
// the outline's word lists and the figures' guard words read them through one table (review31).
function brief(text: string): string[] {
  return extractFigures(text).map((f) => `${f.text}|${JSON.stringify(f.value)}|${f.unit}|${f.kind}`);
}

describe('review31: one traditional-to-simplified table (text/reading.ts)', () => {
  it('reads 著 as 着, and 從 and 輪, in the outline readers too', () => {
    assert.equal(unannotated('意味著從新一輪開始'), '意味着从新一轮开始');
    assert.equal(simplifiedCode('著'.charCodeAt(0)), '着'.charCodeAt(0));
    assert.equal(simplifiedCode('着'.charCodeAt(0)), 0);
  });

  it('gives the figures the whole table: 五集電視專題片 is a series announced, as 五集电视专题片', () => {
    assert.deepEqual(brief('五集电视专题片今晚播出。'), ['五集|5|集|count']);
    assert.deepEqual(brief('五集電視專題片今晚播出。'), ['五集|5|集|count']);
  });
});
