/**
 * A document's parts kept as the records of a program's data, each part's heading a field of its
 * record (an app's user agreement, a meeting's minutes, a template, an article's outline):
 *
 *     sections: [
 *       { h: '一、服务内容', p: '本平台为用户提供……。' },
 *       { h: '二、账号管理', p: '您应妥善保管账号……。' },
 *     ],
 *
 *     nodes: [
 *       { id: '1', title: '一、总体要求' },
 *       { id: '1.1', title: '1. 指导思想' },
 *
 * The field's string is the heading's line of the text the records hold: its marker opens it, its
 * title runs to the string's end (cut where a title is cut). The body fields beside it are the
 * part's text; the keys, ids and quotes are code.
 *
 * Evidence, not words: in a code file only (codeLines' isCodeText), a field named as a heading is
 * (`h`, `heading`, `title`, `name`, `label`, `section`, `subtitle`…), its whole value a short string
 * that opens with a numbering marker and Chinese words after it; and the values of one field name
 * and one kind of marker count on in order (`一、` then `二、`, a run of two or more), as a document's
 * parts do, two of them over the document's words (a sentence in the part, or a title that is a
 * phrase). A lone `一、…` field, a list of labels (`name: '一、通知'`), a form's sections, are left as
 * code. Arabic markers (`1.` `1、` `（1）`) are taken only under a run of Chinese ones in the same
 * file (a list of steps `1. 填写信息` is an app's, not a document's).
 *
 * The headings are added to the outline the engine read (the ones it read already at the same
 * place are kept as they are); a part of a lower rank (`1.` under `一、`) hangs under the last part
 * of a higher rank before it. Pure; linear in the text's size and the headings' count.
 */
import type { Heading, MarkerFamily, Outline } from '../types';
import { matchLineStart, STRUCTURAL_RANK } from './markers';
import type { CodeTextTest } from './codeLines';
import { endPartsAtPeers } from './relink';
import { titleEndAt } from './titleEnd';
import { lineEndAt } from '../text/lines';

