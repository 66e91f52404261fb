/**
 * Figures across files (issue 12): the figures of many documents grouped by what they measure, so
 * a reader follows one indicator (地区生产总值, 城镇新增就业) from report to report.
 *
 * A group's key is the indicator's filed name (`normalizeIndicator`) with the figure's kind and base
 * unit: a growth rate (percent) and a level (money) of the same measure are two groups, and so are
 * 万吨 and 万斤. Documents are ordered by their own date where the text gives one (`documentDate`),
 * else by a date in the file name, else by name. Pure; never throws; linear in the figures.
 */
import type { FigureValue } from '../types';
import { ratioParts } from './ratioParts';
import type { FigureRow } from '../export';
import { isRegionalDocument, normalizeIndicator } from './indicatorNames';
import { pad } from './dates';

/** One figure as the grouping needs it: the CLI's and the panel's figure row without its section, its zone optional. */
export interface CrossFigure extends Omit<FigureRow, 'section' | 'zone'> {
  zone?: string;
  /** The name it is filed under (`fileFigures`), when already computed. */
  filed?: string;
}

/** Where a document's date was read from. */
export type DateSource = 'text' | 'name';

export interface DocumentDate {
  /** ISO 8601: `2025`, `2025-03`, `2025-03-05`; null when neither the text nor the name gives one. */
  value: string | null;
  source: DateSource | null;
}

export interface DocumentFigures {
  /** The document's name as shown (a path or a file name); unique within a run. */
  name: string;
  date: DocumentDate;
  figures: readonly CrossFigure[];
  /** The document speaks for a province, a city or a county (`isRegionalText`); GDP words then mean 地区生产总值. */
  regional?: boolean;
  /** How many figures the document has, when `figures` holds only the filed ones (`fileFigures`). */
  count?: number;
}

export interface IndicatorValue {
  /** Index into `CrossFileResult.documents`. */
  doc: number;
  line: number;
  col: number;
  text: string;
  value: FigureValue;
  /** The value as one number for a chart (a range gives its middle), or null. */
  number: number | null;
  relation: string | null;
  /** The indicator as the text wrote it. */
  written: string;
}

export interface IndicatorGroup {
  /** `name|kind|unit`: stable across runs, used to choose a group. */
  key: string;
  name: string;
  kind: string;
  unit: string;
  /** How many documents have a value. */
  documents: number;
  /** Values in document order, then in text order. */
  values: IndicatorValue[];
}

export interface CrossFileResult {
  /** The documents in the order their values are shown (by date, then by name). */
  documents: { name: string; date: DocumentDate; figures: number }[];
  /** Groups by how many documents they span, then by how many values, then by name. */
  groups: IndicatorGroup[];
}

/** Kinds that name no quantity to follow across documents. */
const SKIPPED_KINDS = new Set(['date', 'other']);

