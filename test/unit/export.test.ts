import { strict as assert } from 'node:assert';
import { computeLineStarts } from '../../src/core/text/lines';
import type { Figure, Finding, Heading, MarkerFamily, Outline } from '../../src/core/types';
import {
  csvCell,
  displayWidth,
  escapeMarkdownInline,
  figuresToCsv,
  figuresToRows,
  figuresToTable,
  findingToJson,
  formatFinding,
  outlineToJson,
  outlineToMarkdown,
  outlineToText,
  sectionPath,
  valueCell,
} from '../../src/core/export';

interface Spec {
  at: string;
  marker: string;
  family: MarkerFamily;
  parent: number | null;
}

/** A hand-made outline: each spec names where its marker sits (first occurrence after the previous). */
function outlineOf(text: string, specs: Spec[]): Outline {
  const headings: Heading[] = [];
  let from = 0;
  for (const s of specs) {
    const start = text.indexOf(s.at, from);
    assert.ok(start >= 0, `fixture: ${s.at}`);
    from = start + 1;
    const titleStart = start + s.marker.length;
    let titleEnd = titleStart;
    while (titleEnd < text.length && !'。；;：:！？\r\n'.includes(text[titleEnd])) titleEnd++;
    const level = s.parent === null ? 1 : headings[s.parent].level + 1;
    headings.push({
      marker: s.marker, family: s.family, ordinal: 0, title: text.slice(titleStart, titleEnd), level, parent: s.parent,
      start, titleStart, titleEnd, end: text.length, inline: false, run: 0,
    });
  }
  for (let i = 0; i < headings.length; i++) {
    const next = headings.slice(i + 1).find((h) => h.level <= headings[i].level);
    if (next) headings[i].end = next.start;
  }
  return { headings, lineStarts: computeLineStarts(text), hardWrapped: false };
}

const TEXT = [
  '关于作风建设的讲话',
  '',
  '一、总体要求',
  '正文。一是抓项目；二是抓招商。',
  '（一）突出抓好项目建设。全年完成投资70.6亿元。',
  '二、保障措施',
  '正文。',
].join('\n');

const SPECS: Spec[] = [
  { at: '关于作风', marker: '', family: 'title', parent: null },
  { at: '一、', marker: '一、', family: 'cn-dun', parent: 0 },
  { at: '一是', marker: '一是', family: 'shi', parent: 1 },
  { at: '二是', marker: '二是', family: 'shi', parent: 1 },
  { at: '（一）', marker: '（一）', family: 'cn-paren', parent: 1 },
  { at: '二、', marker: '二、', family: 'cn-dun', parent: 0 },
];

