/**
 * Properties of the numbering fixes on random documents: a fix edits only the markers it names
 * (and, for GM012, one 。), edits never overlap, the rest of the text stays byte for byte, and
 * "fix all" leaves nothing fixable behind. Plus: the checks never throw on any outline.
 */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { checkNumbering, applyEdits, fixAll } from '../../src/core/checks';
import type { Finding, Heading, MarkerFamily, Outline, TextEdit } from '../../src/core/types';
import { toChineseNumeral } from '../../src/core/text/numerals';
import { hand, outsideEdits } from './checksHelpers';

type Fam = 'cn-dun' | 'cn-paren' | 'arabic-dot' | 'arabic-paren' | 'shi' | 'di' | 'shouxian';
interface Item {
  fam: Fam;
  /** Offset from the right number: 0 right, else a gap, repeat or wrong start. */
  delta: number;
  punct: number;
  half: boolean;
  body: string;
  period: boolean;
}

const RANK: Record<Fam, number> = { 'cn-dun': 1, 'cn-paren': 2, 'arabic-dot': 3, 'arabic-paren': 4, shi: 5, di: 5, shouxian: 5 };
const WORDS = ['首先', '其次', '再次'];

function markerText(fam: Fam, n: number, it: Item): string {
  const cn = toChineseNumeral(Math.max(1, n));
  const ar = String(Math.max(1, n));
  const [o, c] = it.half ? ['(', ')'] : ['（', '）'];
  switch (fam) {
    case 'cn-dun':
      return cn + ['、', '、', '，', '.'][it.punct % 4];
    case 'cn-paren':
      return o + cn + c + ['', '', '、'][it.punct % 3];
    case 'arabic-dot':
      return ar + ['.', '.', '、', '．', '。'][it.punct % 5];
    case 'arabic-paren':
      return o + ar + c + ['', '', '、'][it.punct % 3];
    case 'shi':
      return cn + '是';
    case 'di':
      return '第' + cn + ['，', '，', '、'][it.punct % 3];
    case 'shouxian':
      return (n <= 3 ? WORDS[n - 1] : '第' + cn) + ['，', '，', '、'][it.punct % 3];
  }
}

const item = fc.record({
  fam: fc.constantFrom<Fam>('cn-dun', 'cn-paren', 'arabic-dot', 'arabic-paren', 'shi', 'di', 'shouxian'),
  delta: fc.oneof(fc.constant(0), fc.constant(0), fc.constant(0), fc.integer({ min: -1, max: 2 })),
  punct: fc.nat(11),
  half: fc.boolean(),
  body: fc.array(fc.constantFrom('甲', '乙', '丙', '丁', '，', ' ', '\u3000', '\n正文。'), { maxLength: 12 }).map((a) => a.join('')),
  period: fc.boolean(),
});

/** A document from items: counters per family reset when a higher structural level appears. */
function build(items: Item[]): { text: string; specs: [string, number][] } {
  let text = '标题\n';
  const specs: [string, number][] = [];
  const count = new Map<Fam, number>();
  for (const it of items) {
    for (const f of Object.keys(RANK) as Fam[]) if (RANK[f] > RANK[it.fam]) count.delete(f);
    const n = (count.get(it.fam) ?? 0) + 1 + it.delta;
    count.set(it.fam, Math.max(1, n));
    const m = markerText(it.fam, n, it);
    const inline = RANK[it.fam] === 5;
    // Body text cannot form markers: only 甲乙丙丁, spaces and 正文。
    text += (inline ? '说明。' : '') + m + '标题' + it.body.replace(/\n/g, '') + (it.period ? '。' : '') + (inline ? '' : '\n') + it.body;
    if (inline) text += '\n';
    specs.push([m, RANK[it.fam]]);
  }
  return { text, specs };
}

function markerRanges(o: Outline, text: string): [number, number][] {
  return o.headings.map((h) => {
    let end = h.start + h.marker.length;
    if ('、，,.．'.includes(text.charAt(end)) && text.charAt(end)) end++;
    return [h.start, end];
  });
}

function assertNoOverlap(edits: readonly TextEdit[]): void {
  const s = [...edits].sort((a, b) => a.start - b.start);
  for (let i = 1; i < s.length; i++) assert.ok(s[i - 1].end <= s[i].start, 'edits overlap');
}

function assertInsideMarkers(text: string, o: Outline, edits: readonly TextEdit[]): void {
  const ranges = markerRanges(o, text);
  for (const e of edits) {
    const inMarker = ranges.some(([a, b]) => a <= e.start && e.end <= b);
    const period = text.slice(e.start, e.end) === '。' && e.newText === '';
    assert.ok(inMarker || period, `edit ${JSON.stringify(e)} outside every marker`);
    assert.ok(!/[\n\r]/.test(e.newText), 'an edit adds a line break');
  }
}

