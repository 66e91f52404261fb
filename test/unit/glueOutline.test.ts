import { strict as assert } from 'node:assert';
import { computeLineStarts } from '../../src/core/text/lines';
import type { Heading, MarkerFamily, Outline } from '../../src/core/types';
import { buildOutlineTree, headingName, trimEnd, type OutlineNode } from '../../src/core/outline/tree';
import { outlineFoldRegions } from '../../src/core/outline/folding';
import { enclosingHeading, markerSpan, nextHeading, parentTarget, previousHeading } from '../../src/core/outline/navigation';
import { headingSpans } from '../../src/core/outline/spans';

/** A hand-made outline: each spec names the text where the marker sits (first occurrence after the previous one). */
interface Spec {
  at: string;
  marker: string;
  family: MarkerFamily;
  level: number;
  parent: number | null;
  inline?: boolean;
}

function outlineOf(text: string, specs: Spec[]): Outline {
  const headings: Heading[] = [];
  let from = 0;
  for (const s of specs) {
    const start = text.indexOf(s.at, from);
    assert.ok(start >= 0, `fixture: ${s.at}`);
    from = start + 1;
    const titleStart = start + s.marker.length + (/^[，、,]/.test(text.slice(start + s.marker.length)) ? 1 : 0);
    let titleEnd = titleStart;
    while (titleEnd < text.length && !'。；;：:！？\n'.includes(text[titleEnd])) titleEnd++;
    headings.push({
      marker: s.marker, family: s.family, ordinal: 0, title: text.slice(titleStart, titleEnd), level: s.level, parent: s.parent,
      start, titleStart, titleEnd, end: text.length, inline: !!s.inline, run: 0,
    });
  }
  // Part ends: the next heading at the same or a higher level.
  for (let i = 0; i < headings.length; i++) {
    const next = headings.slice(i + 1).find((h) => h.level <= headings[i].level);
    if (next) headings[i].end = next.start;
  }
  return { headings, lineStarts: computeLineStarts(text), hardWrapped: false };
}

const TEXT = [
  '关于作风建设的讲话', // 0 title
  '', // 1
  '一、总体要求', // 2
  '我们要抓好三件事。一是抓项目；二是抓招商，', // 3 inline run
  '持续用力。', // 4
  '', // 5
  '（一）突出抓好项目建设。', // 6
  '正文一以贯之。', // 7
  '', // 8
  '二、保障措施', // 9
  '正文。', // 10
  '\u00a0', // 11 (no-break-space line)
  '', // 12
].join('\n');

const SPECS: Spec[] = [
  { at: '关于作风', marker: '', family: 'title', level: 1, parent: null },
  { at: '一、', marker: '一、', family: 'cn-dun', level: 2, parent: 0 },
  { at: '一是', marker: '一是', family: 'shi', level: 3, parent: 1, inline: true },
  { at: '二是', marker: '二是', family: 'shi', level: 3, parent: 1, inline: true },
  { at: '（一）', marker: '（一）', family: 'cn-paren', level: 3, parent: 1 },
  { at: '二、', marker: '二、', family: 'cn-dun', level: 2, parent: 0 },
];

function flatten(nodes: OutlineNode[], depth = 1, out: { node: OutlineNode; depth: number }[] = []) {
  for (const n of nodes) {
    out.push({ node: n, depth });
    flatten(n.children, depth + 1, out);
  }
  return out;
}

describe('glue: outline tree for document symbols', () => {
  const outline = outlineOf(TEXT, SPECS);
  const tree = buildOutlineTree(TEXT, outline);
  const flat = flatten(tree);

  it('follows parent links and keeps document order', () => {
    assert.equal(tree.length, 1);
    assert.deepEqual(flat.map((f) => f.node.index), [0, 1, 2, 3, 4, 5]);
    assert.deepEqual(flat.map((f) => f.depth), SPECS.map((s) => s.level));
  });

  it('names a heading as written, marker plus title', () => {
    assert.deepEqual(flat.map((f) => f.node.name), ['关于作风建设的讲话', '一、总体要求', '一是抓项目', '二是抓招商，', '（一）突出抓好项目建设', '二、保障措施']);
  });

  it('selects from the marker to the title end, inside the whole-part range', () => {
    for (const { node } of flat) {
      assert.equal(node.selectionStart, node.heading.start);
      assert.equal(node.selectionEnd, node.heading.titleEnd);
      assert.ok(node.start <= node.selectionStart && node.selectionEnd <= node.end, node.name);
      for (const c of node.children) assert.ok(node.start <= c.start && c.end <= node.end, `${c.name} inside ${node.name}`);
    }
  });

  it('ends a part at its last non-blank character, not on the blank lines before the next heading', () => {
    const dun1 = flat[1].node;
    assert.equal(TEXT.slice(dun1.end - 7, dun1.end), '正文一以贯之。');
    const last = flat[5].node;
    assert.equal(TEXT.slice(last.end - 3, last.end), '正文。');
  });

  it('starts an inline heading at its marker and a line heading at its line start', () => {
    const shi = flat[2].node;
    assert.equal(shi.start, TEXT.indexOf('一是'));
    const md = '## 一、目标\n正文\n';
    const o = outlineOf(md, [{ at: '一、', marker: '一、', family: 'cn-dun', level: 1, parent: null }]);
    const [n] = buildOutlineTree(md, o);
    assert.equal(n.start, 0);
    assert.equal(n.selectionStart, 3);
  });

  it('treats a parent that is not an earlier heading as a root, and never yields an empty name', () => {
    const o = outlineOf(TEXT, SPECS);
    o.headings[2].parent = 5; // points forward: malformed
    o.headings[3].title = '';
    o.headings[3].titleEnd = o.headings[3].titleStart = o.headings[3].start;
    const t = buildOutlineTree(TEXT, o);
    assert.ok(t.some((n) => n.index === 2));
    for (const { node } of flatten(t)) assert.ok(node.name.length > 0);
  });

  it('passes children of a skipped heading up to the nearest kept ancestor', () => {
    const t = buildOutlineTree(TEXT, outline, { skip: (h) => h.family === 'cn-dun' });
    assert.deepEqual(t.map((n) => n.index), [0]);
    assert.deepEqual(t[0].children.map((n) => n.index), [2, 3, 4]);
  });

  it('headingName collapses whitespace and falls back to marker + title across a line break', () => {
    const text = '1.  标题\n';
    const o = outlineOf(text, [{ at: '1.', marker: '1.', family: 'arabic-dot', level: 1, parent: null }]);
    assert.equal(headingName(text, o.headings[0]), '1. 标题');
    const h = { ...o.headings[0], titleEnd: text.length };
    assert.equal(headingName(text, h), '1.  标题'.replace(/\s+/g, ' ') );
  });

  it('trimEnd stops at the floor', () => {
    assert.equal(trimEnd('ab  \n\n', 6, 0), 2);
    assert.equal(trimEnd('   ', 3, 1), 1);
  });
});

