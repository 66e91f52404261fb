/**
 * Figures: every quantity a reader may look up or compare (ANNOTATION.md, DESIGN.md "Figures").
 * One forward pass finds the figures (`figures/extract.ts`), a second names what they measure
 * (`figures/context.ts`), a third places them in the outline.
 */
import { joinSecondEnds } from './secondEnds';
import { dropInlineContentsPages } from './inlineContents';
import { dropLabelRuns } from './labelRuns';
import type { Figure, Outline } from '../types';
import { FigureScanner, codeFieldValue, inlineTagBefore, inlineTagEnd } from './extract';
import { isAsciiDigit, isAsciiLetter, isLeaderDot } from './scan';
import { firstAtOrAbove, positionAt } from '../text/lines';
import { annotateContext, prefixApprox, suffixApprox } from './context';
import { applyRowUnits } from './rowUnits';
import { applyCaptionUnits, applyRunOnTables, applyUnitColumn, applyColumnSums, applyColumnTotals, applyHeaderOrder, applyRowProse, applyStatedTotals, applyTableCells, applyTableMeasures } from './tables';
import { dropRowNumbers } from './ordinals';
import { splitMarkerFigures } from './markers';
import { dropEnumeratedSets, joinYearsAndMonths } from './restated';
import { readLostCompositions } from './compositions';
import { applyBarTables } from './barTables';
import { applyProseKinds } from './proseKinds';
import { applyCenturies, applyIssueNumbers } from './issueNumbers';
import { dropTableNumbers } from './tableNumbers';
import { readReferenceEntries } from './referenceEntries';
import { bareDecimalsCountNothing, decimalsCountNothing } from './wholeCounts';
import { applyMoneyWords } from './moneyWords';
import { applyPipeRows } from './pipeRows';
import { readApproxRanges } from './approxRanges';
import { lostPercentSigns } from './lostPercent';
import { applyLineTables } from './lineTables';
import { applySpaceRows } from './spaceRows';
import { applyHtmlTables } from './htmlTables';
import { dropSampleNumbers, labelLoneNumbers } from './sampleNumbers';
import { caught } from '../safety';
import { codeTestFor, type CodeTextTest } from '../outline/codeLines';
import { sqlFieldCodes } from './sqlFields';
import { applyCodeFields } from './codeFields';
import { dropProgramNumbers } from './programNumbers';
import { dropRecordCodes } from './recordCodes';
import { dropRecordSerials } from './recordSerials';
import { readJoinedRowFields } from './joinedRowFields';
import { pushScriptBlock } from './scriptProse';
import { dropOrdinalPeriods } from './ordinalPeriods';
import { isPageMark, isPageSeparator } from '../outline/anatomy/pageFurniture';
import { NEXT_ENTRY } from '../outline/anatomy/toc';

/** The next scanned contents entry's number opening what follows a page number (toc.ts reads the same entries). */
const OPENS_NEXT_ENTRY = new RegExp(`^\\s*${NEXT_ENTRY.source}`);
import { parseOutline } from '../outline';
import { fileEnd, fileStart, recordView, takeRecordReading, type RecordView } from '../outline/recordLines';
import { isHtmlSource } from '../outline/htmlSource';
import { spanView } from '../outline/spanJoin';
import { bbcodeAsTags } from './bbcode';
import { dropListEchoes } from './listEchoes';
import { joinUnitRanges, readLabelDates } from './labelDates';
import { joinWordRanges } from './wordRanges';
import { joinWithNext } from './joinNext';
import { joinMeasureForms } from './measureForms';
import { marketKinds } from './markets';
import { applyCohorts } from './cohorts';
import { clauseStart } from './clauses';
import { restatedMeasures } from './bareKinds';
import { addPassedScales } from './passedScales';
import { dropAtxNumbers } from './atxNumbers';
import { footerRowPageNumbers, keepPageNumber, pageRunTest, withKept } from './pageNumbers';
import { barredTableFigures, zoneFinder } from './zoneLines';
import { readTexMath, withTexFigures } from './texMath';
import { cutLabelUnits } from './labelUnits';
import { dropReferenceLabels } from './mdReferences';
import { dropTemplateTags } from './templateTags';

export function extractFigures(text: string, outline?: Outline): Figure[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  try {
    // A forum post's BBCode (`[size=3]`, `[b]20[/b][b]2[/b]…`) is read as the HTML tags of the same
    // length the scanner reads through; each figure's text is then the file's (figures/bbcode.ts).
    const asTags = bbcodeAsTags(text);
    if (asTags !== null) {
      const figs = figuresFrom(asTags, outline);
      for (let i = 0; i < figs.length; i++) {
        const f = figs[i];
        f.text = text.slice(f.start, f.end);
      }
      return figs;
    }
    return figuresFrom(text, outline);
  } catch (e) {
    caught(e);
    return [];
  }
}

function figuresFrom(text: string, outline?: Outline): Figure[] {
  {
    // (an article's HTML fragment kept on one line is read in its records by the outline; its
    // figures are read on the file as it stands, their spans before the tags as in any page source)
    if (outline?.records && !isHtmlSource(text)) {
      // (a row whose text holds no line break has no outline to give, but its figures are the document's)
      // The outline read the records already: its reading is taken where it was kept (parseOutline).
      const kept = takeRecordReading(outline, text);
      const view = kept ? kept.view : recordView(text, true) ?? spanView(text);
      if (view) return figuresInRecords(text, view, outline, kept?.viewOutline ?? null, kept?.viewCode);
    }
    return figuresOf(text, outline);
  }
}

/**
 * Where in the file a figure's view span [vs, ve) is cut by a crawler's fragment separator (the
 * file's `", "` or `\\", \\"` between two fragments the view joined): the end of its first
 * fragment's part, or -1 when no separator is inside it.
 */
function fragmentCut(text: string, view: RecordView, vs: number, ve: number): number {
  for (let p = Math.max(0, vs); p + 1 < ve && p + 1 < view.text.length; p++) {
    const a = view.to[p];
    const b = view.from[p + 1];
    if (b - a < 3 || b - a > 12) continue;
    const gap = text.slice(a, b);
    if (/^\\?"[ \t]*,[ \t]*\\?"$/.test(gap)) return a;
  }
  return -1;
}

/**
 * Where a tag opens inside the file span [start, end) of a figure (`<` before a letter, `/` or `\/`),
 * blanks before it left out; -1 when none does or nothing of the figure stands before it.
 */
function markupCut(text: string, start: number, end: number): number {
  for (let p = start + 1; p < end; p++) {
    if (text.charCodeAt(p) !== 60) continue;
    const c = text.charCodeAt(p + 1);
    const isTag = c === 47 || (c === 92 && text.charCodeAt(p + 2) === 47) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
    if (!isTag) continue;
    let e = p;
    while (e > start && (text.charCodeAt(e - 1) === 32 || text.charCodeAt(e - 1) === 9)) e--;
    return e > start ? e : -1;
  }
  return -1;
}

/**
 * The figures of a file of one-line records are the figures of the document the records encode
 * (outline/recordLines.ts), read with its escapes (`\u3000`, `\r\n`) and its markup's attributes
 * undone, each placed back at its line:col in the file and in the file's outline; and the figures
 * of the record's other fields (ids, timestamps, index numbers: every number written in digits
 * counts, codes included), read as the file gives them, in the metadata zone so the panel can hide
 * them with the page furniture.
 */
