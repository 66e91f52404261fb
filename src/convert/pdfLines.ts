/**
 * From a PDF's positioned text pieces to the text a reader sees: lines rebuilt from positions,
 * two-column stretches read column by column, page furniture (running heads and feet, page
 * numbers) removed, and the lines of each paragraph joined into one line (a wrapped line runs to the
 * column's right edge, a new paragraph is indented, follows a vertical gap or changes font size).
 *
 * Pure geometry: no PDF library here, so the rules are tested on pieces the tests place themselves.
 * Coordinates are PDF user space (y grows upwards, `y` is the baseline). Everything is linear or
 * n·log n in the number of pieces (sorts), per page.
 */

export interface PdfItem {
  str: string;
  /** Baseline start. */
  x: number;
  y: number;
  /** Advance width of the whole string. */
  w: number;
  /** Font size (height of an em). */
  size: number;
}

export interface PdfPage {
  /** Page box: left, bottom, right, top. */
  box: [number, number, number, number];
  items: PdfItem[];
}

export interface PdfLayoutResult {
  text: string;
  /** Pages read as two columns (1-based). */
  twoColumnPages: number[];
  /** Furniture lines removed (running heads and feet, page numbers). */
  furnitureRemoved: number;
  /** Pages that hold no text at all (1-based). */
  emptyPages: number[];
}

/** One stretch of a line: pieces with no wide gap between them (a table cell, a column's part). */
interface Segment { text: string; x0: number; x1: number; size: number }

/** A line in reading order, within one column. */
interface Line {
  page: number;
  y: number;
  x0: number;
  x1: number;
  size: number;
  segments: Segment[];
  /** Left and right edge of the column the line is set in. */
  colL: number;
  colR: number;
  /** Page box height and bottom, for the furniture bands. */
  top: number;
  bottom: number;
  furniture: boolean;
}

// ------------------------------------------------------------------ characters

function isCjk(c: number): boolean {
  return (c >= 0x2e80 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xff00 && c <= 0xffef) ||
    (c >= 0x3000 && c <= 0x303f) || (c >= 0x20000 && c <= 0x2ffff) || c === 0x2014 || c === 0x2026 ||
    c === 0x201c || c === 0x201d || c === 0x2018 || c === 0x2019 || c === 0x00b7;
}

/** A printable ASCII character that is not a space: the side of a Latin word or a number. */
function isLatin(c: number): boolean {
  return c > 32 && c < 127;
}

function isWs(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200b) || c === 0x202f;
}

/**
 * Runs of spaces become one; leading and trailing spaces go. Between two CJK characters a space
 * stays only with `keepCjk` (the PDF set it: `中共中央 国务院`); letter-spaced and justified lines
 * (`经 济 发 展`, see isLetterSpaced) and gaps between pieces never give one. HTML passes false.
 */
export function tidySpaces(s: string, keepCjk = false): string {
  let out = '';
  let i = 0;
  const n = s.length;
  while (i < n && isWs(s.charCodeAt(i))) i++;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (!isWs(c)) { out += s[i]; i++; continue; }
    let j = i;
    while (j < n && isWs(s.charCodeAt(j))) j++;
    if (j >= n) break;
    const before = out.charCodeAt(out.length - 1);
    const after = s.charCodeAt(j);
    if (keepCjk || !(isCjk(before) && isCjk(after))) out += ' ';
    i = j;
  }
  return out;
}

/**
 * Text whose CJK characters stand apart by spaces one or two at a time (`总 则`, `经 济 发 展`,
 * a justified line the PDF reader filled with spaces): those spaces are layout, not text.
 */
export function isLetterSpaced(s: string): boolean {
  const tokens = s.split(/[\s\u3000\u00a0]+/).filter((t) => t !== '');
  let boundaries = 0;
  const touched = new Set<number>();
  for (let k = 1; k < tokens.length; k++) {
    const a = tokens[k - 1];
    const b = tokens[k];
    if (isCjk(a.charCodeAt(a.length - 1)) && isCjk(b.charCodeAt(0))) { boundaries++; touched.add(k - 1); touched.add(k); }
  }
  if (boundaries === 0) return false;
  let short = 0;
  for (const k of touched) if ([...tokens[k]].length <= 2) short++;
  return short * 2 >= touched.size;
}

