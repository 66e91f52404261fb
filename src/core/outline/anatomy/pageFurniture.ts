/**
 * Page furniture of text converted from paged documents (PDF, Word print layouts): page numbers
 * on their own lines (`- 2 -`, `— 3 —`, `－4－`, `第3页`, `第 3 页 共 20 页`, `3/20`, a bare number at
 * the page rhythm), running heads and feet (the same short line at every page boundary) and form
 * feeds. Found BEFORE paragraphs are built: the layout treats these lines as transparent, so a
 * paragraph cut by a page break joins across it instead of its next line reading as a title.
 *
 * Evidence comes from the whole document: a page-number shape must occur at least twice (one that
 * gives the total, `第 1 页 共 1 页`, says what it is alone), a bare
 * number must continue a sequence spaced like pages, a repeated line must sit beside the page
 * boundaries. One pass over the lines plus one map of short lines: linear in the text.
 */
import { lineContentEnd, lineContentStart } from '../layout';
import { lineEndAt } from '../../text/lines';
import type { Anatomy, AnatomyInput } from './index';
import { groupCount, groupOfRange, newLineGroups, type LineGroups } from './lineGroups';
import { isTocHeader, tocKeyAt } from './toc';

export interface PageFurniture {
  /** 1 for each line that is page furniture (page number, running head or foot, form-feed-only line). */
  mask: Uint8Array;
  /** 1 for each line that starts a new page (a form feed before its text). */
  pageStart: Uint8Array;
  /** Number of furniture lines found. */
  count: number;
  /** The line that repeats the running head as the document's own title on page one, or -1. */
  titleLine: number;
}

/**
 * The short lines findPageFurniture grouped by their text (trimmed, 2 to RUNNING_MAX characters,
 * page marks aside), handed on so that detectToc groups only the lines these leave out instead of
 * grouping the same lines again. Filled in by findPageFurniture when given; null before.
 */
export interface ShortLineGroups {
  groups: LineGroups | null;
  /** Each line's group, -1 for a line left out. */
  group: Int32Array | null;
}

/** `- 2 -`, `— 3 —`, `－4－`, `· 5 ·`, `~6~` */
const DASHED = /^[-—－–~～·•]{1,2}\s*[0-9０-９]{1,4}\s*[-—－–~～·•]{1,2}$/;
/** `第3页`, `第 3 页 共 20 页`, `第3页/共20页`, `共20页 第3页` */
const DI_YE = /^(第\s*[0-9０-９]{1,4}\s*页(\s*[,，、/／]?\s*共\s*[0-9０-９]{1,4}\s*页)?|共\s*[0-9０-９]{1,4}\s*页\s*[,，、/／]?\s*第\s*[0-9０-９]{1,4}\s*页)$/;
/** `3/20`, `3 / 20`, `Page 3 of 20`, `Page 3` */
const OF_TOTAL = /^([0-9]{1,4}\s*[/／]\s*[0-9]{1,4}|[Pp]age\s*[0-9]{1,4}(\s*of\s*[0-9]{1,4})?)$/;
const BARE = /^[0-9０-９]{1,4}$/;
/** A converter's page separator (FENCED): its number is the converter's count, not printed text. */
export function isPageSeparator(s: string): boolean {
  return s.length <= FENCED_MAX && FENCED.test(s);
}
/**
 * `==========第5页==========`, `=====第12頁=====`: the separator an OCR or e-book converter writes
 * where each scanned page starts, its page number fenced by rules (wider than the other shapes).
 */
const FENCED = /^[=＝]{3,}\s*第\s*[0-9０-９]{1,4}\s*[页頁]\s*[=＝]{3,}$/;
/** Longest FENCED line read. */
const FENCED_MAX = 60;
/**
 * `第 1 页 共 1 页`, `共3页 第2页`, `Page 2 of 3`: a page number that gives the total says what it is
 * by itself (the page within the total), so one alone is a page mark (a one-page document's only
 * footer) where the other shapes must recur.
 */
const WITH_TOTAL = /^(?:第\s*([0-9]{1,4})\s*页\s*[,，、/／]?\s*共\s*([0-9]{1,4})\s*页|共\s*([0-9]{1,4})\s*页\s*[,，、/／]?\s*第\s*([0-9]{1,4})\s*页|[Pp]age\s*([0-9]{1,4})\s*of\s*([0-9]{1,4}))$/;

