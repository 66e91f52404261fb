import * as assert from 'node:assert/strict';
import { extractFigures } from '../../src/core/figures';
import { timeBoth } from './smallAndBig';

describe('figures: runs of joined numbers read once (lin36)', () => {
  // The scan reads each number of a run that no rule takes; the locants' comma run (1，4—丁二醇),
  // the middle-dot run (5·12) and the plus run (1+2+3) were each read to their end from every
  // number in them, so a data array of k numbers cost k²/2 reads (8,000 numbers joined by commas,
  // 32,000 characters on one line, took 21 s). Eight times the numbers should take about eight
  // times as long.
  const cases: [string, (k: number) => string][] = [
    ['commas (a data array)', (k) => '[' + '12,'.repeat(k) + '12]\n'],
    ['full-width commas', (k) => '2016，'.repeat(k) + '2017年\n'],
    ['middle dots before a letter', (k) => '1·'.repeat(k) + '1a\n'],
    ['plus signs before a percent sign', (k) => '1+'.repeat(k) + '1%\n'],
  ];
  for (const [name, make] of cases) {
    it(name, () => {
      const [ts, tb] = timeBoth(make(600), make(4800), (t) => extractFigures(t));
      assert.ok(tb < 16 * ts + 200, `600 numbers ${ts} ms, 4,800 numbers ${tb} ms`);
    });
  }
});
