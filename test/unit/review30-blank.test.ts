import * as assert from 'node:assert/strict';
import { contentEnd, contentStart } from '../../src/core/text/blank';
import { extractFigures } from '../../src/core/figures';
import { parseOutline } from '../../src/core/outline';

describe('blank.ts: a line\'s content without its blanks at either end', () => {
  it('passes over spaces, tabs, ideographic, no-break and zero-width spaces and a CR', () => {
    const line = ' \t\u3000\u00a0粮食总产量\u200b\u3000\r';
    const a = contentStart(line, 0, line.length);
    assert.equal(line.slice(a, contentEnd(line, a, line.length)), '粮食总产量');
  });
  it('gives an empty span for a blank line', () => {
    const line = ' \u3000\r';
    const a = contentStart(line, 0, line.length);
    assert.equal(contentEnd(line, a, line.length), a);
  });
});

describe('flattened tables read with cells padded by blanks', () => {
  it('reads a table flattened one cell per line whose cells carry no-break spaces and CRs', () => {
    const rows = ['主要产品产量', '2031年', '较上年增长(%)', '粮食总产量', '162817吨', '0.5', '油料产量', '9765吨', '-9.7'];
    const text = rows.map((r) => '\u00a0' + r + '\u3000\r').join('\r\n\r\n') + '\r\n';
    const figs = extractFigures(text, parseOutline(text)).filter((f) => f.text === '0.5' || f.text === '-9.7');
    assert.deepEqual(figs.map((f) => f.kind), ['percent', 'percent']);
  });
});
