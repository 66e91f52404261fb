/**
 * Tables of contents: `目录` followed by a list of part names (often with dot leaders and page
 * numbers), or a run of short lines that the body repeats, in order, as its headings. A table of
 * contents names the parts of the document; it opens none, so it holds no headings.
 */
import type { Anatomy, AnatomyInput } from './index';
import { Zone } from './index';

const MAX_ITEM = 60;
/** Lines after `目录` read as its items at most. */
const MAX_ITEMS = 400;

/** `目录`, `目　　录`, `## 目录`, `CONTENTS`. */
function isTocHeader(s: string): boolean {
  if (s.length > 15) return false;
  const c = s[0];
  if (c !== '目' && c !== 'c' && c !== 'C' && c !== 't' && c !== 'T') return false;
  return /^(目录|目錄|contents|tableofcontents)$/i.test(s);
}

/**
 * A short line's text for comparison: no Markdown prefix, spaces, dot leaders or page number
 * (`第一章　总　　则……3` → `第一章总则`). Empty when the line is not short.
 */
export function tocKey(raw: string): string {
  if (raw.length > MAX_ITEM + 20) return '';
  // Most lines need no cleaning: no space, leader, digit, Markdown mark or 。 in them.
  if (!/[\s\u3000\u00a0\u200b\ufeff.．·…。_\-—#>*+0-9０-９ivxlcIVXLC]/.test(raw)) return raw;
  let t = raw.replace(/^[#>*\-+\s\u3000]+/, '').replace(/[*_]+$/, '');
  t = t.replace(/[\s\u3000\u00a0\u200b\ufeff]+/g, '');
  t = t.replace(/([.．·…。_\-—]{2,}|…+)\s*([0-9０-９ivxlcIVXLC]+)?$/, '');
  t = t.replace(/([^0-9０-９])[0-9０-９]{1,3}$/, '$1');
  if (t.length === 0 || t.length > MAX_ITEM || t.includes('。')) return '';
  return t;
}

function hasPageNumber(raw: string): boolean {
  return /([.．·…_\-—]{2,}|[\s\u3000])\s*[0-9０-９]{1,4}$/.test(raw.trim());
}

export function detectToc(input: AnatomyInput, anatomy: Anatomy): void {
  const { text, layout } = input;
  const lines = layout.lines;
  const n = lines.length;
  const zone = anatomy.zone;
  const raw: string[] = new Array(n);
  const key: string[] = new Array(n);
  // Where each short line's text occurs, in line order.
  const where = new Map<string, number[]>();
  for (let i = 0; i < n; i++) {
    const L = lines[i];
    raw[i] = L.blank || L.zeroWidth || L.contentEnd - L.contentStart > MAX_ITEM + 20 ? '' : text.slice(L.contentStart, L.contentEnd);
    key[i] = raw[i] ? tocKey(raw[i]) : '';
    if (key[i]) {
      const a = where.get(key[i]);
      if (a) a.push(i); else where.set(key[i], [i]);
    }
  }
  // Long lines (running text) before each line: a table of contents' items come back with text between them.
  const longBefore = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) longBefore[i + 1] = longBefore[i] + (lines[i].contentEnd - lines[i].contentStart > 40 ? 1 : 0);
  /** First line after `after` whose text is `k`, or -1 (binary search in the sorted occurrences). */
  const nextOf = (k: string, after: number): number => {
    const a = where.get(k);
    if (!a) return -1;
    let lo = 0, hi = a.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (a[mid] <= after) lo = mid + 1; else hi = mid; }
    return lo < a.length ? a[lo] : -1;
  };
  const mark = (a: number, b: number): void => {
    for (let i = a; i < b; i++) if (zone[i] === 0) zone[i] = Zone.Toc;
  };

  let runStart = -1;
  const inRun = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    if (zone[i] !== 0) { runStart = -1; inRun.clear(); continue; }
    const L = lines[i];
    if (L.blank || L.zeroWidth) continue;
    // Form 1: a `目录` line and the list under it.
    if (key[i] && isTocHeader(key[i])) {
      let last = i;
      let items = 0;
      for (let j = i + 1; j < n && items < MAX_ITEMS; j++) {
        if (lines[j].blank || lines[j].zeroWidth) continue;
        if (!key[j] || zone[j] !== 0) break;
        // The list ends where the body starts repeating it.
        if (items > 0 && key[j] === key[firstItem(i)]) break;
        if (!hasPageNumber(raw[j]) && nextOf(key[j], j) < 0) break;
        last = j;
        items++;
      }
      if (items >= 2) {
        mark(i, last + 1);
        i = last;
        runStart = -1;
        inRun.clear();
        continue;
      }
    }
    // Form 2: a run of short lines that the body then repeats in order.
    if (!key[i]) { runStart = -1; inRun.clear(); continue; }
    if (runStart < 0) runStart = i;
    const j = inRun.get(key[i]);
    if (j !== undefined && i - j <= 200 && cjkIn(key[i]) >= 2 && countItems(j, i) >= 3 && repeatsInOrder(j, i)) {
      let a = j;
      let up = j - 1;
      while (up >= 0 && !raw[up] && lines[up].blank) up--;
      if (up >= 0 && key[up] && isTocHeader(key[up])) a = up;
      mark(a, i);
      runStart = i;
      inRun.clear();
    }
    if (!inRun.has(key[i])) inRun.set(key[i], i);
  }

  function cjkIn(k: string): number {
    let c = 0;
    for (let q = 0; q < k.length; q++) { const code = k.charCodeAt(q); if (code >= 0x3400 && code <= 0x9fff) c++; }
    return c;
  }
  function firstItem(h: number): number {
    for (let j = h + 1; j < n; j++) if (key[j]) return j;
    return h;
  }
  function countItems(a: number, b: number): number {
    let c = 0;
    for (let k = a; k < b; k++) if (key[k]) c++;
    return c;
  }
  /** Every item of lines [a, b) occurs again at or after b, in the same order. */
  function repeatsInOrder(a: number, b: number): boolean {
    let pos = b - 1;
    let first = -1;
    for (let k = a; k < b; k++) {
      if (!key[k]) continue;
      const q = nextOf(key[k], pos);
      if (q < 0) return false;
      if (first < 0) first = q;
      pos = q;
    }
    return first >= 0 && longBefore[pos] > longBefore[first];
  }
}