function figuresInRecords(text: string, view: RecordView, outline: Outline, viewOutline: Outline | null, viewCode?: CodeTextTest): Figure[] {
  // The engine's outline of the view, as parseOutline(view.text) gives it: the one the file's outline
  // was built from, unless the view holds record lines of its own (read again then, as before;
  // whether the view reads as code, the outline's reading asked already: viewCode).
  const own = viewOutline && (isHtmlSource(view.text) || recordView(view.text, false, viewCode) === null) ? viewOutline : null;
  const viewText = openComponentScript(view.text);
  // (whether the view reads as code: its outline's reading asked already, viewCode or the one parseOutline kept)
  const figs = own ? figuresOf(viewText, own, viewCode) : figuresOf(viewText, parseOutline(view.text));
  const n = text.length;
  for (let i = 0; i < figs.length; i++) {
    const f = figs[i];
    const start = fileStart(view, f.start, n);
    // A figure the view joined over a crawler's fragment separator (`2022`, `年…` of a list of a page's
    // text fragments, outline/fragmentLists.ts) spans its digits' fragment in the file: its value and
    // kind stay, the unit written in the next fragment is outside its span.
    const cut = fragmentCut(text, view, f.start, f.end);
    f.end = Math.max(start, cut >= 0 ? cut : fileEnd(view, f.end, n));
    f.start = start;
    if (cut >= 0) {
      f.text = text.slice(start, f.end);
      if (f.unit !== '' && !f.text.includes(f.unit)) f.unit = '';
    }
    // A figure the view joined over the file's line break (a span-scraped `1102284` / `万元`) spans
    // its first line in the file, as a number cut by a hard break does; its value and unit stay.
    for (let p = start; p < f.end; p++) {
      if (text.charCodeAt(p) !== 10) continue;
      let e = p;
      while (e > start && (text.charCodeAt(e - 1) === 13 || text.charCodeAt(e - 1) === 32 || text.charCodeAt(e - 1) === 9)) e--;
      if (e > start) {
        f.end = e;
        f.text = text.slice(start, e);
      }
      break;
    }
    // A figure the view read through the record's markup (`185<\/span><span …>亿元` in an HTML
    // string) spans its digits before the first tag, as a page source's figure does (figuresFrom)
    // and a number cut by a hard break does; its value and unit stay.
    const tag = markupCut(text, start, f.end);
    if (tag >= 0) {
      f.end = tag;
      f.text = text.slice(start, tag);
    }
    // (the view reads past the record's markup: a field's value is judged where the file writes it)
    if (f.kind === 'count' && f.unit === '' && typeof f.value === 'number' && codeFieldValue(text, f.start, f.end)) f.kind = 'other';
  }
  // the file's characters the view reads (a record's title and text, the lines that are no record)
  const read = readMask(view, n);
  const escapes = new Uint8Array(n + 1);
  for (const m of text.matchAll(/\\u[0-9a-fA-F]{4}/g)) escapes.fill(1, m.index!, m.index! + 6);
  // (the file is read again only where a figure of its own can stand: see unreadMayHoldFigures)
  // (whether the file reads as code: asked once, by the file's outline where it read this text)
  const code = codeTestFor(outline, text);
  const fields = !unreadMayHoldFigures(text, read, escapes) ? [] : figuresOf(text, outline, code).filter((f) => {
    for (let p = f.start; p < f.end; p++) if (read[p] || escapes[p]) return false;
    return true;
  });
  for (const f of fields) {
    f.zone = 'metadata';
    // a bare number in a record's field (an id, a flag, a page size, a timestamp) is a code, not a
    // count of anything: no unit says what it counts
    if (f.kind === 'count' && f.unit === '') f.kind = 'other';
  }
  const all = dropRecordCodes(text, dropProgramNumbers(text, applyCodeFields(text, figs.concat(fields).sort((a, b) => a.start - b.start)), code));
  assignSections(all, outline);
  return all;
}

/** A `<script>` block's opening tag alone on its line (a Vue or Svelte component's script block). */
const COMPONENT_SCRIPT = /^[ \t]*<script\b[^<>\n]*>[ \t]*\r?$/gm;

/**
 * The view of a component file (a `.vue` page whose script keeps its records: `content: '<p>…'`)
 * with its script block opened: the block is the code the record reader read, its record lines
 * decoded in it (the records' text) and its other lines kept as they are (the records' fields,
 * `docNo: '…〔2025〕5号'`, `publishDate: '2025-05-01'`), so it is read as the view reads any code
 * file (the program's own numbers are left out on the file: dropProgramNumbers), not hidden whole
 * as a page's script is. The tag is blanked (same length: the view's offsets stay).
 */
function openComponentScript(text: string): string {
  if (text.indexOf('<script') < 0) return text;
  return text.replace(COMPONENT_SCRIPT, (m) => m.replace(/[^\r]/g, ' '));
}

/** The file's characters the view reads (1), each view character's [from, to) — at least its `from`. */
function readMask(view: RecordView, n: number): Uint8Array {
  const read = new Uint8Array(n + 1);
  const { from, to } = view;
  for (let i = 0; i < view.text.length; i++) {
    const a = from[i];
    // (most view characters read one file character: a store, not a fill call each)
    const b = Math.min(Math.max(a + 1, to[i]), n + 1);
    for (let p = a; p < b; p++) read[p] = 1;
  }
  return read;
}

/**
 * Whether a figure of the file's own (one whose every character the view does not read and no
 * `\uXXXX` escape holds) can stand in it: every figure holds a digit or a character beyond ASCII (a
 * Chinese numeral, a full-width digit), so where the unread characters are all ASCII and no digit
 * (a string literal's quotes and commas round the lines the view reads) none can, and the whole file
 * need not be read a second time (linear; on a 4.68M-character file of string lines, half the time).
 */
function unreadMayHoldFigures(text: string, read: Uint8Array, escapes: Uint8Array): boolean {
  const n = text.length;
  for (let p = 0; p < n; p++) {
    if (read[p] !== 0 || escapes[p] !== 0) continue;
    const c = text.charCodeAt(p);
    if (c > 127 || (c >= 48 && c <= 57)) return true;
  }
  return false;
}

