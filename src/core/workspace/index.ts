/**
 * The workspace's heading index (issue 12): every document's headings, kept small enough for a
 * folder of a thousand speeches, and searched the way Chinese is searched — the query as a
 * substring anywhere in a heading (its marker included: `（三）`), ignoring spaces, letter case
 * and full/half-width differences (`ＧＤＰ` = `GDP`, `（三）` = `(三)`).
 *
 * Only headings are kept, never texts, and no object per heading: per document one string of
 * display names, one Int32Array of numbers and one search string (the names folded and joined),
 * which a query scans with `indexOf` — linear in the index's size. A few objects per document
 * keep garbage collection cheap on a heap holding 1,000 documents' headings. Pure: no `vscode`,
 * no I/O.
 */
import type { Heading, MarkerFamily, Outline } from '../types';
import { headingName } from '../outline/tree';
import { lastAtOrBefore, positionAt } from '../text/lines';
import { FAMILIES } from '../outline/rows';

/**
 * Ints per heading: level, parent (-1 at the top), family index, selection start line/col and end
 * line/col, folded marker length, offset of the folded name in `search`, offset of the name in `names`.
 */
export const HEADING_INTS = 10;

/** One document's headings, in document order: what crosses from the worker and what the index keeps. */
export interface FileHeadings {
  /** Display names (the heading as written, marker and title, spaces collapsed), joined by `\n`. */
  names: string;
  /** `HEADING_INTS` per heading. */
  ints: Int32Array;
  /** The names folded for search (`foldForSearch`), joined by `\n`. */
  search: string;
}

/** A heading found by a query. */
export interface HeadingHit {
  /** The document's key (the caller's: a URI string or a path). */
  file: string;
  /** Index of the heading in its document. */
  index: number;
  name: string;
  /** The parent heading's display name, if any. */
  parent: string | undefined;
  level: number;
  family: MarkerFamily;
  /** Selection (the heading's marker and title): zero-based line and UTF-16 column. */
  line: number;
  col: number;
  endLine: number;
  endCol: number;
  /** 0: the title (or the name, marker included) starts with the query; 1: the query is inside it. */
  rank: number;
  /** Where the query matched in `name` (UTF-16 offsets, end exclusive). */
  matchStart: number;
  matchEnd: number;
}

/** What search ignores: whitespace of every kind (ASCII, ideographic space U+3000, NBSP…), control characters, zero-width space and BOM. */
const DROP = /[\s\u0000-\u001f\u200b\ufeff]+/g;
const DROP_ONE = /^[\s\u0000-\u001f\u200b\ufeff]$/;
const WIDE = /[\uff01-\uff5e]/g;

/**
 * Folds a string for search: drops whitespace (ASCII, ideographic space U+3000, NBSP…), maps
 * full-width ASCII forms (U+FF01–U+FF5E) to their ASCII counterparts, lower-cases. With
 * `map`, records for each output character the index of the input character it came from.
 */
export function foldForSearch(s: string, map?: number[]): string {
  if (!map) {
    const dropped = s.replace(DROP, '');
    const narrow = dropped.replace(WIDE, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
    const lower = narrow.toLowerCase();
    // A character whose lower case is longer (rare outside Chinese text): the slow path keeps it as is.
    if (lower.length === narrow.length) return lower;
  }
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (DROP_ONE.test(ch)) continue;
    let c = ch.charCodeAt(0);
    if (c >= 0xff01 && c <= 0xff5e) c -= 0xfee0;
    const lower = String.fromCharCode(c).toLowerCase();
    out += lower.length === 1 ? lower : String.fromCharCode(c);
    map?.push(i);
  }
  return out;
}

/** Separates headings in the joined strings: never part of a name or a folded query. */
const SEP = '\n';

export function headingCount(h: FileHeadings): number {
  return Math.floor(h.ints.length / HEADING_INTS);
}

/** The display name of heading `i`. */
export function headingNameAt(h: FileHeadings, i: number): string {
  const n = headingCount(h);
  if (i < 0 || i >= n) return '';
  const from = h.ints[i * HEADING_INTS + 9];
  const to = i + 1 < n ? h.ints[(i + 1) * HEADING_INTS + 9] - 1 : h.names.length;
  return h.names.slice(from, to);
}

/** Every display name, in order. */
export function headingNames(h: FileHeadings): string[] {
  const out: string[] = [];
  for (let i = 0; i < headingCount(h); i++) out.push(headingNameAt(h, i));
  return out;
}

/**
 * The headings of one parsed document, in a form that crosses a thread boundary cheaply (two
 * strings and one buffer). Never throws: a malformed heading is left out.
 */
