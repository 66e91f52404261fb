/**
 * A list run on inside one sentence after a colon: `应当从重处理：（一）拒不改正的；（二）伪造记录的。`,
 * `存在两个问题：（1）数据不足；（2）模型分散。` The bracketed numbers enumerate the things the
 * sentence names; they open no parts of the text (docs/testing.md: "an enumeration run on inside
 * one sentence after a colon (`主要包括：（一）……；（二）……`) is a list, not parts").
 *
 * Told in the file's own text after the outline is built (a statute flattened onto one line is read
 * in a view that sets each item on a line of its own; the file still has them run together): a run
 * of bracketed numbers (`（一）` `(一)` `（1）` `(1)`) whose first member stands right after a colon
 * on its line that closes a sentence announcing a list (`下列` `以下` `包括` `是指`, a count of
 * things: `两个关键挑战：`), every later member right after a semicolon, with no sentence's end (`。！？`) and no
 * line break from the first member to the last, and no heading under any member. Items on lines of
 * their own (a statute's `（一）…；` lines) are parts and stay. A speech's ordinals (`第一，…；第二，…`)
 * are no such list: ANNOTATION.md counts run-in ordinals inside a paragraph (`…；其次，…`) as headings,
 * and two blind golds split on `两条原则：第一，…；第二，…`, so the reference's letter decides.
 *
 * A document that numbers its parts at line starts gives one more reading (listInParagraph): a
 * bracketed run whose first member follows a colon in the middle of a paragraph (a sentence of that
 * paragraph ended before the colon: `…全国土地会议。我们的军事原则是：（1）…。（2）…。`), every member on
 * that one line, is what the paragraph enumerates, even with no word announcing it and with
 * sentences between the members: the author started lines where parts begin. A paragraph that opens
 * with the colon (minutes flattened onto a line, `会议决定：（1）…。（2）…。`) keeps its runs.
 * Linear: each member is read once, and the stretch between members once.
 */
import type { Heading, Outline } from '../types';
import { withoutHeadings } from './dropHeadings';

const BLANK = (c: number): boolean => c === 32 || c === 9 || c === 0x3000 || c === 0xa0;
const COLON = (c: number): boolean => c === 0xff1a || c === 58;
const SEMI = (c: number): boolean => c === 0xff1b || c === 59;

/** The character before `pos` on its line, blanks skipped (NaN at the line's start). */
function markBefore(text: string, pos: number): number {
  let b = pos - 1;
  while (b >= 0 && pos - b <= 8 && BLANK(text.charCodeAt(b))) b--;
  if (b < 0) return NaN;
  const c = text.charCodeAt(b);
  return c === 10 || c === 13 ? NaN : c;
}

/** Where the colon right before `pos` on its line stands (blanks skipped), or -1. */
function colonBefore(text: string, pos: number): number {
  let b = pos - 1;
  while (b >= 0 && pos - b <= 8 && BLANK(text.charCodeAt(b))) b--;
  return b >= 0 && COLON(text.charCodeAt(b)) ? b : -1;
}

/** No sentence's end and no line break in text[a, b). */
function oneSentence(text: string, a: number, b: number): boolean {
  for (let p = a; p < b; p++) {
    const c = text.charCodeAt(p);
    if (c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 33 || c === 63 || c === 10 || c === 13) return false;
  }
  return true;
}

/**
 * Words that announce the list a sentence goes on to enumerate: `下列` `以下` `如下` `包括` `包含`
 * `是指` `分为` `分别为`, or a count of things (`两个` `三项` `两条` `四类` `几点` `五方面`). A headline
 * over a digest's sub-items (`9. 某地发生暴雨：（1）…；（2）…`) has none: its items are stories.
 */
const ANNOUNCES = /下列|以下|如下|包括|包含|是指|分为|分别[为是]|[两二三四五六七八九十几]\s*(?:个|项|条|类|种|点|大|方面)/;
/** How far back from the colon the announcing sentence is read. */
const LEAD_MAX = 120;

/** The sentence that ends with the colon at `colon` (back to a sentence's or clause's end, a line break, or LEAD_MAX) announces a list. */
function announcesList(text: string, colon: number): boolean {
  let a = colon;
  while (a > 0 && colon - a < LEAD_MAX) {
    const c = text.charCodeAt(a - 1);
    if (c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0xff1b || c === 59 || c === 10 || c === 13) break;
    a--;
  }
  return ANNOUNCES.test(text.slice(a, colon));
}

/** A bracketed number (`（1）` `（一）`). */
function isParen(h: Heading): boolean {
  return h.family === 'cn-paren' || h.family === 'arabic-paren';
}

/** A sentence ended (`。！？`) on the line of `pos` before it: the paragraph spoke before what stands at `pos`. */
function sentenceBefore(text: string, pos: number): boolean {
  for (let p = pos - 1; p >= 0; p--) {
    const c = text.charCodeAt(p);
    if (c === 10 || c === 13) return false;
    if (c === 0x3002 || c === 0xff01 || c === 0xff1f) return true;
  }
  return false;
}

/** No line break in text[a, b). */
function oneLine(text: string, a: number, b: number): boolean {
  for (let p = a; p < b; p++) {
    const c = text.charCodeAt(p);
    if (c === 10 || c === 13) return false;
  }
  return true;
}

/**
 * A bracketed run every member of which stands inside the paragraph whose middle its colon is in
 * (see the file's comment), in a document numbering its parts at line starts (`lineParts`).
 */
function listInParagraph(text: string, hs: readonly Heading[], members: readonly number[], colon: number): boolean {
  if (!sentenceBefore(text, colon)) return false;
  for (const k of members) if (!hs[k].inline) return false;
  return oneLine(text, colon, hs[members[members.length - 1]].start);
}

/** The outline without the members of lists run on inside a sentence after a colon (the same object when there are none). */
export function withoutColonLists(text: string, outline: Outline): Outline {
  const hs = outline.headings;
  if (hs.length < 2) return outline;
  // members of each bracketed run, in text order
  const runs = new Map<number, number[]>();
  // whether the document numbers parts at line starts (a numbered heading opening its line)
  let lineParts = false;
  for (let k = 0; k < hs.length; k++) {
    const h = hs[k];
    if (!h.inline && h.marker !== '') lineParts = true;
    if (!isParen(h)) continue;
    const m = runs.get(h.run);
    if (m) m.push(k);
    else runs.set(h.run, [k]);
  }
  if (runs.size === 0) return outline;
  const parentOf = new Uint8Array(hs.length);
  for (const h of hs) if (h.parent !== null) parentOf[h.parent] = 1;
  const drop = new Uint8Array(hs.length);
  let dropped = 0;
  for (const members of runs.values()) {
    if (members.length < 2) continue;
    const first = hs[members[0]];
    const colon = colonBefore(text, first.start);
    if (colon < 0) continue;
    let ok = true;
    for (let q = 0; q < members.length && ok; q++) if (parentOf[members[q]]) ok = false;
    if (!ok) continue;
    let oneSentenceList = announcesList(text, colon);
    for (let q = 1; q < members.length && oneSentenceList; q++) {
      const k = members[q];
      oneSentenceList = SEMI(markBefore(text, hs[k].start)) && oneSentence(text, hs[members[q - 1]].titleStart, hs[k].start);
    }
    const inParagraph = !oneSentenceList && lineParts && listInParagraph(text, hs, members, colon);
    if (!oneSentenceList && !inParagraph) continue;
    for (const k of members) drop[k] = 1;
    dropped += members.length;
  }
  return dropped === 0 ? outline : withoutHeadings(outline, drop);
}
