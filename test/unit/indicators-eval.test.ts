/**
 * The indicator scorer of `npm run eval` (scripts/eval-indicators.ts) on a tiny invented text, and
 * the indicator gold files (test/indicators/) against the reference corpus: every gold figure
 * covered once, every entry at its document's text. The gold's names are not checked against the
 * engine here: that is the eval's score, not a test.
 */
import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { GoldDoc } from '../../scripts/corpus';
import {
  checkIndicatorGold, defaultIndicatorDir, evalIndicators, indicatorGoldDir, loadIndicatorGold, scoreIndicators,
  topConfusions, type IndicatorGold, type IndicatorPred,
} from '../../scripts/eval-indicators';
import { describeCorpus, referenceCorpus } from '../corpusGate';

// Invented: a county's figures, one date, one count of meetings.
const TEXT = '甲县生产总值达到12.5亿元，增长7%；粮食产量3.2万吨。2020年召开会议3次。';

function span(text: string, at = 0): { start: number; end: number; text: string } {
  const start = TEXT.indexOf(text, at);
  assert.ok(start >= 0, text);
  return { start, end: start + text.length, text };
}
const g = (text: string, indicator: string | null): IndicatorGold => ({ ...span(text), indicator });
const p = (text: string, indicator: string | null): IndicatorPred => {
  const { start, end } = span(text);
  return { start, end, indicator };
};

const GOLD: IndicatorGold[] = [
  g('12.5亿元', '地区生产总值'),
  g('7%', '地区生产总值'),
  g('3.2万吨', '粮食产量'),
  g('2020年', null),
  g('3次', null),
];

