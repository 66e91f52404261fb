/**
 * The outline's fast paths (issue 10) give what the slow ones gave: the inline start finder on a
 * text with no markup reads its match's boundary back from the match's end (no match array), and
 * answers as the reading that keeps the match does.
 */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { InlineStartFinder } from '../../src/core/outline/markers';
import { INSIGNIFICANT_CHARS } from '../../src/core/outline/layout';

/** Every query in text order, as the marker scan asks: [from, boundary, start] for each. */
function answers(f: InlineStartFinder, text: string): number[][] {
  const out: number[][] = [];
  for (let p = 0; p <= text.length; p++) out.push([p, f.boundaryFrom(p), f.startFrom(p)]);
  return out;
}

describe('outline speed: fast paths read as the slow ones did', () => {
  it('finds the same boundaries and starts with and without the match array', () => {
    // boundaries, blanks (spaces, zero-width), start characters (numerals, stems, brackets) and words
    const pieces = ['。', '，', '；', '：', ',', '?', ' ', '\u3000', '\u200b', '\ufeff', '\t', '一', '二是', '第', '其', '甲', '（', '(', '⑴', '①', '发展', 'a', '\n', '1'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        // (with tags allowed and no `<` in the text the pattern's markup matches nothing: the old reading)
        assert.deepEqual(answers(new InlineStartFinder(text, INSIGNIFICANT_CHARS), text), answers(new InlineStartFinder(text, INSIGNIFICANT_CHARS, true), text), JSON.stringify(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('reads the boundary before blanks and zero-width characters', () => {
    const text = '总体要求。\u3000 \u200b二是加强';
    const f = new InlineStartFinder(text, INSIGNIFICANT_CHARS);
    assert.equal(f.boundaryFrom(0), 4);
    assert.equal(f.startFrom(0), 8);
    const none = new InlineStartFinder('没有标记的一句话', INSIGNIFICANT_CHARS);
    assert.equal(none.boundaryFrom(0), 8);
  });
});
