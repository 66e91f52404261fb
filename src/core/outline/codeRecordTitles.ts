/**
 * Several texts kept as records of a program's data (a mock list of notices, a seed script's
 * articles, a dict of sample texts keyed by their names, a test's table of sample texts with ids):
 *
 *     {
 *       id: 2,
 *       title: '关于某某工作的实施意见',
 *       content: '一、总体要求\n\n（一）…',
 *     },
 *
 *     "样本2_某某政策.txt": """
 *     一、总体要求
 *
 * Each record is a document of its own: its title (the `title`/`name`/`id` field on a line of its
 * own, or the key naming the text) is a title at the top level, and the record's own numbering
 * hangs under it (a compilation of documents, BUILD.md's convention for text in code), so the
 * numbering of one record does not run on into the next.
 *
 * Evidence, not words: the title lines are fields of one name at one indent (two records or more),
 * a record runs from its title line to the next record's or to the line closing its object, and the
 * records are texts: two of them or more hold numbered parts the engine read, and a record is given
 * its title only when it holds prose (a sentence of Chinese). A list of labels, a menu, a region tree,
 * a record's one-line fields (`{ id: 2, title: '…' }`) and a single record are left as they are.
 * Pure; linear in the text's size and the headings' count.
 */
import type { Heading, Outline } from '../types';
import { firstAtOrAbove, lastAtOrBefore } from '../text/lines';
import { endPartsAtPeers } from './relink';
import { appendAll } from '../text/arrays';
import { titleKeyRecords } from './recordTitleKeys';

