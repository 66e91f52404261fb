/**
 * A Markdown page's front matter is the page's metadata: its numbers stay figures, where the same
 * `key: value` fields in a file of records are the machine's (figures/recordCodes.ts). Text
 * written for this test.
 */
import * as assert from 'node:assert/strict';
import { extractFigures } from '../../src/core';

describe('figures: record fields and a Markdown front matter', () => {
  const body = '全县今年新建村道12公里，带动群众增收。';
  it('keeps the numbers of a front matter, and leaves out the same fields in a record', () => {
    const page = ['---', 'title: "青山县以工代赈见闻"', 'word_count: 3104', '---', '', body].join('\n');
    assert.deepEqual(extractFigures(page).map((f) => f.text), ['3104', '12公里']);
    const record = ['{', '  "word_count": 3104,', `  "content": "${body}"`, '}'].join('\n');
    assert.deepEqual(extractFigures(record).map((f) => f.text), ['12公里']);
  });
});
