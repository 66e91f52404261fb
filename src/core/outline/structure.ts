/**
 * Structure words and markers a scraper broke apart, read at a line start. Every reader here
 * looks at a bounded number of characters and of following lines, so the scan stays linear.
 *
 * - Named divisions: a line that is only 总则 / 分则 / 附则 (letter-spaced too) divides a statute
 *   like a 第N章 does (刑法's and the civil code's closing 附则 has no number).
 * - Dates: a Markdown heading that is only a date (`## 2024年10月18日`) is a dateline, not a part.
 * - Broken markers: `一` / `、总体要求` or `（` / `一` / `）做好…` on consecutive lines, as scrapers
 *   leave them around links and spans: joined, they are one marker and its title.
 * - Bare numerals: `一`, `二` … each alone on its line over a passage (excerpt compilations).
 */
import type { LineInfo, LineTable } from './layout';
import { isSpace, isZeroWidth } from './layout';
import { matchLineStart, type MarkerMatch, type RunKind } from './markers';
import { parseChineseInteger } from '../text/numerals';

// (總則, 附則: a copy converted to traditional characters)
const NAMED_DIVISIONS = new Set(['总则', '分则', '附则', '總則', '分則', '附則']);

/** The content of [from, to) without spaces, zero-width characters and emphasis marks, when short. */
function squeezed(text: string, from: number, to: number, max: number): string | null {
  let out = '';
  for (let p = from; p < to; p++) {
    const code = text.charCodeAt(p);
    if (isSpace(code) || isZeroWidth(code) || code === 42 /* * */ || code === 95 /* _ */) continue;
    if (out.length >= max) return null;
    out += text[p];
  }
  return out;
}

/** A line that is only 总则, 分则 or 附则 (总　　则 too). */
export function isNamedDivision(text: string, from: number, to: number): boolean {
  if (to - from > 16) return false;
  const s = squeezed(text, from, to, 2);
  return s !== null && NAMED_DIVISIONS.has(s);
}

const DATE_ONLY = new RegExp(
  '^(?:' +
    // 2024年10月18日, 2024年10月, 二〇二四年十月十八日, with an optional weekday
    '[0-9０-９〇零一二三四五六七八九]{4}年(?:[0-9０-９一二三四五六七八九十]{1,3}月(?:[0-9０-９一二三四五六七八九十]{1,3}[日号])?)?' +
    '|[0-9]{4}[-./][0-9]{1,2}(?:[-./][0-9]{1,2})?' +
    '|[0-9]{1,2}月[0-9]{1,2}[日号]' +
  ')(?:[（(]?(?:星期|周|礼拜)[一二三四五六日天][）)]?)?$',
);

/** A heading text that is only a date (`2024年10月18日`, `2024-10-18`, `10月18日 星期五`). */
export function isDateOnly(text: string, from: number, to: number): boolean {
  if (to - from > 40) return false;
  const s = squeezed(text, from, to, 24);
  return s !== null && s.length >= 4 && DATE_ONLY.test(s);
}

/** Characters a piece of a broken marker may hold: brackets, numerals, the marks after them. */
const PIECE_CHARS = new Set('（()）〇零一二三四五六七八九十百两0123456789０１２３４５６７８９、，,.．'.split(''));
const PIECE_MAX = 6;
/** Families a broken marker may belong to: the numbered parts of a document, not speech words. */
const JOINABLE: ReadonlySet<RunKind> = new Set<RunKind>(['cn-dun', 'cn-paren', 'arabic-dot', 'arabic-paren']);

export interface BrokenMarker {
  match: MarkerMatch;
  /** Offset where the marker starts (the first piece's content) and where it ends. */
  start: number;
  end: number;
  titleStart: number;
  /** The line holding the title (the last piece). */
  titleLine: number;
}

function isPiece(text: string, L: LineInfo): boolean {
  const len = L.contentEnd - L.contentStart;
  if (len < 1 || len > PIECE_MAX) return false;
  for (let p = L.contentStart; p < L.contentEnd; p++) if (!PIECE_CHARS.has(text[p])) return false;
  return true;
}

