import * as assert from 'node:assert/strict';
import { closingBrace } from '../../src/core/text/braces';

describe('closingBrace: the brace that closes a piece of code', () => {
  it('finds the brace matching the one at `open`, braces inside counted', () => {
    const t = 'a ${ f({ x: 1 }) } b';
    assert.equal(closingBrace(t, 3, t.length), t.length - 3);
    assert.equal(closingBrace('@{ a(); }', 1, 9), 8);
  });
  it('gives -1 when the brace does not close before the limit', () => {
    const t = '${ { } and on';
    assert.equal(closingBrace(t, 1, t.length), -1);
    assert.equal(closingBrace('{ }', 0, 2), -1);
  });
});
