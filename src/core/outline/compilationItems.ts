/**
 * The label a compilation writes before each piece's own title, on the title's line: `第一篇：在…
 * 会议上的讲话（摘要）`, `篇二：…`, `范文三：…` (a 范文 page, often a copy converted to traditional
 * characters: `第一篇:…講話`). The line is the piece's title, a title at the top level like the
 * page's own; the label counts the pieces and is no marker of a part of one of them. The line is
 * read through `unannotated`, so the patterns below name simplified forms only.
 */
import { inBothScripts, unannotated } from '../text/reading';
import { parseChineseInteger } from '../text/numerals';
import type { Heading } from '../types';
import { lastAtOrBefore } from '../text/lines';
import { endPartsAtPeers } from './relink';

const NUM = '[\\d一二三四五六七八九十]{1,3}';
const LABEL = new RegExp(`^(?:(第)\\s*${NUM}\\s*篇|篇\\s*${NUM}|范文\\s*${NUM})\\s*[：:]\\s*(\\S.*)$`);
/** `【篇1】农村集体经济发展调研报告`, `【第二篇】…`, `[范文3]…`: the label in brackets, the title straight after it. */
const BRACKET_LABEL = new RegExp(`^[【\\[［]\\s*(?:(第)\\s*${NUM}\\s*篇|篇\\s*${NUM}|范文\\s*${NUM})\\s*[】\\]］]\\s*[：:]?\\s*(\\S.*)$`);
/**
 * The kinds of speech a 文库 or 范文 page's speech is (its title ends on one, `…的讲话`), and the
 * salutation its text opens with (`同志们：`): read on the page as it stands (a page converted to
 * traditional characters writes 講話, 同志們: inBothScripts), by the readers of a title glued to
 * the salutation (outline/index.ts).
 */
const SPEECH_KINDS = ['讲话', '发言', '致辞', '报告', '讲稿', '汇报'];
export const SPEECH_KIND = inBothScripts(SPEECH_KINDS);
export const SALUTATION = inBothScripts(['同志们', '各位代表', '各位委员', '各位来宾', '女士们、先生们']);

/**
 * Words naming a kind of document (a speech, a report, a summary…): after `第N篇：` they make the
 * line a piece of a compilation, where a book's or a code's `第一篇：总论` names a part of one work.
 */
const DOCUMENT_WORD = new RegExp([...SPEECH_KINDS, '致词', '总结', '心得', '体会', '范文', '演讲', '主持词', '贺词', '述职', '倡议书', '讲义'].join('|'));
/**
 * Words naming a plan or a paper (`第二篇：2019年工作计划`, `…下半年工作思路`), which a book's part
 * names too (`第三篇：计划生育`): a piece's only where its name ends on them, a bracketed note aside,
 * and holds no sentence.
 */
// 计画: a Taiwan-usage 計畫 (for 计划) as the character table reads it.
const PLAN_WORDS = ['思路', '计划', '计画', '打算', '方案', '材料'];
const PLAN_END = new RegExp(`(?:${PLAN_WORDS.join('|')})(?:稿|范文)?$`);
const END_NOTE = /[（(][^（()）]{1,12}[）)]$/;
const DOCUMENT_END = new RegExp(`(?:${[...DOCUMENT_WORD.source.split('|'), ...PLAN_WORDS].join('|')})(?:稿|范文)?$`);

/**
 * Whether the line `s` names a document (`2019年上半年工作总结`, `在全县安全生产会议上的讲话（摘要）`):
 * it ends, a bracketed note aside, on the kind of document it is, and holds no sentence. An essay's
 * own title under a 范文 page's title is such a name (outline/index.ts).
 */
export function namesDocument(s: string): boolean {
  const name = unannotated(s.trim()).replace(END_NOTE, '');
  return !/[。；;！？!?：:]/.test(name) && DOCUMENT_END.test(name);
}

/** Longest line read as a labelled piece's title (the label and a title of 60 characters at most). */
const MAX_LINE = 72;

/**
 * Whether the line `s` (trimmed) is a compilation piece's title opened by its label: the one test
 * of the marker reader (no 第N篇 part), the title reader and the paragraph reader (outline/index.ts).
 */
export function labelledPieceTitle(s: string): boolean {
  if (s.length > MAX_LINE * 3) return false;
  const t = unannotated(s);
  if (t.length > MAX_LINE) return false;
  const m = LABEL.exec(t) ?? BRACKET_LABEL.exec(t);
  if (!m) return false;
  if (m[1] === undefined || DOCUMENT_WORD.test(m[2])) return true;
  const name = m[2].replace(END_NOTE, '');
  return m[2].length >= 4 && !/[。；;！？!?]/.test(name) && PLAN_END.test(name);
}

/** `第1篇：`, `篇一:` at a piece title's start: the compilation's number for the piece and its colon. */
const PIECE_NUMBER = new RegExp(`^(第\\s*${NUM}\\s*篇|篇\\s*${NUM})\\s*[：:][ \\t\\u3000]*`);

