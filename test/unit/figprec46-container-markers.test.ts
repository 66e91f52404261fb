/**
 * A list marker that opens an item of a container — a pipe table's cell, a Markdown quote, a record's
 * text fragment — is the item's number, no count (figprec46). Made-up texts; each is read with and
 * without the outline, as the editor and the scorer do.
 */
import * as assert from 'node:assert/strict';
import { extractFigures, parseOutline } from '../../src/core';

function both(text: string): string[] {
  const plain = extractFigures(text).map((f) => f.text);
  const read = extractFigures(text, parseOutline(text, { format: 'markdown' })).map((f) => f.text);
  assert.deepEqual(read, plain, 'the outline changes nothing here');
  return plain;
}

describe('figprec46: list markers opening a table cell, a quote or a record fragment', () => {
  it('drops the marker opening a pipe table row\'s label cell, keeps the row\'s figures', () => {
    const src = '| 项目 | 件数 | 金额 |\n|---|---|---|\n| 1. 受理申请 | 12 | 3.5万元 |\n| 2. 办结事项 | 10 | 2万元 |\n';
    assert.deepEqual(both(src), ['12', '3.5万元', '10', '2万元']);
  });
  it('drops a marker opening a cell in the middle of a row', () => {
    assert.deepEqual(both('| 说明 | 3. 其他情形 | 5 |\n'), ['5']);
  });
  it('keeps a decimal opening a cell (1.5 is no marker)', () => {
    assert.deepEqual(both('| 指标 | 增速 |\n|---|---|\n| 1.5 | 2.6% |\n'), ['1.5', '2.6%']);
  });
  it('keeps a bar that is no table: the line does not open with it', () => {
    assert.deepEqual(both('数据：| 4. 共计 |\n'), ['4']);
  });
  it('drops the markers of a numbered list inside a Markdown quote', () => {
    assert.deepEqual(both('> 1. 城区新建公园三处，面积12公顷\n> 2. 改造老旧小区45个\n'), ['三处', '12公顷', '45个']);
  });
  it('drops the marker of a nested quote\'s item', () => {
    assert.deepEqual(both('> > 3、完成投资8亿元\n'), ['8亿元']);
  });
  it('keeps a number after a > that is no quote mark at the line start', () => {
    assert.deepEqual(both('他说> 3. 不是引文\n'), ['3']);
  });
  it('drops the marker opening a record\'s text field', () => {
    assert.deepEqual(both('{"content": "1. 报名时间为3月5日"}\n'), ['3月5日']);
  });
  it('drops markers a scraper set apart as fragments of their own', () => {
    assert.deepEqual(both('["第一部分", "1.", "招生人数为120名", "2.", "学费每年5000元"]\n'), ['120名', '5000元']);
  });
  it('drops markers set as escaped fragments inside a JSON string', () => {
    assert.deepEqual(both('{"content": "[\\"总则\\", \\"1.\\", \\"本办法适用于全体学生\\", \\"2.\\", \\"每人限报2项\\"]"}\n'), ['2项']);
  });
  it('keeps a fragment holding a decimal', () => {
    assert.deepEqual(both('["价格", "1.5", "元"]\n'), ['1.5']);
  });
  it('keeps figures in ordinary prose', () => {
    assert.deepEqual(both('本段落中的3.5万元与1.2倍。\n'), ['3.5万元', '1.2倍']);
  });
});
