/**
 * Numbers of the program itself in a code file that keeps a document (a python-docx script's
 * `Pt(16)`, `Cm(2.54)`, `space_after=Pt(6)`, `sa=3`; a Java service's `size() == 0`, `return 0;`,
 * `new SubsidyNode("…", id, 0, new Date())`; a loop's `range(1, 4)`): no figures. The reader's
 * figures are in the document's text — the strings, the comments and docstrings, the markup's
 * words — and a number standing in the code between them is a font size, an index or a flag.
 *
 * Also a string that is a label with an index glued on (`"标签1"`, `"事件2"`, `"补贴类型10"`: a test
 * record's name): its digits name the record, as `node1` does, and are no figure; nor is the
 * number of a list item opening a string (`item(doc, "1. 牧云谷项目：…")`), the item's mark.
 *
 * Only in a code file (three statement lines or more, codeLines.ts) that is no page source, and
 * only a number whose line is code up to it (ASCII only before it, its strings aside) and that follows an operator,
 * a bracket, a comma or a keyword: `<td>2016</td>` in a template's markup stays a figure, and a
 * record's field (`pages: 28`, `id: 3`) is left to what its key says (codeFields.ts).
 * One forward pass over the text (strings, comments, docstrings followed); linear.
 */
import type { Figure } from '../types';
import { codeTextTest, type CodeTextTest } from '../outline/codeLines';
import { isHtmlSource } from '../outline/htmlSource';
import { closingBrace } from '../text/braces';