function joinPieces(a: string, b: string, gap: number, size: number): string {
  if (a === '') return b;
  const last = a.charCodeAt(a.length - 1);
  const first = b.charCodeAt(0);
  // A gap of a fifth of an em between two Latin pieces is a word space the PDF did not write.
  if (gap > size * 0.2 && isLatin(last) && isLatin(first)) return a + ' ' + b;
  return a + b;
}

// ------------------------------------------------------------------ numbering

/** A line opening with a numbering marker of Chinese documents (一、 （一） 1. （1） ① 第一章). */
const MARKER = /^([-•●○■□◆◇▪*]\s|第[一二三四五六七八九十百零〇两\d]+[章节条部分编篇款]|[一二三四五六七八九十百]+[、．.]|[（(][一二三四五六七八九十百\d]+[)）]|\d{1,3}[、．.](?![\d.．])|[①-⑳㈠-㈩])/;

/** Page numbers as printed: `- 3 -`, `— 3 —`, `－3－`, `第3页`, `第 3 页，共 14 页`, `3/14`, `Page 3 of 14`, a bare 3. */
const PAGE_NUMBER = /^(?:[-—–－─―~～·•]*\s*\d{1,4}\s*[-—–－─―~～·•]*|第\s*\d{1,4}\s*页(?:\s*[，,、/／]?\s*共\s*\d{1,4}\s*页)?|共\s*\d{1,4}\s*页\s*[，,]?\s*第\s*\d{1,4}\s*页|\d{1,4}\s*[/／]\s*\d{1,4}|(?:page|p\.)\s*\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?|[-—–－]?\s*[ivxlcIVXLC]{1,6}\s*[-—–－]?)$/i;

export function isPageNumber(text: string): boolean {
  const t = text.trim();
  return t.length > 0 && t.length <= 24 && PAGE_NUMBER.test(t);
}

/** Marks that never open a line (a line break moves the character before them down with them). */
const NO_START = '，。、；：？！）》】」』”’〕…%‰·,.;:?!)]}';
const QUOTES = '“”‘’"\'';
/** Marks that never end a line. */
const NO_END = '“‘（《【「『〔([{';

/**
 * Width, in ems, of what a line break could not have split off the start of a line: a Latin word or
 * number, or one CJK character with the marks that may not open a line after it (and an opening mark
 * before it). A line stopped short of the column's edge by less than this, plus a little, was full:
 * the next line's start did not fit on it.
 */
function firstUnitEms(t: string): number {
  let i = 0;
  let ems = 0;
  const n = t.length;
  while (i < n && NO_END.includes(t[i])) { ems += 1; i++; }
  if (i < n && isLatin(t.charCodeAt(i)) && !NO_START.includes(t[i])) {
    while (i < n && isLatin(t.charCodeAt(i))) { ems += 0.6; i++; }
  } else if (i < n) {
    ems += 1;
    i++;
  }
  // closing marks, and quotes (which many line breakers keep with both neighbours) with what follows them
  while (i < n) {
    if (NO_START.includes(t[i])) { ems += isLatin(t.charCodeAt(i)) ? 0.4 : 1; i++; continue; }
    if (QUOTES.includes(t[i])) { ems += 1; i++; if (i < n) { ems += 1; i++; } continue; }
    break;
  }
  return ems;
}

function sentenceEnd(s: string): boolean {
  const c = s[s.length - 1] ?? '';
  return c !== '' && '。！？!?；;：:…”’」』）)】》'.includes(c);
}

// ------------------------------------------------------------------ lines of one page

interface Piece { str: string; x: number; y: number; x1: number; size: number }

interface RawLine { y: number; size: number; pieces: Piece[] }