function figuresOf(text: string, outline?: Outline, code: CodeTextTest = codeTestFor(outline, text)): Figure[] {
  {
    // The scanner's figures are Figures already (one object each, completed here in place).
    // (a converter's LaTeX math: the scanner reads the text with the math blanked, the spans' quantities read apart)
    const tex = readTexMath(text);
    const raw = tex ? withTexFigures(new FigureScanner(tex.masked).run(), tex.figures) : new FigureScanner(text).run();
    const scanned = completeScanned(text, splitMarkerFigures(text, raw, outline) as Figure[]);
    // Before the context pass: it links figures by index, and table row labels, page marks and
    // attachment labels are dropped here.
    let figs = dropAtxNumbers(text, dropLeaderPageNumbers(text, dropImageAlt(text, dropDataUris(text, dropReferenceLabels(text, dropTemplateTags(text, dropLinkTargets(text, dropCommented(text, dropFileNames(text, dropRowNumbers(text, applyTableCells(scanned, outline), outline?.tableCells, pageRunTest(outline)))))))))), outline);
    cutLabelUnits(text, figs);
    figs = joinBareDays(text, dropEnumeratedSets(text, joinYearsAndMonths(text, figs)));
    figs = addPassedScales(text, figs);
    figs = readLostCompositions(text, figs);
    figs = joinMeasureForms(text, figs);
    figs = dropSampleNumbers(text, figs);
    labelLoneNumbers(text, figs);
    figs = dropOrdinalPeriods(text, figs);
    figs = dropListEchoes(text, figs);
    figs = joinSecondEnds(text, joinWordRanges(text, joinUnitRanges(text, readLabelDates(text, figs))));
    figs = dropLabelRuns(text, figs);
    applyBarTables(text, figs);
    applyPipeRows(text, figs);
    applyLineTables(text, figs);
    applySpaceRows(text, figs);
    figs = applyHtmlTables(text, figs);
    shareListUnits(text, figs);
    applyCaptionUnits(text, figs);
    applyRunOnTables(text, figs);
    figs = applyUnitColumn(text, figs);
    figs = applyRowUnits(text, figs, outline);
    ratioAfterRatioWord(text, figs);
    ratioTerms(text, figs);
    indexLevels(text, figs);
    marketKinds(text, figs);
    figs = applyCohorts(text, figs);
    formulaConstants(text, figs);
    moneyByVerb(text, figs);
    trillionsAreMoney(figs);
    hundredMillionsAmongMoney(text, figs);
    applyMoneyWords(text, figs);
    figs = applyProseKinds(text, figs);
    applyIssueNumbers(text, figs);
    applyCenturies(figs);
    figs = readApproxRanges(text, figs);
    lostPercentSigns(text, figs);
    // (a paper's reference list: years are dates, volumes, issues and pages are labels)
    figs = readReferenceEntries(text, figs);
    // (a converter's paper, its LaTeX math read apart: its bare decimals are readings, not counts)
    if (tex) decimalsCountNothing(figs);
    const rowFields = sqlFieldCodes(text, figs);
    const footers = footerRowPageNumbers(text, figs);
    const fielded = applyCodeFields(text, figs);
    // (a table's cells set with bars are the document's, in a notes file with code blocks too: zoneLines.ts)
    const inTables = barredTableFigures(text, fielded, outline);
    figs = withKept(dropRecordCodes(text, withKept(dropProgramNumbers(text, fielded, code), inTables), rowFields), footers);
    // (a file of one-line records: each row's serial before its title field is the row's id)
    figs = dropRecordSerials(text, figs, outline);
    // (a CSV's rows joined onto one line: each row's date a date, its counters machine fields)
    figs = readJoinedRowFields(text, figs);
    if (outline?.zones) {
      assignZones(figs, outline);
      figs = dropListMarks(text, figs, outline);
    }
    // (a book's contents flattened onto one line: its page numbers before each division's mark)
    if (outline) figs = dropInlineContentsPages(text, figs, outline.lineStarts);
    // (a yearbook's `1-1 全国行政区划`, `1-2 …`: numbers of tables, not ranges)
    figs = dropTableNumbers(text, figs);
    annotateContext(text, figs);
    applyTableMeasures(text, figs, outline);
    applyRowProse(text, figs, outline);
    applyHeaderOrder(text, figs, outline);
    applyColumnSums(figs, outline);
    applyStatedTotals(figs, outline);
    applyColumnTotals(figs, outline);
    // (last: a bare count every pass above left without a measure — bareKinds.ts)
    restatedMeasures(figs);
    // (a bare decimal left a count counts nothing, outside a table whose column may say it does: wholeCounts.ts)
    if (!tex) bareDecimalsCountNothing(text, figs);
    if (outline) assignSections(figs, outline);
    return figs;
  }
}

/**
 * The scanner's figures completed in place: each one's text, the full-width per-cent sign read as
 * `%` (ANNOTATION: unit `%`; the text keeps it as written), the approximation word before or after.
 * (A function of its own: figuresOf then holds no loop, runs once per call and is never compiled
 * by V8's optimiser, which inlined every pass into it and compiled it twice over the first calls,
 * an OSR and a full compile, some 180 ms of compiling in all, callgrind.)
 */
function completeScanned(text: string, scanned: Figure[]): Figure[] {
  for (let k = 0; k < scanned.length; k++) {
    // (an index: this loop runs once per call, mostly before V8 optimises it, where for…of
    // allocates an iterator result per figure)
    const r = scanned[k];
    r.text = text.slice(r.start, r.end);
    if (r.unit === '％') r.unit = '%';
    if (r.approx === null && r.kind !== 'date') r.approx = prefixApprox(text, r.start) ?? suffixApprox(text, r.end);
  }
  return scanned;
}

/**
 * A day written without 日 after a full year and month (`发布日期:2018年03月27`, a page's dateline
 * `2023 年 1 月 28` cut at the line's end): the day belongs to the date when nothing but a blank, a
 * line's end or punctuation follows it (`2018年3月27个` would not be a day). One blank between
 * allowed, as spaced PDF text gives it.
 */
function joinBareDays(text: string, figs: Figure[]): Figure[] {
  return joinWithNext(text, figs, bareDay);
}

function bareDay(text: string, f: Figure, g: Figure): boolean {
  if (f.kind !== 'date' || typeof f.value !== 'string' || !/^\d{4}-\d{2}$/.test(f.value) || text[f.end - 1] !== '月') return false;
  const gap = text.slice(f.end, g.start);
  if (gap !== '' && gap !== ' ') return false;
  const d = text.slice(g.start, g.end);
  if (!/^[0-9]{1,2}$/.test(d) || Number(d) < 1 || Number(d) > 31) return false;
  const nx = text[g.end];
  if (nx !== undefined && !/[\s,，。;；、)）\]】|]/.test(nx)) return false;
  f.value = `${f.value}-${d.padStart(2, '0')}`;
  return true;
}

/**
 * A page number after a dot leader (`第一章 总则........2`, also when a flattened page runs the
 * contents together: `推介词......2陕西省…`) is a contents entry's page, not a figure: bare ASCII
 * digits (no unit) right after a run of six or more leader characters, blanks between allowed. A
 * prose ellipsis (`……`, two characters) is too short to count. Bounded look-back.
 */
function dropLeaderPageNumbers(text: string, figs: Figure[]): Figure[] {
  // (most texts have no page number after a leader: the figures are copied only when one is dropped)
  let k = 0;
  while (k < figs.length && !leaderPageNumber(text, figs[k])) k++;
  return k === figs.length ? figs : figs.filter((f) => !leaderPageNumber(text, f));
}

/** Whether the figure is 1–4 ASCII digits after a dot leader (dropLeaderPageNumbers). */
function leaderPageNumber(text: string, f: Figure): boolean {
  // (read by code: a slice and a regular expression per figure cost more than the rest of this pass)
  const len = f.end - f.start;
  if (len < 1 || len > 4) return false;
  for (let q = f.start; q < f.end; q++) if (!isAsciiDigit(text.charCodeAt(q))) return false;
  let p = f.start - 1;
  while (p >= 0 && f.start - p <= 4 && (text[p] === ' ' || text[p] === '\u3000' || text[p] === '\t')) p--;
  let n = 0;
  while (p >= 0 && n < 6 && isLeaderDot(text.charCodeAt(p))) {
    n++;
    p--;
  }
  return n >= 6;
}


const RATIO_SIGNS = '：∶';
/**
 * The next visible character at or after p (dir 1) or before p (dir -1): blanks, at most two line
 * breaks and at most six inline tags (inlineTagEnd) skipped. Returns its index and whether
 * anything was skipped (a gap), or -1. Bounded.
 */
function visibleNear(text: string, p: number, dir: 1 | -1): { at: number; gap: boolean } {
  let breaks = 0;
  let tags = 0;
  let gap = false;
  for (let steps = 0; steps < 16; steps++) {
    const q = dir === 1 ? p : p - 1;
    if (q < 0 || q >= text.length) return { at: -1, gap };
    const c = text.charCodeAt(q);
    if (c === 10 || c === 13) {
      if (c === 10 && ++breaks > 2) return { at: -1, gap };
      p += dir;
      gap = true;
      continue;
    }
    if (c === 32 || c === 9 || c === 0x3000) {
      p += dir;
      continue;
    }
    if (dir === 1 && c === 60) {
      const e = inlineTagEnd(text, q);
      if (e < 0 || ++tags > 6) return { at: -1, gap };
      p = e;
      gap = true;
      continue;
    }
    if (dir === -1 && c === 62) {
      const lt = inlineTagBefore(text, p);
      if (lt < 0 || ++tags > 6) return { at: -1, gap };
      p = lt;
      gap = true;
      continue;
    }
    return { at: q, gap };
  }
  return { at: -1, gap };
}

