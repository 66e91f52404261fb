/**
 * Saved web page → the article's text. The bytes are decoded by the page's own charset (`<meta
 * charset>`, `http-equiv` Content-Type, an XML declaration; GB2312/GBK read as GB18030, their
 * superset), or as UTF-8 and then GB18030 when it declares none; linkedom parses the HTML and
 * Mozilla's Readability (the engine of Firefox's reader view) picks the article, leaving site
 * navigation, share buttons, sidebars and footers out. The article is then written out a block to a
 * line: paragraphs, list items, `<br>` breaks, headings (h1–h6 also reported in `headings` with their
 * rank), table rows (cells of a data table as a piped row, so the outline reads them as a table).
 * The page's title (its h1, or the <title> without the site's name) is the first line. When
 * Readability finds no article, the body's text is written out the same way, without the parts
 * that are navigation or page chrome by their own tag (nav, header, footer, aside, form).
 */
import type { ConvertNote, ConvertResult, Converter } from './types';
import { guardedConverter } from './guard';
import { MAX_BYTES } from './limits';
import { tidySpaces } from './pdfLines';


// ------------------------------------------------------------------ charset

function latin1Head(bytes: Uint8Array, n: number): string {
  let s = '';
  const end = Math.min(bytes.length, n);
  for (let i = 0; i < end; i++) s += String.fromCharCode(bytes[i]);
  return s;
}

/** The charset a page declares in its first 4 KB, or null. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = latin1Head(bytes, 4096);
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_.:-]+)/i.exec(head) ?? /<\?xml[^>]+encoding\s*=\s*["']([a-zA-Z0-9_.:-]+)/i.exec(head);
  return m ? m[1].toLowerCase() : null;
}

function tryDecode(label: string, bytes: Uint8Array, fatal: boolean): string | null {
  try {
    return new TextDecoder(label, { fatal }).decode(bytes);
  } catch {
    return null;
  }
}

/** The page's text: its BOM, then its declared charset, then UTF-8, then GB18030. */
export function decodeHtml(bytes: Uint8Array): { text: string; charset: string } {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: tryDecode('utf-8', bytes.subarray(3), false) ?? '', charset: 'utf-8' };
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return { text: tryDecode('utf-16le', bytes.subarray(2), false) ?? '', charset: 'utf-16le' };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return { text: tryDecode('utf-16be', bytes.subarray(2), false) ?? '', charset: 'utf-16be' };
  let declared = declaredCharset(bytes);
  // GB2312 and GBK pages hold characters only their superset has (a GB2312 page is seldom pure GB2312).
  if (declared && /^(gb2312|gbk|x-gbk|gb_2312-80|cp936|windows-936|euc-cn|gb18030|hz-gb-2312)$/.test(declared)) declared = 'gb18030';
  if (declared && declared !== 'utf-8' && declared !== 'utf8') {
    const t = tryDecode(declared, bytes, true);
    if (t !== null) return { text: t, charset: declared };
  }
  const utf8 = tryDecode('utf-8', bytes, true);
  if (utf8 !== null) return { text: utf8, charset: 'utf-8' };
  // Declared UTF-8 (or nothing) but not UTF-8: Chinese pages that are not UTF-8 are GB18030's family.
  const gb = tryDecode('gb18030', bytes, true);
  if (gb !== null) return { text: gb, charset: 'gb18030' };
  return { text: tryDecode(declared ?? 'utf-8', bytes, false) ?? tryDecode('utf-8', bytes, false) ?? '', charset: declared ?? 'utf-8' };
}

// ------------------------------------------------------------------ blocks

/** Elements whose start and end break the line. */
const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'CENTER', 'DD', 'DETAILS', 'DIALOG', 'DIR', 'DIV', 'DL', 'DT', 'FIELDSET',
  'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HGROUP', 'HR', 'LI', 'MAIN',
  'MENU', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'THEAD', 'TFOOT', 'TR', 'UL', 'CAPTION', 'BODY', 'HTML',
]);
/** Never text a reader sees. */
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'SVG', 'CANVAS', 'OBJECT', 'EMBED', 'SELECT', 'BUTTON', 'INPUT', 'TEXTAREA', 'HEAD', 'TITLE', 'META', 'LINK']);
/**
 * Page chrome by its own tag, left out of an article too (Readability keeps a short page whole,
 * banner and footer included); a header holding a heading is an article's own (its title), kept
 * unless the whole body is read.
 */
const CHROME = new Set(['NAV', 'HEADER', 'FOOTER', 'ASIDE', 'FORM', 'MENU', 'DIALOG']);

// linkedom's nodes, as far as they are used here
interface DomNode {
  nodeType: number;
  nodeName: string;
  nodeValue: string | null;
  childNodes: ArrayLike<DomNode>;
  textContent: string | null;
}

interface Writer {
  lines: string[];
  headings: { line: number; level: number }[];
  cur: string;
  images: number;
}

