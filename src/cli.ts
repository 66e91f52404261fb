/**
 * `gangmu` — the outline, figures and numbering checks of Chinese speeches and documents on the
 * command line. Exit codes: 0 success, 1 a file could not be read (or `check` found an error),
 * 2 bad usage. Several files run on a pool of worker threads; output keeps the input order.
 */
import { existsSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename, join } from 'node:path';
import type { Worker as WorkerThread } from 'node:worker_threads';
import { version } from '../package.json';
import { FIGURE_COLUMNS, type Lang } from './core/export';
import type { InputFormat } from './core';
import { crossFilesEngine, internalError, readReason, runJob, type Command, type JobInput, type JobOptions, type JobResult, type Mode, type StageTimes } from './cliJob';
import type { WorkerRequest, WorkerResponse } from './worker';
import { convertFile, convertKindOf, DEFAULT_MAX_BYTES } from './convert/load';
import { convertErrorMessage } from './convert/messages';
import { compileRule, type HouseRule } from './core/outline/rules';
import type { DocumentFigures } from './core/figures/crossFiles';

const USAGE = `Usage: gangmu <command> [options] FILE|DIR...

Commands:
  outline   print the outline (headings) as an indented tree
  figures   list every figure (number, value, unit, kind, indicator, section)
  check     report numbering problems as file:line:col: severity code message

Options:
  --json           JSON output (JSON Lines, one object per file, for several files)
  --markdown       outline: a nested Markdown list (提纲)
  --csv            figures: CSV with UTF-8 BOM and CRLF, for spreadsheets
  --by-indicator   figures: group the figures of all files by indicator (国内生产总值,
                   城镇新增就业…), each indicator's values by file, files ordered by the
                   date the text gives (else the file name); plain output shows the
                   indicators found in two files or more, --json and --csv all of them
  --depth N        outline: only headings down to level N
  --lang en|zh     language of messages and table headers (default from LC_ALL/LANG)
  --format plain|markdown
                   how to read the input (default: .md/.markdown are Markdown)
  --corrections F  apply the outline corrections in F (one input file only);
                   by default FILE.gangmu.json beside each FILE is applied
  --no-corrections ignore corrections files
  --rules F        house rules from F: a JSON list of {"pattern", "rank"} (or a
                   VS Code settings.json with "gangmu.rules")
  --jobs N         worker threads for several files (default: CPU count)
  --timings        print each file's read/decode/analyse/serialise times to stderr,
                   the analysis split into its stages (also GANGMU_TIMINGS=1)
  -h, --help       show this help
  -V, --version    show the version

Folders are searched recursively for .txt .md .speech .markdown files and for Word (.docx),
PDF and web page (.html .htm) files, which are converted to text. "-" reads standard input.
Input may be UTF-8 (with or without BOM), UTF-16 with BOM, or GB18030/GBK.
Lines are 1-based, columns 0-based in UTF-16 code units.
Exit status: 0 success, 1 a file could not be read or check found an error, 2 bad usage.
`;

const TEXT_EXTENSIONS = new Set(['.txt', '.md', '.speech', '.markdown']);

/** Files a converter reads (issue 11): found in folders too, converted before the jobs run. */
const CONVERTED_EXTENSIONS = new Set(['.docx', '.pdf', '.html', '.htm']);

/** What a folder with nothing to read is told. */
const NOTHING_TO_READ: Record<Lang, string> = {
  en: 'no .txt, .md, .speech, .markdown, .docx, .pdf or .html files found',
  zh: '未找到 .txt、.md、.speech、.markdown、.docx、.pdf 或 .html 文件',
};

class UsageError extends Error {}

interface Parsed {
  command: Command;
  opts: JobOptions;
  paths: string[];
  jobs?: number;
  /** Print the time of each stage per file to stderr. */
  timings: boolean;
}

type ParseResult = { kind: 'help' } | { kind: 'version' } | { kind: 'run'; parsed: Parsed };

const MODES_BY_COMMAND: Record<Command, Mode[]> = {
  outline: ['text', 'json', 'markdown'],
  figures: ['text', 'json', 'csv'],
  check: ['text', 'json'],
};

function envLang(env: NodeJS.ProcessEnv): Lang {
  // POSIX precedence: LC_ALL overrides LC_MESSAGES overrides LANG.
  const v = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^zh/i.test(v) ? 'zh' : 'en';
}

function positiveInt(flag: string, v: string | undefined): number {
  if (v === undefined || !/^\d+$/.test(v) || Number(v) < 1) throw new UsageError(`${flag} needs a whole number of at least 1`);
  return Number(v);
}

