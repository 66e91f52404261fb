/**
 * A scraper's CSV whose records stand each whole on one line: a header naming a title field over rows
 * (`新闻标题,时间,内容` over `['\r\n 青海启动…\r\n '],"[' 2018年08月09日 21:51…']",　　阿斯塔纳…电…`;
 * `title,abstract,mark` over `再创新高！印度日增…,新华社新德里4月22日电…,1`), or rows with no header
 * that keep one shape (a title, a date or an address, the text; or a title and its link). A reader of a file of articles looks
 * for them by their titles (docs/testing.md): each row's title field is its record's level-1 title,
 * whether or not the row's text field holds anything; the row's other fields are the record's own.
 * A row whose title field is empty (`[],[],`) titles nothing.
 *
 * A field may hold a scraper's list of strings as Python prints it (`['\r\n  标题\r\n  ']`, an xpath's
 * result written as it stands): the title is the words inside, without the brackets, the quotes and
 * the escaped breaks and blanks around them.
 *
 * Rows are read for their first fields only (a bounded stretch of each line): linear in the text.
 */
import type { Anatomy, AnatomyInput } from './index';
import { Zone } from './index';
import { cjkCount } from '../../text/cjk';

/** How far into a row its fields are read. */
const ROW_SPAN = 400;
/** Most fields a row is read for. */
const MAX_FIELDS = 12;
/** Least rows a file of records holds (one row is a record, not a file of them). */
const MIN_ROWS = 2;
/** Least rows a file with no header holds to show its shape. */
const MIN_HEADLESS_ROWS = 3;
/** Rows of a headerless file read first for its shape. */
const SAMPLE_ROWS = 20;
/** Share of a headerless file's rows that keep its shape (a title column, a date or address column). */
const SHAPE_SHARE = 0.8;

/**
 * The fields of a CSV row, quotes read (a quoted field may hold commas and doubled quotes), as
 * [start, end) pairs in the text, empty fields kept so each stands at its place. Null when a quote
 * opened on the line does not close on it (a record's text runs on over lines: not a one-line row).
 */
export function rowFields(text: string, cs: number, ce: number): Array<[number, number]> | null {
  const out: Array<[number, number]> = [];
  const limit = Math.min(ce, cs + ROW_SPAN);
  let p = cs;
  while (out.length < MAX_FIELDS) {
    if (p < ce && text.charCodeAt(p) === 34) {
      let q = p + 1;
      for (; q < ce; q++) {
        if (text.charCodeAt(q) !== 34) continue;
        if (text.charCodeAt(q + 1) === 34) { q++; continue; }
        break;
      }
      if (q >= ce) return null;
      out.push([p, q + 1]);
      p = q + 1;
      if (p >= ce || text.charCodeAt(p) !== 44) break;
      p++;
      continue;
    }
    let c = p;
    while (c < limit && text.charCodeAt(c) !== 44) c++;
    if (c >= limit) { out.push([p, ce]); break; }
    out.push([p, c]);
    p = c + 1;
  }
  return out;
}

/** An escape written out in a field (`\r`, `\n`, `\t`, `\u3000`) at `p`: its length, else 0. */
function writtenEscape(t: string, p: number, e: number): number {
  if (t.charCodeAt(p) !== 92 || p + 1 >= e) return 0;
  const d = t[p + 1];
  if (d === 'r' || d === 'n' || d === 't') return 2;
  if (d === 'u' && p + 5 < e && /^[0-9a-fA-F]{4}$/.test(t.slice(p + 2, p + 6))) return 6;
  return 0;
}

/** [a, b) without the blanks and the escaped breaks and blanks written out (`\r\n`, `\u3000`) around it. */
function trimmed(t: string, a: number, b: number): [number, number] {
  for (;;) {
    const c = t.charCodeAt(a);
    if (a < b && (c === 32 || c === 9 || c === 0x3000 || c === 0xa0)) { a++; continue; }
    const k = a < b ? writtenEscape(t, a, b) : 0;
    if (k === 0) break;
    a += k;
  }
  for (;;) {
    const c = t.charCodeAt(b - 1);
    if (b > a && (c === 32 || c === 9 || c === 0x3000 || c === 0xa0)) { b--; continue; }
    // (an escape written out just before the end: `\r\n` ends `…广场舞\r\n`)
    let k = 0;
    for (const n of [2, 6]) if (b - n >= a && writtenEscape(t, b - n, b) === n) { k = n; break; }
    if (k === 0) break;
    b -= k;
  }
  return [a, b];
}

/** A string's quote (`'` or `"`). */
function isQuote(c: number): boolean {
  return c === 34 || c === 39;
}

/**
 * A field's words: [a, b) without its CSV quotes, the brackets and string quotes of a Python list
 * around it (`['…']`, `["…"]`; of several strings, the first), and the blanks and escaped breaks
 * around the words.
 */
