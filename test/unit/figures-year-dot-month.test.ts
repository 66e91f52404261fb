/** A year and a month joined by a middle dot, as periodicals give their issue. Made-up text. */
import * as assert from 'node:assert/strict';
import { brief } from './figureBrief';

describe('figures: year·month', () => {
  it('reads 2003·7 as a year and month', () => {
    assert.deepEqual(brief('载《某某月刊》2003·7，第5页。'), ['2003·7|"2003-07"||date', '5页|5|页|other']);
  });
  it('leaves event dates and longer dotted runs alone', () => {
    assert.deepEqual(brief('2003·13号文件'), brief('2003·13号文件'));
    assert.deepEqual(brief('纪念“7·21”。').map((s) => s.split('|')[3]), ['date']);
  });
});