export function parseArgs(argv: string[], env: NodeJS.ProcessEnv = process.env): ParseResult {
  if (argv.some((a) => a === '-h' || a === '--help') || argv[0] === 'help') return { kind: 'help' };
  if (argv.some((a) => a === '-V' || a === '--version')) return { kind: 'version' };
  const [command, ...rest] = argv;
  if (!command) throw new UsageError('no command given');
  if (command !== 'outline' && command !== 'figures' && command !== 'check') throw new UsageError(`unknown command '${command}'`);

  const modes: Mode[] = [];
  let depth: number | undefined;
  let lang: Lang | undefined;
  let format: InputFormat | undefined;
  let jobs: number | undefined;
  let corrections: string | undefined;
  let noCorrections = false;
  let rules: HouseRule[] | undefined;
  let byIndicator = false;
  let timings = !!env.GANGMU_TIMINGS && env.GANGMU_TIMINGS !== '0';
  const paths: string[] = [];
  let onlyPaths = false;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (onlyPaths || arg === '-' || !arg.startsWith('-')) {
      paths.push(arg);
      continue;
    }
    if (arg === '--') {
      onlyPaths = true;
      continue;
    }
    const eq = arg.indexOf('=');
    const flag = eq > 0 ? arg.slice(0, eq) : arg;
    const value = (): string | undefined => (eq > 0 ? arg.slice(eq + 1) : rest[++i]);
    const noValue = (): void => {
      if (eq > 0) throw new UsageError(`${flag} takes no value`);
    };
    switch (flag) {
      case '--json':
      case '--markdown':
      case '--csv':
        noValue();
        modes.push(flag.slice(2) as Mode);
        break;
      case '--corrections': {
        const v = value();
        if (!v) throw new UsageError('--corrections needs a file');
        corrections = v;
        break;
      }
      case '--rules': {
        const v = value();
        if (!v) throw new UsageError('--rules needs a file');
        rules = readRules(v);
        break;
      }
      case '--no-corrections':
        noValue();
        noCorrections = true;
        break;
      case '--depth':
        depth = positiveInt(flag, value());
        break;
      case '--jobs':
        jobs = positiveInt(flag, value());
        break;
      case '--timings':
        noValue();
        timings = true;
        break;
      case '--by-indicator':
        noValue();
        byIndicator = true;
        break;
      case '--lang': {
        const v = value();
        if (v !== 'en' && v !== 'zh') throw new UsageError(`--lang must be en or zh`);
        lang = v;
        break;
      }
      case '--format': {
        const v = value();
        if (v !== 'plain' && v !== 'markdown') throw new UsageError(`--format must be plain or markdown`);
        format = v;
        break;
      }
      default:
        throw new UsageError(`unknown option '${arg}'`);
    }
  }
  if (new Set(modes).size > 1) throw new UsageError(`choose one of ${modes.map((m) => '--' + m).join(', ')}`);
  const mode: Mode = modes[0] ?? 'text';
  if (!MODES_BY_COMMAND[command].includes(mode)) throw new UsageError(`--${mode} does not apply to '${command}'`);
  if (depth !== undefined && command !== 'outline') throw new UsageError(`--depth applies only to 'outline'`);
  if (byIndicator && command !== 'figures') throw new UsageError(`--by-indicator applies only to 'figures'`);
  if (paths.length === 0) throw new UsageError('no files given');
  if (corrections !== undefined && noCorrections) throw new UsageError('choose one of --corrections, --no-corrections');
  if (corrections !== undefined && paths.length !== 1) throw new UsageError('--corrections applies to one input file');
  return {
    kind: 'run',
    parsed: {
      command,
      paths,
      jobs,
      timings,
      opts: { command, mode, lang: lang ?? envLang(env), depth, format, multi: false, corrections, noCorrections, rules, ...(byIndicator ? { byIndicator } : {}) },
    },
  };
}

