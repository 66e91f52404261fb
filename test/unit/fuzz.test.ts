/**
 * Fuzz: 10,000 generated documents through every engine with the safety nets off (a caught
 * exception fails). `npm run fuzz` runs the same property 10⁶ times.
 */
import fc from 'fast-check';
import { setSafetyNets } from '../../src/core/safety';
import { parseOutline } from '../../src/core/outline';
import { fuzzProperty } from '../fuzz/engines';
import * as assert from 'node:assert/strict';

describe('fuzz: every engine, safety nets off', function () {
  this.timeout(600000);
  before(() => setSafetyNets(false));
  after(() => setSafetyNets(true));

  it('the nets are off: an engine exception reaches the caller', () => {
    // A string whose coercion throws: with the nets on the outline answers empty, off it throws.
    const bad = { toString(): string { throw new Error('boom'); } } as unknown as string;
    assert.throws(() => parseOutline(bad), /boom/);
    setSafetyNets(true);
    try {
      assert.deepEqual(parseOutline(bad).headings, []);
    } finally {
      setSafetyNets(false);
    }
  });

  it('10,000 generated documents through outline (plain + Markdown), figures, checks and fixes: no exception', () => {
    fc.assert(fuzzProperty(), { numRuns: 10_000 });
  });
});
