/**
 * A document's plain text kept in a code file as a string over many lines (a JS record's template
 * literal, a Python triple-quoted string), its first words on the line that opens it and its last
 * words on the line that closes it:
 *
 *     content: `一、协议范围
 *     本协议适用于…。
 *     …
 *     3. 建设低碳技术创新平台`,
 *
 * The code before the opening quote (`content: `) and the quote with the punctuation after the
 * closing one (`` `, ``) are no part of the text: they are blanked (spaces, the same length, so every
 * heading stays at its own line:col), and the first part's marker opens its line as it does in the
 * text, the last line's title ends with its words.
 *
 * Only in a code file, only a string opened after a name and `:` or `=` (or `return`) at the start
 * of its line, whose first character on that line is no ASCII (Chinese words, a full-width bracket)
 * and that closes on a later line, followed there by nothing but `,` `;` `)` `]` `}` and blanks; an
 * opening line holding an escape (`\n`) is a prompt's string, left as it is.
 * Strings of markup are read elsewhere (codeStrings.ts). Pure and linear in the text's size: the
 * scan goes on after each string's close.
 */

import { closingBrace } from '../text/braces';
import { isHan } from '../text/cjk';
import { atxPrefix } from '../text/markdownAtx';

/** A line opening a string: indent, a name (a key, a variable, quoted or not) and `:`/`=`, or `return`; then the quote. */
const OPENER = /^[ \t]*(?:(?:["']?[A-Za-z_$\u4e00-\u9fff][\w$\u4e00-\u9fff]{0,40}["']?(?:[ \t]*:[ \t]*[A-Za-z_$][\w$<>[\]|, ]{0,40})?[ \t]*[:=]|return)[ \t]*)(`|"""|''')/;
/** Han characters a string must hold to be a document's text. */
const MIN_HAN = 20;

/** The text with the code round its multi-line strings' first and last words blanked, or null when none was. */
export function literalEdgesText(text: string): string | null {
  if (text.indexOf('`') < 0 && text.indexOf('"""') < 0 && text.indexOf("'''") < 0) return null;
  const n = text.length;
  const blanks: number[] = [];
  let ls = 0;
  while (ls < n) {
    let le = text.indexOf('\n', ls);
    if (le < 0) le = n;
    const head = text.slice(ls, Math.min(le, ls + 120));
    const m = OPENER.exec(head);
    if (m === null) { ls = le + 1; continue; }
    const quote = m[1];
    const open = ls + m[0].length - quote.length;
    const inner = open + quote.length;
    const c = inner < le ? text.charCodeAt(inner) : 10;
    // (words right after the quote: a string opening with a line break or ASCII is left as it is; a
    // Markdown heading's hashes before its words, `content: \`## 一、指导思想`, are the text's markup)
    const hashes = c === 35 ? atxHashes(text, inner, le) : 0;
    if ((c <= 0x7e && hashes === 0) || c === 13) { ls = le + 1; continue; }
    // (an escape on the opening line, `'''以下的问题，请回答\n`, writes the program's string, not the text's line)
    if (/\\[nrt]/.test(text.slice(inner, le))) { ls = le + 1; continue; }
    const close = closeOf(text, inner, quote);
    if (close < 0) return blanks.length > 0 ? blanked(text, blanks) : null;
    let cle = text.indexOf('\n', close);
    if (cle < 0) cle = n;
    if (close < le) { ls = cle + 1; continue; }
    let han = 0;
    for (let p = inner; p < close && han < MIN_HAN; p++) {
      const d = text.charCodeAt(p);
      if (d >= 0x4e00 && d <= 0x9fff) han++;
    }
    if (han >= MIN_HAN) {
      blanks.push(ls + (m[0].length - m[0].trimStart().length), inner + hashes);
      // a Markdown text (its first line, or two lines of it, a heading): the hashes of its headings are
      // markup, blanked, so a part's marker opens its line and a title stands alone (recordLines'
      // readAtx does the same for a Markdown text a record's escapes hold)
      atxBlanks(text, le + 1, close, hashes > 0, blanks);
      // the closing quote and the punctuation after it, when nothing else follows on its line
      const after = close + quote.length;
      let q = after;
      while (q < cle) {
        const d = text.charCodeAt(q);
        if (d === 32 || d === 9 || d === 13 || d === 44 || d === 59 || d === 41 || d === 93 || d === 125) q++;
        else break;
      }
      if (q >= cle) {
        let e = cle;
        if (e > close && text.charCodeAt(e - 1) === 13) e--;
        blanks.push(close, e);
      }
    }
    ls = cle + 1;
  }
  return blanks.length > 0 ? blanked(text, blanks) : null;
}

/**
 * A Markdown ATX heading's hashes at `p` and the blanks after them, when Chinese words follow
 * (`## 一、指导思想`, `### 做得好的地方`, `### 1. 推行…`): their length, else 0.
 */
function atxHashes(text: string, p: number, e: number): number {
  const h = atxPrefix(text, p, e);
  if (h === 0) return 0;
  const q = p + h;
  // (Chinese words within the heading's first characters: `1. 推行…` after a marker of digits)
  for (let r = q; r < e && r < q + 8; r++) if (isHan(text.charCodeAt(r))) return h;
  return 0;
}

/**
 * The hashes of the ATX headings on the lines from `from` to the string's close at `close`, pushed
 * as ranges to blank, when the string is a Markdown text: it opens with a heading (`opened`), or two
 * of its lines are headings. A line's indent before its hashes is kept (a literal indented with its code).
 */
function atxBlanks(text: string, from: number, close: number, opened: boolean, blanks: number[]): void {
  const found: number[] = [];
  for (let ls = from; ls < close; ) {
    let le = text.indexOf('\n', ls);
    if (le < 0 || le > close) le = close;
    let p = ls;
    while (p < le && (text.charCodeAt(p) === 32 || text.charCodeAt(p) === 9)) p++;
    const h = text.charCodeAt(p) === 35 ? atxHashes(text, p, le) : 0;
    if (h > 0) found.push(p, p + h);
    ls = le + 1;
  }
  if (opened || found.length >= 4) for (const f of found) blanks.push(f);
}

/** Where the string whose content starts at `p` closes (its closing quote's index), or -1. */
function closeOf(text: string, p: number, quote: string): number {
  const n = text.length;
  const q = quote.charCodeAt(0);
  const triple = quote.length === 3;
  for (let i = p; i < n; i++) {
    const d = text.charCodeAt(i);
    if (d === 92) { i++; continue; }
    // (a template literal's substitution `${…}` is code: its braces are counted, a quote in it closes nothing)
    if (!triple && d === 36 && text.charCodeAt(i + 1) === 123) {
      const close = closingBrace(text, i + 1, n);
      i = close < 0 ? n : close;
      continue;
    }
    if (d === q && (!triple || (text.charCodeAt(i + 1) === q && text.charCodeAt(i + 2) === q))) return i;
  }
  return -1;
}

function blanked(text: string, ranges: number[]): string {
  let out = '';
  let p = 0;
  for (let k = 0; k < ranges.length; k += 2) {
    const s = ranges[k];
    const e = ranges[k + 1];
    if (s < p) continue;
    out += text.slice(p, s) + ' '.repeat(e - s);
    p = e;
  }
  return out + text.slice(p);
}
