/**
 * The numbers of a paper's reference list (papers52): `[1] 甲某，乙某．论文题名[J]．某学报，2015，10(6):47-57.`,
 * `Abe, N. (2011). Title. Journal, 17(5), 560-574.`. A reader looks an entry up by its year, volume,
 * issue and pages: the year is a date (`2015` → "2015"), the volume, the issue and the pages name
 * places in a journal, so they are labels, kind `other` (docs/testing.md: a page number, an issue
 * number), and a page range is one figure whose value is the pair (`47-57`, `281- 292` with the
 * converter's blank). Read apart, the scanner took the volume and the pages for counts, a year after
 * a Latin comma for a code, `2019:50466` for a ratio, and left the issue in brackets (`10(6)`) unread.
 *
 * Where: the lines under a heading naming the list (`参考文献`, `参考文献(References)`, `References`,
 * with or without `#`) up to the next Markdown heading, and any line opening with an entry label
 * (`[12]`) that writes a GB/T 7714 type mark (`[J]`, `[M]`, `[C]`, `[D]`, `[EB/OL]`…). Only bare
 * numbers are read again (digits, separators): a number with a unit in a title (`135 MW`, `40 years`)
 * keeps its reading. Digits glued to a Latin letter are part of a name or an identifier (`P300`,
 * `23rd`, `S0020…X`, an OCR'd `2oo8`) and give no figure; a DOI or an address gives none either.
 */
import type { Figure } from '../types';
import { isAsciiDigit, isLatinLetter } from './scan';

