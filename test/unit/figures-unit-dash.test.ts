import * as assert from 'node:assert/strict';
import { extractFigures } from '../../src/core/figures';

// Our own sentences: a range whose two ends each carry their unit, joined by a dash.
function read(text: string): [string, unknown, string][] {
  return extractFigures(text).map((f) => [f.text, f.value, f.unit]);
}

describe('a dash after a unit sign is a range\'s, not a minus (5℃-10℃)', () => {
  it('reads 5℃-10℃ as one range of temperatures, never −10', () => {
    assert.deepEqual(read('明天白天气温5℃-10℃，夜间有小雨。'), [['5℃-10℃', [5, 10], '℃']]);
  });

  it('keeps a minus where no unit closes the number before it', () => {
    assert.deepEqual(read('最低气温降到-20℃。'), [['-20℃', -20, '℃']]);
    assert.deepEqual(read('利润增长-3.5%。'), [['-3.5%', -3.5, '%']]);
  });
});