export function fieldWords(t: string, a: number, b: number): [number, number] {
  [a, b] = trimmed(t, a, b);
  if (b - a >= 2 && t.charCodeAt(a) === 34 && t.charCodeAt(b - 1) === 34) [a, b] = trimmed(t, a + 1, b - 1);
  if (b - a >= 2 && t.charCodeAt(a) === 91 && t.charCodeAt(b - 1) === 93) {
    if (b - a === 2) return [a + 1, a + 1];
    if (b - a >= 4 && isQuote(t.charCodeAt(a + 1)) && isQuote(t.charCodeAt(b - 2))) {
      const q = t.charCodeAt(a + 1);
      // (the first string of the list: to its closing quote)
      let e = a + 2;
      while (e < b - 2 && !(t.charCodeAt(e) === q && t.charCodeAt(e - 1) !== 92)) e++;
      [a, b] = trimmed(t, a + 2, e);
    }
  }
  return [a, b];
}

/**
 * A field's words read as a headline: 4 to 100 characters with Chinese in them, no sentence inside
 * (a `。` or `；`: a summary's; a headline's `！` or `？` is its own, `再创新高！印度日增…`), not a date,
 * a number or an address.
 */
export function headlineField(s: string): boolean {
  return s.length >= 4 && s.length <= 100 && cjkCount(s) >= 2 && !/[。；]/.test(s) && !/^[\d\s./:年月日T+-]+$/.test(s) && !/^(https?:|www\.)/i.test(s);
}

/** A field of the record's machinery: a date, a time, an address or a number. */
function machineField(s: string): boolean {
  return /^\d{4}[-./年]\d{1,2}([-./月]\d{1,2}日?)?(\s+\d{1,2}:\d{2}(:\d{2})?)?$/.test(s) || /^(https?:\/\/|www\.)\S+$/i.test(s) || /^\d{1,12}$/.test(s);
}

/** A field of prose: 30 characters or more with a clause or sentence mark (`，` `。`). */
function proseField(text: string, f: [number, number]): boolean {
  return f[1] - f[0] >= 30 && /[，。]/.test(text.slice(f[0], Math.min(f[1], f[0] + 400)));
}

/** The rows after `start`: lines whose quotes close on them, each with its fields (none for other lines). */
function rowsFrom(input: AnatomyInput, anatomy: Anatomy, start: number, most = Infinity): Array<{ li: number; fields: Array<[number, number]> }> {
  const { text, layout } = input;
  const lines = layout.lines;
  const out: Array<{ li: number; fields: Array<[number, number]> }> = [];
  for (let li = start; li < lines.length && out.length < most; li++) {
    if (lines.empty(li) || anatomy.zone[li] === Zone.Furniture) continue;
    const fields = rowFields(text, lines.contentStart[li], lines.contentEnd[li]);
    if (fields === null) return [];
    out.push({ li, fields });
  }
  return out;
}

/** Marks the row's field `ti` as the row's title when its words read as a headline; true if so. */
function titleRow(text: string, anatomy: Anatomy, li: number, field: [number, number] | undefined): boolean {
  if (!field) return false;
  const [a, b] = fieldWords(text, field[0], field[1]);
  if (!headlineField(text.slice(a, b))) return false;
  (anatomy.fieldTitles ??= new Map()).set(li, [a, b]);
  return true;
}

/**
 * One-line rows under a header of `width` fields whose field `ti` is the title (`title`, `标题`,
 * `新闻标题`…): each row's title field is its record's title. A row holds as many fields as the header
 * names, or more (its text may hold commas); a line with fewer is no row (a line of a record's text the
 * record reading decoded, recordLines.ts). Taken when two rows or more stand so, every line after the
 * header closing the quotes it opens (a quote left open is a record over lines: webPage.ts reads
 * those). True when some row was titled.
 */
export function headedRowTitles(input: AnatomyInput, anatomy: Anatomy, ti: number, width: number): boolean {
  const { text } = input;
  const rows = rowsFrom(input, anatomy, 1).filter((r) => r.fields.length >= width);
  if (rows.length < MIN_ROWS) return false;
  let titled = false;
  for (const r of rows) if (titleRow(text, anatomy, r.li, r.fields[ti])) titled = true;
  return titled;
}

function textOf(text: string, f: [number, number] | undefined): string {
  if (!f) return '';
  const [a, b] = fieldWords(text, f[0], f[1]);
  return text.slice(a, b);
}

/**
 * One-line rows with no header that keep the shape of a file of records: three rows or more, most of
 * them (four in five) with a headline in the same field and a date, an address or a number in another
 * (`关于印发…的通知,2022-12-09,http://…,为深入贯彻…`), and half of them or more a field of prose after
 * the headline (the record's text: a table of names and figures is no file of articles). Prose that
 * happens to hold ASCII commas keeps no such columns. The first such headline field is the rows'
 * title. True when taken.
 */