/** House rules from a file; a refused rule is reported once on stderr and left out. */
function readRules(path: string): HouseRule[] {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new UsageError(`--rules ${path}: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
  }
  const list = Array.isArray(data) ? data : data && typeof data === 'object' ? (data as Record<string, unknown>)['gangmu.rules'] : undefined;
  if (!Array.isArray(list)) throw new UsageError(`--rules ${path}: expected a JSON list of rules or a settings object with "gangmu.rules"`);
  const valid: HouseRule[] = [];
  list.forEach((r, i) => {
    const c = compileRule(r, i);
    if (c.ok) valid.push(r as HouseRule);
    else process.stderr.write(`gangmu: ${c.message.en}\n`);
  });
  return valid;
}

function hiddenOrVendored(name: string): boolean {
  return name.startsWith('.') || name === 'node_modules';
}

/**
 * Word's owner file (`~$报告.docx`): a few bytes Word keeps beside a document while it is open, with
 * the document's extension; never a document.
 */
function ownerFile(name: string): boolean {
  return name.startsWith('~$');
}

/** Files under a folder with a text or convertible extension, in a stable (code-point) order. */
function walkFolder(dir: string, out: JobInput[], lang: Lang, seen = new Set<string>()): void {
  let names: string[];
  try {
    // A symbolic link back up the tree would otherwise recurse forever.
    const real = realpathSync(dir);
    if (seen.has(real)) return;
    seen.add(real);
    names = readdirSync(dir).sort();
  } catch (e) {
    out.push({ name: dir, error: readReason(e, lang) });
    return;
  }
  // A browser's "save complete page" puts the page's images, scripts and frames in a folder beside
  // it (`报告.html` + `报告_files`): part of the page, not documents of their own.
  const pageStems = new Set<string>();
  for (const name of names) {
    const m = /^(.*)\.html?$/i.exec(name);
    if (m) pageStems.add(m[1]);
  }
  for (const name of names) {
    if (hiddenOrVendored(name) || ownerFile(name)) continue;
    const p = join(dir, name);
    let isDir = false;
    try {
      isDir = statSync(p).isDirectory();
    } catch {
      continue; // a dangling link inside a folder is not something the user asked for
    }
    if (isDir) {
      const m = /^(.*)_files$/.exec(name);
      if (!(m && pageStems.has(m[1]))) walkFolder(p, out, lang, seen);
    } else {
      const dot = name.lastIndexOf('.');
      const ext = dot > 0 ? name.slice(dot).toLowerCase() : '';
      if (TEXT_EXTENSIONS.has(ext) || CONVERTED_EXTENSIONS.has(ext)) out.push({ name: p, path: p });
    }
  }
}

interface Inputs {
  inputs: JobInput[];
  /** One line each for a folder that holds no readable document: reported, and the run exits 1. */
  notes: string[];
  /** A folder was expanded, so output is per file even if only one file was found. */
  expanded: boolean;
}

function collectInputs(paths: string[], lang: Lang): Inputs {
  const inputs: JobInput[] = [];
  const notes: string[] = [];
  let expanded = false;
  let stdin: Uint8Array | undefined;
  for (const p of paths) {
    if (p === '-') {
      stdin ??= readFileSync(0);
      inputs.push({ name: '<stdin>', bytes: stdin });
      continue;
    }
    let isDir = false;
    try {
      isDir = statSync(p).isDirectory();
    } catch {
      // Missing or unreadable: runJob reports it in its place in the output order.
    }
    if (isDir) {
      expanded = true;
      const before = inputs.length;
      walkFolder(p, inputs, lang);
      if (inputs.length === before) notes.push(`gangmu: ${p}: ${NOTHING_TO_READ[lang]}`);
    } else {
      inputs.push({ name: p, path: p });
    }
  }
  return { inputs, notes, expanded };
}

type Emit = (index: number, result: JobResult) => void;
/** A piece of one file's output, sent by its worker as it is produced. */
type EmitChunk = (index: number, chunk: string) => void;

/**
 * Runs every input on a pool of worker threads; a crashed worker costs one file, not the run
 * (what that file had already written stays, followed by its error line).
 */
function runPool(inputs: JobInput[], opts: JobOptions, size: number, emit: Emit, emitChunk: EmitChunk): Promise<void> {
  const script = join(__dirname, 'worker.js');
  // (tells dist/cli.js not to save this thread's code cache: src/cliLoader.ts)
  (globalThis as Record<symbol, unknown>)[Symbol.for('gangmu.analysedInWorkers')] = true;
  // (loaded here, not with the CLI: a run on one file never starts a thread, and node's worker
  // module with its streams costs every process about 12M instructions to load)
  const { Worker } = require('node:worker_threads') as { Worker: typeof WorkerThread };
  return new Promise((resolve) => {
    let next = 0;
    let done = 0;
    const finish = (index: number, result: JobResult): void => {
      emit(index, result);
      if (++done === inputs.length) resolve();
    };
    const start = (): void => {
      // (the command as the thread's argument: its code cache is kept per command, src/cliLoader.ts)
      const worker = new Worker(script, { argv: [opts.command] });
      let current = -1;
      const feed = (): void => {
        if (next < inputs.length) {
          current = next++;
          worker.postMessage({ id: current, input: inputs[current], opts } satisfies WorkerRequest);
        } else {
          current = -1;
          // (the thread ends itself: a worker asked to stop saves its code cache first, src/cliLoader.ts)
          worker.postMessage({ done: true } satisfies WorkerRequest);
        }
      };
      worker.on('message', (m: WorkerResponse) => {
        if ('chunk' in m) {
          emitChunk(m.id, m.chunk);
          return;
        }
        current = -1;
        finish(m.id, m.result);
        feed();
      });
      worker.on('error', (e) => {
        const lost = current;
        current = -1;
        if (lost >= 0) {
          const reason = e instanceof Error ? e.message.split('\n')[0] : String(e);
          finish(lost, { out: '', err: `gangmu: ${inputs[lost].name}: ${internalError(reason, opts.lang)}`, failed: true, hasError: false });
        }
        if (next < inputs.length) start();
      });
      feed();
    };
    for (let k = 0; k < size && k < inputs.length; k++) start();
  });
}

/**
 * Word, PDF and web page files named on the command line or found in a folder (issue 11): converted
 * to text here, one by one, with
 * the converter bundle beside this script, before the jobs run; a file that cannot be converted
 * gets the message the editor shows, in the user's language.
 */
async function convertInputs(inputs: JobInput[], lang: Lang): Promise<void> {
  for (const input of inputs) {
    const kind = input.error || input.bytes ? undefined : convertKindOf(input.name);
    if (!kind) continue;
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(input.path ?? input.name);
    } catch {
      continue; // runJob reports the read error in its place
    }
    const r = await convertFile(kind, bytes, { name: input.name });
    if (r.ok) input.converted = { text: r.value.text, headings: r.value.headings };
    else input.error = convertErrorMessage(r.error, basename(input.name), kind, DEFAULT_MAX_BYTES[kind])[lang];
  }
}

async function run(parsed: Parsed): Promise<number> {
  const { inputs, notes, expanded } = collectInputs(parsed.paths, parsed.opts.lang);
  await convertInputs(inputs, parsed.opts.lang);
  for (const n of notes) process.stderr.write(n + '\n');
  if (parsed.opts.corrections !== undefined && (expanded || inputs.length !== 1)) {
    process.stderr.write(parsed.opts.lang === 'zh' ? 'gangmu: --corrections 只用于一个输入文件，不能用于文件夹\n' : `gangmu: --corrections applies to one input file, not a folder\n`);
    return 2;
  }
  const multi = inputs.length > 1 || expanded;
  // One document read in this thread and then exit: the figure scanner's warm-up (which pays over
  // many scans in one process: a folder's worker threads, the extension, the bench) costs more
  // than it saves here (callgrind, `figures --json` on one file).
  // (only `figures` loads the figures engine: src/cliJob.ts)
  if (inputs.length === 1 && parsed.command === 'figures') {
    (require('./core/figures/extract') as typeof import('./core/figures/extract')).FigureScanner.skipWarmUp();
  }
  const opts: JobOptions = { ...parsed.opts, multi };
  if (opts.byIndicator) return runByIndicator(parsed, inputs, opts, notes.length > 0);
  if (opts.mode === 'csv') {
    const header = multi ? ['file', ...FIGURE_COLUMNS] : [...FIGURE_COLUMNS];
    process.stdout.write('\uFEFF' + header.join(',') + '\r\n');
  }

  // A folder with nothing to read is a failure like a missing file: the user named it to be read.
  let failed = notes.length > 0;
  let hasError = false;
  const pending = new Map<number, JobResult>();
  /** Output of files after the one being printed, kept until their turn. */
  const early = new Map<number, string[]>();
  let printed = 0;
  // Results arrive in any order; print them strictly in input order as soon as each is due. The
  // file being printed streams straight to stdout; later files' pieces wait for their turn.
  const emitChunk: EmitChunk = (index, chunk) => {
    if (index === printed) process.stdout.write(chunk);
    else {
      const kept = early.get(index);
      if (kept) kept.push(chunk);
      else early.set(index, [chunk]);
    }
  };
  const emit: Emit = (index, result) => {
    pending.set(index, result);
    while (pending.has(printed)) {
      const r = pending.get(printed)!;
      pending.delete(printed);
      if (r.out) process.stdout.write(r.out);
      if (r.err) process.stderr.write(r.err + '\n');
      if (parsed.timings && r.times) process.stderr.write(timingLine(inputs[printed].name, r.times));
      failed ||= r.failed;
      hasError ||= r.hasError;
      printed++;
      const kept = early.get(printed);
      if (kept) {
        early.delete(printed);
        for (const chunk of kept) process.stdout.write(chunk);
      }
    }
  };

  const size = Math.min(parsed.jobs ?? availableParallelism(), inputs.length);
  if (size <= 1 || !existsSync(join(__dirname, 'worker.js'))) {
    // One thread: each file's output goes to stdout as it is produced, in input order.
    const toStdout = (bytes: Uint8Array): void => void process.stdout.write(bytes);
    inputs.forEach((input, i) => emit(i, runJob(input, opts, undefined, toStdout)));
  } else {
    await runPool(inputs, opts, size, emit, emitChunk);
  }
  if (parsed.timings) process.stderr.write(`gangmu: timings: whole process ${performance.now().toFixed(1)} ms since it started\n`);
  return failed || hasError ? 1 : 0;
}

/**
 * `figures --by-indicator`: every file is read (on the worker pool) into its dated figures, then
 * the figures of all files are grouped by indicator and written, group by group. A file that
 * cannot be read is reported in its place on stderr and left out; the run then exits 1.
 */
async function runByIndicator(parsed: Parsed, inputs: JobInput[], opts: JobOptions, failedBefore: boolean): Promise<number> {
  const docs: (DocumentFigures | null)[] = new Array(inputs.length).fill(null);
  const parts = new Map<number, string[]>();
  const errs: (string | undefined)[] = new Array(inputs.length);
  let failed = failedBefore;
  const emitChunk: EmitChunk = (index, chunk) => {
    const kept = parts.get(index);
    if (kept) kept.push(chunk);
    else parts.set(index, [chunk]);
  };
  const emit: Emit = (index, result) => {
    const json = (parts.get(index) ?? []).join('') + result.out;
    parts.delete(index);
    errs[index] = result.err;
    failed ||= result.failed;
    if (parsed.timings && result.times) process.stderr.write(timingLine(inputs[index].name, result.times));
    if (!result.failed && json) {
      try {
        docs[index] = JSON.parse(json) as DocumentFigures;
      } catch {
        errs[index] = `gangmu: ${inputs[index].name}: ${internalError(opts.lang === 'zh' ? '结果无法读取' : 'unreadable result', opts.lang)}`;
        failed = true;
      }
    }
  };
  const size = Math.min(parsed.jobs ?? availableParallelism(), inputs.length);
  if (size <= 1 || !existsSync(join(__dirname, 'worker.js'))) inputs.forEach((input, i) => emit(i, runJob(input, opts)));
  else await runPool(inputs, opts, size, emit, emitChunk);
  for (const e of errs) if (e) process.stderr.write(e + '\n');
  const result = crossFilesEngine().groupByIndicator(docs.filter((d): d is DocumentFigures => d !== null));
  const { writeIndicatorsCsv, writeIndicatorsJson, writeIndicatorsText } = require('./core/figures/crossExport') as typeof import('./core/figures/crossExport');
  const write = (chunk: string): void => void process.stdout.write(chunk);
  if (opts.mode === 'json') {
    writeIndicatorsJson(result, write);
    write('\n');
  } else if (opts.mode === 'csv') writeIndicatorsCsv(result, write);
  else writeIndicatorsText(result, opts.lang, write);
  return failed ? 1 : 0;
}

function timingLine(name: string, t: StageTimes): string {
  const ms = (x: number): string => `${x.toFixed(1)} ms`;
  // The analysis's stages follow the four main ones (which keep their order: the benchmark reads them).
  const parts = (t.stages ?? []).map(([k, v]) => `${k} ${ms(v)}`).join(', ');
  return `gangmu: timings: ${name}: read ${ms(t.read)}, decode ${ms(t.decode)}, analyse ${ms(t.analyse)}, serialise ${ms(t.serialise)}` +
    (parts ? `; analyse: ${parts}` : '') + '\n';
}

async function main(argv: string[]): Promise<void> {
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    // `gangmu outline big.txt | head` closes the pipe early: that is not a failure.
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
  let result: ParseResult;
  try {
    result = parseArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`gangmu: ${e.message}\n\n${USAGE}`);
      process.exitCode = 2;
      return;
    }
    throw e;
  }
  if (result.kind === 'help') {
    process.stdout.write(USAGE);
    return;
  }
  if (result.kind === 'version') {
    process.stdout.write(`gangmu ${version}\n`);
    return;
  }
  process.exitCode = await run(result.parsed);
}

main(process.argv.slice(2)).catch((e) => {
  process.stderr.write(`gangmu: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
});