/** Pieces with the same baseline (within a third of an em) make one raw line, left to right. */
function rawLines(items: PdfItem[]): RawLine[] {
  const pieces: Piece[] = [];
  for (const it of items) {
    if (!it.str || !(it.size > 0) || !Number.isFinite(it.x) || !Number.isFinite(it.y)) continue;
    // control characters: glyphs without a Unicode value (a zero-width space set in a font that lacks it)
    const str = it.str.replace(/[\u0000-\u0008\u000b-\u001f\u007f\ufffe\uffff]/g, '');
    let blank = true;
    for (let k = 0; k < str.length; k++) if (!isWs(str.charCodeAt(k))) { blank = false; break; }
    if (blank) continue;
    pieces.push({ str, x: it.x, y: it.y, x1: it.x + Math.max(0, it.w), size: it.size });
  }
  pieces.sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: RawLine[] = [];
  let cur: RawLine | null = null;
  for (const p of pieces) {
    if (cur && Math.abs(cur.y - p.y) <= 0.35 * Math.max(cur.size, p.size)) {
      cur.pieces.push(p);
      if (p.size > cur.size) cur.size = p.size;
    } else {
      cur = { y: p.y, size: p.size, pieces: [p] };
      lines.push(cur);
    }
  }
  for (const L of lines) {
    L.pieces.sort((a, b) => a.x - b.x);
    // the size most of the line's characters have (a footnote mark does not make it small)
    let best = 0;
    const count = new Map<number, number>();
    for (const p of L.pieces) {
      const k = Math.round(p.size * 2) / 2;
      const c = (count.get(k) ?? 0) + p.str.length;
      count.set(k, c);
      if (c > best) { best = c; L.size = k; }
    }
  }
  return lines;
}

/** Wide gaps (over `gapEm` ems) split a run of pieces into segments. */
function segmentsOf(pieces: Piece[], size: number, gapEm: number): Segment[] {
  const out: Segment[] = [];
  let cur: Segment | null = null;
  for (const p of pieces) {
    if (cur) {
      const gap = p.x - cur.x1;
      if (gap <= gapEm * size) {
        cur.text = joinPieces(cur.text, p.str, gap, size);
        if (p.x1 > cur.x1) cur.x1 = p.x1;
        continue;
      }
    }
    cur = { text: p.str, x0: p.x, x1: p.x1, size: p.size };
    out.push(cur);
  }
  for (const s of out) s.text = tidySpaces(s.text, !isLetterSpaced(s.text));
  return out.filter((s) => s.text !== '');
}

/**
 * The gutter of a two-column page, if it has one: a vertical band no piece crosses on most lines,
 * in the middle half of the text, with long stretches of text on both sides of it on many lines.
 */
function findGutter(lines: RawLine[], left: number, right: number): [number, number] | null {
  const width = right - left;
  if (width <= 0 || lines.length < 8) return null;
  // Candidate gaps: wide gaps inside lines, their middles binned at 1% of the text width.
  const bins = new Int32Array(101);
  for (const L of lines) {
    const ps = L.pieces;
    for (let k = 1; k < ps.length; k++) {
      const g0 = ps[k - 1].x1;
      const g1 = ps[k].x;
      if (g1 - g0 < L.size) continue;
      const mid = (g0 + g1) / 2;
      const f = (mid - left) / width;
      if (f < 0.25 || f > 0.75) continue;
      bins[Math.round(f * 100)]++;
    }
  }
  let bestBin = -1;
  let best = 0;
  for (let b = 0; b <= 100; b++) {
    const v = bins[b] + (b > 0 ? bins[b - 1] : 0) + (b < 100 ? bins[b + 1] : 0);
    if (v > best) { best = v; bestBin = b; }
  }
  if (bestBin < 0 || best < 5) return null;
  const gx = left + (bestBin / 100) * width;
  // The gutter's band: the largest gap around gx that the two-sided lines all leave open.
  let g0 = -Infinity;
  let g1 = Infinity;
  let twoSided = 0;
  let consistent = 0;
  let leftWidths = 0;
  let rightWidths = 0;
  for (const L of lines) {
    let lmax = -Infinity;
    let rmin = Infinity;
    let crosses = false;
    let lmin = Infinity;
    let rmax = -Infinity;
    for (const p of L.pieces) {
      if (p.x1 <= gx + 0.2 * L.size) { lmax = Math.max(lmax, p.x1); lmin = Math.min(lmin, p.x); } else if (p.x >= gx - 0.2 * L.size) { rmin = Math.min(rmin, p.x); rmax = Math.max(rmax, p.x1); } else crosses = true;
    }
    if (crosses) continue;
    consistent++;
    if (lmax > -Infinity && rmin < Infinity) {
      twoSided++;
      g0 = Math.max(g0, lmax);
      g1 = Math.min(g1, rmin);
      if (lmax - lmin >= 0.3 * width) leftWidths++;
      if (rmax - rmin >= 0.3 * width) rightWidths++;
    }
  }
  // Many lines with long text on both sides (a table's short cells do not count), few crossing.
  if (twoSided < 5 || leftWidths < twoSided * 0.6 || rightWidths < twoSided * 0.6) return null;
  if (consistent < lines.length * 0.7) return null;
  if (!(g1 > g0)) return null;
  return [g0, g1];
}

