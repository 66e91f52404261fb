import * as assert from 'node:assert/strict';
import { parseOutline } from '../../src/core/outline';

function heads(text: string): string[] {
  return parseOutline(text, { format: 'markdown' }).headings.map((h) => `${h.level} ${h.marker}|${h.title}`);
}

// An invented WeChat article copied to Markdown: short lines, bold section numerals over bold titles.
const ARTICLE = [
  '---', 'title: 青山县春耕观察', 'source: wechat', '---', '',
  '---', 'title: "青山县春耕观察"', 'export_date: 2031-03-12', '---', '',
  '# 青山县春耕观察', '',
  '青山县农业农村局', '',
  '春天来了。', '', '田里很忙。', '', '农机手天不亮就出门了。', '',
  '**一**', '', '**农机为什么下田早？**', '', '我们先看一组数字。', '', '今年全县新增农机三百台。', '',
  '**二**', '', '**良种从哪里来**', '', '1', '', '育秧工厂', '', '秧苗长得很齐。', '',
  '**三**', '', '**写在最后**', '', '春耕不等人。', '',
].join('\n');

describe('WeChat copies: bold bare numerals and short-line articles', () => {
  it('reads **一** over a bold title as a numbered part with that title, a question too', () => {
    assert.deepEqual(heads(ARTICLE), ['1 |青山县春耕观察', '2 一|农机为什么下田早', '2 二|良种从哪里来', '2 三|写在最后']);
  });

  it('keeps the short sentences above the first part in the body, not the page head', () => {
    const o = parseOutline(ARTICLE, { format: 'markdown' });
    const zoneAt = (line: number): string | undefined => o.zones?.find((z) => z.firstLine <= line && line <= z.lastLine)?.zone;
    assert.equal(zoneAt(16), 'body'); // 田里很忙。
    assert.equal(zoneAt(10), 'body'); // # 青山县春耕观察
  });

  it('reads a second front matter block (key: value lines over ---) as no heading', () => {
    assert.ok(!heads(ARTICLE).some((h) => h.includes('title:')));
  });
});
