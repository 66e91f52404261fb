/**
 * Round trip of the PDF converter on real texts: each text (a folder's NAME.txt|md) is set as a PDF
 * the way such documents are printed (pdfkit, Noto CJK, A4; 'official': paragraphs indented two
 * characters, a running head, `- N -` page numbers left and right; 'block': no indent, a gap between
 * paragraphs, `第 N 页，共 M 页`), read back by convertPdf, and compared with the text: the share of
 * its lines given back exactly, and the outline (level, marker, title of every heading) of the text
 * against that of the conversion. Nothing is written to the repository.
 *
 *   node scripts/build.mjs --tests && node out/scripts/convert-roundtrip.js DIR… [--style block]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { convertPdf } from '../src/convert/pdf';
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

async function main(): Promise<void> {
  if (!haveCjkFont) { console.log('no CJK font (fonts-noto-cjk): nothing measured'); return; }
  const args = process.argv.slice(2);
  const style = args.includes('--style') ? (args[args.indexOf('--style') + 1] as 'official' | 'block') : 'official';
  const dirs = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--style');
  let sumLines = 0, sumExact = 0, sumGold = 0, sumGot = 0, sumBoth = 0, sumPages = 0, sumMs = 0, docs = 0, same = 0;
  for (const dir of dirs) {
    for (const name of readdirSync(dir).sort()) {
      if (!/\.(txt|md)$/.test(name)) continue;
      const lines = readFileSync(join(dir, name), 'utf8').split(/\r?\n/).map((l) => l.replace(/^[\s\u3000\u00a0]+|[\s\u3000\u00a0]+$/g, '')).filter((l) => l !== '');
      if (lines.length === 0) continue;
      const source = lines.join('\n');
      const blocks: Block[] = [{ kind: 'title', text: lines[0] }, ...lines.slice(1).map((text) => ({ kind: 'para' as const, text }))];
      const bytes = await makePdf(style === 'block'
        ? { blocks, style, pageNumber: (n) => `第 ${n} 页，共 99 页` }
        : { blocks, runningHead: lines[0].slice(0, 30), pageNumber: (n) => `- ${n} -` });
      let pages = 0;
      const t0 = Date.now();
      const r = await convertPdf(bytes, { name, onProgress: (d) => { pages = d; } });
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
  console.log(`\n${docs} documents (${style}), ${sumPages} pages: lines back (spaces aside) ${(sumExact / Math.max(1, sumLines) * 100).toFixed(1)}% (${sumExact}/${sumLines}); outline F1 against the text ${f1.toFixed(3)}, identical outlines ${same}/${docs}; ${(sumMs / Math.max(1, sumPages)).toFixed(1)} ms a page`);
}

main().catch((e) => { console.error(e); process.exit(1); });
