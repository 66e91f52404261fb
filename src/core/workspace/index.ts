/**
 * The workspace's heading index (issue 12): every document's headings, kept small enough for a
 * folder of a thousand speeches, and searched the way Chinese is searched — the query as a
 * substring anywhere in a heading (its marker included: `（三）`), ignoring spaces, letter case
 * and full/half-width differences (`ＧＤＰ` = `GDP`, `（三）` = `(三)`).
 *
 * Only headings are kept, never texts: per document one array of display names, one Int32Array
 * of numbers and one search string (the names normalised and joined), which a query scans with
 * `indexOf` — linear in the index's size, no per-heading objects. Pure: no `vscode`, no I/O.
 */
import type { Heading, MarkerFamily, Outline } from '../types';
import { headingName } from '../outline/tree';
import { positionAt } from '../text/lines';
import { FAMILIES } from '../outline/rows';

/** Ints per heading: level, parent (-1 at the top), family index, selection start line/col and end line/col, normalised marker length. */
export const HEADING_INTS = 8;

/** One document's headings, in document order: what crosses from the worker and what the index keeps. */
export interface FileHeadings {
  /** Display names: the heading as written (marker and title), spaces collapsed. */
  names: string[];
  /** `HEADING_INTS` per heading. */
  ints: Int32Array;
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

/**
 * Folds a string for search: drops whitespace (ASCII, ideographic space U+3000, NBSP…), maps
 * full-width ASCII forms (U+FF01–U+FF5E) to their ASCII counterparts, lower-cases. With
 * `map`, records for each output character the index of the input character it came from.
 */
export function foldForSearch(s: string, map?: number[]): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c <= 0x20 || c === 0x3000 || c === 0xa0 || c === 0x200b || c === 0xfeff || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029) continue;
    if (c >= 0xff01 && c <= 0xff5e) c -= 0xfee0;
    if (c >= 0x41 && c <= 0x5a) c += 0x20;
    else if (c > 0x7f && c < 0xd800) {
      // Other letters with case (Latin-1 and beyond): one character in, one out.
      const lower = String.fromCharCode(c).toLowerCase();
      if (lower.length === 1) c = lower.charCodeAt(0);
    }
    out += String.fromCharCode(c);
    map?.push(i);
  }
  return out;
}

/**
 * The headings of one parsed document, in a form that crosses a thread boundary (names and one
 * buffer). Never throws: a malformed heading is left out.
 */
export function fileHeadings(text: string, outline: Outline): FileHeadings {
  const hs = outline.headings;
  const names: string[] = [];
  const ints = new Int32Array(hs.length * HEADING_INTS);
  const familyIndex = new Map(FAMILIES.map((f, i) => [f, i]));
  const kept = new Int32Array(hs.length).fill(-1);
  const lineStarts = outline.lineStarts.length ? outline.lineStarts : [0];
  let n = 0;
  for (let i = 0; i < hs.length; i++) {
    const h: Heading = hs[i];
    try {
      const start = Math.max(0, Math.min(h.start, text.length));
      const end = Math.max(start, Math.min(h.titleEnd, text.length));
      const a = positionAt(lineStarts, start);
      const b = positionAt(lineStarts, end);
      const k = n * HEADING_INTS;
      const parent = h.parent !== null && h.parent >= 0 && h.parent < i ? kept[h.parent] : -1;
      ints[k] = h.level;
      ints[k + 1] = parent;
      ints[k + 2] = familyIndex.get(h.family) ?? 1;
      ints[k + 3] = a.line;
      ints[k + 4] = a.col;
      ints[k + 5] = b.line;
      ints[k + 6] = b.col;
      ints[k + 7] = foldForSearch(h.marker).length;
      names.push(headingName(text, h));
      kept[i] = n++;
    } catch {
      // left out
    }
  }
  return { names, ints: n === hs.length ? ints : ints.slice(0, n * HEADING_INTS) };
}

/** Separates headings in a document's search string: never part of a folded query (whitespace is dropped). */
const SEP = '\n';

interface Entry {
  headings: FileHeadings;
  /** Folded names joined by SEP. */
  search: string;
  /** Offset of each heading's folded name in `search`. */
  starts: Int32Array;
}

export interface SearchOptions {
  /** Hits at most (the best ranked are kept). Default 500. */
  limit?: number;
  /** Said yes to between documents: stop early (a cancelled request). */
  cancelled?: () => boolean;
}

/** The workspace's headings by document. */
export class HeadingIndex {
  private readonly files = new Map<string, Entry>();
  private headingCount = 0;

  get size(): number {
    return this.files.size;
  }

  /** Headings in the whole index. */
  get headings(): number {
    return this.headingCount;
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

  set(file: string, headings: FileHeadings): void {
    this.delete(file);
    const starts = new Int32Array(headings.names.length);
    let search = '';
    for (let i = 0; i < headings.names.length; i++) {
      if (i) search += SEP;
      starts[i] = search.length;
      search += foldForSearch(headings.names[i]);
    }
    this.files.set(file, { headings, search, starts });
    this.headingCount += headings.names.length;
  }

  delete(file: string): boolean {
    const old = this.files.get(file);
    if (!old) return false;
    this.headingCount -= old.headings.names.length;
    return this.files.delete(file);
  }

  /** Removes every document whose key starts with `prefix` (a deleted folder). */
  deletePrefix(prefix: string): number {
    let n = 0;
    for (const key of [...this.files.keys()]) if (key.startsWith(prefix) && this.delete(key)) n++;
    return n;
  }

  clear(): void {
    this.files.clear();
    this.headingCount = 0;
  }

  /**
   * Headings whose name contains the query (folded as `foldForSearch`), best first: the title
   * (or the whole name) starting with the query before a match inside it, then higher levels,
   * then documents in key order and headings in document order. An empty query gives the
   * top-level headings.
   */
  search(query: string, options: SearchOptions = {}): HeadingHit[] {
    const limit = Math.max(0, options.limit ?? 500);
    const q = foldForSearch(query ?? '');
    const found: HeadingHit[] = [];
    const keys = [...this.files.keys()].sort();
    for (const file of keys) {
      if (options.cancelled?.()) break;
      const entry = this.files.get(file)!;
      const { ints, names } = entry.headings;
      if (!q) {
        for (let i = 0; i < names.length; i++) {
          if (ints[i * HEADING_INTS] <= 1) found.push(hit(file, entry, i, 0, 0, 0));
        }
        continue;
      }
      let from = 0;
      const { search, starts } = entry;
      while (from <= search.length - q.length) {
        const at = search.indexOf(q, from);
        if (at < 0) break;
        const i = headingAt(starts, at);
        const start = starts[i];
        const markerLen = ints[i * HEADING_INTS + 7];
        const rank = at === start || at === start + markerLen ? 0 : 1;
        found.push(hit(file, entry, i, rank, at - start, q.length));
        // One hit per heading: go on from the next heading.
        from = i + 1 < starts.length ? starts[i + 1] : search.length;
      }
    }
    found.sort((a, b) => a.rank - b.rank || a.level - b.level);
    if (found.length > limit) found.length = limit;
    return found;
  }
}

/** Index of the heading whose folded name contains offset `at` (last start ≤ at). */
function headingAt(starts: Int32Array, at: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function hit(file: string, entry: Entry, i: number, rank: number, foldedAt: number, foldedLen: number): HeadingHit {
  const { names, ints } = entry.headings;
  const k = i * HEADING_INTS;
  const parent = ints[k + 1];
  const name = names[i];
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
    parent: parent >= 0 && parent < names.length ? names[parent] : undefined,
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
