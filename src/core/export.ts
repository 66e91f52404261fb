/**
 * Outline, figures and findings as text for people and programs: the indented tree, the Markdown
 * 提纲 a writer pastes, JSON with 1-based lines and 0-based UTF-16 columns, CSV a spreadsheet
 * opens, and `file:line:col` findings. Pure: plain data in, strings and plain objects out.
 */
import type { Figure, FigureValue, Finding, Heading, Outline, Severity, ZoneName } from './types';
import { ratioParts, ratioText } from './figures/ratioParts';
import { positionAt } from './text/lines';

export interface ExportOptions {
  /** Keep headings at this depth or shallower (1 = top level only). */
  maxLevel?: number;
}

export interface Position {
  /** 1-based line. */
  line: number;
  /** 0-based column in UTF-16 code units. */
  col: number;
}

export type Lang = 'en' | 'zh';

/** 1-based line, 0-based UTF-16 column of an offset, as editors and compilers print them. */
export function positionOf(lineStarts: readonly number[], offset: number): Position {
  const p = positionAt(lineStarts, offset);
  return { line: p.line + 1, col: p.col };
}

/**
 * Depth of every heading from its parent chain. The contract says `level` is that depth; the
 * chain is used anyway so a nested list can never skip an indentation step, and a broken parent
 * index (out of range or pointing forward) makes a heading top-level instead of crashing.
 */
export function headingDepths(headings: readonly Heading[]): number[] {
  const depth: number[] = new Array(headings.length);
  for (let i = 0; i < headings.length; i++) {
    const p = headings[i].parent;
    depth[i] = p !== null && Number.isInteger(p) && p >= 0 && p < i ? depth[p] + 1 : 1;
  }
  return depth;
}

function keptIndices(outline: Outline, options: ExportOptions): number[] {
  const depth = headingDepths(outline.headings);
  const max = options.maxLevel ?? Infinity;
  const kept: number[] = [];
  for (let i = 0; i < depth.length; i++) if (depth[i] <= max) kept.push(i);
  return kept;
}

function titleOf(text: string, h: Heading): string {
  const t = h.title || text.slice(h.titleStart, h.titleEnd);
  // A title is one line by contract; collapse any stray break so one heading stays one line.
  return t.replace(/[\r\n]+/g, ' ').trim();
}

/** What a reader calls a heading: its marker and its title (`一、总体要求`). */
export function headingLabel(text: string, h: Heading): string {
  // A marker a scraper broke over lines (`一` / `、总体要求`) reads as one: its breaks are dropped.
  return (h.marker.replace(/\s*[\r\n\f\v]+\s*/g, '') + titleOf(text, h)).trim();
}

/** Where streamed output goes: called with each piece in order (the CLI batches them to stdout). */
export type Write = (chunk: string) => void;

/** Runs a writer and returns what it wrote as one string (the string forms of the streamed outputs). */
export function collect(run: (write: Write) => void): string {
  let out = '';
  run((chunk) => (out += chunk));
  return out;
}

/** The outline as an indented tree, two spaces per level. */
export function outlineToText(text: string, outline: Outline, options: ExportOptions = {}): string {
  return collect((write) => writeOutlineText(text, outline, options, write));
}

/** `outlineToText`, one line at a time. */
export function writeOutlineText(text: string, outline: Outline, options: ExportOptions, write: Write): void {
  writeIndented(text, outline, options, write, (label) => label);
}

/**
 * The headings down to `options.maxLevel`, one line each, indented two spaces per level: the text
 * and the Markdown renderings differ only in how a heading's label is written (`line`).
 */
function writeIndented(text: string, outline: Outline, options: ExportOptions, write: Write, line: (label: string) => string): void {
  const depth = headingDepths(outline.headings);
  const max = options.maxLevel ?? Infinity;
  for (let i = 0; i < depth.length; i++) {
    if (depth[i] <= max) write('  '.repeat(depth[i] - 1) + line(headingLabel(text, outline.headings[i])) + '\n');
  }
}