/** The page number and the total of a WITH_TOTAL line, when the number is within the total. */
function pageOfTotal(t: string): boolean {
  const m = WITH_TOTAL.exec(t);
  if (!m) return false;
  const page = Number(m[1] ?? m[4] ?? m[5]);
  const total = Number(m[2] ?? m[3] ?? m[6]);
  return page >= 1 && page <= total;
}

/** A line (trimmed) that is nothing but a page mark: `- 2 -`, `第 3 页 共 20 页`, `3/20`, `7`. */
export function isPageMark(s: string): boolean {
  return (s.length <= 24 && (DASHED.test(s) || DI_YE.test(s) || OF_TOTAL.test(s) || BARE.test(s))) || isPageSeparator(s);
}

/**
 * Fewest content lines between two bare page numbers that follow each other: a page holds at
 * least this much text, while the 序号 cells of a table flattened one cell per line come every few lines.
 */
const PAGE_GAP_MIN = 15;
/** Fewest content lines between the two heads of a three-page text (a page's worth at least). */
const PAIR_GAP_MIN = 8;
/** Longest line that may be a running head or foot. */
const RUNNING_MAX = 40;

export function findPageFurniture(text: string, lineStarts: readonly number[], shortLines?: ShortLineGroups): PageFurniture | null {
  const n = lineStarts.length;
  const mask = new Uint8Array(n);
  const pageStart = new Uint8Array(n);
  const cs = new Int32Array(n);
  const ce = new Int32Array(n);
  // 0 none, 1 strong page-number shape, 2 bare number, 3 a page number with its total (`第 1 页 共 1 页`)
  const shape = new Uint8Array(n);
  const bareValue = new Int32Array(n);
  let strong = 0;
  let bare = 0;
  let feeds = 0;
  let contentLines = 0;
  const ordinal = new Int32Array(n); // content lines before each line
  for (let i = 0; i < n; i++) {
    ordinal[i] = contentLines;
    const start = lineStarts[i];
    const end = lineEndAt(text, lineStarts, i);
    const s = lineContentStart(text, start, end);
    const e = lineContentEnd(text, s, end);
    cs[i] = s;
    ce[i] = e;
    // a form feed among the blanks before the line's text or after it (a feed is a blank: isSpace)
    const feedBefore = hasFormFeed(text, start, s);
    if (feedBefore || hasFormFeed(text, e, end)) {
      feeds++;
      if (s >= e) {
        mask[i] = 1; // a line holding nothing but the form feed: the next page starts below
        if (i + 1 < n) pageStart[i + 1] = 1;
      } else if (feedBefore) pageStart[i] = 1;
      else if (i + 1 < n) pageStart[i + 1] = 1; // the feed ends this line: the next page starts below
    }
    if (s >= e) continue;
    contentLines++;
    const len = e - s;
    const c0 = text.charCodeAt(s);
    if (len > (c0 === 0x3d || c0 === 0xff1d ? FENCED_MAX : 24) || !opensPageMark(c0)) continue;
    const t = text.slice(s, e);
    if (DASHED.test(t) || DI_YE.test(t) || OF_TOTAL.test(t) || FENCED.test(t)) {
      shape[i] = pageOfTotal(t) ? 3 : 1;
      strong++;
    } else if (BARE.test(t)) {
      shape[i] = 2;
      bareValue[i] = toInt(t);
      bare++;
    }
  }
  if (contentLines === 0) return null;

  // Strong page-number shapes: at least two in the document.
  if (strong >= 2) for (let i = 0; i < n; i++) if (shape[i] === 1 || shape[i] === 3) mask[i] = 1;
  // …or one that gives the total (`第 1 页 共 1 页`), or one the text around it shows at a page break
  if (strong === 1) for (let i = 0; i < n; i++) if (shape[i] === 3 || (shape[i] === 1 && loneMarkAtBreak(text, cs, ce, i))) mask[i] = 1;

  // Bare numbers: chains of consecutive values spaced like pages (or beside a form feed).
  if (bare >= 3 || (bare > 0 && feeds > 0)) {
    const chainLen = new Int32Array(n); // length of the chain ending at line i
    const chainPrev = new Int32Array(n).fill(-1);
    const openByNext = new Map<number, number>(); // expected next value -> last line of that chain
    for (let i = 0; i < n; i++) {
      if (shape[i] !== 2) continue;
      const v = bareValue[i];
      const last = openByNext.get(v);
      if (last !== undefined && ordinal[i] - ordinal[last] >= PAGE_GAP_MIN) {
        chainLen[i] = chainLen[last] + 1;
        chainPrev[i] = last;
        openByNext.delete(v);
      } else chainLen[i] = 1;
      openByNext.set(v + 1, i);
    }
    // Walk back from every chain end long enough (each line is visited once: a chain is a path).
    // Page numbers start at the first pages (1, 2 or 3) and come at a steady rhythm.
    const done = new Uint8Array(n);
    const chain: number[] = [];
    for (let i = n - 1; i >= 0; i--) {
      if (shape[i] !== 2 || done[i] || chainLen[i] < 3) continue;
      chain.length = 0;
      for (let k = i; k >= 0 && !done[k]; k = chainPrev[k]) { done[k] = 1; chain.push(k); }
      chain.reverse();
      if (bareValue[chain[0]] > 3 || !steady(chain, ordinal)) continue;
      for (const k of chain) mask[k] = 1;
    }
    if (feeds > 0) {
      for (let i = 0; i < n; i++) {
        if (shape[i] !== 2 || mask[i]) continue;
        if (nearFeed(pageStart, i)) mask[i] = 1;
      }
    }
  }

  // Page boundaries known so far: page numbers and form feeds.
  const boundary = new Uint8Array(n);
  let boundaries = 0;
  for (let i = 0; i < n; i++) if (mask[i] || pageStart[i]) { boundary[i] = 1; boundaries++; }

  // Running heads and feet: the same short line again and again beside the page boundaries, or,
  // with no page numbers at all, at a steady rhythm.
  // Short lines grouped by their text, read in place (no string per line: in hard-wrapped text every
  // line is short). Groups are numbered by first occurrence, the order a map of the texts would list them in.
  const groups = newLineGroups();
  const group = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i++) {
    if (mask[i] || shape[i] || cs[i] >= ce[i]) continue;
    const len = ce[i] - cs[i];
    if (len < 2 || len > RUNNING_MAX) continue;
    group[i] = groupOfRange(groups, text, cs[i], len);
  }
  if (shortLines) { shortLines.groups = groups; shortLines.group = group; }
  const groupSize = groups.count;
  const byText: number[][] = [];
  const listOf = new Int32Array(groupCount(groups)).fill(-1);
  for (let g = 0; g < listOf.length; g++) if (groupSize[g] >= 2) { listOf[g] = byText.length; byText.push([]); }
  for (let i = 0; i < n; i++) if (group[i] >= 0 && listOf[group[i]] >= 0) byText[listOf[group[i]]].push(i);
  let titleLine = -1;
  // Distance from each line to the nearest boundary, counted in content lines.
  const near = boundaries > 0 ? nearBoundary(boundary, cs, ce, n) : null;
  let firstContent = -1;
  for (let i = 0; i < n && firstContent < 0; i++) if (cs[i] < ce[i]) firstContent = i;
  const runningLists: number[][] = [];
  const pageOneRepeats = new Set<number[]>();
  let firstBoundary = -1;
  for (let i = 0; i < n && firstBoundary < 0; i++) if (boundary[i]) firstBoundary = i;
  let runningLines = 0;
  for (const list of byText) {
    // The document's title (its first line) repeated as the head of later pages: the repeats
    // are the head, each standing right at a page boundary, however few pages there are.
    const titleFirst = list[0] === firstContent;
    // A document of three pages has its head twice (page one carries the title instead): two lines
    // alike, words in them, each the first or last line of a page on a different page, where the text
    // breaks its pages no more than three times (a head missing from most pages is no head).
    const pairAtBreaks = list.length === 2 && !titleFirst && near !== null && boundaries <= 3 && near[list[0]] <= 1 &&
      near[list[1]] <= 1 && ordinal[list[1]] - ordinal[list[0]] >= PAIR_GAP_MIN && hasCjk(text, cs[list[0]], ce[list[0]]);
    if (list.length < 3 && !(titleFirst && near) && !pairAtBreaks) continue;
    let running = false;
    if (near) {
      let beside = 0;
      for (const i of list) if (near[i] <= 2) beside++;
      running = (beside >= 3 && beside >= list.length * 0.6) || pairAtBreaks;
      if (!running && titleFirst) {
        let atBoundary = 0;
        for (let k = 1; k < list.length; k++) if (near[list[k]] <= 1) atBoundary++;
        running = atBoundary === list.length - 1 && near[list[0]] > 1;
        // the title said again on page one (a cover line, a masthead over the title): the repeats
        // on later pages, each right at a page boundary, are the head; page one's lines stay text
        if (!running && near[list[0]] > 1 && firstBoundary >= 0) {
          let later = 0;
          let laterAt = 0;
          for (const i of list) if (i > firstBoundary) { later++; if (near[i] <= 1) laterAt++; }
          if (later > 0 && laterAt === later) {
            running = true;
            pageOneRepeats.add(list);
          }
        }
      }
    } else if (list.length >= 4) {
      // no page numbers: a head or foot with words in it, at a steady rhythm over most of the text
      const spread = ordinal[list[list.length - 1]] - ordinal[list[0]];
      running = hasCjk(text, cs[list[0]], ce[list[0]]) && spread >= contentLines * 0.5 && steady(list, ordinal);
    }
    if (!running) continue;
    runningLists.push(list);
    runningLines += list.length;
  }
  // A page has a head and a foot, perhaps a second line of each: far more repeated lines than that,
  // or many different ones without page numbers, are a text repeating itself (a compilation that
  // prints the same passages again), not page furniture.
  const pages = Math.max(boundaries, runningLists.length ? runningLists[0].length : 0) + 1;
  const repeatedText = runningLines > pages * 4 || (!near && runningLists.length > 4);
  for (const list of repeatedText ? [] : runningLists) {
    // The document's own title often repeats as its running head: when page one opens with the
    // head and then the title, the second of the two is the title.
    let keep = -1;
    if (pageOneRepeats.has(list)) {
      if (titleLine < 0) titleLine = list[0];
      for (const i of list) if (i > firstBoundary) mask[i] = 1;
      continue;
    }
    // A book's contents run over pages with `目录` over each: the first is the contents' title,
    // the others its running head.
    if (isTocHeader(tocKeyAt(text, cs[list[0]], ce[list[0]]))) {
      for (let k = 1; k < list.length; k++) mask[list[k]] = 1;
      continue;
    }
    if (ordinal[list[0]] - ordinal[firstContent] <= 4 && ordinal[list[1]] - ordinal[list[0]] <= 3) keep = list[1];
    // …and when page one opens with the title alone (no head above it, no page mark beside it), the
    // title is that first line.
    else if (list[0] === firstContent && near !== null && near[list[0]] > 1) keep = list[0];
    if (keep >= 0 && titleLine < 0) titleLine = keep;
    for (const i of list) if (i !== keep) mask[i] = 1;
  }

  let count = 0;
  for (let i = 0; i < n; i++) count += mask[i];
  if (count === 0 && feeds === 0) return null;
  return { mask, pageStart, count, titleLine };
}

