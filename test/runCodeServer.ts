/**
 * Runs the tests inside a real VS Code (code-server 4.96.4 + headless Chromium).
 *
 *   node out/test/runCodeServer.js integration   mocha suites inside the extension host
 *   node out/test/runCodeServer.js e2e           mocha suites in Node that drive the UI (test/e2e)
 *
 * Environment: GANGMU_TEST_GREP (mocha grep), GANGMU_TEST_TIMEOUT_S (whole integration run,
 * default 600), GANGMU_TEST_LOCALE (e.g. zh-cn: display language of the integration run), GANGMU_KEEP_TMP=1 (keep temp folders), GANGMU_VERBOSE=1 (all workbench logs).
 * Exit code: 0 when every test passed and at least one ran; non-zero otherwise.
 */
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { format } from 'node:util';
import { ensureCodeServer, launchChromium, makeWorkspace, repoRoot, startCodeServer, type CodeServer } from './codeServer';
import { NO_CORPUS } from '../scripts/corpus';
import { E2E_RUNNER_KEY, E2E_SKIPS_KEY, type CorpusSkip } from './corpusGate';

const RESULT_MARKER = 'GANGMU_MOCHA_RESULT';
const verbose = !!process.env.GANGMU_VERBOSE;

function findFiles(dir: string, suffix: string, out: string[] = []): string[] {
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) findFiles(p, suffix, out);
    else if (name.endsWith(suffix)) out.push(p);
  }
  return out;
}

/** Workbench noise that says nothing about our extension (offline marketplace, vsda, fonts...). */
function isNoise(line: string): boolean {
  return /open-vsx|ENOTFOUND|vsda|marketplace|Failed to load resource|net::ERR_|\[Service Worker\]|Long running operations|Ignoring the error while validating workspace folder|An iframe which has both allow-scripts|^(Resolving|Resolved) connection token|^Creating a socket|^Updating additional builtin extensions cache/i.test(
    line,
  );
}

/** Drops stack frames inside the workbench's minified code: they never point at our bug. */
function trimStack(line: string): string {
  return line
    .split('\n')
    .filter((l) => !/^\s+at .*(\/static\/out\/vs\/|\/static\/node_modules\/)/.test(l))
    .join('\n');
}

async function runIntegration(): Promise<number> {
  const testsPath = join(repoRoot, 'out', 'test', 'integration', 'index.js');
  if (!existsSync(testsPath)) {
    console.error(`runCodeServer: ${testsPath} missing; run \`node scripts/build.mjs --tests\` first`);
    return 2;
  }
  if (!existsSync(join(repoRoot, 'dist', 'extension.js'))) {
    console.error('runCodeServer: dist/extension.js missing; run `node scripts/build.mjs` first');
    return 2;
  }
  const timeoutS = Number(process.env.GANGMU_TEST_TIMEOUT_S) || 600;
  ensureCodeServer(); // the first run installs it (a minute or more); not part of the test time
  const t0 = Date.now();
  const wsRoot = mkdtempSync(join(process.env.GANGMU_TMP || tmpdir(), 'gangmu-ws-'));
  const workspace = makeWorkspace(join(wsRoot, 'workspace'));
  let cs: CodeServer | undefined;
  let browser: Awaited<ReturnType<typeof launchChromium>> | undefined;
  try {
    cs = await startCodeServer({ workspace, locale: process.env.GANGMU_TEST_LOCALE || undefined });
    const tStarted = Date.now();
    browser = await launchChromium();
    const page = await browser.newPage();
    let result: { tests: number; passes: number; failures: number; pending: number } | undefined;
    const exited = new Promise<number>((resolve) => {
      void page.exposeFunction('codeAutomationExit', (code: number) => resolve(code));
    });
    const print = (line: string) => {
      const m = line.match(new RegExp(`${RESULT_MARKER} (\\{.*\\})`));
      if (m) {
        result = JSON.parse(m[1]!);
        return;
      }
      console.log(line);
    };
    // In test mode the extension host's console (mocha's reporter) arrives here, mixed with the
    // workbench's own log lines.
    await page.exposeFunction('codeAutomationLog', (type: string, args: unknown[]) => {
      const line = format(...(Array.isArray(args) ? args : [args]));
      if (verbose) return print(`[${type}] ${line}`);
      if (isNoise(line)) return;
      print(type === 'error' || type === 'warn' ? `[${type}] ${trimStack(line)}` : line);
    });
    if (verbose) page.on('console', (msg) => console.log(`[page ${msg.type()}] ${msg.text()}`));
    const ext = repoRoot;
    const url = cs.url([
      ['extensionDevelopmentPath', cs.remote(ext)],
      ['extensionTestsPath', cs.remote(join(ext, 'out', 'test', 'integration', 'index'))],
    ]);
    console.log(`runCodeServer: code-server on 127.0.0.1:${cs.port} (started in ${((tStarted - t0) / 1000).toFixed(1)} s), workspace ${workspace}`);
    await page.goto(url);
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), timeoutS * 1000);
    });
    const crashed = new Promise<string>((resolve) => page.on('crash', () => resolve('the browser page crashed')));
    const code = await Promise.race([exited, timedOut, cs.exited, crashed]);
    clearTimeout(timer);
    if (typeof code === 'string' && code !== 'timeout') {
      console.error(`runCodeServer: FAILED: ${code} before the tests finished.`);
      console.error(`code-server log tail:\n${cs.logTail()}`);
      return 1;
    }
    if (code === 'timeout') {
      console.error(`runCodeServer: FAILED: the integration tests did not finish within ${timeoutS} s (GANGMU_TEST_TIMEOUT_S).`);
      console.error(`code-server log tail:\n${cs.logTail()}`);
      return 1;
    }
    const secs = ((Date.now() - t0) / 1000).toFixed(1);
    if (!result) {
      console.error(`runCodeServer: FAILED: the test entry exited with ${code} without reporting results (did it load? see errors above).`);
      return code || 1;
    }
    if (result.tests === 0 && result.failures > 0) {
      console.error('runCodeServer: FAILED: a test file failed to load (see the error above).');
      return 1;
    }
    if (result.passes === 0) {
      console.error(`runCodeServer: FAILED: zero tests ran${process.env.GANGMU_TEST_GREP ? ` (GANGMU_TEST_GREP=${process.env.GANGMU_TEST_GREP})` : ''}.`);
      return 1;
    }
    const ok = code === 0 && result.failures === 0;
    console.log(
      `runCodeServer: ${ok ? 'PASSED' : 'FAILED'}: ${result.passes} passed, ${result.failures} failed, ${result.pending} pending, in ${secs} s`,
    );
    return ok ? 0 : code || 1;
  } finally {
    await browser?.close().catch(() => undefined);
    await cs?.stop();
    if (!process.env.GANGMU_KEEP_TMP) rmSync(wsRoot, { recursive: true, force: true });
  }
}

