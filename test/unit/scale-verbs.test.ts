import * as assert from 'node:assert/strict';
import { extractFigures } from '../../src/core/figures';
import { parseOutline } from '../../src/core/outline';
import { passingVerbBefore } from '../../src/core/figures/scaleVerbs';

/** Figures of a text as `text value unit kind`. */
function figs(text: string): string[] {
  return extractFigures(text, parseOutline(text)).map((f) => `${f.text} ${f.value} ${f.unit} ${f.kind}`);
}

describe('scaleVerbs: one list of words before a bare scale, for the scanner and the pass alike', () => {
  it('finds the longest word ending at the scale and refuses 最近, 附近 and 赶超', () => {
    const at = (t: string, w: string): string | null => passingVerbBefore(t, t.indexOf(w));
    assert.equal(at('首次突破千万', '千万'), '突破');
    assert.equal(at('年产量将近百万', '百万'), '将近');
    assert.equal(at('用户达到千万', '千万'), '达到');
    assert.equal(at('营收超百亿', '百亿'), '超');
    assert.equal(at('最近百万', '百万'), null);
    assert.equal(at('附近千万', '千万'), null);
    assert.equal(at('赶超百亿', '百亿'), null);
    assert.equal(at('千万', '千万'), null);
  });

  it('reads a scale with a measure word after 破 as an amount (the scanner now knows 破)', () => {
    assert.ok(figs('今年全市包裹量首破千亿件，比上年提前两个月。').includes('千亿件 100000000000 件 count'), figs('今年全市包裹量首破千亿件').join(' | '));
  });

  it('reads a bare scale after 达到 as an amount (the pass now knows 达到)', () => {
    const t = '平台注册用户达到千万，日活跃用户稳步增长。';
    assert.ok(figs(t).includes('千万 10000000  count'), figs(t).join(' | '));
  });

  it('leaves 最近 and 赶超 before a scale word alone, in both readings', () => {
    for (const t of ['这是最近千万不要忘记的事。', '我们要赶超百亿，还差得远。']) {
      assert.deepEqual(figs(t), [], t);
    }
  });

  it('still reads a size class after a threshold word as no amount, and 近 as an amount', () => {
    assert.ok(!figs('支持人口超千万的城市先行先试。').some((r) => r.startsWith('千万')));
    assert.ok(figs('吸引近百万的游客前来参观。').some((r) => r.startsWith('百万')));
  });
});
