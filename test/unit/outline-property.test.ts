import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseOutline } from '../../src/core/outline';
import type { Outline } from '../../src/core/types';

/** Pieces real documents are made of, so random texts hit the recognisers often. */
const PIECES = [
  '一、', '二、', '三、', '十一、', '（一）', '（二）', '(三)', '㈣', '1.', '2．', '3、', '1。', '2。', '1.2019年', '2.5', '（1）', '(2)', '⑶', '①', '②',
  '第一，', '第二、', '第三部分', '第一章', '第二节', '第一条', '第七十一条', '一是', '二是', '三是', '一要', '二要', '其一，', '其二，',
  '首先，', '其次，', '再次，', '最后，', '首先、', '其次、', '最后，第四，', '第一步，', '第二点，', '四是', '第一要务', '一以贯之', '一季度', '一方面', '另一方面', '同志们：', '来源：', '[bookmark: _Toc1]',
  '。', '；', ';', '：', '，', ',', '！', '？', '\n', '\n', '\n\n', '\r\n', '\r', '\u200b', '\u3000', '\u00a0', ' ', '\t', '#', '## ', '```', '<!--', '-->',
  '---', '**', '> ', '- ', '政府工作报告', '加强组织领导', '正文正文', 'PM', '”', '“', '（', '）', '\ud83d\ude00', '\ud800',
];
const markerText = fc.array(fc.constantFrom(...PIECES), { maxLength: 120 }).map((a) => a.join(''));
const anyText = fc.oneof(markerText, fc.string({ unit: 'binary', maxLength: 300 }), fc.string({ unit: 'grapheme', maxLength: 300 }));
const format = fc.constantFrom('plain' as const, 'markdown' as const);

function checkInvariants(text: string, o: Outline): void {
  const hs = o.headings;
  assert.equal(o.lineStarts[0], 0);
  for (let i = 0; i < hs.length; i++) {
    const h = hs[i];
    assert.ok(h.start >= 0 && h.start <= h.titleStart && h.titleStart <= h.titleEnd && h.titleEnd <= h.end && h.end <= text.length, `ranges of ${i}`);
    // (a title holding a page's markup — tags, `**`, a link's address, `&nbsp;` — gives its visible text)
    const raw = text.slice(h.titleStart, h.titleEnd);
    if (/[<*_\]&]/.test(raw)) assert.ok(h.title.length <= raw.length);
    else assert.equal(h.title, raw);
    assert.ok(h.title.length <= 60);
    assert.equal(h.marker, text.slice(h.start, h.start + h.marker.length));
    assert.ok(h.level >= 1);
    if (h.parent === null) assert.equal(h.level, 1);
    else {
      assert.ok(h.parent < i, 'parent comes first');
      const p = hs[h.parent];
      assert.equal(h.level, p.level + 1);
      assert.ok(p.start <= h.start && h.end <= p.end, `child ${i} inside parent ${h.parent}`);
    }
    if (i > 0) assert.ok(hs[i - 1].start <= h.start, 'document order');
  }
  // Siblings are ordered and do not overlap.
  const lastChild = new Map<number | null, number>();
  for (let i = 0; i < hs.length; i++) {
    const prev = lastChild.get(hs[i].parent);
    if (prev !== undefined) assert.ok(hs[prev].end <= hs[i].start, `siblings ${prev} and ${i} overlap`);
    lastChild.set(hs[i].parent, i);
  }
}

describe('outline: properties', () => {
  it('never throws and keeps every range inside the document, children inside parents, siblings apart', () => {
    fc.assert(
      fc.property(anyText, format, (text, fmt) => {
        const o = parseOutline(text, { format: fmt });
        checkInvariants(text, o);
      }),
      { numRuns: 1500 },
    );
  });

  it('restricting families yields only those families', () => {
    fc.assert(
      fc.property(markerText, fc.subarray(['cn-dun', 'cn-paren', 'shi', 'title', 'di'] as const, { minLength: 1 }), (text, fams) => {
        const o = parseOutline(text, { families: fams });
        for (const h of o.headings) assert.ok((fams as readonly string[]).includes(h.family));
        checkInvariants(text, o);
      }),
      { numRuns: 300 },
    );
  });
});

