/**
 * Two shapes of a compilation of topic pieces printed as a book or a newspaper issue and read back
 * from its PDF (a contest special issue's 热点论坛 / 探究性专题 section, a study booklet):
 *
 * - the piece's title opens a line after the book's page number, `第87页 从仰望星空到经济蓝海——…`
 *   (the PDF text layer set the page number and the title on one line). Two such lines or more:
 *   each is the title of a piece, at the top level, its title text after the page number; the
 *   headings under it up to the next one belong to its piece (a new title restarts the tree).
 * - the piece sets out its viewpoints under a label and a Chinese ordinal, each on its own line
 *   before the viewpoint's own title: `观点一 心灵治愈与微冒险——…`, `观点二 …` (a run 一, 二, 三…).
 *   The label is the compilation's numbering of the viewpoints: the marker of a heading one level
 *   under the heading over the run's first label (the piece's `各方观点`).
 *
 * Done on the assembled headings; linear in the lines and the headings. Lines written with markup
 * (`**话题一：…**`, `## …`) are left to the Markdown reading.
 */
import type { Heading } from '../types';
import { lastAtOrBefore, lineEndAt } from '../text/lines';
import { addedTitle, endPartsAtPeers, nextRun } from './relink';
import { unannotated } from '../text/reading';
import { holdsRare } from '../text/rareMarks';

/** `第87页 title`: a book's page number, a blank, and a title of 4 to 60 characters (no sentence end). */
const PAGE_TITLE = /^[ \t\u3000]*(第\s*\d{1,4}\s*页)[ \t\u3000]+(\S[^\r\n]{3,59}?)[ \t\u3000]*\r?$/;
/** The words a topic piece labels its viewpoints with, then an ordinal, then the viewpoint's title. */
const VIEWPOINT = /^[ \t\u3000]*((观点|话题|议题|专题)([一二三四五六七八九十]{1,3}))(?:[ \t\u3000]+|[ \t\u3000]*[：:][ \t\u3000]*)(\S[^\r\n]{1,59}?)[ \t\u3000]*\r?$/;
const ORDINALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];
const SENTENCE_END = /[。；;！!]/;

export interface Found { s: number; e: number; ts: number; te: number; marker: string; word: string; n: number }

/** Rebuilds parents from a `parentOf` function over the sorted list; levels follow the parents. */
function reparent(all: Heading[], parentOf: (h: Heading) => Heading | null): Heading[] {
  const index = new Map<Heading, number>();
  all.forEach((h, i) => index.set(h, i));
  const parents = all.map((h) => parentOf(h));
  all.forEach((h, i) => { const p = parents[i]; h.parent = p === null || !index.has(p) ? null : index.get(p)!; });
  for (const h of all) h.level = h.parent === null ? 1 : all[h.parent].level + 1;
  endPartsAtPeers(all);
  return all;
}

export function withTopicPieces(text: string, lineStarts: readonly number[], headings: Heading[]): Heading[] {
  const hasPage = text.indexOf('页') >= 0;
  const hasView = /观点|话题|议题|专题/.test(text);
  let out = holdsRare(text, '001') ? withPieceNumbers(text, lineStarts, headings) : headings;
  out = withNumberedSamples(text, lineStarts, out);
  if (!hasPage && !hasView) return out;
  if (hasPage) out = withPageTitles(text, lineStarts, out);
  if (hasView) out = withViewpoints(text, lineStarts, out);
  return out;
}

function withPageTitles(text: string, lineStarts: readonly number[], headings: Heading[]): Heading[] {
  const found: Found[] = [];
  for (let li = 0; li < lineStarts.length; li++) {
    const s = lineStarts[li];
    const e = lineEndAt(text, lineStarts, li);
    if (e - s < 8 || e - s > 80 || text.charCodeAt(s) === 0x23 /* # */) continue;
    const line = text.slice(s, e);
    if (line.indexOf('页') < 0) continue;
    const m = PAGE_TITLE.exec(line);
    // (the title opens on a Chinese character or a quote: `第1页 / 共28页` is a page mark with its total)
    if (!m || !/^[\u3400-\u9fff“《]/.test(m[2]) || /共\s*\d+\s*页/.test(m[2]) || SENTENCE_END.test(m[2]) || /[：:，,]$/.test(m[2])) continue;
    const a = s + line.indexOf(m[1]);
    const ts = s + line.indexOf(m[2], m.index + m[0].indexOf(m[2]));
    found.push({ s: a, e: a + m[1].length, ts, te: ts + m[2].length, marker: '', word: '', n: 0 });
  }
  if (found.length < 2) return headings;
  // (a title printed after every page's number, `第3页 某县统计公报`, is the running head of a
  // paged text, not a piece: only titles that no other such line repeats head pieces)
  const seen = new Map<string, number>();
  for (const f of found) { const t = text.slice(f.ts, f.te); seen.set(t, (seen.get(t) ?? 0) + 1); }
  const distinct = found.filter((f) => seen.get(text.slice(f.ts, f.te)) === 1);
  if (distinct.length < 2) return headings;
  return insertPieceTitles(text, lineStarts, headings, distinct);
}