/** A field naming a part's heading, then its string's opening quote (`{ h: '`, `, title: "`, `"heading": '`). */
const FIELD = /(?:^[ \t]*|[{,][ \t]*)(["']?)(h[1-6]?|head|heading|title|name|label|section|sectionTitle|section_title|subtitle|subTitle|caption|标题|题目)\1[ \t]*:[ \t]*(["'`])/g;
/** Longest value read as a heading (a longer string is a paragraph). */
const MAX_VALUE = 80;
/** Longest line looked at. */
const MAX_LINE = 4000;
/** Marker kinds read: the Chinese numbering of a document's parts, and the Arabic under it. */
const CHINESE = new Set(['cn-dun', 'cn-paren', 'di-part', 'di-chapter', 'di-section', 'di-article']);
const ARABIC = new Set(['arabic-dot', 'arabic-paren', 'decimal-1']);

interface Candidate {
  key: string;
  kind: string;
  family: MarkerFamily;
  ordinal: number;
  marker: string;
  start: number;
  titleStart: number;
  titleEnd: number;
  rank: number;
}

function isHanCode(c: number): boolean {
  return c >= 0x4e00 && c <= 0x9fff;
}

/** The line's heading field, or null. */
function candidateAt(text: string, s: number, e: number): Candidate | null {
  if (e - s > MAX_LINE) return null;
  FIELD.lastIndex = 0;
  const line = text.slice(s, e);
  let m: RegExpExecArray | null;
  while ((m = FIELD.exec(line)) !== null) {
    const q = s + m.index + m[0].length - 1;
    const quote = text.charCodeAt(q);
    let c = q + 1;
    for (; c < e; c++) {
      const d = text.charCodeAt(c);
      if (d === 92 || d === quote) break;
    }
    // (a value closed on its line, with no escapes: a string holding a text's lines is the text)
    if (c >= e || text.charCodeAt(c) !== quote) continue;
    let v = q + 1;
    while (v < c && (text.charCodeAt(v) === 32 || text.charCodeAt(v) === 0x3000)) v++;
    if (c - v > MAX_VALUE || c - v < 3) continue;
    const mk = matchLineStart(text, v, c);
    if (!mk || !(CHINESE.has(mk.kind) || ARABIC.has(mk.kind)) || mk.ordinal < 1) continue;
    let t = mk.titleStart;
    while (t < c && (text.charCodeAt(t) === 32 || text.charCodeAt(t) === 0x3000)) t++;
    if (t >= c || !isHanCode(text.charCodeAt(t))) continue;
    const te = titleEndAt(text, t, c, (d) => d === 32 || d === 0x3000 || d === 9);
    if (te <= t) continue;
    return {
      key: m[2],
      kind: mk.kind,
      family: mk.family,
      ordinal: mk.ordinal,
      marker: text.slice(v, v + mk.length),
      start: v,
      titleStart: t,
      titleEnd: te,
      rank: STRUCTURAL_RANK[mk.kind] ?? 8,
    };
  }
  return null;
}

/** Han characters a part's title must hold to be read as a document's heading without prose after it. */
const LONG_TITLE_HAN = 8;
/** How far after the last candidate its part's prose is looked for. */
const LAST_PART_SPAN = 2000;

/**
 * Whether each candidate stands over a document's words: its part (the text after its value, up to
 * the next candidate) holds a sentence of Chinese (`p: '…。'` beside it, `html: '<p>…。</p>'` under
 * it), or its title is a phrase of LONG_TITLE_HAN Han characters or more (an outline's node, `一、提高
 * 政治站位，深刻认识…`). A list of labels (`name: '一、通知'`, a form's `一、基本信息`) has neither.
 * One scan of the text between the candidates.
 */
function worded(text: string, cands: Candidate[]): boolean[] {
  const out: boolean[] = [];
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i];
    let han = 0;
    for (let p = c.titleStart; p < c.titleEnd; p++) if (isHanCode(text.charCodeAt(p))) han++;
    if (han >= LONG_TITLE_HAN) { out.push(true); continue; }
    const to = i + 1 < cands.length ? cands[i + 1].start : Math.min(text.length, c.titleEnd + LAST_PART_SPAN);
    let sawHan = false;
    let ok = false;
    for (let p = c.titleEnd; p < to && !ok; p++) {
      const d = text.charCodeAt(p);
      if (isHanCode(d)) sawHan = true;
      else if (sawHan && (d === 0x3002 || d === 0xff01 || d === 0xff1f || d === 0xff1b)) ok = true;
    }
    out.push(ok);
  }
  return out;
}

/**
 * The candidates that count on in order with another of their field and kind (runs of two or more),
 * two of each run standing over a document's words (worded).
 */
function inRuns(cands: Candidate[], words: boolean[]): Candidate[] {
  const wordedOf = new Map<Candidate, boolean>();
  cands.forEach((c, i) => wordedOf.set(c, words[i]));
  const byGroup = new Map<string, Candidate[]>();
  for (const c of cands) {
    const k = `${c.key}|${c.kind}`;
    const g = byGroup.get(k);
    if (g) g.push(c);
    else byGroup.set(k, [c]);
  }
  const keep = new Set<Candidate>();
  for (const g of byGroup.values()) {
    let run: Candidate[] = [];
    const close = (): void => {
      if (run.length >= 2 && run.filter((c) => wordedOf.get(c)).length >= 2) for (const c of run) keep.add(c);
      run = [];
    };
    for (const c of g) {
      const last = run[run.length - 1];
      if (last && c.ordinal === last.ordinal + 1) run.push(c);
      else {
        close();
        run.push(c);
      }
    }
    close();
  }
  return cands.filter((c) => keep.has(c));
}

/** The outline with the parts a code file's records name in their heading fields added (or the same outline). */
export function withCodeSectionFields(text: string, o: Outline, codeText: CodeTextTest): Outline {
  // (cheap test first: a field's quote right before a Chinese numeral's 、 or a bracket)
  if (text.indexOf('、') < 0 && text.indexOf('（') < 0 && text.indexOf('.') < 0) return o;
  // (a code file only: asked once for the text and kept, cheaper than reading every line of a long plain text)
  if (!codeText.is()) return o;
  const ls = o.lineStarts;
  const n = ls.length;
  const cands: Candidate[] = [];
  for (let li = 0; li < n; li++) {
    const s = ls[li];
    const e = lineEndAt(text, ls, li);
    if (e - s < 6) continue;
    const c = candidateAt(text, s, e);
    if (c) cands.push(c);
  }
  if (cands.length < 2) return o;
  let taken = inRuns(cands, worded(text, cands));
  if (!taken.some((c) => CHINESE.has(c.kind))) return o;
  // (Arabic parts only where a run of Chinese parts stands before them)
  const firstChinese = taken.find((c) => CHINESE.has(c.kind))!.start;
  taken = taken.filter((c) => CHINESE.has(c.kind) || c.start > firstChinese);
  const old = o.headings;
  const at = new Set<number>();
  for (const h of old) at.add(h.start);
  const fresh = taken.filter((c) => !at.has(c.start));
  if (fresh.length === 0) return o;
  let maxRun = -1;
  for (const h of old) if (h.run > maxRun) maxRun = h.run;
  // the merged list, in text order: old headings keep their parents (indices remapped); a new one
  // hangs under the last new one of a higher rank before it, reset where a part of its own rank or
  // higher stands
  type Item = { h: Heading; oldIndex: number; rank: number };
  const items: Item[] = [];
  let k = 0;
  const runOf = new Map<string, number>();
  for (const c of fresh) {
    while (k < old.length && old[k].start < c.start) { items.push({ h: { ...old[k] }, oldIndex: k, rank: 0 }); k++; }
    let run = runOf.get(`${c.key}|${c.kind}`);
    if (run === undefined || c.ordinal === 1) {
      run = ++maxRun;
      runOf.set(`${c.key}|${c.kind}`, run);
    }
    items.push({
      h: {
        marker: c.marker, family: c.family, ordinal: c.ordinal, title: text.slice(c.titleStart, c.titleEnd),
        level: 1, parent: null, start: c.start, titleStart: c.titleStart, titleEnd: c.titleEnd, end: text.length,
        inline: false, run,
      },
      oldIndex: -1,
      rank: c.rank,
    });
  }
  for (; k < old.length; k++) items.push({ h: { ...old[k] }, oldIndex: k, rank: 0 });
  const newIndex = new Int32Array(old.length).fill(-1);
  items.forEach((it, i) => { if (it.oldIndex >= 0) newIndex[it.oldIndex] = i; });
  // (the open parts among the new headings: a stack of ranks falling from bottom to top)
  const open: number[] = [];
  items.forEach((it, i) => {
    if (it.oldIndex >= 0) {
      const p = old[it.oldIndex].parent;
      it.h.parent = p === null ? null : newIndex[p];
      return;
    }
    while (open.length && items[open[open.length - 1]].rank >= it.rank) open.pop();
    it.h.parent = open.length ? open[open.length - 1] : null;
    open.push(i);
  });
  const hs = items.map((it) => it.h);
  for (const h of hs) h.level = h.parent === null ? 1 : hs[h.parent].level + 1;
  endPartsAtPeers(hs);
  return { ...o, headings: hs };
}
