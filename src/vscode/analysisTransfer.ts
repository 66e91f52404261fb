/**
 * Compact forms of the analysis for crossing from the worker to the extension host. A structured
 * clone of 12,878 heading objects costs the receiving thread 30–90 ms (it rebuilds every object
 * and string while the event loop waits); numbers in an Int32Array and strings joined into one
 * are transferred without copying and unpacked in a few milliseconds. Pure: no `vscode` here,
 * the worker imports it too.
 */
import type { Figure, FigureKind, Heading, Outline, TableCell, ZoneSpan } from '../core';
import { ZONE_NAMES } from '../core/outline/anatomy';
import { FAMILIES, ROW_INTS, type OutlineRows } from '../core/outline/rows';
import type { FoldRegion } from '../core/outline/folding';
import type { HeadingSpan } from '../core/outline/spans';

export interface PackedStrings {
  chars: string;
  /** End offset of each string in `chars`. */
  ends: Int32Array;
}

export function packStrings(list: readonly string[]): PackedStrings {
  const ends = new Int32Array(list.length);
  let at = 0;
  list.forEach((s, i) => (ends[i] = at += s.length));
  return { chars: list.join(''), ends };
}

export function unpackStrings(p: PackedStrings): string[] {
  const out = new Array<string>(p.ends.length);
  let from = 0;
  for (let i = 0; i < p.ends.length; i++) {
    out[i] = p.chars.slice(from, p.ends[i]);
    from = p.ends[i];
  }
  return out;
}

/** Ints per heading: family, ordinal, level, parent (-1 = null), start, titleStart, titleEnd, end, inline, run. */
const HEADING_INTS = 10;

export interface PackedOutline {
  ints: Int32Array;
  markers: PackedStrings;
  titles: PackedStrings;
  lineStarts: Int32Array;
  hardWrapped: boolean;
  /** Zone spans as triples: zone index, first line, last line. */
  zones: Int32Array | null;
  /** Table cells as quadruples: start, end, row label (1/0), index of the kind in CELL_KINDS (-1: none). */
  tableCells?: Int32Array | null;
  /** Each table cell's column measure ('' = none), in the order of `tableCells`. */
  cellMeasures?: PackedStrings | null;
  /** Each table cell's row name ('' = none), in the order of `tableCells`. */
  cellRows?: PackedStrings | null;
  /** What the reader's corrections did (a few small objects: cloned, not packed). */
  corrections?: Outline['corrections'];
}

/** Kinds a table cell may give its figures, by index in the packed form. */
const CELL_KINDS: readonly FigureKind[] = [
  'money', 'percent', 'percentage-point', 'count', 'area', 'length', 'mass', 'volume', 'energy', 'duration', 'date', 'ratio', 'other',
];

function packCells(cells: readonly TableCell[] | undefined): Int32Array | null {
  if (!cells) return null;
  const out = new Int32Array(cells.length * 4);
  cells.forEach((c, i) => {
    out[i * 4] = c.start;
    out[i * 4 + 1] = c.end;
    out[i * 4 + 2] = c.rowLabel ? 1 : 0;
    out[i * 4 + 3] = c.kind ? CELL_KINDS.indexOf(c.kind) : -1;
  });
  return out;
}

function unpackCells(a: Int32Array, measures: PackedStrings | null | undefined, rows?: PackedStrings | null): TableCell[] {
  const cells: TableCell[] = [];
  const names = measures ? unpackStrings(measures) : [];
  const rowNames = rows ? unpackStrings(rows) : [];
  for (let i = 0; i + 3 < a.length; i += 4) {
    const cell: TableCell = { start: a[i], end: a[i + 1], rowLabel: a[i + 2] === 1, kind: a[i + 3] >= 0 ? CELL_KINDS[a[i + 3]] ?? null : null };
    const m = names[i / 4];
    if (m) cell.measure = m;
    const r = rowNames[i / 4];
    if (r) cell.row = r;
    cells.push(cell);
  }
  return cells;
}

export function packOutline(outline: Outline): PackedOutline {
  const hs = outline.headings;
  const ints = new Int32Array(hs.length * HEADING_INTS);
  const family = new Map(FAMILIES.map((f, i) => [f, i]));
  hs.forEach((h, i) => {
    const k = i * HEADING_INTS;
    ints[k] = family.get(h.family) ?? -1;
    ints[k + 1] = h.ordinal;
    ints[k + 2] = h.level;
    ints[k + 3] = h.parent ?? -1;
    ints[k + 4] = h.start;
    ints[k + 5] = h.titleStart;
    ints[k + 6] = h.titleEnd;
    ints[k + 7] = h.end;
    ints[k + 8] = h.inline ? 1 : 0;
    ints[k + 9] = h.run;
  });
  return {
    ints,
    markers: packStrings(hs.map((h) => h.marker)),
    titles: packStrings(hs.map((h) => h.title)),
    lineStarts: Int32Array.from(outline.lineStarts),
    hardWrapped: outline.hardWrapped,
    zones: outline.zones ? Int32Array.from(outline.zones.flatMap((z) => [ZONE_NAMES.indexOf(z.zone), z.firstLine, z.lastLine])) : null,
    tableCells: packCells(outline.tableCells),
    cellMeasures: outline.tableCells ? packStrings(outline.tableCells.map((c) => c.measure ?? '')) : null,
    cellRows: outline.tableCells ? packStrings(outline.tableCells.map((c) => c.row ?? '')) : null,
    ...(outline.corrections ? { corrections: outline.corrections } : {}),
  };
}

