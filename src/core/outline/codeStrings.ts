/**
 * An article's HTML kept in a multi-line string of a code file: a JS data module's record
 * (`content: \`<p style=…>…</p>\``, a template literal over many lines), a Python triple-quoted
 * string. The code round it (`module.exports = {`, ids, dates, authors) is no part of the document:
 * the file is read with everything outside such strings blanked (line breaks kept), so every
 * heading stays at its own line:col, and the string's markup is read as the article's HTML fragment.
 * Pure and linear in the text's size.
 */
import { isHtmlSource } from './htmlSource';

/** A field name that says it holds an article's body. */
const BODY_NAME = /^(?:content|contents|body|html|detail|details|article|text|正文|内容)$/i;
/**
 * A name (a field or a variable: `content:`, `const article1 =`, `module.exports =`), then `:` or
 * `=`, then a template literal or a triple quote.
 */
const OPENING = /(?:^|[\s{,(.])["']?([A-Za-z_$\u4e00-\u9fff][\w$\u4e00-\u9fff]{0,40})["']?\s*[:=]\s*(`|"""|''')/g;
/**
 * Share of the file's Han characters the strings under other names (`const article1 = \``) must
 * hold together: the file is then the articles it keeps in code (a site's mock-data module), and
 * blanking the rest loses none of its text; a component's markup template beside code and comments
 * in Chinese is left as it was.
 */
const OTHER_NAME_SHARE = 0.8;
/** Lines a string must run over to be a document held in code, not a short value. */
const MIN_LINES = 3;

/** The file with everything but its multi-line HTML strings blanked, or null when it holds none. */
export function codeHtmlText(text: string): string | null {
  if (text.length < 200) return null;
  // Every opening ends with one of these quotes: a text with none holds no such string. (A native
  // search for each is a few milliseconds on 10M characters; the opening's pattern, with its
  // alternatives and no fixed first character, about 20.)
  if (text.indexOf('`') < 0 && text.indexOf('"""') < 0 && text.indexOf("'''") < 0) return null;
  const keep: Array<[number, number, boolean]> = [];
  let otherHan = 0;
  OPENING.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = OPENING.exec(text)) !== null) {
    const quote = m[2];
    const from = m.index + m[0].length;
    let to = -1;
    for (let q = text.indexOf(quote, from); q >= 0; q = text.indexOf(quote, q + 1)) {
      if (text.charCodeAt(q - 1) !== 92) { to = q; break; }
    }
    // A file cut inside its last string (a copy kept only its first lines) holds that string to its end.
    const cut = to < 0;
    if (cut) to = text.length;
    OPENING.lastIndex = cut ? text.length : to + quote.length;
    let lines = 0;
    for (let q = text.indexOf('\n', from); q >= 0 && q < to && lines < MIN_LINES; q = text.indexOf('\n', q + 1)) lines++;
    if (lines < MIN_LINES) continue;
    if (!isHtmlSource(text.slice(from, to))) continue;
    const named = BODY_NAME.test(m[1]);
    keep.push([from, to, named]);
    if (!named) otherHan += han(text, from, to);
  }
  // (strings named otherwise that hold too little of the file's text are not the document)
  const taken = otherHan > 0 && otherHan < OTHER_NAME_SHARE * han(text, 0, text.length) ? keep.filter((k) => k[2]) : keep;
  if (!taken.length) return null;
  return keepOnly(text, taken);
}

/** Han characters in [s, e). */
function han(text: string, s: number, e: number): number {
  let n = 0;
  for (let p = s; p < e; p++) {
    const c = text.charCodeAt(p);
    if (c >= 0x4e00 && c <= 0x9fff) n++;
  }
  return n;
}

/** Every character but the line breaks written as a space. */
function blank(s: string): string {
  return s.replace(/[^\r\n]/g, ' ');
}

/** The text with all but the ranges `[start, end)` (in order, apart) blanked: every offset and line:col kept. */
function keepOnly(text: string, ranges: ReadonlyArray<readonly [number, number, ...unknown[]]>): string {
  let out = '';
  let at = 0;
  for (const [s, e] of ranges) {
    out += blank(text.slice(at, s)) + text.slice(s, e);
    at = e;
  }
  return out + blank(text.slice(at));
}

/**
 * A line that is one piece of a string built by concatenation, in any language: the literal alone,
 * with a `+` before or after it and the statement's end (`"<p>一、…</p>" +`, `+ "<p>…</p>"`,
 * `"</div>";`), or the assignment that opens it (`let html = "<!doctype html>" +`,
 * `String page = "<div>" +`, `html += "<p>…</p>";`). Group 1 or 2: the literal's content.
 */
const CONCAT_LINE = /^[ \t]*(?:(?:(?:let|var|const|val|String|string|final|private|static|NSString|auto)\s+)*[\w$.\[\]]+\s*(?::\s*[\w.<>?]+\s*)?\+?=\s*|\+\s*|\(\s*)?(?:@?"((?:[^"\\\n]|\\.)*)"|'((?:[^'\\\n]|\\.)*)')\s*(?:(?:\+|;|,|\)+;?)[ \t]*)?\r?$/;
/** Lines of concatenated literals a page must run over to be read so. */
const MIN_CONCAT_LINES = 5;

/**
 * A code file that builds a page's HTML by concatenating string literals a line each (a Swift or
 * Java controller's `let html = "<!doctype html>" + "<head>" + … "<p>　　一、…</p>" +`): the file
 * with everything but those literals' contents blanked (line breaks kept, so every heading stays at
 * its own line:col), when a run of MIN_CONCAT_LINES such lines or more, joined, is an HTML page or
 * an article's fragment; else null. Linear: each line is matched once, each run joined once.
 */
export function concatenatedHtmlText(text: string): string | null {
  if (text.indexOf('"<') < 0 && text.indexOf("'<") < 0) return null;
  const keep: Array<[number, number]> = [];
  let run: Array<[number, number]> = [];
  const close = (): void => {
    if (run.length >= MIN_CONCAT_LINES) {
      const joined = run.map(([a, b]) => text.slice(a, b)).join('\n');
      if (isHtmlSource(joined)) for (const r of run) keep.push(r);
    }
    run = [];
  };
  let ls = 0;
  while (ls <= text.length) {
    let le = text.indexOf('\n', ls);
    if (le < 0) le = text.length;
    const m = le - ls <= 4000 ? CONCAT_LINE.exec(text.slice(ls, le)) : null;
    if (m) {
      const content = m[1] ?? m[2] ?? '';
      const q = m[1] !== undefined ? '"' : "'";
      const at = ls + m[0].lastIndexOf(q + content + q) + 1;
      run.push([at, at + content.length]);
    } else close();
    ls = le + 1;
  }
  close();
  if (!keep.length) return null;
  return keepOnly(text, keep);
}
