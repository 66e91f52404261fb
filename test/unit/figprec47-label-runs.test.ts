/** Numbers that count off a page's furniture (contents links, numbered column names, tab rows' numbers) are no figures. Made-up pages (figprec47). */
import * as assert from 'node:assert/strict';
import { brief, texts } from './figureBrief';

describe('figprec47: runs of link labels, column names and row numbers', () => {
  it('leaves out a contents list of in-page links numbered 1, 2, 3', () => {
    const src = '目录\n  [1](#a1)&emsp;[2](#a2)&emsp;[3](#a3)&emsp;[4](#a4)\n第一条 本办法自2031年5月1日起施行。\n';
    assert.deepEqual(texts(src), ['2031年5月1日']);
  });
  it('leaves out a contents run that starts past one (11, 12, 13)', () => {
    assert.deepEqual(texts('- 第11~13条\n  [11](#p11) [12](#p12) [13](#p13)\n'), ['11~13条']);
  });
  it('keeps two in-page link labels (no run of three)', () => {
    assert.deepEqual(texts('  [1](#n1)&emsp;[2](#n2)\n'), ['1', '2']);
  });
  it('keeps numbered links that do not count up by one', () => {
    assert.deepEqual(texts('[5](#x) [9](#y) [14](#z)').length, 3);
  });
  it('keeps a number that links out of the page', () => {
    assert.deepEqual(texts('[2031](https://example.org/2031) [2032](https://example.org/2032) [2033](https://example.org/2033)').length, 3);
  });
  it('leaves out numbered column names in a pipe header, keeps the body', () => {
    const src = '| 事项 | 项目1 | 项目2 | 项目3 | 合计 |\n|---|---|---|---|---|\n| 受理 | 41 | 7 | 2 | 50 |\n';
    assert.deepEqual(texts(src), ['41', '7', '2', '50']);
  });
  it('leaves out Latin column names with numbers (col1, col2, col3)', () => {
    const src = '| 名称 | col1 | col2 | col3 |\n|---|---|---|---|\n| 甲 | 12 | 30 | 8 |\n';
    assert.deepEqual(texts(src), ['12', '30', '8']);
  });
  it('keeps year columns (no word before the number)', () => {
    const src = '| 指标 | 2031 | 2032 | 2033 |\n|---|---|---|---|\n| 产量 | 5 | 6 | 7 |\n';
    assert.deepEqual(texts(src).slice(0, 3), ['2031', '2032', '2033']);
  });
  it('keeps two numbered columns (no run of three)', () => {
    const src = '| 指标 | 方案1 | 方案2 |\n|---|---|---|\n| 成本 | 40 | 55 |\n';
    assert.deepEqual(texts(src), ['1', '2', '40', '55']);
  });
  it('keeps cells of different words with numbers', () => {
    const src = '| 甲1 | 乙2 | 丙3 |\n|---|---|---|\n';
    assert.deepEqual(texts(src).length, 3);
  });
  it('leaves out the row numbers of a table flattened with tabs, keeps its cells', () => {
    const src = '级数\t应纳税所得额\t税率（%）\n1\t不超过5000元的\t4\n2\t超过5000元的部分\t12\n3\t超过8000元的部分\t18\n';
    assert.deepEqual(texts(src), ['5000元', '4', '5000元', '12', '8000元', '18']);
  });
  it('keeps tab rows whose first numbers do not count 1, 2, 3', () => {
    const src = '数量\t名称\n4\t甲\n9\t乙\n15\t丙\n';
    assert.deepEqual(texts(src), ['4', '9', '15']);
  });
  it('keeps a tab row run of two', () => {
    const src = '序\t名称\n1\t甲\n2\t乙\n';
    assert.deepEqual(texts(src).length, 2);
  });
  it('keeps numbers that open lines with no tab after them', () => {
    const src = '1 甲地新增30户\n2 乙地新增40户\n3 丙地新增50户\n';
    assert.ok(texts(src).includes('30户'));
  });
});