/** The left edge most lines start at, and the right edge the longest lines reach (ignoring two outliers). */
function columnEdges(xs0: number[], xs1: number[]): [number, number] {
  const count = new Map<number, number>();
  let colL = Infinity;
  let best = 0;
  for (const x of xs0) {
    const k = Math.round(x);
    const c = (count.get(k) ?? 0) + 1;
    count.set(k, c);
    if (c > best || (c === best && k < colL)) { best = c; colL = k; }
  }
  // Few lines and no shared left edge: the leftmost line's.
  if (best < 2) colL = Math.min(...xs0);
  const sorted = [...xs1].sort((a, b) => b - a);
  const colR = sorted[Math.min(2, Math.max(0, Math.floor((sorted.length - 1) / 4)))];
  return [colL, colR];
}

function pageLines(page: PdfPage, pageNo: number, twoColumnPages: number[]): Line[] {
  const raws = rawLines(page.items);
  if (raws.length === 0) return [];
  let left = Infinity;
  let right = -Infinity;
  for (const L of raws) for (const p of L.pieces) { if (p.x < left) left = p.x; if (p.x1 > right) right = p.x1; }
  const [bx0, by0, bx1, by1] = page.box;
  void bx0; void bx1;
  const gutter = findGutter(raws, left, right);
  const mk = (y: number, size: number, pieces: Piece[]): Line | null => {
    const segs = segmentsOf(pieces, size, 2.5);
    if (segs.length === 0) return null;
    return { page: pageNo, y, x0: segs[0].x0, x1: segs[segs.length - 1].x1, size, segments: segs, colL: 0, colR: 0, top: by1, bottom: by0, furniture: false };
  };
  const out: Line[] = [];
  if (!gutter) {
    for (const L of raws) { const l = mk(L.y, L.size, L.pieces); if (l) out.push(l); }
    const [colL, colR] = columnEdges(out.map((l) => l.x0), out.map((l) => l.x1));
    for (const l of out) { l.colL = colL; l.colR = colR; }
    return out;
  }
  twoColumnPages.push(pageNo);
  const [g0, g1] = gutter;
  const gm = (g0 + g1) / 2;
  // Stretches of lines that keep to the columns are read left column first; a line crossing the
  // gutter (a title over both columns) stands between stretches.
  let leftCol: Line[] = [];
  let rightCol: Line[] = [];
  const flush = () => {
    for (const col of [leftCol, rightCol]) {
      if (col.length === 0) continue;
      const [colL, colR] = columnEdges(col.map((l) => l.x0), col.map((l) => l.x1));
      for (const l of col) { l.colL = colL; l.colR = colR; out.push(l); }
    }
    leftCol = [];
    rightCol = [];
  };
  for (const L of raws) {
    const lp: Piece[] = [];
    const rp: Piece[] = [];
    let crosses = false;
    for (const p of L.pieces) {
      if (p.x1 <= gm) lp.push(p);
      else if (p.x >= gm) rp.push(p);
      else crosses = true;
    }
    if (crosses) {
      flush();
      const l = mk(L.y, L.size, L.pieces);
      if (l) { l.colL = left; l.colR = right; out.push(l); }
      continue;
    }
    const a = lp.length ? mk(L.y, L.size, lp) : null;
    const b = rp.length ? mk(L.y, L.size, rp) : null;
    if (a) leftCol.push(a);
    if (b) rightCol.push(b);
  }
  flush();
  return out;
}

