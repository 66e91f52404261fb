/**
 * Run building: group marker candidates into ordered runs (一是, 二是, 三是…). A run is kept only
 * with at least two members; a lone 一是, 首先 or 第一 is ordinary prose.
 */
import type { MarkerFamily } from '../types';
import { isDecimalKind, isDivision, isStructural, type RunKind } from './markers';
import { toChineseNumeral } from '../text/numerals';

export interface Candidate {
  start: number;
  length: number;
  titleStart: number;
  family: MarkerFamily;
  /** Null for titles and Markdown headings without a marker. */
  kind: RunKind | null;
  ordinal: number;
  /** True when the marker stands inside a paragraph rather than at its start. */
  inline: boolean;
  paragraph: number;
  line: number;
  /** Markdown heading depth (1–6), 0 for plain text. */
  mdDepth: number;
  /** Title lines and Markdown headings without a marker. */
  isTitle: boolean;
  /**
   * What a title heads: 0 a document (its title restarts the tree; every other candidate is 0 too),
   * 1 a part of the document whose title is open (a news article's subhead), 2 a part label of a
   * counted series (`材料1`, `【问题二】`, `第三题`), 3 a part of running text only beside the numbered
   * parts (`前言`, `结束语`: nothing nests under it), 4 a subhead of a page's second tier (flush left
   * under centred subheads): a part of the open subhead.
   */
  rank: number;
  /** Set by run building: the run index, or -1 when the candidate is not a heading. */
  run: number;
  /** Set by run building: the previous member of the run (candidate index), or -1. */
  prev: number;
  /** Set by run building: no later member follows in the run. */
  last: boolean;
  /** Set by run building: the next member of the run (candidate index), or -1. */
  next: number;
  /** Position within the run, 1-based. */
  position: number;
  /** Opens a run that belongs to the whole document (a 附件： list): it nests under the title only. */
  topLevel?: boolean;
  /** The line holding the title: the marker's own line, or the last line of a marker a scraper broke over lines. */
  titleLine: number;
  /** Where a title glued to the text after it ends (`…的讲话同志们：…`), -1 when its line's end or 60 characters do. */
  titleStop: number;
  /** A Markdown ordered item inside another one's item (a nested list): the line of the ordered item holding it. */
  listHolder?: number;
}

/** A division named by a word, not a number (总则, 附则): the only marker candidate of no length. */
export function isNamedDivision(c: Candidate): boolean {
  return c.length === 0 && c.family === 'di' && !c.isTitle;
}

interface OpenRun {
  id: number;
  kind: RunKind;
  lastOrdinal: number;
  lastIndex: number;
  members: number;
}

export interface RunOptions {
  /** Markdown renumbers `1.` list items itself, so a repeated `1.` there is not a slip. */
  markdown?: boolean;
  /** The document text: lets inline runs look at the words around a doubtful member. */
  text?: string;
  /**
   * Whether a line-start division (编 章 节, or a named 附则) alone in its run is still a heading:
   * asked only when the document has a run of articles (第N条) of two or more.
   */
  keepLone?: (index: number) => boolean;
}

/** How a member of an inline speech run is written with the number n (`三是`, `第三，`, `其三`). */
function inlineForm(kind: RunKind, n: number): string | null {
  const cn = toChineseNumeral(n);
  switch (kind) {
    case 'shi': return cn + '是';
    case 'yao': return cn + '要';
    case 'kan': return cn + '看';
    case 'qi': return '其' + cn;
    case 'di-comma': return '第' + cn;
    // (a part inside a paragraph, `…。二、…`: markers.ts matchInlineDun)
    case 'cn-dun': return cn + '、';
    default: return null;
  }
}

/** Index of the first `needle` starting in [from, to - needle.length], or -1 (indexOf would run past `to`). */
function firstIn(text: string, needle: string, from: number, to: number): number {
  const first = needle.charCodeAt(0);
  for (let p = Math.max(0, from); p + needle.length <= to; p++) {
    if (text.charCodeAt(p) === first && text.startsWith(needle, p)) return p;
  }
  return -1;
}

const STRONG_BOUNDARY = '。；;！？!?';
/** How far after a skipping member the next one is looked for. */
const NEXT_LOOKAHEAD = 2000;

