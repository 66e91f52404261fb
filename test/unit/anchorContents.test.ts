import { strict as assert } from 'assert';
import { parseOutline } from '../../src/core';

// Invented Markdown notes whose contents list is made of in-page links (a README's table of
// contents): the items point at the headings and open no parts.
const outline = (t: string): string[] => parseOutline(t, { format: 'markdown' }).headings.map((h) => `${h.level} ${h.marker}${h.title}`);
const body = '\n\n这一部分记下了学习中的体会，内容比较完整，足够成为一个段落来读。\n\n';

describe('anatomy: a Markdown contents list of in-page links (anchorContents.ts)', () => {
  it('reads numbered in-page links as contents, under 目录 or without it, nested items too', () => {
    const withHeader = `# 学习笔记\n\n## 目录\n\n1. [第一讲：起步](#1-第一讲起步)\n2. [第二讲：方法](#2-第二讲方法)\n3. [第三讲：总结](#3-第三讲总结)\n\n## 第一讲：起步${body}## 第二讲：方法${body}## 第三讲：总结${body}`;
    assert.deepEqual(outline(withHeader), ['1 学习笔记', '2 目录', '2 第一讲起步', '2 第二讲方法', '2 第三讲总结']); // (a lesson numbered in its heading is the heading's marker, notes55)
    const bare = `# 学习笔记\n\n1. [起步](#起步)\n   - [准备](#准备)\n2. [方法](#方法)\n\n## 起步${body}## 方法${body}`;
    assert.deepEqual(outline(bare), ['1 学习笔记', '2 起步', '2 方法']);
  });

  it('keeps numbered items that link elsewhere or say more than a link', () => {
    const t = `# 学习笔记\n\n1. [起步](https://example.org/a)\n${body}2. [方法](#方法) 以及练习${body}`;
    assert.deepEqual(outline(t).filter((x) => x.startsWith('2 ')).length, 2, outline(t).join(' | '));
  });
});