/**
 * A compilation piece's title read with its label (`第1篇: 某某党课讲稿`, `篇一：关于某县的调研报告`):
 * the label is the compilation's own numbering of its pieces, so the heading shows it as its marker
 * (`第1篇`) and the name after the colon as its title, as a numbered heading does; the heading stays
 * a title at the top level (no run of 篇 parts is checked). Done on the assembled headings, in place.
 */
export function markPieceLabels(text: string, headings: Heading[]): void {
  for (const h of headings) {
    if (h.family !== 'title' || h.marker !== '' || h.level !== 1) continue;
    const m = PIECE_NUMBER.exec(text.slice(h.titleStart, Math.min(h.titleEnd, h.titleStart + 16)));
    // (a title read without its markup, `**第一篇：…**`, is left as it stands)
    if (!m || h.title !== text.slice(h.titleStart, h.titleEnd)) continue;
    const from = h.titleStart + m[0].length;
    let to = from;
    while (to < h.titleEnd && !STOP.has(text[to])) to++;
    while (to > from && /\s/.test(text[to - 1])) to--;
    if (to - from < 2) continue;
    h.marker = m[1];
    h.title = text.slice(from, to);
    h.titleStart = from;
    h.titleEnd = to;
  }
}
const STOP = new Set(['。', '；', ';', '：', ':', '！', '？', '!', '?']);

/** A page's font-size widget glued after its headline: `◇字体:大中小(2005.7.3)`, `【字体：大 中 小】`. */
const FONT_WIDGET = /\s*[◇◆■□●○|｜【\[]?\s*字\s*[体體号號]\s*[:：]\s*[大中小][\s大中小]*[】\]]?.*$/;

/**
 * A title heading whose line runs on into the page's font-size widget (`公文写作范例--会议纪要◇字体:
 * 大中小(2005.7.3)`, an old government or essay page set the widget and the date on the headline's
 * line): the title ends before the widget. Done on the assembled headings, in place.
 */
export function trimTitleWidgets(text: string, headings: Heading[]): void {
  for (const h of headings) {
    if (h.family !== 'title' || h.marker !== '' || h.title !== text.slice(h.titleStart, h.titleEnd)) continue;
    const m = FONT_WIDGET.exec(h.title);
    if (!m || m.index < 4) continue;
    h.title = h.title.slice(0, m.index);
    h.titleEnd = h.titleStart + m.index;
  }
}

/**
 * A piece's label alone on its line: `【篇一】`, `【篇2】`, `【第三篇】`, `[范文一]`, a book of model
 * texts' `【范例一】` (read through `unannotated`: a traditional copy's `【範例一】`).
 */
const LONE_LABEL = /^[ \t\u3000]*([【\[［]\s*(?:第\s*([\d一二三四五六七八九十]{1,3})\s*篇|篇\s*([\d一二三四五六七八九十]{1,3})|范[文例]\s*([\d一二三四五六七八九十]{1,3}))\s*[】\]］])[ \t\u3000]*\r?$/;

/**
 * The labels a 范文 collection sets alone on a line over each of its pieces (`【篇一】` over the
 * first greeting, `【篇二】` over the second: docs/testing.md, a collection's label is the piece's
 * level-1 heading with the label as its marker and no title): a run of two labels or more numbered
 * 1, 2, 3… in order, or the first label where it is the only one the text holds and headings
 * follow it (a page opening cut inside its first piece: such a label names a piece of a collection
 * and nothing else, so the speech under it keeps its parts under it, compil52). Each label heads the headings after it up
 * to the next label; the headings over
 * the first (the collection's title, its 导语) stay as they are. A line already read as a heading
 * gives way to its label. Linear in the lines and the headings.
 */
export function withLonePieceLabels(text: string, lineStarts: readonly number[], headings: Heading[]): Heading[] {
  if (text.indexOf('篇') < 0 && text.indexOf('范') < 0 && text.indexOf('範') < 0) return withLoneOrdinalLabels(text, lineStarts, headings);
  const found: Array<{ s: number; e: number; label: string; n: number }> = [];
  for (let li = 0; li < lineStarts.length; li++) {
    const s = lineStarts[li];
    const e = li + 1 < lineStarts.length ? lineStarts[li + 1] - 1 : text.length;
    if (e - s > 24 || e - s < 3) continue;
    const line = text.slice(s, e);
    const m = LONE_LABEL.exec(unannotated(line));
    if (!m) continue;
    const num = m[2] ?? m[3] ?? m[4];
    const n = /^\d+$/.test(num) ? Number(num) : parseChineseInteger(num);
    if (n === null) continue;
    // the label is the whole line but its blanks, taken in the line's own characters
    const a = s + (line.length - line.trimStart().length);
    const b = s + line.replace(/[ \t\u3000\r]+$/, '').length;
    found.push({ s: a, e: b, label: text.slice(a, b), n });
  }
  // the run: labels numbered 1, 2, 3… in the text's order (a label out of order ends it)
  const run: typeof found = [];
  for (const f of found) {
    if (f.n === run.length + 1) run.push(f);
    else if (f.n === 1 && run.length < 2) { run.length = 0; run.push(f); }
  }
  // (alone, the label heads its piece only where the piece holds headings of its own: a lone
  // `【篇一】` over a single greeting is left as it was)
  const firstAlone = run.length === 1 && found.length === 1 && headings.some((h) => h.start > run[0].e);
  if (run.length < 2 && !firstAlone) return withLoneOrdinalLabels(text, lineStarts, headings);
  return labelPieces(text, lineStarts, headings, run);
}

