import * as assert from 'node:assert/strict';
import { isBreadcrumb, isProse, isStrongFurniture, mayBeChrome, mayEndSiteName, proseReader } from '../../src/core/outline/anatomy/lineShapes';
import { parseOutline } from '../../src/core/outline';

/** A small deterministic generator (tests must give the same strings every run). */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

// Pieces the random lines are made of: furniture words, their near misses, prose, punctuation.
const PIECES = [
  '版权所有', '版权', '所有', 'ICP备', 'icp 备案', 'Copyright', 'COPYRIGHT', '©', '上一篇', '下一', '打印本页', '关闭窗口', '分享到',
  '相关新闻', '相关新闻：', '相关', '热门文章', '长者模式', '二维码', '当前位置', '您的位置', '所在位置', 'www.', 'WWW.', 'http://',
  'HTTPS://', '.com', '.CN', '.org', '.net', '首页', '首頁', '主页', '位置', '>', '»', '|', '｜', '·', '•', '青山新闻网', '门户网站',
  '客户端', '在线', '今年', '全市', '经济', '发展', '，', '。', '；', ' ', '\u3000', '2031', '年', '网', '站', '关于我们', '联系我们',
];

function randomLine(next: () => number): string {
  let s = '';
  const parts = 1 + Math.floor(next() * 6);
  for (let k = 0; k < parts; k++) s += PIECES[Math.floor(next() * PIECES.length)];
  return s;
}

describe('anatomy: character prechecks agree with the tests they guard', () => {
  it('mayBeChrome is true wherever a furniture or breadcrumb test could be (a site name is told by its last character)', () => {
    const next = rng(7);
    let chrome = 0;
    for (let n = 0; n < 20000; n++) {
      const s = randomLine(next);
      if (!(isStrongFurniture(s) || isBreadcrumb(s))) continue;
      chrome++;
      assert.ok(mayBeChrome(s, 0, s.length) || mayEndSiteName(s.charCodeAt(s.length - 1)), s);
    }
    assert.ok(chrome > 1000);
  });

  it('mayBeChrome is false on plain running text and on a range that leaves the furniture word out', () => {
    const line = '今年全市经济发展稳中有进，民生保障持续加强。';
    assert.equal(mayBeChrome(line, 0, line.length), false);
    const page = '青山日报 版权所有';
    assert.equal(mayBeChrome(page, 0, page.length), true);
    assert.equal(mayBeChrome(page, 0, 4), false);
    assert.equal(mayBeChrome('详见 WWW.EXAMPLE.INVALID', 0, 22), true);
  });

  it('proseReader reads lines in order as isProse reads each line as a string', () => {
    const next = rng(11);
    const bits = ['今年全市经济运行总体平稳', '，', '。', '；', '！', '？', 'ABC', '123', '发展质量稳步提升', '群众生活持续改善', ' '];
    // One text of many lines (the reader's search for 。 goes on from line to line).
    const lines: string[] = [];
    for (let n = 0; n < 20000; n++) {
      let s = '';
      const parts = Math.floor(next() * 12);
      for (let k = 0; k < parts; k++) s += bits[Math.floor(next() * bits.length)];
      lines.push(s);
    }
    const text = lines.join('\n');
    const read = proseReader(text);
    let at = 0;
    let prose = 0;
    for (const s of lines) {
      const expect = isProse(s);
      if (expect) prose++;
      assert.equal(read(at, at + s.length), expect, s);
      at += s.length + 1;
    }
    assert.ok(prose > 1000);
  });

  it('the table-of-contents precheck lets the smallest tables through (a header and two items, blank lines between)', () => {
    // Our own text: long paragraphs, with the contents' parts repeated below as headings.
    const para = '今年全市上下围绕年度目标任务，扎实推进各项工作，经济运行总体平稳，民生保障持续加强，社会大局和谐稳定，各方面工作取得新的进展。';
    const body = ['一、总体要求', para, para, '二、重点任务', para, para].join('\n');
    const tocLines = (text: string): string[] => {
      const o = parseOutline(text, { format: 'plain' });
      const lines = text.split('\n');
      return (o.zones ?? []).filter((z) => z.zone === 'toc').flatMap((z) => lines.slice(z.firstLine, z.lastLine + 1)).filter((l) => l.trim());
    };
    for (const header of ['目录', '目　录', 'CONTENTS']) {
      const text = `${header}\n\n一、总体要求……1\n\n二、重点任务……3\n\n${body}\n`;
      assert.deepEqual(tocLines(text), [header, '一、总体要求……1', '二、重点任务……3'], header);
    }
    // With no 目录 line and no four short lines together, nothing is a table of contents.
    assert.deepEqual(tocLines(`会议纪要\n${body}\n`), []);
  });
});