// ------------------------------------------------------------------ page furniture

function lineText(l: Line): string {
  if (l.segments.length === 1) return l.segments[0].text;
  // letter-spaced words (`通　　知`) close up; cells are a tab apart
  if (l.segments.every((s) => s.text.length <= 2)) return l.segments.map((s) => s.text).join('');
  return l.segments.map((s) => s.text).join('\t');
}

function furnitureKey(t: string): string {
  return t.replace(/\s+/g, '').replace(/\d+/g, '#');
}

/**
 * Marks running heads and feet (the same text, digits aside, at the same height on many pages) and
 * page numbers (a page-number shape as the first or last line of a page, in its top or bottom sixth).
 */
function markFurniture(pages: Line[][]): number {
  const BAND = 3; // lines at each end of a page that may be furniture
  const inTop = (l: Line) => l.y >= l.bottom + (l.top - l.bottom) * 0.8;
  const inBottom = (l: Line) => l.y <= l.bottom + (l.top - l.bottom) * 0.2;
  const groups = new Map<string, Line[]>();
  for (const lines of pages) {
    const n = lines.length;
    // lines come top to bottom within a column; the page's ends are its highest and lowest lines
    const order = [...lines].sort((a, b) => b.y - a.y);
    const seen = new Set<string>();
    const add = (l: Line, side: string) => {
      const key = side + furnitureKey(lineText(l));
      if (seen.has(key)) return;
      seen.add(key);
      let g = groups.get(key);
      if (!g) groups.set(key, (g = []));
      g.push(l);
    };
    for (let k = 0; k < Math.min(BAND, n); k++) if (inTop(order[k])) add(order[k], 't:');
    for (let k = Math.max(0, n - BAND); k < n; k++) if (inBottom(order[k])) add(order[k], 'b:');
  }
  const pageCount = pages.length;
  let removed = 0;
  if (pageCount >= 2) {
    for (const g of groups.values()) {
      if (g.length < 2 || g.length < pageCount * 0.4) continue;
      const ys = g.map((l) => l.y).sort((a, b) => a - b);
      const mid = ys[ys.length >> 1];
      let near = 0;
      for (const l of g) if (Math.abs(l.y - mid) <= Math.max(6, l.size * 0.6)) near++;
      if (near < 2 || near < pageCount * 0.4) continue;
      // A running head or foot sits in the margin: pages without it hold no line at its height
      // either. A table cell repeated at the top of many pages sits where other pages have text.
      const tol = Math.max(3, g[0].size * 0.6);
      const own = new Set(g.filter((l) => Math.abs(l.y - mid) <= Math.max(6, l.size * 0.6)).map((l) => l.page));
      let others = 0;
      for (const lines of pages) {
        if (lines.length === 0 || own.has(lines[0].page)) continue;
        if (lines.some((l) => Math.abs(l.y - mid) <= tol)) others++;
      }
      if (others > 1 + pageCount * 0.1) continue;
      for (const l of g) if (Math.abs(l.y - mid) <= Math.max(6, l.size * 0.6) && !l.furniture) { l.furniture = true; removed++; }
    }
  }
  // Page numbers: the page's top or bottom line, alone, in the band. A bare number (no dashes, no
  // 第…页) counts only where the pages agree: its value minus the page's index is the same on at
  // least two pages (a table's last row label at a page's foot is no page number).
  const bare: { l: Line; offset: number }[] = [];
  const offsets = new Map<number, number>();
  pages.forEach((lines, p) => {
    if (lines.length === 0) return;
    let hi = lines[0];
    let lo = lines[0];
    for (const l of lines) { if (l.y > hi.y) hi = l; if (l.y < lo.y) lo = l; }
    for (const l of lo === hi ? [lo] : [lo, hi]) {
      if (l.furniture) continue;
      if ((l === lo && inBottom(l)) || (l === hi && inTop(l))) {
        const t = lineText(l).trim();
        if (/^\d+$/.test(t)) {
          const offset = Number(t) - p;
          bare.push({ l, offset });
          offsets.set(offset, (offsets.get(offset) ?? 0) + 1);
        } else if (isPageNumber(t)) { l.furniture = true; removed++; }
      }
    }
  });
  for (const { l, offset } of bare) {
    if ((offsets.get(offset) ?? 0) >= 2 || pageCount === 1) { l.furniture = true; removed++; }
  }
  for (const lines of pages) {
    if (lines.length === 0) continue;
    // A page number (a decorated one: a bare number may be a table's row label) next to a running
    // head or foot that was removed: the next line in from the edge.
    const body = lines.filter((l) => !l.furniture);
    if (body.length > 0 && body.length < lines.length) {
      let blo = body[0];
      let bhi = body[0];
      for (const l of body) { if (l.y < blo.y) blo = l; if (l.y > bhi.y) bhi = l; }
      for (const l of [blo, bhi]) {
        if (l.furniture) continue;
        if (((l === blo && inBottom(l)) || (l === bhi && inTop(l))) && isPageNumber(lineText(l)) && /\d/.test(lineText(l)) && !/^\s*\d+\s*$/.test(lineText(l))) {
          // only when it is as far out as the furniture already found on this page
          const beyond = lines.some((f) => f.furniture && (l === blo ? f.y >= l.y - 2 * l.size : f.y <= l.y + 2 * l.size));
          if (beyond) { l.furniture = true; removed++; }
        }
      }
    }
  }
  return removed;
}

