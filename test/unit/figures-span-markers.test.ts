/** List markers set in their own inline tags after a semicolon (Word-exported HTML). Made-up text. */
import * as assert from 'node:assert/strict';
import { brief } from './figureBrief';

describe('figures: list markers in their own spans', () => {
  it('does not read N. after ；</span><span> as a count', () => {
    const text = '<p><span style="font-size:20px">1.</span><span>修好道路；</span><span style="font-size:20px">2.</span><span>建好学校；</span><span>3.</span><span>种好果树，新增30亩。</span></p>';
    assert.deepEqual(brief(text), ['30亩|30|亩|area']);
  });
  it('still reads a number after a Chinese word and tags', () => {
    assert.deepEqual(brief('<p>共有<span>3.</span><span>5万人</span>，增长<b>2</b>个。</p>').length > 0, true);
    assert.deepEqual(brief('<p>新建学校<span>12</span>所；<span>8</span>所在建。</p>'), ['12|12|所|count', '8|8||count']);
  });
});