/**
 * HTML's white space as a browser lays it out, for Chinese: a line break in the source next to a
 * CJK character is no space (CSS Text's segment-break rule), other runs are one space (the author's
 * `中共中央 国务院` stays), and leading and trailing spaces (the 　　 that indent paragraphs) go.
 */
function collapse(s: string): string {
  const joined = s.replace(/(.?)[ \t\r\f]*\n[\s]*(.?)/gs, (_m, a: string, b: string) => {
    const cjk = (c: string) => c !== '' && /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f“”‘’]/.test(c);
    return cjk(a) || cjk(b) ? a + b : a + ' ' + b;
  });
  return tidySpaces(joined.replace(/[\s\u00a0\u3000]+/g, ' '), true);
}

function flush(w: Writer, heading = 0): void {
  const t = collapse(w.cur);
  w.cur = '';
  if (t === '') return;
  if (heading > 0) w.headings.push({ line: w.lines.length, level: heading });
  w.lines.push(t);
}

function textOf(n: DomNode): string {
  let s = '';
  const walk = (x: DomNode) => {
    if (x.nodeType === 3) { s += x.nodeValue ?? ''; return; }
    if (x.nodeType !== 1 || SKIP.has(x.nodeName)) return;
    if (x.nodeName === 'BR') { s += ' '; return; }
    for (let i = 0; i < x.childNodes.length; i++) walk(x.childNodes[i]);
  };
  walk(n);
  return collapse(s);
}

function elements(n: DomNode, name: string): DomNode[] {
  const out: DomNode[] = [];
  for (let i = 0; i < n.childNodes.length; i++) if (n.childNodes[i].nodeName === name) out.push(n.childNodes[i]);
  return out;
}

/** The rows of a table (through thead/tbody/tfoot), not those of tables inside it. */
function rowsOf(table: DomNode): DomNode[] {
  const rows: DomNode[] = [];
  for (let i = 0; i < table.childNodes.length; i++) {
    const c = table.childNodes[i];
    if (c.nodeName === 'TR') rows.push(c);
    else if (c.nodeName === 'THEAD' || c.nodeName === 'TBODY' || c.nodeName === 'TFOOT') rows.push(...elements(c, 'TR'));
  }
  return rows;
}

function holdsHeading(n: DomNode): boolean {
  for (let i = 0; i < n.childNodes.length; i++) {
    const c = n.childNodes[i];
    if (c.nodeType === 1 && (/^H[1-6]$/.test(c.nodeName) || holdsHeading(c))) return true;
  }
  return false;
}

function hasBlockInside(n: DomNode): boolean {
  for (let i = 0; i < n.childNodes.length; i++) {
    const c = n.childNodes[i];
    if (c.nodeType !== 1) continue;
    if (c.nodeName === 'TABLE' || c.nodeName === 'P' || c.nodeName === 'DIV' || c.nodeName === 'UL' || c.nodeName === 'OL' || /^H[1-6]$/.test(c.nodeName)) return true;
    if (hasBlockInside(c)) return true;
  }
  return false;
}

/**
 * A data table (rows of several short cells, no blocks inside) is written a row to a line, its
 * cells a tab apart; a table used for page layout is read as the blocks it holds. (Piped Markdown
 * rows would give the outline a table zone, but a short page's tail of piped rows reads as a
 * navigation bar to the web-page anatomy today, which would hide the rows as page furniture.)
 */
function writeTable(w: Writer, table: DomNode, skipChrome: boolean): void {
  const rows = rowsOf(table);
  const cells = rows.map((r) => cellsOf(r));
  const multi = cells.filter((c) => c.length >= 2).length;
  const layout = rows.length === 0 || multi < Math.max(1, rows.length * 0.5) || rows.some((r) => hasBlockInside(r));
  if (layout) {
    for (const r of rows) for (let i = 0; i < r.childNodes.length; i++) { walk(w, r.childNodes[i], skipChrome); flush(w); }
    return;
  }
  flush(w);
  for (const c of cells) {
    if (c.every((x) => x === '')) continue;
    w.lines.push(c.join('\t'));
  }
}

function cellsOf(row: DomNode): string[] {
  const out: string[] = [];
  for (let i = 0; i < row.childNodes.length; i++) {
    const c = row.childNodes[i];
    if (c.nodeName === 'TD' || c.nodeName === 'TH') out.push(textOf(c));
  }
  return out;
}

function walk(w: Writer, n: DomNode, skipChrome: boolean): void {
  if (n.nodeType === 3) { w.cur += n.nodeValue ?? ''; return; }
  if (n.nodeType !== 1) return;
  const name = n.nodeName;
  if (SKIP.has(name)) return;
  if (CHROME.has(name) && (skipChrome || name !== 'HEADER' || !holdsHeading(n))) return;
  if (name === 'IMG') { w.images++; return; }
  if (name === 'BR') { flush(w); return; }
  if (name === 'TABLE') { flush(w); writeTable(w, n, skipChrome); return; }
  const h = /^H([1-6])$/.exec(name);
  if (h) { flush(w); w.cur = textOf(n); flush(w, Number(h[1])); return; }
  if (name === 'PRE') {
    flush(w);
    for (const line of (n.textContent ?? '').split(/\r?\n/)) { w.cur = line; flush(w); }
    return;
  }
  const block = BLOCK.has(name);
  if (block) flush(w);
  for (let i = 0; i < n.childNodes.length; i++) walk(w, n.childNodes[i], skipChrome);
  if (block) flush(w);
}

