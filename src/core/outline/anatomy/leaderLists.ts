/**
 * Form 5 of a table of contents: entries closed by a long run of dot leaders whose page numbers a
 * conversion lost or set apart (`一、部门主要职能 ……………………`, or a PDF's text that put the
 * leaders and `- 1 -` on lines of their own under each entry: `二、实施方式` / `..........` /
 * `- 1 -`). A dot leader run of six characters or more only ever leads the eye to a page number:
 * an entry's line, not a part's. Three such entries one under another (blank lines, lines of
 * leaders alone and page numbers alone between them) are a table of contents whether or not a
 * `目录` line stands over them (a PDF's text may break it into `目` / `录`).
 *
 * Only dots count as leaders here (`.．·…⋯。`): underscores and dashes also fill a form's blanks
 * (`姓名：________`). Linear: each line is read once from its end.
 */
import type { Anatomy, AnatomyInput } from './index';
import { Zone } from './index';
import { tocKeyAt } from './toc';
import { isDigitCode } from '../../text/digits';

/** Leaders closing an entry's line, at least. */
const MIN_LEADERS = 6;
/** An entry's words before its leaders, at most (a table of contents names a part briefly). */
const MAX_ENTRY = 60;

function isDot(c: number): boolean {
  return c === 0x2e || c === 0xff0e || c === 0xb7 || c === 0x2026 || c === 0x22ef || c === 0x3002;
}
function isBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 0x3000 || c === 0xa0;
}

/** 0: no leaders; 1: the line is leaders alone (a page number may follow); 2: words closed by leaders. */
function leaderShape(text: string, s: number, e: number): 0 | 1 | 2 {
  let p = e;
  while (p > s && isBlank(text.charCodeAt(p - 1))) p--;
  // a page number after the leaders (1–4 digits, `- 3 -`)
  let q = p;
  while (q > s && (isDigitCode(text.charCodeAt(q - 1)) || isBlank(text.charCodeAt(q - 1)) || text.charCodeAt(q - 1) === 0x2d) && p - q < 8) q--;
  if (q < p && !isDot(text.charCodeAt(q - 1))) q = p;
  let dots = 0;
  let r = q;
  while (r > s && (isDot(text.charCodeAt(r - 1)) || isBlank(text.charCodeAt(r - 1)))) {
    if (isDot(text.charCodeAt(r - 1))) dots++;
    r--;
  }
  if (dots < MIN_LEADERS && !(dots >= 3 && r === s)) return 0;
  if (r === s) return 1;
  return r - s <= MAX_ENTRY ? 2 : 0;
}

/** A page number alone on its line: `3`, `- 3 -`, `—3—`. */
function isPageLine(text: string, s: number, e: number): boolean {
  let digits = 0;
  for (let p = s; p < e; p++) {
    const c = text.charCodeAt(p);
    if (isDigitCode(c)) digits++;
    else if (!(isBlank(c) || c === 0x2d || c === 0x2014 || c === 0x2013)) return false;
  }
  return digits >= 1 && digits <= 4;
}

export function detectLeaderLists(input: AnatomyInput, anatomy: Anatomy): void {
  const { text, layout } = input;
  const lines = layout.lines;
  const n = lines.length;
  const zone = anatomy.zone;
  const { contentStart: lcs, contentEnd: lce } = lines;
  // shape of each line: 0 other, 1 leaders alone, 2 an entry closed by leaders, 3 a page number alone
  const shape = new Uint8Array(n);
  let any = 0;
  for (let i = 0; i < n; i++) {
    if (lines.empty(i) || zone[i] !== 0) continue;
    const s = lcs[i];
    const e = lce[i];
    if (e - s > MAX_ENTRY + 80) continue;
    // (most lines end on a word: nothing to read)
    let p = e;
    while (p > s && isBlank(text.charCodeAt(p - 1))) p--;
    const last = text.charCodeAt(p - 1);
    if (!isDot(last) && !isDigitCode(last) && last !== 0x2d && last !== 0x2014 && last !== 0x2013) continue;
    if (isPageLine(text, s, e)) { shape[i] = 3; continue; }
    shape[i] = leaderShape(text, s, e);
    if (shape[i]) any++;
  }
  if (any < 3) return;
  for (let i = 0; i < n; i++) {
    if (lines.empty(i) || zone[i] !== 0) continue;
    // a block: entries closed by leaders, or short lines each followed by a line of leaders alone
    let entries = 0;
    let last = -1;
    let j = i;
    for (; j < n; j++) {
      if (lines.empty(j)) continue;
      // (a page number the page furniture took, `- 1 -`, stands between the entries)
      if (zone[j] === Zone.Furniture) continue;
      if (zone[j] !== 0) break;
      const sh = shape[j];
      if (sh === 2) { entries++; last = j; continue; }
      if (sh === 1 || sh === 3) { if (entries > 0 || sh === 1) last = j; continue; }
      // an entry whose leaders stand on the next line
      let k = j + 1;
      while (k < n && (lines.empty(k) || zone[k] === Zone.Furniture)) k++;
      if (k < n && shape[k] === 1 && lce[j] - lcs[j] <= MAX_ENTRY) { entries++; last = j; continue; }
      break;
    }
    if (entries >= 3 && last >= i) {
      for (let k = i; k <= last; k++) if (zone[k] === 0) zone[k] = Zone.Toc;
      // a `目录` line right above the list is its header (as the other forms read it)
      let up = i - 1;
      while (up >= 0 && lines.empty(up)) up--;
      if (up >= 0 && zone[up] === 0 && /^(目录|目錄|contents|tableofcontents)$/i.test(tocKeyAt(text, lcs[up], lce[up]))) zone[up] = Zone.Toc;
    }
    i = Math.max(i, j - 1);
  }
}
