import * as assert from 'node:assert/strict';
import { convertPdf } from '../../src/convert/pdf';
import { layoutPdf, isPageNumber, isLetterSpaced, tidySpaces, type PdfItem } from '../../src/convert/pdfLines';
import { parseOutline } from '../../src/core/outline/index';
import { makePdf, makeUnembeddedPdf, haveCjkFont, type Block } from './pdfMaker';
import { prose } from './pdfText';

/** The outline as (level, text) pairs, to compare two texts' outlines. */
function outlineOf(text: string): string[] {
  return parseOutline(text).headings.map((h) => `${h.level}:${h.marker}${h.title}`);
}

/** An invented work report: four levels of numbering, long wrapped paragraphs, figures. */
function report(): { blocks: Block[]; source: string } {
  const lines: string[] = [];
  const blocks: Block[] = [];
  const title = '关于推进城乡协同发展的工作报告';
  blocks.push({ kind: 'title', text: title });
  lines.push(title);
  const para = (t: string) => { blocks.push({ kind: 'para', text: t }); lines.push(t); };
  para('各位代表：' + prose(40, 1));
  para('一、总体要求');
  para('今年以来，全区生产总值达到170.6亿元，同比增长10.8%，比上年提高0.9个百分点。' + prose(150, 2));
  para('（一）指导思想');
  para(prose(120, 3) + '全年新增就业岗位2.3万个，城镇调查失业率控制在5.5%以内。');
  para('1.坚持统筹兼顾');
  para(prose(200, 4));
  para('（1）加强组织领导');
  para(prose(90, 5));
  para('（2）完善考核机制');
  para(prose(260, 6));
  para('2.坚持问题导向');
  para(prose(180, 7));
  para('（二）目标任务');
  para(prose(300, 8));
  para('二、重点工作');
  para(prose(240, 9));
  // a heading on the first line after a page break
  blocks.push({ kind: 'pageBreak' });
  para('（一）推动产业升级');
  para(prose(220, 10));
  para('（二）改善民生福祉');
  para(prose(160, 11) + 'GDP growth of 5 percent was planned for 2026 in the whole county.');
  para('三、保障措施');
  para(prose(280, 12));
  return { blocks, source: lines.join('\n') };
}