/**
 * A page mark that occurs once (`- 1 -`, `第 2 页`: the text of a two-page excerpt, or a short
 * document numbering only its first page) is a page break when the text around it says so: the
 * document's first line (its title or masthead) repeated right after it as the next page's running
 * head, or a hard-wrapped paragraph cut by it — the line before it runs the full width of the lines
 * above and stops mid-sentence (a CJK character, a letter, a digit or a comma at its end). A mark
 * after a finished sentence or a heading (`— 1 —` over a section of a web article) stays text.
 */
function loneMarkAtBreak(text: string, cs: Int32Array, ce: Int32Array, i: number): boolean {
  const n = cs.length;
  let p = i - 1;
  while (p >= 0 && cs[p] >= ce[p]) p--;
  let q = i + 1;
  while (q < n && cs[q] >= ce[q]) q++;
  if (p < 0 || q >= n) return false;
  // the document's first line again, right after the mark
  let first = 0;
  while (first < n && cs[first] >= ce[first]) first++;
  if (first < p) {
    const len = ce[first] - cs[first];
    if (len >= 2 && len <= RUNNING_MAX && ce[q] - cs[q] === len && text.startsWith(text.slice(cs[first], ce[first]), cs[q])) return true;
  }
  // a hard-wrapped paragraph running on across the mark
  const c = text.charCodeAt(ce[p] - 1);
  const midSentence = (c >= 0x3400 && c <= 0x9fff) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ||
    c === 0xff0c || c === 0x2c || c === 0x3001;
  if (!midSentence) return false;
  // the lines above: the widest of the last eight, and how many of them run (nearly) that wide
  let widest = 0;
  const above: number[] = [];
  for (let k = p; k >= 0 && above.length < 8; k--) {
    if (cs[k] >= ce[k]) continue;
    const w = ce[k] - cs[k];
    above.push(w);
    if (w > widest) widest = w;
  }
  if (widest < 12 || widest > 80) return false;
  let full = 0;
  for (const w of above) if (w >= widest * 0.85) full++;
  return above[0] >= widest * 0.85 && full >= 3 && full >= above.length * 0.5;
}