describe('glue: folding regions', () => {
  const outline = outlineOf(TEXT, SPECS);
  const regions = outlineFoldRegions(TEXT, outline);

  it('folds every part spanning more than one line, from its heading line to its last text line', () => {
    const byStart = new Map(regions.map((r) => [r.startLine, r]));
    assert.deepEqual(byStart.get(0), { startLine: 0, endLine: 10, level: 1 });
    assert.deepEqual(byStart.get(2), { startLine: 2, endLine: 7, level: 2 });
    assert.deepEqual(byStart.get(6), { startLine: 6, endLine: 7, level: 3 });
    assert.deepEqual(byStart.get(9), { startLine: 9, endLine: 10, level: 2 });
  });

  it('keeps one region per start line, the widest', () => {
    // Line 3 holds 一是 (ends on line 3) and 二是 (runs to line 4): one region, 3–4.
    assert.deepEqual(regions.filter((r) => r.startLine === 3), [{ startLine: 3, endLine: 4, level: 3 }]);
    assert.equal(new Set(regions.map((r) => r.startLine)).size, regions.length);
  });

  it('regions nest properly (an editor drops overlapping ones)', () => {
    for (const a of regions)
      for (const b of regions) {
        if (a === b || b.startLine <= a.startLine || b.startLine > a.endLine) continue;
        assert.ok(b.endLine <= a.endLine, `${JSON.stringify(b)} inside ${JSON.stringify(a)}`);
      }
  });

  it('keeps the shallowest levels when over the cap', () => {
    const capped = outlineFoldRegions(TEXT, outline, 2);
    assert.deepEqual(capped.map((r) => r.level).sort(), [1, 2]);
    assert.ok(capped[0].startLine < capped[1].startLine);
  });

  it('returns nothing for an outline without headings', () => {
    assert.deepEqual(outlineFoldRegions('x\ny\n', { headings: [], lineStarts: computeLineStarts('x\ny\n'), hardWrapped: false }), []);
  });
});

describe('glue: heading navigation', () => {
  const outline = outlineOf(TEXT, SPECS);
  const at = (s: string) => TEXT.indexOf(s);

  it('next and previous move by heading start', () => {
    assert.equal(nextHeading(outline, 0), 1);
    assert.equal(nextHeading(outline, at('我们要')), 2);
    assert.equal(nextHeading(outline, at('二、')), null);
    assert.equal(previousHeading(outline, at('我们要')), 1);
    assert.equal(previousHeading(outline, at('一、')), 0);
    assert.equal(previousHeading(outline, 0), null);
  });

  it('after selecting a marker, next looks past it and previous before it', () => {
    const span = markerSpan(outline.headings[2]);
    assert.equal(nextHeading(outline, span.end), 3);
    assert.equal(previousHeading(outline, span.start), 1);
  });

  it('go to parent: from a body, the part heading; from a heading, its parent', () => {
    assert.equal(enclosingHeading(outline, at('正文一以贯之')), 4);
    assert.equal(parentTarget(outline, at('正文一以贯之')), 4);
    assert.equal(parentTarget(outline, at('（一）') + 1), 1);
    assert.equal(parentTarget(outline, at('一、')), 0);
    assert.equal(parentTarget(outline, 0), null);
    assert.equal(parentTarget(outline, TEXT.length), 5);
  });

  it('selects the marker, or the title of an unnumbered title', () => {
    assert.deepEqual(markerSpan(outline.headings[4]), { start: at('（一）'), end: at('（一）') + 3 });
    assert.deepEqual(markerSpan(outline.headings[0]), { start: 0, end: '关于作风建设的讲话'.length });
  });
});

describe('glue: heading spans for highlighting', () => {
  const outline = outlineOf(TEXT, SPECS);

  it('colours marker and title of headings up to maxLevel', () => {
    const spans = headingSpans(outline, 2);
    assert.deepEqual(spans.map((s) => TEXT.slice(s.start, s.end)), ['关于作风建设的讲话', '一、总体要求', '二、保障措施']);
    assert.deepEqual(headingSpans(outline, 0), []);
  });

  it('only inside the windows asked for', () => {
    const from = TEXT.indexOf('（一）');
    const spans = headingSpans(outline, 6, [{ start: from, end: from + 2 }]);
    assert.deepEqual(spans.map((s) => s.level), [3]);
  });
});