// ------------------------------------------------------------------ paragraphs

/**
 * One page alone may not show its margins (a page of short items, every line indented): the
 * single-column pages of the document's usual page size share the document's left edge (the
 * smallest x at least three lines start at) and right edge (what the longest tenth of lines reach).
 */
function documentEdges(pages: PdfPage[], perPage: Line[][], twoColumnPages: number[]): void {
  const two = new Set(twoColumnPages);
  const boxKey = (p: PdfPage) => `${Math.round(p.box[2] - p.box[0])}x${Math.round(p.box[3] - p.box[1])}`;
  const boxes = new Map<string, number>();
  let usual = '';
  let best = 0;
  for (const p of pages) {
    const k = boxKey(p);
    const c = (boxes.get(k) ?? 0) + 1;
    boxes.set(k, c);
    if (c > best) { best = c; usual = k; }
  }
  const xs0: number[] = [];
  const xs1: number[] = [];
  const chosen: Line[][] = [];
  perPage.forEach((ls, i) => {
    if (two.has(i + 1) || boxKey(pages[i]) !== usual) return;
    chosen.push(ls);
    for (const l of ls) { xs0.push(l.x0); xs1.push(l.x1); }
  });
  if (xs0.length === 0) return;
  xs0.sort((a, b) => a - b);
  let docL = NaN;
  for (let i = 0, j = 0; i < xs0.length; i++) {
    if (j < i) j = i;
    while (j + 1 < xs0.length && xs0[j + 1] - xs0[i] <= 1) j++;
    if (j - i + 1 >= 3) { docL = xs0[i]; break; }
  }
  // a short document: its leftmost line
  if (!Number.isFinite(docL) && xs0.length < 12) docL = xs0[0];
  xs1.sort((a, b) => b - a);
  let docR = xs1[Math.max(Math.min(2, xs1.length - 1), Math.floor(xs1.length * 0.1))];
  // Margins are near symmetric: when no line reaches near the mirror of the left margin (a document
  // of short lines), the right edge is that mirror, not the longest short line.
  const page = pages.find((p) => boxKey(p) === usual);
  if (page && Number.isFinite(docL)) {
    const left = docL - page.box[0];
    const mirror = page.box[2] - left;
    if (left > 0 && page.box[2] - docR > 1.5 * left + 20 && mirror > docL) docR = mirror;
  }
  for (const ls of chosen) {
    for (const l of ls) {
      if (Number.isFinite(docL)) l.colL = docL;
      l.colR = docR;
    }
  }
}

function median(xs: number[]): number {
  if (xs.length === 0) return 0;
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1];
}

/**
 * Turns positioned pages into text: one line per paragraph, table rows as lines (cells a tab
 * apart), pages and columns in reading order, furniture out.
 */