/** A field naming its record on a line of its own: `title: '…',`, `"name": "…",`, `id: "A-…",`. */
// (a title key in camel case too, `responseTitle`, `newsTitle`: a `subTitle` is none)
const FIELD = /^([ \t]*)(["']?)(title|name|id|heading|subject|topic|theme|标题|题目|名称|(?!sub)[a-z][A-Za-z0-9]*Title)\2[ \t]*[:=][ \t]*(["'`])/;
/** A key naming the text it opens (`"样本1_某某.txt": """`, `'某某通知': \``, `"某某": {`). */
const KEY = /^([ \t]*)(["'])/;
const AFTER_KEY = /^[ \t]*:[ \t]*(?:[rRuUbBfF]{0,2}(?:"""|'''|`)|[{[(][ \t]*$)/;
/** Longest record title read (a field longer than this holds text, not a name). */
const MAX_TITLE = 60;
/**
 * A task a list of to-dos names (`提交本月工作总结`, `审批…的请示`): a verb of doing before the
 * document it asks for is no document's title.
 */
const TASK = /^(?:提交|上报|报送|审批|审核|审阅|完善|填写|上传|撰写|起草|准备|完成|整理|修改|核对|处理|查看|阅读|签收|回复|编制)/;
/** Shortest title read as a document's by its kind alone (a menu's `通知公告`, `会议纪要` are shorter). */
const MIN_NAMED_TITLE = 8;
/** Han characters a record's prose must hold besides its title line. */
const MIN_PROSE_HAN = 12;
/**
 * A record's text by its size alone (no numbering, no document kind in its title): Han characters
 * and sentence ends its body holds. Two records of a group so long (an activity report's HTML, a
 * blog post, a guide's section) make the group a list of texts, as a JSON feed's title fields do.
 */
const TEXT_HAN = 40;
const TEXT_ENDS = 2;
/**
 * A single record holding the file's text (an interview's slices, a material's paragraphs): its
 * body holds this many Han characters and sentence ends, and this share of the file's Han characters.
 */
const SINGLE_TEXT_HAN = 200;
const SINGLE_TEXT_ENDS = 5;
const SINGLE_TEXT_SHARE = 0.8;
/** Fields that title a text (a single record's title is read from these only; `name`, `id` name things). */
const TITLE_FIELD = /^f:(?:title|heading|subject|theme|标题|题目)@/;
/**
 * A document's title by its kind: it ends with the word naming what it is (`…临时关闭通知`,
 * `关于…实施方案的通知`, `…工作报告`, in traditional characters too: `會員條款`), a quotation mark or a
 * bracket after it allowed. A page's
 * heading (`通知详情`, `政策解读`) or a sender's name does not.
 */
const DOC_TITLE = /^[^。！？；：:;!?]{2,58}(?:通知|通告|公告|意见|方案|办法|规定|决定|报告|通报|纲要|规划|细则|条例|规则|指南|批复|公报|讲话|总结|计划|要点|决议|制度|守则|章程|倡议书|公开信|协议|声明|条款|须知|公约|纪要|函|規定|決定|報告|通報|綱要|規劃|細則|條例|規則|講話|總結|計劃|決議|倡議書|公開信|協議|聲明|條款|須知|紀要)[”」》）)]?$/;
const HAN = /[\u4e00-\u9fff]/;
const HAN_G = /[\u4e00-\u9fff]/g;

interface Member {
  /** Group key: field name (or the key form) and indent. */
  key: string;
  line: number;
  indent: number;
  /** The title's range in the text. */
  s: number;
  e: number;
}

/** Where the string opened at `q` closes on the line before `e` (-1 when it does not). */
function closeAt(text: string, q: number, e: number): number {
  const quote = text.charCodeAt(q);
  for (let c = q + 1; c < e; c++) {
    const d = text.charCodeAt(c);
    if (d === 92) { c++; continue; }
    if (d === quote) return c;
  }
  return -1;
}

/** The line's record title, or null. */
function memberAt(text: string, li: number, s: number, e: number): Member | null {
  const line = text.slice(s, Math.min(e, s + 240));
  const f = FIELD.exec(line);
  if (f) {
    const q = s + f[0].length - 1;
    const c = closeAt(text, q, e);
    if (c < 0) return null;
    // only `,` `;` and blanks after the value: a field alone on its line
    // (one blank class before the mark and one after: `[ \t]*[,;]?[ \t]*$` split a run of blanks before
    // a word at every place, quadratic in the run)
    // (or fields of codes and dates after it, no words and no brace: `title: '用户协议', updated: '2026-05-30',`)
    if (!/^[ \t]*(?:[,;][ \t]*)?$/.test(text.slice(c + 1, e)) && !/^[ \t]*,[ \t]*[A-Za-z_$][\w$]*[ \t]*:[^{}()\u3000-\u9fff\uff00-\uffef]*$/.test(text.slice(c + 1, e))) return null;
    return valueMember(text, `f:${f[3]}`, li, f[1].length, q + 1, c, f[3] === 'id' || f[3] === 'name');
  }
  const k = KEY.exec(line);
  if (k) {
    const q = s + k[0].length - 1;
    const c = closeAt(text, q, e);
    if (c < 0 || !AFTER_KEY.test(text.slice(c + 1, e))) return null;
    return valueMember(text, 'k', li, k[1].length, q + 1, c, false);
  }
  return null;
}

function valueMember(text: string, key: string, line: number, indent: number, s: number, e: number, short: boolean): Member | null {
  const v = text.slice(s, e);
  const t = v.trim();
  if (t.length === 0 || t.length > MAX_TITLE || !HAN.test(t)) return null;
  // no escapes or markup in a name (a string holding a text's lines is the text, not its title)
  if (/\\[nrt]|<\/?[a-z]/i.test(t)) return null;
  // a person's or a place's name in an id/name/label field (`name: '张三'`) names no text
  if (short && (t.match(HAN_G)?.length ?? 0) < 4) return null;
  const lead = v.length - v.trimStart().length;
  return { key: `${key}@${indent}`, line, indent, s: s + lead, e: s + lead + t.length };
}

function indentOf(text: string, s: number, e: number): number {
  let p = s;
  while (p < e && (text.charCodeAt(p) === 32 || text.charCodeAt(p) === 9)) p++;
  return p - s;
}

/**
 * Han characters and sentence ends before each line (counts over text[0, ls[li])): a record's prose
 * is read from them in constant time (records of different groups overlap, so a scan of each
 * record's lines would read the text once per group).
 */
function proseCounts(text: string, ls: number[]): { han: Int32Array; ends: Int32Array } {
  const n = ls.length;
  const han = new Int32Array(n + 1);
  const ends = new Int32Array(n + 1);
  let h = 0;
  let d = 0;
  for (let li = 0; li < n; li++) {
    han[li] = h;
    ends[li] = d;
    const to = li + 1 < n ? ls[li + 1] : text.length;
    for (let p = ls[li]; p < to; p++) {
      const c = text.charCodeAt(p);
      if (c >= 0x4e00 && c <= 0x9fff) h++;
      else if (c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0xff1b) d++;
    }
  }
  han[n] = h;
  ends[n] = d;
  return { han, ends };
}

/**
 * For each member, the first line after it that closes its object (`}` `]` `)` first on a line
 * indented less than the member), or n: one sweep from the text's end, the closers ahead kept on a
 * stack whose indents fall from top to bottom (a closer hides every later one indented as much or
 * more), looked up by binary search.
 */
function closerLines(text: string, ls: number[], lineEnd: (li: number) => number, members: Member[]): Int32Array {
  const n = ls.length;
  const out = new Int32Array(members.length).fill(n);
  const lines: number[] = [];
  const indents: number[] = [];
  let k = members.length - 1;
  for (let li = n - 1; li >= 0 && k >= 0; li--) {
    // members on this line look at the closers after it
    for (; k >= 0 && members[k].line === li; k--) {
      const want = members[k].indent;
      // indents[0..] rise from the bottom (the farthest closer) to the top (the nearest):
      // the nearest closer indented less than `want` is the last index with indents[i] < want
      const lo = firstAtOrAbove(indents, want);
      if (lo > 0) out[k] = lines[lo - 1];
    }
    const s = ls[li];
    const e = lineEnd(li);
    const ind = indentOf(text, s, e);
    if (ind >= e - s) continue;
    const c = text.charCodeAt(s + ind);
    if (c !== 125 && c !== 93 && c !== 41) continue;
    while (indents.length && indents[indents.length - 1] >= ind) { indents.pop(); lines.pop(); }
    indents.push(ind);
    lines.push(li);
  }
  return out;
}

/** A variable given a text in triple quotes that go on past its line: `text = '''各学院：`, `content = r"""`. */
const TRIPLE_OPEN = /^[ \t]*[A-Za-z_][\w.]*[ \t]*=[ \t]*[rRuUbBfF]{0,2}('''|""")/;

/**
 * A script's single notice held in two variables (`title = '…的通知'`, then `text = '''…'''` over
 * many lines): the line closing the text's literal, or -1 when the line under the title does not
 * open such a literal (or it never closes).
 */
function tripleQuotedUnder(text: string, ls: number[], lineEnd: (li: number) => number, titleLine: number): number {
  const n = ls.length;
  const open = titleLine + 1;
  if (open >= n) return -1;
  const m = TRIPLE_OPEN.exec(text.slice(ls[open], Math.min(lineEnd(open), ls[open] + 120)));
  if (!m) return -1;
  const q = m[1];
  if (text.slice(ls[open] + m[0].length, lineEnd(open)).includes(q)) return -1;
  for (let li = open + 1; li < n; li++) if (text.slice(ls[li], lineEnd(li)).includes(q)) return li;
  return -1;
}

/** The outline with each record's title put over the record's parts (or the same outline). */
export function withCodeRecordTitles(text: string, o: Outline): Outline {
  const ls = o.lineStarts;
  const n = ls.length;
  if (n < 4) return o;
  const lineEnd = (li: number): number => {
    let e = li + 1 < n ? ls[li + 1] - 1 : text.length;
    if (e > ls[li] && text.charCodeAt(e - 1) === 13) e--;
    return e;
  };
  const members: Member[] = [];
  for (let li = 0; li < n; li++) {
    const s = ls[li];
    const e = lineEnd(li);
    if (e - s < 6) continue;
    // (cheap test first: a quote within the line's first characters)
    const m = memberAt(text, li, s, e);
    if (m) members.push(m);
  }
  if (members.length === 0) {
    const one = oneLineRecords(text, o, lineEnd);
    return one.length >= 2 ? placeTitles(text, o, one) : keyedTitles(text, o, lineEnd);
  }
  const closer = closerLines(text, ls, lineEnd, members);
  const counts = proseCounts(text, ls);
  const closerOf = new Map<Member, number>();
  members.forEach((m, i) => closerOf.set(m, closer[i]));
  // each record's extent: to the next member of its group, or to the line closing its object
  const byKey = new Map<string, Member[]>();
  for (const m of members) {
    const g = byKey.get(m.key);
    if (g) g.push(m);
    else byKey.set(m.key, [m]);
  }
  const hs = o.headings;
  const starts = hs.map((h) => h.start);
  // (headings with a marker before each heading: whether a record holds numbered parts, in constant time)
  const marked = new Int32Array(hs.length + 1);
  for (let i = 0; i < hs.length; i++) marked[i + 1] = marked[i] + (hs[i].marker !== '' ? 1 : 0);
  const firstAt = (p: number): number => firstAtOrAbove(starts, p);
  interface Rec { m: Member; from: number; to: number }
  const recs: Rec[] = [];
  // a single record (a page's one notice: `title: '关于…的通知',` then `content: [ '一、…', '1. …' ]`):
  // its title when it names a document by its kind and its body holds the text's numbering
  const singles: Rec[] = [];
  for (const g of byKey.values()) {
    if (g.length === 1) {
      const m = g[0];
      if (!TITLE_FIELD.test(m.key)) continue;
      // (a script names no object round the two: `title = '…'` over `text = '''…'''`, the text's
      // literal closing the record)
      let to = closerOf.get(m)!;
      if (to >= n) to = tripleQuotedUnder(text, ls, lineEnd, m.line);
      if (to < 0 || to >= n) continue;
      const bodyLine = Math.min(m.line + 1, n);
      const bodyFrom = ls[bodyLine];
      // (or the file's text kept whole in the record's fields, whatever its title: an interview's
      // timed slices under `subject: '…访谈录'`, a material's paragraphs under `theme: '…'`; the
      // record holds nearly all the file's words, so the file is that one text)
      const bodyHan = counts.han[to] - counts.han[bodyLine];
      if (bodyHan >= SINGLE_TEXT_HAN && counts.ends[to] - counts.ends[bodyLine] >= SINGLE_TEXT_ENDS && bodyHan >= SINGLE_TEXT_SHARE * counts.han[n]) {
        singles.push({ m, from: ls[m.line], to: ls[to] });
        continue;
      }
      if (!DOC_TITLE.test(text.slice(m.s, m.e))) continue;
      // (a sentence's end, or the two numbered parts asked below: a dialog's terms `<h3>一、…</h3><p>1. …</p>`)
      if (counts.han[to] - counts.han[bodyLine] < MIN_PROSE_HAN) continue;
      const toOff = ls[to];
      const a = firstAt(bodyFrom);
      const z = firstAt(toOff);
      // two numbered parts or more, the first of them at the top (nothing of the text's own over it)
      if (a >= hs.length || hs[a].start >= toOff || marked[z] - marked[a] < 2) continue;
      let top = a;
      while (top < z && hs[top].marker === '') top++;
      if (top >= z || hs[top].parent !== null) continue;
      // the text written out line by line (an array of paragraph strings, a literal over lines): its
      // first part opens a line of the code, blanks and a quote before it, or the field's name and the
      // quote opening the literal (`content: \`一、…`), or a section's record opening there, its parts kept
      // a record each (`sections: [` over `{ content: '一、总体要求\n…' },`) (a page's one-line HTML
      // string is the page's markup, its title a field the page shows beside it)
      const hl = lastAtOrBefore(ls, hs[top].start);
      // (or a literal's markup written over lines, the part's tag alone before it: `<h3>一、…</h3>`)
      const before = text.slice(ls[hl], hs[top].start);
      if (!/^[ \t]*(?:[{[][ \t]*)?(?:["']?[A-Za-z_$][\w$]*["']?[ \t]*[:=][ \t]*)?["'`]?$/.test(before) && !/^[ \t]*(?:<[A-Za-z][^<>]{0,80}>[ \t]*)+$/.test(before)) continue;
      singles.push({ m, from: ls[m.line], to: toOff });
      continue;
    }
    const got: Rec[] = [];
    // the members whose title names a document by its kind (`关于召开…会议的通知`, `…专题会议纪要`): a
    // list of notices or minutes kept as records (an OA list, a page's mock data) holds documents even
    // where their texts are not kept beside the titles
    const named: Rec[] = [];
    let numbered = 0;
    // (records whose body is a text by its size, TEXT_HAN and TEXT_ENDS)
    let texts = 0;
    for (let k = 0; k < g.length; k++) {
      const m = g[k];
      const limit = k + 1 < g.length ? g[k + 1].line : n;
      // (the closer found once for all members: a scan of the lines to the next member of the
      // group read the text's tail once per group, and groups are one per field name and indent)
      const to = Math.min(limit, closerOf.get(m)!);
      const from = ls[m.line];
      const toOff = to < n ? ls[to] : text.length;
      const bodyLine = Math.min(m.line + 1, n);
      const bodyFrom = m.line + 1 < n ? ls[m.line + 1] : text.length;
      if (m.e - m.s >= MIN_NAMED_TITLE && DOC_TITLE.test(text.slice(m.s, m.e)) && !TASK.test(text.slice(m.s, m.e))) named.push({ m, from, to: toOff });
      const a = firstAt(bodyFrom);
      // (parts the engine read in the body [bodyLine, to): two or more stand for its prose, an
      // outline's nodes `{ id: '1', title: '一、…' }` hold no sentence)
      const parts = a < hs.length && hs[a].start < toOff ? marked[firstAt(toOff)] - marked[a] : 0;
      // a sentence's end (or two parts) and MIN_PROSE_HAN Han characters in the body [bodyLine, to)
      if ((counts.ends[to] - counts.ends[bodyLine] === 0 && parts < 2) || counts.han[to] - counts.han[bodyLine] < MIN_PROSE_HAN) continue;
      if (parts > 0) numbered++;
      if (counts.han[to] - counts.han[bodyLine] >= TEXT_HAN && counts.ends[to] - counts.ends[bodyLine] >= TEXT_ENDS) texts++;
      got.push({ m, from, to: toOff });
    }
    // (a list of texts under title fields, `{ title: '…讲座', comment: \`<p>…</p>…\` }`, is read as a JSON
    // feed's title fields are, numbered or not; a name or an id over a text is no title so read)
    if (numbered >= 2 || (texts >= 2 && TITLE_FIELD.test(g[0].key))) appendAll(recs, got);
    else if (named.length >= 2) appendAll(recs, named);
  }
  // (one such record alone: two of them on a page are no one document's title, and records grouped
  // by their field are read above)
  // (a single record beside a list of documents named by their kind, `OA_DOCS` over `SAMPLE_MINUTES`, is
  // one too, where it stands apart from every record of the list)
  if (singles.length === 1 && recs.every((r) => r.to <= singles[0].from || r.from >= singles[0].to)) recs.push(singles[0]);
  if (recs.length === 0) return keyedTitles(text, o, lineEnd);
  recs.sort((x, y) => x.from - y.from);
  // records inside another's extent (texts grouped under a category's key): the texts' own records
  // are the documents, the group holding them is not one
  const kept: Rec[] = [];
  for (const r of recs) {
    const last = kept[kept.length - 1];
    if (last && r.from < last.to) {
      if (r.to <= last.to) kept.pop();
      else continue;
    }
    kept.push(r);
  }
  return placeTitles(text, o, kept);
}

/**
 * Records whose title field no key names (`"question": "…"` over `"answer_ctnt": "…"`): the field found by
 * the records' shape (recordTitleKeys.ts), each record's value a title over its parts; else the outline.
 */
function keyedTitles(text: string, o: Outline, lineEnd: (li: number) => number): Outline {
  const keyed = titleKeyRecords(text, o.lineStarts, lineEnd);
  return keyed.length >= 2 ? placeTitles(text, o, keyed) : o;
}

/** A title field inside a one-line record: `title: '…'`, `"title": "…"`, `newsTitle: '…'`. */
const INLINE_TITLE = /[{,][ \t]*(["']?)(title|headline|标题|题目|[a-z][A-Za-z0-9]*Title)\1[ \t]*:[ \t]*(["'`])/;
/** The record's text field: `content: '…'`, `"body": "…"`, `正文: '…'` (a summary or a description is not the text). */
const INLINE_TEXT = /[{,][ \t]*(["']?)(content|body|text|article|正文|内容)\1[ \t]*:[ \t]*(["'`])/;
/** Han characters a one-line record's text holds at least (a sentence or more, not a label). */
const MIN_LINE_TEXT_HAN = 24;

/**
 * Records written whole on one line of code, each a title and its text (a page's mock list of news:
 * `{ id: '1', title: '…', source: '…', content: '央行行长表示，…', type: 'news' },`): each record is a
 * short document, its title field a level-1 title. Evidence: two such lines or more at one indent, none
 * of them read already (a line whose text the engine outlined is left to that reading), each text
 * field holding prose (MIN_LINE_TEXT_HAN Han characters; two of them a clause mark at least); a list of one-line
 * records with a summary or no text (`{ id: 2, title: '…', date: '…' }`) is a list, not documents.
 * Linear: each line is read once, up to its first 400 characters for the fields' names.
 */
function oneLineRecords(text: string, o: Outline, lineEnd: (li: number) => number): Array<{ m: Member; from: number; to: number }> {
  const ls = o.lineStarts;
  const n = ls.length;
  const hs = o.headings;
  const byIndent = new Map<number, Array<{ m: Member; from: number; to: number; clause: boolean }>>();
  let h = 0;
  for (let li = 0; li < n; li++) {
    const s = ls[li];
    const e = lineEnd(li);
    const from = s;
    const to = li + 1 < n ? ls[li + 1] : text.length;
    let read = false;
    while (h < hs.length && hs[h].start < to) { if (hs[h].start >= from) read = true; h++; }
    const ind = indentOf(text, s, e);
    if (e - s - ind < 20 || text.charCodeAt(s + ind) !== 123) continue;
    const head = text.slice(s, Math.min(e, s + 400));
    const t = INLINE_TITLE.exec(head);
    const b = INLINE_TEXT.exec(head);
    if (!t || !b || b.index < t.index) continue;
    const q = s + t.index + t[0].length - 1;
    const c = closeAt(text, q, e);
    if (c < 0) continue;
    const bq = s + b.index + b[0].length - 1;
    if (bq < c) continue;
    const bc = closeAt(text, bq, e);
    const body = text.slice(bq + 1, bc < 0 ? e : bc);
    if ((body.match(HAN_G)?.length ?? 0) < MIN_LINE_TEXT_HAN) continue;
    const clause = /[，,。；！？]/.test(body);
    const m = valueMember(text, 'l', li, ind, q + 1, c, false);
    if (!m || (m.e - m.s) < 4) continue;
    const rec = { m, from, to: read ? -1 : to, clause };
    const g = byIndent.get(ind);
    if (g) g.push(rec);
    else byIndent.set(ind, [rec]);
  }
  const out: Array<{ m: Member; from: number; to: number }> = [];
  for (const g of byIndent.values()) {
    // (a group with a line the engine read is left whole to that reading)
    if (g.length >= 2 && g.every((r) => r.to >= 0) && g.filter((r) => r.clause).length >= 2) for (const r of g) out.push({ m: r.m, from: r.from, to: r.to });
  }
  out.sort((x, y) => x.from - y.from);
  return out;
}

export function placeTitles(text: string, o: Outline, recs: Array<{ m: Pick<Member, 's' | 'e'>; from: number; to: number }>): Outline {
  const old = o.headings;
  let maxRun = -1;
  for (const h of old) if (h.run > maxRun) maxRun = h.run;
  // the merged list: the old headings in order, each record's title before the first heading of its extent
  type Item = { h: Heading; oldIndex: number; rec: number };
  const items: Item[] = [];
  const dropped = new Set<number>();
  let k = 0;
  const recOf = new Int32Array(old.length).fill(-1);
  // (the records whose title field the engine read itself, a title on the field's line: the titles it
  // left at the top level inside the record are the record's text's own, kept there below)
  const readOwn = new Uint8Array(recs.length);
  for (let r = 0; r < recs.length; r++) {
    const { m, from, to } = recs[r];
    const title = text.slice(m.s, m.e);
    while (k < old.length && old[k].start < from) { items.push({ h: { ...old[k] }, oldIndex: k, rec: -1 }); k++; }
    items.push({
      h: {
        marker: '', family: 'title', ordinal: 0, title, level: 1, parent: null,
        start: m.s, titleStart: m.s, titleEnd: m.e, end: to, inline: false, run: maxRun + 1 + r,
      },
      oldIndex: -1, rec: r,
    });
    let first = true;
    for (; k < old.length && old[k].start < to; k++) {
      const h = old[k];
      recOf[k] = r;
      // a heading the engine read on the title's line, or the record's text opening with its title again
      // (a heading right after the title, glued to it on a flattened line, `…办法第一章`, is the record's own)
      const onLine = h.start < m.e && h.start >= from;
      const repeat = first && h.marker === '' && h.parent === null && sameTitle(h.title, title);
      if (onLine || repeat) {
        dropped.add(k);
        if (onLine && h.marker === '' && h.parent === null) readOwn[r] = 1;
        continue;
      }
      first = false;
      items.push({ h: { ...h }, oldIndex: k, rec: r });
    }
  }
  for (; k < old.length; k++) items.push({ h: { ...old[k] }, oldIndex: k, rec: -1 });
  // parents: an old heading keeps its parent when that parent is still there and in the same record;
  // a heading of a record left without one hangs under the record's title
  const newIndex = new Int32Array(old.length).fill(-1);
  items.forEach((it, i) => { if (it.oldIndex >= 0) newIndex[it.oldIndex] = i; });
  const titleIndex = new Map<number, number>();
  items.forEach((it, i) => { if (it.oldIndex < 0) titleIndex.set(it.rec, i); });
  items.forEach((it) => {
    if (it.oldIndex < 0) return;
    let p = old[it.oldIndex].parent;
    while (p !== null && dropped.has(p)) p = old[p].parent;
    const sameRec = p !== null && recOf[p] === it.rec;
    // a title the engine read at the top level of a record it titled itself (a notice's attachment
    // under its own name, the page's headline printed again over the text): a new title restarts
    // the tree, the record's title field and it both at level 1
    if (it.rec >= 0 && readOwn[it.rec] && old[it.oldIndex].parent === null && old[it.oldIndex].marker === '') it.h.parent = null;
    else if (it.rec >= 0) it.h.parent = sameRec ? newIndex[p!] : titleIndex.get(it.rec)!;
    else it.h.parent = p === null || recOf[p] >= 0 ? null : newIndex[p];
  });
  const hs = items.map((it) => it.h);
  for (const h of hs) h.level = h.parent === null ? 1 : hs[h.parent].level + 1;
  // (a record's parts end within the record)
  endPartsAtPeers(hs);
  for (let i = 0; i < hs.length; i++) {
    const r = items[i].rec;
    if (r >= 0) hs[i].end = Math.min(hs[i].end, recs[r].to);
    if (hs[i].end < hs[i].titleEnd) hs[i].end = hs[i].titleEnd;
  }
  return { ...o, headings: hs };
}

/** The record's text opens with its title again (spaces and a file extension aside). */
function sameTitle(a: string, b: string): boolean {
  const norm = (s: string): string => s.replace(/\.(?:txt|md|docx?)$/i, '').replace(/[\s\u3000]/g, '');
  const x = norm(a);
  const y = norm(b);
  return x.length > 0 && (x === y || (x.length >= 6 && (x.startsWith(y) || y.startsWith(x))));
}