const FIXABLE = new Set(['GM001', 'GM002', 'GM003', 'GM004', 'GM005', 'GM006', 'GM008', 'GM009', 'GM010', 'GM012']);

describe('checks: fix properties on random documents', function () {
  this.timeout(120000);

  it('every fix edits only its markers, without overlaps, and keeps the rest byte for byte', () => {
    fc.assert(
      fc.property(fc.array(item, { minLength: 1, maxLength: 25 }), (items) => {
        const { text, specs } = build(items);
        const o = hand(text, specs);
        const findings: Finding[] = checkNumbering(text, o);
        for (const f of findings) {
          assert.ok(f.start >= 0 && f.end <= text.length && f.start < f.end);
          for (const fx of f.fixes) {
            assertNoOverlap(fx.edits);
            assertInsideMarkers(text, o, fx.edits);
            const after = applyEdits(text, fx.edits);
            // Outside the edited ranges the text is the same, piece by piece.
            const pieces = outsideEdits(text, fx.edits);
            let at = 0;
            const sorted = [...fx.edits].sort((a, b) => a.start - b.start);
            pieces.forEach((p, i) => {
              assert.equal(after.slice(at, at + p.length), p);
              at += p.length + (i < sorted.length ? sorted[i].newText.length : 0);
            });
            assert.equal(at, after.length);
          }
        }
        const all = fixAll(findings);
        assertNoOverlap(all);
        assertInsideMarkers(text, o, all);
      }),
      { numRuns: 300 },
    );
  });

  /** One round of fix all: the new text and the same headings with their markers as edited. */
  function fixRound(text: string, specs: [string, number][]): { fixed: string; specs: [string, number][]; left: Finding[] } {
    const o = hand(text, specs);
    const edits = fixAll(checkNumbering(text, o));
    const fixed = applyEdits(text, edits);
    const shift = (pos: number) => edits.filter((e) => e.end <= pos).reduce((d, e) => d + e.newText.length - (e.end - e.start), 0);
    const newSpecs: [string, number][] = o.headings.map((h, i) => {
      const end = h.start + h.marker.length;
      const m = fixed.slice(h.start + shift(h.start), end + shift(end));
      return [m.length ? m : specs[i][0], specs[i][1]];
    });
    const left = checkNumbering(fixed, hand(fixed, newSpecs)).filter((f) => FIXABLE.has(f.code) && f.fixes.length);
    return { fixed, specs: newSpecs, left };
  }

  it('after fix all, the same document finds nothing fixable (one round without 首先 runs)', () => {
    fc.assert(
      fc.property(fc.array(item.filter((i) => i.fam !== 'shouxian'), { minLength: 1, maxLength: 25 }), (items) => {
        const { text, specs } = build(items);
        const r = fixRound(text, specs);
        assert.deepEqual(r.left.map((f) => [f.code, r.fixed.slice(f.start, f.end), f.message.en]), []);
      }),
      { numRuns: 200 },
    );
  });

  it('fix all converges within two rounds on any mix', () => {
    fc.assert(
      fc.property(fc.array(item, { minLength: 1, maxLength: 25 }), (items) => {
        const { text, specs } = build(items);
        const r1 = fixRound(text, specs);
        const r2 = r1.left.length ? fixRound(r1.fixed, r1.specs) : r1;
        assert.deepEqual(r2.left.map((f) => [f.code, r2.fixed.slice(f.start, f.end), f.message.en]), []);
      }),
      { numRuns: 200 },
    );
  });
});

describe('checks: never throw', () => {
  const families: MarkerFamily[] = ['title', 'md', 'cn-dun', 'cn-paren', 'arabic-dot', 'arabic-paren', 'circled', 'di', 'shi', 'yao', 'qi', 'shouxian'];
  it('on any outline, even one that does not fit the text', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 80 }),
        fc.array(
          fc.record({
            marker: fc.constantFrom('', '一、', '（二）', '(3)', '4.', '五是', '第六，', '首先，', '最后，', '①', 'xx', '（一）、'),
            family: fc.constantFrom(...families),
            ordinal: fc.integer({ min: -2, max: 30 }),
            level: fc.integer({ min: 0, max: 6 }),
            parent: fc.option(fc.integer({ min: -1, max: 20 })),
            start: fc.integer({ min: -5, max: 100 }),
            inline: fc.boolean(),
            run: fc.integer({ min: 0, max: 5 }),
          }),
          { maxLength: 20 },
        ),
        fc.boolean(),
        (text, raw, hardWrapped) => {
          const headings: Heading[] = raw.map((r) => ({ ...r, title: '', titleStart: r.start, titleEnd: r.start + 2, end: r.start + 5 }));
          const out = checkNumbering(text, { headings, lineStarts: [0], hardWrapped });
          assert.ok(Array.isArray(out));
          fixAll(out);
        },
      ),
      { numRuns: 500 },
    );
  });
});