/** What may stand right before a program's number (after blanks): an operator, a bracket, a comma, `return`. */
const BEFORE = /(?:[-+*/%=<>!&|^~?:,([{]|\breturn|\bcase|\byield|\bin)[ \t]*$/;
/** What may follow a program's number: a closing bracket, a comma, an operator, the statement's end, a comment. */
const AFTER = /^[ \t]*(?:[-+*/%=<>!&|^?:,;)\]}]|\.\.|#|\/\/|\r?$|\n|\b(?:if|else|and|or|for)\b)/;
/** A record's key before its value (`views: `, `"id": `): a field, not the program's number. */
const FIELD_KEY = /(?:^|[{,\s])["'_]?[A-Za-z_$][\w$]*["'_]?[ \t]*:[ \t]*$/;
/** An unquoted key before its value (`id: `): a field of an object literal the program writes (JSON's keys are quoted). */
const BARE_KEY = /(?:^|[{,\s])([A-Za-z_$][\w$]*)[ \t]*:[ \t]*$/;
/** Keys that name an identifier, an index, a position or a state of the program. */
const STATE_KEY = /^(?:id|ids|idx|index|key|active|current|cur|selected|checked|visible|show|loading|disabled|status|state|type|flag|sort|order|seq|clientX|clientY|offsetX|offsetY|scrollTop|scrollLeft)$|(?:Id|ID|_id|Index|Idx|Active|Flag|Status|State|Type|Order|Sort|Seq|_order|_sort)$|^(?:cur|current|active|selected)[A-Z_]/;
/** After a number opening its line: `:` and an object or an array opening (`1: {`), the number a key of records. */
const KEY_OF_RECORD = /^[ \t]*:[ \t]*[{[][ \t]*(?:\r?\n|$)/;
/**
 * A key naming a time (`createTime`, `updatetime`, `publishTime`, `timestamp`, `createdAt`,
 * `updated_at`, `releaseDate`, `lastUse`, `ts`): its value written as an epoch count is a timestamp.
 */
const TIME_KEY = /(?:time|Time|TIME|date|Date|stamp|Stamp|_at|[a-z]At|^ts|Ts|^created|^updated|^modified|^expires?|^last[A-Z][a-z]+)$/;
/** An epoch count of seconds or milliseconds (2001–2033: ten or thirteen digits opening with 1), a fraction allowed. */
const EPOCH = /^1[0-9]{9}(?:[0-9]{3})?(?:\.[0-9]+)?$/;
/** A program's key and its `:` or `=` right before a value (`createTime: `, `"timestamp": `, `created_at='`). */
const KEY_BEFORE_VALUE = /(?:^|[\s{,(])["'`]?([A-Za-z_$][\w$]*)["'`]?[ \t]*[:=][ \t]*["'`]?$/;

/**
 * Whether the figure [s, e) is a record's timestamp: an epoch count as the value of a field whose
 * program key names a time (`createTime: 1635470149881`, `'timestamp': 1693430843339`,
 * `updatetime: 1647395260`). A date of the file's metadata, written for the machine: no figure. A
 * key in words (`更新时间戳: 1664890409421` on a news page) is the page's and stays.
 */
function recordTimestamp(text: string, s: number, e: number, figText: string): boolean {
  // (asked of every figure of every text: EPOCH's own first test, ten characters opening with 1,
  // read before the expression is run)
  if (figText.length < 10 || figText.charCodeAt(0) !== 49 || !EPOCH.test(figText)) return false;
  const c = text.charCodeAt(e);
  if ((c >= 48 && c <= 57) || c === 46) return false;
  const key = KEY_BEFORE_VALUE.exec(text.slice(Math.max(0, s - 48), s));
  return key !== null && TIME_KEY.test(key[1]);
}

/**
 * A data module (`module.exports = {`, `export default [`, `const list = [` opening the file after its
 * comments): the file is code, its values the program's fields, though it holds one statement only.
 * (A block comment ends at its first close, read one way only: a lazy `[^]*?` before the close could
 * also end at any later close, and a run of k comments before no statement was tried in all 2^k splits.)
 */
const DATA_MODULE = /^(?:[ \t\r\n]|\/\/[^\n]*\n|\/\*[^*]*\*+(?:[^*/][^*]*\*+)*\/)*(?:module\.exports[ \t]*=|export[ \t]+default|(?:export[ \t]+)?(?:const|let|var)[ \t]+[\w$]+(?:[ \t]*:[^=\n]+)?[ \t]*=)[ \t]*[{[]/;
/** Characters of a text's opening looked at for a data module's first statement. */
const MODULE_OPENING = 2000;

/**
 * A colour key and the quote opening its value (`'color' => '`, `borderColor: "`, `"bgColor":"`): a
 * style's colour written in hex digits (`'666666'`, `'006699'`) is the program's, no figure.
 */
const COLOUR_KEY = /(?:colou?r|Colou?r|COLOU?R)["']?[ \t]*(?:=>|:|=)[ \t]*["']$/;
/** A hex colour written in decimal digits only (three or six). */
const COLOUR_DIGITS = /^(?:[0-9]{3}|[0-9]{6})$/;

/** A string that is a label with an index (`标签1`, `事件2`, `补贴对象A`'s kin with digits). */
const INDEXED_LABEL = /^[\u4e00-\u9fff]{1,8}[0-9]{1,3}$/;

/** A list item's number opening a string (`1. `, `2、`, `3．` before Chinese words). */
const LIST_ITEM = /^([0-9]{1,2})[.．、][ \t\u3000]*[\u4e00-\u9fff]/;

/**
 * A line comment's body that is a call statement (`graphics.drawString("…", 150, 1260);`,
 * `ctx.fillRect(0, 0, 750, 1334);`): a call on a dotted name, its arguments, `;` ending the line.
 */
const COMMENTED_STATEMENT = /^[ \t]*[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*[ \t]*\([^\n]*\)[ \t]*;[ \t]*\r?$/;

/** Kinds of character the pass tells apart: 0 code, 1 text (a string, a comment), 2 an indexed label's digits. */
function regions(text: string): Uint8Array {
  const n = text.length;
  const mark = new Uint8Array(n + 1);
  let p = 0;
  let lineStart = true;
  while (p < n) {
    const c = text.charCodeAt(p);
    if (c === 10) { lineStart = true; p++; continue; }
    if (c === 32 || c === 9 || c === 13) { p++; continue; }
    const atLineStart = lineStart;
    lineStart = false;
    // comments: `//`, `/* … */`, `#` (Python, shell; a line's start or after a blank)
    if (c === 47 && text.charCodeAt(p + 1) === 47) {
      const e = lineEnd(text, p);
      // (a statement commented out, `//  g.drawString("新年快乐", 360, 1100);`: still the program's,
      // its strings text and its numbers code, so the scan goes on inside it)
      if (e - p <= 300 && COMMENTED_STATEMENT.test(text.slice(p + 2, e))) {
        p += 2;
        continue;
      }
      mark.fill(1, p, e);
      p = e;
      continue;
    }
    if (c === 47 && text.charCodeAt(p + 1) === 42) {
      let e = text.indexOf('*/', p + 2);
      e = e < 0 ? n : e + 2;
      mark.fill(1, p, e);
      p = e;
      continue;
    }
    if (c === 35 && (atLineStart || text.charCodeAt(p - 1) === 32 || text.charCodeAt(p - 1) === 9)) {
      const e = lineEnd(text, p);
      mark.fill(1, p, e);
      p = e;
      continue;
    }
    if (c === 34 || c === 39 || c === 96) {
      // a triple-quoted string (Python) or a template literal runs over lines; others end with their line
      const triple = (c === 34 || c === 39) && text.charCodeAt(p + 1) === c && text.charCodeAt(p + 2) === c;
      let q = triple ? p + 3 : p + 1;
      let e = -1;
      for (; q < n; q++) {
        const d = text.charCodeAt(q);
        if (d === 92) { q++; continue; }
        if (d === 10 && !triple && c !== 96) break;
        if (d === c && (!triple || (text.charCodeAt(q + 1) === c && text.charCodeAt(q + 2) === c))) {
          e = q;
          break;
        }
      }
      const inner = triple ? p + 3 : p + 1;
      const close = e < 0 ? q : e;
      mark.fill(1, p, Math.min(n, close + (e < 0 ? 0 : triple ? 3 : 1)));
      // (a template literal's substitutions, `${String(d.getMonth() + 1).padStart(2, '0')}`, are code)
      if (c === 96) codeSubstitutions(text, inner, close, mark);
      if (e >= 0 && close - inner <= 12 && INDEXED_LABEL.test(text.slice(inner, close))) {
        let d = close;
        while (d > inner && text.charCodeAt(d - 1) >= 48 && text.charCodeAt(d - 1) <= 57) d--;
        mark.fill(2, d, close);
      }
      // (a list number opening the string, `"1. 牧云谷项目：…"`: the item's mark, no figure)
      const item = LIST_ITEM.exec(text.slice(inner, Math.min(close, inner + 8)));
      if (item) mark.fill(2, inner, inner + item[1].length);
      p = e < 0 ? q : close + (triple ? 3 : 1);
      continue;
    }
    p++;
  }
  return mark;
}

/** Marks the `${…}` of a template literal's content [s, e) as code (0); braces inside are counted. */
function codeSubstitutions(text: string, s: number, e: number, mark: Uint8Array): void {
  // (read within the literal only: a search for `${` past its end would cost the rest of the text per literal)
  for (let k = s; k + 1 < e; k++) {
    if (text.charCodeAt(k) !== 36 || text.charCodeAt(k + 1) !== 123) continue;
    const close = closingBrace(text, k + 1, e);
    const q = close < 0 ? e : close;
    mark.fill(0, k, Math.min(q + 1, e));
    k = q;
  }
}

function lineEnd(text: string, p: number): number {
  const e = text.indexOf('\n', p);
  return e < 0 ? text.length : e;
}

/** Whether s holds only ASCII characters (code round a string, not the words of a template's markup). */
function ascii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7e) return false;
  return true;
}

/** The figures without the program's own numbers (see above). */
export function dropProgramNumbers(text: string, figs: Figure[], code: CodeTextTest = codeTextTest(text)): Figure[] {
  if (figs.length === 0) return figs;
  // (a record's timestamp, in any text: its key is the program's)
  // (almost no text holds one: the figures are copied only when one is dropped)
  let k = 0;
  while (k < figs.length && !recordTimestamp(text, figs[k].start, figs[k].end, figs[k].text)) k++;
  if (k < figs.length) figs = figs.filter((f) => !recordTimestamp(text, f.start, f.end, f.text));
  // (whether the text is code: the outline's reading of the same text asked already, where it was read: `code`)
  const isCode = (code.text === text ? code : codeTextTest(text)).is() || DATA_MODULE.test(text.slice(0, MODULE_OPENING));
  if (figs.length === 0 || !isCode || isHtmlSource(text)) return figs;
  const mark = regions(text);
  return figs.filter((f) => {
    if (mark[f.start] === 2) return false;
    // (a style's colour in quotes, PHPWord's `'borderColor' => '006699'`: the whole string is the value)
    if (mark[f.start] === 1 && COLOUR_DIGITS.test(f.text) && /^["']/.test(text.slice(f.end, f.end + 1)) && COLOUR_KEY.test(text.slice(Math.max(0, f.start - 40), f.start))) return false;
    // (a minus one in the code, `seeds[-1]`, `"errors_count": -1`, `indexOf(x) === -1`: an index from
    // the end or a sentinel, never a reader's figure)
    const minusOne = f.text === '-1' && mark[f.start] === 0;
    if (mark[f.start] !== 0 || (!minusOne && !/^[0-9][0-9.]*$/.test(f.text))) return true;
    let ls = f.start;
    while (ls > 0 && text.charCodeAt(ls - 1) !== 10 && f.start - ls < 200) ls--;
    // (the line's code before it, its strings and comments left out: `new Node("某某通知", id, 0)`)
    let before = '';
    for (let p = ls; p < f.start; p++) before += mark[p] === 0 ? text[p] : '_';
    // (an object's key opening its line, `1: {` in a map of records by id: the record's name)
    if (/^[ \t]*$/.test(before) && KEY_OF_RECORD.test(text.slice(f.end, f.end + 20))) return false;
    // (a digit string in a substitution's code, `padStart(2, '0')`: the quote is passed over)
    const quoted = /['"]$/.test(before) && /^['"]/.test(text.slice(f.end, f.end + 1));
    if (quoted) before = before.slice(0, -1);
    if (!ascii(before) || !BEFORE.test(before)) return true;
    if (minusOne) return !AFTER.test(text.slice(f.end, f.end + 20));
    // (a field's zero in the program's object, `safeBottom: 0`, `"prompt_tokens": 0, "elapsed": 0}`:
    // the value it starts from, no figure of the text; a count the record states is no zero)
    if (f.text === '0' && FIELD_KEY.test(before) && AFTER.test(text.slice(f.end, f.end + 20))) return false;
    // (a field of the program's object literal keyed as an identifier, an index or a state,
    // `id: 3`, `active: 0`, `curIndex: 0`, `clientX: 0`: the program's, as its bare number is)
    const key = BARE_KEY.exec(before);
    if (key !== null && STATE_KEY.test(key[1]) && AFTER.test(text.slice(f.end, f.end + 20))) return false;
    // (a record's field, `pages: 28`: what its key says is codeFields.ts's to read)
    if (FIELD_KEY.test(before)) return true;
    return !AFTER.test(text.slice(quoted ? f.end + 1 : f.end, f.end + 20));
  });
}