describe('indicator scorer (scripts/eval-indicators.ts)', () => {
  it('scores only figures found with the same span, and counts each kind of confusion', () => {
    const pred: IndicatorPred[] = [
      p('12.5亿元', ' 地区生产总值 '), // right once trimmed by the normaliser
      p('7%', null), // gold names a measure, engine none
      p('3.2万吨', '粮食'), // both name, differ: the engine cut the name short
      p('2020年', '会议'), // gold null, engine names one
      { start: span('3次').start, end: span('3次').end - 1, indicator: null }, // wrong span: not scored
    ];
    const s = scoreIndicators(GOLD, pred);
    assert.equal(s.gold, 5);
    assert.equal(s.scored, 4);
    assert.equal(s.exact, 1);
    assert.equal(s.goldNamed, 3);
    assert.equal(s.goldNull, 1);
    assert.equal(s.namedExact, 1);
    assert.equal(s.nullExact, 0);
    assert.equal(s.missedName, 1);
    assert.equal(s.spuriousName, 1);
    assert.equal(s.wrongName, 1);
    assert.equal(s.shorterName, 1);
    assert.equal(s.longerName, 0);
    assert.deepEqual(
      topConfusions(s).map(([k]) => k).sort(),
      ['地区生产总值 → ∅', '粮食产量 → 粮食', '∅ → 会议'].sort(),
    );
  });

  it('null = null is a match, and the normaliser applies to the engine side only', () => {
    const pred = GOLD.map((x) => ({ start: x.start, end: x.end, indicator: x.indicator }));
    assert.equal(scoreIndicators(GOLD, pred).exact, 5);
    // A normaliser that maps a synonym: the engine's GDP is filed under the gold's name.
    const norm = (s: string | null | undefined): string | null => (s === 'GDP' ? '地区生产总值' : s ?? null);
    const s = scoreIndicators(GOLD, [p('12.5亿元', 'GDP'), p('7%', 'GDP')], norm);
    assert.equal(s.exact, 2);
    assert.equal(s.scored, 2);
  });

  it('ranks confusions by frequency', () => {
    const gold = [g('12.5亿元', '甲'), g('7%', '甲'), g('3.2万吨', '乙')];
    // The names as given: the scorer is under test here, not the engine's normaliser.
    const asIs = (x: string | null | undefined) => (x && x.trim()) || null;
    const s = scoreIndicators(gold, [p('12.5亿元', '丙'), p('7%', '丙'), p('3.2万吨', '丁')], asIs);
    assert.deepEqual(topConfusions(s, 1), [['甲 → 丙', 2]]);
    assert.equal(s.longerName + s.shorterName, 0);
    const t = scoreIndicators([g('7%', '地区生产总值')], [p('7%', '全县地区生产总值增速')], asIs);
    assert.equal(t.longerName, 1);
  });

  it('checks a gold file against its document: text at the offsets, every corpus figure covered once', () => {
    const doc: GoldDoc = {
      name: 'invented', path: 'invented.txt', text: TEXT, format: 'plain', headings: [],
      figures: GOLD.map((x) => ({ line: 1, col: x.start, text: x.text, value: null, unit: '', kind: 'other' })),
    };
    assert.deepEqual(checkIndicatorGold(doc, { document: 'invented.txt', figures: GOLD }), []);
    const bad = [{ ...GOLD[0], text: '12.6亿元' }, GOLD[1], GOLD[2], GOLD[3], GOLD[3]];
    const problems = checkIndicatorGold(doc, { document: 'invented.txt', figures: bad });
    assert.ok(problems.some((m) => m.includes('the file says "12.6亿元"')), problems.join('\n'));
    assert.ok(problems.some((m) => m.includes('twice')), problems.join('\n'));
    assert.ok(problems.some((m) => m.includes('has no indicator entry')), problems.join('\n'));
    const padded = [{ ...GOLD[0], indicator: ' 地区生产总值' }, ...GOLD.slice(1)];
    assert.ok(checkIndicatorGold(doc, { document: 'invented.txt', figures: padded }).some((m) => m.includes('trimmed name')));
  });

  it('reads the gold from GANGMU_INDICATORS when set, from test/indicators/ when not', () => {
    const saved = process.env.GANGMU_INDICATORS;
    const dir = mkdtempSync(join(tmpdir(), 'gangmu-ind-'));
    const lines: string[] = [];
    const log = console.log;
    try {
      delete process.env.GANGMU_INDICATORS;
      assert.equal(indicatorGoldDir(), defaultIndicatorDir());
      assert.match(defaultIndicatorDir().replace(/\\/g, '/'), /\/test\/indicators$/);
      assert.ok(!loadIndicatorGold().has('invented'));

      writeFileSync(join(dir, 'invented.json'), JSON.stringify({ document: 'invented.txt', figures: GOLD }));
      writeFileSync(join(dir, 'notes.md'), 'not gold');
      process.env.GANGMU_INDICATORS = dir;
      assert.equal(indicatorGoldDir(), dir);
      assert.deepEqual([...loadIndicatorGold().keys()], ['invented']);
      assert.deepEqual(loadIndicatorGold().get('invented')?.figures, GOLD);

      // The eval scores a document of another set against that gold, and names the folder.
      const doc: GoldDoc = {
        name: 'invented', path: 'invented.txt', text: TEXT, format: 'plain', headings: [],
        figures: GOLD.map((x) => ({ line: 1, col: x.start, text: x.text, value: null, unit: '', kind: 'other' })),
      };
      console.log = (...a: unknown[]) => void lines.push(a.join(' '));
      const s = evalIndicators([doc]);
      console.log = log;
      assert.equal(s?.gold, 5);
      assert.ok(lines[0].includes(dir), lines[0]);
      assert.ok(lines.some((l) => l.startsWith('invented ')), lines.join('\n'));

      process.env.GANGMU_INDICATORS = join(dir, 'missing');
      assert.throws(() => indicatorGoldDir(), /GANGMU_INDICATORS=.*no such folder/);
    } finally {
      console.log = log;
      if (saved === undefined) delete process.env.GANGMU_INDICATORS;
      else process.env.GANGMU_INDICATORS = saved;
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('prints one skip line when the corpus is not here', () => {
    const lines: string[] = [];
    const log = console.log;
    console.log = (...a: unknown[]) => void lines.push(a.join(' '));
    try {
      assert.equal(evalIndicators(null), null);
    } finally {
      console.log = log;
    }
    assert.equal(lines.filter((l) => l.trim()).length, 1);
    assert.match(lines[0], /^Indicators: skipped/);
  });
});

describeCorpus('indicator gold (test/indicators/) against the reference corpus', () => {
  const corpus = referenceCorpus();
  const gold = loadIndicatorGold();

  it('has a file for every corpus document whose gold has figures, and no other', () => {
    const withFigures = corpus.filter((d) => d.figures).map((d) => d.name).sort();
    assert.deepEqual([...gold.keys()].sort(), withFigures);
  });

  it('covers every gold figure once, at the document text', () => {
    let n = 0;
    for (const doc of corpus) {
      const file = gold.get(doc.name);
      if (!file) continue;
      assert.deepEqual(checkIndicatorGold(doc, file), [], doc.name);
      n += file.figures.length;
    }
    assert.equal(n, corpus.reduce((a, d) => a + (d.figures?.length ?? 0), 0));
  });
});
