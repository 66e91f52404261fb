import * as assert from 'node:assert/strict';
import { tocKey, tocKeyAt } from '../../src/core/outline/anatomy/toc';

/** The cleaning tocKey did with regular expressions before it read char codes: the reference it must equal. */
function reference(raw: string): string {
  if (raw.length > 80) return '';
  if (!/[\s\u3000\u00a0\u200b\ufeff.．·…。_\-—#>*+0-9０-９ivxlcIVXLC]/.test(raw)) return raw;
  let t = raw.replace(/^[#>*\-+\s\u3000]+/, '').replace(/[*_]+$/, '');
  t = t.replace(/[\s\u3000\u00a0\u200b\ufeff]+/g, '');
  t = t.replace(/([.．·…。_\-—]{2,}|…+)\s*([0-9０-９ivxlcIVXLC]+)?$/, '');
  t = t.replace(/([^0-9０-９])[0-9０-９]{1,3}$/, '$1');
  if (t.length === 0 || t.length > 60 || t.includes('。')) return '';
  return t;
}

describe('tocKey (table-of-contents item keys)', () => {
  it('drops spaces, dot leaders, page numbers and Markdown marks', () => {
    assert.equal(tocKey('第一章　总　　则……3'), '第一章总则');
    assert.equal(tocKey('## 第二节 工作目标 ........ 12'), '第二节工作目标');
    assert.equal(tocKey('附录 …ix'), '附录');
    assert.equal(tocKey('表1--2'), '表');
    assert.equal(tocKey('主要任务 7'), '主要任务');
    assert.equal(tocKey('二〇二五年1234'), '二〇二五年1234');
    assert.equal(tocKey('一句完整的话。后面还有'), '');
    assert.equal(tocKey('—— 12'), '');
  });

  it('reads a line inside the text as the same key as the line alone', () => {
    const line = '  第三章 保障措施 ··· 25';
    const text = `前文\n${line}\n后文`;
    assert.equal(tocKeyAt(text, 3, 3 + line.length), tocKey(line));
  });

  it('equals the regular-expression cleaning on random lines of the characters it treats specially', () => {
    const alpha = ['章', '则', 'a', 'C', 'i', 'x', '1', '３', '.', '．', '·', '…', '。', '_', '-', '—', '#', '>', '*', '+', ' ', '\u3000', '\u00a0', '\u200b', '\ufeff', '\t', '，'];
    let seed = 7;
    const rnd = (): number => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed / 0x7fffffff; };
    for (let i = 0; i < 50_000; i++) {
      let s = '';
      const len = Math.floor(rnd() * 12);
      for (let j = 0; j < len; j++) s += alpha[Math.floor(rnd() * alpha.length)];
      assert.equal(tocKey(s), reference(s), JSON.stringify(s));
    }
  });
});
