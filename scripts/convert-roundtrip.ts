/**
 * Round trip of the PDF converter on real texts: each text (a folder's NAME.txt|md) is set as a PDF
 * the way such documents are printed (pdfkit, Noto CJK, A4; 'official': paragraphs indented two
 * characters, a running head, `- N -` page numbers left and right; 'block': no indent, a gap between
 * paragraphs, `第 N 页，共 M 页`), read back by convertPdf, and compared with the text: the share of
 * its lines given back exactly, and the outline (level, marker, title of every heading) of the text
 * against that of the conversion. Nothing is written to the repository.
 *
 * With `--html` each text is instead set as a saved web page (an invented site's navigation,
 * breadcrumbs, sidebar, share links, related articles and footer around `<p>` paragraphs, the first
 * line as `<h1>` and in `<title>` with the site's name) and read back by convertHtml.
 *
 *   node scripts/build.mjs --tests && node out/scripts/convert-roundtrip.js DIR… [--style block] [--html]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { convertPdf } from '../src/convert/pdf';
import { convertHtml } from '../src/convert/html';
import { parseOutline } from '../src/core/outline/index';
import { makePdf, haveCjkFont, type Block } from '../test/unit/pdfMaker';

function outline(text: string): string[] {
  return parseOutline(text).headings.map((h) => `${h.level}:${h.marker}${h.title}`);
}

function overlap(a: string[], b: string[]): number {
  const count = new Map<string, number>();
  for (const x of a) count.set(x, (count.get(x) ?? 0) + 1);
  let n = 0;
  for (const x of b) {
    const c = count.get(x) ?? 0;
    if (c > 0) { n++; count.set(x, c - 1); }
  }
  return n;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The text as a page of an invented site: chrome around the article, as government sites lay it out. */
function webPage(lines: string[]): string {
  const links = (xs: string[]) => xs.map((x, i) => `<li><a href="/c${i}">${x}</a></li>`).join('');
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(lines[0])}_示例市人民政府门户网站</title>
<script>var stat = "访问统计";</script></head><body>
<div class="header"><div class="logo">示例市人民政府</div><div class="search"><input type="text"><button>搜索</button></div></div>
<div class="nav"><ul>${links(['首页', '要闻动态', '政务公开', '政策文件', '办事服务', '互动交流', '走进示例'])}</ul></div>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/z">政务公开</a> &gt; 正文</div>
<div class="main"><div class="side"><h3>热点专题</h3><ul>${links(['优化营商环境', '乡村振兴', '民生实事', '安全生产'])}</ul></div>
<div class="content"><h1>${esc(lines[0])}</h1><div class="info">来源：示例市人民政府办公室　发布时间：2025-01-01　【字体：大 中 小】</div>
<div class="TRS_Editor">${lines.slice(1).map((l) => `<p>　　${esc(l)}</p>`).join('\n')}</div>
<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a></div>
<div class="related"><h4>相关阅读</h4><ul>${links(['示例市召开常务会议', '示例市部署重点工作', '示例市开展专项检查'])}</ul></div></div></div>
<div class="footer"><p>主办：示例市人民政府办公室　承办：示例市大数据中心</p><p>网站标识码：0000000000　备案号：示例ICP备00000000号</p></div>
</body></html>`;
}

async function main(): Promise<void> {
  if (!haveCjkFont && !process.argv.includes('--html')) { console.log('no CJK font (fonts-noto-cjk): nothing measured'); return; }
  const args = process.argv.slice(2);
  const style = args.includes('--style') ? (args[args.indexOf('--style') + 1] as 'official' | 'block') : 'official';
  const dirs = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--style');
  const html = args.includes('--html');
  let sumLines = 0, sumExact = 0, sumGold = 0, sumGot = 0, sumBoth = 0, sumPages = 0, sumMs = 0, docs = 0, same = 0;
  for (const dir of dirs) {
    for (const name of readdirSync(dir).sort()) {
      if (!/\.(txt|md)$/.test(name)) continue;
      const lines = readFileSync(join(dir, name), 'utf8').split(/\r?\n/).map((l) => l.replace(/^[\s\u3000\u00a0]+|[\s\u3000\u00a0]+$/g, '')).filter((l) => l !== '');
      if (lines.length === 0) continue;
      const source = lines.join('\n');
      const blocks: Block[] = [{ kind: 'title', text: lines[0] }, ...lines.slice(1).map((text) => ({ kind: 'para' as const, text }))];
      let pages = 0;
      const t0 = Date.now();
      const r = html
        ? await convertHtml(new TextEncoder().encode(webPage(lines)), { name })
        : await convertPdf(await makePdf(style === 'block'
          ? { blocks, style, pageNumber: (n) => `第 ${n} 页，共 99 页` }
          : { blocks, runningHead: lines[0].slice(0, 30), pageNumber: (n) => `- ${n} -` }), { name, onProgress: (d) => { pages = d; } });
      if (html) pages = 1;
      const ms = Date.now() - t0;
      if (!r.ok) { console.log(`${name}: ${r.error.code} ${r.error.detail ?? ''}`); continue; }
      const got = r.value.text.split('\n');
      // spaces are not compared: the converter drops those between CJK characters on purpose
      const squeeze = (l: string) => l.replace(/\s+/g, '');
      const exact = overlap(lines.map(squeeze), got.map(squeeze));
      const a = outline(source);
      const b = outline(r.value.text);
      const both = overlap(a, b);
      docs++;
      if (a.join('\n') === b.join('\n')) same++;
      sumLines += lines.length; sumExact += exact; sumGold += a.length; sumGot += b.length; sumBoth += both; sumPages += pages; sumMs += ms;
      const f1 = a.length + b.length === 0 ? 1 : (2 * both) / (a.length + b.length);
      console.log(`${name.padEnd(58)} pages ${String(pages).padStart(3)}  lines ${exact}/${lines.length}  outline ${b.length}/${a.length} F1 ${f1.toFixed(3)}  ${ms} ms`);
      if (process.env.ROUNDTRIP_DIFF) {
        const gotSet = new Set(got.map(squeeze));
        for (const l of lines) if (!gotSet.has(squeeze(l))) console.log(`   - ${l.slice(0, 80)}`);
        const srcSet = new Set(lines);
        for (const l of got) if (!srcSet.has(l) && !lines.some((x) => squeeze(x) === squeeze(l))) console.log(`   + ${l.slice(0, 80)}`);
        const bs = new Set(b);
        for (const h of a) if (!bs.has(h)) console.log(`   outline - ${h.slice(0, 60)}`);
        const as = new Set(a);
        for (const h of b) if (!as.has(h)) console.log(`   outline + ${h.slice(0, 60)}`);
      }
    }
  }
  const f1 = sumGold + sumGot === 0 ? 1 : (2 * sumBoth) / (sumGold + sumGot);
  console.log(`\n${docs} documents (${html ? 'web page' : style}), ${sumPages} pages: lines back (spaces aside) ${(sumExact / Math.max(1, sumLines) * 100).toFixed(1)}% (${sumExact}/${sumLines}); outline F1 against the text ${f1.toFixed(3)}, identical outlines ${same}/${docs}; ${(sumMs / Math.max(1, sumPages)).toFixed(1)} ms a page`);
}

main().catch((e) => { console.error(e); process.exit(1); });
