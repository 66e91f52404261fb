/**
 * One file's work for the command line: read, decode, analyse, format. The same function runs
 * in-process for a single file and inside `dist/worker.js` for many, so both paths print the
 * same bytes. It never throws: every failure becomes one `gangmu: FILE: reason` line.
 */
import { existsSync, readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { parseOutline, extractFigures, checkNumbering } from './core';
import type { Correction, InputFormat } from './core';
import { describeCorrection, readSidecar, SIDECAR_SUFFIX } from './core/outline/corrections';
import type { HouseRule } from './core/outline/rules';
import {
  figuresCsvBody,
  figuresToRows,
  figuresToTable,
  findingToJson,
  formatFinding,
  outlineToJson,
  outlineToMarkdown,
  outlineToText,
  type Lang,
} from './core/export';
import { decodeText } from './textDecode';

export type Command = 'outline' | 'figures' | 'check';
export type Mode = 'text' | 'json' | 'markdown' | 'csv';

export interface JobOptions {
  command: Command;
  mode: Mode;
  lang: Lang;
  /** Deepest heading level to print (outline only). */
  depth?: number;
  /** Forced input format; otherwise `.md`/`.markdown` are Markdown and the rest plain. */
  format?: InputFormat;
  /** Several inputs: text modes print a header per file, JSON becomes JSON Lines with `file`. */
  multi: boolean;
  /** Corrections file to apply (one input only); otherwise `FILE.gangmu.json` beside the input is used. */
  corrections?: string;
  /** Ignore every corrections file. */
  noCorrections?: boolean;
  /** House rules (already checked). */
  rules?: HouseRule[];
}

export interface JobInput {
  /** The name printed for this input (the path as given, or `<stdin>`). */
  name: string;
  /** Read from this path unless `bytes` are given. */
  path?: string;
  bytes?: Uint8Array;
  /** Already known to be unreadable (a folder that could not be listed), with the reason. */
  error?: string;
}

export interface JobResult {
  /** Text for stdout (may be empty). */
  out: string;
  /** One line for stderr when the file could not be processed. */
  err?: string;
  /** The file could not be read or decoded. */
  failed: boolean;
  /** `check` found at least one error-severity finding. */
  hasError: boolean;
}

const READ_REASONS: Record<string, string> = {
  ENOENT: 'no such file or directory',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EISDIR: 'is a directory',
  ENOTDIR: 'a path component is not a directory',
  ELOOP: 'too many symbolic links',
  EMFILE: 'too many open files',
  ENAMETOOLONG: 'file name too long',
};

/** A read error as a short phrase, never a stack trace. */
export function readReason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  if (code && READ_REASONS[code]) return READ_REASONS[code];
  if (code === 'ERR_FS_FILE_TOO_LARGE') return 'file too large to read';
  const msg = e instanceof Error ? e.message : String(e);
  return msg.split('\n')[0];
}

export function formatFor(name: string, forced?: InputFormat): InputFormat {
  if (forced) return forced;
  const ext = extname(name).toLowerCase();
  return ext === '.md' || ext === '.markdown' ? 'markdown' : 'plain';
}

function fail(name: string, reason: string): JobResult {
  return { out: '', err: `gangmu: ${name}: ${reason}`, failed: true, hasError: false };
}

function fileHeader(name: string, mode: Mode): string {
  return mode === 'markdown' ? `# ${name}\n\n` : `== ${name} ==\n`;
}

