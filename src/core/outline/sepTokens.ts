/**
 * A text kept as one line whose paragraphs a program joined with a token of its own (an NLP data
 * file's `[SEP]`, a dump's `||`, `␤`, `¶`, `[EOL]`, `<SEP>`, `/n`, `##`): the token stands for the
 * paragraph break. It is read from the line, not from a list: a token of ASCII marks (letters
 * with a bracket or a bar, never letters alone) or of a line-break symbol, that follows a
 * sentence's end (`。！？；：”`) four times or more, stands after one at least half the times it
 * stands at all, and never inside a word of ASCII (letters or digits on both sides). Where it
 * stands otherwise it ends a paragraph with no mark (a heading's title, a salutation).
 *
 * A scraper of such files may set an ASCII `.` after a paragraph it took from a heading tag
 * (`一、2011年工作回顾.[SEP]`): right before the token, after a Chinese character or a full-width
 * mark, it belongs to the break, not to the heading's title.
 *
 * Linear in the line's length; the `<br>` and `\n` a page or a string writes are read elsewhere
 * (recordLines.ts), so a token holding `\`, `&`, a quote, or a page's break tag is none.
 */
import { isBreakTagAt } from './htmlBreaks';
import { isAsciiAlnum, isAsciiLetter } from '../text/latin';
import { endPairIn } from './endPairs';

/** Line-break symbols a dump writes for a break: ␤ ¶ ↵ ⏎. */
function isBreakSymbol(c: number): boolean {
  return c === 0x2424 || c === 0xb6 || c === 0x21b5 || c === 0x23ce;
}

/** A character a token may hold: ASCII marks and letters (no digit, blank, quote, `\`, `&`, `,`), or a break symbol. */
function isTokenChar(c: number): boolean {
  if (isBreakSymbol(c)) return true;
  if (c < 33 || c > 126 || (c >= 48 && c <= 57)) return false;
  return c !== 34 && c !== 39 && c !== 92 && c !== 38 && c !== 96 && c !== 44;
}

/**
 * Marks that say something of their own (emphasis, a sentence's end, brackets opening or closing
 * a clause): a token needs a letter, a bar, an angle or square bracket pair, a slash, `#`, `~` or a
 * break symbol besides them.
 */
function isTelling(c: number): boolean {
  return isAsciiLetter(c) || isBreakSymbol(c) || c === 124 || c === 47 || c === 35 || c === 126 || c === 60 || c === 62 || c === 61 || c === 94 || c === 64;
}

/** A sentence's end, the scraper's dot, blanks, and a character a token may open with. */
const END_MARK = /[\u3002\uff01\uff1f\uff1b\uff1a\u201d!?;]\.? *[\x21\x23-\x25\x28-\x2b\x2d-\x2f\x3a-\x5b\x5d-\x5f\x61-\x7e\u2424\u00b6\u21b5\u23ce]/g;

/** A page's inline tags (opening), whatever their case. */
const INLINE_TAG = /^<(?:a|b|i|u|s|em|strong|span|font|sup|sub|small|big|mark|code|q|cite|abbr|ins|del|label)(?:[ >/])/i;

/** Longest token read. */
const TOKEN_MAX = 8;
/** Times a token follows a sentence's end, at least. */
const MIN_ENDS = 4;
/** Distinct tokens tallied on a line (a line of code holds many marks after its `;`). */
const MAX_KINDS = 16;