/** Next line after `li` with content, skipping lines of zero-width characters only; -1 at a blank line or the end. */
function nextContentLine(lines: LineTable, li: number): number {
  for (let j = li + 1; j < lines.length && j <= li + 4; j++) {
    if (lines.blank(j)) return -1;
    if (!lines.zeroWidth(j)) return j;
  }
  return -1;
}

/**
 * A marker broken over two or three consecutive lines (`一` / `、总体要求`, `（` / `一` / `）…`,
 * `（` / `一）…`, `一、` / `总体要求`): every piece but the last is made of marker characters only, the joined
 * text reads as a numbered line of a structural family, and the title starts in the last piece.
 */
export function brokenMarker(text: string, lines: LineTable, li: number): BrokenMarker | null {
  const first = lines.at(li);
  if (!isPiece(text, first)) return null;
  // A piece the layout joined to the paragraph above (a hard-wrapped text whose last line ran full)
  // is still a piece when it holds no digit (`（`, `一`): no line of running text is that alone; a
  // digit may be the end of a number the wrap cut (`共` / `1` / `、2号楼`).
  if (first.continues && /[0-9０-９]/.test(text.slice(first.contentStart, first.contentEnd))) return null;
  const alone = matchLineStart(text, first.contentStart, first.contentEnd);
  if (alone && alone.titleStart < first.contentEnd) return null; // a whole marker with its title
  const segs: { from: number; at: number }[] = [];
  /** Source offset of the character at joined offset j. */
  const toSource = (j: number): number => {
    let k = segs.length - 1;
    while (k > 0 && segs[k].at > j) k--;
    return segs[k].from + (j - segs[k].at);
  };
  let joined = '';
  let line = li;
  for (let k = 0; k < 3 && line >= 0; k++) {
    const L = lines.at(line);
    segs.push({ from: L.contentStart, at: joined.length });
    joined += text.slice(L.contentStart, Math.min(L.contentEnd, L.contentStart + 80));
    if (k > 0) {
      const at = segs[k].at;
      const m = matchLineStart(joined, 0, joined.length);
      // The last piece must not be a numbered line of its own (`十` / `一、总体要求` is two lines),
      // unless all before it is an opening bracket (`（` / `一）总体要求`: the piece reads as a
      // numbered line only for the bracket it lost to the line above).
      const own = matchLineStart(text, L.contentStart, L.contentEnd);
      if (own && own.titleStart < L.contentEnd && !/^[（(]+$/.test(joined.slice(0, at))) return null;
      const mark = m ? joined[m.length - 1] : '';
      const rightMark = m !== null && (m.kind !== 'cn-dun' || mark === '、');
      if (m && rightMark && JOINABLE.has(m.kind) && m.titleStart >= at && m.titleStart < joined.length && m.length <= m.titleStart) {
        return { match: m, start: first.contentStart, end: toSource(m.length - 1) + 1, titleStart: toSource(m.titleStart), titleLine: line };
      }
      if (!isPiece(text, L)) return null;
    }
    line = nextContentLine(lines, line);
  }
  return null;
}

export interface BareNumeral {
  value: number;
  /** The numeral itself (inside the bold marks of a Markdown copy's `**一**`). */
  start: number;
  end: number;
  /** Where the title starts and the line holding it: the numeral's own line end when a passage follows. */
  titleStart: number;
  titleLine: number;
}

/** Index of the next line with content within a few lines after `li` (blank and zero-width lines skipped), or -1. */
function nextNonBlank(lines: LineTable, li: number): number {
  for (let j = li + 1; j < lines.length && j <= li + 4; j++) if (!lines.blank(j) && !lines.zeroWidth(j)) return j;
  return -1;
}

/**
 * Short line that reads as a section title: 1–20 characters, no sentence or clause mark at its
 * end but a question's (`它到底能干什么？`: under a numeral a question names the part).
 */
function titleLine(text: string, L: LineInfo): boolean {
  const len = L.contentEnd - L.contentStart;
  if (len < 1 || len > 20) return false;
  const last = text[L.contentEnd - 1];
  if ((last === '？' || last === '?') && len >= 5) {
    const head = text.slice(L.contentStart, L.contentEnd - 1);
    return !/[。；;！!？?]/.test(head);
  }
  return !'。；;，,：:、！？!?'.includes(last);
}

/** One finished sentence of six characters or more, ending on 。！？. */
function sentence(text: string, L: LineInfo): boolean {
  const len = L.contentEnd - L.contentStart;
  const last = text[L.contentEnd - 1];
  return len >= 6 && (last === '。' || last === '！' || last === '？');
}

/** A passage: 20 characters or more, or 10 or more ending a sentence with 。. */
function passage(text: string, L: LineInfo): boolean {
  const len = L.contentEnd - L.contentStart;
  if (len >= 20) return true;
  if (len < 10) return false;
  for (let p = L.contentStart; p < L.contentEnd; p++) if (text.charCodeAt(p) === 0x3002) return true;
  return false;
}

/**
 * `一` alone on its line over a passage (excerpts, a story's sections), or over a short title line
 * that a passage follows (`二` / `绕过思路` / body, as web articles set their section numbers): the
 * value (1…99) when the line is only a Chinese numeral and starts a paragraph; null otherwise, and
 * above short lines that no passage follows (the cells of a flattened table). Such a line is a
 * heading only as a member of a run (一, 二, 三 … counted without a gap, from 一).
 */
export function bareNumeral(text: string, lines: LineTable, li: number): BareNumeral | null {
  const L = lines.at(li);
  if (L.continues) return null;
  // (a WeChat copy sets its section numbers in bold: `**一**`, `__二__`)
  const [a, b] = insideBold(text, L.contentStart, L.contentEnd);
  const len = b - a;
  if (len < 1 || len > 3) return null;
  for (let p = a; p < b; p++) if (!'一二三四五六七八九十'.includes(text[p])) return null;
  const value = parseChineseInteger(text.slice(a, b));
  if (value === null || value < 1 || value > 99) return null;
  const j = nextNonBlank(lines, li);
  if (j < 0) return null;
  const N = lines.at(j);
  const [ta, tb] = insideBold(text, N.contentStart, N.contentEnd);
  // A short line under the numeral, read without its bold marks, over a passage (or one finished
  // sentence): the part's title (`**一**` / `**…到底能干什么？**` / text).
  // (a title set in bold like its numeral needs only something under it: `**二**` / `**××分析**` / `1`)
  const titled = (): boolean => {
    if (!titleLine(text, { ...N, contentStart: ta, contentEnd: tb }) || matchLineStart(text, ta, tb)) return false;
    const k = nextNonBlank(lines, j);
    return k >= 0 && ((ta > N.contentStart && a > L.contentStart) || passage(text, lines.at(k)) || sentence(text, lines.at(k)));
  };
  if (ta > N.contentStart && titled()) return { value, start: a, end: b, titleStart: ta, titleLine: j };
  if (passage(text, N)) return { value, start: a, end: b, titleStart: L.contentEnd, titleLine: li };
  if (titled()) return { value, start: a, end: b, titleStart: ta, titleLine: j };
  // A short line of prose under the numeral, running text under that: the part's opening words
  // (`一` / `第一个问题：…是什么？`, `四` / `依据上述意见，我有下列提议：` over the proposals),
  // not its title; the numeral heads the part alone. A flattened table's cells end on no such mark.
  return openingSentence(text, N) && followedByText(text, lines, j) ? { value, start: a, end: b, titleStart: L.contentEnd, titleLine: li } : null;
}

/** A line of six characters or more ending a sentence or announcing what follows (。！？：). */
function openingSentence(text: string, L: LineInfo): boolean {
  const last = text[L.contentEnd - 1];
  return sentence(text, L) || (L.contentEnd - L.contentStart >= 6 && (last === '：' || last === ':'));
}

/** Running text (a passage or a finished sentence) on the next line with content after line j. */
function followedByText(text: string, lines: LineTable, j: number): boolean {
  const k = nextNonBlank(lines, j);
  return k >= 0 && (passage(text, lines.at(k)) || sentence(text, lines.at(k)));
}

/** The text inside a line wholly set in Markdown bold (`**…**`, `__…__`); the line itself otherwise. */
function insideBold(text: string, s: number, e: number): [number, number] {
  if (e - s <= 4) return [s, e];
  const m = text[s];
  if ((m !== '*' && m !== '_') || text[s + 1] !== m || text[e - 1] !== m || text[e - 2] !== m || text[s + 2] === m) return [s, e];
  return [s + 2, e - 2];
}