export function runJob(input: JobInput, opts: JobOptions): JobResult {
  if (input.error) return fail(input.name, input.error);
  let bytes: Uint8Array;
  try {
    bytes = input.bytes ?? readFileSync(input.path ?? input.name);
  } catch (e) {
    return fail(input.name, readReason(e));
  }
  const decoded = decodeText(bytes);
  if (!decoded.ok) return fail(input.name, decoded.reason);
  const text = decoded.text;
  const found = correctionsFor(input, opts);
  if ('fail' in found) return fail(found.fail.name, found.fail.reason);
  try {
    const outline = parseOutline(text, { format: formatFor(input.name, opts.format), corrections: found.corrections, rules: opts.rules });
    const notes = [...found.notes];
    for (const n of outline.ruleNotes ?? []) notes.push(`gangmu: ${input.name}: ${n[opts.lang]}`);
    for (const n of outline.corrections?.notes ?? []) {
      const what = describeCorrection(found.corrections![n.index], opts.lang);
      if (opts.lang === 'zh') notes.push(`gangmu: ${input.name}: 第 ${n.index + 1} 条修正${n.dropped ? '已舍弃' : '未起作用'}（${what}）：${n.message.zh}`);
      else notes.push(`gangmu: ${input.name}: correction ${n.index + 1} ${n.dropped ? 'dropped' : 'had no effect'} (${what}): ${n.message.en}`);
    }
    const err = notes.length ? notes.join('\n') : undefined;
    let result: JobResult;
    switch (opts.command) {
      case 'outline':
        result = { out: outlineOutput(input.name, text, outline, opts), failed: false, hasError: false };
        break;
      case 'figures':
        result = { out: figuresOutput(input.name, text, outline, opts), failed: false, hasError: false };
        break;
      case 'check':
        result = checkOutput(input.name, text, outline, opts);
        break;
    }
    return err ? { ...result, err } : result;
  } catch (e) {
    // The engine promises never to throw; if it does, say which file and keep going.
    const msg = e instanceof Error ? e.message : String(e);
    return fail(input.name, `internal error: ${msg.split('\n')[0]}`);
  }
}

/**
 * The reader's corrections for an input: the file named with --corrections, or `FILE.gangmu.json`
 * beside it. A sidecar that cannot be read is a warning (the outline is printed as built); a file
 * named on the command line that cannot be read fails the input.
 */
function correctionsFor(input: JobInput, opts: JobOptions): { corrections?: Correction[]; notes: string[] } | { fail: { name: string; reason: string } } {
  if (opts.noCorrections) return { notes: [] };
  const explicit = opts.corrections;
  const path = explicit ?? (input.path ? input.path + SIDECAR_SUFFIX : undefined);
  if (!path || (!explicit && !existsSync(path))) return { notes: [] };
  let json: string;
  try {
    json = readFileSync(path, 'utf8');
  } catch (e) {
    if (explicit) return { fail: { name: path, reason: readReason(e) } };
    return { notes: [`gangmu: ${path}: ${readReason(e)}; corrections ignored`] };
  }
  const read = readSidecar(json);
  if (read.error) {
    if (explicit) return { fail: { name: path, reason: `not a corrections file (${read.error})` } };
    return { notes: [`gangmu: ${path}: not a corrections file (${read.error}); ignored`] };
  }
  const notes = read.skipped ? [`gangmu: ${path}: ${read.skipped} malformed entr${read.skipped === 1 ? 'y' : 'ies'} skipped`] : [];
  return { corrections: read.corrections, notes };
}

function outlineOutput(name: string, text: string, outline: ReturnType<typeof parseOutline>, opts: JobOptions): string {
  const exportOpts = { maxLevel: opts.depth };
  if (opts.mode === 'json') {
    const json = outlineToJson(outline, exportOpts);
    return JSON.stringify(opts.multi ? { file: name, ...json } : json) + '\n';
  }
  const body = opts.mode === 'markdown' ? outlineToMarkdown(text, outline, exportOpts) : outlineToText(text, outline, exportOpts);
  if (!opts.multi) return body;
  return fileHeader(name, opts.mode) + body + '\n';
}

function figuresOutput(name: string, text: string, outline: ReturnType<typeof parseOutline>, opts: JobOptions): string {
  const rows = figuresToRows(text, outline, extractFigures(text, outline));
  if (opts.mode === 'json') return JSON.stringify(opts.multi ? { file: name, figures: rows } : { figures: rows }) + '\n';
  // The CSV header and BOM are written once by the caller, before the first file's rows.
  if (opts.mode === 'csv') return figuresCsvBody(rows.map((r) => ({ ...r, file: name })), opts.multi);
  const table = figuresToTable(rows, opts.lang);
  return opts.multi ? fileHeader(name, opts.mode) + table + '\n' : table;
}

function checkOutput(name: string, text: string, outline: ReturnType<typeof parseOutline>, opts: JobOptions): JobResult {
  const findings = checkNumbering(text, outline);
  const hasError = findings.some((f) => f.severity === 'error');
  let out: string;
  if (opts.mode === 'json') {
    const list = findings.map((f) => findingToJson(outline, f, opts.lang));
    out = JSON.stringify(opts.multi ? { file: name, findings: list } : { findings: list }) + '\n';
  } else {
    out = findings.map((f) => formatFinding(name, outline, f, opts.lang) + '\n').join('');
  }
  return { out, failed: false, hasError };
}
