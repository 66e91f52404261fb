/**
 * Presentation of figures for people: rows with line/column and section path, numbers with grouped
 * digits and a 万/亿 reading, and a Markdown table. Pure data in, strings out; shared by the figures
 * panel, its clipboard copy and the hover. CSV and JSON for machines come from `export.ts`, the same
 * as the CLI's.
 */
import type { Figure, FigureKind, FigureValue, Heading, Outline } from '../types';
import { computeLineStarts, positionAt } from '../text/lines';
import { headingLabel, sectionChain } from '../export';
import { ratioParts, ratioText } from './ratioParts';

export { sectionChain };

/** One figure as the panel and the exports show it. */
export interface FigureRow {
  /** Index into the figures array the row came from. */
  index: number;
  /** 1-based line. */
  line: number;
  /** 0-based UTF-16 column. */
  col: number;
  /** Span length in UTF-16 code units. */
  length: number;
  text: string;
  /** The normalised value with grouped digits (`7,060,000,000`), `""` when there is none. */
  value: string;
  /** The same value read with 万/亿/万亿 (`70.6亿`), `""` below 10,000 or without a number. */
  readable: string;
  /** A number to sort by (a range sorts by its low end), or null. */
  sortValue: number | null;
  /** The high end of a range, or null. */
  high: number | null;
  raw: FigureValue;
  unit: string;
  kind: FigureKind;
  approx: string | null;
  indicator: string;
  relation: string;
  /** Heading labels from the root to the innermost part holding the figure. */
  section: string[];
  /** The path in brief for a narrow cell: ancestors by their markers, the innermost part in full. */
  sectionBrief: string;
  /** Index of the innermost heading holding the figure, or null. */
  sectionIndex: number | null;
  /** Index of the top-level heading the figure sits under, or null (before any heading). */
  top: number | null;
  /** The figure stands in page furniture (a site's footer, a page number): hidden unless asked for. */
  furniture: boolean;
}

/** Drops binary floating-point noise (0.1 + 0.2) without losing digits a text can state. */
function clean(v: number): number {
  return Number(v.toPrecision(12));
}

/** `7060000000` → `7,060,000,000`; `-1234.5` → `-1,234.5`. Never throws. */
export function groupDigits(v: number): string {
  if (!Number.isFinite(v)) return String(v);
  const c = clean(v);
  const s = String(Math.abs(c));
  if (s.includes('e')) return String(c);
  const dot = s.indexOf('.');
  const int = dot < 0 ? s : s.slice(0, dot);
  const frac = dot < 0 ? '' : s.slice(dot);
  let out = '';
  for (let i = 0; i < int.length; i++) {
    if (i > 0 && (int.length - i) % 3 === 0) out += ',';
    out += int[i];
  }
  return (c < 0 ? '-' : '') + out + frac;
}

const SCALES: readonly [number, string][] = [
  [1e12, '万亿'],
  [1e8, '亿'],
  [1e4, '万'],
];

/** `7060000000` → `70.6亿`, `5.66e12` → `5.66万亿`, `12360` → `1.236万`; `""` below 10,000. */
export function readableChinese(v: number): string {
  if (!Number.isFinite(v)) return '';
  const a = Math.abs(v);
  for (let i = 0; i < SCALES.length; i++) {
    const [scale, word] = SCALES[i];
    if (a < scale) continue;
    let n = Number((a / scale).toFixed(4));
    let w = word;
    // 99,999,999.99 rounds to 10000万: say 1亿 instead.
    if (n >= 10000 && i > 0) {
      n = Number((a / SCALES[i - 1][0]).toFixed(4));
      w = SCALES[i - 1][1];
    }
    return (v < 0 ? '-' : '') + String(n) + w;
  }
  return '';
}

function isoForReaders(v: string): string {
  if (v.startsWith('---')) return v.slice(3);
  if (v.startsWith('--')) return v.slice(2);
  // a whole hour (T09) reads as the clock shows it
  if (v.startsWith('T')) return v.length === 3 ? `${v.slice(1)}:00` : v.slice(1);
  return v;
}

/**
 * Display forms of a figure value: grouped digits and the 万/亿 reading. With the figure's kind,
 * unit and text, a ratio's parts read as written, joined by colons (`21.9:38.7:39.4`), not as a range.
 */
export function formatValue(value: FigureValue, kind?: string, unit?: string, text?: string): { value: string; readable: string } {
  const parts = ratioParts(value, kind, unit, text);
  if (parts) return { value: ratioText(parts), readable: '' };
  if (typeof value === 'number') return { value: groupDigits(value), readable: readableChinese(value) };
  // `--09-28` (month-day), `--04` (month), `---16` (day) and `T11:08` (time) are ISO 8601 without
  // a year: readers know them as 09-28, 04, 16 and 11:08.
  if (typeof value === 'string') return { value: isoForReaders(value), readable: '' };
  if (Array.isArray(value)) {
    const [lo, hi] = value;
    // a span of dates: its ISO ends as written (`2008–2012`)
    if (typeof lo === 'string' || typeof hi === 'string') {
      return { value: `${typeof lo === 'string' ? isoForReaders(lo) : '?'}–${typeof hi === 'string' ? isoForReaders(hi) : '?'}`, readable: '' };
    }
    const part = (x: number | string | null | undefined, f: (n: number) => string) =>
      typeof x === 'number' ? f(x) : '?';
    const readable =
      (typeof lo === 'number' && readableChinese(lo)) || (typeof hi === 'number' && readableChinese(hi))
        ? `${part(lo, (n) => readableChinese(n) || groupDigits(n))}–${part(hi, (n) => readableChinese(n) || groupDigits(n))}`
        : '';
    return { value: `${part(lo, groupDigits)}–${part(hi, groupDigits)}`, readable };
  }
  return { value: '', readable: '' };
}