export function unpackOutline(p: PackedOutline): Outline {
  const markers = unpackStrings(p.markers);
  const titles = unpackStrings(p.titles);
  const n = markers.length;
  const headings = new Array<Heading>(n);
  for (let i = 0; i < n; i++) {
    const k = i * HEADING_INTS;
    const parent = p.ints[k + 3];
    headings[i] = {
      marker: markers[i],
      family: FAMILIES[p.ints[k]] ?? 'title',
      ordinal: p.ints[k + 1],
      title: titles[i],
      level: p.ints[k + 2],
      parent: parent < 0 ? null : parent,
      start: p.ints[k + 4],
      titleStart: p.ints[k + 5],
      titleEnd: p.ints[k + 6],
      end: p.ints[k + 7],
      inline: p.ints[k + 8] === 1,
      run: p.ints[k + 9],
    };
  }
  const outline: Outline = { headings, lineStarts: Array.from(p.lineStarts), hardWrapped: p.hardWrapped };
  if (p.zones) {
    const zones: ZoneSpan[] = [];
    for (let i = 0; i + 2 < p.zones.length; i += 3) zones.push({ zone: ZONE_NAMES[p.zones[i]] ?? 'body', firstLine: p.zones[i + 1], lastLine: p.zones[i + 2] });
    outline.zones = zones;
  }
  if (p.tableCells) outline.tableCells = unpackCells(p.tableCells, p.cellMeasures, p.cellRows);
  if (p.corrections) outline.corrections = p.corrections;
  return outline;
}

/**
 * `headingSpans` (src/core/outline/spans.ts) read from a packed outline: the same spans in the
 * same order, without making a heading object for each of thousands of headings.
 */
export function packedHeadingSpans(p: PackedOutline, maxLevel: number, windows?: readonly { start: number; end: number }[]): HeadingSpan[] {
  const out: HeadingSpan[] = [];
  if (maxLevel < 1) return out;
  const ints = p.ints;
  for (let k = 0; k + HEADING_INTS <= ints.length; k += HEADING_INTS) {
    const level = ints[k + 2];
    if (level > maxLevel || level < 1) continue;
    const start = ints[k + 4];
    const end = Math.max(ints[k + 6], start);
    if (end <= start) continue;
    if (windows && !windows.some((w) => start < w.end && end > w.start)) continue;
    out.push({ start, end, level });
  }
  return out;
}

export interface PackedRows {
  names: PackedStrings;
  ints: Int32Array;
}

export function packRows(rows: OutlineRows): PackedRows {
  return { names: packStrings(rows.names), ints: rows.ints };
}

export function unpackRows(p: PackedRows): OutlineRows {
  return { names: unpackStrings(p.names), ints: p.ints };
}

/** Three ints per region: start line, end line, level. */
export function packFolds(regions: readonly FoldRegion[]): Int32Array {
  const out = new Int32Array(regions.length * 3);
  regions.forEach((r, i) => {
    out[i * 3] = r.startLine;
    out[i * 3 + 1] = r.endLine;
    out[i * 3 + 2] = r.level;
  });
  return out;
}

export function unpackFolds(p: Int32Array): FoldRegion[] {
  const out: FoldRegion[] = [];
  for (let i = 0; i + 2 < p.length; i += 3) out.push({ startLine: p[i], endLine: p[i + 1], level: p[i + 2] });
  return out;
}

/**
 * Figures: a document of several MB has tens of thousands, whose structured clone would cost
 * the extension host 50–100 ms on the first hover. Ints per figure: start, end, of (-1 = null),
 * section (-1 = null), value form (0 null, 1 number, 2 range (or a ratio's two parts), 3 string, 4 span of dates,
 * 5 a ratio's parts other than two, in the value string), which of approx,
 * indicator, relation are present (bits 1, 2, 4), which range ends are null (bits 1, 2).
 */
const FIGURE_INTS = 8;

export interface PackedFigures {
  ints: Int32Array;
  /** Two per figure: the number, or a range's ends. */
  numbers: Float64Array;
  /** text, unit, kind, approx, indicator, relation, value string: one string per figure each. */
  strings: PackedStrings;
}

