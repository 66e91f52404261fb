/**
 * The CLI writes its JSON and CSV piece by piece (no giant string). These tests hold the streamed
 * writers to the string forms they replaced, byte for byte, on documents the real engines read.
 */
import { strict as assert } from 'node:assert';
import { checkNumbering, extractFigures, parseOutline } from '../../src/core';
import {
  collect,
  figuresCsvBody,
  figuresToRows,
  findingToJson,
  jsonString,
  outlineToJson,
  writeFiguresCsvBody,
  writeFiguresJson,
  writeFindingsJson,
  writeOutlineJson,
  type Write,
} from '../../src/core/export';

// Invented text: a title, two levels of numbering, a third level, figures, a quote and a backslash to escape.
const DOC = [
  '关于推进示范区建设的报告',
  '',
  '一、总体要求',
  '全年地区生产总值增长5.2%，完成投资70.6亿元。',
  '（一）指导思想。坚持"稳中求进"，路径C:\\data\\x。',
  '1.抓项目。新开工项目120个。',
  '2.抓招商。引进资金3.5亿元，同比增长10.8%。',
  '（二）工作目标。到2025年取得明显成效。',
  '二、重点任务',
  '一是抓项目；二是抓招商；三是抓服务。',
  '四、保障措施',
  '（一）加强领导。',
  '（二）、落实责任。',
  '',
].join('\n');

function pieces(run: (write: Write) => void): { text: string; count: number } {
  let text = '';
  let count = 0;
  run((s) => {
    text += s;
    count++;
  });
  return { text, count };
}

describe('export: streamed writers equal the string forms', () => {
  const big = Array.from({ length: 30 }, () => DOC).join('\n');
  for (const [name, text] of [['a short document', DOC], ['the document ×30', big]] as const) {
    const outline = parseOutline(text, { format: 'plain' });
    const figures = extractFigures(text, outline);

    it(`outline JSON, every depth, with and without a file name (${name})`, () => {
      assert.ok(outline.headings.length >= 8, 'the engine finds the headings');
      for (const maxLevel of [undefined, 1, 2, 3]) {
        const whole = outlineToJson(outline, { maxLevel });
        const streamed = pieces((w) => writeOutlineJson(outline, { maxLevel }, w));
        assert.equal(streamed.text, JSON.stringify(whole));
        assert.ok(streamed.count > 2, 'written in pieces');
        assert.equal(collect((w) => writeOutlineJson(outline, { maxLevel }, w, 'a "b".txt')), JSON.stringify({ file: 'a "b".txt', ...whole }));
      }
    });

    it(`figures JSON and CSV rows (${name})`, () => {
      assert.ok(figures.length >= 5, 'the engine finds the figures');
      const rows = figuresToRows(text, outline, figures);
      assert.equal(collect((w) => writeFiguresJson(text, outline, figures, w)), JSON.stringify({ figures: rows }));
      assert.equal(collect((w) => writeFiguresJson(text, outline, figures, w, 'x.txt')), JSON.stringify({ file: 'x.txt', figures: rows }));
      assert.equal(collect((w) => writeFiguresCsvBody(text, outline, figures, w)), figuresCsvBody(rows, false));
      assert.equal(
        collect((w) => writeFiguresCsvBody(text, outline, figures, w, 'dir/x,y.txt')),
        figuresCsvBody(rows.map((r) => ({ ...r, file: 'dir/x,y.txt' })), true),
      );
    });
  }

  it('a heading whose fields break the contract still gives what JSON.stringify gives', () => {
    const outline = parseOutline(DOC, { format: 'plain' });
    const odd = { ...outline, headings: outline.headings.map((h, i) => (i === 1 ? { ...h, title: undefined as unknown as string } : h)) };
    assert.equal(collect((w) => writeOutlineJson(odd, {}, w)), JSON.stringify(outlineToJson(odd)));
  });

  it('a marker or title is quoted as JSON.stringify quotes it, every UTF-16 unit and lone surrogates alike', () => {
    for (let c = 0; c < 0x10000; c++) {
      const s = `题${String.fromCharCode(c)}目`;
      assert.equal(jsonString(s), JSON.stringify(s), `U+${c.toString(16)}`);
    }
    for (const s of ['', '"', '\\', '\u2028', '\u007f', '\ud83d\ude00', 'a\ud800', '\udc00b', '\ud83d\ude00\ud83d', '第一，"引号"\t']) {
      assert.equal(jsonString(s), JSON.stringify(s));
    }
    // headings whose titles hold what JSON escapes: the streamed outline is still JSON.stringify's
    const outline = parseOutline(DOC, { format: 'plain' });
    const titles = ['含"引号"的标题', 'C:\\data\\x', '制表\t符', '孤\ud800字', '\u0001控制'];
    const odd = { ...outline, headings: outline.headings.map((h, i) => ({ ...h, title: titles[i % titles.length], marker: i === 2 ? '"' : h.marker })) };
    assert.equal(collect((w) => writeOutlineJson(odd, {}, w)), JSON.stringify(outlineToJson(odd)));
  });

  it('findings JSON, in both languages, with and without a file name', () => {
    const outline = parseOutline(DOC, { format: 'plain' });
    const findings = checkNumbering(DOC, outline);
    assert.ok(findings.length > 0, 'the gap 二→四 and the stray 、 are found');
    for (const lang of ['en', 'zh'] as const) {
      const list = findings.map((f) => findingToJson(outline, f, lang));
      assert.equal(collect((w) => writeFindingsJson(outline, findings, lang, w)), JSON.stringify({ findings: list }));
      assert.equal(collect((w) => writeFindingsJson(outline, findings, lang, w, 'a.txt')), JSON.stringify({ file: 'a.txt', findings: list }));
    }
  });
});