/**
 * Whether a line opening with this character may be a page mark (the first characters the shapes
 * DASHED, DI_YE, OF_TOTAL, FENCED and BARE accept): other lines are not sliced into a string and tested.
 */
function opensPageMark(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 0xff10 && c <= 0xff19) || c === 0x2d || c === 0x2014 || c === 0xff0d ||
    c === 0x2013 || c === 0x7e || c === 0xff5e || c === 0xb7 || c === 0x2022 || c === 0x7b2c || c === 0x5171 || c === 0x50 || c === 0x70 ||
    c === 0x3d || c === 0xff1d;
}

function hasFormFeed(text: string, from: number, to: number): boolean {
  for (let p = from; p < to; p++) if (text.charCodeAt(p) === 12) return true;
  return false;
}

function hasCjk(text: string, from: number, to: number): boolean {
  for (let p = from; p < to; p++) {
    const c = text.charCodeAt(p);
    if (c >= 0x3400 && c <= 0x9fff) return true;
  }
  return false;
}

function toInt(s: string): number {
  let v = 0;
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    v = v * 10 + (c >= 0xff10 ? c - 0xff10 : c - 48);
  }
  return v;
}

/** A bare number on the first line of a page or on one of the two lines before a new page. */
function nearFeed(pageStart: Uint8Array, i: number): boolean {
  return pageStart[i] === 1 || pageStart[i + 1] === 1 || pageStart[i + 2] === 1;
}