/**
 * 三次产业比重12.89：56.87：30.24 and 收入比5：1 with each term in a span or on a line of its own
 * (text scraped one text node per line, a page's editor wrapping digits in spans): each bare
 * number next to a ratio sign `：` whose other side is a number is a term of the ratio, kind ratio
 * (one ratio figure per term when the terms are cut apart). On one line the scanner reads the
 * whole ratio (`5：1`); here a line break or a tag must stand between a term and its sign, and the
 * clause before the first term must call it a ratio or structure (`比重为`, `收入比`, `结构为`), so a
 * label and its value (`编号12：` / `34`) or a time are not touched.
 */
function ratioTerms(text: string, figs: Figure[]): void {
  const isNum = (k: number) => k >= 0 && /[0-9]/.test(text[k]);
  let lastTermEnd = -1;
  for (let i = 0; i < figs.length; i++) {
    const f = figs[i];
    if (f.kind !== 'count' || f.unit !== '' || typeof f.value !== 'number' || !/^[0-9.]+$/.test(f.text)) continue;
    // a later term: the term before the sign is one
    const c = visibleNear(text, f.start, -1);
    if (c.at >= 0 && RATIO_SIGNS.includes(text[c.at]) && lastTermEnd >= 0) {
      const d = visibleNear(text, c.at, -1);
      if (d.at === lastTermEnd - 1) {
        f.kind = 'ratio';
        lastTermEnd = f.end;
        continue;
      }
    }
    // the first term: the clause calls it a ratio or structure (比重为, 收入比, 结构为)
    const a = visibleNear(text, f.end, 1);
    if (a.at < 0 || !RATIO_SIGNS.includes(text[a.at])) continue;
    const b = visibleNear(text, a.at + 1, 1);
    if (!(a.gap || b.gap) || !isNum(b.at)) continue;
    const before = text.slice(Math.max(0, f.start - 400), f.start).replace(/<[^<>]{0,300}>/g, '').replace(/\s+/g, '');
    const clause = before.slice(Math.max(before.lastIndexOf('。'), before.lastIndexOf('；'), before.lastIndexOf('，')) + 1);
    if (/比(?![上去前])|结构/.test(clause.slice(-24))) {
      f.kind = 'ratio';
      lastTermEnd = f.end;
    }
  }
}

/** Words that name a ratio of two quantities (城乡收入倍差, 两者之比, 比值, 性别比). */
const RATIO_WORDS = ['倍差', '之比', '比值', '性别比'];
/** The ratio a census states through a whole sentence (its base, level, change and bands). */
const SENTENCE_RATIO_WORDS = ['性别比'];
/** What after a ratio word makes it no ratio stated: one name among others (和、与及), or 比 as "than" (收入比上年增长, 收入比去年, 收入比同期). */
const NOT_RATIO_AFTER = /^(?:[和、与及]|上[年月季期]|去年|前[一二两三四五六七八九十年]|同期)/;
/** What ends a sentence for ratioAfterRatioWord: a statement's later clauses share its subject up to here. */
const SENTENCE_STOPS = '。；;！？!?\n';
/** A bare number, or a range of two (`100至105`): what a ratio's statement gives with no unit. */
const BARE_OR_RANGE = /^[0-9０-９.．]+(?:[至到~～—–-][0-9０-９.．]+)?$/;
/**
 * Whether `window` names a ratio its number then states: a ratio word not followed by NOT_RATIO_AFTER
 * (分地区户数、人口数、性别比和户规模 (2013年) 32: a ratio named among other names, a contents line's
 * words, states nothing; 人均可支配收入比上年增长: 比 is "than").
 */
function namesRatio(window: string, words = RATIO_WORDS): boolean {
  return words.some((w) => {
    const k = window.lastIndexOf(w);
    return k >= 0 && !NOT_RATIO_AFTER.test(window.slice(k + w.length, k + w.length + 3));
  });
}
/**
 * 收入倍差从2.37缩小到1.94: a bare number the clause has just called a ratio (a ratio word at most
 * 20 characters before it, no clause break between, or a rate right before it: RATE_BEFORE) is
 * kind ratio, not a count.
 * 总人口性别比（以女性为100…）为105.07, 出生人口性别比为111.3，较2010年下降6.8, 性别比在100以下的省份
 * 有2个，在100至105之间的…: a statement about a ratio goes on in later clauses of its sentence (its base,
 * its change, the bands it sorts places into), so a bare number or range with no unit at most 80
 * characters after 性别比 in the same sentence is the ratio's too (other ratio words keep to their clause:
 * 两者之比下降，新增1.5 is a count); a count with its measure
 * word (有2个) keeps its unit and its kind.
 */
function ratioAfterRatioWord(text: string, figs: Figure[]): void {
  for (let i = 0; i < figs.length; i++) {
    const f = figs[i];
    if (f.kind !== 'count' || f.unit !== '' || !BARE_OR_RANGE.test(f.text)) continue;
    const ranged = Array.isArray(f.value);
    if (!ranged && typeof f.value !== 'number') continue;
    const window = text.slice(clauseStart(text, f.start, Math.max(0, f.start - 20)), f.start);
    if (!ranged && (namesRatio(window) || RATE_BEFORE.test(window))) f.kind = 'ratio';
    else {
      const sentence = text.slice(clauseStart(text, f.start, Math.max(0, f.start - 80), SENTENCE_STOPS), f.start);
      if (namesRatio(sentence, SENTENCE_RATIO_WORDS)) f.kind = 'ratio';
    }
  }
}
/**
 * 核心消费价格指数（CPI）为113.0, 指数报3056: a bare number an index states right before it is the
 * index's level, kind other (a level on a scale, no count); an index stated in % stays a percent.
 */
const INDEX_BEFORE = /指数(?:（[^（）]{1,12}）|\([^()]{1,12}\))?(?:为|是|达|达到|报|升至|降至|上升至|下降至|回落至|收于)[ \u3000]?$/;
function indexLevels(text: string, figs: Figure[]): void {
  for (let i = 0; i < figs.length; i++) {
    const f = figs[i];
    if (f.kind !== 'count' || f.unit !== '' || typeof f.value !== 'number' || !/^[0-9０-９.．]+$/.test(f.text)) continue;
    if (INDEX_BEFORE.test(text.slice(Math.max(0, f.start - 24), f.start))) f.kind = 'other';
    // 生态环境公众满意度从84.7提升至89.6: a bare number a satisfaction score states in its clause is
    // a reading on the survey's scale (other), not a count (a score in per cent writes its %)
    else if (text.slice(clauseStart(text, f.start, Math.max(0, f.start - 20)), f.start).includes('满意度')) f.kind = 'other';
  }
}
/**
 * 折算率低于 0.3, 换手率为1.2: a number with no unit that a rate (…率) states or bounds right before
 * it is a ratio, not a count (a rate in per cent writes its %).
 */
const RATE_BEFORE = /率(?:不低于|不高于|不超过|不小于|不大于|低于|高于|小于|大于|超过|达到|达|为|是|[<>≤≥＜＞])?[ \u3000]?$/;

/** 买入价格不等于1.01, 金额为13004: a price or amount stated with a comparison or 为. */
const PRICE_BEFORE = /(?:价格|金额|单价|均价|价款)(?:不等于|等于|不低于|不高于|不超过|低于|高于|超过|为)[ \u3000]?$/;
/** 投入了 500 万, 花了22万: a sum of money spent or raised, with a scale word and no unit. */
const SPEND_BEFORE = /(?:投入|投资|花了|花费|耗资|筹集|募集|拨付|捐赠|捐款|赚了|挣了|负债|欠债|欠款|债务|亏损)(?:了|约|近|达|高达|达到|为|完成|超过|共|共计|累计)?[ \u3000]?$/;
/**
 * A number with no unit is money where the clause says so right before it: a price or amount
 * stated (PRICE_BEFORE), or a sum with 万/亿 spent or raised (SPEND_BEFORE). The unit stays `""`
 * (the text does not write it).
 */
