/**
 * The reader's corrections to the outline (issue 13): Not a Heading, Make Heading (at level N or
 * at the level of another heading), Promote, Demote (a part moves with its children) and Attach
 * to Previous Part. Pure: applied to the outline the engine built, they give an outline every view
 * reads as before (levels, parents, ranges, runs), and they never touch the text.
 *
 * A correction is anchored by its line's text and its neighbours, not by a line number, so it
 * survives edits above it and follows a line that moved. A correction whose line is gone (or
 * cannot be told apart from another) is dropped with a note, never applied to another line.
 *
 * Cost: one pass over the text to hash its lines (only when there are corrections), then per
 * correction one pass over the headings: O(text + corrections × headings); corrections are what a
 * reader clicks, and `MAX_CORRECTIONS` bounds them.
 */
import { relink } from './relink';
import { titleEndAt } from './titleEnd';
import type { Heading, Localized, Outline } from '../types';
import { matchLineStart } from './markers';
import { lastAtOrBefore } from '../text/lines';

export type CorrectionKind = 'not-heading' | 'make-heading' | 'promote' | 'demote' | 'attach-previous';

export const CORRECTION_KINDS: readonly CorrectionKind[] = ['not-heading', 'make-heading', 'promote', 'demote', 'attach-previous'];

/** Where a correction applies: a line known by its text and its neighbours. */
export interface Anchor {
  /** The line as written, without leading and trailing spaces, at most `ANCHOR_TEXT_MAX` characters (for people reading the sidecar). */
  text: string;
  /** Hash of the whole trimmed line (FNV-1a, 8 hex digits): the line's identity. */
  hash: string;
  /** Hash of the nearest non-blank line before it, `""` at the text's start. */
  before: string;
  /** Hash of the nearest non-blank line after it, `""` at the text's end. */
  after: string;
  /** Offset of the heading in the trimmed line (0 for a heading that opens its line; inline headings further on). */
  column: number;
  /** 0-based line where it stood when the correction was made: only chooses between equally good places. */
  line: number;
}

export interface Correction {
  kind: CorrectionKind;
  anchor: Anchor;
  /** `make-heading`: the level wanted (1 = top); a level deeper than the place allows is brought up. */
  level?: number;
  /** `make-heading`: the level of the heading at this anchor instead of `level`. */
  sameAs?: Anchor;
}

export type CorrectionNoteReason =
  | 'line-gone' // no line has the anchored text any more
  | 'ambiguous' // several lines have it and nothing tells them apart
  | 'not-a-heading' // the line is there but no heading stands at the anchored place
  | 'same-as-gone' // make-heading "same level as": that heading is gone
  | 'no-effect' // e.g. promoting a top-level heading: kept, but changes nothing
  | 'too-many'; // past MAX_CORRECTIONS

/** What happened to a correction that could not be applied. */
export interface CorrectionNote {
  /** Index of the correction in the list given. */
  index: number;
  reason: CorrectionNoteReason;
  /** True when the correction is dropped (its place is gone); false when kept but without effect. */
  dropped: boolean;
  message: Localized;
}

export const ANCHOR_TEXT_MAX = 80;
export const MAX_CORRECTIONS = 1000;

// ---------------------------------------------------------------- lines and anchors

function isTrimSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 0x3000 || c === 0xa0 || c === 0x200b || c === 0xfeff || c === 12 || c === 11 || c === 10 || c === 13;
}

