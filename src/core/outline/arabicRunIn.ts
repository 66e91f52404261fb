/**
 * A run-in list numbered with Arabic digits inside one paragraph: `…的要求。1.合理确定目标；2.加大投入；
 * 3.集中兵力…。` A Word page or a page scraped span by span keeps such a list in one paragraph (each
 * marker often in a span of its own: `<span>2.</span><span>加大投入；</span>`). A digit and a dot
 * inside a sentence is far more often a decimal, a date or a version than a marker, so only a whole
 * list is read: three members or more numbered 1, 2, 3… on, in one line, the same mark after each
 * (`.` `．` or `、`), every member after a sentence or clause end (`。；！？`, the first one at the
 * line's start too; not after a colon: a sentence that names a book's parts, `共分为25个篇章，即：
 * 1.综合；2.国民经济核算；…`, opens none) and followed by words (a CJK character or an opening quote), the
 * markup between them passed over. Linear in the line's length: a native search (MEMBER_MARK) finds
 * each digit and mark, where a loop over every character cost 30 instructions a character.
 */
import { matchLineStart } from './markers';
import { isBlankInLine as isBlank } from '../text/blank';
import { isAsciiDigit } from '../text/digits';

export interface RunInMember {
  start: number;
  length: number;
  titleStart: number;
  ordinal: number;
}

/** Least members a run-in Arabic list needs. */
const LEAST = 3;
/** How far a tag's other end is looked for. */
const TAG_REACH = 400;
/** One or two digits and a member's mark (`.` `．` `、`): where a member can stand. */
const MEMBER_MARK = /[0-9][0-9]?[.\uff0e\u3001]/g;


/** Position of the first character at or after p that is neither a blank, a tag nor `&nbsp;`; `end` when none. */
function skipForward(text: string, p: number, end: number, overTags: boolean): number {
  for (let guard = 0; guard < 16 && p < end; guard++) {
    const c = text.charCodeAt(p);
    if (isBlank(c)) { p++; guard--; continue; }
    if (c === 60 && overTags) {
      let q = p + 1;
      while (q < end && q - p <= TAG_REACH && text.charCodeAt(q) !== 62) q++;
      if (q >= end || q - p > TAG_REACH) return p;
      p = q + 1;
      continue;
    }
    if (c === 38 && text.startsWith('&nbsp;', p)) { p += 6; continue; }
    return p;
  }
  return p;
}

/** Code of the last character before p (from `from` on) that is neither a blank nor inside a tag; -1 at the line's start. */
function codeBefore(text: string, from: number, p: number, overTags: boolean): number {
  let q = p - 1;
  for (let guard = 0; guard < 16 && q >= from; guard++) {
    const c = text.charCodeAt(q);
    if (isBlank(c)) { q--; guard--; continue; }
    if (c === 62 && overTags) {
      let o = q - 1;
      while (o >= from && q - o <= TAG_REACH && text.charCodeAt(o) !== 60) o--;
      if (o < from || q - o > TAG_REACH) return c;
      q = o - 1;
      continue;
    }
    if (c === 59 && q - 5 >= from && text.startsWith('&nbsp;', q - 5)) { q -= 6; continue; }
    return c;
  }
  return q < from ? -1 : text.charCodeAt(q);
}

function isCjk(c: number): boolean {
  return c >= 0x4e00 && c <= 0x9fff;
}

/** `。；;！？!?`: a member of the list follows the end of the one before. */
function endsMember(c: number): boolean {
  return c === 0x3002 || c === 0xff1b || c === 59 || c === 0xff01 || c === 0xff1f || c === 33 || c === 63;
}

/**
 * Whether a member's digits and mark (MEMBER_MARK) stand anywhere in a line, for lines asked in
 * text order: one search of the whole text, resumed where the last match was, answers every line
 * (arabicRunIn searched each line of its own, a regular expression started and a slice made for
 * every line of a long text, nearly all of them holding no mark at all).
 */
export class MemberMarks {
  private readonly re = new RegExp(MEMBER_MARK.source, 'g');
  /** The search last started here and found its match at [at, atEnd) (at -1: none left). */
  private from = -1;
  private at = -1;
  private atEnd = -1;
  constructor(private readonly text: string) {}