function strongBoundaryBefore(text: string, pos: number): boolean {
  let p = pos - 1;
  while (p >= 0 && p > pos - 8 && ' \t\u3000\u00a0'.includes(text[p])) p--;
  return p >= 0 && STRONG_BOUNDARY.includes(text[p]);
}

/**
 * Text searches of one run-building pass. Each search resumes where the last one of its kind
 * stopped, so a pass reads the text a bounded number of times however many candidates ask.
 */
class Lookups {
  /** Per run: how far after its last member the skipped marker was searched, and where it was found. */
  private gap = new Map<number, { member: number; to: number; found: boolean }>();
  /** Per first-member form (`一是`): how far the text was searched and the last place it was seen. */
  private firsts = new Map<string, { to: number; last: number }>();

  constructor(private readonly text: string) {}

  /** Kept for the life of the module: see MarkerScan.keepShape in outline/index.ts. */
  static readonly keepShape = new Lookups('');

  /**
   * `一是…；二是…；四是…`: an inline member that skips one number stays in its run (so the gap can be
   * reported) only on strong evidence: the run already has two members, the skipping member is in
   * the same paragraph after a sentence or clause end, and the skipped marker is nowhere between
   * (a `三是` written without a boundary before it was missed, not left out).
   */
  skipsOne(run: OpenRun, c: Candidate, cands: Candidate[]): boolean {
    if (c.ordinal !== run.lastOrdinal + 2 || run.members < 1) return false;
    // (with one member only, `第一，…。第三，…。第四，…`: the member after the skipping one must
    // follow in the same line, after a sentence's end, so the list holds three members or more)
    if (run.members === 1 && !this.nextFollows(c)) return false;
    const prev = cands[run.lastIndex];
    if (prev.kind !== c.kind || prev.paragraph !== c.paragraph) return false;
    const skipped = inlineForm(c.kind!, run.lastOrdinal + 1);
    if (!skipped || !strongBoundaryBefore(this.text, c.start)) return false;
    let g = this.gap.get(run.id);
    if (!g || g.member !== run.lastIndex) {
      g = { member: run.lastIndex, to: prev.start + prev.length, found: false };
      this.gap.set(run.id, g);
    }
    if (!g.found && g.to < c.start) {
      const at = firstIn(this.text, skipped, g.to, c.start);
      g.found = at >= 0;
      g.to = Math.max(g.to, c.start - skipped.length + 1);
    }
    return !g.found;
  }

  /**
   * Per form of a next member (`四是`): the offset nextFollows last read from, the first such member
   * after a sentence's end at or after it (-1: none starting before `upto`).
   */
  private follows = new Map<string, { from: number; found: number; upto: number }>();
  /** The line feed lineEndAfter found last (the text's length: none), and the offset it was looked for from. */
  private nlFrom = -1;
  private nl = -1;

  /**
   * The first line feed at or after `from`, or the text's length. Kept while the questions stay
   * between the offset it was looked for from and it: skipping members come in text order, and an
   * indexOf for each ran on to the text's end in a text flattened onto one line (quadratic).
   */
  private lineEndAfter(from: number): number {
    if (from < this.nlFrom || from > this.nl) {
      this.nlFrom = from;
      const q = this.text.indexOf('\n', from);
      this.nl = q < 0 ? this.text.length : q;
    }
    return this.nl;
  }

  /** The member numbered right after `c`, written after a sentence's end later in c's line (2,000 characters at most). */
  private nextFollows(c: Candidate): boolean {
    const next = inlineForm(c.kind!, c.ordinal + 1);
    if (!next) return false;
    let end = this.lineEndAfter(c.start);
    if (end > c.start + NEXT_LOOKAHEAD) end = Math.min(this.text.length, c.start + NEXT_LOOKAHEAD);
    const p = c.start + c.length;
    // Skipping members come in text order: what an earlier one's search of the same form read is
    // not read again (a window of 2,000 characters read for each member of a run flattened onto one line).
    const m = this.follows.get(next);
    if (m && m.from <= p && m.found >= p) return m.found + next.length <= end;
    // (none in [m.from, m.upto), which holds p: read on from m.upto)
    const keep = m !== undefined && m.found < 0 && m.from <= p && p <= m.upto;
    const from = keep ? m!.from : p;
    for (let q = keep ? m!.upto : p; ; ) {
      const at = firstIn(this.text, next, q, end);
      if (at < 0) {
        this.follows.set(next, { from, found: -1, upto: Math.max(q, end - next.length + 1) });
        return false;
      }
      if (strongBoundaryBefore(this.text, at)) {
        this.follows.set(next, { from, found: at, upto: at });
        return true;
      }
      q = at + 1;
    }
  }