function fnv(text: string, from: number, to: number): string {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** Each line's trimmed extent and hash; computed once per text that has corrections. */
export class LineIndex {
  readonly from: Int32Array;
  readonly to: Int32Array;
  readonly hashes: string[];
  /** Nearest non-blank line before / after each line, -1 when none. */
  private readonly prev: Int32Array;
  private readonly next: Int32Array;
  private byHash: Map<string, number[]> | undefined;

  constructor(readonly text: string, readonly lineStarts: readonly number[]) {
    const n = lineStarts.length;
    this.from = new Int32Array(n);
    this.to = new Int32Array(n);
    this.hashes = new Array<string>(n);
    for (let i = 0; i < n; i++) {
      let a = lineStarts[i];
      let b = i + 1 < n ? lineStarts[i + 1] : text.length;
      while (b > a && isTrimSpace(text.charCodeAt(b - 1))) b--;
      while (a < b && isTrimSpace(text.charCodeAt(a))) a++;
      this.from[i] = a;
      this.to[i] = b;
      this.hashes[i] = b > a ? fnv(text, a, b) : '';
    }
    this.prev = new Int32Array(n);
    this.next = new Int32Array(n);
    let last = -1;
    for (let i = 0; i < n; i++) {
      this.prev[i] = last;
      if (this.hashes[i]) last = i;
    }
    last = -1;
    for (let i = n - 1; i >= 0; i--) {
      this.next[i] = last;
      if (this.hashes[i]) last = i;
    }
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  lineOf(offset: number): number {
    return lastAtOrBefore(this.lineStarts, offset);
  }

  /** Hash of the nearest non-blank line before (`dir` -1) or after (+1) line `i`; `""` past the edge. */
  neighbour(i: number, dir: -1 | 1): string {
    const k = dir < 0 ? this.prev[i] : this.next[i];
    return k >= 0 ? this.hashes[k] : '';
  }

  lines(hash: string): number[] {
    if (!this.byHash) {
      this.byHash = new Map();
      this.hashes.forEach((h, i) => {
        if (!h) return;
        const list = this.byHash!.get(h);
        if (list) list.push(i);
        else this.byHash!.set(h, [i]);
      });
    }
    return this.byHash.get(hash) ?? [];
  }
}

/** The anchor of the place at `offset` (a heading's start, or any offset on a line for Make Heading). */
export function anchorAt(index: LineIndex, offset: number): Anchor {
  const line = index.lineOf(Math.max(0, Math.min(offset, index.text.length)));
  const from = index.from[line];
  const to = index.to[line];
  return {
    text: index.text.slice(from, Math.min(to, from + ANCHOR_TEXT_MAX)),
    hash: index.hashes[line],
    before: index.neighbour(line, -1),
    after: index.neighbour(line, 1),
    column: Math.max(0, Math.min(offset, to) - from),
    line,
  };
}

export type Resolved = { offset: number; line: number } | { reason: 'line-gone' | 'ambiguous' };

/**
 * The place an anchor names in this text: the only line with its text; among several, the one
 * whose neighbours match best, then the one nearest where it was; two equally good → ambiguous.
 */
export function resolveAnchor(index: LineIndex, a: Anchor): Resolved {
  if (!a || typeof a.hash !== 'string' || !a.hash) return { reason: 'line-gone' };
  const candidates = index.lines(a.hash).filter((i) => index.text.startsWith(a.text ?? '', index.from[i]));
  if (!candidates.length) return { reason: 'line-gone' };
  let best: number[] = [];
  let bestScore = -1;
  for (const i of candidates) {
    const score = (index.neighbour(i, -1) === a.before ? 1 : 0) + (index.neighbour(i, 1) === a.after ? 1 : 0);
    if (score > bestScore) {
      bestScore = score;
      best = [i];
    } else if (score === bestScore) best.push(i);
  }
  let line = best[0];
  if (best.length > 1) {
    const hint = Number.isFinite(a.line) ? a.line : 0;
    best.sort((x, y) => Math.abs(x - hint) - Math.abs(y - hint));
    if (Math.abs(best[0] - hint) === Math.abs(best[1] - hint)) return { reason: 'ambiguous' };
    line = best[0];
  }
  const column = Math.max(0, Math.floor(Number(a.column) || 0));
  const offset = index.from[line] + column;
  if (offset > index.to[line]) return { reason: 'line-gone' };
  return { offset, line };
}

// ---------------------------------------------------------------- applying

interface Item {
  h: Heading;
  /** Depth in the tree while corrections are applied (1 = top). */
  level: number;
}

const MESSAGES: Record<CorrectionNoteReason, Localized> = {
  'line-gone': { en: 'its line is no longer in the document', zh: '所在行已不在文档中' },
  ambiguous: { en: 'several lines read the same and nothing tells them apart', zh: '多行内容相同，无法确定是哪一行' },
  'not-a-heading': { en: 'no heading stands there any more', zh: '该处已不是标题' },
  'same-as-gone': { en: 'the heading whose level it copies is gone', zh: '作为层级参照的标题已不存在' },
  'no-effect': { en: 'it changes nothing here', zh: '在此处不起作用' },
  'too-many': { en: 'too many corrections in one document', zh: '同一文档的修正过多' },
};

export const KIND_NAMES: Record<CorrectionKind, Localized> = {
  'not-heading': { en: 'Not a Heading', zh: '不是标题' },
  'make-heading': { en: 'Make Heading', zh: '设为标题' },
  promote: { en: 'Promote', zh: '升级' },
  demote: { en: 'Demote', zh: '降级' },
  'attach-previous': { en: 'Attach to Previous Part', zh: '并入上一部分' },
};

function note(index: number, reason: CorrectionNoteReason): CorrectionNote {
  return { index, reason, dropped: reason !== 'no-effect', message: MESSAGES[reason] };
}

export interface CorrectedOutline {
  outline: Outline;
  /** One note per correction that was dropped or had no effect, in list order. */
  notes: CorrectionNote[];
}

/** A heading made by the reader on a line: its marker when the line opens with one, a title otherwise. */
export function madeHeading(index: LineIndex, line: number, run: number): Heading {
  const text = index.text;
  let p = index.from[line];
  const end = index.to[line];
  // Markdown's `#` prefix is markup.
  let q = p;
  while (q < end && text[q] === '#') q++;
  if (q > p && q < end && (text[q] === ' ' || text[q] === '\t')) {
    while (q < end && (text[q] === ' ' || text[q] === '\t')) q++;
    p = q;
  }
  const m = matchLineStart(text, p, end);
  const titleStart = m ? Math.min(m.titleStart, end) : p;
  const te = titleEndAt(text, titleStart, end, isTrimSpace);
  return {
    marker: m ? text.slice(p, p + m.length) : '',
    family: m ? m.family : 'title',
    ordinal: m ? m.ordinal : 0,
    title: text.slice(titleStart, te),
    level: 1,
    parent: null,
    start: p,
    titleStart,
    titleEnd: te,
    end: text.length,
    inline: false,
    run,
  };
}

/** End (exclusive) of the part of item `i`: the next item at its level or higher. */
function subtreeEnd(items: Item[], i: number): number {
  let j = i + 1;
  while (j < items.length && items[j].level > items[i].level) j++;
  return j;
}

function shift(items: Item[], from: number, to: number, delta: number): void {
  for (let k = from; k < to; k++) items[k].level += delta;
}

/** Levels made depths again: each item's parent is the nearest earlier item of a lower level. */
function normalise(items: Item[]): void {
  const stack: number[] = [];
  const raw = items.map((it) => it.level);
  for (let i = 0; i < items.length; i++) {
    while (stack.length && raw[stack[stack.length - 1]] >= raw[i]) stack.pop();
    items[i].level = stack.length ? items[stack[stack.length - 1]].level + 1 : 1;
    stack.push(i);
  }
}

/** Index of the item starting at `offset`, or -1 (items are in start order). */
function itemAt(items: Item[], offset: number): number {
  let lo = 0;
  let hi = items.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = items[mid].h.start;
    if (s === offset) {
      // Two headings never share a start; be safe and take the first.
      let k = mid;
      while (k > 0 && items[k - 1].h.start === offset) k--;
      return k;
    }
    if (s < offset) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** Where an item starting at `offset` goes to keep start order. */
function insertionPoint(items: Item[], offset: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid].h.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Applies one correction; returns a note when it could not be applied or changed nothing. */
function applyOne(index: LineIndex, items: Item[], c: Correction, k: number, nextRun: () => number): CorrectionNote | null {
  const at = resolveAnchor(index, c.anchor);
  if ('reason' in at) return note(k, at.reason);
  if (c.kind === 'make-heading') {
    let target: number;
    if (c.sameAs) {
      const other = resolveAnchor(index, c.sameAs);
      if ('reason' in other) return note(k, 'same-as-gone');
      const j = itemAt(items, other.offset);
      if (j < 0) return note(k, 'same-as-gone');
      target = items[j].level;
    } else {
      target = Math.max(1, Math.floor(Number(c.level) || 1));
    }
    // A line that is already a heading (at its start) changes level; otherwise a heading is made.
    const made = madeHeading(index, at.line, -1);
    let i = itemAt(items, made.start);
    if (i < 0) {
      i = insertionPoint(items, made.start);
      made.run = nextRun();
      items.splice(i, 0, { h: made, level: target });
    }
    const cap = i > 0 ? items[i - 1].level + 1 : 1;
    const want = Math.min(target, cap);
    const delta = want - items[i].level;
    if (delta === 0 && items[i].h !== made) return note(k, 'no-effect');
    // An inserted item's own level is set; an existing heading's part moves with it.
    if (items[i].h === made) items[i].level = want;
    else shift(items, i, subtreeEnd(items, i), delta);
    normalise(items);
    return null;
  }
  const i = itemAt(items, at.offset);
  if (i < 0) return note(k, 'not-a-heading');
  switch (c.kind) {
    case 'not-heading': {
      // Its children move up to its parent, as when a view leaves a heading out.
      shift(items, i + 1, subtreeEnd(items, i), -1);
      items.splice(i, 1);
      break;
    }
    case 'promote': {
      if (items[i].level <= 1) return note(k, 'no-effect');
      shift(items, i, subtreeEnd(items, i), -1);
      break;
    }
    case 'demote': {
      // Only under a previous sibling: the first child of a part has nothing to nest under.
      if (i === 0 || items[i - 1].level < items[i].level) return note(k, 'no-effect');
      shift(items, i, subtreeEnd(items, i), +1);
      break;
    }
    case 'attach-previous': {
      // The heading and the rest of its run (with their parts) go under the part just before it.
      if (i === 0 || items[i - 1].level < items[i].level) return note(k, 'no-effect');
      const level = items[i].level;
      const delta = items[i - 1].level + 1 - level;
      const run = items[i].h.run;
      let from = i;
      do {
        const to = subtreeEnd(items, from);
        shift(items, from, to, delta);
        from = to;
      } while (from < items.length && items[from].level === level && items[from].h.run === run);
      break;
    }
    default:
      return note(k, 'no-effect');
  }
  normalise(items);
  return null;
}

/**
 * The outline with the corrections applied in order. The given outline is not changed; the text
 * never is. Never throws: on an internal failure the outline comes back as built.
 */
export function applyCorrections(text: string, outline: Outline, corrections: readonly Correction[] | undefined): CorrectedOutline {
  if (!corrections || !corrections.length) return { outline, notes: [] };
  try {
    const index = new LineIndex(text, outline.lineStarts);
    const items: Item[] = outline.headings.map((h) => ({ h: { ...h }, level: h.level }));
    let runs = 0;
    for (const h of outline.headings) if (h.run >= runs) runs = h.run + 1;
    const nextRun = () => runs++;
    const notes: CorrectionNote[] = [];
    corrections.forEach((c, k) => {
      if (k >= MAX_CORRECTIONS) {
        notes.push(note(k, 'too-many'));
        return;
      }
      const n = c && typeof c === 'object' && CORRECTION_KINDS.includes(c.kind) ? applyOne(index, items, c, k, nextRun) : note(k, 'no-effect');
      if (n) notes.push(n);
    });
    const headings = assemble(text, items);
    return { outline: { ...outline, headings }, notes };
  } catch {
    return { outline, notes: corrections.map((_, k) => note(k, 'no-effect')) };
  }
}

/** Parents, levels, part ends and titles made consistent again, as the engine leaves them. */
function assemble(text: string, items: Item[]): Heading[] {
  const headings = items.map((it) => it.h);
  relink(text, headings, (k) => items[k].level);
  return headings;
}

// ---------------------------------------------------------------- making corrections

/**
 * A correction for the heading (or, for Make Heading, the line) at `offset`, anchored in `text`.
 * `sameAsOffset` gives Make Heading the level of the heading starting there.
 */
export function makeCorrection(
  index: LineIndex,
  kind: CorrectionKind,
  offset: number,
  extra: { level?: number; sameAsOffset?: number } = {},
): Correction {
  const c: Correction = { kind, anchor: anchorAt(index, offset) };
  if (kind === 'make-heading') {
    c.anchor.column = 0;
    if (extra.sameAsOffset !== undefined) c.sameAs = anchorAt(index, extra.sameAsOffset);
    else c.level = Math.max(1, Math.floor(extra.level ?? 1));
  }
  return c;
}

/** One line saying what a correction does, for lists and notes (`Promote “一、总体要求”`). */
export function describeCorrection(c: Correction, lang: 'en' | 'zh'): string {
  const name = KIND_NAMES[c.kind]?.[lang] ?? String(c.kind);
  const what = (c.anchor?.text ?? '').slice(0, 30);
  let extra = '';
  if (c.kind === 'make-heading') {
    if (c.sameAs) extra = lang === 'zh' ? `（与“${c.sameAs.text.slice(0, 20)}”同级）` : ` (same level as “${c.sameAs.text.slice(0, 20)}”)`;
    else extra = lang === 'zh' ? `（第 ${c.level ?? 1} 级）` : ` (level ${c.level ?? 1})`;
  }
  return lang === 'zh' ? `${name}：“${what}”${extra}` : `${name}: “${what}”${extra}`;
}

// ---------------------------------------------------------------- the sidecar file

/**
 * `NAME.gangmu.json` beside `NAME`: `{"gangmu": 1, "corrections": [...]}`. Read leniently: an
 * entry that is not a correction is skipped and counted, never a reason to refuse the file.
 */
export const SIDECAR_SUFFIX = '.gangmu.json';

export interface SidecarRead {
  corrections: Correction[];
  /** Entries skipped as malformed, or a message when the file is not a corrections file at all. */
  skipped: number;
  error?: string;
}

function validAnchor(a: unknown): a is Anchor {
  if (!a || typeof a !== 'object') return false;
  const x = a as Record<string, unknown>;
  return typeof x.hash === 'string' && /^[0-9a-f]{8}$/.test(x.hash) && typeof x.text === 'string'
    && typeof x.before === 'string' && typeof x.after === 'string'
    && typeof x.column === 'number' && Number.isFinite(x.column) && x.column >= 0
    && typeof x.line === 'number' && Number.isFinite(x.line);
}

function cleanAnchor(a: Anchor): Anchor {
  return { text: a.text, hash: a.hash, before: a.before, after: a.after, column: Math.floor(a.column), line: Math.floor(a.line) };
}

export function readSidecar(json: string): SidecarRead {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (e) {
    return { corrections: [], skipped: 0, error: `not JSON: ${e instanceof Error ? e.message : String(e)}` };
  }
  const list = data && typeof data === 'object' ? (data as Record<string, unknown>).corrections : undefined;
  if (!Array.isArray(list)) return { corrections: [], skipped: 0, error: 'no "corrections" list' };
  const corrections: Correction[] = [];
  let skipped = 0;
  for (const raw of list) {
    const x = raw as Record<string, unknown>;
    if (!x || typeof x !== 'object' || !CORRECTION_KINDS.includes(x.kind as CorrectionKind) || !validAnchor(x.anchor)) {
      skipped++;
      continue;
    }
    const c: Correction = { kind: x.kind as CorrectionKind, anchor: cleanAnchor(x.anchor) };
    if (c.kind === 'make-heading') {
      if (validAnchor(x.sameAs)) c.sameAs = cleanAnchor(x.sameAs);
      else if (typeof x.level === 'number' && Number.isFinite(x.level) && x.level >= 1) c.level = Math.floor(x.level);
      else {
        skipped++;
        continue;
      }
    }
    corrections.push(c);
  }
  return { corrections, skipped };
}

export function writeSidecar(corrections: readonly Correction[]): string {
  const list = corrections.map((c) => {
    const out: Record<string, unknown> = { kind: c.kind, anchor: cleanAnchor(c.anchor) };
    if (c.kind === 'make-heading') {
      if (c.sameAs) out.sameAs = cleanAnchor(c.sameAs);
      else out.level = c.level ?? 1;
    }
    return out;
  });
  return JSON.stringify({ gangmu: 1, about: 'Outline corrections for the document beside this file (Gangmu).', corrections: list }, null, 2) + '\n';
}
