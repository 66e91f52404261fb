/**
 * A picture's target written as a data URI (the lazy-loading placeholder a copied WeChat article keeps
 * for each picture) is encoded markup, not the document's words: no figure inside it counts. Our own
 * invented texts.
 */
import { strict as assert } from 'node:assert';
import { extractFigures } from '../../src/core';

const texts = (t: string): string[] => extractFigures(t).map((f) => f.text);

describe('figures: data URIs in Markdown pictures', () => {
  it('reads no figure inside an SVG placeholder, blanks and balanced parentheses included', () => {
    const svg = "![Image](data:image/svg+xml,%3Csvg width='1px' height='1px' viewBox='0 0 1 1' version='1.1'%3E" +
      "%3Cg transform='translate(-249.000000, -126.000000)' fill='%23FFFFFF'%3E%3Crect x='249' y='126' width='375'/%3E%3C/g%3E%3C/svg%3E)";
    const t = `## 门店扩张\n\n${svg}\n\n甲品牌门店超过4万家，去年营收248亿元。\n\n${svg}乙品牌新开门店1200家。`;
    assert.deepEqual(texts(t), ['4万家', '248亿元', '1200家']);
  });

  it('reads no figure inside a base64 picture, and the words right after it still count', () => {
    const t = '![](data:image/png;base64,iVBORw0KGgo1234AAAANSUhEUgAAAAEAAAAB)全市共有3个仓库，容量12万吨。';
    assert.deepEqual(texts(t), ['3个', '12万吨']);
  });

  it('keeps the figures of a picture target that is no data URI, and of a link text', () => {
    // (an ordinary address is dropLinkTargets' business; the words in the brackets are text)
    const t = '[2025年报告](https://example.com/report)显示，产量增长8.5%。';
    assert.deepEqual(texts(t), ['2025年', '8.5%']);
  });

  it('stops a target cut off by the line end at that line', () => {
    const t = "![Image](data:image/svg+xml,%3Csvg width='1px' height='1px'\n第二行写明产值增长7.2%。";
    assert.deepEqual(texts(t), ['7.2%']);
  });
});