/** A speech's label alone on its line, a Chinese ordinal and a colon: `一：`, `二:`. */
const LONE_ORDINAL = /^[ \t\u3000]*([一二三四五六七八九十]{1,3}[：:])[ \t\u3000]*\r?$/;
/** A salutation line opening a speech: `尊敬的各位领导，各位来宾：`, `老师们、同学们：` (either script). */
const SPEECH_OPENING = /^[ \t\u3000]*(?:尊敬的|各位|同志[们們]|老师|老師|同学|同學|亲爱的|親愛的|女士|朋友)[^。！？\r\n]{0,40}[：:][ \t\u3000]*\r?$/;

/**
 * A collection of speeches on one page, each under a Chinese ordinal and a colon alone on its line
 * (`一：` over the first speech, `二：` over the second): a run of two labels or more numbered 1, 2,
 * 3… in order, one of them at least right over a speech's salutation (within its next two lines
 * that are not blank), the speaker's line between. Read as `【篇一】` is: each label a level-1
 * heading with the label as marker, heading its piece.
 */
function withLoneOrdinalLabels(text: string, lineStarts: readonly number[], headings: Heading[]): Heading[] {
  if (text.indexOf('：') < 0 && text.indexOf(':') < 0) return headings;
  const found: Array<{ s: number; e: number; label: string; n: number; opens: boolean }> = [];
  const lineAt = (li: number): string => text.slice(lineStarts[li], li + 1 < lineStarts.length ? lineStarts[li + 1] - 1 : text.length);
  for (let li = 0; li < lineStarts.length; li++) {
    const s = lineStarts[li];
    const e = li + 1 < lineStarts.length ? lineStarts[li + 1] - 1 : text.length;
    if (e - s > 12 || e - s < 2) continue;
    const line = text.slice(s, e);
    const m = LONE_ORDINAL.exec(line);
    if (!m) continue;
    const n = parseChineseInteger(m[1].slice(0, -1));
    if (n === null) continue;
    let opens = false;
    for (let k = li + 1, seen = 0; k < lineStarts.length && seen < 2; k++) {
      const t = lineAt(k);
      if (/^[ \t\u3000\r]*$/.test(t)) continue;
      seen++;
      if (SPEECH_OPENING.test(t)) { opens = true; break; }
    }
    const a = s + line.indexOf(m[1]);
    found.push({ s: a, e: a + m[1].length, label: m[1], n, opens });
  }
  const run: typeof found = [];
  for (const f of found) {
    if (f.n === run.length + 1) run.push(f);
    else if (f.n === 1 && run.length < 2) { run.length = 0; run.push(f); }
  }
  if (run.length < 2 || !run.some((f) => f.opens)) return headings;
  return labelPieces(text, lineStarts, headings, run);
}

/** The labels of `run` as level-1 headings over their pieces (withLonePieceLabels). */
function labelPieces(text: string, lineStarts: readonly number[], headings: Heading[], run: ReadonlyArray<{ s: number; e: number; label: string; n: number }>): Heading[] {
  let maxRun = -1;
  for (const h of headings) if (h.run > maxRun) maxRun = h.run;
  maxRun++;
  const lineOf = (p: number): number => lastAtOrBefore(lineStarts, p);
  const labelLines = new Set(run.map((f) => lineOf(f.s)));
  const labels: Heading[] = run.map((f) => ({
    marker: f.label, family: 'title', ordinal: f.n, title: '', level: 1, parent: null,
    start: f.s, titleStart: f.e, titleEnd: f.e, end: text.length, inline: false, run: maxRun,
  }));
  const kept = headings.filter((h) => !labelLines.has(lineOf(h.start)));
  const old = new Map<Heading, Heading | null>();
  kept.forEach((h) => old.set(h, h.parent === null ? null : headings[h.parent]));
  const all = [...kept, ...labels].sort((x, y) => x.start - y.start);
  const index = new Map<Heading, number>();
  all.forEach((h, i) => index.set(h, i));
  let label: Heading | null = null;
  const isLabel = new Set<Heading>(labels);
  for (const h of all) {
    if (isLabel.has(h)) { label = h; continue; }
    let p = old.get(h) ?? null;
    while (p !== null && !index.has(p)) p = old.get(p) ?? null;
    // a heading of a piece hangs under the piece's label when nothing of the piece is over it
    if (label !== null && (p === null || p.start < label.start)) p = label;
    h.parent = p === null ? null : index.get(p)!;
  }
  for (const h of all) h.level = h.parent === null ? 1 : all[h.parent].level + 1;
  endPartsAtPeers(all);
  return all;
}