export function packFigures(figures: readonly Figure[]): PackedFigures {
  const ints = new Int32Array(figures.length * FIGURE_INTS);
  const numbers = new Float64Array(figures.length * 2);
  const strings: string[] = [];
  figures.forEach((f, i) => {
    const k = i * FIGURE_INTS;
    ints[k] = f.start;
    ints[k + 1] = f.end;
    ints[k + 2] = f.of ?? -1;
    ints[k + 3] = f.section ?? -1;
    const v = f.value;
    let ends = 0;
    if (v === null) ints[k + 4] = 0;
    else if (typeof v === 'number') {
      ints[k + 4] = 1;
      numbers[i * 2] = v;
    } else if (Array.isArray(v) && (typeof v[0] === 'string' || typeof v[1] === 'string')) {
      // a span of dates: both ends in the value string, `\u0000` between (null ends in `ends`)
      ints[k + 4] = 4;
      if (v[0] === null) ends |= 1;
      if (v[1] === null) ends |= 2;
    } else if (Array.isArray(v) && v.length !== 2) {
      // a ratio's parts (`[21.9, 38.7, 39.4]`): the numbers in the value string, `,` between
      ints[k + 4] = 5;
    } else if (Array.isArray(v)) {
      ints[k + 4] = 2;
      if (v[0] === null) ends |= 1;
      else numbers[i * 2] = v[0] as number;
      if (v[1] === null) ends |= 2;
      else numbers[i * 2 + 1] = v[1] as number;
    } else ints[k + 4] = 3;
    ints[k + 5] = (f.approx !== null ? 1 : 0) | (f.indicator !== null ? 2 : 0) | (f.relation !== null ? 4 : 0);
    ints[k + 6] = ends;
    ints[k + 7] = f.zone === undefined ? -1 : ZONE_NAMES.indexOf(f.zone);
    const vs =
      typeof v === 'string' ? v
      : ints[k + 4] === 4 && Array.isArray(v) ? `${v[0] ?? ''}\u0000${v[1] ?? ''}`
      : ints[k + 4] === 5 && Array.isArray(v) ? v.join(',')
      : '';
    strings.push(f.text, f.unit, f.kind, f.approx ?? '', f.indicator ?? '', f.relation ?? '', vs);
  });
  return { ints, numbers, strings: packStrings(strings) };
}

function dateSpan(s: string, ends: number): [string | null, string | null] {
  const cut = s.indexOf('\u0000');
  return [ends & 1 ? null : s.slice(0, cut), ends & 2 ? null : s.slice(cut + 1)];
}

export function unpackFigures(p: PackedFigures): Figure[] {
  const s = unpackStrings(p.strings);
  const n = p.ints.length / FIGURE_INTS;
  const out = new Array<Figure>(n);
  for (let i = 0; i < n; i++) {
    const k = i * FIGURE_INTS;
    const j = i * 7;
    const present = p.ints[k + 5];
    const ends = p.ints[k + 6];
    const form = p.ints[k + 4];
    out[i] = {
      start: p.ints[k],
      end: p.ints[k + 1],
      text: s[j],
      value:
        form === 1 ? p.numbers[i * 2]
        : form === 2 ? [ends & 1 ? null : p.numbers[i * 2], ends & 2 ? null : p.numbers[i * 2 + 1]]
        : form === 3 ? s[j + 6]
        : form === 4 ? dateSpan(s[j + 6], ends)
        : form === 5 ? s[j + 6].split(',').map(Number)
        : null,
      unit: s[j + 1],
      kind: s[j + 2] as FigureKind,
      approx: present & 1 ? s[j + 3] : null,
      indicator: present & 2 ? s[j + 4] : null,
      relation: present & 4 ? s[j + 5] : null,
      of: p.ints[k + 2] < 0 ? null : p.ints[k + 2],
      section: p.ints[k + 3] < 0 ? null : p.ints[k + 3],
    };
    const zone = ZONE_NAMES[p.ints[k + 7]];
    if (zone !== undefined) out[i].zone = zone;
  }
  return out;
}

/** The buffers to hand over (not copy) with a message holding these. */
export function buffersOf(...parts: (PackedOutline | PackedRows | PackedFigures | Int32Array | undefined)[]): ArrayBuffer[] {
  const out: ArrayBuffer[] = [];
  const add = (a: Int32Array) => {
    if (a.buffer instanceof ArrayBuffer && !out.includes(a.buffer)) out.push(a.buffer);
  };
  for (const p of parts) {
    if (!p) continue;
    if (p instanceof Int32Array) add(p);
    else if ('markers' in p) {
      [p.ints, p.markers.ends, p.titles.ends, p.lineStarts].forEach(add);
      if (p.zones) add(p.zones);
      if (p.tableCells) add(p.tableCells);
      if (p.cellMeasures) add(p.cellMeasures.ends);
      if (p.cellRows) add(p.cellRows.ends);
    }
    else if ('numbers' in p) {
      [p.ints, p.strings.ends].forEach(add);
      if (p.numbers.buffer instanceof ArrayBuffer) out.push(p.numbers.buffer);
    } else [p.ints, p.names.ends].forEach(add);
  }
  return out;
}

export { ROW_INTS };
