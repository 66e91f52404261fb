/**
 * dist/cli.js: starts the command line (dist/cli-main.js, built from src/cli.ts) with a V8 code
 * cache (issue 10); dist/worker.js does the same for the CLI's worker threads (dist/worker-main.js). A cold run compiles every function it calls; on the seed that compiling is a
 * large part of a whole process. After a command has run, the bytecode of all it compiled is saved
 * (one file per command: outline, figures, check); the next run of that command loads it instead of
 * compiling again. Node 22's own compile cache does the same; this works on the Node 18 and 20 the
 * CLI also supports.
 *
 * The cache lives in the temporary folder, in a folder of this user's own (another user's files are
 * never read). A file is named by the hash of the bundle computed when it was built, the bundle's
 * size and modification time, Node's version and flags: a rebuilt or edited bundle or another Node
 * never reads a stale file (the folder keeps the newest few files), and V8 itself rejects data made
 * by another V8 (then the file is written again). `GANGMU_CODE_CACHE=0` turns it off. Anything that fails while reading or
 * writing the cache falls back to a plain load; errors of the command itself are not caught here.
 */
import { closeSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Script } from 'node:vm';
import { transcode } from 'node:buffer';

/** The bundle this loader runs (cli-main.js, worker-main.js) and its sha1, set by scripts/build.mjs (esbuild `define`). */
declare const GANGMU_BUNDLE_FILE: string;
declare const GANGMU_BUNDLE_HASH: string;
/** 'worker' for the CLI's worker threads, '' for the CLI: a cache file is named by it and the command. */
declare const GANGMU_CACHE_KIND: string;

const BUNDLE = join(__dirname, GANGMU_BUNDLE_FILE);
/** Commands whose compiled code is worth keeping (help, version and errors are not). */
const COMMANDS = new Set(['outline', 'figures', 'check']);

/** A short, stable hash of a string (FNV-1a, 32 bits), for Node's flags in the file name. */
function fnv(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}

/** This user's cache folder, made if missing; undefined when it is not ours or cannot be made. */
function cacheDir(): string | undefined {
  const uid = typeof process.getuid === 'function' ? process.getuid() : undefined;
  const dir = join(tmpdir(), `gangmu-code-cache${uid === undefined ? '' : `-${uid}`}`);
  try {
    // (not `recursive`: Node 20's recursive mkdir spins for ever under a folder such as /proc)
    try {
      mkdirSync(dir, 0o700);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') return undefined;
    }
    const st = statSync(dir);
    if (!st.isDirectory() || (uid !== undefined && (st.uid !== uid || (st.mode & 0o022) !== 0))) return undefined;
    return dir;
  } catch {
    return undefined;
  }
}

/** The cache file for this command, or undefined when no cache is to be used. */
function cacheFile(): string | undefined {
  if (process.env.GANGMU_CODE_CACHE === '0') return undefined;
  // (a worker thread of the CLI is given the command as its argument)
  const command = process.argv[2];
  if (!command || !COMMANDS.has(command)) return undefined;
  const dir = cacheDir();
  if (!dir) return undefined;
  const st = statSync(BUNDLE);
  const flags = fnv(process.execArgv.join('\0'));
  const kind = GANGMU_CACHE_KIND ? `${GANGMU_CACHE_KIND}-${command}` : command;
  return join(dir, `${GANGMU_BUNDLE_HASH}-${st.size}-${Math.floor(st.mtimeMs)}-${process.version}-${process.arch}-${flags}-${kind}.bin`);
}

/** How many cache files the folder keeps (three commands of a few builds or Nodes). */
const KEEP = 12;

/** Writes the file through a temporary name, so a run reading it never sees half of it; drops the oldest files. */
function save(file: string, data: Buffer): void {
  // (a name of this run's own: two worker threads of one process share its pid)
  const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  try {
    const dir = join(file, '..');
    const fd = openSync(tmp, 'wx', 0o600);
    try {
      writeSync(fd, data);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, file);
    // Files of other builds and Nodes stay while they are among the KEEP newest (two installs used
    // in turn keep theirs); older ones go.
    const others = readdirSync(dir)
      .filter((name) => name.endsWith('.bin'))
      .map((name) => {
        try {
          return { name, t: statSync(join(dir, name)).mtimeMs };
        } catch {
          return { name, t: 0 };
        }
      })
      .sort((a, b) => b.t - a.t);
    for (const old of others.slice(KEEP)) {
      try {
        unlinkSync(join(dir, old.name));
      } catch {
        /* another run's file, or gone already */
      }
    }
  } catch {
    // no cache this time
    try {
      unlinkSync(tmp);
    } catch {
      /* not made */
    }
  }
}

function start(): void {
  let run: (() => void) | undefined;
  try {
    const file = cacheFile();
    if (file) {
      // (the bundle holds non-ASCII text, which V8's own UTF-8 decoder reads at about 24
      // instructions a byte; Node's native transcoder reads it at a fifth of that: the same string)
      const source = transcode(readFileSync(BUNDLE), 'utf8', 'utf16le').toString('utf16le');
      let cached: Buffer | undefined;
      try {
        cached = readFileSync(file);
      } catch {
        cached = undefined;
      }
      // The same wrapper Node puts around a CommonJS module.
      const script = new Script(`(function (exports, require, module, __filename, __dirname) { ${source}\n})`, {
        filename: BUNDLE,
        cachedData: cached,
      });
      if (!cached || script.cachedDataRejected) {
        // After the command: the data then holds every function the run compiled. (A worker thread
        // of the CLI is asked to end with process.exit, which runs this too.)
        process.once('exit', () => {
          // (a run that left the files to worker threads compiled little of the engine here: its data
          // would stand for the command's until the next build, so it is not saved)
          if ((globalThis as Record<symbol, unknown>)[Symbol.for('gangmu.analysedInWorkers')]) return;
          try {
            save(file, script.createCachedData());
          } catch {
            /* no cache this time */
          }
        });
      }
      const fn = script.runInThisContext() as (...args: unknown[]) => void;
      run = () => fn.call(module.exports, module.exports, require, module, BUNDLE, __dirname);
    }
  } catch {
    run = undefined;
  }
  if (run) run();
  else require(BUNDLE);
}

start();