function moneyByVerb(text: string, figs: Figure[]): void {
  for (let i = 0; i < figs.length; i++) {
    const f = figs[i];
    if (f.kind !== 'count' || f.unit !== '' || typeof f.value !== 'number') continue;
    const window = text.slice(clauseStart(text, f.start, Math.max(0, f.start - 12)), f.start);
    if (PRICE_BEFORE.test(window) || (/[万亿]$/.test(f.text) && SPEND_BEFORE.test(window))) f.kind = 'money';
    // 专项债券发行规模八千亿, 进出口总额达4300亿, 开展逆回购操作共1200亿, 6000亿的投资, 2亿专项资金:
    // a sum in 万/亿 that bonds or a central bank's operations issue, that a 总额 states, or that a
    // noun of money right after it names (fig44)
    else if (/[万亿萬億]$/.test(f.text) && (ISSUE_BEFORE.test(window) || MONEY_NOUN_AFTER.test(text.slice(f.end, f.end + 8)))) f.kind = 'money';
  }
}
/** 债券发行规模, 发行地方债, 总额达, 逆回购操作共: what issues or totals a sum of money (simplified and traditional). */
const ISSUE_BEFORE = /(?:[发發]行[\u4e00-\u9fff]{0,4}?(?:债|債)券?|发行(?:规模|额)?|發行(?:規模|額)?|总额|總額|操作)(?:约|近|达|達|高达|高達|达到|達到|为|為|超过|超過|共|共计|共計|累计|累計)?[ \u3000]?$/;
/** 的投资, 专项资金, 贷款: a noun of money right after a sum in 万/亿 (not 收入, which opens 收入群体; not a noun of people after it). */
const MONEY_NOUN_AFTER = /^的?(?:专项|財政|财政)?(?:投资|投資|资金|資金|贷款|貸款|债券|債券|经费|經費|补贴|補貼|补助|補助|奖金|獎金|融资|融資|预算|預算|罚款|罰款|赔偿|賠償)(?!户|戶|人|者|群体|客户|企业)/;

/**
 * `1.9万亿的刺激计划`, `GDP突破3万亿`, `连续迈上4万亿、5万亿两个台阶`: an amount in trillions that writes
 * no unit is money — nothing else is counted in trillions without saying what (`万亿次`, `万亿个` write
 * their unit). Speeches and news say GDP, budgets and investment so (study30: every such figure).
 */
function trillionsAreMoney(figs: Figure[]): void {
  for (let i = 0; i < figs.length; i++) {
    const f = figs[i];
    if (f.kind === 'count' && f.unit === '' && typeof f.value === 'number' && /[万萬][多余]?[亿億]$/.test(f.text)) f.kind = 'money';
  }
}

/**
 * `广东（59518亿元）、江苏（56909亿元）…山东领先浙江的优势增加了1100亿`: an amount in 亿 that writes no
 * unit, where the text's nearest amount in 亿 before it (within a few sentences) is money in 元, is
 * the same measure with its 元 left out — a report or news story that states its sums in 亿元 shortens
 * the next one so. Not after a noun of people or visits (游客2.3亿, 人口14亿: counts that leave out 人),
 * nor before one (13亿多人口), and not when the amount before it in 亿 counts something (14亿人).
 */
function hundredMillionsAmongMoney(text: string, figs: Figure[]): void {
  for (let i = 1; i < figs.length; i++) {
    const f = figs[i];
    // (the last character first: most figures do not end in 亿)
    const last = text.charCodeAt(f.end - 1);
    if (last !== 0x4ebf && last !== 0x5104) continue;
    if (f.kind !== 'count' || f.unit !== '' || typeof f.value !== 'number' || /[万萬]/.test(f.text)) continue;
    let k = i - 1;
    while (k >= 0 && f.start - figs[k].end <= 300 && !/[亿億]/.test(figs[k].text)) k--;
    if (k < 0 || f.start - figs[k].end > 300) continue;
    const before = figs[k];
    if (before.kind !== 'money' || !/元$/.test(before.unit)) continue;
    if (COUNTED_BEFORE.test(text.slice(clauseStart(text, f.start, Math.max(0, f.start - 12)), f.start))) continue;
    // (13亿多人口: what is counted may follow, past 多 or 余)
    if (COUNTED_AFTER.test(text.slice(f.end, f.end + 3))) continue;
    f.kind = 'money';
  }
}
/** 13亿多人口, 1亿余人: a noun of people or things after the amount. */
const COUNTED_AFTER = /^[多余]?[人口户戶次名位个個家只头頭株]/;
/** 游客2.3亿, 人口超14亿, 用户数达3亿: a noun of people, visits or things counted right before an amount in 亿. */
const COUNTED_BEFORE = /(?:人口|人数|人次|游客|旅客|乘客|客流|用户|网民|观众|粉丝|居民|群众|职工|学生|访客|访问量|播放量|浏览量|阅读量|点击量|下载量|流量|次数|件数|户数|只|头|羽|株|册|台|辆|部|条|份)(?:数|总数|总量)?(?:已|约|近|逾|达|达到|为|是|超|超过|突破|增加了?|减少了?|增长了?|共|共计|累计)?[ \u3000]?$/;

/** Operators between the terms of a formula written in words. */
const FORMULA_OPS = '-−－+＋×÷*';
/**
 * 折价率按照 1- 当日成交均价 / 当日基金份额净值: a number with no unit joined by an operator to a
 * quantity named in words is a constant of a formula, kind other, not a count.
 */
function formulaConstants(text: string, figs: Figure[]): void {
  for (let i = 0; i < figs.length; i++) {
    const f = figs[i];
    // (the operator after the figure first: most figures have none, and the test of the digits is a
    // regular expression run on every bare count)
    let k = f.end;
    if (!FORMULA_OPS.includes(text[k] ?? '\n')) continue;
    if (f.kind !== 'count' || f.unit !== '' || typeof f.value !== 'number' || !/^[0-9.]+$/.test(f.text)) continue;
    k++;
    if (text[k] === ' ') k++;
    const c = text.charCodeAt(k);
    if (c >= 0x4e00 && c <= 0x9fff && !FORMULA_OPS.includes(text[f.start - 1] ?? '\n')) f.kind = 'other';
  }
}

/** Kinds a bare list member takes from the unit that closes its list. */
const LIST_KINDS = new Set(['percent', 'percentage-point', 'money', 'mass', 'length', 'area', 'volume', 'energy', 'duration']);
const LIST_JOINS = new Set(['、', '和', '及', '与', '或']);
/**
 * 分别增长3.3、1.4、1.1倍: a list of multiples closed by 倍 — each member is a multiple as the last is
 * (a ratio whose value is the number as written; 成 and 折 would change the value, and stay out).
 */
function listRatio(f: Figure): boolean {
  return f.kind === 'ratio' && f.unit === '倍';
}
/** Between members that each say their change (0.2个、下降0.6个、提高0.8个百分点). */
const CUT_LIST_JOIN = /^(?:[、和及与]|、?(?:和|及)?(?:下降|提高|上升|增加|减少|回落|加快|放缓|扩大|缩小|降低|分别)?)$/;
/**
 * 分别加快0.9、1.1和0.5个百分点, 面积分别为12、15平方公里, 分别增长3.3、1.4、1.1倍: bare numbers listed before the one that
 * writes the unit measure what it measures. They take its kind and its unit: the unit is written
 * once for the whole list (the pool gold's call, holdout20: 8.2、5.0个百分点 → each member's unit
 * `个百分点`; a table cell under its column's unit keeps `""`, ANNOTATION.md). Not when the unit
 * comes with a scale word (3.2、4.5万亿元: the value would change too). One backward sweep.
 */
