import * as assert from 'node:assert/strict';
import { parseOutline } from '../../src/core/outline';
import { smallAndBig } from './smallAndBig';

describe('this round\'s readers: linear in the text (lin34)', () => {
  it('outline: a code line of one string literal before a long run of blanks is matched once, not once per blank', () => {
    // a page built by concatenating literals a line each (`"<p>一、…</p>" +`) is found with one
    // pattern per line: blanks after the literal read by two blank classes in a row (`\s*`, then
    // `[ \t]*` when no `+ ; , )` stands between) were tried at every split, quadratic in the run
    // (250 lines of 3,600 blanks took 7 s); linear is about 8x the small text, that 30x and more
    const make = (n: number): string => 'var a = "<p>";\n' + ('    "x"' + ' '.repeat(n) + 'z\n').repeat(250);
    const [ts, tb] = smallAndBig(make, 450, (t) => parseOutline(t));
    assert.ok(tb < 20 * ts + 200, `small ${ts} ms, big ${tb} ms`);
  });

  it('outline: template tags opening with no close in an HTML page are looked for once, not a window per brace', () => {
    // `{%` `{#` `{{` with no `%}` `#}` `}}` after: each brace searched the next 2,000 characters for
    // its close (256K characters took 1.2 s where plain braces took 15 ms)
    const wrap = (s: string): string => '<!DOCTYPE html>\n<html><body>\n' + s + '\n</body></html>\n';
    const tags = wrap('{%{#{{'.repeat(40_000));
    const plain = wrap('{x{y{z'.repeat(40_000));
    parseOutline(tags);
    parseOutline(plain);
    let t0 = Date.now();
    parseOutline(plain);
    const tp = Date.now() - t0;
    t0 = Date.now();
    parseOutline(tags);
    const tt = Date.now() - t0;
    assert.ok(tt < 5 * tp + 200, `plain braces ${tp} ms, template openers ${tt} ms`);
  });
});
