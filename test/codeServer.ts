/**
 * Starts and stops a private code-server (VS Code 1.96.4 in the browser, with the real Node extension
 * host) and a headless Chromium that shows its workbench. Shared by the integration runner
 * (test/runCodeServer.ts) and the end-to-end harness (test/e2e/harness.ts).
 *
 * Several engineers run this at once on one machine, so every run gets a free port and its own
 * temporary folders (user data, extensions, XDG dirs, browser profile), and code-server is always
 * stopped by process group: killing the main pid alone leaves the file watcher and extension hosts.
 * See ../shared/vscode-offline.md for why it is done this way.
 */
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, openSync, closeSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { corpusDir } from '../scripts/corpus';

/** The repository root: this file is bundled into files at several depths under out/test/. */
export const repoRoot = findRepoRoot(__dirname);

function findRepoRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'scripts', 'build.mjs'))) return dir;
    if (dirname(dir) === dir) throw new Error(`repository root not found above ${from}`);
  }
}
export const codeServerDir = process.env.GANGMU_CODE_SERVER_DIR || join(repoRoot, '.vscode-test', 'code-server');
const entry = join(codeServerDir, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
export const chromiumPath = process.env.GANGMU_CHROMIUM || '/usr/bin/chromium';

/** The recipe's flags: no network chatter, no GPU, no sandbox (we run as root in CI). */
export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Installs code-server if needed (fast no-op once installed). */
export function ensureCodeServer(): void {
  if (existsSync(entry) && existsSync(join(codeServerDir, '.installed-4.96.4'))) return;
  execFileSync('bash', [join(repoRoot, 'scripts', 'setup-code-server.sh')], { stdio: 'inherit' });
}

export function freePort(): Promise<number> {
  return new Promise((res, rej) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', rej);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => res(port));
    });
  });
}

/** Default user settings: quiet, predictable workbench. Tests may add or override keys. */
export const baseSettings: Record<string, unknown> = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'security.workspace.trust.enabled': false,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'git.enabled': false,
  'window.restoreWindows': 'none',
  'files.hotExit': 'off',
};

/**
 * Builds the test workspace: every corpus document under its own name, the seed speech again as
 * `seed.speech` (so the `speech` language is exercised), `samples/`, and `test/fixtures/` if present.
 */
export function makeWorkspace(dir: string, extraFiles: string[] = []): string {
  mkdirSync(dir, { recursive: true });
  // Without the corpus (a bare clone) the workspace holds the samples and fixtures only; the suites
  // that open corpus documents skip (test/corpusGate.ts, and startWorkbench in test/e2e/harness.ts).
  const corpus = corpusDir();
  if (corpus) {
    for (const name of readdirSync(corpus)) {
      if (/\.(txt|md)$/.test(name) && !/^(README|ANNOTATION)\.md$/.test(name)) cpSync(join(corpus, name), join(dir, name));
    }
    const seed = join(corpus, 'speeches-3.txt');
    if (existsSync(seed)) cpSync(seed, join(dir, 'seed.speech'));
  }
  for (const sub of ['samples', join('test', 'fixtures')]) {
    const src = join(repoRoot, sub);
    if (existsSync(src)) cpSync(src, join(dir, sub === 'samples' ? 'samples' : 'fixtures'), { recursive: true });
  }
  for (const f of extraFiles) {
    const src = resolve(repoRoot, f);
    cpSync(src, join(dir, src.split('/').pop()!), { recursive: true });
  }
  return dir;
}

export interface StartOptions {
  /** Workspace folder to open; created by the caller. */
  workspace: string;
  /** A .vsix to install into the fresh extensions dir before starting. */
  installVsix?: string;
  /** User settings merged over baseSettings. */
  settings?: Record<string, unknown>;
  /** Display language, e.g. 'zh-cn' (needs the language pack, which is not installed offline). */
  locale?: string;
  /** Extra environment for code-server and (through it) the extension host. */
  env?: Record<string, string>;
}

