/**
 * Page numbers of PDF text layers are figures of kind `other` (docs/testing.md, conventions: a number
 * that names something, a page number among them): a page-mark line (`— 2 —`, `第 3 页 共 6 页`), a
 * bare number between pages the outline reads as page furniture, and the footer row of a PDF parser's
 * JSON rows. The total of `共 6 页` counts pages. Every sentence here is invented for the test.
 */
import * as assert from 'node:assert/strict';
import { extractFigures } from '../../src/core/figures';
import { parseOutline } from '../../src/core/outline';
import { prose, wrap } from './pdfText';

/** `line:text|kind` of every figure, the outline read first (as the extension does). */
function read(text: string): string[] {
  return extractFigures(text, parseOutline(text)).map((f) => `${text.slice(0, f.start).split('\n').length}:${f.text}|${f.kind}`);
}

/** A wrapped PDF page of invented prose, then its page mark. */
function pages(n: number, mark: (p: number) => string, width = 30, chars = 520): string[] {
  const out: string[] = ['某县关于做好秋季防火工作的通知'];
  for (let p = 1; p <= n; p++) out.push(...wrap(prose(chars, p), width), mark(p));
  return out;
}

function onLines(text: string, lines: number[]): string[] {
  const all = read(text);
  return all.filter((r) => lines.includes(Number(r.split(':')[0])));
}

function markLines(lines: string[], test: (l: string) => boolean): number[] {
  const out: number[] = [];
  lines.forEach((l, i) => {
    if (test(l)) out.push(i + 1);
  });
  return out;
}

describe('figpdf48: page numbers of a PDF text layer', () => {
  it('reads the number of a dashed page mark as a figure of kind other', () => {
    const lines = pages(3, (p) => `— ${p} —`);
    const t = lines.join('\n');
    assert.deepEqual(onLines(t, markLines(lines, (l) => l.startsWith('—'))), [1, 2, 3].map((p, i) => `${markLines(lines, (l) => l.startsWith('—'))[i]}:${p}|other`));
  });
  it('reads - N - with ASCII hyphens the same way', () => {
    const lines = pages(3, (p) => `- ${p} -`);
    const ml = markLines(lines, (l) => /^- \d -$/.test(l));
    assert.deepEqual(onLines(lines.join('\n'), ml), ml.map((l, i) => `${l}:${i + 1}|other`));
  });
  it('reads 第 N 页 共 M 页 as the page (other) and the total (count)', () => {
    const lines = pages(3, (p) => `第 ${p} 页 共 3 页`);
    const ml = markLines(lines, (l) => l.startsWith('第 '));
    assert.deepEqual(onLines(lines.join('\n'), ml), ml.flatMap((l, i) => [`${l}:${i + 1} 页|other`, `${l}:3 页|count`]));
  });
  it('reads 第N页 alone as the page, kind other', () => {
    const lines = pages(3, (p) => `第${p}页`);
    const ml = markLines(lines, (l) => /^第\d页$/.test(l));
    assert.deepEqual(onLines(lines.join('\n'), ml), ml.map((l, i) => `${l}:${i + 1}页|other`));
  });
  it('keeps the bare page numbers of a narrow page split from their dashes, the first page too', () => {
    const out: string[] = [];
    for (let p = 1; p <= 4; p++) out.push(...wrap(prose(560, p + 10), 26), String(p), '— —');
    const ml = markLines(out, (l) => /^\d$/.test(l));
    assert.deepEqual(onLines(out.join('\n'), ml), ml.map((l, i) => `${l}:${i + 1}|other`));
  });
  it('still drops the row numbers of a table flattened one cell per line', () => {
    const t = ['序号', '项目', '金额', '1', '道路修缮', '120万元', '2', '校舍加固', '85万元', '3', '河道清淤', '60万元', '4', '路灯更换', '12万元'].join('\n');
    assert.deepEqual(read(t).map((r) => r.split(':')[1]), ['120万元|money', '85万元|money', '60万元|money', '12万元|money']);
  });
  it('leaves the body figures of paged text as they were', () => {
    const lines = pages(2, (p) => `— ${p} —`);
    lines.splice(3, 0, '全县共排查隐患点326处，整改率达到97.5%。');
    const rows = read(lines.join('\n'));
    assert.ok(rows.includes('4:326处|count'));
    assert.ok(rows.includes('4:97.5%|percent'));
  });
  it('keeps a count alone in prose lines a count (no page furniture around it)', () => {
    assert.deepEqual(read('今年新建公园\n3\n个，改造绿地12处。').filter((r) => r.endsWith('|other')), []);
  });
});

describe('figpdf48: a PDF parser\'s JSON rows', () => {
  const row = (page: number, n: number, type: string, inside: string): string =>
    `{"page": ${page}, "allrow": ${n}, "type": "${type}", "inside": "${inside}"}`;
  it('reads the number of a footer row (页脚) as the page number, kind other', () => {
    const t = [row(1, 0, 'text', ''), row(1, 1, '页眉', '某某科技股份有限公司2031年年度报告'), row(1, 2, 'text', '本公司全年实现营业收入8.6亿元。'), row(1, 3, '页脚', '1'),
      row(2, 4, 'text', ''), row(2, 5, 'text', '研发投入占比为6.2%。'), row(2, 6, '页脚', '2')].join('\n');
    const rows = read(t);
    assert.ok(rows.includes('4:1|other'), rows.join(' '));
    assert.ok(rows.includes('7:2|other'), rows.join(' '));
    assert.ok(rows.includes('3:8.6亿元|money'));
  });
  it('leaves the rows\' page and allrow fields out, and a body row\'s quoted number too', () => {
    const t = [row(1, 0, 'text', '12'), row(1, 1, 'text', '全年完成投资5亿元。'), row(1, 2, '页脚', '1')].join('\n');
    const rows = read(t);
    assert.ok(!rows.some((r) => r.startsWith('1:')), rows.join(' '));
    assert.ok(!rows.some((r) => r.includes('allrow')));
  });
  it('does not read a footer row\'s words as a page number', () => {
    const t = [row(1, 0, 'text', '全年完成投资5亿元。'), row(1, 1, '页脚', '第一页')].join('\n');
    assert.deepEqual(read(t).filter((r) => r.startsWith('2:')), []);
  });
  it('does not keep a quoted number of another record shape', () => {
    const t = '{"id": "17", "type": "note", "inside": "3"}\n{"id": "18", "type": "note", "inside": "4"}';
    assert.deepEqual(read(t).filter((r) => /:(3|4|17|18)\|/.test(r)), []);
  });
});