export function fileHeadings(text: string, outline: Outline): FileHeadings {
  const hs = outline.headings;
  const ints = new Int32Array(hs.length * HEADING_INTS);
  const familyIndex = new Map(FAMILIES.map((f, i) => [f, i]));
  const kept = new Int32Array(hs.length).fill(-1);
  const lineStarts = outline.lineStarts.length ? outline.lineStarts : [0];
  let n = 0;
  const names: string[] = [];
  const folded: string[] = [];
  let namesLength = 0;
  let searchLength = 0;
  for (let i = 0; i < hs.length; i++) {
    const h: Heading = hs[i];
    try {
      const start = Math.max(0, Math.min(h.start, text.length));
      const end = Math.max(start, Math.min(h.titleEnd, text.length));
      const a = positionAt(lineStarts, start);
      const b = positionAt(lineStarts, end);
      const name = headingName(text, h).replace(/[\r\n]/g, ' ');
      const fold = foldForSearch(name);
      const k = n * HEADING_INTS;
      ints[k] = h.level;
      ints[k + 1] = h.parent !== null && h.parent >= 0 && h.parent < i ? kept[h.parent] : -1;
      ints[k + 2] = familyIndex.get(h.family) ?? 1;
      ints[k + 3] = a.line;
      ints[k + 4] = a.col;
      ints[k + 5] = b.line;
      ints[k + 6] = b.col;
      ints[k + 7] = foldForSearch(h.marker).length;
      ints[k + 8] = searchLength;
      ints[k + 9] = namesLength;
      searchLength += fold.length + 1;
      namesLength += name.length + 1;
      names.push(name);
      folded.push(fold);
      kept[i] = n++;
    } catch {
      // left out
    }
  }
  return { names: names.join(SEP), ints: n === hs.length ? ints : ints.slice(0, n * HEADING_INTS), search: folded.join(SEP) };
}

interface Entry {
  headings: FileHeadings;
  /** Offset of each heading's folded name in `headings.search`. */
  starts: Int32Array;
}

export interface SearchOptions {
  /** Hits at most (the best ranked are kept). Default 500. */
  limit?: number;
  /** Checked between documents: stop early (a cancelled request). */
  cancelled?: () => boolean;
}

/** The workspace's headings by document. */
export class HeadingIndex {
  private readonly files = new Map<string, Entry>();
  private headingTotal = 0;
  /** Keys in order, made again after a document is added or removed. */
  private sorted: string[] | undefined;

  get size(): number {
    return this.files.size;
  }

  /** Headings in the whole index. */
  get headings(): number {
    return this.headingTotal;
  }

  has(file: string): boolean {
    return this.files.has(file);
  }

  keys(): IterableIterator<string> {
    return this.files.keys();
  }

  get(file: string): FileHeadings | undefined {
    return this.files.get(file)?.headings;
  }

  /** Documents in key order (cached). */
  orderedKeys(): readonly string[] {
    return (this.sorted ??= [...this.files.keys()].sort());
  }

  /** @internal for HeadingSearch */
  entry(file: string): Entry | undefined {
    return this.files.get(file);
  }

  set(file: string, headings: FileHeadings): void {
    const isNew = !this.files.has(file);
    this.delete(file);
    const count = headingCount(headings);
    const starts = new Int32Array(count);
    for (let i = 0; i < count; i++) starts[i] = headings.ints[i * HEADING_INTS + 8];
    this.files.set(file, { headings, starts });
    this.headingTotal += count;
    if (isNew) this.sorted = undefined;
  }

  delete(file: string): boolean {
    const old = this.files.get(file);
    if (!old) return false;
    this.headingTotal -= old.starts.length;
    this.sorted = undefined;
    return this.files.delete(file);
  }

  /** Removes every document whose key starts with `prefix` (a deleted folder). */
  deletePrefix(prefix: string): number {
    let n = 0;
    for (const key of [...this.files.keys()]) if (key.startsWith(prefix) && this.delete(key)) n++;
    return n;
  }

  clear(): void {
    this.sorted = undefined;
    this.files.clear();
    this.headingTotal = 0;
  }

  /**
   * Headings whose name contains the query (folded as `foldForSearch`), best first: the title
   * (or the whole name) starting with the query before a match inside it, then higher levels,
   * then documents in key order and headings in document order. An empty query gives the
   * top-level headings.
   */
  search(query: string, options: SearchOptions = {}): HeadingHit[] {
    const s = new HeadingSearch(this, query, options.limit);
    while (!s.step(64)) if (options.cancelled?.()) break;
    return s.result();
  }
}

/**
 * One query, run a slice of documents at a time (`step`), so a caller on a busy thread can yield
 * between slices; `result()` gives the best hits of what was scanned.
 */
export class HeadingSearch {
  private readonly q: string;
  private readonly limit: number;
  private readonly keys: readonly string[];
  private next = 0;
  // Candidates packed four ints each (document, heading, offset, rank × 64 + level): a common query
  // can match a large share of all headings, and only the kept ones become objects.
  private found = new Int32Array(4 * 256);
  private count = 0;

