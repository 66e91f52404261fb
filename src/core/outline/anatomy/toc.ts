/**
 * Tables of contents: `目录` followed by a list of part names (often with dot leaders and page
 * numbers), or a run of short lines that the body repeats, in order, as its headings. A table of
 * contents names the parts of the document; it opens none, so it holds no headings.
 */
import type { Anatomy, AnatomyInput } from './index';
import { Zone } from './index';
import type { LineTable } from '../layout';
import { groupCount, groupLength, groupOf, groupOfRange, groupText, newLineGroups } from './lineGroups';
import { parseChineseInteger } from '../../text/numerals';
import { isDigitCode } from '../../text/digits';
import { isAsciiLetter } from '../../text/latin';

const MAX_ITEM = 60;
/** Lines after `目录` read as its items at most. */
const MAX_ITEMS = 400;

/** `目录/提纲：……`: a document site's header over the outline of the text it previews. */
const OUTLINE_HEADER = /^(?:目录[\/／、]?提纲|提纲[\/／、]?目录|内容提纲)[：:]?(?:…{1,3}|\.{3,6})?$/;
/** The longest key isTocHeader accepts. */
const TOC_HEADER_MAX = 15;
/** `目录`, `目　　录`, `## 目录`, `CONTENTS`. */
export function isTocHeader(s: string): boolean {
  if (s.length > TOC_HEADER_MAX) return false;
  const c = s[0];
  if (c !== '目' && c !== 'c' && c !== 'C' && c !== 't' && c !== 'T') return false;
  return /^(目录|目錄|contents|tableofcontents)$/i.test(s);
}