/**
 * Escapes what would change a list item's meaning in CommonMark: inline emphasis, code, links
 * and HTML anywhere, and at the start a second list marker (`1. `, `- `) or a heading/quote
 * marker that would nest a different block inside the item.
 */
export function escapeMarkdownInline(s: string): string {
  let out = s.replace(/[\\`*_[\]<>|~]/g, '\\$&');
  out = out.replace(/^(\d{1,9})([.)])/, '$1\\$2');
  out = out.replace(/^([-+#>=])/, '\\$1');
  return out;
}

/** The outline as a nested Markdown list: the 提纲 a writer pastes into a draft. */
export function outlineToMarkdown(text: string, outline: Outline, options: ExportOptions = {}): string {
  return collect((write) => writeOutlineMarkdown(text, outline, options, write));
}

/** `outlineToMarkdown`, one line at a time. */
export function writeOutlineMarkdown(text: string, outline: Outline, options: ExportOptions, write: Write): void {
  writeIndented(text, outline, options, write, (label) => '- ' + escapeMarkdownInline(label));
}

export interface HeadingJson {
  line: number;
  col: number;
  marker: string;
  level: number;
  title: string;
  parent: number | null;
  end: Position;
}

/**
 * The CLI's JSON headings. With `maxLevel`, deeper headings are dropped and parent indices are
 * renumbered into the shortened list (a parent is always shallower, so it is always kept).
 */
export function outlineToJson(outline: Outline, options: ExportOptions = {}): { headings: HeadingJson[]; zones?: ZoneJson[] } {
  const kept = keptIndices(outline, options);
  const depth = headingDepths(outline.headings);
  const newIndex = new Map<number, number>();
  kept.forEach((old, k) => newIndex.set(old, k));
  const headings = kept.map((i) => {
    const h = outline.headings[i];
    const p = positionOf(outline.lineStarts, h.start);
    const parent = depth[i] > 1 && h.parent !== null ? newIndex.get(h.parent) ?? null : null;
    return { line: p.line, col: p.col, marker: h.marker, level: depth[i], title: h.title, parent, end: positionOf(outline.lineStarts, h.end) };
  });
  if (!outline.zones) return { headings };
  const zones = outline.zones.map((z) => ({ zone: z.zone, from: z.firstLine + 1, to: z.lastLine + 1 }));
  return { headings, zones };
}

/**
 * A character JSON.stringify writes as an escape: `"`, `\\`, U+0000–U+001F and (lone) surrogates.
 * U+2028/U+2029 and U+007F are written as they are.
 */
const JSON_ESCAPED = /["\\\u0000-\u001f\ud800-\udfff]/;

/**
 * `JSON.stringify(s)` for a string, the same text: a heading's marker and title almost never hold a
 * character JSON escapes, and the builtin's set-up costs more than such a short string (the JSON
 * outline of the seed x300 in a cold process: about 1,200 instructions a call, 82,000 calls).
 */
export function jsonString(s: string): string {
  return JSON_ESCAPED.test(s) ? JSON.stringify(s) : '"' + s + '"';
}

/**
 * `JSON.stringify(outlineToJson(outline, options))` written piece by piece, one heading at a
 * time, so a 10,000-heading outline never exists as one object tree and one giant string. With
 * `file`, the object starts with `"file"` (the CLI's JSON Lines for several inputs). No newline.
 */
export function writeOutlineJson(outline: Outline, options: ExportOptions, write: Write, file?: string): void {
  const hs = outline.headings;
  const depth = headingDepths(hs);
  const max = options.maxLevel ?? Infinity;
  // New index of each kept heading (-1: left out); a parent is shallower, so it is always kept.
  const newIndex = new Int32Array(hs.length).fill(-1);
  write(file === undefined ? '{"headings":[' : '{"file":' + JSON.stringify(file) + ',"headings":[');
  let k = 0;
  for (let i = 0; i < hs.length; i++) {
    if (depth[i] > max) continue;
    newIndex[i] = k;
    const h = hs[i];
    const p = positionOf(outline.lineStarts, h.start);
    const e = positionOf(outline.lineStarts, h.end);
    const parent = depth[i] > 1 && h.parent !== null && newIndex[h.parent] >= 0 ? newIndex[h.parent] : null;
    const sep = k === 0 ? '' : ',';
    if (typeof h.marker === 'string' && typeof h.title === 'string') {
      // What JSON.stringify gives for the object below, without building it (the integers print alike).
      write(
        `${sep}{"line":${p.line},"col":${p.col},"marker":${jsonString(h.marker)},"level":${depth[i]},` +
          `"title":${jsonString(h.title)},"parent":${parent},"end":{"line":${e.line},"col":${e.col}}}`,
      );
    } else {
      write(sep + JSON.stringify({ line: p.line, col: p.col, marker: h.marker, level: depth[i], title: h.title, parent, end: e }));
    }
    k++;
  }
  write(']');
  if (outline.zones) {
    write(',"zones":[');
    outline.zones.forEach((z, j) => write((j === 0 ? '' : ',') + JSON.stringify({ zone: z.zone, from: z.firstLine + 1, to: z.lastLine + 1 })));
    write(']');
  }
  write('}');
}

/** A zone of the document's anatomy, 1-based lines inclusive (like `line` in the headings). */
export interface ZoneJson {
  zone: ZoneName;
  from: number;
  to: number;
}

/** Heading indices from the root down to `index`; empty when there is none. Cycle-safe. */
export function sectionChain(outline: Outline | undefined, index: number | null): number[] {
  const hs = outline?.headings ?? [];
  const chain: number[] = [];
  let i = index;
  while (typeof i === 'number' && Number.isInteger(i) && i >= 0 && i < hs.length && chain.length <= hs.length) {
    if (chain.includes(i)) break;
    chain.push(i);
    i = hs[i].parent;
  }
  return chain.reverse();
}

/** Labels of the parts that hold a figure, from the outermost to the innermost. */
export function sectionPath(text: string, outline: Outline, index: number | null): string[] {
  return sectionChain(outline, index).map((i) => headingLabel(text, outline.headings[i]));
}

export interface FigureRow {
  line: number;
  col: number;
  text: string;
  value: FigureValue;
  unit: string;
  kind: string;
  indicator: string | null;
  relation: string | null;
  section: string[];
  /** The zone of the document the figure stands in (`furniture`: page chrome, not content). */
  zone: ZoneName;
}

export function figuresToRows(text: string, outline: Outline, figures: readonly Figure[]): FigureRow[] {
  return figures.map((f) => figureRow(text, outline, f));
}

export function figureRow(text: string, outline: Outline, f: Figure): FigureRow {
  const p = positionOf(outline.lineStarts, f.start);
  return {
    line: p.line,
    col: p.col,
    text: f.text,
    value: f.value,
    unit: f.unit,
    kind: f.kind,
    indicator: f.indicator,
    relation: f.relation,
    section: sectionPath(text, outline, f.section),
    zone: f.zone ?? 'body',
  };
}

/** `JSON.stringify({ file?, figures: figuresToRows(…) })` written one figure at a time. No newline. */
export function writeFiguresJson(text: string, outline: Outline, figures: readonly Figure[], write: Write, file?: string): void {
  write(file === undefined ? '{"figures":[' : '{"file":' + JSON.stringify(file) + ',"figures":[');
  for (let i = 0; i < figures.length; i++) write((i === 0 ? '' : ',') + JSON.stringify(figureRow(text, outline, figures[i])));
  write(']}');
}

/** `figuresCsvBody` of the figures' rows, one row at a time (`file` adds the leading column). */
export function writeFiguresCsvBody(text: string, outline: Outline, figures: readonly Figure[], write: Write, file?: string): void {
  for (const f of figures) write(csvRow(figureRow(text, outline, f), file));
}

/**
 * A value as one spreadsheet cell: numbers plain, ranges `low~high`, null empty; with the figure's
 * kind, unit and text, a ratio's parts joined by colons (`21.9:38.7:39.4`).
 */
export function valueCell(v: FigureValue, kind?: string, unit?: string, text?: string): string {
  if (v === null) return '';
  const parts = ratioParts(v, kind, unit, text);
  if (parts) return ratioText(parts);
  if (Array.isArray(v)) return `${v[0] ?? ''}~${v[1] ?? ''}`;
  return String(v);
}

const NUMERIC = /^-?\d+(\.\d+)?(e[+-]?\d+)?$/i;

/**
 * RFC 4180 quoting. A text cell that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`
 * at the start and not a plain number) gets a leading apostrophe, the usual defence against
 * formula injection from document text.
 */
export function csvCell(s: string): string {
  let v = s;
  if (/^[=+\-@\t\r]/.test(v) && !NUMERIC.test(v)) v = "'" + v;
  return /[",\r\n]/.test(v) || v !== v.trim() ? '"' + v.replace(/"/g, '""') + '"' : v;
}

export const FIGURE_COLUMNS = ['line', 'col', 'text', 'value', 'unit', 'kind', 'indicator', 'relation', 'section'] as const;

function rowCells(r: FigureRow): string[] {
  return [String(r.line), String(r.col), r.text, valueCell(r.value, r.kind, r.unit, r.text), r.unit, r.kind, r.indicator ?? '', r.relation ?? '', r.section.join(' > ')];
}

/**
 * Figures as CSV that Excel and LibreOffice open as UTF-8: a BOM, CRLF row ends, a header.
 * With `file` set on rows (several inputs) a leading `file` column is added.
 */
export function figuresToCsv(rows: readonly (FigureRow & { file?: string })[], options: { withFile?: boolean; bom?: boolean } = {}): string {
  const withFile = options.withFile ?? false;
  const header = withFile ? ['file', ...FIGURE_COLUMNS] : [...FIGURE_COLUMNS];
  let out = options.bom === false ? '' : '\uFEFF';
  out += header.join(',') + '\r\n';
  out += figuresCsvBody(rows, withFile);
  return out;
}

/** The data rows alone, for appending one file's figures after another's. */
export function figuresCsvBody(rows: readonly (FigureRow & { file?: string })[], withFile: boolean): string {
  let out = '';
  for (const r of rows) out += csvRow(r, withFile ? r.file ?? '' : undefined);
  return out;
}

/** One CSV data row with its CRLF; `file` (several inputs) is the leading column. */
function csvRow(r: FigureRow, file?: string): string {
  const cells = rowCells(r);
  if (file !== undefined) cells.unshift(file);
  return cells.map(csvCell).join(',') + '\r\n';
}

/** Columns a terminal gives a character: two for East Asian wide and full-width forms. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c < 32 || (c >= 0x300 && c <= 0x36f) || c === 0x200b) continue;
    w += isWide(c) ? 2 : 1;
  }
  return w;
}

function isWide(c: number): boolean {
  return (
    (c >= 0x1100 && c <= 0x115f) ||
    (c >= 0x2e80 && c <= 0x303e) ||
    (c >= 0x3041 && c <= 0x33ff) ||
    (c >= 0x3400 && c <= 0x4dbf) ||
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0xa000 && c <= 0xa4cf) ||
    (c >= 0xac00 && c <= 0xd7a3) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xfe30 && c <= 0xfe4f) ||
    (c >= 0xff00 && c <= 0xff60) ||
    (c >= 0xffe0 && c <= 0xffe6) ||
    (c >= 0x1f300 && c <= 0x1f64f) ||
    (c >= 0x20000 && c <= 0x3fffd)
  );
}

function pad(s: string, width: number): string {
  return s + ' '.repeat(Math.max(0, width - displayWidth(s)));
}

function clip(s: string, width: number): string {
  if (displayWidth(s) <= width) return s;
  let out = '';
  let w = 0;
  for (const ch of s) {
    const cw = displayWidth(ch);
    if (w + cw > width - 1) break;
    out += ch;
    w += cw;
  }
  return out + '…';
}

const TABLE_HEADERS: Record<Lang, string[]> = {
  en: ['line:col', 'text', 'value', 'unit', 'kind', 'indicator', 'relation', 'section'],
  zh: ['行:列', '原文', '数值', '单位', '类型', '指标', '关系', '所在部分'],
};

/** A number readable at a glance: digits grouped, no exponent for ordinary magnitudes. */
function readableValue(v: FigureValue, kind?: string, unit?: string, text?: string): string {
  const parts = ratioParts(v, kind, unit, text);
  if (parts) return ratioText(parts);
  const one = (n: number | string | null): string =>
    n === null ? '?' : typeof n === 'string' ? n : Math.abs(n) < 1e21 ? n.toLocaleString('en-US', { maximumFractionDigits: 6 }) : String(n);
  if (v === null) return '';
  if (Array.isArray(v)) return `${one(v[0])}~${one(v[1])}`;
  if (typeof v === 'number') return one(v);
  return v;
}

/** Figures as an aligned table for a terminal; the section column shows the innermost part. */
export function figuresToTable(rows: readonly FigureRow[], lang: Lang = 'en'): string {
  const cells = rows.map((r) => [
    `${r.line}:${r.col}`,
    r.text,
    readableValue(r.value, r.kind, r.unit, r.text),
    r.unit,
    r.kind,
    clip(r.indicator ?? '', 24),
    r.relation ?? '',
    clip(r.section[r.section.length - 1] ?? '', 30),
  ]);
  const header = TABLE_HEADERS[lang];
  const widths = header.map((h, c) => Math.max(displayWidth(h), ...cells.map((row) => displayWidth(row[c]))));
  const line = (row: string[]): string => row.map((s, c) => (c === row.length - 1 ? s : pad(s, widths[c]))).join('  ').trimEnd() + '\n';
  let out = line(header);
  for (const row of cells) out += line(row);
  return out;
}

export interface FindingJson {
  line: number;
  col: number;
  end: Position;
  severity: Severity;
  code: string;
  message: string;
}

export function findingToJson(outline: Outline, f: Finding, lang: Lang): FindingJson {
  const p = positionOf(outline.lineStarts, f.start);
  return { line: p.line, col: p.col, end: positionOf(outline.lineStarts, f.end), severity: f.severity, code: f.code, message: messageOf(f, lang) };
}

/** `JSON.stringify({ file?, findings: [findingToJson…] })`, one finding at a time. No newline. */
export function writeFindingsJson(outline: Outline, findings: readonly Finding[], lang: Lang, write: Write, file?: string): void {
  write(file === undefined ? '{"findings":[' : '{"file":' + JSON.stringify(file) + ',"findings":[');
  for (let i = 0; i < findings.length; i++) write((i === 0 ? '' : ',') + JSON.stringify(findingToJson(outline, findings[i], lang)));
  write(']}');
}

function messageOf(f: Finding, lang: Lang): string {
  const m = (lang === 'zh' ? f.message.zh : f.message.en) || f.message.en || f.message.zh || '';
  return m.replace(/[\r\n]+/g, ' ');
}

/**
 * `file:line:col: severity code message`, the form editors and CI logs turn into links. Both
 * numbers are 1-based here, as compilers print them and as VS Code's terminal links and problem
 * matchers read them; the JSON keeps the 0-based UTF-16 column of every other Gangmu output.
 */
export function formatFinding(file: string, outline: Outline, f: Finding, lang: Lang): string {
  const p = positionOf(outline.lineStarts, f.start);
  return `${file}:${p.line}:${p.col + 1}: ${f.severity} ${f.code} ${messageOf(f, lang)}`;
}