  /**
   * `…：二是…；三是…`: an inline run may start at 2 (a wrong start the checks report) when no first
   * member is written anywhere just before it (a `一是` without a clause boundary before it was
   * missed, not left out). It still needs a second member to count.
   */
  startsAtTwo(c: Candidate): boolean {
    // (a part inside a paragraph, `…。二、…`, never opens its run at 二: a page chunk's text may hold
    // the 二、 whose 一、 an earlier page held)
    if (!c.inline || c.ordinal !== 2 || c.kind === null || c.kind === 'cn-dun') return false;
    const one = inlineForm(c.kind, 1);
    if (one === null) return false;
    let f = this.firsts.get(one);
    if (!f) { f = { to: 0, last: -Infinity }; this.firsts.set(one, f); }
    // Candidates come in text order: scan only what no earlier question covered.
    for (let p = Math.max(f.to, c.start - FIRST_LOOKBACK); ; ) {
      const at = firstIn(this.text, one, p, c.start);
      if (at < 0) break;
      f.last = at;
      p = at + 1;
    }
    f.to = Math.max(f.to, c.start - one.length + 1);
    return f.last < c.start - FIRST_LOOKBACK;
  }
}

/** How far back a first member (`一是`) is looked for before an inline run that starts at 二. */
const FIRST_LOOKBACK = 200;

/**
 * A second `（一）` straight after a first one (`（一）…（一）…（二）`) is a slip inside one run,
 * not a restart: nothing that could start a new part (a numbered line of another family, a title,
 * a Markdown heading) stands between them, and the run has not counted past 1 yet.
 */
function repeatsFirst(run: OpenRun, c: Candidate, lastFrame: number, opts: RunOptions): boolean {
  if (c.ordinal !== 1 || run.lastOrdinal !== 1 || lastFrame !== run.lastIndex) return false;
  return !(opts.markdown && c.kind === 'arabic-dot');
}

function continues(run: OpenRun, c: Candidate): boolean {
  const k = c.kind!;
  if (k === 'shouxian') {
    if (run.kind !== 'shouxian') return false;
    if (c.ordinal === 0) return run.lastOrdinal >= 1; // 最后，
    return c.ordinal === run.lastOrdinal + 1;
  }
  if (k === 'di-comma' && run.kind === 'shouxian') return c.ordinal === run.lastOrdinal + 1 && c.ordinal >= 3;
  if (run.kind !== k) return false;
  // a bare numeral, a heavenly stem (甲、乙、): counts on without a gap, or is no marker
  if (k === 'cn-bare' || k === 'stem') return c.ordinal === run.lastOrdinal + 1;
  if (isStructural(k) && !c.inline) return c.ordinal !== 1; // gaps, repeats and slips stay in the run (the checks flag them)
  if (c.inline) return c.ordinal === run.lastOrdinal + 1;
  return c.ordinal > run.lastOrdinal && c.ordinal <= run.lastOrdinal + 2;
}

function canStart(c: Candidate, look: Lookups | null): boolean {
  if (c.kind && isStructural(c.kind) && !c.inline && c.kind !== 'cn-bare' && c.kind !== 'stem') return true;
  // (a bare numeral opening a Markdown heading, `## 六　完成定义`: the line is a heading whatever its number)
  if (c.kind === 'cn-bare' && c.mdDepth > 0) return true;
  return c.ordinal === 1 || (look !== null && look.startsAtTwo(c));
}

/**
 * One pass over the candidates; sets run/prev/last/position. Returns the member count per run.
 */