/** JavaScript's `\s`. */
function isWs(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 ||
    c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
const DROPPED = 1;
const LEADER = 2;
const PAGE = 4;
const MD = 8;
/** Character classes of the cleaning, one table look-up per character. */
const CLASS = ((): Uint8Array => {
  const t = new Uint8Array(65536);
  // Only the codes each class names are visited (a loop over all 65,536 codes asking isWs ran
  // interpreted at every start of the CLI): `\s` is 9–13, 0x2000–0x200a and the single codes below.
  const mark = (codes: number[], bit: number): void => { for (const c of codes) t[c] |= bit; };
  const range = (a: number, b: number): number[] => Array.from({ length: b - a + 1 }, (_, k) => a + k);
  mark([32, ...range(9, 13), 0xa0, 0x1680, ...range(0x2000, 0x200a), 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff, 0x200b], DROPPED);
  mark([0x2e, 0xff0e, 0xb7, 0x2026, 0x3002, 0x5f, 0x2d, 0x2014], LEADER);
  mark([...range(0x30, 0x39), ...range(0xff10, 0xff19)], PAGE);
  mark([0x69, 0x76, 0x78, 0x6c, 0x63, 0x49, 0x56, 0x58, 0x4c, 0x43], PAGE);
  mark([0x23, 0x3e, 0x2a, 0x2b], MD);
  return t;
})();
/** Spaces a key drops: `\s`, and the zero-width space. */
function isDropped(c: number): boolean {
  return (CLASS[c] & DROPPED) !== 0;
}
/** Dot leaders: `.．·…。_-—`. */
function isLeader(c: number): boolean {
  return (CLASS[c] & LEADER) !== 0;
}
/** A page number's characters: digits and the Roman ones (`ivxlc`, `IVXLC`). */
function isPageCode(c: number): boolean {
  return (CLASS[c] & PAGE) !== 0;
}

/**
 * A short line's text for comparison: no Markdown prefix, spaces, dot leaders or page number
 * (`第一章　总　　则……3` → `第一章总则`). Empty when the line is not short.
 */
export function tocKey(raw: string): string {
  return tocKeyAt(raw, 0, raw.length);
}

/** tocKey of text[from, to), read from char codes (one slice for the key). */
export function tocKeyAt(text: string, from: number, to: number): string {
  if (to - from > MAX_ITEM + 20) return '';
  return keyAt(text, from, to, firstCleaned(text, from, to));
}

/**
 * The first character of text[from, to) the cleaning reads (one with a class: a space, leader,
 * page-number character, Markdown mark or 。), or `to` when there is none (the line is its own key).
 */
function firstCleaned(text: string, from: number, to: number): number {
  for (let p = from; p < to; p++) if (CLASS[text.charCodeAt(p)] !== 0) return p;
  return to;
}

/**
 * tocKeyAt of a line no longer than a key may be, given firstCleaned of it: the characters before
 * that one are kept as they are, so the key is read on from there (each character read once).
 */
function keyAt(text: string, from: number, to: number, first: number): string {
  // Most lines need no cleaning: no space, leader, page number, Markdown mark or 。 in them.
  if (first === to) return from === 0 && to === text.length ? text : text.slice(from, to);
  // A Markdown prefix (`#`, `>`, bullets, spaces) and trailing emphasis marks.
  let a = from;
  while (a < to) {
    const c = text.charCodeAt(a);
    if (c === 0x23 || c === 0x3e || c === 0x2a || c === 0x2d || c === 0x2b || isWs(c)) a++;
    else break;
  }
  let e = to;
  while (e > a && (text.charCodeAt(e - 1) === 0x2a || text.charCodeAt(e - 1) === 0x5f)) e--;
  // An entry written as a Markdown link (`[1.1 研究背景](#_Toc2)`, a converter's contents): its words.
  if (text.charCodeAt(a) === 0x5b && text.charCodeAt(e - 1) === 0x29) {
    let close = e - 2;
    while (close > a + 1 && !(text.charCodeAt(close) === 0x5d && text.charCodeAt(close + 1) === 0x28)) close--;
    if (close > a + 1) {
      a++;
      e = close;
      if (first > e) first = e;
    }
  }
  // Without spaces, from the end: a page number, the dot leader before it, then a bare 1–3 digit number.
  let b = e;
  while (b > a && (isDropped(text.charCodeAt(b - 1)) || isPageCode(text.charCodeAt(b - 1)))) b--;
  // [b, e) holds page-number characters and spaces; the leader run comes before it.
  let l = b;
  let leaders = 0;
  let lastLeader = 0;
  while (l > a) {
    const c = text.charCodeAt(l - 1);
    if (isDropped(c)) { l--; continue; }
    if (!isLeader(c)) break;
    leaders++;
    lastLeader = c;
    l--;
  }
  let cut = e;
  if (leaders >= 2 || (leaders === 1 && lastLeader === 0x2026)) cut = l;
  // Then a bare 1–3 digit number at the end, after some other character, goes too.
  let d = cut;
  let digits = 0;
  while (d > a) {
    const c = text.charCodeAt(d - 1);
    if (isDropped(c)) { d--; continue; }
    if (!isDigitCode(c)) break;
    digits++;
    d--;
  }
  if (digits >= 1 && digits <= 3 && hasKept(text, a, d)) cut = d;
  // The key: [a, cut) without spaces. (Every character before `first` is kept: none has a class.
  // The Markdown prefix, the trailing marks and the cut all stand on characters with a class, so
  // `first` is at most cut, and where it is past a the characters from a up to it are counted at once.)
  let out = '';
  let seg = a;
  let len = first > a ? first - a : 0;
  for (let p = first > a ? first : a; p < cut; p++) {
    const c = text.charCodeAt(p);
    if (c === 0x3002) return '';
    if (isDropped(c)) {
      if (p > seg) out += text.slice(seg, p);
      seg = p + 1;
    } else len++;
  }
  if (len === 0 || len > MAX_ITEM) return '';
  if (cut > seg) out += text.slice(seg, cut);
  return out;
}

/** A character other than a dropped space in text[a, b). */
function hasKept(text: string, a: number, b: number): boolean {
  for (let p = b - 1; p >= a; p--) if (!isDropped(text.charCodeAt(p))) return true;
  return false;
}

function hasPageNumber(raw: string): boolean {
  return /([.．·…_\-—]{2,}|[\s\u3000])\s*[0-9０-９]{1,4}$/.test(raw.trim());
}

/** The first character of a line after a Markdown prefix may open a `目录` header (`目`, `c`, `t`). */
function opensLikeHeader(text: string, a: number, e: number): boolean {
  let p = a;
  while (p < e) {
    const c = text.charCodeAt(p);
    if (c === 0x23 || c === 0x3e || c === 0x2a || c === 0x2d || c === 0x2b || isWs(c)) p++;
    else break;
  }
  const c = text.charCodeAt(p);
  return p < e && (c === 0x76ee || c === 0x63 || c === 0x43 || c === 0x74 || c === 0x54);
}

/**
 * Whether the lines could hold a table of contents at all, read cheaply before any key is made: a
 * list under a `目录` line needs the header and two short lines after it, and a run the body
 * repeats needs four short lines one under another (blank lines between allowed). Most speeches
 * have neither (their short lines are headings between paragraphs).
 */
function mayHoldToc(text: string, lines: LineTable): boolean {
  const { contentStart: lcs, contentEnd: lce } = lines;
  let run = 0;
  let header = -1;
  for (let i = 0; i < lines.length; i++) {
    if (lines.empty(i)) continue;
    if (lce[i] - lcs[i] > MAX_ITEM + 20) { run = 0; header = -1; continue; }
    if (opensLikeHeader(text, lcs[i], lce[i]) && isTocHeader(tocKeyAt(text, lcs[i], lce[i]))) header = run;
    run++;
    if (run >= 4 || (header >= 0 && run - header >= 3)) return true;
  }
  return false;
}

export function detectToc(input: AnatomyInput, anatomy: Anatomy): void {
  const { text, layout } = input;
  const lines = layout.lines;
  const n = lines.length;
  const zone = anatomy.zone;
  const { contentStart: lcs, contentEnd: lce } = lines;
  // Long lines (running text) before each line: a table of contents' items come back with text between them.
  const longBefore = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) longBefore[i + 1] = longBefore[i] + (lce[i] - lcs[i] > 40 ? 1 : 0);
  if (!mayHoldToc(text, lines)) {
    detectDivisionLists(input, anatomy);
    detectDivisionLines(input, anatomy);
    detectSummaryLists(input, anatomy, longBefore);
    return;
  }
  // Each key's group (lines with the same key share it). A line's key is its text itself when the
  // text needs no cleaning (most short lines): it is then grouped in place, and a string is made
  // only for a key's first line. Page furniture grouped the short lines by their text already (the
  // same trimmed range): a plain line it grouped keeps that group, and the other lines are grouped
  // in the same table (a line whose key is a text furniture grouped joins that text's group).
  const shared = input.shortLines;
  const groupsOf = shared?.groups ?? newLineGroups();
  const grouped = shared?.groups ? shared.group : null;
  const gid = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i++) {
    if (lines.empty(i) || lce[i] - lcs[i] > MAX_ITEM + 20) continue;
    const a = lcs[i];
    const e = lce[i];
    const len = e - a;
    const first = firstCleaned(text, a, e);
    if (first === e) {
      if (grouped !== null && grouped[i] >= 0) gid[i] = grouped[i];
      else if (len > 0) gid[i] = groupOfRange(groupsOf, text, a, len);
      continue;
    }
    const k = keyAt(text, a, e, first);
    if (k) gid[i] = groupOf(groupsOf, k);
  }
  // (the table's own counts hold the furniture's lines too: the keyed lines are counted here)
  const count = new Int32Array(groupCount(groupsOf));
  for (let i = 0; i < n; i++) if (gid[i] >= 0) count[gid[i]]++;
  /** The key of line i ('' when it has none): every line of a group has its first line's key. */
  const keyOf = (i: number): string => (gid[i] >= 0 ? groupText(groupsOf, gid[i]) : '');
  const hasKey = (i: number): boolean => gid[i] >= 0;
  /**
   * Whether line i's key is a `目录` header: the key's length is read first, so the lines of a
   * hard-wrapped text (every line short enough to key, none a header) make no string of their key.
   */
  const headerAt = (i: number): boolean => gid[i] >= 0 && groupLength(groupsOf, gid[i]) <= TOC_HEADER_MAX && isTocHeader(keyOf(i));
  const groups = groupCount(groupsOf);
  const nextInGroup = occurrences(gid, count);
  /** First line after `after` whose text is line li's key, or -1 (binary search in the sorted occurrences). */
  const nextOf = (li: number, after: number): number => (gid[li] < 0 ? -1 : nextInGroup(gid[li], after));
  const mark = (a: number, b: number): void => {
    for (let i = a; i < b; i++) if (zone[i] === 0) zone[i] = Zone.Toc;
  };

  let runStart = -1;
  // The first line of each key in the current run: valid where runEpoch[g] is the current epoch
  // (a new epoch empties it at once).
  const runFirst = new Int32Array(groups);
  const runEpoch = new Int32Array(groups);
  let epoch = 1;
  const inRun = { clear(): void { epoch++; } };
  for (let i = 0; i < n; i++) {
    if (zone[i] !== 0) { runStart = -1; inRun.clear(); continue; }
    if (lines.empty(i)) continue;
    // Form 1: a `目录` line and the list under it.
    const outline = !headerAt(i) ? outlineListEnd(i) : -1;
    if (outline > i) {
      // (a preview's `目录/提纲：……` over its parts' names, closed by a line of dots: a list of names)
      mark(i, outline + 1);
      i = outline;
      runStart = -1;
      inRun.clear();
      continue;
    }
    const headerEnd = headerAt(i) ? i : splitHeaderEnd(i);
    if (headerEnd >= 0) {
      let last = headerEnd;
      let items = 0;
      // Where the body opens with the list's first item again and only the list's short lines
      // stand between (no running text), every one of them is the list's, whether or not the body
      // repeats it: a text cut after its first chapters keeps the whole list of chapters.
      const first = firstItem(headerEnd);
      const again = first > headerEnd ? nextOf(first, first) : -1;
      if (again > first && again - i <= MAX_ITEMS && onlyItemsBetween(headerEnd + 1, again)) {
        for (let j = headerEnd + 1; j < again; j++) if (!lines.blank(j) && !lines.zeroWidth(j) && zone[j] === 0) { last = j; items++; }
      }
      for (let j = last + 1; j < n && items < MAX_ITEMS; j++) {
        if (lines.blank(j) || lines.zeroWidth(j)) continue;
        // (a scanned book's contents run over pages: its page breaks stand among the entries)
        if (zone[j] === Zone.Furniture && items > 0) continue;
        if (zone[j] !== 0) break;
        const paged = scannedEntryEnd(j);
        if (!hasKey(j) && !paged) break;
        // The list ends where the body starts repeating it.
        if (items > 0 && gid[j] === gid[first]) break;
        if (!paged && !hasPageNumber(text.slice(lines.contentStart[j], lines.contentEnd[j])) && nextOf(j, j) < 0) {
          // An entry printed over two lines or more (its page number on the last), or one whose
          // number the scan lost under the next: the lines up to a page number within a few are the list's.
          const k = items > 0 || headerEnd > i ? pagedWithin(j, gid[first]) : -1;
          if (k < 0) break;
          for (let q = j; q <= k; q++) if (!lines.blank(q) && !lines.zeroWidth(q) && zone[q] === 0) items++;
          last = k;
          j = k;
          continue;
        }
        last = j;
        items++;
      }
      // A page opening cut inside its contents (or a body that opens its first part again under
      // other punctuation): numbered names one under another with no running text to the end.
      const cut = numberedListEnd(i);
      if (cut > last) {
        for (let j = last + 1; j <= cut; j++) if (!lines.blank(j) && !lines.zeroWidth(j)) items++;
        last = cut;
      }
      if (items >= 2) {
        // (a Markdown `## 目录` is a heading of the document, as `## 摘要` is: only its list is marked)
        mark(atxRank(text, lines, i) > 0 ? i + 1 : i, last + 1);
        i = last;
        runStart = -1;
        inRun.clear();
        continue;
      }
    }
    // Form 2: a run of short lines that the body then repeats in order.
    if (!hasKey(i)) { runStart = -1; inRun.clear(); continue; }
    if (runStart < 0) runStart = i;
    const g = gid[i];
    const j = runEpoch[g] === epoch ? runFirst[g] : undefined;
    if (j !== undefined && i - j <= 200 && cjkIn(keyOf(i)) >= 2 && countItems(j, i) >= 3 && repeatsInOrder(j, i)) {
      let a = j;
      let up = j - 1;
      while (up >= 0 && lines.blank(up)) up--;
      if (up >= 0 && headerAt(up) && atxRank(text, lines, up) === 0) a = up;
      mark(a, i);
      runStart = i;
      inRun.clear();
    }
    if (runEpoch[g] !== epoch) { runEpoch[g] = epoch; runFirst[g] = i; }
  }

  detectDivisionLists(input, anatomy);
  detectDivisionLines(input, anatomy);
  detectSummaryLists(input, anatomy, longBefore);

  /**
   * A document site's preview opens with the outline of the text it sells (`目录/提纲：……`, the
   * parts' names one a line, a line of dots `……` under them, then the text from its start): the
   * names are a list, not the parts. The line of dots after two to forty short lines, or -1.
   */
  function outlineListEnd(h: number): number {
    if (lce[h] - lcs[h] > 20 || !OUTLINE_HEADER.test(text.slice(lcs[h], lce[h]).trim())) return -1;
    let items = 0;
    for (let j = h + 1; j < n && items <= 40; j++) {
      if (lines.blank(j) || lines.zeroWidth(j)) continue;
      if (zone[j] !== 0) return -1;
      const raw = text.slice(lcs[j], lce[j]).trim();
      if (/^(?:…{1,3}|\.{3,6}|。{3,6})$/.test(raw)) return items >= 2 ? j : -1;
      if (raw.length > MAX_ITEM || /[。！？]$/.test(raw)) return -1;
      items++;
    }
    return -1;
  }
  /**
   * Under the `目录` line h, the last of the numbered names standing one under another (blank lines
   * between) up to the text's end, or up to where the first name's number starts again (the body
   * opening its first part: `1、总则` listed, `1 总则` in the body), or -1. A part holds text: a
   * name whose next numbered name follows with no text between named a part and opened none, and
   * where that holds of every name to the end of the page the whole run is the list, also the names
   * no body repeats (a page cut inside its contents). Running text anywhere in the run keeps it out.
   */
  function numberedListEnd(h: number): number {
    let items = 0;
    let last = -1;
    let firstNo = '';
    let firstLine = -1;
    for (let j = h + 1; j < n; j++) {
      if (lines.blank(j) || lines.zeroWidth(j)) continue;
      const no = hasKey(j) && zone[j] === 0 ? itemNumber(text.slice(lcs[j], lce[j])) : '';
      if (no === '') {
        // Text after the run (a reader's note, an unnumbered 参考文献, a rule): the run is the list
        // only where the body then opens its first part again under the same number and name.
        return items >= MIN_NUMBERED_ITEMS && zone[j] === 0 && restartsAfter(j, firstNo, firstLine) ? last : -1;
      }
      if (items === 0) { firstNo = no; firstLine = j; }
      else if (no === firstNo) break;
      last = j;
      if (++items > MAX_ITEMS) return -1;
    }
    return items >= MIN_NUMBERED_ITEMS ? last : -1;
  }
  /**
   * Whether a line at or after `from` opens with the list's first number again (`no`) and the
   * first item's name (its first two characters after the number: `一、MobileRead…（必须）` listed,
   * `一、MobileRead…` opening the body; `- 第1章 绪论` listed, `## 第1章 绪　论` in the body). A
   * numbered list that the body restarts part by part named the parts; it opened none of them.
   */
  function restartsAfter(from: number, no: string, item: number): boolean {
    const name = itemName(text.slice(lcs[item], lce[item]));
    if (name.length < 2) return false;
    for (let k = from; k < n; k++) {
      if (lines.blank(k) || zone[k] !== 0 || lce[k] - lcs[k] > MAX_ITEM + 20) continue;
      const raw = text.slice(lcs[k], lce[k]);
      if (itemNumber(raw) === no && itemName(raw) === name) return true;
    }
    return false;
  }
  /**
   * `目` over `录` (a contents title printed vertically, one character a line): the `录` line, else -1.
   */
  function splitHeaderEnd(h: number): number {
    if (lce[h] - lcs[h] > 3 || keyOf(h) !== '目') return -1;
    let j = h + 1;
    while (j < n && (lines.blank(j) || lines.zeroWidth(j))) j++;
    if (j >= n) return -1;
    const k = keyOf(j);
    return k === '录' || k === '錄' ? j : -1;
  }
  /** Whether line j ends a scanned contents entry with its page number (SCANNED_PAGE), or is one. */
  function scannedEntryEnd(j: number): boolean {
    if (lce[j] - lcs[j] > MAX_SCANNED_LINE) return false;
    const raw = text.slice(lcs[j], lce[j]);
    if (SCANNED_PAGE.test(raw)) return true;
    // entries run together on one line by the scan (`…(1)2、…`), no sentence among them
    return GLUED_PAGE.test(raw) && !/[。！？]/.test(raw);
  }
  /**
   * From line j, an unnumbered line of a contents list: the first line within WRAP_MAX lines that
   * closes an entry with a page number, the lines between all short and unzoned (page breaks
   * passed over), none the body's repeat of the list's first item (`firstGroup`); else -1.
   */
  function pagedWithin(j: number, firstGroup: number): number {
    let seen = 0;
    for (let k = j; k < n && seen <= WRAP_MAX; k++) {
      if (lines.blank(k) || lines.zeroWidth(k) || zone[k] === Zone.Furniture) continue;
      if (zone[k] !== 0) return -1;
      if (scannedEntryEnd(k) || (hasKey(k) && hasPageNumber(text.slice(lcs[k], lce[k])))) return k;
      if (!hasKey(k) || (k > j && firstGroup >= 0 && gid[k] === firstGroup)) return -1;
      seen++;
    }
    return -1;
  }
  function cjkIn(k: string): number {
    let c = 0;
    for (let q = 0; q < k.length; q++) { const code = k.charCodeAt(q); if (code >= 0x3400 && code <= 0x9fff) c++; }
    return c;
  }
  function firstItem(h: number): number {
    for (let j = h + 1; j < n; j++) if (hasKey(j)) return j;
    return h;
  }
  /**
   * Lines [a, b) hold only short keyed lines still unzoned (blank lines allowed). A scanned book's
   * contents (page breaks or OCR page numbers among them) may also hold the lines a key refuses:
   * an entry's date or note in brackets (`(第8號。1946年2月23日…)`), a page number alone, two
   * entries run together on one line (no sentence in it).
   */
  function onlyItemsBetween(a: number, b: number): boolean {
    let scanned = false;
    let loose = false;
    for (let k = a; k < b; k++) {
      if (lines.blank(k) || lines.zeroWidth(k)) continue;
      if (zone[k] === Zone.Furniture) { scanned = true; continue; }
      if (zone[k] !== 0) return false;
      if (scannedEntryEnd(k)) { scanned = true; continue; }
      if (hasKey(k)) continue;
      const raw = text.slice(lcs[k], lce[k]);
      if (raw.length > MAX_ITEM + 40 || (!BRACKET_NOTE.test(raw) && /[。！？；]/.test(raw))) return false;
      loose = true;
    }
    return scanned || !loose;
  }
  function countItems(a: number, b: number): number {
    let c = 0;
    for (let k = a; k < b; k++) if (hasKey(k)) c++;
    return c;
  }
  /** Every item of lines [a, b) occurs again at or after b, in the same order. */
  function repeatsInOrder(a: number, b: number): boolean {
    let pos = b - 1;
    let first = -1;
    for (let k = a; k < b; k++) {
      if (!hasKey(k)) continue;
      const q = nextOf(k, pos);
      if (q < 0) return false;
      if (first < 0) first = q;
      pos = q;
    }
    return first >= 0 && longBefore[pos] > longBefore[first];
  }
}

