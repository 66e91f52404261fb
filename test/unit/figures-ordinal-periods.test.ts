import * as assert from 'node:assert/strict';
import { extractFigures } from '../../src/core/figures';

describe('a period counted by an ordinal', () => {
  it('drops 十年 after 第一个 and keeps a measured 十年', () => {
    const text = '新世纪的第一个十年里，我们用了十年时间建成了这条铁路，第3个10年再出发。\n';
    const figs = extractFigures(text);
    const tens = figs.filter((f) => f.kind === 'duration');
    assert.equal(tens.length, 1);
    assert.equal(tens[0].start, text.indexOf('了十年') + 1);
  });
});