/**
 * The pieces' titles `found` at the top level, each heading the headings after it whose parent
 * stood before it (also keyedPieceTitles.ts).
 */
export function insertPieceTitles(text: string, lineStarts: readonly number[], headings: Heading[], found: readonly Found[]): Heading[] {
  const lineOf = (p: number): number => lastAtOrBefore(lineStarts, p);
  const byLine = new Map<number, Found>();
  for (const f of found) byLine.set(lineOf(f.s), f);
  const run = nextRun(headings);
  // a heading read on such a line (the line as a title, page number and all) gives way to the piece's title
  const kept = headings.filter((h) => !byLine.has(lineOf(h.start)));
  const old = new Map<Heading, Heading | null>();
  kept.forEach((h) => old.set(h, h.parent === null ? null : headings[h.parent]));
  const titles: Heading[] = found.map((f) => addedTitle(text, f.ts, f.ts, f.te, run));
  const isTitle = new Set<Heading>(titles);
  const all = [...kept, ...titles].sort((x, y) => x.start - y.start);
  const keptSet = new Set<Heading>(kept);
  let piece: Heading | null = null;
  const parentOf = new Map<Heading, Heading | null>();
  for (const h of all) {
    if (isTitle.has(h)) { piece = h; parentOf.set(h, null); continue; }
    let p = old.get(h) ?? null;
    while (p !== null && !keptSet.has(p)) p = old.get(p) ?? null;
    // a heading of the piece whose parent stands before the piece's title (or at the top) hangs under it
    if (piece !== null && (p === null || p.start < piece.start)) p = piece;
    parentOf.set(h, p);
  }
  return reparent(all, (h) => parentOf.get(h) ?? null);
}

function withViewpoints(text: string, lineStarts: readonly number[], headings: Heading[]): Heading[] {
  const found: Found[] = [];
  for (let li = 0; li < lineStarts.length; li++) {
    const s = lineStarts[li];
    const e = lineEndAt(text, lineStarts, li);
    if (e - s < 5 || e - s > 72) continue;
    const line = text.slice(s, e);
    const m = VIEWPOINT.exec(line);
    if (!m || SENTENCE_END.test(m[4]) || /[：:]$/.test(m[4])) continue;
    const n = ORDINALS.indexOf(m[3]) + 1;
    if (n === 0) continue;
    const a = s + line.indexOf(m[1]);
    const ts = s + m[0].lastIndexOf(m[4]);
    found.push({ s: a, e: a + m[1].length, ts, te: ts + m[4].length, marker: m[1], word: m[2], n });
  }
  // runs: one word, numbered 一, 二, 三… in the text's order; a run of two labels or more
  const runs: Found[][] = [];
  let cur: Found[] = [];
  for (const f of found) {
    if (cur.length && f.word === cur[0].word && f.n === cur.length + 1) { cur.push(f); continue; }
    if (cur.length >= 2) runs.push(cur);
    cur = f.n === 1 ? [f] : [];
  }
  if (cur.length >= 2) runs.push(cur);
  if (!runs.length) return headings;
  const lineOf = (p: number): number => lastAtOrBefore(lineStarts, p);
  const labelLines = new Set<number>();
  for (const r of runs) for (const f of r) labelLines.add(lineOf(f.s));
  const first = nextRun(headings);
  const kept = headings.filter((h) => !labelLines.has(lineOf(h.start)));
  const old = new Map<Heading, Heading | null>();
  kept.forEach((h) => old.set(h, h.parent === null ? null : headings[h.parent]));
  const keptSet = new Set<Heading>(kept);
  const labels: Heading[] = [];
  const labelParent = new Map<Heading, Heading | null>();
  runs.forEach((r, k) => {
    // the run hangs under the last heading over its first label (the piece's `各方观点`)
    let over: Heading | null = null;
    for (const h of kept) { if (h.start < r[0].s) over = h; else break; }
    for (const f of r) {
      const h = addedTitle(text, f.s, f.ts, f.te, first + k, f.marker, f.n);
      labels.push(h);
      labelParent.set(h, over);
    }
  });
  const all = [...kept, ...labels].sort((x, y) => x.start - y.start);
  return reparent(all, (h) => {
    if (labelParent.has(h)) return labelParent.get(h) ?? null;
    let p = old.get(h) ?? null;
    while (p !== null && !keptSet.has(p)) p = old.get(p) ?? null;
    return p;
  });
}

/** `001`, `002`: a piece's number in a collected-works file, three digits, alone on its line. */
const PIECE_NUMBER = /^[ \t\u3000]*(0\d\d)[ \t\u3000]*\r?$/;

