/**
 * A record's own numbers, kept in code or in a data dump: no figures of the text it holds.
 *
 * A file of records (a SQL dump, a JSON sample in a Javadoc, an object literal a program seeds)
 * writes beside each text the fields the machine keeps for it: an id (`"id":28`, `id: "1"`), a
 * counter (`"readNum":2134`, `* counts : 3`), a flag, a version, a price or a stock count standing
 * as a bare field of a row (`(12, '智利车厘子2kg', '488', 3, 4, 1)`), the table's settings
 * (`AUTO_INCREMENT = 23`, `DEFAULT '0'`, `SET FOREIGN_KEY_CHECKS = 0`). None is a quantity the
 * text states: the reader's figures are in the text's own words (`2kg` in the title, `70.6亿元` in
 * the content), and a readable date or time field (`"createTime":"2021-05-08 09:57:54"`) stays, a
 * date. Left out:
 * - a SQL row's bare field (sqlFields.ts finds them);
 * - the whole value of a field keyed by a program's identifier: `key: 3`, `"key":3`, `"key":"3"`,
 *   `key: '3'` (a quoted integer: a quoted reading, `'3128.45'`, `'+12.30'`, stays), a Javadoc
 *   sample's `* key : 3`, an XML record's element (`<PageNum>88</PageNum>`);
 * - a DDL setting's number (`AUTO_INCREMENT = 7`, `DEFAULT 1`, `DEFAULT '0'`, `SET X = 0`), and a
 *   line that is an ASCII label and a number alone (a dump header's `Source Server Version : 50720`).
 * Only bare numbers with no unit, read as a code or a count (a field the key makes a year, a date
 * or an area stays). Linear: each test reads at most 80 characters around one figure.
 */
import type { Figure } from '../types';
import { codeFieldValue } from './extract';
import { frontMatterEnd } from '../outline/markdown';

/** `* key : ` opening a Javadoc line (a sample response documented field by field). */
const JAVADOC_KEY = /(?:^|\n)[ \t]*\*[ \t]+[A-Za-z_][\w]*[ \t]*:[ \t]*$/;
/** A key and its quote before a quoted value: `"columnId":"`, `id: "`, `'status': '`. */
const QUOTED_KEY = /(?:^|[{,\s])(["']?)[A-Za-z_$][\w$]*\1[ \t]*:[ \t]*(["'])$/;
/** A table's setting in SQL DDL, right before its number. */
const DDL_SETTING = /(?:\bAUTO_INCREMENT[ \t]*=[ \t]*|\bDEFAULT[ \t]+'?|(?:^|\n)[ \t]*SET[ \t]+[\w@]+[ \t]*=[ \t]*)$/i;

/**
 * A line that is an ASCII label and its number alone (`Source Server Version : 50720`,
 * `File Encoding : 65001` heading a dump): a setting of the tool that wrote the file.
 */
const ASCII_LABEL_LINE = /(?:^|\n)[ \t]*[A-Za-z][A-Za-z ]*[A-Za-z][ \t]*:[ \t]*$/;

function isRecordValue(text: string, f: Figure): boolean {
  const before = text.slice(Math.max(0, f.start - 60), f.start);
  const after = text.slice(f.end, f.end + 8);
  if (codeFieldValue(text, f.start, f.end)) return true;
  if (JAVADOC_KEY.test(before) && /^[ \t]*(?:\r?\n|$)/.test(after)) return true;
  // (a quoted integer only: a quoted reading, `stockNum: '3128.45'`, `'+12.30'`, is as written)
  const q = /^[0-9]+$/.test(f.text) ? QUOTED_KEY.exec(before) : null;
  if (q && after.charAt(0) === q[2] && /^.[ \t]*(?:[,}\]]|\r?\n|$)/.test(after)) return true;
  if (DDL_SETTING.test(before) && /^'?(?:[ \t]*[,;)]|[ \t]*\r?\n|$|[ \t]+[A-Za-z])/.test(after)) return true;
  return ASCII_LABEL_LINE.test(before) && /^[ \t]*(?:\r?\n|$)/.test(after);
}

/** The figures without a record's ids, counters, flags and settings (see above). */
export function dropRecordCodes(text: string, figs: Figure[], rowFields?: Set<Figure>): Figure[] {
  // A Markdown page's front matter (`word_count: 3104`) is the page's metadata, not a record the
  // machine keeps: its figures are figures, as the metadata lines of a page are (docs/testing.md).
  const metadataEnd = figs.length > 0 ? frontMatterEnd(text) : 0;
  return figs.filter((f) => {
    if (f.start < metadataEnd) return true;
    if (f.unit !== '' || typeof f.value !== 'number' || f.approx) return true;
    if (f.kind !== 'other' && f.kind !== 'count') return true;
    if (!/^[+-]?[0-9][0-9.]*$/.test(f.text)) return true;
    if (rowFields && rowFields.has(f)) return false;
    return !isRecordValue(text, f);
  });
}
