/**
 * Figures whose reading recurs across many documents: a ratio written with colons has the array of
 * its parts as its value (shown to people joined by colons again). Every sentence is made up here.
 */
import * as assert from 'node:assert/strict';
import { extractFigures } from '../../src/core/figures';
import { parseOutline } from '../../src/core/outline';
import { buildFigureRows, formatValue, sortValueOf } from '../../src/core/figures/format';
import { figuresToRows, figuresToTable, valueCell, writeFiguresJson } from '../../src/core/export';
import { chartNumber } from '../../src/core/figures/crossFiles';
import { brief } from './figureBrief';

describe('figures fig37: a ratio\'s parts as its value', () => {
  it('reads a colon ratio as the array of its parts, full-width and ratio colons alike', () => {
    assert.deepEqual(brief('三次产业结构为12.6∶40.3∶47.1。'), ['12.6∶40.3∶47.1|[12.6,40.3,47.1]||ratio']);
    assert.deepEqual(brief('城乡收入比缩小到2.15:1，比例为4：3：3'), ['2.15:1|[2.15,1]||ratio', '4：3：3|[4,3,3]||ratio']);
    assert.deepEqual(brief('结构由9.0:52.0:39.0调整'), ['9.0:52.0:39.0|[9,52,39]||ratio']);
  });

  it('shows the parts joined by colons in the panel, the table, CSV and the hover; JSON keeps the array', () => {
    const text = '三次产业结构为12.6∶40.3∶47.1，增长1.5-2倍。';
    const outline = parseOutline(text);
    const figs = extractFigures(text, outline);
    const rows = buildFigureRows(text, figs, outline);
    assert.deepEqual(rows.map((r) => [r.value, r.sortValue, r.high]), [['12.6:40.3:47.1', null, null], ['1.5–2', 1.5, 2]]);
    const table = figuresToTable(figuresToRows(text, outline, figs));
    assert.ok(table.includes('12.6:40.3:47.1'), table);
    assert.ok(table.includes('1.5~2'), table);
    let json = '';
    writeFiguresJson(text, outline, figs, (s) => (json += s));
    assert.deepEqual(JSON.parse(json).figures[0].value, [12.6, 40.3, 47.1]);
    assert.equal(valueCell([2.15, 1], 'ratio', '', '2.15:1'), '2.15:1');
    assert.equal(valueCell([1.5, 2], 'ratio', '倍', '1.5-2倍'), '1.5~2');
    assert.deepEqual(formatValue([2.15, 1], 'ratio', '', '2.15:1'), { value: '2.15:1', readable: '' });
    assert.deepEqual(formatValue([2.15, 1]), { value: '2.15–1', readable: '' });
  });

  it('gives a ratio no single number to sort or chart by, a range of ratios its ends', () => {
    assert.equal(sortValueOf([21.9, 38.7, 39.4], 'ratio', '', '21.9:38.7:39.4'), null);
    assert.equal(chartNumber([2, 1], 'ratio', '', '2:1'), null);
    assert.equal(chartNumber([2, 3], 'ratio', '成', '两到三成'), 2.5);
    assert.equal(chartNumber([2, 3]), 2.5);
  });
});

describe('figures fig37: a year standing alone is a date', () => {
  const kinds = (text: string) => extractFigures(text).map((f) => `${f.text}|${JSON.stringify(f.value)}|${f.kind}`);

  it('reads a chronology\'s line-start years, a heading tag\'s year, a citation\'s year and a tags line\'s year', () => {
    assert.deepEqual(kinds('大事回顾\n- 1958：开始筹建水库\n- 1963（枯水年）：大坝合龙\n'), ['1958|"1958"|date', '1963|"1963"|date']);
    assert.deepEqual(kinds('<h2><span>2017</span></h2>'), ['2017|"2017"|date']);
    assert.deepEqual(kinds('（县办字〔</span><span style="x">2015</span><span>〕8号）').slice(0, 1), ['2015|"2015"|date']);
    assert.deepEqual(kinds('王某.在全县春耕会议上的讲话[J].某县政报,2011(4).'), ['2011|"2011"|date']);
    assert.deepEqual(kinds('乡政府,工作总结,2024\n'), ['2024|"2024"|date']);
    assert.deepEqual(kinds('1979\n【春耕】 全乡完成播种'), ['1979|"1979"|date']);
  });

  it('leaves a year-like number in a name, after a label, in a table row or in an expression as it was', () => {
    assert.deepEqual(kinds('落实《美丽乡村2035规划》和《农业强县2030》'), ['2035|2035|other', '2030|2030|other']);
    assert.deepEqual(kinds('编号：2019，阅读 2016'), ['2019|2019|other', '2016|2016|other']);
    assert.deepEqual(kinds('1998 100 8.8 55.7').slice(0, 1), ['1998|1998|other']);
    assert.deepEqual(kinds('x = (2018 : -1 : 1999)').slice(0, 1), ['2018|2018|other']);
    assert.deepEqual(kinds('共计2000，'), ['2000|2000|other']);
    assert.deepEqual(kinds('<tr><td>2015</td></tr>'), ['2015|2015|other']);
    assert.deepEqual(kinds('编号为<b>2015</b>。'), ['2015|2015|other']);
    assert.deepEqual(kinds('某县,2015,某乡,正文'), ['2015|2015|other']);
  });
});
