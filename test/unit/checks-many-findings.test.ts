/**
 * A long document with hundreds of thousands of findings: every one is reported. The checks
 * gathered each family's findings with a spread (`push(...found)`), which overflows V8's call stack
 * past about 120,000 arguments; with the safety nets on, the thrown error turned into no findings
 * at all. Runs with the safety nets off, so such an error fails the test. Text written for it.
 */
import * as assert from 'node:assert/strict';
import { checkNumbering, parseOutline } from '../../src/core';
import { setSafetyNets } from '../../src/core/safety';
import { appendAll } from '../../src/core/text/arrays';

describe('checks: a document with very many findings', () => {
  before(() => setSafetyNets(false));
  after(() => setSafetyNets(true));

  it('reports every finding past the spread limit (240,000 parts, each with a stray 、 after its bracket)', function () {
    this.timeout(120_000);
    const n = 240_000;
    const lines: string[] = [];
    for (let i = 0; i < n; i++) lines.push(i % 2 === 0 ? '（一）、甲乙丙丁' : '（三）、甲乙丙丁');
    const text = lines.join('\n');
    const outline = parseOutline(text);
    const small = checkNumbering(lines.slice(0, 1000).join('\n'), parseOutline(lines.slice(0, 1000).join('\n')));
    const perLine = small.length / 1000;
    assert.ok(perLine > 0, 'the small text has findings');
    assert.equal(checkNumbering(text, outline).length, perLine * n);
  });

  it('appends an array of any length', () => {
    const target = [1];
    appendAll(target, new Array(300_000).fill(2));
    assert.equal(target.length, 300_001);
    assert.equal(target[300_000], 2);
  });
});