export function headerlessRowTitles(input: AnatomyInput, anatomy: Anatomy): boolean {
  // (the file's first rows show its shape, or it has none: a text of prose is not read row by row)
  const sample = rowsFrom(input, anatomy, 0, SAMPLE_ROWS);
  const links = headlessTitleField(input, sample) < 0;
  if (links && headlessLinkField(input, sample) < 0) return serialHeadlines(input, anatomy, sample);
  const rows = rowsFrom(input, anatomy, 0);
  const ti = links ? headlessLinkField(input, rows) : headlessTitleField(input, rows);
  if (ti < 0) return false;
  for (const r of rows) if (r.fields.length >= (links ? 2 : 3)) titleRow(input.text, anatomy, r.li, r.fields[ti]);
  return true;
}

/** Least rows an index of numbered headlines holds (a few numbered lines are a list, not an index). */
const MIN_SERIAL_ROWS = 10;

/**
 * An index of headlines, one record a row of two fields: its serial number and its headline
 * (`00001,北京大学附属中学改革实践：…`, a site's news table exported as it stands). Every row the file
 * holds keeps that shape, the serials rise row by row (what tells a record index from a table of
 * names and figures, whose first column is no serial) and four in five second fields read as
 * headlines; each headline is its record's title. True when taken.
 */
function serialHeadlines(input: AnatomyInput, anatomy: Anatomy, sample: Array<{ li: number; fields: Array<[number, number]> }>): boolean {
  // (the first rows show the shape, or the file has none: a text of prose is not read row by row)
  if (!serialShape(input.text, sample, Math.min(MIN_SERIAL_ROWS, SAMPLE_ROWS))) return false;
  const rows = rowsFrom(input, anatomy, 0);
  if (!serialShape(input.text, rows, MIN_SERIAL_ROWS)) return false;
  for (const r of rows) titleRow(input.text, anatomy, r.li, r.fields[1]);
  return true;
}

/** Rows (`least` or more), each a rising serial and a field, four in five of them headlines. */
function serialShape(text: string, rows: Array<{ li: number; fields: Array<[number, number]> }>, least: number): boolean {
  if (rows.length < least) return false;
  let last = -1;
  let heads = 0;
  for (const r of rows) {
    if (r.fields.length !== 2) return false;
    const id = textOf(text, r.fields[0]);
    if (!/^\d{1,12}$/.test(id) || Number(id) <= last) return false;
    last = Number(id);
    if (headlineField(textOf(text, r.fields[1]))) heads++;
  }
  return heads >= SHAPE_SHARE * rows.length;
}

/** A field holding a web address and nothing else. */
function addressField(s: string): boolean {
  return /^(https?:\/\/|www\.)\S+$/i.test(s);
}

/**
 * The field of a headerless list of headlines and their links keeps its headline in, or -1: three
 * rows or more, four in five of the lines, each with a headline in that field and a web address in
 * another (`某县举办…培训班,http://…/3.html,2024-03-03`, a scraper's list page saved as it came). A
 * link beside each headline names the page the headline titles, so no text field is asked for; a
 * table of names and figures holds no addresses.
 */
function headlessLinkField(input: AnatomyInput, all: Array<{ li: number; fields: Array<[number, number]> }>): number {
  return headlineBesideField(input, all.filter((r) => r.fields.length >= 2), all.length, addressField);
}

/**
 * The field most rows keep a headline in, or -1 unless the rows are many enough (three or more, four
 * in five of the lines) and four in five of them hold `beside` in a field of their own too (an
 * address, a date or a number: what tells a scraper's rows from a table of names).
 */
function headlineBesideField(
  input: AnatomyInput,
  rows: Array<{ li: number; fields: Array<[number, number]> }>,
  lines: number,
  beside: (s: string) => boolean,
): number {
  const { text } = input;
  if (rows.length < MIN_HEADLESS_ROWS || rows.length < SHAPE_SHARE * lines) return -1;
  const need = Math.ceil(SHAPE_SHARE * rows.length);
  let found = false;
  let ti = -1;
  for (let k = 0; k < MAX_FIELDS; k++) {
    let heads = 0;
    let others = 0;
    for (const r of rows) {
      const s = textOf(text, r.fields[k]);
      if (headlineField(s)) heads++;
      else if (beside(s)) others++;
    }
    if (others >= need) found = true;
    if (ti < 0 && heads >= need) ti = k;
  }
  return found ? ti : -1;
}

/**
 * The field rows with no header keep their headline in, or -1 when they keep no file's shape: three
 * rows or more, four in five of the lines, with a headline in that field and a date, an address or a
 * number in another, and half of them a field of prose after the headline.
 */
function headlessTitleField(input: AnatomyInput, all: Array<{ li: number; fields: Array<[number, number]> }>): number {
  const { text } = input;
  const rows = all.filter((r) => r.fields.length >= 3);
  const ti = headlineBesideField(input, rows, all.length, machineField);
  if (ti < 0) return -1;
  // (a file of articles: most rows hold the record's text too, a field of prose after the title)
  let prose = 0;
  for (const r of rows) if (r.fields.some((f, k) => k > ti && proseField(text, f))) prose++;
  return prose * 2 < rows.length ? -1 : ti;
}