function isoDate(y: number, m: number, d: number): string | null {
  if (y < 1900 || y > 2099 || m < 1 || m > 12 || d < 1 || d > 31) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

const CN_DIGIT: Record<string, number> = { 〇: 0, '○': 0, 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
/** 三 → 3, 十 → 10, 十一 → 11, 二十三 → 23, 三十 → 30 (1–39 only). */
function cnSmall(s: string): number | null {
  const ten = s.indexOf('十');
  if (ten < 0) return s.length === 1 && s in CN_DIGIT ? CN_DIGIT[s] : null;
  const hi = ten === 0 ? 1 : s.length >= 2 && s[0] in CN_DIGIT ? CN_DIGIT[s[0]] : null;
  const rest = s.slice(ten + 1);
  const lo = rest === '' ? 0 : rest.length === 1 && rest in CN_DIGIT ? CN_DIGIT[rest] : null;
  return hi === null || lo === null || ten > 1 ? null : hi * 10 + lo;
}

const ARABIC_YMD = /((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/g;
/** Not a machine timestamp (`2026-05-19T11:26:01`): a converter's or a scraper's time, not the document's. */
const ISO_YMD = /(?<!\d)((?:19|20)\d{2})[-/.](\d{1,2})[-/.](\d{1,2})(?![\dT])/g;
const CHINESE_YMD = /([〇○零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,2})月([一二三四五六七八九十]{1,3})日/g;

/** Every full date (year, month and day) in a short piece of text, in order of position. */
function fullDates(s: string): { at: number; iso: string }[] {
  const out: { at: number; iso: string }[] = [];
  for (const re of [ARABIC_YMD, ISO_YMD]) {
    re.lastIndex = 0;
    for (let m = re.exec(s); m; m = re.exec(s)) {
      const iso = isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
      if (iso) out.push({ at: m.index, iso });
    }
  }
  CHINESE_YMD.lastIndex = 0;
  for (let m = CHINESE_YMD.exec(s); m; m = CHINESE_YMD.exec(s)) {
    const y = Number([...m[1]].map((c) => CN_DIGIT[c]).join(''));
    const mo = cnSmall(m[2]);
    const d = cnSmall(m[3]);
    const iso = mo !== null && d !== null ? isoDate(y, mo, d) : null;
    if (iso) out.push({ at: m.index, iso });
  }
  return out.sort((a, b) => a.at - b.at);
}

/** Lines of the head and tail the date is looked for in, and their character budgets. */
const HEAD_LINES = 30;
const HEAD_CHARS = 3000;
const TAIL_LINES = 10;
const TAIL_CHARS = 1000;
const TITLE_MAX = 60;

/**
 * A document's own date, from the places a date stands in Chinese speeches and official documents:
 * the title block (a meeting date `——2017年3月5日在…会议上`, a publication date, `（2018年1月2日）`),
 * else the signature block at the end (落款 `二〇二五年一月二十日`), else a year in the title line
 * (`2026年政府工作报告`). Without one, a date in the file name (`report-2025.txt`, `news-20240210.md`).
 * Reads at most a few thousand characters at each end.
 */
export function documentDate(text: string, name = ''): DocumentDate {
  try {
    if (typeof text === 'string' && text.length) {
      const head = firstLines(text, HEAD_LINES, HEAD_CHARS);
      const inHead = fullDates(head);
      if (inHead.length) return { value: inHead[0].iso, source: 'text' };
      const signed = signatureDate(text);
      if (signed) return { value: signed, source: 'text' };
      const tail = lastLines(text, TAIL_LINES, TAIL_CHARS);
      const inTail = fullDates(tail);
      if (inTail.length) return { value: inTail[inTail.length - 1].iso, source: 'text' };
      const title = head.split('\n').map((l) => l.trim()).find((l) => l.length > 0) ?? '';
      const year = title.length <= TITLE_MAX ? /(?<!\d)((?:19|20)\d{2})\s*年(?!\d)/.exec(title) : null;
      if (year) return { value: year[1], source: 'text' };
    }
    const base = String(name).split(/[\\/]/).pop() ?? '';
    const ymd = /(?<!\d)((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?!\d)/.exec(base);
    if (ymd) return { value: `${ymd[1]}-${ymd[2]}-${ymd[3]}`, source: 'name' };
    const dashed = fullDates(base);
    if (dashed.length) return { value: dashed[0].iso, source: 'name' };
    const y = /(?<!\d)((?:19|20)\d{2})(?!\d)/.exec(base);
    if (y) return { value: y[1], source: 'name' };
  } catch {
    // never throws: a document without a date is ordered by name
  }
  return { value: null, source: null };
}

/** Longest line read as a date standing alone. */
const DATE_LINE_MAX = 24;

/**
 * The date of the signature block (落款): the first line that holds nothing but a full date
 * (`二〇二五年一月二十日`, `2025年1月20日`). It may stand before attachments and a converter's
 * metadata, so the whole text is walked, one short line at a time.
 */
function signatureDate(text: string): string | null {
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    if (end - start <= DATE_LINE_MAX) {
      const line = text.slice(start, end).trim();
      if (line.length >= 8 && /日$/.test(line)) {
        const d = fullDates(line);
        if (d.length === 1 && d[0].at === 0) return d[0].iso;
      }
    }
    start = end + 1;
  }
  return null;
}

function firstLines(text: string, lines: number, chars: number): string {
  let end = 0;
  for (let n = 0; n < lines && end < text.length && end < chars; n++) {
    const nl = text.indexOf('\n', end);
    if (nl < 0 || nl > chars) return text.slice(0, Math.min(text.length, chars));
    end = nl + 1;
  }
  return text.slice(0, Math.min(end, chars));
}

function lastLines(text: string, lines: number, chars: number): string {
  let start = text.length;
  // trailing blank lines do not count
  while (start > 0 && /\s/.test(text[start - 1])) start--;
  const floor = Math.max(0, start - chars);
  for (let n = 0; n < lines && start > floor; n++) {
    const nl = text.lastIndexOf('\n', start - 1);
    if (nl < floor) return text.slice(floor);
    start = nl;
  }
  return text.slice(start);
}

const REGIONAL_SCOPE = /全省|全市|全区|全县|全州|全盟|全自治区|我省|我市|我区|我县|本省|本市|[省市区县州]委|[省市县州](?:人民)?政府/g;
const NATIONAL_SCOPE = /全国|我国/g;

/**
 * Whether a text speaks for a region rather than the country: it names its own scope (全省, 我市)
 * or its own organs (省委, 市政府) at least three times, and at least a fifth as often as the
 * national scope (全国, 我国). A province's report names the country often, the country's report
 * hardly ever a province's organs. Two searches over the text.
 */
export function isRegionalText(text: string): boolean {
  if (typeof text !== 'string') return false;
  const regional = text.match(REGIONAL_SCOPE)?.length ?? 0;
  const national = text.match(NATIONAL_SCOPE)?.length ?? 0;
  return regional >= 3 && regional * 5 >= national;
}

/** A figure's value as one number for a chart, or null (also for a ratio's parts: no one magnitude). */
export function chartNumber(v: FigureValue, kind?: string, unit?: string, text?: string): number | null {
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (ratioParts(v, kind, unit, text)) return null;
  if (Array.isArray(v)) {
    const [a, b] = v;
    if (typeof a === 'number' && typeof b === 'number') return (a + b) / 2;
    if (typeof a === 'number') return a;
    if (typeof b === 'number') return b;
  }
  return null;
}

function compareNames(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Orders documents: dated ones by date (a year before its own months and days), then the rest by name. */
export function compareDocuments(a: { name: string; date: DocumentDate }, b: { name: string; date: DocumentDate }): number {
  const da = a.date.value;
  const db = b.date.value;
  if (da && db && da !== db) return compareNames(da, db);
  if (da && !db) return -1;
  if (!da && db) return 1;
  return compareNames(a.name, b.name);
}

/**
 * The name a figure is filed under in its document, or null when it is not followed across
 * documents (a date, page chrome, a span of years, no indicator). `regional`: the document's scope.
 */
export function filedName(f: CrossFigure, regional: boolean): string | null {
  if (!f || SKIPPED_KINDS.has(f.kind) || f.zone === 'furniture' || !f.indicator) return null;
  // a span of years (五年来, 延长30年) is a period, not a level to follow; an age (人均预期寿命80岁) is
  if (f.kind === 'duration' && f.unit !== '岁') return null;
  return normalizeIndicator(f.indicator, { regional });
}

/**
 * A document's figures with their filed names, computed where the document is read (a worker
 * thread): what the grouping then does per figure is a map lookup. Figures without a name drop out.
 */
export function fileFigures(d: DocumentFigures): DocumentFigures {
  const figures = Array.isArray(d.figures) ? d.figures : [];
  const regional = d.regional === true || isRegionalDocument(figures.map((f) => f?.indicator ?? null));
  const kept: CrossFigure[] = [];
  for (const f of figures) {
    const filed = filedName(f, regional);
    if (filed) kept.push({ ...f, filed });
  }
  return { name: d.name, date: d.date, regional, figures: kept, count: figures.length };
}

type Building = IndicatorGroup & { seen: Set<number> };

/**
 * Groups documents as they arrive (`add`, in any order, cheap per figure when the names were
 * filed in the worker) and orders them at the end (`finish`: documents by date then name, each
 * group's values by document then text order). The work is spread over the arrivals, so no one
 * step holds the thread long.
 */
export class IndicatorGrouper {
  private readonly docs: { name: string; date: DocumentDate; figures: number }[] = [];
  private readonly groups = new Map<string, Building>();

  add(input: DocumentFigures): void {
    try {
      const figures = input && Array.isArray(input.figures) ? input.figures : [];
      const d = typeof input.count === 'number' && figures.every((f) => f && typeof f.filed === 'string') ? input : fileFigures({ ...input, figures });
      const doc = this.docs.length;
      this.docs.push({ name: String(d.name), date: d.date && typeof d.date === 'object' ? d.date : { value: null, source: null }, figures: d.count ?? d.figures.length });
      for (const f of d.figures) {
        const name = f.filed!;
        const unit = typeof f.unit === 'string' ? f.unit : '';
        const key = `${name}|${f.kind}|${unit}`;
        let g = this.groups.get(key);
        if (!g) {
          g = { key, name, kind: f.kind, unit, documents: 0, values: [], seen: new Set() };
          this.groups.set(key, g);
        }
        if (!g.seen.has(doc)) {
          g.seen.add(doc);
          g.documents++;
        }
        g.values.push({ doc, line: f.line, col: f.col, text: f.text, value: f.value, number: chartNumber(f.value, f.kind, unit, f.text), relation: f.relation, written: f.indicator ?? '' });
      }
    } catch {
      // a malformed document adds nothing
    }
  }

  finish(): CrossFileResult {
    const steps = this.steps();
    for (let r = steps.next(); ; r = steps.next()) if (r.done) return r.value;
  }

  /**
   * `finish` in slices: awaits `pause()` whenever a slice has run `sliceMs`, so a thread that
   * also serves a user (the extension host) is never held long.
   */
  async finishAsync(pause: () => Promise<void>, sliceMs = 15): Promise<CrossFileResult> {
    const steps = this.steps();
    let t = performance.now();
    for (let r = steps.next(); ; r = steps.next()) {
      if (r.done) return r.value;
      if (performance.now() - t > sliceMs) {
        await pause();
        t = performance.now();
      }
    }
  }

  /** The ordering, as steps (one per group, roughly) that a caller may pause between. */
  private *steps(): Generator<void, CrossFileResult> {
    const order = this.docs.map((d, i) => ({ d, i })).sort((x, y) => compareDocuments(x.d, y.d) || x.i - y.i);
    const rank = new Array<number>(this.docs.length);
    order.forEach(({ i }, k) => (rank[i] = k));
    const list: IndicatorGroup[] = [];
    for (const g of this.groups.values()) {
      for (const v of g.values) v.doc = rank[v.doc];
      // stable: text order within a document stays
      g.values.sort((a, b) => a.doc - b.doc);
      list.push({ key: g.key, name: g.name, kind: g.kind, unit: g.unit, documents: g.documents, values: g.values });
      yield;
    }
    this.groups.clear();
    list.sort((a, b) => b.documents - a.documents || b.values.length - a.values.length || compareNames(a.key, b.key));
    return { documents: order.map(({ d }) => d), groups: list };
  }
}

/** Groups the figures of several documents by indicator (see the file comment). */
export function groupByIndicator(inputs: readonly DocumentFigures[]): CrossFileResult {
  const g = new IndicatorGrouper();
  for (const d of Array.isArray(inputs) ? inputs : []) g.add(d);
  return g.finish();
}

/**
 * One point per document for a line chart: the first value the document gives (a work report
 * reviews the year before it sets a target, so the first is the year's result), null where the
 * document has none.
 */
export function seriesOf(group: IndicatorGroup, documentCount: number): (IndicatorValue | null)[] {
  const out: (IndicatorValue | null)[] = new Array(documentCount).fill(null);
  for (const v of group.values) if (out[v.doc] === null && v.number !== null && v.doc < documentCount) out[v.doc] = v;
  return out;
}