function buildOnce(cands: Candidate[], active: boolean[], opts: RunOptions): number[] {
  const open = new Map<RunKind, OpenRun>();
  // A line-start run put aside while an inline run of the same family runs inside its paragraph
  // (一是…：一是…二是…。\n二是…): the outer run resumes when its next member comes.
  const outer = new Map<RunKind, OpenRun>();
  // Runs put aside while a Markdown list nested in one of their items counts (`1. 总则` / `   1. 目的`
  // / `   2. 范围` / `2. 职责`): the holder's run resumes at its next item (mdOrderedItems.ts).
  const held: OpenRun[] = [];
  const sizes: number[] = [];
  // The last line-start numbered heading, title or Markdown heading: what frames a part.
  let lastFrame = -1;
  const look = opts.text !== undefined ? new Lookups(opts.text) : null;
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i];
    c.run = -1; c.prev = -1; c.last = true; c.next = -1; c.position = 0;
    if (!active[i]) continue;
    const frame = lastFrame;
    if (c.isTitle || !c.kind || (isStructural(c.kind) && !c.inline)) lastFrame = i;
    if (c.isTitle || !c.kind) {
      // A title starts a new document or part; a Markdown heading closes the runs inside paragraphs.
      // A subhead or a part label closes only the runs inside paragraphs: the document's own
      // numbering (一、给定材料 … 【材料（一）】 … 二、作答要求) goes on across it.
      if (c.isTitle && c.rank === 0 && (c.mdDepth === 0 || c.mdDepth === 1)) { open.clear(); outer.clear(); held.length = 0; }
      else closeInlineRuns(open, cands);
      continue;
    }
    const structuralHere = isStructural(c.kind) && !c.inline;
    if (structuralHere) {
      // A numbered line closes the runs that were running inside the paragraphs before it.
      closeInlineRuns(open, cands);
    }
    // (whether c may go on in a run: joinsRun, a function, not a closure made for every candidate)
    let run = open.get(c.kind);
    // (an item outside the nested list the open run counts never goes on with it)
    if (run !== undefined && !c.inline && cands[run.lastIndex].listHolder !== undefined && cands[run.lastIndex].listHolder !== c.listHolder) run = undefined;
    let ok = run !== undefined && joinsRun(cands, c, run) && (continues(run, c) || (structuralHere && repeatsFirst(run, c, frame, opts)));
    if (!ok) {
      const o = outer.get(c.kind);
      if (o && joinsRun(cands, c, o) && continues(o, c)) { run = o; ok = true; open.set(c.kind, o); outer.delete(c.kind); }
    }
    if (!ok && !c.inline && held.length) {
      for (let k = held.length - 1; k >= 0; k--) {
        const h = held[k];
        if (h.kind !== c.kind || !continues(h, c)) continue;
        run = h; ok = true; open.set(c.kind, h); held.length = k;
        break;
      }
    }
    if (!ok && c.kind === 'di-comma') {
      const sx = open.get('shouxian');
      if (sx && continues(sx, c)) { run = sx; ok = true; }
    }
    // `第一，…；第二，…；第三，…；最后，…` inside one paragraph (or `一是…三是…；最后，…`): the 最后 that
    // follows the run's second member or a later one in the same paragraph is the run's last member
    if (!ok && c.kind === 'shouxian' && c.ordinal === 0 && c.inline && c.length === 3) {
      for (const k of CLOSED_BY_LAST) {
        const r = open.get(k);
        if (r && r.lastOrdinal >= 2 && cands[r.lastIndex].inline && cands[r.lastIndex].paragraph === c.paragraph) { run = r; ok = true; break; }
      }
    }
    if (!ok && run && c.inline && joinsRun(cands, c, run) && look && look.skipsOne(run, c, cands)) ok = true;
    if (ok && run) {
      c.run = run.id;
      c.prev = run.lastIndex;
      cands[run.lastIndex].last = false;
      cands[run.lastIndex].next = i;
      run.lastIndex = i;
      if (c.ordinal > 0) run.lastOrdinal = c.ordinal;
      else run.lastOrdinal++;
      run.members++;
      c.position = run.members;
      sizes[run.id] = run.members;
      if (c.kind === 'shouxian' && c.ordinal === 0) open.delete(run.kind);
      continue;
    }
    if (canStart(c, look)) {
      const id = sizes.length;
      sizes.push(1);
      const r: OpenRun = { id, kind: c.kind, lastOrdinal: c.ordinal, lastIndex: i, members: 1 };
      const was = open.get(c.kind);
      // (a run-in 一.…二. inside a part of a line-start 一、 run: the line-start run resumes at 二、)
      if (was && c.inline && !cands[was.lastIndex].inline && ((!isStructural(c.kind) && cands[was.lastIndex].paragraph === c.paragraph) || c.kind === 'cn-dun')) outer.set(c.kind, was);
      else outer.delete(c.kind);
      if (was && c.listHolder !== undefined && cands[was.lastIndex].line <= c.listHolder && !cands[was.lastIndex].inline) held.push(was);
      c.run = id;
      c.position = 1;
      open.set(c.kind, r);
    }
  }
  return sizes;
}

