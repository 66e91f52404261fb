/**
 * Full-width forms in figures: a rate written with the full-width slash (`100元／吨`) keeps its
 * whole unit, as `元/吨` does; a per-cent written with the full-width sign (`9.3％`) has the unit
 * `%`, with the text as written. Every sentence here is made up for the test.
 */
import * as assert from 'node:assert/strict';
import { brief } from './figureBrief';

describe('figures: full-width slash and per-cent sign', () => {
  it('reads a rate with the full-width slash as one figure with its whole unit', () => {
    assert.deepEqual(brief('保管费每年120元／吨，补贴标准为35元／人，运价2.5元/吨'), [
      '120元／吨|120|元／吨|money', '35元／人|35|元／人|money', '2.5元/吨|2.5|元/吨|money',
    ]);
  });
  it('gives a full-width per-cent the unit %, also when a scraper put the sign on the next line', () => {
    assert.deepEqual(brief('比上年增长9.3％，其中'), ['9.3％|9.3|%|percent']);
    const nodes = ['某县', '全县生产总值', '12.5', '亿元，比上年增长', '7.7', '％，其中：第一产业增加值', '3.3', '亿元，增长', '4.1%', '。'].join('\n');
    const got = brief(nodes);
    assert.ok(got.includes('7.7|7.7|%|percent'), got.join(' '));
    assert.ok(!got.some((f) => f.split('|')[2] === '％'), got.join(' '));
  });
});