async function runE2e(): Promise<number> {
  const files = findFiles(join(repoRoot, 'out', 'test', 'e2e'), '.e2e.js');
  if (files.length === 0) {
    console.error('runCodeServer: no out/test/e2e/**/*.e2e.js; run `node scripts/build.mjs --tests` first');
    return 2;
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const Mocha = require('mocha') as typeof import('mocha');
  const grep = process.env.GANGMU_TEST_GREP;
  const mocha = new Mocha({ ui: 'bdd', reporter: 'spec', timeout: 180_000, ...(grep ? { grep } : {}) });
  ensureCodeServer();
  for (const f of files) mocha.addFile(f);
  const t0 = Date.now();
  return new Promise((resolve) => {
    const runner = mocha.run((failures) => {
      const passes = runner.stats?.passes ?? 0;
      const secs = ((Date.now() - t0) / 1000).toFixed(1);
      const skips = ((globalThis as unknown as Record<string, unknown>)[E2E_SKIPS_KEY] ?? []) as CorpusSkip[];
      if (skips.length) {
        const tests = skips.reduce((n, s) => n + s.tests, 0);
        console.log(`corpus: skipped ${tests} e2e test${tests === 1 ? '' : 's'} that open reference-corpus documents, because ${NO_CORPUS}: ${skips.map((s) => `"${s.title}"`).join(', ')}`);
      }
      if (passes === 0 && failures === 0) {
        console.error(`runCodeServer: FAILED: zero e2e tests ran${grep ? ` (GANGMU_TEST_GREP=${grep})` : ''}.`);
        resolve(1);
      } else {
        console.log(`runCodeServer: e2e ${failures ? 'FAILED' : 'PASSED'}: ${passes} passed, ${failures} failed, in ${secs} s`);
        resolve(failures ? 1 : 0);
      }
    });
    // The harness marks a corpus-dependent hook or test pending through the running runnable.
    (globalThis as unknown as Record<string, unknown>)[E2E_RUNNER_KEY] = runner;
  });
}

async function main(): Promise<void> {
  const mode = process.argv[2];
  let code: number;
  if (mode === 'integration') code = await runIntegration();
  else if (mode === 'e2e') code = await runE2e();
  else {
    console.error('usage: node out/test/runCodeServer.js integration|e2e');
    code = 2;
  }
  process.exit(code);
}

main().catch((e) => {
  console.error(`runCodeServer: FAILED: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
  process.exit(1);
});