/** The token starting at p (ASCII spaces before it passed over by the caller), or '' when none is there. */
function tokenAt(t: string, p: number, e: number): string {
  let q = p;
  let telling = false;
  let letters = true;
  while (q < e && q - p < TOKEN_MAX + 1 && isTokenChar(t.charCodeAt(q))) {
    const c = t.charCodeAt(q);
    if (isTelling(c)) telling = true;
    if (!isAsciiLetter(c)) letters = false;
    q++;
  }
  if (q === p || q - p > TOKEN_MAX || !telling || letters) return '';
  // (a mark alone is a break only as a bar or a break symbol: `#` opens a topic tag, `/` a path)
  if (q - p === 1 && t.charCodeAt(p) !== 124 && !isBreakSymbol(t.charCodeAt(p))) return '';
  // (a token does not run into a word of ASCII after it: `。[注]abc` is a note's start)
  const s = t.slice(p, q);
  if (isBreakTagAt(t, p)) return '';
  // (a Markdown mark or a link: `**`, `[文字](…)` open a span, not a break)
  if (/^[*_]+$/.test(s) || /^\[[^\]]*$/.test(s) || /^<[^>]*$/.test(s)) return '';
  // (a page's inline tag closing a sentence's emphasis, `。</b>`, `。<i>`, is markup: a made-up tag, `<SEP>`, is the break)
  if (/^<\//.test(s) || INLINE_TAG.test(s)) return '';
  return s;
}

/**
 * The token the line [s, e) joins its paragraphs with, or '' when it holds none.
 */
export function separatorToken(t: string, s: number, e: number): string {
  // (a token after a sentence's end needs an end-mark pair in the line: a line of prose holds none)
  if (!endPairIn(t, s, e)) return '';
  const tally = new Map<string, number>();
  let best = '';
  let bestN = 0;
  // (the places a sentence's end is followed by a mark of ASCII or a break symbol, found by one scan
  // of the line: every long line of a plain text comes here)
  const line = s === 0 && e === t.length ? t : t.slice(s, e);
  END_MARK.lastIndex = 0;
  for (let m = END_MARK.exec(line); m !== null; m = END_MARK.exec(line)) {
    const p = s + m.index;
    let q = p + 1;
    // (the scraper's dot after a closing mark, `。.[SEP]`, and blanks before the token)
    if (t.charCodeAt(q) === 46) q++;
    while (q < e && t.charCodeAt(q) === 32) q++;
    if (q >= e || !isTokenChar(t.charCodeAt(q))) continue;
    const tok = tokenAt(t, q, e);
    if (!tok) continue;
    const n = (tally.get(tok) ?? 0) + 1;
    if (n === 1 && tally.size >= MAX_KINDS) continue;
    tally.set(tok, n);
    if (n > bestN) { best = tok; bestN = n; }
    END_MARK.lastIndex = q + tok.length - s;
  }
  if (bestN < MIN_ENDS) return '';
  // every place the token stands: after a sentence's end at least half the times, never inside ASCII words
  let all = 0;
  for (let p = t.indexOf(best, s); p >= 0 && p + best.length <= e; p = t.indexOf(best, p + best.length)) {
    all++;
    const before = p > s ? t.charCodeAt(p - 1) : 0;
    const after = p + best.length < e ? t.charCodeAt(p + best.length) : 0;
    if (isAsciiAlnum(before) && isAsciiAlnum(after)) return '';
    // (a token run into more marks is some other notation: `||=`, `[SEP]]`)
    if (after !== 0 && isTokenChar(after) && !t.startsWith(best, p + best.length) && after !== 46) {
      if (!isTelling(after) || isAsciiLetter(after)) { /* a word after it: allowed */ } else return '';
    }
  }
  return bestN * 2 > all ? best : '';
}

/** How many times the token stands in [s, e). */
export function tokenCount(t: string, s: number, e: number, token: string): number {
  let n = 0;
  for (let p = t.indexOf(token, s); p >= 0 && p + token.length <= e; p = t.indexOf(token, p + token.length)) n++;
  return n;
}

/**
 * Where each break stands in [s, e): [start0, end0, start1, end1, …], each the token with the ASCII
 * spaces round it and the scraper's dot before it (after a Chinese character or a full-width mark).
 */
export function separatorBreaks(t: string, s: number, e: number, token: string): number[] {
  const out: number[] = [];
  for (let p = t.indexOf(token, s); p >= 0 && p + token.length <= e; p = t.indexOf(token, p + token.length)) {
    let a = p;
    while (a > s && t.charCodeAt(a - 1) === 32) a--;
    if (a - 1 > s && t.charCodeAt(a - 1) === 46 && isWide(t.charCodeAt(a - 2))) a--;
    let b = p + token.length;
    while (b < e && t.charCodeAt(b) === 32) b++;
    // (a break the last one ended at: `[SEP][SEP]` is two)
    if (out.length && a < out[out.length - 1]) a = out[out.length - 1];
    out.push(a, b);
  }
  return out;
}

/** A Chinese character or a full-width mark (not an ASCII digit or letter: `9.2` keeps its dot). */
function isWide(c: number): boolean {
  return c >= 0x2e80;
}