export function layoutPdf(pages: PdfPage[]): PdfLayoutResult {
  const twoColumnPages: number[] = [];
  const emptyPages: number[] = [];
  const perPage: Line[][] = pages.map((p, i) => {
    const lines = pageLines(p, i + 1, twoColumnPages);
    if (lines.length === 0) emptyPages.push(i + 1);
    return lines;
  });
  documentEdges(pages, perPage, twoColumnPages);
  const furnitureRemoved = markFurniture(perPage);
  const lines: Line[] = [];
  for (const ls of perPage) for (const l of ls) if (!l.furniture) lines.push(l);

  // Body size: the size most characters are set in; the line pitch of body lines.
  const sizeChars = new Map<number, number>();
  let body = 0;
  let bodyChars = 0;
  for (const l of lines) {
    const c = (sizeChars.get(l.size) ?? 0) + (l.x1 - l.x0);
    sizeChars.set(l.size, c);
    if (c > bodyChars) { bodyChars = c; body = l.size; }
  }
  // The pitch of wrapped lines: the smallest step between body lines that many pairs share (a
  // document of one-line paragraphs has more paragraph steps than line steps: no median).
  const pitches: number[] = [];
  for (let i = 1; i < lines.length; i++) {
    const a = lines[i - 1];
    const b = lines[i];
    if (a.page === b.page && a.colL === b.colL && a.size === body && b.size === body && a.y > b.y) pitches.push(a.y - b.y);
  }
  pitches.sort((a, b) => a - b);
  let pitch = 0;
  const enough = Math.max(3, pitches.length * 0.05);
  for (let i = 0, j = 0; i < pitches.length; i++) {
    if (j < i) j = i;
    while (j + 1 < pitches.length && pitches[j + 1] - pitches[i] <= 1) j++;
    if (j - i + 1 >= enough) { pitch = pitches[(i + j) >> 1]; break; }
  }
  if (!(pitch > 0)) pitch = median(pitches) || body * 1.5;

  const out: string[] = [];
  let para = '';
  let prev: Line | null = null;
  const close = () => { if (para !== '') out.push(para); para = ''; };
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    const t = lineText(l);
    const isRow = l.segments.length >= 2 && !l.segments.every((s) => s.text.length <= 2);
    let joins = false;
    if (prev && para !== '' && !isRow && prev.segments.length === 1) {
      const em = Math.max(prev.size, l.size);
      const sameSize = Math.abs(prev.size - l.size) <= 0.1 * em;
      const indented = l.x0 > l.colL + 0.8 * l.size;
      // full: the start of this line would not have fitted on the line above
      const full = prev.x1 >= prev.colR - (firstUnitEms(t) + 0.7) * prev.size;
      const samePage = prev.page === l.page;
      const sameColumn = samePage && Math.abs(prev.colL - l.colL) < 1;
      // the vertical step to this line, against the body's pitch (larger type, larger pitch)
      const step = prev.y - l.y;
      const closeBy = step > 0 && step <= Math.max(pitch * (l.size / body), l.size * 1.2) * 1.35;
      const marker = MARKER.test(t);
      if (sameSize && !indented && full) {
        if (sameColumn) joins = closeBy;
        else joins = true; // a paragraph cut by a page or column break goes on where it had not ended
        if (marker && sentenceEnd(para)) joins = false;
        // a numbered line after a short numbered line: a heading, then the next one
        if (marker && MARKER.test(para) && para.length <= 30) joins = false;
        if (joins && !sameColumn && sentenceEnd(para) && prev.x1 < prev.colR - 0.6 * prev.size) joins = false;
      }
      // A title or heading in large type wrapped over lines: same large size, close by, not a new number.
      if (!joins && sameColumn && sameSize && l.size >= body * 1.15 && closeBy && !marker && !sentenceEnd(para)) joins = true;
    }
    if (joins && prev) {
      const last = para.charCodeAt(para.length - 1);
      const first = t.charCodeAt(0);
      para += isLatin(last) && isLatin(first) && para[para.length - 1] !== '-' ? ' ' + t : t;
    } else {
      close();
      para = t;
    }
    prev = isRow ? null : l;
    if (isRow) close();
  }
  close();
  return { text: out.join('\n'), twoColumnPages, furnitureRemoved, emptyPages };
}