/** A heading line naming the reference list (after `#` marks and blanks). */
const LIST_HEADING = /^[ \t]*(?:#{1,6}[ \t]*)?(?:主要)?(?:参考文献|引用文献|References|REFERENCES|Bibliography)[ \t]*(?:[(（][ \t]*References[ \t]*[)）])?[ \t]*[:：]?[ \t]*\r?$/;
/** A Markdown ATX heading line: it closes the list. */
const ATX = /^[ \t]{0,3}#{1,6}[ \t]/;
/** An entry label then a GB/T 7714 type mark later on the line: an entry outside a named list. */
const ENTRY_LINE = /^[ \t]*[[［]\d{1,3}[\]］].*\[(?:J|M|C|D|R|P|S|N|Z|A|G|EB\/OL|J\/OL|M\/OL|DB\/OL|CP\/OL)\]/;
/** A bare number as the scanner gives it: digits and the separators of a range or a year:page. */
const BARE = /^[\d.,:：\-–~ ]+$/;

/** [start, end) of each line that holds reference entries, in order. */
function entryLines(text: string): number[] {
  const out: number[] = [];
  let inList = false;
  let p = 0;
  while (p <= text.length) {
    let e = text.indexOf('\n', p);
    if (e < 0) e = text.length;
    const line = text.slice(p, e);
    if (LIST_HEADING.test(line)) inList = true;
    else {
      if (inList && ATX.test(line)) inList = false;
      if (inList || ENTRY_LINE.test(line)) out.push(p, e);
    }
    p = e + 1;
  }
  return out;
}

/** Whether [s, e) sits inside a DOI or a web address on its line (from `doi`/`http` to the next blank). */
function inAddress(text: string, lineStart: number, s: number): boolean {
  for (let p = s - 1; p >= lineStart; p--) {
    const c = text[p];
    if (c === ' ' || c === '\t' || c === '，' || c === ',') {
      const word = text.slice(p + 1, s).toLowerCase();
      if (/^(?:doi|https?|www)/.test(word)) return true;
      // `doi: 10.1016/…`: the label stands one blank before the address
      const back = text.slice(Math.max(lineStart, p - 4), p).toLowerCase();
      return /doi:?$/.test(back);
    }
  }
  return /^(?:doi|https?|www)/i.test(text.slice(lineStart, s));
}

/** The figures read on one entry line [ls, le): years, volumes, issues, pages. */
function readLine(text: string, ls: number, le: number, base: Figure): Figure[] {
  const out: Figure[] = [];
  let p = ls;
  while (p < le) {
    if (!isAsciiDigit(text.charCodeAt(p))) {
      p++;
      continue;
    }
    const s = p;
    while (p < le && isAsciiDigit(text.charCodeAt(p))) p++;
    // a decimal (`3.2`) or a code run on with dots is no year, volume or page: leave the run whole
    while (p + 1 < le && text[p] === '.' && isAsciiDigit(text.charCodeAt(p + 1))) {
      p++;
      while (p < le && isAsciiDigit(text.charCodeAt(p))) p++;
    }
    const e = p;
    const before = s > 0 ? text.charCodeAt(s - 1) : 32;
    const after = e < text.length ? text.charCodeAt(e) : 32;
    if (isLatinLetter(before) || isLatinLetter(after) || text[s - 1] === '/' || text[s - 1] === '_' || text[e] === '_') continue;
    // the entry's own label: `[12]` opening the entry
    if ((text[s - 1] === '[' || text[s - 1] === '［') && (text[e] === ']' || text[e] === '］')) continue;
    if (text.slice(s, e).includes('.')) continue;
    if (inAddress(text, ls, s)) continue;
    // a page range: `47-57`, `281- 292`, `47- 89`
    const m = /^[ \t]?[-–~][ \t]?(\d+)/.exec(text.slice(e, Math.min(le, e + 12)));
    if (m && !isLatinLetter(text.charCodeAt(e + m[0].length))) {
      const end = e + m[0].length;
      out.push({ ...base, start: s, end, text: text.slice(s, end), value: [Number(text.slice(s, e)), Number(m[1])], unit: '', kind: 'other' });
      p = end;
      continue;
    }
    const digits = text.slice(s, e);
    const n = Number(digits);
    // a year: four digits 1800–2099 not standing as pages after a colon (`2013: 2227`) or `pp.`
    const lead = text.slice(Math.max(ls, s - 4), s);
    const pages = /[:：][ \t]*$/.test(lead) || /pp\.[ \t]*$/.test(lead);
    if (digits.length === 4 && n >= 1800 && n <= 2099 && !pages) {
      out.push({ ...base, start: s, end: e, text: digits, value: digits, unit: '', kind: 'date' });
    } else {
      out.push({ ...base, start: s, end: e, text: digits, value: n, unit: '', kind: 'other' });
    }
  }
  return out;
}

/**
 * The figures with the reference list's bare numbers read as its entries write them. Linear: each
 * line is tested once, each figure is visited once against the sorted lines.
 */
export function readReferenceEntries(text: string, figs: Figure[]): Figure[] {
  // (a text without a list heading or a type mark has no entries: one search each)
  if (text.indexOf('参考文献') < 0 && text.indexOf('引用文献') < 0 && !/References|REFERENCES|Bibliography|\[(?:J|M|C|D)\]/.test(text)) return figs;
  const lines = entryLines(text);
  if (lines.length === 0) return figs;
  const base: Figure = { start: 0, end: 0, text: '', value: null, unit: '', kind: 'other', approx: null, indicator: null, relation: null, of: null, section: null };
  const kept: Figure[] = [];
  const added: Figure[] = [];
  let li = 0;
  const sorted = figs.slice().sort((a, b) => a.start - b.start);
  const fromEntry: Figure[][] = [];
  for (let k = 0; k < lines.length; k += 2) fromEntry.push(readLine(text, lines[k], lines[k + 1], base));
  for (const f of sorted) {
    while (li < lines.length && lines[li + 1] < f.start) li += 2;
    const inside = li < lines.length && f.start >= lines[li] && f.end <= lines[li + 1];
    // a bare number (or a year the scanner dated alone) is read again; anything with a unit stays
    if (inside && (BARE.test(f.text) || (f.kind === 'date' && /^\d{4}年?$/.test(f.text)))) continue;
    kept.push(f);
  }
  // the entry's readings that no kept figure covers
  let ki = 0;
  for (const list of fromEntry) {
    for (const g of list) {
      while (ki < kept.length && kept[ki].end <= g.start) ki++;
      let clash = false;
      for (let j = ki; j < kept.length && kept[j].start < g.end; j++) {
        if (kept[j].end > g.start) clash = true;
      }
      if (!clash) added.push(g);
    }
  }
  if (added.length === 0 && kept.length === figs.length) return figs;
  return kept.concat(added).sort((a, b) => a.start - b.start);
}
