import * as assert from 'node:assert/strict';
import { firstAtOrAbove } from '../../src/core/text/lines';

describe('text/lines firstAtOrAbove: where a value would go in a sorted list (one binary search for three readers)', () => {
  it('gives the first index at or above the value, the length when none is', () => {
    assert.equal(firstAtOrAbove([], 3), 0);
    assert.equal(firstAtOrAbove([2, 4, 4, 9], 1), 0);
    assert.equal(firstAtOrAbove([2, 4, 4, 9], 2), 0);
    assert.equal(firstAtOrAbove([2, 4, 4, 9], 3), 1);
    assert.equal(firstAtOrAbove([2, 4, 4, 9], 4), 1);
    assert.equal(firstAtOrAbove([2, 4, 4, 9], 5), 3);
    assert.equal(firstAtOrAbove([2, 4, 4, 9], 10), 4);
    assert.equal(firstAtOrAbove(new Int32Array([0, 8, 16]), 8), 1);
  });

  it('agrees with a walk from the start on random sorted lists', () => {
    let seed = 7;
    const rnd = (n: number): number => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; };
    for (let t = 0; t < 500; t++) {
      const xs = Array.from({ length: rnd(12) }, () => rnd(20)).sort((a, b) => a - b);
      const at = rnd(22) - 1;
      let walk = 0;
      while (walk < xs.length && xs[walk] < at) walk++;
      assert.equal(firstAtOrAbove(xs, at), walk, `${JSON.stringify(xs)} at ${at}`);
    }
  });
});