  constructor(
    private readonly headings: HeadingIndex,
    query: string,
    limit = 500,
  ) {
    this.q = foldForSearch(typeof query === 'string' ? query : '');
    this.limit = Math.max(0, limit);
    this.keys = headings.orderedKeys();
  }

  /** Scans up to `documents` more documents; true when all are scanned. */
  step(documents: number): boolean {
    const q = this.q;
    const stop = Math.min(this.keys.length, this.next + Math.max(1, documents));
    for (; this.next < stop; this.next++) {
      const entry = this.headings.entry(this.keys[this.next]);
      if (!entry) continue;
      const { ints, search } = entry.headings;
      const starts = entry.starts;
      if (!q) {
        for (let i = 0; i < starts.length; i++) if (ints[i * HEADING_INTS] <= 1) this.push(ints, i, 0, 0);
        continue;
      }
      let from = 0;
      while (from <= search.length - q.length) {
        const found = search.indexOf(q, from);
        if (found < 0) break;
        const i = lastAtOrBefore(starts, found); // the heading whose folded name holds the match
        const start = starts[i];
        const markerLen = ints[i * HEADING_INTS + 7];
        this.push(ints, i, found === start || found === start + markerLen ? 0 : 1, found - start);
        // One hit per heading: go on from the next heading.
        from = i + 1 < starts.length ? starts[i + 1] : search.length;
      }
    }
    return this.next >= this.keys.length;
  }

  private push(ints: Int32Array, i: number, rank: number, offset: number): void {
    if (4 * (this.count + 1) > this.found.length) {
      const grown = new Int32Array(this.found.length * 2);
      grown.set(this.found);
      this.found = grown;
    }
    const k = 4 * this.count++;
    this.found[k] = this.next;
    this.found[k + 1] = i;
    this.found[k + 2] = offset;
    this.found[k + 3] = rank * 64 + Math.max(0, Math.min(63, ints[i * HEADING_INTS]));
  }

  /** The best hits so far, stably ordered by rank and level. */
  result(): HeadingHit[] {
    const f = this.found;
    // Counting sort on rank × 64 + level: where each key's candidates start in the order.
    const counts = new Int32Array(129);
    for (let c = 0; c < this.count; c++) counts[f[4 * c + 3] + 1]++;
    for (let key = 1; key < counts.length; key++) counts[key] += counts[key - 1];
    const kept = Math.min(this.limit, this.count);
    const order = new Int32Array(kept);
    for (let c = 0; c < this.count; c++) {
      const at = counts[f[4 * c + 3]]++;
      if (at < kept) order[at] = c;
    }
    const out: HeadingHit[] = [];
    for (let n = 0; n < kept; n++) {
      const k = 4 * order[n];
      const file = this.keys[f[k]];
      const entry = this.headings.entry(file);
      if (entry) out.push(hit(file, entry.headings, f[k + 1], f[k + 3] >= 64 ? 1 : 0, f[k + 2], this.q.length));
    }
    return out;
  }
}


function hit(file: string, h: FileHeadings, i: number, rank: number, foldedAt: number, foldedLen: number): HeadingHit {
  const { ints } = h;
  const k = i * HEADING_INTS;
  const parent = ints[k + 1];
  const name = headingNameAt(h, i);
  let matchStart = 0;
  let matchEnd = 0;
  if (foldedLen > 0) {
    const map: number[] = [];
    foldForSearch(name, map);
    matchStart = map[foldedAt] ?? 0;
    matchEnd = (map[foldedAt + foldedLen - 1] ?? matchStart) + 1;
  }
  return {
    file,
    index: i,
    name,
    parent: parent >= 0 && parent < i ? headingNameAt(h, parent) : undefined,
    level: ints[k],
    family: FAMILIES[ints[k + 2]] ?? 'md',
    line: ints[k + 3],
    col: ints[k + 4],
    endLine: ints[k + 5],
    endCol: ints[k + 6],
    rank,
    matchStart,
    matchEnd,
  };
}

/**
 * The name to show for a hit so that a filter which matches the typed query character by
 * character (VS Code's Go to Symbol in Workspace keeps only items whose name contains the
 * query's characters in order, after lower-casing) keeps it: when the matched part of the name
 * is written differently from the query (full-width `（三）` for a typed `(三)`, spaces inside),
 * that part is shown as typed. Otherwise the name as written.
 */
export function nameForQuery(hit: HeadingHit, query: string): string {
  if (hit.matchEnd <= hit.matchStart) return hit.name;
  const written = hit.name.slice(hit.matchStart, hit.matchEnd);
  const typed = query.trim();
  if (!typed || written.toLowerCase() === typed.toLowerCase()) return hit.name;
  return hit.name.slice(0, hit.matchStart) + typed + hit.name.slice(hit.matchEnd);
}
