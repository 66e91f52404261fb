/**
 * The checks on the reference corpus, over the gold outline (what a perfect engine returns) and
 * over the real engine. Precision first: the findings asserted here are the ones judged right in
 * docs/checks.md; every other finding on these documents would be a false alarm. Then each
 * document is damaged in a few generic ways (a gap, a half-width bracket, 一，) and the checks must
 * find exactly that damage.
 */
import * as assert from 'node:assert/strict';
import { checkNumbering } from '../../src/core/checks';
import { parseOutline } from '../../src/core/outline';
import { positionAt, computeLineStarts, offsetAt } from '../../src/core/text/lines';
import type { Finding, Outline } from '../../src/core/types';
import type { GoldDoc, GoldHeading } from '../../scripts/corpus';
import { describeCorpus, referenceCorpus } from '../corpusGate';
import { goldOutline, familyOf, ordinalOf } from './checksHelpers';
import { toChineseNumeral } from '../../src/core/text/numerals';

const corpus = referenceCorpus();

/** Findings judged right, per document: `line:col code` (1-based line, as docs/checks.md lists them). */
const EXPECTED: Record<string, string[]> = {
  '01-gwr-2025-national': [],
  '02-gwr-2017-wikisource': [],
  '03-cpc14-report-1992': [],
  '04-xi-qiushi-seminar-2026': [],
  '05-gd-governor-speech-2024': [],
  '06-gd-study-compilation-2025': [],
  '07-baoshan-waste-sorting-plan-2019': [],
  '08-spc-enforcement-provisions': [],
  '09-rural-revitalization-2018': [],
  // 首先，其次，第三，第四，: two series mixed in one run (the gold's own note says it is mixed).
  'speeches-3': ['80:328 GM010'],
};

function describeFindings(text: string, o: Outline, fs: Finding[]): string[] {
  const ls = o.lineStarts.length ? o.lineStarts : computeLineStarts(text);
  return fs.map((f) => {
    const p = positionAt(ls, f.start);
    return `${p.line + 1}:${p.col} ${f.code}`;
  });
}

function engine(d: GoldDoc, text = d.text): Outline {
  return parseOutline(text, { format: d.format });
}

function gold(d: GoldDoc, text = d.text, headings: GoldHeading[] = d.headings): Outline {
  return goldOutline(text, headings, engine(d, text).hardWrapped);
}

describeCorpus('checks: corpus findings', () => {
  it('finds the corpus', () => assert.ok(corpus.length >= 6));
  for (const d of corpus) {
    const want = EXPECTED[d.name];
    it(`${d.name}: over the gold outline, exactly the findings judged right`, () => {
      const o = gold(d);
      assert.deepEqual(describeFindings(d.text, o, checkNumbering(d.text, o)), want ?? []);
    });
    it(`${d.name}: over the engine's outline, exactly the findings judged right`, () => {
      const o = engine(d);
      assert.deepEqual(describeFindings(d.text, o, checkNumbering(d.text, o)), want ?? []);
    });
  }
});

/** Replace `len` chars at line/col of a heading; returns the text and the gold with the new marker. */
function damage(d: GoldDoc, index: number, from: number, len: number, put: string): { text: string; headings: GoldHeading[]; at: number } {
  const ls = computeLineStarts(d.text);
  const h = d.headings[index];
  const at = offsetAt(ls, h.line - 1, h.col);
  const text = d.text.slice(0, at + from) + put + d.text.slice(at + from + len);
  const marker = h.marker.slice(0, from) + put + h.marker.slice(from + len);
  const headings = d.headings.map((x, i) => (i === index ? { ...x, marker } : x));
  return { text, headings, at };
}

/**
 * The last member of the first run with at least three line-start members written with Chinese
 * numerals. (Inside a paragraph the engine only takes 一是…二是 as markers when they count on
 * without a gap, so an inline gap is not the checks' to find.)
 */
function lastOfLongRun(d: GoldDoc): number | null {
  const lines = d.text.split('\n');
  for (let i = 0; i < d.headings.length; i++) {
    const h = d.headings[i];
    const fam = familyOf(h.marker);
    const lineStart = /^[\s\u3000\u00a0#]*$/.test(lines[h.line - 1].slice(0, h.col));
    if (!['cn-dun', 'cn-paren', 'shi', 'yao'].includes(fam) || ordinalOf(h.marker) < 3 || !lineStart) continue;
    const next = d.headings.slice(i + 1).find((x) => x.parent === h.parent && familyOf(x.marker) === fam);
    if (next && ordinalOf(next.marker) === 1) return i;
    if (!next) return i;
  }
  return null;
}

describeCorpus('checks: damaged corpus documents', () => {
  for (const d of corpus) {
    const i = lastOfLongRun(d);
    if (i !== null) {
      it(`${d.name}: a skipped number at the end of a run is GM001 there, and nothing else is new`, () => {
        const h = d.headings[i];
        const n = ordinalOf(h.marker);
        const cn = toChineseNumeral(n);
        const from = h.marker.indexOf(cn);
        const { text, headings, at } = damage(d, i, from, cn.length, toChineseNumeral(n + 1));
        for (const [name, o] of [['gold', gold(d, text, headings)], ['engine', engine(d, text)]] as const) {
          const fs = checkNumbering(text, o);
          const got = fs.filter((f) => f.start === at).map((f) => f.code);
          assert.deepEqual(got, ['GM001'], `${name}: ${h.line}:${h.col} ${h.marker}`);
          assert.equal(fs.length, (EXPECTED[d.name] ?? []).length + 1, `${name}: ${describeFindings(text, o, fs).join(', ')}`);
        }
      });
    }
    const paren = d.headings.findIndex((h) => /^（[一二三四五六七八九十]+）$/.test(h.marker) && ordinalOf(h.marker) === 2);
    if (paren >= 0) {
      it(`${d.name}: one half-width bracket in a full-width run is GM009`, () => {
        const { text, headings, at } = damage(d, paren, 0, 1, '(');
        const d2 = damage({ ...d, text, headings }, paren, d.headings[paren].marker.length - 1, 1, ')');
        for (const [name, o] of [['gold', gold(d, d2.text, d2.headings)], ['engine', engine(d, d2.text)]] as const) {
          const fs = checkNumbering(d2.text, o).filter((f) => f.start === at);
          assert.deepEqual(fs.map((f) => f.code), ['GM009'], name);
          assert.equal(d2.text.slice(fs[0].start, fs[0].end), d2.headings[paren].marker);
        }
      });
    }
    const dun = d.headings.findIndex((h) => /^[一二三四五六七八九十]+、$/.test(h.marker) && ordinalOf(h.marker) === 2);
    if (dun >= 0) {
      it(`${d.name}: 二， for 二、 is GM005`, () => {
        const { text, headings, at } = damage(d, dun, d.headings[dun].marker.length - 1, 1, '，');
        for (const [name, o] of [['gold', gold(d, text, headings)], ['engine', engine(d, text)]] as const) {
          const fs = checkNumbering(text, o).filter((f) => f.start === at);
          assert.deepEqual(fs.map((f) => f.code), ['GM005'], name);
        }
      });
    }
  }
});