/**
 * Closes the open runs whose last member stands inside a paragraph. Each run is keyed by its own
 * kind, so the values alone are walked: `for (const [k, r] of open)` made an entry array a run for
 * every numbered line and title of the text (a twentieth of the run building's time on a long speech).
 */
function closeInlineRuns(open: Map<RunKind, OpenRun>, cands: Candidate[]): void {
  for (const r of open.values()) if (cands[r.lastIndex].inline) open.delete(r.kind);
}

/**
 * Candidate c may go on in run r: a numeral written inside a sentence never counts on the parts the
 * document numbers at its line starts (`三.统筹推进` inside a paragraph under a line-start 一、…二、),
 * but an item in brackets goes on in the paragraph its line-start item opened (`（1）…；（2）…；`).
 */
function joinsRun(cands: Candidate[], c: Candidate, r: OpenRun): boolean {
  const kind = c.kind as RunKind;
  return !(c.inline && isStructural(kind) && !cands[r.lastIndex].inline)
    || (kind === 'arabic-paren' && cands[r.lastIndex].paragraph === c.paragraph && c.ordinal === r.lastOrdinal + 1);
}

/** Runs of ordinals an inline `最后，` closes (`第三，…；最后，…`, `三是…；最后，…`). */
const CLOSED_BY_LAST: readonly RunKind[] = ['di-comma', 'shi'];

/** Runs again over a changed set of active candidates (after lone headings were taken back). */
export function rebuildRuns(cands: Candidate[], active: boolean[], opts: RunOptions = {}): void {
  buildOnce(cands, active, opts);
}

/**
 * Assigns runs; candidates in runs of fewer than two members (Markdown headings excepted) are
 * deactivated, and runs rebuilt without them, so a stray lone marker cannot break a real run.
 */
export function buildRuns(cands: Candidate[], opts: RunOptions = {}): boolean[] {
  // (filled by push, so the array is packed whichever tier runs this: `cands.map` made it holey once
  // buildRuns was optimised and packed before, and the optimised readers of `active` (buildOnce and
  // the passes after it) were thrown away and compiled again on the array that came next)
  const active: boolean[] = [];
  for (let i = 0; i < cands.length; i++) active.push(true);
  for (let pass = 0; pass < 3; pass++) {
    const sizes = buildOnce(cands, active, opts);
    let changed = false;
    // A statute: a run of two or more line-start articles. Its divisions may stand alone in their run.
    let articles = false;
    for (let i = 0; i < cands.length && !articles; i++) {
      const c = cands[i];
      articles = active[i] && c.kind === 'di-article' && !c.inline && c.run >= 0 && sizes[c.run] >= 2;
    }
    const lists = opts.text !== undefined ? sentenceListRuns(cands, active, opts.text) : null;
    for (let i = 0; i < cands.length; i++) {
      const c = cands[i];
      if (!active[i] || c.isTitle || !c.kind) continue;
      if (lists !== null && c.run >= 0 && lists.has(c.run)) { active[i] = false; changed = true; continue; }
      const lone = articles && opts.keepLone !== undefined && isDivision(c.kind) && !c.inline && c.run >= 0 && opts.keepLone(i);
      // 首先/其次 without their comma are as often adverbs (…。首先要…。其次要…): only a whole
      // enumeration, closed by 再次 or 最后, reads as a run of them
      const least = c.kind === 'shouxian' && c.inline && c.length === 2 ? 3 : 2;
      // (a section number of the decimal scheme stands alone in its run too, `3.1` over `3.1.1`:
      // markers.ts placed it in the text's scheme by a sibling or its first child)
      const keep = c.run >= 0 && (sizes[c.run] >= least || c.mdDepth > 0 || lone || (isDecimalKind(c.kind) && !c.inline));
      if (!keep) { active[i] = false; changed = true; }
    }
    if (!changed) break;
    if (pass === 2) buildOnce(cands, active, opts);
  }
  return active;
}

