/**
 * PDF → text with pdf.js (`pdfjs-dist` 4.10, its legacy build: the last line whose engines field
 * accepts Node 20, the Node of VS Code 1.96's extension host; 5.x wants Node ≥ 20.16 or 22 and 6.x
 * Node 22, and the modern builds call Promise.withResolvers, which Node 20 lacks). pdf.js runs in
 * this thread ("fake worker": its worker module is loaded here and handed over through
 * `globalThis.pdfjsWorker`, so the bundle needs no worker file); only the text layer is read,
 * nothing is rendered. The geometry that turns positioned pieces into lines, columns and paragraphs
 * is `pdfLines.ts`.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { ConvertNote, ConvertResult, Converter } from './types';
import { guardedConverter } from './guard';
import { MAX_BYTES } from './limits';
import { layoutPdf, type PdfItem, type PdfPage } from './pdfLines';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

let loading: Promise<PdfJs> | null = null;

/**
 * Loads pdf.js once. Its module prints "Warning: Cannot polyfill DOMMatrix…" lines at load in Node
 * (they concern rendering, which is not used): those lines are held back while it loads.
 */
function loadPdfJs(): Promise<PdfJs> {
  if (!loading) {
    loading = (async () => {
      const log = console.log;
      const warn = console.warn;
      const quiet = (orig: (...a: unknown[]) => void) => (...a: unknown[]) => {
        if (typeof a[0] === 'string' && a[0].startsWith('Warning: ')) return;
        orig(...a);
      };
      console.log = quiet(log);
      console.warn = quiet(warn);
      try {
        const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
        const worker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
        (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
        return pdfjs;
      } finally {
        console.log = log;
        console.warn = warn;
      }
    })();
    loading.catch(() => { loading = null; });
  }
  return loading;
}


let cmapDir: string | null | undefined;

/**
 * pdf.js's character maps for fonts a PDF names but does not embed (`STSong-Light` with
 * `UniGB-UCS2-H`, common in older Chinese PDFs): without them such text does not come out at all.
 * The build copies the Chinese ones next to the bundle (`dist/pdf-cmaps/`); from the repository they
 * are read from the package itself.
 */
function findCmaps(): string | null {
  if (cmapDir !== undefined) return cmapDir;
  const candidates: string[] = [];
  if (typeof __dirname === 'string') candidates.push(join(__dirname, 'pdf-cmaps'));
  try {
    candidates.push(join(dirname(require.resolve('pdfjs-dist/package.json')), 'cmaps'));
  } catch {
    // not installed beside us: only the copy next to the bundle
  }
  cmapDir = candidates.find((d) => existsSync(join(d, 'UniGB-UCS2-H.bcmap'))) ?? null;
  return cmapDir;
}

export const convertPdf: Converter = guardedConverter(convert, MAX_BYTES.pdf);

async function convert(bytes: Uint8Array, options: Parameters<Converter>[1]): Promise<ConvertResult> {
  // A PDF says so in its first kilobyte; anything else is not one (pdf.js would search the whole file).
  let magic = -1;
  for (let i = 0; i + 4 < Math.min(bytes.length, 1024); i++) {
    if (bytes[i] === 0x25 && bytes[i + 1] === 0x50 && bytes[i + 2] === 0x44 && bytes[i + 3] === 0x46 && bytes[i + 4] === 0x2d) { magic = i; break; }
  }
  if (magic < 0) return { ok: false, error: { code: 'broken', detail: 'no %PDF- header' } };
  const pdfjs = await loadPdfJs();
  const cmaps = findCmaps();
  // pdf.js takes the buffer over (transfers it): give it a copy, the caller keeps its bytes.
  const data = new Uint8Array(bytes.length);
  data.set(bytes);
  const task = pdfjs.getDocument({
    data,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    verbosity: 0,
    ...(cmaps ? { cMapUrl: cmaps + '/', cMapPacked: true } : {}),
  });
  let doc: Awaited<typeof task.promise>;
  try {
    doc = await task.promise;
  } catch (e) {
    const name = (e as Error)?.name ?? '';
    const detail = String((e as Error)?.message ?? e);
    await task.destroy().catch(() => undefined);
    // An owner password alone (printing, copying forbidden) opens without asking: only a user password stops us.
    if (name === 'PasswordException') return { ok: false, error: { code: 'encrypted', detail } };
    return { ok: false, error: { code: 'broken', detail: `${name}: ${detail}` } };
  }
  try {
    const total = doc.numPages;
    const pages: PdfPage[] = [];
    let rotated = 0;
    let unreadable = 0;
    for (let p = 1; p <= total; p++) {
      const items: PdfItem[] = [];
      let box: [number, number, number, number] = [0, 0, 612, 792];
      try {
        const page = await doc.getPage(p);
        const v = page.view;
        box = [Math.min(v[0], v[2]), Math.min(v[1], v[3]), Math.max(v[0], v[2]), Math.max(v[1], v[3])];
        const content = await page.getTextContent();
        for (const it of content.items) {
          if (!('str' in it) || it.str === '') continue;
          const [a, b, c, d, e, f] = it.transform as number[];
          // Turned text (a watermark across the page, a rotated table) is no part of the reading order.
          if (Math.abs(b) > 0.05 * Math.abs(a) || Math.abs(c) > 0.05 * Math.abs(d) || a <= 0) { rotated++; continue; }
          const size = Math.hypot(c, d) || it.height || Math.abs(a);
          items.push({ str: it.str, x: e, y: f, w: it.width, size });
        }
        page.cleanup();
      } catch {
        unreadable++;
      }
      pages.push({ box, items });
      options.onProgress?.(p, total);
    }
    const anyText = pages.some((pg) => pg.items.some((it) => it.str.trim() !== ''));
    if (!anyText) {
      return { ok: false, error: { code: total === 0 || unreadable === total ? 'broken' : 'scanned', detail: `${total} pages, no text layer` } };
    }
    const result = layoutPdf(pages);
    const notes: ConvertNote[] = [];
    const empty = result.emptyPages.length;
    if (empty > 0) notes.push({ en: `${empty} of ${total} pages have no text layer (scanned?): ${pageList(result.emptyPages)}`, zh: `${total} 页中有 ${empty} 页没有文字层（扫描件？）：第 ${pageList(result.emptyPages)} 页` });
    const cols = result.twoColumnPages;
    if (cols.length > 0) notes.push({ en: `read as two columns: page${cols.length > 1 ? 's' : ''} ${pageList(cols)}`, zh: `按两栏读取：第 ${pageList(cols)} 页` });
    const furniture = result.furnitureRemoved;
    if (furniture > 0) notes.push({ en: `${furniture} running head, foot and page number lines left out`, zh: `略去 ${furniture} 行页眉、页脚和页码` });
    if (rotated > 0) notes.push({ en: `${rotated} pieces of turned text left out (watermarks, rotated labels)`, zh: `略去 ${rotated} 处旋转的文字（水印、旋转的标签）` });
    if (unreadable > 0) notes.push({ en: `${unreadable} pages could not be read`, zh: `${unreadable} 页无法读取` });
    return { ok: true, value: { text: result.text, notes } };
  } finally {
    await doc.destroy().catch(() => undefined);
  }
}

function pageList(pages: number[]): string {
  const shown = pages.slice(0, 10).join(', ');
  return pages.length > 10 ? `${shown}…` : shown;
}