/**
 * The page number closing an entry of a scanned book's contents, as OCR gives it: after a leader,
 * one `…` or more (`…121`, `……·(8)`), in brackets (`理论讨论会第三组整理(1)`, `…（5)`), or alone on
 * its line under the entry (`32`, `……42`, `・193`).
 */
const SCANNED_PAGE = /(?:(?:…|[·・]|[.．·・…_\-—]{2,})[\s\u3000]*[0-9０-９]{1,4}|[（(][\s\u3000]*[0-9０-９]{1,3}[\s\u3000]*[)）])[\s\u3000]*$|^[\s\u3000.．·・…_\-—]*[0-9０-９]{1,4}[\s\u3000]*$/;
/** A page number in brackets with the next entry's number right after it: entries run together. */
/** A scanned contents entry's own number (`(一)`, `2、`, `三、`): what follows a page number run on. */
export const NEXT_ENTRY = /(?:[（(][一二三四五六七八九十]{1,3}[)）]|[0-9]{1,2}[、.．]|[一二三四五六七八九十]{1,3}、)/;
const GLUED_PAGE = new RegExp(`[（(][0-9０-９]{1,3}[)）][\\s\\u3000]*${NEXT_ENTRY.source}`);
/** An entry's date or note in brackets under it (`(1946年2月9日)`, `(第8號。1946年2月23日於莫斯科市)…`). */
const BRACKET_NOTE = /^[\s\u3000]*[（(][^（()）]{1,60}[)）]?[\s\u3000.．·・…]*$/;
/** Longest line read as scanned contents entries (a line may hold three run together). */
const MAX_SCANNED_LINE = 200;
/** Unnumbered lines of one contents entry at most, before the line with its page number. */
const WRAP_MAX = 6;
/** Fewest numbered names under `目录` read as its list with no body repeating them. */
const MIN_NUMBERED_ITEMS = 3;
/**
 * The number a contents entry opens with, an arabic one without its punctuation (`1、总则`, `1 总则`
 * and `1总则` → `1`; `4.10法制保障` → `4.10`), a Chinese one in its form (`一、` and `一.` → `一、`;
 * `（三）` and `(三)` → `(三)`; `第二章`), or ''. A year (`2016年`) is no number here: an arabic
 * number is one or two digits, or parts joined by dots.
 */
