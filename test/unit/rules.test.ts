import * as assert from 'node:assert/strict';
import { parseOutline } from '../../src/core';
import type { Outline } from '../../src/core/types';
import { computeLineStarts } from '../../src/core';
import { LineIndex, makeCorrection } from '../../src/core/outline/corrections';
import { applyRules, compileRule, riskyPattern, RULE_WINDOW, type CompiledRule } from '../../src/core/outline/rules';

function shape(o: Outline): string[] {
  return o.headings.map((h) => `${h.level}${h.parent === null ? '' : '^' + h.parent} ${h.marker}${h.title}`);
}

// Invented text in a house style: 专题一、 above 一、.
const DOC = [
  '前言正文写在这里。',
  '专题一、城市更新。这一专题讲三件事。',
  '一、总体安排',
  '正文甲。',
  '二、保障措施',
  '正文乙。',
  '专题二、乡村建设。这一专题讲两件事。',
  '一、基本思路',
  '正文丙。',
  '二、推进方式',
  '正文丁。',
].join('\n');
const ZHUANTI = '专题[一二三四五六七八九十]+、';

describe('house rules (gangmu.rules)', () => {
  it('a rule at the top makes its lines headings and nests the parts after them', () => {
    assert.deepEqual(shape(parseOutline(DOC)), ['1 一、总体安排', '1 二、保障措施', '1 一、基本思路', '1 二、推进方式']);
    const o = parseOutline(DOC, { rules: [{ pattern: ZHUANTI, rank: 'top' }] });
    assert.deepEqual(shape(o), ['1 专题一、城市更新', '2^0 一、总体安排', '2^0 二、保障措施', '1 专题二、乡村建设', '2^3 一、基本思路', '2^3 二、推进方式']);
    assert.equal(o.headings[0].ordinal, 1);
    assert.equal(o.headings[3].ordinal, 2);
    assert.equal(o.headings[0].run, o.headings[3].run);
    assert.equal(o.headings[0].end, DOC.indexOf('专题二'));
  });

  it('above:FAMILY takes that family\'s level; below:FAMILY goes one under it', () => {
    const above = parseOutline(DOC, { rules: [{ pattern: ZHUANTI, rank: 'above:cn-dun' }] });
    assert.deepEqual(shape(above), shape(parseOutline(DOC, { rules: [{ pattern: ZHUANTI, rank: 'top' }] })));
    const text = '一、总体安排\n篇一 城市\n正文。\n篇二 乡村\n正文。\n二、保障措施\n正文。';
    const below = parseOutline(text, { rules: [{ pattern: '篇[一二三四五六七八九十]+', rank: 'below:cn-dun' }] });
    assert.deepEqual(shape(below), ['1 一、总体安排', '2^0 篇一城市', '2^0 篇二乡村', '1 二、保障措施']);
  });

  it('corrections apply after the rules (a rule heading can be corrected)', () => {
    const index = new LineIndex(DOC, computeLineStarts(DOC));
    const c = makeCorrection(index, 'not-heading', DOC.indexOf('专题二'));
    const o = parseOutline(DOC, { rules: [{ pattern: ZHUANTI }], corrections: [c] });
    // Its children move up to its parent: the top.
    assert.deepEqual(shape(o), ['1 专题一、城市更新', '2^0 一、总体安排', '2^0 二、保障措施', '1 一、基本思路', '1 二、推进方式']);
    assert.deepEqual(o.corrections?.notes, []);
  });

  it('bad patterns are refused with one clear message each, and the others still apply', () => {
    const cases: [unknown, RegExp][] = [
      [{ pattern: '(' }, /not a valid regular expression/],
      [{ pattern: '(a+)+b' }, /could take very long/],
      [{ pattern: '(专|专题)*一' }, /could take very long/],
      [{ pattern: '(x)\\1' }, /backreference/],
      [{ pattern: 'a*b*c*d*e*f' }, /unbounded repetitions/],
      [{ pattern: 'x?' }, /empty marker/],
      [{ pattern: ZHUANTI, rank: 'beside:cn-dun' }, /rank/],
      [{ pattern: ZHUANTI, rank: 'above:roman' }, /rank/],
      [{}, /needs a "pattern"/],
      [{ pattern: 'x'.repeat(201) }, /longer than 200/],
    ];
    for (const [rule, why] of cases) {
      const c = compileRule(rule, 0);
      assert.equal(c.ok, false, JSON.stringify(rule));
      if (!c.ok) {
        assert.match(c.message.en, why);
        assert.match(c.message.zh, /已忽略/);
      }
    }
    for (const ok of ['专题[一二三]+、', '(?:第[一二三]板块)', '[A-Z]{1,3}\\.', '(一|二|三)、', '●']) assert.equal(riskyPattern(ok), null, ok);
    const o = parseOutline(DOC, { rules: [{ pattern: '(a+)+' }, { pattern: ZHUANTI }] });
    assert.equal(o.headings[0].marker, '专题一、');
  });

  it('a rule is tried only on a line\'s first 64 characters, only in the body', () => {
    const long = 'x'.repeat(RULE_WINDOW) + '专题一、';
    const o = parseOutline(`${long}\n正文。\n`, { rules: [{ pattern: 'x*专题一、' }] });
    assert.equal(o.headings.length, 0);
  });

  it('a document gets a time budget: past it the rules stop with a note', () => {
    const text = Array.from({ length: 200 }, (_, i) => `专题${i}、标题。正文写在这里。\n正文。`).join('\n');
    const built = parseOutline(text);
    const c = compileRule({ pattern: '专题\\d+、' }, 0);
    assert.ok(c.ok);
    let t = 0;
    // A clock that moves 10 ms per look: the 50 ms budget runs out after a few checks.
    const r = applyRules(text, built, [(c as { rule: CompiledRule }).rule], 50, () => (t += 10));
    assert.equal(r.notes.length, 1);
    assert.match(r.notes[0].en, /stopped after 50 ms/);
    const made = r.outline.headings.length - built.headings.length;
    assert.ok(made > 0 && made < 200, `${made}`);
  });

  it('a pattern that backtracks as badly as we allow stays fast on a large document', () => {
    const line = 'a'.repeat(63) + '\n';
    const text = line.repeat(20000);
    const t0 = performance.now();
    const o = parseOutline(text, { rules: [{ pattern: 'a*a*a*a*b' }] });
    const ms = performance.now() - t0;
    assert.equal(o.headings.length, 0);
    assert.ok(ms < 5000, `${ms.toFixed(0)} ms`);
  });
});