describe('export: outline', () => {
  const outline = outlineOf(TEXT, SPECS);

  it('prints an indented tree, two spaces per level, marker then title', () => {
    assert.equal(
      outlineToText(TEXT, outline),
      ['关于作风建设的讲话', '  一、总体要求', '    一是抓项目', '    二是抓招商', '    （一）突出抓好项目建设', '  二、保障措施', ''].join('\n'),
    );
  });

  it('prints a nested Markdown list and cuts it at maxLevel', () => {
    const md = outlineToMarkdown(TEXT, outline);
    assert.equal(md.split('\n')[0], '- 关于作风建设的讲话');
    assert.equal(md.split('\n')[2], '    - 一是抓项目');
    assert.equal(outlineToMarkdown(TEXT, outline, { maxLevel: 2 }), '- 关于作风建设的讲话\n  - 一、总体要求\n  - 二、保障措施\n');
    assert.equal(outlineToMarkdown(TEXT, outline, { maxLevel: 1 }), '- 关于作风建设的讲话\n');
  });

  it('escapes what would turn a title into other Markdown', () => {
    assert.equal(escapeMarkdownInline('1. 加强*领导*'), '1\\. 加强\\*领导\\*');
    assert.equal(escapeMarkdownInline('<script>'), '\\<script\\>');
    assert.equal(escapeMarkdownInline('# 标题'), '\\# 标题');
    assert.equal(escapeMarkdownInline('（一）普通标题'), '（一）普通标题');
    const text = '1. 加强[组织]领导\n2. 落实_责任_\n';
    const o = outlineOf(text, [
      { at: '1. ', marker: '1. ', family: 'arabic-dot', parent: null },
      { at: '2. ', marker: '2. ', family: 'arabic-dot', parent: null },
    ]);
    assert.equal(outlineToMarkdown(text, o), '- 1\\. 加强\\[组织\\]领导\n- 2\\. 落实\\_责任\\_\n');
  });

  it('gives JSON with 1-based lines, 0-based columns, parents and part ends', () => {
    const { headings } = outlineToJson(outline);
    assert.equal(headings.length, SPECS.length);
    assert.deepEqual(headings[0], { line: 1, col: 0, marker: '', level: 1, title: '关于作风建设的讲话', parent: null, end: { line: 7, col: 3 } });
    assert.deepEqual(headings[1], { line: 3, col: 0, marker: '一、', level: 2, title: '总体要求', parent: 0, end: { line: 6, col: 0 } });
    // The inline 二是 sits after 正文。一是抓项目；
    assert.deepEqual({ line: headings[3].line, col: headings[3].col }, { line: 4, col: TEXT.split('\n')[3].indexOf('二是') });
    assert.equal(headings[4].parent, 1);
    // Every line/col points at its marker in the text.
    const lines = TEXT.split('\n');
    headings.forEach((h, i) => assert.ok(lines[h.line - 1].startsWith(SPECS[i].marker || SPECS[i].at, h.col), SPECS[i].at));
  });

  it('renumbers parents when maxLevel drops deeper headings', () => {
    const { headings } = outlineToJson(outline, { maxLevel: 2 });
    assert.deepEqual(headings.map((h) => [h.marker, h.parent]), [['', null], ['一、', 0], ['二、', 0]]);
  });

  it('counts CRLF line ends as one break and keeps UTF-16 columns', () => {
    const text = '前言\r\n一、总体要求\r\n正文。\r\n二、😀保障\r\n';
    const o = outlineOf(text, [
      { at: '一、', marker: '一、', family: 'cn-dun', parent: null },
      { at: '二、', marker: '二、', family: 'cn-dun', parent: null },
    ]);
    const { headings } = outlineToJson(o);
    assert.deepEqual(headings.map((h) => [h.line, h.col]), [[2, 0], [4, 0]]);
    assert.deepEqual(headings[0].end, { line: 4, col: 0 });
    assert.deepEqual(headings[1].end, { line: 5, col: 0 });
    assert.equal(outlineToText(text, o), '一、总体要求\n二、😀保障\n', 'no CR leaks into titles');
  });

  it('never nests deeper than the parent chain allows, even with a broken parent index', () => {
    const o = outlineOf(TEXT, SPECS);
    o.headings[2].parent = 99;
    o.headings[3].parent = 3; // points at itself
    const lines = outlineToText(TEXT, o).split('\n');
    assert.equal(lines[2], '一是抓项目');
    assert.equal(lines[3], '二是抓招商');
    assert.deepEqual(outlineToJson(o).headings.slice(2, 4).map((h) => h.parent), [null, null]);
  });

  it('handles an empty outline', () => {
    const o = outlineOf('', []);
    assert.equal(outlineToText('', o), '');
    assert.equal(outlineToMarkdown('', o), '');
    assert.deepEqual(outlineToJson(o), { headings: [] });
  });
});

function figure(text: string, span: string, over: Partial<Figure> = {}): Figure {
  const start = text.indexOf(span);
  assert.ok(start >= 0, span);
  return {
    start, end: start + span.length, text: span, value: null, unit: '', kind: 'count', approx: null,
    indicator: null, relation: null, of: null, section: null, ...over,
  };
}

