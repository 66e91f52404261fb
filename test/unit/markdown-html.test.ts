import * as assert from 'node:assert/strict';
import { parseOutline } from '../../src/core/outline';
import { analyseMarkdown } from '../../src/core/outline/markdown';
import { scanMarkdown } from '../../src/core/outline/mdblocks';
import { frontMatterEnd } from '../../src/core/outline/markdown';
import { computeLineStarts } from '../../src/core/text/lines';

/** A news article kept as raw HTML inside a Markdown post, the way feed archivers store it (our own text). */
const POST = [
  '---',
  "title: '本市召开经济形势分析会'",
  'date: Mon, 12 May 2025 08:00:00 GMT',
  '---',
  '',
  '<div>',
  '<p>　　5月12日，市政府召开经济形势分析会，听取各部门情况汇报，研究部署下一阶段工作。</p>',
  '<p>　　会议指出，今年以来全市经济运行稳中有进，主要指标好于预期。</p>',
  '<p>　　会议要求做好三方面工作，</p>',
  '<p>　　<strong>一是</strong>扩大有效投资。加快重大项目建设，全年完成投资500亿元。</p>',
  '<p>　　<strong>二是</strong>提振消费需求。组织好各类促消费活动。</p>',
  '<p>　　三是稳定外贸外资。帮助企业稳订单拓市场。</p>',
  '<table><tr><td>1.</td><td>一是表格里的字不是标题</td></tr>',
  '<tr><td>2.</td><td>二是表格里的字也不是</td></tr></table>',
  '<!-- 一是注释里的字 二是注释里的字 -->',
  '<script>var a = "一是脚本，二是脚本";</script>',
  '<p>　　会议还通报了一季度重点工作完成情况。</p>',
  '</div>',
  '',
].join('\n');

describe('Markdown: HTML blocks holding an article', () => {
  it('reads the numbering of paragraphs kept as raw HTML, past the tags that open a line', () => {
    const o = parseOutline(POST, { format: 'markdown' });
    assert.deepEqual(o.headings.map((h) => `${h.marker}${h.title}`), ['一是扩大有效投资', '二是提振消费需求', '三是稳定外贸外资']);
    // the marker sits after `<p>　　<strong>`
    assert.equal(POST.slice(o.headings[0].start, o.headings[0].start + 2), '一是');
    assert.equal(POST.slice(o.headings[0].start - 8, o.headings[0].start), '<strong>');
  });

  it('leaves tables, comments and scripts inside the block unread', () => {
    const o = parseOutline(POST, { format: 'markdown' });
    assert.ok(o.headings.every((h) => !h.title.includes('表格') && !h.title.includes('注释') && !h.title.includes('脚本')));
  });

  it('hides a block with little Chinese text whole (markup, not prose)', () => {
    const md = ['# 标题', '', '<div class="a">一是</div>', '', '正文一段，写明情况。', ''].join('\n');
    const info = analyseMarkdown(md, computeLineStarts(md));
    const start = md.indexOf('<div');
    assert.ok(info.masked.some(([s, e]) => s <= start && e >= md.indexOf('</div>') + 6));
  });

  it('the line scanner for large files masks the same tags as remark-parse does', () => {
    const ls = computeLineStarts(POST);
    const a = analyseMarkdown(POST, ls).masked;
    const b = scanMarkdown(POST, ls, frontMatterEnd(POST)).masked;
    const tagsOnly = (m: Array<[number, number]>) => m.filter(([s]) => s >= POST.indexOf('<div>'));
    assert.deepEqual(tagsOnly(b), tagsOnly(a));
  });
});