/** A number to sort by (a range by its low end); null for a ratio's parts, which are no one magnitude. */
export function sortValueOf(value: FigureValue, kind?: string, unit?: string, text?: string): number | null {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (ratioParts(value, kind, unit, text)) return null;
  if (Array.isArray(value)) {
    const n = typeof value[0] === 'number' ? value[0] : value[1];
    return typeof n === 'number' && Number.isFinite(n) ? n : null;
  }
  return null;
}

/** An ancestor in a brief path: its marker (`一、`, `（二）`), or the start of an unnumbered title. */
function briefLabel(h: Heading): string {
  const marker = (h.marker ?? '').trim();
  if (marker) return marker;
  const title = (h.title ?? '').trim();
  return title.length > 8 ? title.slice(0, 8) + '…' : title;
}

/**
 * A row maker for the figures of one text: the line table and heading labels are made once and
 * shared, so a caller can build rows a slice at a time (the panel does, between other work).
 */
export function figureRowMaker(text: string, outline?: Outline): (f: Figure, index: number) => FigureRow {
  const lineStarts =
    outline && outline.lineStarts.length && outline.lineStarts[outline.lineStarts.length - 1] <= text.length
      ? outline.lineStarts
      : computeLineStarts(text);
  const hs = outline?.headings ?? [];
  const labels = new Map<number, string>();
  const label = (i: number) => {
    let s = labels.get(i);
    if (s === undefined) labels.set(i, (s = headingLabel(text, hs[i])));
    return s;
  };
  return (f, index) => {
    const { line, col } = positionAt(lineStarts, f.start);
    const chain = sectionChain(outline, f.section);
    const { value, readable } = formatValue(f.value, f.kind, f.unit, f.text);
    const parts = ratioParts(f.value, f.kind, f.unit, f.text);
    return {
      index,
      line: line + 1,
      col,
      length: Math.max(0, f.end - f.start),
      text: f.text,
      value,
      readable,
      sortValue: sortValueOf(f.value, f.kind, f.unit, f.text),
      high: !parts && Array.isArray(f.value) && typeof f.value[1] === 'number' && Number.isFinite(f.value[1]) ? f.value[1] : null,
      raw: f.value,
      unit: f.unit ?? '',
      kind: f.kind,
      approx: f.approx ?? null,
      indicator: f.indicator ?? '',
      relation: f.relation ?? '',
      section: chain.map(label),
      sectionBrief: chain.map((h, i) => (i === chain.length - 1 ? label(h) : briefLabel(hs[h]))).join(SECTION_SEPARATOR),
      sectionIndex: chain.length ? chain[chain.length - 1] : null,
      top: chain.length ? chain[0] : null,
      furniture: f.zone === 'furniture',
    };
  };
}

/** Table rows for the figures of one text, in the figures' order. */
export function buildFigureRows(text: string, figures: readonly Figure[], outline?: Outline): FigureRow[] {
  const make = figureRowMaker(text, outline);
  return figures.map((f, index) => make(f, index));
}

/** Column headings of the Markdown table, localised by the caller. */
export interface TableLabels {
  line: string;
  text: string;
  value: string;
  unit: string;
  kind: string;
  indicator: string;
  relation: string;
  section: string;
}

export const ENGLISH_TABLE_LABELS: TableLabels = {
  line: 'Line',
  text: 'As written',
  value: 'Value',
  unit: 'Unit',
  kind: 'Kind',
  indicator: 'Indicator',
  relation: 'Relation',
  section: 'Section',
};

export const SECTION_SEPARATOR = ' › ';

/** A Markdown table cell: pipes, backslashes and HTML made inert, one line. */
export function markdownCell(s: string): string {
  return s
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[`*_[\]]/g, (c) => '\\' + c)
    .replace(/\s*[\r\n]+\s*/g, ' ')
    .trim();
}

export function figuresToMarkdown(rows: readonly FigureRow[], labels: TableLabels = ENGLISH_TABLE_LABELS, kindLabel: (k: FigureKind) => string = (k) => k): string {
  const head = [labels.line, labels.text, labels.value, labels.unit, labels.kind, labels.indicator, labels.relation, labels.section];
  const out = [`| ${head.map(markdownCell).join(' | ')} |`, `| ${head.map((_, i) => (i === 0 || i === 2 ? '---:' : '---')).join(' | ')} |`];
  for (const r of rows) {
    const value = r.readable ? `${r.value} (${r.readable})` : r.value;
    const cells = [String(r.line), r.text, value, r.unit, kindLabel(r.kind), r.indicator, r.relation, r.section.join(SECTION_SEPARATOR)];
    out.push(`| ${cells.map(markdownCell).join(' | ')} |`);
  }
  return out.join('\n') + '\n';
}