describe('convert: PDF', function () {
  this.timeout(60000);

  describe('page furniture and spaces (no PDF)', () => {
    it('knows page numbers as printed', () => {
      for (const s of ['- 3 -', '— 12 —', '－3－', '第3页', '第 3 页，共 14 页', '3/14', 'Page 3 of 14', '7']) assert.ok(isPageNumber(s), s);
      for (const s of ['一、总体要求', '2025年', '3.5%', '第三章']) assert.ok(!isPageNumber(s), s);
    });
    it('drops spaces between CJK characters when they are layout, keeps one elsewhere', () => {
      assert.equal(tidySpaces(' 增 长 GDP  growth 5 %  以 上 '), '增长 GDP growth 5 % 以上');
      assert.equal(tidySpaces('通\u3000\u3000知'), '通知');
      for (const s of ['通　　知', '第一章 总 则', '经 济 发 展 稳 中 向 好']) assert.ok(isLetterSpaced(s), s);
      for (const s of ['中共中央 国务院关于做好工作的意见', '增长 5%', '一、总体要求']) assert.ok(!isLetterSpaced(s), s);
      assert.equal(tidySpaces('中共中央  国务院', true), '中共中央 国务院');
    });
    it('reads two columns column by column', () => {
      const items: PdfItem[] = [];
      const left = ['左栏第一行的文字内容较长', '左栏第二行的文字内容较长', '左栏第三行的文字内容较长', '左栏第四行的文字内容较长', '左栏第五行的文字内容完'];
      const right = ['右栏第一行的文字内容较长', '右栏第二行的文字内容较长', '右栏第三行的文字内容较长', '右栏第四行的文字内容较长', '右栏第五行的文字内容完'];
      items.push({ str: '两栏页面的大标题', x: 200, y: 760, w: 160, size: 20 });
      for (let k = 0; k < 10; k++) {
        const y = 700 - k * 18;
        const L = left[k % 5];
        const R = right[k % 5];
        items.push({ str: L, x: 72, y, w: L.length * 12, size: 12 });
        items.push({ str: R, x: 320, y, w: R.length * 12, size: 12 });
      }
      const r = layoutPdf([{ box: [0, 0, 595, 842], items }]);
      assert.deepEqual(r.twoColumnPages, [1]);
      const lines = r.text.split('\n');
      assert.equal(lines[0], '两栏页面的大标题');
      // every left-column line comes before the first right-column one
      const body = lines.slice(1).join('');
      assert.ok(body.lastIndexOf('左栏') < body.indexOf('右栏'), r.text);
      assert.equal(body.length, 4 * (4 * 12 + 11));
    });
  });

  it('reads a Chinese font the PDF names without embedding it (UniGB-UCS2-H), with pdf.js\'s character maps', async () => {
    const r = await convertPdf(makeUnembeddedPdf(['一、总体要求', '（一）工作目标']), { name: 'old.pdf' });
    assert.ok(r.ok, JSON.stringify(r));
    if (r.ok) assert.equal(r.value.text, '一、总体要求\n（一）工作目标');
  });

  describe('generated PDFs', function () {
    before(function () {
      if (!haveCjkFont) {
        console.log('    (skipped: no CJK font at /usr/share/fonts/opentype/noto — install fonts-noto-cjk)');
        this.skip();
      }
    });

    it('rebuilds paragraphs across pages, drops running heads and page numbers, keeps the outline', async () => {
      const { blocks, source } = report();
      const bytes = await makePdf({ blocks, runningHead: '城乡协同发展工作报告（征求意见稿）', pageNumber: (n) => `- ${n} -` });
      let progress = 0;
      const r = await convertPdf(bytes, { name: 'report.pdf', onProgress: (d, t) => { progress = d; assert.ok(d <= t); } });
      assert.ok(r.ok, JSON.stringify(r));
      if (!r.ok) return;
      assert.ok(progress >= 3, `pages: ${progress}`);
      assert.equal(r.value.text, source);
      assert.deepEqual(outlineOf(r.value.text), outlineOf(source));
    });

    it('reads a table as rows, drops 第N页，共M页 footers and turned watermarks', async () => {
      const blocks: Block[] = [
        { kind: 'title', text: '示范区项目进展情况' },
        { kind: 'watermark', text: '内部资料注意保存' },
        { kind: 'para', text: '一、项目概况' },
        { kind: 'para', text: prose(100, 1) },
        { kind: 'row', cells: ['序号', '项目名称', '投资（亿元）', '进度'] },
        { kind: 'row', cells: ['1', '东湖新区道路', '12.5', '80%'] },
        { kind: 'row', cells: ['2', '西山水库加固', '3.75', '45%'] },
        { kind: 'para', text: '二、下一步安排' },
        { kind: 'para', text: prose(90, 2) },
      ];
      const bytes = await makePdf({ blocks, pageNumber: (n) => `第 ${n} 页，共 1 页` });
      const r = await convertPdf(bytes, { name: 't.pdf' });
      assert.ok(r.ok, JSON.stringify(r));
      if (!r.ok) return;
      assert.deepEqual(r.value.text.split('\n'), [
        '示范区项目进展情况', '一、项目概况', prose(100, 1),
        '序号\t项目名称\t投资（亿元）\t进度', '1\t东湖新区道路\t12.5\t80%', '2\t西山水库加固\t3.75\t45%',
        '二、下一步安排', prose(90, 2),
      ]);
      assert.ok(r.value.notes?.some((n) => n.en.includes('turned text') && n.zh.includes('旋转的文字')), JSON.stringify(r.value.notes));
    });

    it('reads a two-column stretch column by column', async () => {
      const left = prose(440, 3); // fills the left column and most of the right one
      const bytes = await makePdf({ blocks: [{ kind: 'title', text: '两栏排版的简报' }, { kind: 'columns', text: left }] });
      const r = await convertPdf(bytes, { name: 'c.pdf' });
      assert.ok(r.ok, JSON.stringify(r));
      if (!r.ok) return;
      assert.equal(r.value.text, '两栏排版的简报\n' + left);
      assert.ok(r.value.notes?.some((n) => n.en.startsWith('read as two columns') && n.zh.startsWith('按两栏读取')), JSON.stringify(r.value.notes));
    });

    it('says scanned, broken and encrypted, and opens a PDF locked by an owner password only', async () => {
      const scanned = await convertPdf(await makePdf({ blocks: [], noText: true, pages: 2 }), { name: 's.pdf' });
      assert.deepEqual(scanned.ok ? 'ok' : scanned.error.code, 'scanned');
      const good = await makePdf({ blocks: [{ kind: 'para', text: '一、简短的内容。' }] });
      const cut = await convertPdf(good.slice(0, 400), { name: 'b.pdf' });
      assert.equal(cut.ok ? 'ok' : cut.error.code, 'broken');
      const junk = await convertPdf(new TextEncoder().encode('这不是一个文件'), { name: 'j.pdf' });
      assert.equal(junk.ok ? 'ok' : junk.error.code, 'broken');
      const locked = await convertPdf(await makePdf({ blocks: [{ kind: 'para', text: '一、加密的内容。' }], userPassword: 'secret' }), { name: 'e.pdf' });
      assert.equal(locked.ok ? 'ok' : locked.error.code, 'encrypted');
      const owner = await convertPdf(await makePdf({ blocks: [{ kind: 'para', text: '一、只限打印的内容。' }], ownerPassword: 'owner' }), { name: 'o.pdf' });
      assert.ok(owner.ok && owner.value.text === '一、只限打印的内容。', JSON.stringify(owner));
      const big = await convertPdf(good, { name: 'g.pdf', maxBytes: 100 });
      assert.equal(big.ok ? 'ok' : big.error.code, 'too-large');
    });
  });
});