  /**
   * Whether [from, end) holds a whole match of MEMBER_MARK, as a search of text.slice(from, end)
   * would find: the first match at or after `from` in the whole text ends inside the line (a match
   * running past `end` starts at end-2 or later, and no match of the line's own then fits after it).
   */
  within(from: number, end: number): boolean {
    if (this.from < 0 || from < this.from || (this.at >= 0 && from > this.at)) {
      this.from = from;
      this.re.lastIndex = from;
      const m = this.re.exec(this.text);
      if (m) {
        this.at = m.index;
        this.atEnd = this.re.lastIndex;
      } else {
        this.at = -1;
        this.atEnd = -1;
      }
    }
    return this.at >= 0 && this.atEnd <= end;
  }
}

/**
 * The members of run-in Arabic lists in [from, end) of one line, in order (none: an empty list).
 * `overTags`: the text is a page's markup read with its tags hidden (a tag between two members is
 * passed over); in plain text a tag is text, and a list inside markup is left to the page reading.
 */
export function arabicRunIn(text: string, from: number, end: number, overTags: boolean): RunInMember[] {
  const out: RunInMember[] = [];
  let run: RunInMember[] = [];
  let sep = '';
  // (a list after a colon opens parts only when its members are steps: each a sentence of its own)
  let afterColon = false;
  const close = (): void => {
    if (run.length >= LEAST && (!afterColon || sentenceMembers(text, run, end))) for (const m of run) out.push(m);
    run = [];
  };
  // Each match is one or two digits at q and the mark at r (a digit after the first makes it two),
  // searched for in the line alone; a digit with another before it is never a member (below), so
  // the digits a match passes over hold none.
  const line = text.slice(from, end);
  const re = MEMBER_MARK;
  re.lastIndex = 0;
  for (let found = re.exec(line); found !== null; found = re.exec(line)) {
    const q = from + found.index;
    const r = from + re.lastIndex - 1;
    const prev = q > from ? text.charCodeAt(q - 1) : -1;
    // (a part of a longer number, a word or a decimal: `12.5`, `v2.`, `3.1.`)
    if (isAsciiDigit(prev) || (prev >= 65 && prev <= 90) || (prev >= 97 && prev <= 122) || prev === 46 || prev === 0xff0e) continue;
    const m = matchLineStart(text, q, end);
    if (m === null || m.kind !== 'arabic-dot' || m.length !== r + 1 - q) continue;
    const ts = skipForward(text, q + m.length, end, overTags);
    const next = ts < end ? text.charCodeAt(ts) : -1;
    if (!(isCjk(next) || next === 0x201c || next === 0x300a)) continue;
    const before = codeBefore(text, from, q, overTags);
    const mark = text[r];
    const member: RunInMember = { start: q, length: m.length, titleStart: ts, ordinal: m.ordinal };
    if (m.ordinal === 1 && (before < 0 || endsMember(before) || before === 0xff1a || before === 58)) {
      close();
      run = [member];
      sep = mark;
      afterColon = before === 0xff1a || before === 58;
    } else if (run.length > 0 && m.ordinal === run[run.length - 1].ordinal + 1 && mark === sep && endsMember(before)) {
      run.push(member);
    }
  }
  close();
  return out;
}

/** Least characters a step of a list after a colon holds. */
const STEP_LEAST = 12;

/**
 * The members of a list after a colon are steps, each a sentence of its own (`方法：1、开机，按F10键
 * 进入。2、重启后…。3、…即可。`): every member ends with `。` (not `；`: a list naming things, `即：
 * 1.综合；2.…`) and holds a clause mark and STEP_LEAST characters or more.
 */
function sentenceMembers(text: string, run: RunInMember[], end: number): boolean {
  for (let k = 0; k < run.length; k++) {
    const from = run[k].titleStart;
    const to = k + 1 < run.length ? run[k + 1].start : end;
    const stop = text.indexOf('\u3002', from);
    if (stop < 0 || stop >= to || stop - from < STEP_LEAST) return false;
    // (the sentence runs to the next member: nothing but blanks and tags after its 。 when one follows)
    if (k + 1 < run.length && text.slice(stop + 1, to).replace(/<[^>]*>|\s/g, '').length > 0) return false;
    const body = text.slice(from, stop);
    if (!/[，,、]/.test(body)) return false;
  }
  return true;
}
