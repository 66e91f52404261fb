/**
 * A statute's chapters named on one line, as a PDF conversion keeps a law's contents
 * (`第一章 总则（第1-3条）第二章 …`): the line is a table of contents, not the first chapter with the
 * others for its title. Texts written for these tests.
 */
import * as assert from 'node:assert/strict';
import { parseOutline } from '../../src/core/outline';

const heads = (text: string): string[] => parseOutline(text).headings.map((h) => `${h.marker}${h.title}`);

const body = [
  '第一章 总则',
  '第一条 为了管好乙镇的公共绿地，制定本规定。',
  '第二条 本规定适用于乙镇建成区内的公共绿地。',
  '第二章 养护',
  '第三条 养护单位应当按季修剪树木，及时补种枯死的苗木。',
  '第四条 绿地内的设施损坏的，养护单位应当在七日内修复。',
  '第三章 附则',
  '第五条 本规定自发布之日起施行。',
];

describe('a statute\'s chapters named on one line (pdf52)', () => {
  it('reads the one-line list of chapters with their articles as contents', () => {
    const text = ['乙镇公共绿地管理规定', '', '第一章 总则（第1-2条）第二章 养护（第3-4条）第三章 附则（第5条至第5条）', '', ...body].join('\n');
    const h = heads(text);
    assert.equal(h.filter((t) => t.startsWith('第一章')).length, 1, h.join(' / '));
    assert.ok(h.includes('第一章总则'), h.join(' / '));
    // a line that runs on into sentences, or names two chapters only, stays the first chapter
    for (const line of ['第一章 总则 本章共两条。第二章 养护 第三章 附则', '第一章 总则（第1-2条）第二章 养护（第3-4条）']) {
      const o = heads(['乙镇公共绿地管理规定', '', line, '', ...body].join('\n'));
      assert.equal(o.filter((t) => t.startsWith('第一章')).length, 2, `${line}: ${o.join(' / ')}`);
    }
  });

  it('reads a letter-spaced list under 目录 as contents, the 目录 line with it', () => {
    const text = ['乙镇公共绿地管理规定', '目　　录', '第一章　总　　则　第二章　养　　护　第三章　附　　则', ...body].join('\n');
    const o = parseOutline(text);
    const h = o.headings.map((x) => `${x.marker}${x.title}`);
    assert.deepEqual(h.filter((t) => t.startsWith('第') && t.includes('章')), ['第一章总则', '第二章养护', '第三章附则'], h.join(' / '));
    const toc = (o.zones ?? []).filter((z) => z.zone === 'toc').map((z) => [z.firstLine, z.lastLine]);
    assert.deepEqual(toc, [[1, 2]]);
  });
});