function shareListUnits(text: string, figs: Figure[]): void {
  let kind: Figure['kind'] | null = null;
  let unit = '';
  for (let k = figs.length - 1; k >= 0; k--) {
    const f = figs[k];
    const next = figs[k + 1];
    // (拉动分别为0.15、-5.64、1.34个百分点: a member may be negative)
    const bare = f.kind === 'count' && f.unit === '' && typeof f.value === 'number' && /^[-−]?[0-9０-９.．]+$/.test(f.text);
    // 分别下降0.2个、下降0.6个、提高0.8个百分点: 个 alone, the list's unit cut short, each member
    // with its own verb of change; the unit is the list's. A decimal only: no count of things
    // (净增加169个、提高4.83个百分点 counts 169)
    if (!bare && f.kind === 'count' && (f.unit === '个' || f.unit === '個') && /^[-−]?\d+\.\d+[个個]$/.test(f.text) && next && next.start > f.end &&
      next.kind === 'percentage-point' && (/^[个個]百分[点點]$/.test(next.unit) || next.unit === f.unit) &&
      CUT_LIST_JOIN.test(text.slice(f.end, next.start))) {
      kind = 'percentage-point';
      if (/^[个個]百分[点點]$/.test(next.unit)) unit = next.unit;
      f.kind = kind;
      if (unit) f.unit = unit;
      continue;
    }
    if (!bare || !next || next.start <= f.end || !LIST_JOINS.has(text.slice(f.end, next.start))) { kind = null; continue; }
    if (kind === null && (LIST_KINDS.has(next.kind) || listRatio(next)) && next.unit !== '' && !/[万亿千百十萬億]/.test(next.text.slice(0, next.text.length - next.unit.length))) {
      kind = next.kind;
      unit = next.unit;
    }
    if (kind !== null) {
      f.kind = kind;
      f.unit = unit;
    }
  }
}

/**
 * Markup is never shown to the reader, so nothing in it is a figure of the document (ANNOTATION.md:
 * numbers in HTML attributes, CSS and scripts are markup):
 * - `<!-- … -->`: an HTML comment (a page's hidden ad list kept by an archiver, an editor's note);
 * - a tag, `<`, `</` or `<!` and a Latin name closed by a space, `/` or `>`, up to its `>`
 *   (`<p style="font-size: 16pt; line-height: 1.5">`); a `<` before the `>` ends the try, and
 *   `x<y时…` in prose is no tag (its name runs into Chinese);
 * - what `<style>` and `<script>` hold, up to their closing tag (CSS sizes, colours, script literals),
 *   but for a script's string literals that are Chinese prose (scriptProse.ts).
 * Unclosed comments, style or script blocks hide nothing (the text may just hold the characters).
 * One forward pass over the text: every search starts where the last one stopped.
 */
export function markupRanges(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const n = text.length;
  // once a closing tag is not found ahead, it is not found from any later place either
  const unclosed = new Set<string>();
  let i = text.indexOf('<');
  while (i >= 0 && i < n) {
    const c = text.charCodeAt(i + 1);
    let next = i + 1;
    if (text.startsWith('!--', i + 1)) {
      const close = text.indexOf('-->', i + 4);
      if (close < 0) break;
      out.push([i, close + 3]);
      next = close + 3;
    } else if (tagNameEnd(text, i) > 0) {
      // the tag's end: the first `>` before any `<` (each character read once: the scan resumes there)
      let k = i + 1;
      while (k < n) {
        const d = text.charCodeAt(k);
        if (d === 62 || d === 60) break;
        k++;
      }
      if (k < n && text.charCodeAt(k) === 62) {
        out.push([i, k + 1]);
        next = k + 1;
        const name = text.slice(i + 1, i + 7).toLowerCase();
        const block = name.startsWith('style') && !isAsciiLetter(text.charCodeAt(i + 6)) ? '</style'
          : name.startsWith('script') && !isAsciiLetter(text.charCodeAt(i + 7)) ? '</script' : null;
        if (block && text.charCodeAt(k - 1) !== 47 && !unclosed.has(block)) {
          const close = indexOfFold(text, block, k + 1);
          if (close >= 0) {
            // (a script's prose literals are text: scriptProse.ts)
            if (block === '</script') pushScriptBlock(text, k + 1, close, out);
            else out.push([k + 1, close]);
            next = close;
          } else unclosed.add(block);
        }
      } else next = k;
    }
    i = text.indexOf('<', next);
  }
  return out;
}

/** After `<` at i: where a tag's name ends (a space, `/` or `>` follows it), or -1. */
function tagNameEnd(text: string, i: number): number {
  let k = i + 1;
  const c = text.charCodeAt(k);
  if (c === 47 || c === 33) k++;
  if (!isAsciiLetter(text.charCodeAt(k))) return -1;
  while (k < text.length && k < i + 40) {
    const d = text.charCodeAt(k);
    if (isAsciiLetter(d) || (d >= 48 && d <= 57) || d === 45 || d === 58 || d === 95) { k++; continue; }
    return d === 32 || d === 9 || d === 10 || d === 13 || d === 47 || d === 62 ? k : -1;
  }
  return -1;
}

/** `text.indexOf(needle, from)` ignoring the case of ASCII letters (needle in lower case). */
function indexOfFold(text: string, needle: string, from: number): number {
  const first = needle.charCodeAt(0);
  for (let k = text.indexOf(String.fromCharCode(first), from); k >= 0; k = text.indexOf(String.fromCharCode(first), k + 1)) {
    if (text.slice(k, k + needle.length).toLowerCase() === needle) return k;
  }
  return -1;
}

/**
 * CSS rules standing in the text outside a `<style>` element (a page's style or QR-code block that
 * a copy kept as text): a `{ … }` holding nothing but `property: value` declarations, with the
 * selector before it on its line when that has no Chinese (`.qr-code { width: 120px; margin: 0
 * auto; line-height: 1.5 }`, `#ad{top:10%}`). The reader never sees them. JSON (`{"a": 1}`) and
 * prose in braces do not have the form. One forward pass: each `{` is looked at once, a block at
 * most 3000 characters.
 */
const CSS_DECLARATIONS = /^\s*(?:[-a-zA-Z]+\s*:[^;{}\n]*;\s*)*[-a-zA-Z]+\s*:[^;{}\n]*;?\s*$/;
/**
 * A program's record has the same look (`{ industry: '人工智能', growth_rate: '+25%' }`): its fields
 * are parted by commas (CSS's `font-family: a, b` has no key after its comma) and one of its values
 * is a string of Chinese words. A style object (`{ width: '100%', top: '0' }`) holds none: still CSS.
 */