/**
 * A collected-works file (a 选集 or 文集 as one text) numbers its pieces `001`, `002`… on a line
 * of their own over each piece's title. A run of such numbers 1, 2, 3… in order, each right over a
 * title at the top level (the next line that is not blank): each number is a heading of its own at
 * the top level, the number as its marker and no title, beside the piece's title (the title keeps
 * the piece's parts). A number not over a title (a page number, a count) is no label.
 */
function withPieceNumbers(text: string, lineStarts: readonly number[], headings: Heading[]): Heading[] {
  const lineOf = (p: number): number => lastAtOrBefore(lineStarts, p);
  const titleOnLine = new Map<number, Heading>();
  for (const h of headings) if (h.family === 'title' && h.level === 1 && h.marker === '') titleOnLine.set(lineOf(h.start), h);
  const found: Found[] = [];
  for (let li = 0; li < lineStarts.length; li++) {
    const s = lineStarts[li];
    const e = lineEndAt(text, lineStarts, li);
    if (e - s < 3 || e - s > 24) continue;
    const m = PIECE_NUMBER.exec(text.slice(s, e));
    if (!m) continue;
    const n = Number(m[1]);
    if (n === 0) continue;
    // the next line holding more than blanks must open a title at the top level
    let next = li + 1;
    while (next < lineStarts.length && /^[ \t\u3000\r]*$/.test(text.slice(lineStarts[next], lineEndAt(text, lineStarts, next)))) next++;
    if (!titleOnLine.has(next)) continue;
    const a = s + text.slice(s, e).indexOf(m[1]);
    found.push({ s: a, e: a + 3, ts: a + 3, te: a + 3, marker: m[1], word: '', n });
  }
  const run: Found[] = [];
  for (const f of found) {
    if (run.length && f.n === run[run.length - 1].n + 1) run.push(f);
    else if (run.length < 2) { run.length = 0; run.push(f); }
  }
  if (run.length < 2) return headings;
  const next = nextRun(headings);
  const labels: Heading[] = run.map((f) => addedTitle(text, f.s, f.e, f.e, next, f.marker, f.n));
  const old = new Map<Heading, Heading | null>();
  headings.forEach((h) => old.set(h, h.parent === null ? null : headings[h.parent]));
  const all = [...headings, ...labels].sort((x, y) => x.start - y.start);
  return reparent(all, (h) => old.get(h) ?? null);
}

/** `感动中国心得体会1:`: a sample's name ending on the kind of document it is, its number, a colon. */
const NUMBERED_SAMPLE = /^[ \t\u3000]*(\S[^\r\n]{1,40}?)(\d{1,2})[ \t\u3000]*[：:][ \t\u3000]*\r?$/;
const SAMPLE_KIND = /(?:心得|体会|體會|讲话|講話|发言|發言|演讲稿|演講稿|致辞|致辭|讲稿|講稿|范文|範文|总结|總結|述职报告|述職報告)$/;

/**
 * A 范文 page numbering its samples after their common name and a colon, each on its own line over
 * the sample (`感动中国心得体会1:` … `感动中国心得体会2:`): a run of two or more, one name ending
 * on a kind of document (心得体会, 讲话, 演讲稿…), numbered 1, 2, 3… in order. Each is a sample's
 * title at the top level (its text without the colon), heading its sample.
 */
function withNumberedSamples(text: string, lineStarts: readonly number[], headings: Heading[]): Heading[] {
  // (one native search for a line ending on a number and a colon spares most texts the walk)
  if (!/\d[ \t\u3000]*[：:][ \t\u3000]*\r?(?:\n|$)/.test(text)) return headings;
  const found: Array<Found & { name: string }> = [];
  for (let li = 0; li < lineStarts.length; li++) {
    const s = lineStarts[li];
    const e = lineEndAt(text, lineStarts, li);
    if (e - s < 5 || e - s > 64) continue;
    const line = text.slice(s, e);
    const m = NUMBERED_SAMPLE.exec(line);
    if (!m) continue;
    const name = unannotated(m[1]).trim();
    if (/[。，,；;！？!?：:]/.test(name) || !SAMPLE_KIND.test(name)) continue;
    const ts = s + line.indexOf(m[1]);
    const te = ts + m[1].length + m[2].length;
    found.push({ s: ts, e: ts, ts, te, marker: '', word: name, n: Number(m[2]), name });
  }
  const run: typeof found = [];
  for (const f of found) {
    if (run.length && f.name === run[0].name && f.n === run[run.length - 1].n + 1) run.push(f);
    else if (run.length < 2 && f.n === 1) { run.length = 0; run.push(f); }
  }
  if (run.length < 2) return headings;
  return insertPieceTitles(text, lineStarts, headings, run);
}