describe('export: figures', () => {
  const outline = outlineOf(TEXT, SPECS);
  const figs = [figure(TEXT, '70.6亿元', { value: 7060000000, unit: '元', kind: 'money', indicator: '投资', section: 4 })];

  it('gives rows with position, value and the section path from the root', () => {
    const rows = figuresToRows(TEXT, outline, figs);
    assert.deepEqual(rows[0], {
      line: 5, col: TEXT.split('\n')[4].indexOf('70.6'), text: '70.6亿元', value: 7060000000, unit: '元', kind: 'money',
      indicator: '投资', relation: null, section: ['关于作风建设的讲话', '一、总体要求', '（一）突出抓好项目建设'], zone: 'body',
    });
    assert.deepEqual(sectionPath(TEXT, outline, null), []);
  });

  it('writes CSV with a BOM, a header, CRLF rows and RFC 4180 quoting', () => {
    const rows = figuresToRows(TEXT, outline, figs);
    rows.push({ ...rows[0], text: '他说"多"', indicator: '甲,乙', relation: '行1\n行2', value: [50, 80], section: [] });
    const csv = figuresToCsv(rows);
    assert.ok(csv.startsWith('\uFEFFline,col,text,value,unit,kind,indicator,relation,section\r\n'));
    const lines = csv.slice(1).split('\r\n');
    assert.equal(lines.length, 4, 'header, two rows, trailing empty');
    assert.equal(lines[1], `5,${rows[0].col},70.6亿元,7060000000,元,money,投资,,关于作风建设的讲话 > 一、总体要求 > （一）突出抓好项目建设`);
    assert.equal(lines[2], `5,${rows[0].col},"他说""多""",50~80,元,money,"甲,乙","行1\n行2",`);
    assert.ok(!/[^\r]\n/.test(csv.replace('行1\n行2', '')), 'every row ends in CRLF');
  });

  it('adds a file column when asked', () => {
    const rows = figuresToRows(TEXT, outline, figs).map((r) => ({ ...r, file: 'a b.txt' }));
    const csv = figuresToCsv(rows, { withFile: true });
    assert.ok(csv.startsWith('\uFEFFfile,line,'));
    assert.ok(csv.split('\r\n')[1].startsWith('a b.txt,5,'));
  });

  it('defuses cells a spreadsheet would run as formulas but keeps numbers', () => {
    assert.equal(csvCell('=SUM(A1)'), "'=SUM(A1)");
    assert.equal(csvCell('@cmd'), "'@cmd");
    assert.equal(csvCell('-5'), '-5');
    assert.equal(csvCell('-1.5e3'), '-1.5e3');
    assert.equal(csvCell('+86 10'), "'+86 10");
    assert.equal(csvCell(' 前后空格 '), '" 前后空格 "');
  });

  it('writes values as single cells', () => {
    assert.equal(valueCell(null), '');
    assert.equal(valueCell(0.333), '0.333');
    assert.equal(valueCell([null, null]), '~');
    assert.equal(valueCell('--09-28'), '--09-28');
  });

  it('aligns the terminal table by display width (CJK counts two columns)', () => {
    assert.equal(displayWidth('abc'), 3);
    assert.equal(displayWidth('中文'), 4);
    assert.equal(displayWidth('１０％'), 6);
    const rows = figuresToRows(TEXT, outline, [...figs, figure(TEXT, '一是', { value: 1, section: 2 })]);
    const lines = figuresToTable(rows).trimEnd().split('\n');
    assert.equal(lines.length, 3);
    assert.ok(lines[0].startsWith('line:col'));
    assert.ok(lines[1].includes('7,060,000,000'), 'grouped digits');
    // The third column (value) starts at the same display column on every line.
    const valueCol = (s: string, v: string): number => displayWidth(s.slice(0, s.indexOf(v)));
    assert.equal(valueCol(lines[1], '7,060'), valueCol(lines[0], 'value'));
    assert.equal(valueCol(lines[2], '1 '), valueCol(lines[0], 'value'));
    assert.ok(figuresToTable(rows, 'zh').startsWith('行:列'));
  });
});

describe('export: findings', () => {
  const text = '一、甲\r\n二、乙\r\n四、丙\r\n';
  const outline = outlineOf(text, []);
  const f: Finding = {
    code: 'GM001', severity: 'error', start: text.indexOf('四、'), end: text.indexOf('四、') + 2,
    message: { en: 'Gap in the run:\nexpected 三、', zh: '序号不连续：应为三、' }, fixes: [],
  };

  it('formats file:line:col: severity code message in the chosen language, one line', () => {
    assert.equal(formatFinding('a.txt', outline, f, 'en'), 'a.txt:3:1: error GM001 Gap in the run: expected 三、');
    assert.equal(formatFinding('a.txt', outline, f, 'zh'), 'a.txt:3:1: error GM001 序号不连续：应为三、');
  });

  it('gives JSON with start and end positions', () => {
    assert.deepEqual(findingToJson(outline, f, 'zh'), {
      line: 3, col: 0, end: { line: 3, col: 2 }, severity: 'error', code: 'GM001', message: '序号不连续：应为三、',
    });
  });

  it('falls back to English when a Chinese message is missing', () => {
    assert.match(formatFinding('a', outline, { ...f, message: { en: 'Gap', zh: '' } }, 'zh'), / Gap$/);
  });
});
