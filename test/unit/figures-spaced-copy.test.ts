/**
 * A number spaced apart from the words around it is read from a copy of its line with the gaps
 * closed; a copy that closes no gap (the space before the number is kept, the one after it ends the
 * text) must not be copied again: found by the fuzz run (`第 3 页 2024 `, a stack overflow that
 * the safety net turned into no figures at all for the whole document).
 */
import * as assert from 'node:assert/strict';
import { extractFigures } from '../../src/core/figures';
import { parseOutline } from '../../src/core/outline';
import { setSafetyNets } from '../../src/core/safety';

describe('figures: a spaced number whose copy closes no gap', () => {
  it('reads the line without running away, safety nets off', () => {
    setSafetyNets(false);
    try {
      for (const text of ['第 3 页 2024 ', '第 3 页 2024 ', '共 12 页 2025 ']) {
        const figs = extractFigures(text, parseOutline(text));
        assert.ok(figs.some((f) => f.text.startsWith('2024') || f.text.startsWith('2025')), `${text}: ${figs.map((f) => f.text).join(' | ')}`);
      }
    } finally {
      setSafetyNets(true);
    }
  });
});
