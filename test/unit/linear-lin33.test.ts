import * as assert from 'node:assert/strict';
import { parseOutline } from '../../src/core/outline';
import { javaBean } from './javaBean';
import { extractFigures } from '../../src/core/figures';
import { smallAndBig } from './smallAndBig';

describe('this round\'s readers: linear in the text (lin33)', () => {
  it('figures: run-in list markers on one long line (proseKinds) look back 12 characters, not to the line\'s start', () => {
    // every `1.` a candidate marker: the look for its line's start ran back over the whole line per
    // figure (720K characters on one line took 13 s); linear is about 8x the small text, that 64x
    const make = (n: number): string => '导读' + '甲乙丙1.加强管理'.repeat(n);
    const [ts, tb] = smallAndBig(make, 10_000, (t) => extractFigures(t));
    assert.ok(tb < 20 * ts + 200, `small ${ts} ms, big ${tb} ms`);
  });

  it('figures: a run-in marker near its line\'s start after the line\'s own marker is still left to listEchoes', () => {
    // (`  1. 2.某项说明`: the 2 is no run-in marker dropped here; one far from the line's start is)
    const figs = extractFigures('说明如下：\n  1. 2.某项说明，请各单位认真落实。\n导读内容很长很长很长很长 1.加强管理工作。');
    assert.ok(!figs.some((f) => f.text === '1' && f.start > 30));
  });

  it('outline: a colon before a long run of blanks in program code (a string value after its key) reads the run once', () => {
    // the inline finder's quote after a key's colon looked back over the blanks at each step back
    // over them: quadratic in the run (80K blanks took 2.6 s)
    const make = (n: number): string => 'import x from "y";\nconst a = {\n  b: 1,\n  c: "一是",\n  d:' + ' '.repeat(n) + 'x,\n};\nexport default a;\nfunction f(x) { return x + 1; }\n';
    const [ts, tb] = smallAndBig(make, 10_000, (t) => parseOutline(t));
    assert.ok(tb < 20 * ts + 200, `small ${ts} ms, big ${tb} ms`);
  });

  it('outline: a code string value after its key still opens a text, blanks after the colon or none', () => {
    const bean = (sep: string): string => javaBean('一是理顺经办体系。年底前完成机构设置。二是统一信息平台。年内完成数据迁移。三是强化基金监管。', sep);
    for (const sep of ['', ' ', '   ', '\t']) {
      assert.deepEqual(parseOutline(bean(sep)).headings.map((h) => h.marker), ['一是', '二是', '三是'], `blanks ${sep.length}`);
    }
  });
});