export interface CodeServer {
  port: number;
  /** Temporary root of this run (user data, extensions, logs). */
  tmp: string;
  workspace: string;
  /** Workbench URL for the workspace, optionally with a `payload` (extension development/tests). */
  url(payload?: [string, string][]): string;
  /** `vscode-remote://` URI for a local path, as `payload` needs. */
  remote(path: string): string;
  /** Resolves (with a reason) if code-server exits before stop(). */
  exited: Promise<string>;
  /** The last lines of code-server's own log. */
  logTail(lines?: number): string;
  stop(): Promise<void>;
}

const live = new Set<CodeServer>();
let hooksInstalled = false;

/** Makes sure code-server never outlives this process, whatever way it ends. */
function installExitHooks(): void {
  if (hooksInstalled) return;
  hooksInstalled = true;
  const killAll = () => {
    for (const cs of live) killGroupSync((cs as unknown as { pid: number }).pid);
  };
  process.on('exit', killAll);
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(sig, () => {
      killAll();
      process.exit(sig === 'SIGINT' ? 130 : 143);
    });
  }
}

function killGroupSync(pid: number | undefined, signal: NodeJS.Signals = 'SIGKILL'): void {
  if (!pid) return;
  try {
    process.kill(-pid, signal);
  } catch {
    /* already gone */
  }
}

function groupAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * VS Code only switches to a display language for which a language pack is installed, and the real
 * packs cannot be downloaded offline. An empty pack registered in `languagepacks.json` (what VS Code
 * writes when a pack is installed) is enough: VS Code's own UI stays English, while extensions get
 * `vscode.env.language`, `package.nls.<locale>.json` and `l10n/bundle.l10n.<locale>.json` as under a
 * real pack.
 */
function registerStubLanguagePack(userData: string, locale: string): void {
  const translations = join(userData, 'stub-language-pack', 'main.i18n.json');
  mkdirSync(dirname(translations), { recursive: true });
  writeFileSync(translations, JSON.stringify({ version: '1.0.0', contents: {} }));
  const entry = {
    hash: `gangmu-stub-${locale}`,
    extensions: [{ extensionIdentifier: { id: `gangmu-test.language-pack-stub-${locale}` }, version: '0.0.1' }],
    translations: { vscode: translations },
    label: locale,
  };
  writeFileSync(join(userData, 'languagepacks.json'), JSON.stringify({ [locale]: entry }));
}