const ITEM_NUMBER = /^[#>*\s\u3000]*(?:[-+][\s\u3000]+[>*\s\u3000]*)?(?:(\d{1,2}(?:[.．]\d{1,2}){0,3})(?:[.．、]|[\s\u3000]|(?=[\u3400-\u9fff]))|(第[一二三四五六七八九十百零〇\d]{1,4}[章节篇编])|([一二三四五六七八九十]{1,3})[、.．]|[（(]([一二三四五六七八九十]{1,3})[）)])/;
/**
 * The first two characters of a contents entry's name after its number (itemNumber), Markdown
 * emphasis, brackets and blanks skipped: `一、MobileRead…` → `Mo`, `## 第1章 绪　论` → `绪论`. ''
 * when the entry has no number.
 */
function itemName(raw: string): string {
  const m = ITEM_NUMBER.exec(raw);
  if (!m) return '';
  let out = '';
  for (let q = m[0].length; q < raw.length && out.length < 2; q++) {
    const c = raw[q];
    if (c === '*' || c === '_' || c === '[' || c === ']' || c === ' ' || c === '\u3000' || c === '\t') continue;
    out += c;
  }
  return out;
}
export function itemNumber(raw: string): string {
  const m = ITEM_NUMBER.exec(raw);
  if (!m) return '';
  if (m[3] !== undefined) return m[3] + '、';
  if (m[4] !== undefined) return '(' + m[4] + ')';
  return (m[1] ?? m[2] ?? '').replace(/．/g, '.');
}

/**
 * A statute's or a plan's division line: `第三章　法律责任`, `第二节 一般规定`, `第一编 总则`,
 * `第一分编 通则`, `第二篇 建设现代化产业体系` (short, no sentence). A plan's 篇 stands where a
 * code's 编 does, over its chapters.
 */
const DIVISION_LINE = /^[#>*\s\u3000]*第([一二三四五六七八九十百零〇两\d]{1,6})(分编|编|篇|章|节)(?![的规中之至、和或])[^。；;：:！？]{0,40}$/;
const DIVISION_RANK: Record<string, number> = { 编: 1, 篇: 1, 分编: 2, 章: 3, 节: 4 };

/**
 * Form 4: a list of a statute's divisions with nothing between them (`第一章 总则` / `第二章 …` /
 * `第三章 …`, with or without `目录` over it): a division opens a part that holds articles, so two
 * divisions of the same rank one right under the other (blank lines aside) are names in a table of
 * contents, not parts. The list is three lines or more, numbered on (a 节 may restart at 1 under a
 * new 章); it ends where the numbering of its highest rank starts again (the body's `第一章`).
 */
function detectDivisionLists(input: AnatomyInput, anatomy: Anatomy): void {
  const { text, layout } = input;
  const lines = layout.lines;
  const n = lines.length;
  const zone = anatomy.zone;
  const { contentStart: lcs, contentEnd: lce } = lines;
  const rankOf = new Int8Array(n);
  const ordOf = new Int32Array(n);
  let any = 0;
  for (let i = 0; i < n; i++) {
    if (lines.empty(i) || zone[i] !== 0 || lce[i] - lcs[i] > 50) continue;
    let p = lcs[i];
    while (p < lce[i] && p - lcs[i] < 6 && text.charCodeAt(p) !== 0x7b2c /* 第 */) p++;
    if (text.charCodeAt(p) !== 0x7b2c) continue;
    const m = DIVISION_LINE.exec(text.slice(lcs[i], lce[i]));
    if (!m) continue;
    const ord = /^\d+$/.test(m[1]) ? Number(m[1]) : parseChineseInteger(m[1]);
    if (!ord) continue;
    rankOf[i] = DIVISION_RANK[m[2]];
    ordOf[i] = ord;
    any++;
  }
  if (any < 3) return;
  const last = new Int32Array(5);
  const lastAt = new Int32Array(5);
  for (let i = 0; i < n; i++) {
    if (!rankOf[i]) continue;
    // the run: division lines one under another (blank lines between allowed), numbered on
    last.fill(0);
    lastAt.fill(0);
    const run: number[] = [];
    let top = 9;
    let pairs = 0;
    let prevRank = 0;
    let j = i;
    for (; j < n; j++) {
      if (lines.blank(j) || lines.zeroWidth(j)) continue;
      const r = rankOf[j];
      if (!r) break;
      const o = ordOf[j];
      if (run.length > 0) {
        // a higher rank since this rank's last line lets it start again at 1 (节 under a new 章)
        let higherSince = false;
        for (let q = 1; q < r; q++) if (last[q] > 0 && lastAt[q] > lastAt[r]) higherSince = true;
        const onward = last[r] === 0 ? true : o === last[r] + 1 || (o === 1 && higherSince);
        if (!onward || (r <= top && last[r] > 0 && o <= last[r])) break;
      }
      if (r === prevRank) pairs++;
      prevRank = r;
      last[r] = o;
      lastAt[r] = run.length + 1;
      if (r < top) top = r;
      run.push(j);
    }
    if (run.length >= 3 && pairs >= 1) {
      for (let k = run[0]; k <= run[run.length - 1]; k++) if (zone[k] === 0) zone[k] = Zone.Toc;
      // a `目录` line right above the list is its header
      let up = run[0] - 1;
      while (up >= 0 && lines.blank(up)) up--;
      if (up >= 0 && zone[up] === 0 && isTocHeader(tocKeyAt(text, lcs[up], lce[up]))) zone[up] = Zone.Toc;
    }
    i = Math.max(i, run[run.length - 1]);
  }
}

/** A division marker anywhere in a line: `第二章`, `第3节`, `第一编`. */
const DIVISION_MARK = /第([一二三四五六七八九十百零〇两\d]{1,6})(分编|编|篇|章|节)/g;
/**
 * What may stand between two divisions named on one line: the name (no clause mark, at most 30
 * characters), then the articles it holds (`（第1-3条）`, `(第一条至第五条)`) or a page number after
 * dot leaders, nothing else.
 */
const LINE_ITEM = /^[\s\u3000]*[^\s\u3000。；;：:！？，,、（）()](?:[\s\u3000]*[^\s\u3000。；;：:！？，,、（）()]){0,29}(?:[\s\u3000]*[（(]第?[一二三四五六七八九十百零〇\d]{1,6}条?[\s\u3000]*[-－—–~～至到、][\s\u3000]*第?[一二三四五六七八九十百零〇\d]{1,6}条[）)]|[\s\u3000]*[.．·…]*[\s\u3000]*\d{1,3})?[\s\u3000]*$/;
/** Longest line read as a list of divisions written on one line. */
const MAX_DIVISION_LINE = 400;

/**
 * Form 5: a statute's chapters named on one line (`第一章 总则（第1-3条）第二章 职责（第4-9条）第三章 …`,
 * `第一章　总　　则　第二章　…`), as a PDF conversion or a page keeps the contents of a law: three divisions of
 * one rank or more, numbered on from the line's start, with nothing between them but each one's
 * name, letter-spaced or not (and the articles or the page it covers). A division opens a part that
 * holds articles; three named one after the other on one line open none, so the line is a table of
 * contents, not the first chapter with the rest for a title. A flattened law (`第一章 总则第一条 为了……`) has
 * its articles' sentences between its chapters and stays the body.
 */
function detectDivisionLines(input: AnatomyInput, anatomy: Anatomy): void {
  const { text, layout } = input;
  const lines = layout.lines;
  const n = lines.length;
  const zone = anatomy.zone;
  const { contentStart: lcs, contentEnd: lce } = lines;
  for (let i = 0; i < n; i++) {
    if (lines.empty(i) || zone[i] !== 0 || lce[i] - lcs[i] > MAX_DIVISION_LINE) continue;
    let p = lcs[i];
    while (p < lce[i] && p - lcs[i] < 6 && text.charCodeAt(p) !== 0x7b2c /* 第 */) p++;
    if (text.charCodeAt(p) !== 0x7b2c) continue;
    const s = text.slice(lcs[i], lce[i]);
    // only Markdown marks and blanks before the first division (`## 第一章 …` as DIVISION_LINE allows)
    if (!/^[#>*\s\u3000]*$/.test(s.slice(0, p - lcs[i]))) continue;
    DIVISION_MARK.lastIndex = p - lcs[i];
    let rank = 0;
    let count = 0;
    let prevOrd = 0;
    let itemFrom = -1;
    let ok = true;
    for (let m = DIVISION_MARK.exec(s); m; m = DIVISION_MARK.exec(s)) {
      if (count === 0 && m.index !== p - lcs[i]) { ok = false; break; }
      const ord = /^\d+$/.test(m[1]) ? Number(m[1]) : parseChineseInteger(m[1]);
      if (!ord) { ok = false; break; }
      const r = DIVISION_RANK[m[2]];
      // another rank, or a number that does not go on, ends the list where it stands
      if (count > 0 && (r !== rank || ord !== prevOrd + 1)) { ok = false; break; }
      if (count > 0 && !LINE_ITEM.test(s.slice(itemFrom, m.index))) { ok = false; break; }
      rank = r;
      prevOrd = ord;
      count++;
      itemFrom = m.index + m[0].length;
    }
    if (!ok || count < 3 || !LINE_ITEM.test(s.slice(itemFrom))) continue;
    zone[i] = Zone.Toc;
    // a `目录` line right above the list is its header
    let up = i - 1;
    while (up >= 0 && lines.blank(up)) up--;
    if (up >= 0 && zone[up] === 0 && isTocHeader(tocKeyAt(text, lcs[up], lce[up]))) zone[up] = Zone.Toc;
  }
}

/** `1.` `1．` `1、` `（1）` `(1)`, `一、` `（一）` `(一)` at the start of a summary item. */
const ITEM_MARK = /^(?:[0-9]{1,2}\s*[.．、]|[（(][0-9]{1,2}[）)]|[一二三四五六七八九十]{1,3}\s*[、.．]|[（(][一二三四五六七八九十]{1,3}[）)])\s*/;
/** A line the summary key is read from: at most this long. */
const MAX_SUMMARY_LINE = 120;

/**
 * A line's summary key: its words without a Markdown prefix, a leading item number, spaces, and
 * anything after the first `：；:;。` (a summary adds a phrase after the part's name:
 * `4.借你吉言：福暖四季；` names the part `4. 借你吉言`). Empty when nothing is left.
 */
export function summaryKey(raw: string): string {
  // (a page kept as HTML opens its paragraphs with their tags: `<p>（一）…；</p>`)
  let s = raw.replace(/^(?:\s*<[a-zA-Z][^<>]{0,40}>)+/, '').replace(/^[#>*+\-\s]+/, '');
  const m = ITEM_MARK.exec(s);
  if (m) s = s.slice(m[0].length);
  let cut = s.length;
  for (let k = 0; k < s.length; k++) if ('：；:;。'.includes(s[k])) { cut = k; break; }
  s = s.slice(0, cut).replace(/[\s\u3000*_]+/g, '');
  return s.length >= 4 ? s : '';
}

/**
 * Form 3: a numbered summary at the head of a programme or a compilation (`本期节目主要内容：`
 * `1.…；2.…；`) whose items come back below, in order, as the parts themselves (often with the
 * phrase after a colon left off, and sub-items as unnumbered subheads). It names the parts and
 * opens none. A list of attachments (`附件：1.…`) is left to the attachment reading.
 */
function detectSummaryLists(input: AnatomyInput, anatomy: Anatomy, longBefore: Int32Array): void {
  const { text, layout } = input;
  const lines = layout.lines;
  const n = lines.length;
  const zone = anatomy.zone;
  // First, cheaply: is there a block of three numbered short lines at all? (Most texts have none.)
  const numbered = new Uint8Array(n);
  let from = -1;
  let streak = 0;
  let streakStart = -1;
  const { contentStart: lcs, contentEnd: lce } = lines;
  for (let i = 0; i < n; i++) {
    if (lines.empty(i)) continue;
    if (zone[i] === 0 && lce[i] - lcs[i] <= MAX_SUMMARY_LINE && opensWithItemNumber(text, lcs[i], lce[i])) {
      numbered[i] = 1;
      if (streak++ === 0) streakStart = i;
      if (streak === 3 && from < 0) from = streakStart;
    } else streak = 0;
  }
  if (from < 0) return;
  const gid = new Int32Array(n).fill(-1);
  const groups = newLineGroups();
  for (let i = from; i < n; i++) {
    const L = lines.at(i);
    if (L.blank || L.zeroWidth || zone[i] !== 0) continue;
    // (a part may open a long paragraph with its number and name, the talk running on after the
    // name's full stop: `（一）如何对待…。这个问题…`; its key is read from the paragraph's opening)
    let end = L.contentEnd;
    if (end - L.contentStart > MAX_SUMMARY_LINE) {
      if (!opensWithItemNumber(text, L.contentStart, end)) continue;
      end = L.contentStart + MAX_SUMMARY_LINE;
    }
    const k = summaryKey(text.slice(L.contentStart, end));
    if (k) gid[i] = groupOf(groups, k);
    else numbered[i] = 0;
  }
  const nextOf = occurrences(gid, groups.count);
  let ownSection: ((first: number, last: number) => boolean) | undefined;
  for (let i = 0; i < n; i++) {
    if (!numbered[i] || gid[i] < 0) continue;
    // the block: numbered items one under another (blank lines allowed)
    // (it ends at a Markdown heading, and where an item comes back: the parts themselves begin)
    let j = i;
    let items = 0;
    let last = i;
    const inBlock = new Set<number>();
    while (j < n) {
      const L = lines.at(j);
      if (L.blank || L.zeroWidth) { j++; continue; }
      // an item's words broken onto a line of their own (`7.…秦岭站：` / `崛起于冰原之上；`)
      const endCode = text.charCodeAt(L.contentEnd - 1);
      if (!numbered[j] && items > 0 && zone[j] === 0 && L.contentEnd - L.contentStart <= MAX_SUMMARY_LINE && (endCode === 0xff1b || endCode === 0x3b) && text.charCodeAt(lines.contentEnd[last] - 1) === 0xff1a) { last = j; j++; continue; }
      if (!numbered[j] || gid[j] < 0 || text.charCodeAt(L.contentStart) === 0x23 || inBlock.has(gid[j])) break;
      inBlock.add(gid[j]);
      items++;
      last = j;
      j++;
    }
    if (items >= 3 && !afterAttachmentLabel(text, lines, i)) {
      // every item comes back after the block, in order, with running text between the first and the last
      // (a bracketed sub-item may be told in running text below rather than as a part of its own)
      let pos = last;
      let firstHit = -1;
      let ok = true;
      // (and a part's heading may keep fewer words than its summary: one item in five may be missed)
      let hits = 0;
      let misses = 0;
      let main = 0;
      for (let k = i; k <= last && ok; k++) {
        if (gid[k] < 0 || !numbered[k]) continue;
        const sub = opensWithBracket(text, lines.contentStart[k], lines.contentEnd[k]);
        if (!sub) main++;
        const q = nextOf(gid[k], pos);
        if (q >= 0) { if (firstHit < 0) firstHit = q; pos = q; hits++; }
        else if (!sub) misses++;
      }
      ok = misses * 5 <= main && !(ownSection ??= summarySections(text, lines))(i, last);
      if (ok && hits >= 3 && longBefore[pos] > longBefore[firstHit]) {
        for (let k = i; k <= last; k++) if (zone[k] === 0) zone[k] = Zone.Toc;
      }
    }
    i = last;
  }
}

/** The rank of a Markdown ATX heading line (`## 新闻摘要` → 2), else 0. */
function atxRank(text: string, lines: LineTable, li: number): number {
  const a = lines.contentStart[li];
  const e = lines.contentEnd[li];
  let p = a;
  while (p < e && p - a < 6 && text.charCodeAt(p) === 0x23) p++;
  return p > a && p < e && text.charCodeAt(p) === 32 ? p - a : 0;
}

/**
 * A summary that is a part of the document in its own right (a programme's `## 新闻摘要`: the
 * headlines the anchors read out, over `本期节目主要内容：` and the list, then `## 详细新闻` over the
 * stories): it stands between a Markdown heading and the next heading of that same rank, which is no
 * item said again (`## 1. …`), with nothing but short lines between them (no running text). Its
 * items are then the numbered points of that part, not a table of contents. One pass makes the
 * tables; `of(first, last)` answers for a block.
 */
function summarySections(text: string, lines: LineTable): (first: number, last: number) => boolean {
  const n = lines.length;
  const prev = new Int32Array(n).fill(-1);
  const next = new Int32Array(n).fill(-1);
  const rank = new Uint8Array(n);
  const longUpTo = new Int32Array(n + 1);
  let h = -1;
  for (let i = 0; i < n; i++) {
    const r = lines.blank(i) ? 0 : atxRank(text, lines, i);
    rank[i] = r;
    if (r) h = i;
    prev[i] = h;
    longUpTo[i + 1] = longUpTo[i] + (lines.contentEnd[i] - lines.contentStart[i] > MAX_SUMMARY_LINE ? 1 : 0);
  }
  h = -1;
  for (let i = n - 1; i >= 0; i--) {
    if (rank[i]) h = i;
    next[i] = h;
  }
  return (first, last) => {
    const above = prev[first];
    const below = last + 1 < n ? next[last + 1] : -1;
    if (above < 0 || below < 0 || rank[above] !== rank[below]) return false;
    if (longUpTo[below] - longUpTo[above] > 0) return false;
    // (a section named 目录 / contents is a table of contents whatever follows it)
    const name = text.slice(lines.contentStart[above] + rank[above], lines.contentEnd[above]).replace(/[\s\u3000*#]+/g, '');
    if (/^(目录|目錄|索引|contents?|toc)$/i.test(name)) return false;
    let p = lines.contentStart[below] + rank[below];
    while (text.charCodeAt(p) === 32) p++;
    return !opensWithItemNumber(text, p, lines.contentEnd[below]);
  };
}

/** The list's first item, or the line above it, is an attachment label (`附件：`, `附件：1.…`). */
function afterAttachmentLabel(text: string, lines: LineTable, i: number): boolean {
  const starts = (li: number): boolean => {
    const L = lines.at(li);
    let p = L.contentStart;
    while (p < L.contentEnd && (text[p] === '#' || text[p] === ' ' || text[p] === '*')) p++;
    return text.startsWith('附件', p) || text.startsWith('附　件', p) || text.startsWith('附 件', p);
  };
  if (starts(i)) return true;
  let up = i - 1;
  while (up >= 0 && lines.blank(up)) up--;
  return up >= 0 && starts(up);
}

/**
 * 一 to 十 by code (NaN, past the text's end, is none): read at the start of every short line, where
 * a one-character string a line was made to look the character up.
 */
function isOneToTenCode(c: number): boolean {
  return c === 0x4e00 || c === 0x4e8c || c === 0x4e09 || c === 0x56db || c === 0x4e94 || c === 0x516d || c === 0x4e03 || c === 0x516b || c === 0x4e5d || c === 0x5341;
}

/** A line opening (after a Markdown prefix) with `1.` `12、` `（3）` — char codes, no string. */
function opensWithItemNumber(text: string, a: number, e: number): boolean {
  let p = a;
  // (a page kept as HTML: the paragraph's opening tag, `<p>`, `<p class="…">`, before the number)
  for (let guard = 0; guard < 3 && text.charCodeAt(p) === 0x3c && isAsciiLetter(text.charCodeAt(p + 1)); guard++) {
    const q = text.indexOf('>', p);
    if (q < 0 || q >= e || q - p > 40) break;
    p = q + 1;
  }
  const b = p;
  while (p < e && p - b < 8) {
    const c = text.charCodeAt(p);
    if (c === 0x23 || c === 0x3e || c === 0x2a || c === 0x2b || c === 0x2d || c === 32) p++;
    else break;
  }
  const c = text.charCodeAt(p);
  const digit = (q: number): boolean => { const d = text.charCodeAt(q); return d >= 48 && d <= 57; };
  // (a speech's preview of its parts: `（一）…；` `（二）…；` or `一、…；` over the parts themselves)
  const cn = (q: number): boolean => isOneToTenCode(text.charCodeAt(q));
  if (c === 0xff08 || c === 0x28) {
    if (digit(p + 1)) return true;
    let q = p + 1;
    while (q < e && q - p <= 3 && cn(q)) q++;
    return q > p + 1 && (text.charCodeAt(q) === 0xff09 || text.charCodeAt(q) === 0x29);
  }
  if (cn(p)) {
    let q = p;
    while (q < e && q - p < 3 && cn(q)) q++;
    const d = text.charCodeAt(q);
    return d === 0x3001 || d === 0x2e || d === 0xff0e;
  }
  if (!digit(p)) return false;
  const q = digit(p + 1) ? p + 2 : p + 1;
  const d = text.charCodeAt(q);
  return d === 0x2e || d === 0xff0e || d === 0x3001;
}

function opensWithBracket(text: string, a: number, e: number): boolean {
  let p = a;
  if (text.charCodeAt(p) === 0x3c) { const q = text.indexOf('>', p); if (q > p && q < e && q - p <= 40) p = q + 1; }
  while (p < e && (text.charCodeAt(p) === 32 || text.charCodeAt(p) === 0x3000)) p++;
  const c = text.charCodeAt(p);
  return c === 0xff08 || c === 0x28;
}

/**
 * Where each group occurs, in line order (`gid[i]` is line i's group, -1 for none; `count[g]` its
 * size): returns the first line after `after` in group g, or -1 (binary search in the sorted occurrences).
 */
function occurrences(gid: Int32Array, count: ArrayLike<number>): (g: number, after: number) => number {
  const groups = count.length;
  const first = new Int32Array(groups + 1);
  for (let g = 0; g < groups; g++) first[g + 1] = first[g] + count[g];
  const fill = first.slice(0, groups);
  const occ = new Int32Array(first[groups]);
  for (let i = 0; i < gid.length; i++) if (gid[i] >= 0) occ[fill[gid[i]]++] = i;
  return (g, after) => {
    let lo = first[g], hi = first[g + 1];
    const end = hi;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (occ[mid] <= after) lo = mid + 1; else hi = mid; }
    return lo < end ? occ[lo] : -1;
  };
}
