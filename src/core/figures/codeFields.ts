import type { Figure } from '../types';
import { codeFieldValue } from './extract';

/*
 * Numbers in program code around a document kept in code (records, page sources, seed scripts).
 *
 * - A record field's key says what its bare number is where the key names a count (`views: 12580`,
 *   `favorites`, `viewCount`, `pages`, `count`): a count, not a code; a year (`establishedYear: 1988`,
 *   `year`): a date; an area (`area: 488.0`): an area with no unit written. Other keys (id, status,
 *   sort, page, level…) stay codes.
 * - A bare number the program itself uses (an argument `slice(0, 19)`, `JSON.stringify(x, null, 2)`,
 *   a comparison `length > 0`, an assignment `let n = 0;`, a constant `BATCH_SIZE = 100`) on a line
 *   that is code up to it (ASCII only before it) is a code, kind other.
 * - A list number opening a code comment or a string literal (`// 1. 创建用户数据`, `'1. 关闭期间…'`)
 *   numbers the program's steps or the text's items: a list mark, not a figure.
 * Linear: each test looks at most 80 characters around one figure.
 */

const KEY_BEFORE = /(?:^|[{,\s"'])([A-Za-z_$][\w$]*)["']?[ \t]*:[ \t]*$/;
const COUNT_KEY = /^(?:views|favou?rites|likes|hits|clicks|pages|counts?|comments|shares|downloads|visits|stars|followers|replies|votes|readers|total|totals|totalSizes?|totalNum|total_num)$|(?:^|[a-z_])[Cc]ount$/;
/**
 * A field's value written as a string that is only a number (`stockNum: '2536.62'`, `'status': '1'`,
 * `"change": "+53.59"`): the key and its quoted value, the number's sign (`+`, `-`) inside the quotes.
 */
const QUOTED_VALUE_KEY = /(?:^|[{,\s"'])([A-Za-z_$][\w$]*)["']?[ \t]*:[ \t]*(["'])([+-]?)$/;
const YEAR_KEY = /^year$|[a-z_]Year$|_year$/;
const AREA_KEY = /^area$|[a-z_]Area$|_area$/;

function fieldKey(text: string, f: Figure): string | null {
  if (!codeFieldValue(text, f.start, f.end)) return null;
  const m = KEY_BEFORE.exec(text.slice(Math.max(0, f.start - 60), f.start));
  return m ? m[1] : null;
}

const ARG_BEFORE = /(?:[A-Za-z_$][\w$]*\((?:[^()\n]*,)?|[A-Za-z_$][\w$.]*\)?[ \t]*,|[A-Za-z_$][\w$.]*\)?[ \t]*(?:[<>!=]=?=?|[-+*/%]=?))[ \t]*$/;
const ARG_AFTER = /^[ \t]*(?:[),;\]]|#|\/\/|\r?\n|$)/;
/** The characters ARG_BEFORE can end on before its blanks: `(` `,` and the operators' last characters. */
const ARG_LAST = new Uint8Array(128);
for (const c of '(,<>!=-+*/%') ARG_LAST[c.charCodeAt(0)] = 1;

/**
 * Where the line holding p starts, looked for at most `max` characters back; -1 when it starts
 * further back (both tests want a line start near the number, and an unbounded search back on a
 * one-line record of megabytes made each figure cost the whole line).
 */
function lineStartWithin(text: string, p: number, max: number): number {
  for (let i = p - 1; i >= 0 && i >= p - max - 1; i--) if (text.charCodeAt(i) === 10) return i + 1;
  return p <= max ? 0 : -1;
}

function asciiOnly(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7e) return false;
  return true;
}

function codeNumber(text: string, f: Figure): boolean {
  // (asked of every bare count: ARG_BEFORE ends on an opening bracket, a comma or an operator before
  // the blanks, looked at before the line's start is searched for and its text copied)
  let k = f.start - 1;
  while (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9) k--;
  if (!ARG_LAST[text.charCodeAt(k)]) return false;
  const ls = lineStartWithin(text, f.start, 160);
  if (ls < 0) return false;
  const before = text.slice(ls, f.start);
  if (!asciiOnly(before) || /^[ \t]*(?:\/\/|\/?\*|#)/.test(before)) return false;
  return ARG_BEFORE.test(before) && ARG_AFTER.test(text.slice(f.end, f.end + 40));
}

const MARK_BEFORE = /^[ \t]*(?:\/\/+|#+|\*|['"`])[ \t]*$/;

function listMark(text: string, f: Figure): boolean {
  if (text.charCodeAt(f.end) !== 46 || !/^[0-9]{1,2}$/.test(f.text)) return false;
  const c = text.charCodeAt(f.end + 1);
  if (!(c === 32 || c === 0x3000 || (c >= 0x4e00 && c <= 0x9fff))) return false;
  const ls = lineStartWithin(text, f.start, 40);
  return ls >= 0 && MARK_BEFORE.test(text.slice(ls, f.start));
}

/**
 * A number that is the whole of a field's quoted value (`stockNum: '2536.62'`, `'status': '1'`,
 * `stockNum2: '+53.59'`, `stockNum3: '+0.61%'`): the value as the record writes it. A bare number
 * there is a code or a quoted reading (a status, an index quote), kind other unless its key names a
 * count; a `+` written before it is part of its span (the change it states is upward).
 */
function quotedFieldValue(text: string, f: Figure): void {
  // (digits only: a quoted amount with its scale word or unit, `'13亿'`, `'3004户'`, says what it counts)
  // (the sign may be read into the span already: figkind47)
  // (the quote after it looked at first: asked of every figure, and almost none has one)
  const q = text.charCodeAt(f.end);
  if (q !== 34 && q !== 39) return;
  if (typeof f.value !== 'number' || f.approx || !/^[+]?[0-9][0-9.,]*%?$/.test(f.text)) return;
  const m = QUOTED_VALUE_KEY.exec(text.slice(Math.max(0, f.start - 60), f.start));
  if (!m || m[2].charCodeAt(0) !== q) return;
  if (m[3] === '+') {
    f.start -= 1;
    f.text = text.slice(f.start, f.end);
  }
  if (f.unit !== '' || (f.kind !== 'count' && f.kind !== 'other')) return;
  if (YEAR_KEY.test(m[1]) && /^(?:1[89]|20)[0-9]{2}$/.test(f.text)) {
    f.kind = 'date';
    f.value = f.text;
  } else f.kind = COUNT_KEY.test(m[1]) && Number.isInteger(f.value) ? 'count' : 'other';
}

/**
 * A year written as the string opening a row of a code's table (`['1896', '清政府创办…'],` in a
 * timeline array): the row's date, the text after it what happened then.
 */
const ROW_YEAR_BEFORE = /\[[ \t]*(["'])$/;
const ROW_YEAR_AFTER = /^(["'])[ \t]*,[ \t]*["'`][\u4e00-\u9fff]/;
function rowYear(text: string, f: Figure): void {
  if (f.kind !== 'count' && f.kind !== 'other') return;
  if (f.unit !== '' || f.text.length !== 4 || !/^(?:1[89]|20)[0-9]{2}$/.test(f.text)) return;
  const b = ROW_YEAR_BEFORE.exec(text.slice(Math.max(0, f.start - 8), f.start));
  const a = ROW_YEAR_AFTER.exec(text.slice(f.end, f.end + 8));
  if (!b || !a || b[1] !== a[1]) return;
  f.kind = 'date';
  f.value = f.text;
}

export function applyCodeFields(text: string, figs: Figure[]): Figure[] {
  const marks = new Set<Figure>();
  for (let i = 0; i < figs.length; i++) {
    const f = figs[i];
    quotedFieldValue(text, f);
    rowYear(text, f);
    if (f.unit !== '' || typeof f.value !== 'number' || f.approx) continue;
    if ((f.kind === 'count' || f.kind === 'other') && listMark(text, f)) {
      marks.add(f);
      continue;
    }
    if (f.kind !== 'count' && f.kind !== 'other') continue;
    const key = fieldKey(text, f);
    if (key !== null) {
      if (COUNT_KEY.test(key) && Number.isInteger(f.value)) f.kind = 'count';
      else if (YEAR_KEY.test(key) && /^(?:1[89]|20)[0-9]{2}$/.test(f.text)) {
        f.kind = 'date';
        f.value = f.text;
      } else if (AREA_KEY.test(key)) f.kind = 'area';
      continue;
    }
    if (f.kind === 'count' && /^[0-9]+$/.test(f.text) && codeNumber(text, f)) f.kind = 'other';
  }
  return marks.size > 0 ? figs.filter((f) => !marks.has(f)) : figs;
}
