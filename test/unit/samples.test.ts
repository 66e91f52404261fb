/**
 * Our own samples (`samples/`, gold in `test/samples/`): the gold files are well-formed against
 * their documents, and the engine's headings and figures score at least a floor per sample, with
 * the eval's own scorer (`npm run eval` prints the same numbers in its "samples (our own)" table).
 * These run in a bare clone too, without the reference corpus.
 */
import { strict as assert } from 'node:assert';
import { loadSamples, type GoldDoc } from '../../scripts/corpus';
import { engine, headingPRF, score } from '../../scripts/eval-headings';
import { prf, scoreFigures, toPreds } from '../../scripts/eval-figures';
import { extractFigures } from '../../src/core/figures';

const samples = loadSamples();

/**
 * Floors: each sample's score on the day the samples were written, rounded down to 0.05.
 * They may only go up: raise a floor when the engine gets better, never lower one to make a change
 * pass (a lower score is a regression to fix, or a gold call to argue in the gold's `note`).
 *   headings: F1 of headings matched by position; parent: share of matched headings whose parent
 *   is the gold parent; figures: F1 of figures matched exactly (line, col, text).
 */
const FLOORS: Record<string, { headings: number; parent: number; figures?: number }> = {
  speech: { headings: 1.0, parent: 1.0, figures: 0.95 },
  compilation: { headings: 0.95, parent: 0.8, figures: 1.0 },
  'notice-with-plan': { headings: 0.85, parent: 0.75, figures: 0.9 },
  report: { headings: 1.0, parent: 1.0, figures: 0.9 },
  'pdf-wrapped': { headings: 0.8, parent: 0.7, figures: 0.85 },
};

const TITLE_STOP = /[。；;：:！？]/;
const KINDS = new Set(['money', 'percent', 'percentage-point', 'count', 'area', 'length', 'mass', 'volume', 'energy', 'duration', 'date', 'ratio', 'other']);

function lines(doc: GoldDoc): string[] {
  return doc.text.split('\n');
}

describe('samples: our own documents and their gold', () => {
  it('all five samples are here, each with gold headings and figures', () => {
    assert.deepEqual(samples.map((d) => d.name).sort(), Object.keys(FLOORS).sort());
    for (const d of samples) assert.ok(d.headings.length > 0, d.name);
    for (const d of samples) assert.ok(d.figures?.length, `${d.name} has gold figures`);
  });

  for (const doc of samples) {
    describe(doc.name, () => {
      it('the gold headings point at their markers and titles, and nest by the rules', () => {
        const ls = lines(doc);
        doc.headings.forEach((h, i) => {
          const line = ls[h.line - 1];
          assert.ok(line !== undefined, `${h.line}: no such line`);
          const at = `${doc.name}:${h.line}:${h.col}`;
          if (h.marker) {
            assert.equal(line.slice(h.col, h.col + h.marker.length), h.marker, at);
            const rest = line.slice(h.col + h.marker.length).replace(/^[，、,\s\u3000]+/, '');
            const stop = rest.search(TITLE_STOP);
            if (!h.note?.includes('hard line break')) assert.equal(h.title, (stop < 0 ? rest : rest.slice(0, stop)).trimEnd().slice(0, 60), at);
            else assert.ok(rest.startsWith(h.title), at);
          } else {
            assert.equal(line.slice(h.col).trim().slice(0, 60), h.title, at);
          }
          if (h.parent === null) assert.equal(h.level, 1, at);
          else {
            assert.ok(h.parent < i, `${at}: parent first`);
            assert.equal(h.level, doc.headings[h.parent].level + 1, at);
          }
        });
      });

      if (doc.figures) {
        it('the gold figures sit at their text, with allowed kinds, without overlaps', () => {
          const ls = lines(doc);
          let prev: { line: number; end: number } | null = null;
          for (const f of doc.figures!) {
            const at = `${doc.name}:${f.line}:${f.col} ${f.text}`;
            assert.equal(ls[f.line - 1].slice(f.col, f.col + f.text.length), f.text, at);
            assert.ok(KINDS.has(f.kind), at);
            if (f.kind === 'date') {
              const vs = Array.isArray(f.value) ? f.value : [f.value];
              for (const v of vs) assert.ok(v === null || (typeof v === 'string' && /^(\d{4}(-\d\d(-\d\d)?)?|--\d\d(-\d\d)?|---\d\d|T\d\d(:\d\d)?)$/.test(v)), at);
            }
            if (prev && prev.line === f.line) assert.ok(f.col >= prev.end, `${at}: overlaps the figure before`);
            prev = { line: f.line, end: f.col + f.text.length };
          }
        });
      }

      const floor = FLOORS[doc.name];
      it(`the engine's headings score at least F1 ${floor.headings.toFixed(2)}, parents ${floor.parent.toFixed(2)}`, () => {
        const s = score(doc.headings, engine(doc));
        const [, , f1] = headingPRF(s);
        const parent = s.matched ? s.parent / s.matched : 0;
        assert.ok(f1 >= floor.headings - 1e-9, `${doc.name}: headings F1 ${f1.toFixed(3)} < floor ${floor.headings}`);
        assert.ok(parent >= floor.parent - 1e-9, `${doc.name}: parents ${parent.toFixed(3)} < floor ${floor.parent}`);
      });

      if (doc.figures && floor.figures !== undefined) {
        it(`the engine's figures score at least F1 ${floor.figures.toFixed(2)}`, () => {
          const { score: s } = scoreFigures(doc.figures!, toPreds(doc.text, extractFigures(doc.text)));
          const [, , f1] = prf(s.strict, s);
          assert.ok(f1 >= floor.figures! - 1e-9, `${doc.name}: figures F1 ${f1.toFixed(3)} < floor ${floor.figures}`);
        });
      }
    });
  }
});