// Linear time is checked as a ratio inside the run, not against a wall clock: the test machines are
// shared and their load changes, but a text four times longer must take about four times as long.
// A pass that re-reads the text from each position is 16× at 4× the size (and minutes on 10 MB,
// which the mocha timeout catches); 10× leaves room for a noisy neighbour during one measurement.
describe('outline: linear time', function () {
  this.timeout(300000);
  const RATIO = 10;
  const SLACK_MS = 150;
  const once = (text: string, fmt: 'plain' | 'markdown'): { ms: number; o: Outline } => {
    const t0 = process.hrtime.bigint();
    const o = parseOutline(text, { format: fmt });
    return { ms: Number(process.hrtime.bigint() - t0) / 1e6, o };
  };
  /** Builds the text at full size and at a quarter of it (`make(1)`, `make(0.25)`), parses both (the quarter best of two), and lets the full one take at most RATIO times as long. */
  const timed = (label: string, make: (k: number) => string, fmt: 'plain' | 'markdown' = 'plain'): Outline => {
    const quarter = make(0.25);
    const small = Math.min(once(quarter, fmt).ms, once(quarter, fmt).ms);
    const text = make(1);
    const first = once(text, fmt);
    const full = first.ms > RATIO * small + SLACK_MS ? Math.min(first.ms, once(text, fmt).ms) : first.ms;
    assert.ok(full <= RATIO * small + SLACK_MS, `${label}: ${full.toFixed(0)} ms for the text, ${small.toFixed(0)} ms for a quarter of it (at most ${RATIO}× + ${SLACK_MS} ms)`);
    return first.o;
  };
  const rep = (s: string, n: number) => (k: number) => s.repeat(Math.round(n * k));

  it('a single 10 MB line', () => {
    const unit = '今年要抓好工作，一是稳增长；二是促改革。第一要务是发展，1.5倍（PM2.5）';
    const o = timed('10 MB line', rep(unit, Math.ceil(10_000_000 / unit.length)));
    assert.ok(o.headings.length > 1000);
  });

  it('a single 10 MB line of one repeated character and of marker prefixes', () => {
    timed('一 ×10M', rep('一', 10_000_000));
    timed('（ ×10M', rep('（', 10_000_000));
    timed('。一 ×5M', rep('。一', 5_000_000));
  });

  it('a 10 MB line of doubtful inline members (wrong starts, gaps, a skipped marker far back)', () => {
    // Each asks for a look at the text around it: the look must not re-read the same text.
    timed('；二是 ×3M', rep('；二是', 3_400_000));
    timed('gap with 三是 far back', (k) => '一是甲；二是乙，三是' + '丙'.repeat(2_000_000 * k) + '；四是丁'.repeat(2_000_000 * k));
    timed('；第一步，第二， ×1M', rep('；第一步，；第二，', 1_100_000));
  });

  it('a 1 MB line of short inline （1）（2） runs parted only by colons', () => {
    // Each run's last item is read for the semicolon that closes it: never past the next run.
    const o = timed('：（1）…：（2）… ×36K', rep('：（1）甲乙丙丁：（2）戊己庚辛', 36_000));
    assert.ok(o.headings.length > 1000);
  });

  it('a million （一） lines and a million lone （一） under 一、 parts', () => {
    timed('（一） ×1M', rep('（一）小标题\n', 1_000_000));
    timed('一、（一） ×0.5M', rep('一、部分\n（一）小标题\n正文。\n', 500_000));
  });

  it('a million short lines', () => {
    const make = (k: number) => {
      const lines: string[] = [];
      for (let i = 0; i < 1_000_000 * k; i++) lines.push(i % 7 === 0 ? `（${'一二三四五六七八九'[i % 9]}）小标题` : i % 3 === 0 ? '' : '短句。');
      return lines.join('\n');
    };
    const o = timed('1M lines', make);
    assert.ok(o.lineStarts.length === 1_000_000);
  });

  it('a million short lines of Markdown', () => {
    const make = (k: number) => {
      const lines: string[] = [];
      for (let i = 0; i < 1_000_000 * k; i++) lines.push(i % 50 === 0 ? `## ${i}` : i % 2 ? '' : i % 7 ? `${(i % 9) + 1}.条目。` : '正文 `代码');
      return lines.join('\n');
    };
    const o = timed('1M md lines', make, 'markdown');
    assert.ok(o.headings.length >= 20000);
  });
});
