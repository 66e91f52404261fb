/**
 * The messages between the figures panel and its webview. What comes from the webview is
 * untrusted: it is checked field by field (type, integer ranges, positions inside the document)
 * before anything acts on it. No `vscode` import, so the checks run in plain unit tests.
 */
import type { FigureKind } from '../core/types';
import type { FigureRow } from '../core/figures/format';

/** What the webview may ask for, after validation. */
export type WebviewRequest =
  | { type: 'ready' }
  | { type: 'reveal'; line: number; col: number; length: number; preserveFocus: boolean }
  | { type: 'export'; format: 'csv' | 'json'; rows: number[] | null }
  | { type: 'copyMarkdown'; rows: number[] | null }
  | { type: 'rendered'; version: number; rows: number; view: 'table' | 'chart' };

/** What the validator needs to know about the document the panel shows. */
export interface DocumentShape {
  lineCount: number;
  /** Length in UTF-16 code units of a 0-based line. */
  lineLength(line: number): number;
  /** How many figures the panel currently holds (row indices must be below it). */
  figureCount: number;
}

/** Messages the extension posts: plain data only. */
export interface InitMessage {
  type: 'init';
  strings: Record<string, string>;
  kinds: Record<FigureKind, string>;
}

export interface FiguresMessage {
  type: 'figures';
  uri: string;
  fileName: string;
  version: number;
  rows: PanelRow[];
  /** Labels of top-level headings by index, for the chart's groups. */
  tops: Record<number, string>;
}

export interface EmptyMessage {
  type: 'empty';
}

export interface SelectMessage {
  type: 'select';
  /** Figure index to mark as current (the figure under the editor's cursor), or -1. */
  index: number;
}

export type PanelMessage = InitMessage | FiguresMessage | EmptyMessage | SelectMessage;

/** A row as sent to the webview (the raw value stays in the extension). */
export type PanelRow = Omit<FigureRow, 'raw'>;

const MAX_SPAN = 100_000;

function isInt(v: unknown, min: number, max: number): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;
}

function rowList(v: unknown, count: number): number[] | null | undefined {
  if (v === undefined || v === null) return null;
  if (!Array.isArray(v) || v.length > count) return undefined;
  const seen = new Set<number>();
  for (const x of v) {
    if (!isInt(x, 0, count - 1) || seen.has(x)) return undefined;
    seen.add(x);
  }
  return v as number[];
}

/** The request a raw webview message stands for, or null when it is malformed or out of range. */
export function parseWebviewMessage(raw: unknown, doc: DocumentShape): WebviewRequest | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
  const m = raw as Record<string, unknown>;
  switch (m.type) {
    case 'ready':
      return { type: 'ready' };
    case 'reveal': {
      if (!isInt(m.line, 1, doc.lineCount)) return null;
      const lineLength = doc.lineLength(m.line - 1);
      if (!isInt(m.col, 0, lineLength)) return null;
      if (!isInt(m.length, 0, MAX_SPAN)) return null;
      if (m.preserveFocus !== undefined && typeof m.preserveFocus !== 'boolean') return null;
      return { type: 'reveal', line: m.line, col: m.col, length: m.length, preserveFocus: m.preserveFocus === true };
    }
    case 'export': {
      if (m.format !== 'csv' && m.format !== 'json') return null;
      const rows = rowList(m.rows, doc.figureCount);
      if (rows === undefined) return null;
      return { type: 'export', format: m.format, rows };
    }
    case 'copyMarkdown': {
      const rows = rowList(m.rows, doc.figureCount);
      if (rows === undefined) return null;
      return { type: 'copyMarkdown', rows };
    }
    case 'rendered': {
      if (!isInt(m.version, 0, Number.MAX_SAFE_INTEGER) || !isInt(m.rows, 0, Number.MAX_SAFE_INTEGER)) return null;
      if (m.view !== 'table' && m.view !== 'chart') return null;
      return { type: 'rendered', version: m.version, rows: m.rows, view: m.view };
    }
    default:
      return null;
  }
}

/** The document URI kept in the webview's state, if it is one (the serializer's input). */
export function stateUri(state: unknown): string | null {
  if (typeof state !== 'object' || state === null) return null;
  const uri = (state as Record<string, unknown>).uri;
  return typeof uri === 'string' && uri.length > 0 && uri.length < 4096 && /^[a-z][a-z0-9+.-]*:/i.test(uri) ? uri : null;
}
