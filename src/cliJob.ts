/**
 * One file's work for the command line: read, decode, analyse, format. The same function runs
 * in-process for a single file and inside `dist/worker.js` for many, so both paths print the
 * same bytes. It never throws: every failure becomes one `gangmu: FILE: reason` line.
 */
import { existsSync, readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { parseOutline } from './core/outline';
import type { Correction, InputFormat } from './core';
import { describeCorrection, readSidecar, SIDECAR_SUFFIX } from './core/outline/corrections';
import type { HouseRule } from './core/outline/rules';
import type { Figure, Finding, Outline } from './core/types';
import type { CrossFigure, DocumentFigures } from './core/figures/crossFiles';
import {
  figureRow,
  figuresToRows,
  figuresToTable,
  formatFinding,
  writeFiguresCsvBody,
  writeFindingsJson,
  writeFiguresJson,
  writeOutlineJson,
  writeOutlineMarkdown,
  writeOutlineText,
  type Lang,
  type Write,
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
  /**
   * `figures --by-indicator`: the job writes the file's `DocumentFigures` as one JSON object for
   * the caller to group with the other files' (it prints nothing itself).
   */
  byIndicator?: boolean;
}

export interface JobInput {
  /** The name printed for this input (the path as given, or `<stdin>`). */
  name: string;
  /** Read from this path unless `bytes` are given. */
  path?: string;
  bytes?: Uint8Array;
  /** A Word, PDF or web page file already converted to text (with the headings its format gives). */
  converted?: { text: string; headings?: { line: number; level: number }[] };
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
  /** Time per stage, when the file was processed. */
  times?: StageTimes;
}

const READ_REASONS: Record<string, Record<Lang, string>> = {
  ENOENT: { en: 'no such file or directory', zh: '文件或文件夹不存在' },
  EACCES: { en: 'permission denied', zh: '没有读取权限' },
  EPERM: { en: 'operation not permitted', zh: '不允许此操作' },
  EISDIR: { en: 'is a directory', zh: '这是一个文件夹' },
  ENOTDIR: { en: 'a path component is not a directory', zh: '路径中有一段不是文件夹' },
  ELOOP: { en: 'too many symbolic links', zh: '符号链接层数过多' },
  EMFILE: { en: 'too many open files', zh: '打开的文件过多' },
  ENAMETOOLONG: { en: 'file name too long', zh: '文件名过长' },
  ERR_FS_FILE_TOO_LARGE: { en: 'file too large to read', zh: '文件太大，无法读取' },
};

/** An error of ours (the engine threw, a worker's result unreadable) in the reader's language. */
export function internalError(reason: string, lang: Lang): string {
  return (lang === 'zh' ? '内部错误：' : 'internal error: ') + reason;
}

/**
 * A read error as a short phrase in the reader's language, never a stack trace (an error without a
 * known code keeps Node's own first line, which is English).
 */
export function readReason(e: unknown, lang: Lang = 'en'): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  if (code && Object.prototype.hasOwnProperty.call(READ_REASONS, code)) return READ_REASONS[code][lang];
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

/**
 * The figures engine, the numbering checks and the cross-file figures, loaded the first time a
 * command asks for them (issue 10): `outline` never does, and setting their modules up (tables,
 * patterns) is work a cold process would pay before reading its file. A bundler keeps a module
 * reached only through `require` unevaluated until that call.
 */
export function figuresEngine(): typeof import('./core/figures') {
  return require('./core/figures') as typeof import('./core/figures');
}
export function checksEngine(): typeof import('./core/checks') {
  return require('./core/checks') as typeof import('./core/checks');
}
export function crossFilesEngine(): typeof import('./core/figures/crossFiles') {
  return require('./core/figures/crossFiles') as typeof import('./core/figures/crossFiles');
}

/** Milliseconds spent in each stage of one file (`--timings`). */
export interface StageTimes {
  read: number;
  decode: number;
  analyse: number;
  /** Formatting the output and handing it to the sink (stdout when streaming). */
  serialise: number;
  /**
   * The analysis split into its stages, in the order they ran: the outline's sub-stages
   * (`OutlineStage`), then the command's own work (`figures`, `check`) when it has any.
   */
  stages?: [string, number][];
}

/** Pieces are batched to about this many UTF-16 units before each write: few system calls, no giant string. */
const CHUNK = 1 << 16;

/** Bytes handed on at a time by the byte sink (UTF-8). */
const BYTE_CHUNK = 1 << 18;

/** UTF-16 units the byte sink joins before one call of the UTF-8 encoder. */
const PIECE = 1 << 12;

/** Where a file's output goes as UTF-8 bytes (the one-thread CLI: stdout). */
export type WriteBytes = (bytes: Uint8Array) => void;

/** Batches small pieces and hands them on; without a sink, keeps the batches to join at the end. */
class Chunker {
  private buf = '';
  private readonly kept: string[] = [];
  constructor(private readonly sink?: Write) {}
  readonly write: Write = (s) => {
    this.buf += s;
    if (this.buf.length >= CHUNK) this.flush();
  };
  flush(): void {
    if (this.buf === '') return;
    if (this.sink) this.sink(this.buf);
    else this.kept.push(this.buf);
    this.buf = '';
  }
  /** Everything not handed to a sink, as one string. */
  text(): string {
    this.flush();
    return this.kept.join('');
  }
}

/**
 * Encodes the pieces into a UTF-8 buffer and hands the buffer on when full. Writing a string to
 * stdout makes Node flatten and convert it there; for Chinese text that costs ten times what
 * encoding the small pieces into bytes as they come does (serialising a 5 MB outline: about 80 ms
 * against 8). Pieces are joined into batches of about PIECE units first, so the native encoder is
 * called once a batch, not once a heading (the JSON outline of the seed x300 in a cold process:
 * 37 -> 28 ms of the main thread, medians of 5). Each buffer handed on is a fresh one: an
 * asynchronous stream may still hold the last one.
 */
class ByteChunker {
  private bytes = Buffer.allocUnsafe(BYTE_CHUNK);
  private used = 0;
  private pending = '';
  constructor(private readonly sink: WriteBytes) {}
  readonly write: Write = (s) => {
    this.pending += s;
    if (this.pending.length >= PIECE) this.encode();
  };
  /** The pending batch into the buffer (the buffer handed on first when the batch may not fit). */
  private encode(): void {
    const s = this.pending;
    if (s === '') return;
    this.pending = '';
    // A UTF-16 unit takes at most 3 bytes in UTF-8 (a surrogate pair, two units, takes 4).
    if (this.used + 3 * s.length > this.bytes.length) {
      this.flushBytes();
      if (3 * s.length > this.bytes.length) {
        this.sink(Buffer.from(s, 'utf8'));
        return;
      }
    }
    this.used += this.bytes.write(s, this.used, 'utf8');
  }
  private flushBytes(): void {
    if (this.used === 0) return;
    this.sink(this.bytes.subarray(0, this.used));
    this.bytes = Buffer.allocUnsafe(BYTE_CHUNK);
    this.used = 0;
  }
  flush(): void {
    this.encode();
    this.flushBytes();
  }
  text(): string {
    this.flush();
    return '';
  }
}

/**
 * One file, start to finish. With `sink` (strings) or `byteSink` (UTF-8 bytes, preferred when the
 * output goes to a stream), the output is written to it as it is produced (in batches) and `out`
 * is empty; without, `out` holds it (a worker thread posts it back whole).
 */
export function runJob(input: JobInput, opts: JobOptions, sink?: Write, byteSink?: WriteBytes): JobResult {
  if (input.error) return fail(input.name, input.error);
  const t0 = performance.now();
  let text: string;
  let t1: number;
  if (input.converted) {
    text = input.converted.text;
    t1 = performance.now();
  } else {
    let bytes: Uint8Array;
    try {
      bytes = input.bytes ?? readFileSync(input.path ?? input.name);
    } catch (e) {
      return fail(input.name, readReason(e, opts.lang));
    }
    t1 = performance.now();
    const decoded = decodeText(bytes);
    if (!decoded.ok) return fail(input.name, opts.lang === 'zh' ? decoded.zh : decoded.reason);
    text = decoded.text;
  }
  const found = correctionsFor(input, opts);
  if ('fail' in found) return fail(found.fail.name, found.fail.reason);
  const t2 = performance.now();
  const out = byteSink ? new ByteChunker(byteSink) : new Chunker(sink);
  const stages: [string, number][] = [];
  try {
    const outline = parseOutline(text, {
      onStageTime: (name, ms) => stages.push([name, ms]),
      format: input.converted ? 'plain' : formatFor(input.name, opts.format),
      corrections: found.corrections,
      rules: opts.rules,
      formatHeadings: input.converted?.headings,
    });
    const notes = [...found.notes];
    for (const n of outline.ruleNotes ?? []) notes.push(`gangmu: ${input.name}: ${n[opts.lang]}`);
    for (const n of outline.corrections?.notes ?? []) {
      const what = describeCorrection(found.corrections![n.index], opts.lang);
      if (opts.lang === 'zh') notes.push(`gangmu: ${input.name}: 第 ${n.index + 1} 条修正${n.dropped ? '已舍弃' : '未起作用'}（${what}）：${n.message.zh}`);
      else notes.push(`gangmu: ${input.name}: correction ${n.index + 1} ${n.dropped ? 'dropped' : 'had no effect'} (${what}): ${n.message.en}`);
    }
    const err = notes.length ? notes.join('\n') : undefined;
    let hasError = false;
    let t3: number;
    switch (opts.command) {
      case 'outline':
        t3 = performance.now();
        writeOutline(input.name, text, outline, opts, out.write);
        break;
      case 'figures': {
        const tf = performance.now();
        const figures = figuresEngine().extractFigures(text, outline);
        t3 = performance.now();
        stages.push(['figures', t3 - tf]);
        if (opts.byIndicator) {
          out.write(JSON.stringify(crossFiguresOf(input.name, text, outline, figures)));
          break;
        }
        writeFigures(input.name, text, outline, figures, opts, out.write);
        break;
      }
      case 'check': {
        const tc = performance.now();
        const findings = checksEngine().checkNumbering(text, outline);
        t3 = performance.now();
        stages.push(['check', t3 - tc]);
        hasError = findings.some((f) => f.severity === 'error');
        writeCheck(input.name, outline, findings, opts, out.write);
        break;
      }
    }
    const result = out.text();
    const t4 = performance.now();
    const r: JobResult = { out: result, failed: false, hasError, times: { read: t1 - t0, decode: t2 - t1, analyse: t3 - t2, serialise: t4 - t3, stages } };
    return err ? { ...r, err } : r;
  } catch (e) {
    // The engine promises never to throw; if it does, say which file and keep going.
    const msg = e instanceof Error ? e.message : String(e);
    return fail(input.name, internalError(msg.split('\n')[0], opts.lang));
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
    if (explicit) return { fail: { name: path, reason: readReason(e, opts.lang) } };
    return { notes: [`gangmu: ${path}: ${readReason(e, opts.lang)}${opts.lang === 'zh' ? '；修正文件未用' : '; corrections ignored'}`] };
  }
  const read = readSidecar(json);
  if (read.error) {
    // (the parser's own detail, in parentheses, stays as it is)
    const notCorrections = opts.lang === 'zh' ? `不是修正文件（${read.error}）` : `not a corrections file (${read.error})`;
    if (explicit) return { fail: { name: path, reason: notCorrections } };
    return { notes: [`gangmu: ${path}: ${notCorrections}${opts.lang === 'zh' ? '；已忽略' : '; ignored'}`] };
  }
  const skipped = opts.lang === 'zh' ? `跳过 ${read.skipped} 条格式不对的修正` : `${read.skipped} malformed entr${read.skipped === 1 ? 'y' : 'ies'} skipped`;
  const notes = read.skipped ? [`gangmu: ${path}: ${skipped}`] : [];
  return { corrections: read.corrections, notes };
}

function writeOutline(name: string, text: string, outline: Outline, opts: JobOptions, write: Write): void {
  const exportOpts = { maxLevel: opts.depth };
  if (opts.mode === 'json') {
    writeOutlineJson(outline, exportOpts, write, opts.multi ? name : undefined);
    write('\n');
    return;
  }
  if (opts.multi) write(fileHeader(name, opts.mode));
  if (opts.mode === 'markdown') writeOutlineMarkdown(text, outline, exportOpts, write);
  else writeOutlineText(text, outline, exportOpts, write);
  if (opts.multi) write('\n');
}

/** What `--by-indicator` needs of one file: its date, its scope and its figures' rows. */
function crossFiguresOf(name: string, text: string, outline: Outline, figures: Figure[]): DocumentFigures {
  const rows: CrossFigure[] = figures.map((f) => {
    const r = figureRow(text, outline, f);
    return { line: r.line, col: r.col, text: r.text, value: r.value, unit: r.unit, kind: r.kind, indicator: r.indicator, relation: r.relation, zone: r.zone };
  });
  // the names are filed here, on the worker, so the grouping of many files is cheap
  const { fileFigures, documentDate, isRegionalText } = crossFilesEngine();
  return fileFigures({ name, date: documentDate(text, name), regional: isRegionalText(text), figures: rows });
}

function writeFigures(name: string, text: string, outline: Outline, figures: Figure[], opts: JobOptions, write: Write): void {
  if (opts.mode === 'json') {
    writeFiguresJson(text, outline, figures, write, opts.multi ? name : undefined);
    write('\n');
    return;
  }
  // The CSV header and BOM are written once by the caller, before the first file's rows.
  if (opts.mode === 'csv') return writeFiguresCsvBody(text, outline, figures, write, opts.multi ? name : undefined);
  // The table's columns are as wide as their widest cell: it is laid out whole (it is for a terminal).
  const table = figuresToTable(figuresToRows(text, outline, figures), opts.lang);
  if (opts.multi) write(fileHeader(name, opts.mode) + table + '\n');
  else write(table);
}

function writeCheck(name: string, outline: Outline, findings: Finding[], opts: JobOptions, write: Write): void {
  if (opts.mode === 'json') {
    writeFindingsJson(outline, findings, opts.lang, write, opts.multi ? name : undefined);
    write('\n');
    return;
  }
  for (const f of findings) write(formatFinding(name, outline, f, opts.lang) + '\n');
}
