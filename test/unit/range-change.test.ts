import * as assert from 'node:assert/strict';
import { extractFigures } from '../../src/core/figures';
import { parseOutline } from '../../src/core/outline';
import { changeBefore } from '../../src/core/figures/rangeChange';

/** Figures of a text as `text value`. */
function figs(text: string): string[] {
  return extractFigures(text, parseOutline(text)).map((f) => `${f.text} ${JSON.stringify(f.value)}`);
}

describe('rangeChange: one reading of "a change, not a range" for every pair joined by 至 or 到', () => {
  it('finds a verb of change right before the first amount, an approximator or 了 between', () => {
    const at = (t: string, w: string): boolean => changeBefore(t, t.indexOf(w));
    assert.equal(at('下降2人至10人', '2人'), true);
    assert.equal(at('增长了约5%至8%', '5%'), true);
    assert.equal(at('提高百分之五', '百分之五'), true);
    assert.equal(at('提供300元到500元', '300元'), false);
    assert.equal(at('上半年招收26人至41人', '26人'), false);
  });

  it('finds a starting point anywhere a few characters back in the clause, not across a comma', () => {
    const at = (t: string, w: string): boolean => changeBefore(t, t.indexOf(w));
    assert.equal(at('人数从原来的30人到50人', '30人'), true);
    assert.equal(at('由30人到50人', '30人'), true);
    assert.equal(at('从前年起，每班30人到50人', '30人'), false);
  });

  it('joins a range with the unit on both ends after a word that only looks like change (提供, 上半年)', () => {
    assert.ok(figs('每户提供300元到500元补贴。').includes('300元到500元 [300,500]'), figs('每户提供300元到500元补贴。').join(' | '));
    assert.ok(figs('上半年招收26人至41人。').includes('26人至41人 [26,41]'), figs('上半年招收26人至41人。').join(' | '));
  });

  it('keeps the two ends of a change apart, in digits and in Chinese numerals alike', () => {
    assert.deepEqual(figs('人数从原来的30人到50人。').filter((r) => r.includes('[')), []);
    assert.deepEqual(figs('比例由百分之五提高至百分之八。').filter((r) => r.includes('[')), []);
    assert.deepEqual(figs('人数由30人到50人。').filter((r) => r.includes('[')), []);
  });

  it('joins a range that 调至 sets', () => {
    assert.ok(figs('价格调至300元至500元。').includes('300元至500元 [300,500]'));
  });
});
