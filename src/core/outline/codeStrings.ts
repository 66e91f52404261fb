/**
 * An article's HTML kept in a multi-line string of a code file: a JS data module's record
 * (`content: \`<p style=…>…</p>\``, a template literal over many lines), a Python triple-quoted
 * string. The code round it (`module.exports = {`, ids, dates, authors) is no part of the document:
 * the file is read with everything outside such strings blanked (line breaks kept), so every
 * heading stays at its own line:col, and the string's markup is read as the article's HTML fragment.
 * Pure and linear in the text's size.
 */
import { isHtmlSource } from './htmlSource';

/** A field name that holds an article's body, then `:` or `=`, then a template literal or a triple quote. */
const OPENING = /(?:^|[\s{,(])["']?(?:content|contents|body|html|detail|details|article|text|正文|内容)["']?\s*[:=]\s*(`|"""|''')/gi;
/** Lines a string must run over to be a document held in code, not a short value. */
const MIN_LINES = 3;

/** The file with everything but its multi-line HTML strings blanked, or null when it holds none. */
export function codeHtmlText(text: string): string | null {
  if (text.length < 200) return null;
  // Every opening ends with one of these quotes: a text with none holds no such string. (A native
  // search for each is a few milliseconds on 10M characters; the opening's pattern, with its
  // alternatives and no fixed first character, about 20.)
  if (text.indexOf('`') < 0 && text.indexOf('"""') < 0 && text.indexOf("'''") < 0) return null;
  const keep: Array<[number, number]> = [];
  OPENING.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = OPENING.exec(text)) !== null) {
    const quote = m[1];
    const from = m.index + m[0].length;
    let to = -1;
    for (let q = text.indexOf(quote, from); q >= 0; q = text.indexOf(quote, q + 1)) {
      if (text.charCodeAt(q - 1) !== 92) { to = q; break; }
    }
    if (to < 0) break;
    OPENING.lastIndex = to + quote.length;
    let lines = 0;
    for (let q = text.indexOf('\n', from); q >= 0 && q < to && lines < MIN_LINES; q = text.indexOf('\n', q + 1)) lines++;
    if (lines < MIN_LINES) continue;
    if (!isHtmlSource(text.slice(from, to))) continue;
    keep.push([from, to]);
  }
  if (!keep.length) return null;
  let out = '';
  let at = 0;
  for (const [s, e] of keep) {
    out += blank(text.slice(at, s)) + text.slice(s, e);
    at = e;
  }
  return out + blank(text.slice(at));
}

/** Every character but the line breaks written as a space. */
function blank(s: string): string {
  return s.replace(/[^\r\n]/g, ' ');
}