/** For every line, how many content lines lie between it and the nearest boundary line (capped). */
function nearBoundary(boundary: Uint8Array, cs: Int32Array, ce: Int32Array, n: number): Uint8Array {
  const CAP = 9;
  const out = new Uint8Array(n).fill(CAP);
  let d = CAP;
  for (let i = 0; i < n; i++) {
    if (boundary[i]) d = 0;
    else if (cs[i] < ce[i]) d = Math.min(CAP, d + 1);
    if (d < out[i]) out[i] = d;
  }
  d = CAP;
  for (let i = n - 1; i >= 0; i--) {
    if (boundary[i]) d = 0;
    else if (cs[i] < ce[i]) d = Math.min(CAP, d + 1);
    if (d < out[i]) out[i] = d;
  }
  return out;
}

/** Occurrences at a page-like rhythm: every gap at least PAGE_GAP_MIN content lines and within ×2.5 of the others. */
function steady(list: number[], ordinal: Int32Array): boolean {
  let min = Infinity;
  let max = 0;
  for (let k = 1; k < list.length; k++) {
    const g = ordinal[list[k]] - ordinal[list[k - 1]];
    if (g < min) min = g;
    if (g > max) max = g;
  }
  return min >= PAGE_GAP_MIN && max <= min * 2.5;
}

/** Detector: the furniture lines the layout found become zone `furniture` (code 1). */
export function pageFurnitureZones(input: AnatomyInput, anatomy: Anatomy): void {
  const mask = input.layout.furniture;
  if (!mask) return;
  const zone = anatomy.zone;
  for (let i = 0; i < mask.length && i < zone.length; i++) if (mask[i]) zone[i] = 1;
}
