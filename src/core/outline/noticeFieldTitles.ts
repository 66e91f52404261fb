/**
 * A notice kept as one field of a record written on one line: a crawler's row dumped as an array or a
 * list of values (`[某id,null,关于某某工作分工的通知,各处室、直属单位：经研究，现将…通知如下：一、…二、…]`),
 * the title a field of its own and the text the next one, opening with the 主送机关 (`各…：`).
 *
 * The anatomy of the notice gives it: the field right before the 主送 field names an official
 * document (`关于…的通知`, `…的意见`, `…办法`), as a notice's title stands right over its 主送机关. That
 * field is the notice's title at the top level, on its line, and the numbering read after it on the
 * line (to the next such title, or the line's end) hangs under it. Before, the row's `一、`… stood at
 * the top level with nothing over them.
 *
 * Fields are parted by ASCII commas (or a bracket, a tab, a bar): prose parts its clauses with `，`,
 * and a title quoted in prose stands in `《》`. Pure; linear (each `,各` is read once, a field's width
 * back and a 主送's width on).
 */
import type { Outline } from '../types';
import { placeTitles } from './codeRecordTitles';
import { firstAtOrAbove } from '../text/lines';

/** The widest title field read (GB/T titles run long, `关于…有关问题的通知`). */
const MAX_TITLE = 60;
/** The widest 主送 field read up to its colon (`各市（州）、县（市、区）人民政府，省政府各部门：`). */
const MAX_ADDRESSEES = 80;
/** A title naming an official document by its kind, `关于` in it. */
const NOTICE_TITLE = /^[^，。；：:！？!?《》“”"'\s]{0,30}[关關][于於][^。；：:！？!?\s]{2,56}(?:通知|通报|意见|决定|报告|请示|批复|函|公告|通告|方案|办法|规定|细则|纪要|意見|決定|報告|規定)$/;
/** What parts the fields of a record on one line. */
const FIELD_EDGE = /[,[\t|]/;

interface Rec {
  m: { key: string; line: number; indent: number; s: number; e: number };
  from: number;
  to: number;
  /** A flattened notice's title glued to its 发文字号: a title with or without parts under it. */
  sure?: boolean;
}

export function withNoticeFieldTitles(text: string, o: Outline): Outline {
  const ls = o.lineStarts;
  const recs: Rec[] = [];
  // (the headings' starts, gathered only when a title field is found: most texts hold no `,各`
  // after one, and a set of every heading's start cost as much as the rest of this pass)
  let known: Set<number> | null = null;
  let line = 0;
  for (let at = text.indexOf(',各'); at >= 0; at = text.indexOf(',各', at + 2)) {
    // the field before the comma, back to the edge before it
    let s = at - 1;
    while (s >= 0 && at - s <= MAX_TITLE + 1 && !FIELD_EDGE.test(text[s]) && text[s] !== '\n') s--;
    if (s >= 0 && text[s] !== '\n' && !FIELD_EDGE.test(text[s])) continue;
    const ts = s + 1;
    const title = text.slice(ts, at).trim();
    if (!NOTICE_TITLE.test(title)) continue;
    // the 主送 field: `各…` up to its colon, within the field
    let c = at + 2;
    while (c < text.length && c - at <= MAX_ADDRESSEES && text[c] !== ',' && text[c] !== '\n' && text[c] !== '。' && text[c] !== '：' && text[c] !== ':') c++;
    if (text[c] !== '：' && text[c] !== ':') continue;
    const lead = text.slice(ts, at).length - text.slice(ts, at).trimStart().length;
    const m0 = ts + lead;
    known ??= new Set(o.headings.map((h) => h.start));
    if (known.has(m0)) continue;
    while (line + 1 < ls.length && ls[line + 1] <= m0) line++;
    const lineEnd = line + 1 < ls.length ? ls[line + 1] : text.length;
    const last = recs[recs.length - 1];
    if (last && last.to > m0) last.to = m0;
    recs.push({ m: { key: 'n', line, indent: 0, s: m0, e: m0 + title.length }, from: m0, to: lineEnd });
  }
  flatNoticeTitles(text, o, recs);
  recs.sort((x, y) => x.from - y.from);
  // (the numbering under the title: a row with no part after its title is left as it was)
  const hs = o.headings;
  const starts = hs.map((h) => h.start);
  const marked = new Int32Array(hs.length + 1);
  for (let i = 0; i < hs.length; i++) marked[i + 1] = marked[i] + (hs[i].marker !== '' ? 1 : 0);
  const kept = recs.filter((r) => r.sure || marked[firstAtOrAbove(starts, r.to)] - marked[firstAtOrAbove(starts, r.m.e)] > 0);
  return kept.length ? placeTitles(text, o, kept) : o;
}

/** A 发文字号 glued after the title (`…的通知总工发〔2031〕23号`). */
const GLUED_NUMBER = /^[\u4e00-\u9fff]{1,12}[〔［\[][12]\d{3}[〕］\]]第?\d{1,4}[号號]/;
const ABOUT_WORD = /[关關][于於]/;
const NUMBER_YEAR = /[〔［[][12]\d{3}[〕］\]]/;
/** Where a line's text (or a string literal on it) opens: the indent, or `… = "`, `("`. */
const TEXT_OPEN = /^[ \t]*(?:[^"'\n]{0,80}?[=(:][ \t]*[@$]?["'`])?/;
/** The 成文日期 closing the notice, then the rules it issues: `2031年12月28日某某办法第一章`. */
const DATE_THEN = /[12]\d{3}年\d{1,2}月\d{1,2}日([\u4e00-\u9fff（）()《》]{4,40}?(?:办法|规定|条例|细则|规则|章程|方案|意见|規定|條例|細則|規則))$/;

/**
 * A notice flattened onto one line (a PDF's or a page's text pasted into a string: `"某某总工会关于印发
 * 《某某办法》的通知总工发〔2031〕23号来源：…各省…：…现印发给你们…。某某总工会2031年12月28日某某办法第一章
 * 总则第一条…"`): the text opening with a `关于…` title glued to its 发文字号 has that title over it, and
 * the rules it issues, named between the 成文日期 and their `第一章`, have their name over their
 * chapters. Both are titles at the top level (a new title restarts the tree). One look at each line
 * holding a heading read inline.
 */
function flatNoticeTitles(text: string, o: Outline, recs: Rec[]): void {
  const ls = o.lineStarts;
  const hs = o.headings;
  let h = 0;
  for (let li = 0; li < ls.length; li++) {
    const s = ls[li];
    const e = li + 1 < ls.length ? ls[li + 1] : text.length;
    while (h < hs.length && hs[h].start < s) h++;
    // (a line of prose holding numbered parts: nothing else is read)
    if (h >= hs.length || hs[h].start >= e || e - s < 200) continue;
    // (the number's bracketed year must stand within the reach of the head read below, which opens
    // at most 90 characters in: most lines hold none, and are not read for their opening)
    if (!NUMBER_YEAR.test(text.slice(s, Math.min(e, s + 90 + MAX_TITLE + 20)))) continue;
    const open = TEXT_OPEN.exec(text.slice(s, Math.min(e, s + 90)));
    const ts = s + (open ? open[0].length : 0);
    const head = text.slice(ts, Math.min(e, ts + MAX_TITLE + 20));
    // (a cheap look first: a `关于` and a year in the number's brackets)
    if (!ABOUT_WORD.test(head) || !NUMBER_YEAR.test(head)) continue;
    let title = -1;
    // (the shortest title the number follows: `…的通知` then `总工发〔…`)
    for (let k = 6; k <= Math.min(MAX_TITLE, head.length) && title < 0; k++) {
      if (NOTICE_TITLE.test(head.slice(0, k)) && GLUED_NUMBER.test(head.slice(k))) title = k;
    }
    if (title < 0) continue;
    let to = e;
    // the rules the notice issues, named right before their first chapter
    for (let k = h; k < hs.length && hs[k].start < e; k++) {
      if (hs[k].marker !== '第一章') continue;
      const d = DATE_THEN.exec(text.slice(Math.max(ts, hs[k].start - 60), hs[k].start));
      if (!d) break;
      const rs = hs[k].start - d[1].length;
      recs.push({ m: { key: 'n', line: li, indent: 0, s: rs, e: hs[k].start }, from: rs, to: e });
      to = rs;
      break;
    }
    recs.push({ m: { key: 'n', line: li, indent: 0, s: ts, e: ts + title }, from: ts, to, sure: true });
  }
}
