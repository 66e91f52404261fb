import * as assert from 'node:assert/strict';
import { extractFigures } from '../../src/core/figures';

describe('a range of days followed by 期间', () => {
  it('keeps the second day in the range (日 before 期间 is the day)', () => {
    const text = '请各单位在6月12日至14日期间安排人员值班，7月3日-5日期间暂停办理。\n';
    const figs = extractFigures(text);
    const a = figs.find((f) => f.text === '6月12日至14日');
    assert.deepEqual(a?.value, ['--06-12', '---14']);
    const b = figs.find((f) => f.text === '7月3日-5日');
    assert.deepEqual(b?.value, ['--07-03', '---05']);
    assert.ok(!figs.some((f) => f.text === '14' || f.text === '5'));
  });

  it('still refuses 日 that starts another word after a range', () => {
    const figs = extractFigures('活动安排在3月2日至5日内完成。\n');
    assert.ok(!figs.some((f) => Array.isArray(f.value)));
  });
});