const JS_OBJECT = /,\s*["']?[A-Za-z_$][\w$]*["']?\s*:/;
const CJK_STRING = /["'][^"'\n]*[\u4e00-\u9fff]/;
export function cssRanges(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let open = text.indexOf('{');
  // the next `}` is looked for again only once `open` has passed it (linear over many `{`)
  let close = -1;
  while (open >= 0) {
    if (close <= open) close = text.indexOf('}', open + 1);
    if (close < 0) break;
    const inner = text.indexOf('{', open + 1);
    if (inner >= 0 && inner < close) {
      open = inner;
      continue;
    }
    if (close - open <= 3000 && CSS_DECLARATIONS.test(text.slice(open + 1, close)) && !(JS_OBJECT.test(text.slice(open + 1, close)) && CJK_STRING.test(text.slice(open + 1, close)))) {
      // the selector: back to the line's start or the previous block, when it holds no Chinese
      let s = open;
      while (s > 0 && open - s < 200) {
        const c = text.charCodeAt(s - 1);
        if (c === 10 || c === 125 || c === 123 || c === 59 || (c >= 0x3000 && c <= 0x9fff) || (c >= 0xff00 && c <= 0xffef)) break;
        s--;
      }
      out.push([s, close + 1]);
    }
    open = text.indexOf('{', close + 1);
  }
  return out;
}

/**
 * A Markdown image's alt text (`![1](https://…/a.png)`, `![图2 2023年产量](…)`) is the picture's label,
 * not the document's text (ANNOTATION: image alt text gives no figure): a figure between `![` and the
 * `](` (or the `][` of a reference) that closes it on the same line is dropped. Bounded: 200 characters each way.
 */
function dropImageAlt(text: string, figs: Figure[]): Figure[] {
  // (the look back below runs only for a figure with a `![` in its reach: a figure-dense page with
  // one image otherwise read 200 characters back from every figure)
  const opens = occurrences(text, '![');
  if (opens.length === 0) return figs;
  const keep = figs.filter((f) => {
    // the look back stops at a `[` from f.start - 1 down to f.start - 200 (not before 1): only a `![` there can drop f
    if (!occursIn(opens, f.start - 201, f.start - 2)) return true;
    let k = f.start - 1;
    // (by code: `text[k]` would make a string of each CJK character)
    for (; k >= 1 && f.start - k < 200; k--) {
      const c = text.charCodeAt(k);
      if (c === 10 || c === 93 /* ] */ || c === 91 /* [ */ && text.charCodeAt(k - 1) !== 33 /* ! */) return true;
      if (c === 91 && text.charCodeAt(k - 1) === 33) break;
    }
    if (k < 1 || text.charCodeAt(k) !== 91 || text.charCodeAt(k - 1) !== 33) return true;
    for (let q = f.end; q < text.length && q - f.end < 200; q++) {
      const c = text.charCodeAt(q);
      if (c === 10 || c === 91) return true;
      // (`![alt](…)` inline, `![alt][030]` by reference: mdReferences.ts)
      if (c === 93) return text.charCodeAt(q + 1) !== 40 /* ( */ && text.charCodeAt(q + 1) !== 91 /* [ */;
    }
    return true;
  });
  return keep.length === figs.length ? figs : keep;
}

/**
 * A Markdown link's or image's target (`![](5.%20稍后再看/图像/某文-teY5.jpeg)`, `[附件](files/2024/3.pdf)`) is
 * an address, not the document's text (ANNOTATION: file names and URLs): a figure between `](` and
 * the `)` that closes it, with no blank or line break between, is dropped — a path a clipping tool
 * wrote relative to its vault, percent-encoded, that no file extension or scheme near the figure
 * gives away. Bounded: 300 characters each way.
 */
function dropLinkTargets(text: string, figs: Figure[]): Figure[] {
  const targets = occurrences(text, '](');
  if (targets.length === 0) return figs;
  const keep = figs.filter((f) => {
    // the look back stops at a `(` from f.start - 1 down to f.start - 300 (not before 1): only a `](` there can drop f
    if (!occursIn(targets, f.start - 301, f.start - 2)) return true;
    let k = f.start - 1;
    for (; k >= 1 && f.start - k < 300; k--) {
      const c = text.charCodeAt(k);
      if (c === 40 /* ( */ && text.charCodeAt(k - 1) === 93 /* ] */) break;
      // (](javascript:void\(0\);): a converter's escaped bracket is part of the target)
      if ((c === 40 || c === 41) && text.charCodeAt(k - 1) === 92 /* \ */) {
        k--;
        continue;
      }
      if (c <= 32 || c === 41 || c === 40 || c === 0x3000) return true;
    }
    if (k < 1 || text.charCodeAt(k) !== 40 || text.charCodeAt(k - 1) !== 93) return true;
    for (let q = f.end; q < text.length && q - f.end < 300; q++) {
      const c = text.charCodeAt(q);
      if (c === 41) return false;
      if (c <= 32 || c === 40 || c === 0x3000) return true;
    }
    return true;
  });
  return keep.length === figs.length ? figs : keep;
}

/**
 * A picture's or a link's target written as a data URI (`![Image](data:image/svg+xml,%3Csvg
 * width='1px' … transform='translate(-249.000000, -126.000000)' …)`, the lazy-loading placeholder a
 * copied WeChat article keeps for every picture): encoded markup or bytes, no words of the document,
 * so no figure in it counts. Its blanks are the markup's and its parentheses balance (the
 * `translate(…)` inside), so the target runs from `](data:` to the `)` that closes the `(`, within
 * the line (dropLinkTargets stops at a blank). Linear: one search for the opener, one walk each.
 */
function dropDataUris(text: string, figs: Figure[]): Figure[] {
  let k = text.indexOf('](data:');
  if (k < 0 || figs.length === 0) return figs;
  // [open, close] of each target, in text order
  const spans: number[] = [];
  while (k >= 0) {
    let depth = 1;
    let q = k + 2;
    for (; q < text.length; q++) {
      const c = text.charCodeAt(q);
      if (c === 10 || c === 13) break;
      if (c === 40) depth++;
      else if (c === 41 && --depth === 0) break;
    }
    spans.push(k + 1, q);
    k = text.indexOf('](data:', q);
  }
  const opens: number[] = [];
  for (let i = 0; i < spans.length; i += 2) opens.push(spans[i]);
  const keep = figs.filter((f) => {
    // the last target opening at or before the figure's start
    const a = firstAtOrAbove(opens, f.start + 1) - 1;
    return a < 0 || f.end > spans[2 * a + 1];
  });
  return keep.length === figs.length ? figs : keep;
}

/** Where `pair` (two characters) occurs in the text, in order (one native search per occurrence). */
function occurrences(text: string, pair: string): number[] {
  const at: number[] = [];
  for (let k = text.indexOf(pair); k >= 0; k = text.indexOf(pair, k + 1)) at.push(k);
  return at;
}

/** Whether an offset of the sorted list lies in [lo, hi] (a binary search: figures need not come in text order). */
function occursIn(sorted: number[], lo: number, hi: number): boolean {
  const a = firstAtOrAbove(sorted, lo);
  return a < sorted.length && sorted[a] <= hi;
}

/** Figures that start inside markup (`markupRanges`) or CSS (`cssRanges`) are dropped; figures are in text order. */
function dropCommented(text: string, figs: Figure[]): Figure[] {
  if (!figs.length) return figs;
  const hasTag = text.indexOf('<') >= 0;
  const hasBrace = text.indexOf('{') >= 0;
  if (!hasTag && !hasBrace) return figs;
  let ranges = hasTag ? markupRanges(text) : [];
  if (hasBrace) {
    const css = cssRanges(text);
    if (css.length) ranges = ranges.length ? [...ranges, ...css].sort((a, b) => a[0] - b[0]) : css;
  }
  if (!ranges.length) return figs;
  const out: Figure[] = [];
  let r = 0;
  for (let i = 0; i < figs.length; i++) {
    const f = figs[i];
    while (r < ranges.length && ranges[r][1] <= f.start) r++;
    if (r < ranges.length && f.start >= ranges[r][0] && f.start < ranges[r][1]) continue;
    out.push(f);
  }
  return out;
}

const FILE_EXT = /^\.(pdf|md|docx?|xlsx?|txt|html?|jpe?g|png|gif|zip|rar|wps|ofd|csv|json)(?![A-Za-z0-9])/i;
/**
 * Figures inside a file name (`通知(2005-11-16).pdf`, `报告2024.docx`) are none (ANNOTATION.md:
 * file names, hashes and URLs): after the figure the name runs on, without a space or a quote,
 * to a file extension. Looks at most 40 characters ahead of each figure.
 */
/** FILE_EXT at a given `.` of the text (sticky: lastIndex set to the dot). */
const FILE_EXT_AT = new RegExp(FILE_EXT.source.slice(1), 'iy');
/**
 * FILE_EXT anywhere in the text (a match at k is FILE_EXT's on the six characters from k: the
 * lookahead stays inside them). Each `.` is found by the native indexOf and the extension tried
 * there only when a letter follows: one regex scan over the whole text cost about 9 instructions a
 * character, a few dots cost next to nothing.
 */
function anyFileExt(text: string): boolean {
  for (let k = text.indexOf('.'); k >= 0; k = text.indexOf('.', k + 1)) {
    const c = text.charCodeAt(k + 1) | 32;
    if (c < 97 || c > 122) continue;
    FILE_EXT_AT.lastIndex = k;
    if (FILE_EXT_AT.test(text)) return true;
  }
  return false;
}
function dropFileNames(text: string, figs: Figure[]): Figure[] {
  // (most texts name no file: one native search instead of a look ahead of every figure)
  if (!anyFileExt(text)) return figs;
  const keep = figs.filter((f) => {
    for (let k = f.end; k < text.length && k < f.end + 40; k++) {
      // by code: `text[k]` would make a string of each CJK character
      const c = text.charCodeAt(k);
      if (c === 46 && FILE_EXT.test(text.slice(k, k + 6))) return false;
      // space " ' \n ， 。 \t , ；
      if (c === 32 || c === 34 || c === 39 || c === 10 || c === 0xff0c || c === 0x3002 || c === 9 || c === 44 || c === 0xff1b) return true;
      // `[专项资金300万元](docs/说明.html)`: the link's text ends before its target's file name
      if (c === 93 && text.charCodeAt(k + 1) === 40) return true;
    }
    return true;
  });
  return keep.length === figs.length ? figs : keep;
}

/** Innermost heading whose part [start, end) holds each figure: one sweep with a stack. */
function assignSections(figs: Figure[], outline: Outline): void {
  const hs = outline.headings;
  // (the indices pushed one by one: a map((_, i) => i) that TurboFan inlines gives a holey array,
  // another map than the packed one the unoptimised code made, and sort's call site deopts on it)
  const order: number[] = [];
  for (let i = 0; i < hs.length; i++) order.push(i);
  order.sort((a, b) => hs[a].start - hs[b].start || hs[b].end - hs[a].end);
  const stack: number[] = [];
  let h = 0;
  for (let i = 0; i < figs.length; i++) {
    const f = figs[i];
    while (h < order.length && hs[order[h]].start <= f.start) {
      const idx = order[h++];
      while (stack.length && hs[stack[stack.length - 1]].end <= hs[idx].start) stack.pop();
      stack.push(idx);
    }
    while (stack.length && hs[stack[stack.length - 1]].end <= f.start) stack.pop();
    f.section = stack.length ? stack[stack.length - 1] : null;
  }
}

/** Zone of the line each figure starts on (binary searches: the figures need not be in text order). */
function assignZones(figs: Figure[], outline: Outline): void {
  const zones = outline.zones ?? [];
  if (!zones.length) return;
  const zoneAt = zoneFinder(zones);
  for (let i = 0; i < figs.length; i++) {
    const f = figs[i];
    f.zone = zoneAt(positionAt(outline.lineStarts, f.start).line).zone;
  }
}

/**
 * Whether a figure on a contents line is the entry's own number (ANNOTATION.md: list marks are no
 * figures; corpus README decision 8: nor are a contents list's page numbers): the section number
 * the entry opens with (`2.1  DEX文件格式分析 …… 7`, `- 第1章 绪论` → `1章`, `[1.1研究背景](#…)`),
 * digits with nothing but a Markdown or bullet prefix, a link's bracket or 第 before them; or the
 * page number it closes with, bare ASCII digits at the line's end after a blank, a tab or a dot
 * leader (`3.1 KMP算法\t4`). A figure inside the entry's name (`Android 14+安全兼容性处理`) stays.
 */
function contentsEntryNumber(text: string, f: Figure, starts: number[]): boolean {
  const line = positionAt(starts, f.start).line;
  const a = starts[line];
  let e = line + 1 < starts.length ? starts[line + 1] : text.length;
  while (e > a && /\s/.test(text[e - 1])) e--;
  let p = a;
  while (p < f.start && /[\s#>*+\-\[第]/.test(text[p])) p++;
  // (a date or a count of three digits or more opening an entry is its name's: `2023年甲镇工作报告`)
  if (f.kind === 'date') return false;
  if (p === f.start && /^[0-9]{1,2}(?:[.．][0-9]{1,2}){0,3}(?![0-9])/.test(f.text)) return true;
  if (f.end - f.start > 4) return false;
  for (let q = f.start; q < f.end; q++) if (!isAsciiDigit(text.charCodeAt(q))) return false;
  const before = text[f.start - 1] ?? '';
  // A scanned book's contents (OCR): the page number in brackets (`…(34)`, `整理(1)`, `…（5)`) at the
  // line's end or with the next entry run on after it (`(1)2、…`), and that next entry's own number.
  if (/[（(]/.test(before) && /^[)）]/.test(text[f.end] ?? '')) {
    const after = text.slice(f.end + 1, e);
    if (/^\s*$/.test(after) || OPENS_NEXT_ENTRY.test(after)) return true;
  }
  if (/[)）]/.test(before) && f.end - f.start <= 2 && /[、.．]/.test(text[f.end] ?? '') && /[（(][0-9]{1,3}[)）]$/.test(text.slice(Math.max(a, f.start - 6), f.start))) return true;
  if (f.end !== e) return false;
  return /[\s.．·・…⋯]/.test(before);
}

/** A number of one to four ASCII digits, alone (a page's number, or a count in a web page's chrome). */
const ASCII_BARE = /^[0-9]{1,4}$/;

/**
 * List marks are not figures (ANNOTATION.md): the number of an attachment's label (`附件 3`), and a
 * page furniture line that is nothing but a page mark (`- 2 -`, `第 3 页 共 20 页`) or a bare number
 * (a PDF's page number, a web page's comment or share count). Nor are the figures of a running
 * head or foot: a furniture line whose text comes back three times or more (the year in an exam
 * paper's head printed on every page). A footer printed once (a web page's ICP or phone numbers)
 * keeps its figures. On a contents line, the entry's own section and page numbers are none either
 * (contentsEntryNumber).
 */
function dropListMarks(text: string, figs: Figure[], outline: Outline): Figure[] {
  const starts = outline.lineStarts;
  const lineText = (line: number): string => {
    const end = line + 1 < starts.length ? starts[line + 1] : text.length;
    return text.slice(starts[line], end).trim();
  };
  // Texts of the furniture lines that hold figures, counted over all furniture lines (one pass).
  let repeats: Map<string, number> | null = null;
  const furnitureLineCounts = (): Map<string, number> => {
    const m = new Map<string, number>();
    for (const z of outline.zones ?? []) {
      if (z.zone !== 'furniture') continue;
      for (let l = z.firstLine; l <= z.lastLine && l < starts.length; l++) {
        const t = lineText(l);
        if (t) m.set(t, (m.get(t) ?? 0) + 1);
      }
    }
    return m;
  };
  // Bare numbers alone on furniture lines (one pass, when first asked): a page's number has its
  // neighbours (n-1 or n+1) on other pages; a web page's share or comment count (0, 116) has none
  let bareNumbers: Set<number> | null = null;
  const furnitureBareNumbers = (): Set<number> => {
    const m = new Set<number>();
    for (const z of outline.zones ?? []) {
      if (z.zone !== 'furniture') continue;
      for (let l = z.firstLine; l <= z.lastLine && l < starts.length; l++) {
        const t = lineText(l);
        if (ASCII_BARE.test(t)) m.add(Number(t));
      }
    }
    return m;
  };
  const keep = figs.filter((f) => {
    if (f.zone === 'attachment-label') return false;
    if (f.zone === 'toc') return !contentsEntryNumber(text, f, starts);
    if (f.zone !== 'furniture') return true;
    const t = lineText(positionAt(starts, f.start).line);
    if (ASCII_BARE.test(t)) {
      bareNumbers ??= furnitureBareNumbers();
      const v = Number(t);
      if (!bareNumbers.has(v - 1) && !bareNumbers.has(v + 1)) return true;
    }
    // (a converter's `=====第5页=====` counts its scans: nothing printed, no figure)
    if (isPageSeparator(t)) return false;
    if (isPageMark(t)) return keepPageNumber(text, f);
    repeats ??= furnitureLineCounts();
    return (repeats.get(t) ?? 0) < 3;
  });
  return keep.length === figs.length ? figs : keep;
}
