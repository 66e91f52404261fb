/**
 * Reads, decodes and parses one workspace document for the heading index (issue 12), keeping its
 * headings only. Runs in the index's worker thread (workspaceWorker.ts), or on the extension
 * host when there is no worker. No `vscode` here.
 */
import { readFileSync, statSync } from 'node:fs';
import { parseOutline } from '../core';
import type { OutlineOptions } from '../core';
import { fileHeadings, type FileHeadings } from '../core/workspace';
import { decodeText } from '../textDecode';

export interface IndexFile {
  /** The caller's key (a URI string). */
  key: string;
  /** Read from disk here (file: URIs). */
  fsPath?: string;
  /** Or the bytes, read by the caller (other file systems). */
  bytes?: Uint8Array;
  format: 'plain' | 'markdown';
}

export interface IndexRequest {
  id: number;
  files: IndexFile[];
  options: Pick<OutlineOptions, 'families' | 'rules'>;
  /** Files larger than this many bytes are skipped. */
  maxBytes: number;
}

export interface IndexResult {
  key: string;
  /** The document's headings (src/core/workspace). */
  headings?: FileHeadings;
  /** Why the file has no headings in the index: too large, unreadable, not text. */
  skipped?: string;
  /** Characters parsed. */
  chars?: number;
}

export interface IndexResponse {
  id: number;
  results: IndexResult[];
  /** Time the worker spent on the batch. */
  ms: number;
}

export function indexFile(f: IndexFile, options: IndexRequest['options'], maxBytes: number): IndexResult {
  try {
    let bytes = f.bytes;
    if (!bytes) {
      if (!f.fsPath) return { key: f.key, skipped: 'no path' };
      const size = statSync(f.fsPath).size;
      if (size > maxBytes) return { key: f.key, skipped: `larger than ${maxBytes} bytes` };
      bytes = readFileSync(f.fsPath);
    } else if (bytes.byteLength > maxBytes) return { key: f.key, skipped: `larger than ${maxBytes} bytes` };
    const decoded = decodeText(bytes);
    if (!decoded.ok) return { key: f.key, skipped: decoded.reason };
    const outline = parseOutline(decoded.text, { ...options, format: f.format });
    return { key: f.key, headings: fileHeadings(decoded.text, outline), chars: decoded.text.length };
  } catch (e) {
    return { key: f.key, skipped: e instanceof Error ? e.message : String(e) };
  }
}