// ------------------------------------------------------------------ title

/** The page's title: an h1 the <title> holds, or the <title> without the site name after `_ | - —`. */
function pageTitle(doc: { title?: string; querySelectorAll(s: string): ArrayLike<DomNode> }): string {
  const raw = tidySpaces((doc.title ?? '').replace(/[\s\u00a0\u3000]+/g, ' '));
  const h1s = doc.querySelectorAll('h1');
  for (let i = 0; i < h1s.length; i++) {
    const t = textOf(h1s[i]);
    if (t.length >= 2 && raw !== '' && raw.includes(t)) return t;
  }
  if (raw === '') return h1s.length === 1 ? textOf(h1s[0]) : '';
  // the longest part between separators is the article's title, the others the site's and channel's
  const parts = raw.split(/\s*(?:[_|｜]|\s[-–—]\s|--|——)\s*/).filter((p) => p !== '');
  let best = raw;
  if (parts.length > 1) {
    best = parts[0];
    for (const p of parts) if (p.length > best.length) best = p;
  }
  return best;
}

// ------------------------------------------------------------------ converter

type Linkedom = typeof import('linkedom');
type ReadabilityModule = typeof import('@mozilla/readability');

export const convertHtml: Converter = guardedConverter(convert, MAX_BYTES.html);

async function convert(bytes: Uint8Array, options: Parameters<Converter>[1]): Promise<ConvertResult> {
  const { text: decoded, charset } = decodeHtml(bytes);
  // An article's fragment as a scraper saved it (`<div class="pages_content"><p>…</p>…`, no `<html>`
  // or `<body>` round it): the parser gives such a text no body, so it is put in a page of its own.
  const html = /<(html|body)[\s>]/i.test(decoded) ? decoded : `<!DOCTYPE html><html><head></head><body>${decoded}</body></html>`;
  const { parseHTML }: Linkedom = await import('linkedom');
  const { Readability }: ReadabilityModule = await import('@mozilla/readability');
  const page = parseHTML(html).document as unknown as Document & { title?: string };
  const title = pageTitle(page as never);
  // Readability takes the document apart: it gets a parse of its own.
  let article: DomNode | null = null;
  try {
    const forReader = parseHTML(html).document;
    const parsed = new Readability(forReader as unknown as Document, { charThreshold: 200, serializer: (el: Node) => el } as never).parse();
    article = (parsed?.content as unknown as DomNode) ?? null;
  } catch {
    article = null;
  }
  const w: Writer = { lines: [], headings: [], cur: '', images: 0 };
  const notes: ConvertNote[] = [];
  const body = (page as unknown as { body?: DomNode }).body ?? (page as unknown as DomNode);
  const usable = article !== null && textOf(article) !== '';
  walk(w, usable ? article! : body, !usable);
  flush(w);
  if (!usable) {
    notes.push({
      en: 'no article found on the page: its whole text is shown, navigation, headers and footers left out by their tags',
      zh: '页面上没有找到正文：显示整页文字，导航、页眉和页脚按其标签略去',
    });
  }
  // The title first: lines above it that repeat it (a site banner, then the headline) go; otherwise it is added.
  if (title !== '') {
    // short lines above the headline's repeat (a site banner, a channel name) are no part of the article
    const at = w.lines.slice(0, 5).findIndex((l) => sameTitle(l, title));
    const shortAbove = at > 0 && w.lines.slice(0, at).every((l) => l.length <= 30);
    if (at === 0 || shortAbove) {
      w.lines.splice(0, at);
      w.headings = w.headings.filter((h) => h.line >= at).map((h) => ({ line: h.line - at, level: h.level }));
    } else {
      w.lines.unshift(title);
      for (const h of w.headings) h.line++;
    }
  }
  if (w.lines.length === 0) return { ok: false, error: { code: 'broken', detail: 'no text on the page' } };
  // Heading levels by rank: the highest h-level present is 1.
  const levels = [...new Set(w.headings.map((h) => h.level))].sort((a, b) => a - b);
  const headings = w.headings.map((h) => ({ line: h.line, level: levels.indexOf(h.level) + 1 }));
  if (w.images > 0) notes.push({ en: `${w.images} image${w.images > 1 ? 's' : ''} left out`, zh: `略去 ${w.images} 张图片` });
  if (charset !== 'utf-8') notes.push({ en: `read as ${charset}`, zh: `按 ${charset} 编码读取` });
  return { ok: true, value: { text: w.lines.join('\n'), headings: headings.length ? headings : undefined, notes } };
}

function sameTitle(line: string, title: string): boolean {
  const a = line.replace(/\s+/g, '');
  const b = title.replace(/\s+/g, '');
  return a === b;
}
