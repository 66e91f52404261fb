/**
 * Figures on page openings of speeches, summaries and statistical communiqués (issue 8, fig28):
 * a year a template hides behind one asterisk, rates whose per-cent sign the page lost, and tables a
 * page reader flattened one cell per line with blank lines only. Every text here is made up for the test.
 */
import * as assert from 'node:assert/strict';
import { extractFigures } from '../../src/core/figures';

function brief(text: string): string[] {
  return extractFigures(text).map((f) => `${f.text}|${JSON.stringify(f.value)}|${f.unit}|${f.kind}`);
}

describe('figures fig28: a year redacted with one asterisk', () => {
  it('reads 20*年 as a redacted year', () => {
    assert.deepEqual(brief('回顾20*年的工作，部署19*年任务'), ['20*年|null||date', '19*年|null||date']);
  });
  it('leaves emphasis and other numbers as they were', () => {
    assert.deepEqual(brief('*20*年'), ['20|20||count']);
    assert.deepEqual(brief('共有2*3年'), ['2*3年|6|年|duration']);
  });
});