/** What closes the first sentence of a bracketed item: a clause's end (；) or a sentence's (。！？). */
const ITEM_CLAUSE_END = '；;';
const ITEM_SENTENCE_END = '。！？!?';
/** The longest item of a word or question list: a sense, a sub-question, a thing to have. */
const LIST_ITEM_MAX = 40;
/** The longest stretch read after a run's last item for the semicolon that closes it. */
const LAST_ITEM_READ = 2000;

/**
 * Inline `(1)…(2)…` runs that list words or questions, not provisions: a dictionary's senses quoted
 * in a paper (`义项主要有:(1)树木的细长枝条。(2)泛指长条形物。如:…(3)长。`), an exam question's
 * sub-questions (`…样本。(1)求θ的矩估计。(2)求θ的最大似然估计`), a list of things to have
 * (`(1)一部手机。(2)一个血糖仪。`). Told by the run as a whole: every member stands inside a
 * paragraph, no item closes with a semicolon (the items a legal text, minutes or a paper enumerate
 * in one sentence do: `…的；（2）…的；`), and most items are one short bare sentence (40 characters at
 * most) that the next member follows at once — an item that goes on with its explanation (`(1)纪实性。企业会议纪要…。(2)`) is a
 * point of a list, not a word. Each item is read once, up to the next member: linear.
 */
function sentenceListRuns(cands: Candidate[], active: boolean[], text: string): Set<number> | null {
  let out: Set<number> | null = null;
  const seen = new Set<number>();
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i];
    if (!active[i] || c.run < 0 || c.prev >= 0 || c.kind !== 'arabic-paren' || seen.has(c.run)) continue;
    seen.add(c.run);
    let bare = 0;
    let explained = 0;
    let clause = false;
    let allInline = true;
    for (let j = i; j >= 0; j = cands[j].next) {
      const m = cands[j];
      if (!m.inline) { allInline = false; break; }
      if (m.next < 0) {
        // the last item: only a semicolon tells (what follows its sentence may be the paragraph's own);
        // read up to the next candidate at most, so that the runs of one long line are each read once
        const stop = Math.min(text.length, m.titleStart + LAST_ITEM_READ, j + 1 < cands.length && cands[j + 1].start > m.titleStart ? cands[j + 1].start : text.length);
        for (let p = m.titleStart; p < stop && text[p] !== '\n'; p++) {
          if (ITEM_CLAUSE_END.includes(text[p])) { clause = true; break; }
          if (ITEM_SENTENCE_END.includes(text[p])) break;
        }
        break;
      }
      const end = cands[m.next].start;
      let p = m.titleStart;
      while (p < end && !ITEM_CLAUSE_END.includes(text[p]) && !ITEM_SENTENCE_END.includes(text[p])) p++;
      if (p < end && ITEM_CLAUSE_END.includes(text[p])) { clause = true; break; }
      let q = p + 1;
      while (q < end && (text[q] === ' ' || text[q] === '\u3000' || text[q] === '\t')) q++;
      // (a long sentence is a provision of its own, `（1）对已确认…的，根据…出具认定意见。（2）…`)
      if (p < end && q >= end && p - m.titleStart <= LIST_ITEM_MAX) bare++;
      else explained++;
    }
    if (allInline && !clause && bare > 0 && bare >= explained) (out ??= new Set()).add(c.run);
  }
  return out;
}

/** The indices of each numbering run's active members that are no titles, by run, in text order. */
export function activeRunMembers(cands: Candidate[], active: boolean[]): Map<number, number[]> {
  const members = new Map<number, number[]>();
  for (let i = 0; i < cands.length; i++) {
    if (!active[i] || cands[i].run < 0 || cands[i].isTitle) continue;
    const list = members.get(cands[i].run);
    if (list) list.push(i);
    else members.set(cands[i].run, [i]);
  }
  return members;
}

/** A candidate with every field set, built at one place so all candidates share one object shape. */
export function newCandidate(
  start: number, length: number, titleStart: number, family: MarkerFamily, kind: RunKind | null, ordinal: number,
  inline: boolean, paragraph: number, line: number, mdDepth: number, isTitle: boolean,
): Candidate {
  return {
    start, length, titleStart, family, kind, ordinal, inline, paragraph, line, mdDepth, isTitle, rank: 0,
    run: -1, prev: -1, last: true, next: -1, position: 0, topLevel: false, titleLine: line, titleStop: -1,
  };
}