export async function startCodeServer(opts: StartOptions): Promise<CodeServer> {
  ensureCodeServer();
  installExitHooks();
  const tmp = mkdtempSync(join(process.env.GANGMU_TMP || tmpdir(), 'gangmu-cs-'));
  const userData = join(tmp, 'user-data');
  const extensions = join(tmp, 'extensions');
  const xdg = { XDG_CONFIG_HOME: join(tmp, 'xdg-config'), XDG_DATA_HOME: join(tmp, 'xdg-data'), XDG_CACHE_HOME: join(tmp, 'xdg-cache') };
  for (const d of [userData, extensions, ...Object.values(xdg), join(userData, 'User')]) mkdirSync(d, { recursive: true });
  writeFileSync(join(userData, 'User', 'settings.json'), JSON.stringify({ ...baseSettings, ...opts.settings }, null, 2));
  if (opts.locale) writeFileSync(join(userData, 'User', 'argv.json'), JSON.stringify({ locale: opts.locale }));
  const config = join(tmp, 'config.yaml');
  writeFileSync(config, 'auth: none\ncert: false\n');
  const logFile = join(tmp, 'code-server.log');
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...xdg,
    TMPDIR: tmp,
    GANGMU_TEST_WORKSPACE: opts.workspace,
    ...(corpusDir() ? { GANGMU_CORPUS: corpusDir()! } : {}),
    ...opts.env,
  };
  delete env.VSCODE_IPC_HOOK_CLI;
  const common = ['--user-data-dir', userData, '--extensions-dir', extensions, '--config', config];
  if (opts.locale && opts.locale !== 'en') registerStubLanguagePack(userData, opts.locale);
  const toInstall = opts.installVsix ? [opts.installVsix] : [];

  if (opts.installVsix && !existsSync(opts.installVsix)) throw new Error(`no ${opts.installVsix}: run \`npm run package\` first`);
  if (toInstall.length) {
    try {
      const args = toInstall.flatMap((v) => ['--install-extension', v]);
      execFileSync(process.execPath, [entry, ...common, ...args], { env, stdio: 'pipe', timeout: 120_000 });
    } catch (e) {
      const err = e as { stdout?: Buffer; stderr?: Buffer };
      throw new Error(`installing ${toInstall.join(', ')} failed:\n${err.stdout ?? ''}${err.stderr ?? ''}`);
    }
  }

  let lastError = '';
  for (let attempt = 0; attempt < 3; attempt++) {
    const port = await freePort();
    const fd = openSync(logFile, 'a');
    const child: ChildProcess = spawn(
      process.execPath,
      [
        entry,
        ...common,
        '--bind-addr', `127.0.0.1:${port}`,
        '--auth', 'none',
        '--disable-telemetry',
        '--disable-update-check',
        '--disable-workspace-trust',
        '--disable-getting-started-override',
        '--ignore-last-opened',
        ...(opts.locale ? ['--locale', opts.locale] : []),
      ],
      { env, detached: true, stdio: ['ignore', fd, fd] },
    );
    closeSync(fd);
    const pid = child.pid!;
    let exited = false;
    let stopping = false;
    const exitedP = new Promise<string>((res) =>
      child.on('exit', (code, signal) => {
        exited = true;
        if (!stopping) res(`code-server exited (code ${code}, signal ${signal})`);
      }),
    );
    const cs: CodeServer & { pid: number } = {
      pid,
      port,
      tmp,
      workspace: opts.workspace,
      exited: exitedP,
      remote: (p: string) => `vscode-remote://127.0.0.1:${port}${p}`,
      url(payload) {
        let u = `http://127.0.0.1:${port}/?folder=${encodeURIComponent(opts.workspace)}`;
        if (payload) u += `&payload=${encodeURIComponent(JSON.stringify(payload))}`;
        return u;
      },
      logTail(lines = 40) {
        try {
          return readFileSync(logFile, 'utf8').split('\n').slice(-lines).join('\n');
        } catch {
          return '';
        }
      },
      async stop() {
        stopping = true;
        live.delete(cs);
        killGroupSync(pid, 'SIGTERM');
        const deadline = Date.now() + 5000;
        while (groupAlive(pid) && Date.now() < deadline) await sleep(100);
        killGroupSync(pid, 'SIGKILL');
        if (!process.env.GANGMU_KEEP_TMP) rmSync(tmp, { recursive: true, force: true, maxRetries: 3 });
      },
    };
    live.add(cs);
    const deadline = Date.now() + 30_000;
    while (Date.now() < deadline && !exited) {
      try {
        const r = await fetch(`http://127.0.0.1:${port}/healthz`);
        if (r.ok) return cs;
      } catch {
        /* not listening yet */
      }
      await sleep(150);
    }
    lastError = cs.logTail();
    live.delete(cs);
    killGroupSync(pid, 'SIGKILL');
    // Another run may have taken the port between our probe and code-server's bind: try another.
    if (!/EADDRINUSE/.test(lastError)) break;
  }
  rmSync(tmp, { recursive: true, force: true });
  throw new Error(`code-server did not become healthy within 30 s. Its log:\n${lastError}`);
}

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(chromiumPath)) throw new Error(`${chromiumPath} not found: apt-get install chromium`);
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs });
}

/** Waits until the workbench has rendered its editor area. */
export async function waitForWorkbench(page: Page, timeout = 60_000): Promise<void> {
  await page.waitForSelector('.monaco-workbench .part.editor', { timeout });
}

export function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}
