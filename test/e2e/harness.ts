/**
 * End-to-end harness: a fresh code-server with the packaged `.vsix` installed, and a headless
 * Chromium page on its workbench, plus helpers that drive the UI as a user would.
 *
 *   const wb = await startWorkbench({ files: ['seed.speech'] });
 *   await runCommand(wb.page, 'Explorer: Focus on Outline View');
 *   const rows = await outlineRows(wb.page);
 *   await wb.screenshot('outline');          // test-results/screenshots/outline.png
 *   await wb.stop();
 *
 * The workspace is the same as the integration tests' (see docs/testing.md): the corpus documents,
 * `seed.speech`, `samples/`, `fixtures/`. Without the reference corpus (a bare clone) it holds
 * `samples/` and `fixtures/` only, and a suite or test that opens a corpus document is skipped
 * (see `skipWithoutCorpus`); test/runCodeServer.ts prints one line naming what was skipped.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Browser, FrameLocator, Page } from 'playwright-core';
import { launchChromium, makeWorkspace, repoRoot, startCodeServer, waitForWorkbench, type CodeServer } from '../codeServer';
import { corpusDir, NO_CORPUS } from '../../scripts/corpus';
import { E2E_RUNNER_KEY, E2E_SKIPS_KEY, type CorpusSkip } from '../corpusGate';

interface RunnableLike {
  type?: string;
  pending: boolean;
  fullTitle(): string;
  parent?: { fullTitle(): string; total(): number };
}

/**
 * Called when a suite's before hook or a test opens documents that come from the reference corpus
 * and the corpus is not here: marks the running hook (then mocha skips its whole suite) or test
 * pending, records it, and aborts it. Only corpus-dependent tests end here; the others run.
 */
function skipWithoutCorpus(missing: string[]): never {
  const g = globalThis as unknown as Record<string, unknown>;
  const runnable = (g[E2E_RUNNER_KEY] as { currentRunnable?: RunnableLike } | undefined)?.currentRunnable;
  const skips = (g[E2E_SKIPS_KEY] ??= []) as CorpusSkip[];
  if (runnable) {
    runnable.pending = true;
    const hook = runnable.type === 'hook' && runnable.parent;
    skips.push(hook ? { title: hook.fullTitle(), tests: hook.total() } : { title: runnable.fullTitle(), tests: 1 });
  }
  throw new Error(`opens ${missing.join(', ')}, which come from the reference corpus: ${NO_CORPUS}`);
}

/** The workspace of each page, so `openFile` can tell a corpus document that is not there. */
const workspaceOf = new WeakMap<Page, string>();

/**
 * The sample `npm run demo` opens (repository-relative; scripts/demo.sh has the same path in its
 * SAMPLE_REL). The demo's workspace is a copy of `samples/` alone.
 */
export const DEMO_SAMPLE = 'samples/speech.speech';

/** The user settings `npm run demo` starts code-server with (scripts/demo-settings.json). */
export function demoSettings(): Record<string, unknown> {
  return JSON.parse(readFileSync(join(repoRoot, 'scripts', 'demo-settings.json'), 'utf8')) as Record<string, unknown>;
}

export interface WorkbenchOptions {
  /** Install the packaged `gangmu-<version>.vsix` (default). false: load the repo as extension under development. */
  installVsix?: boolean;
  /**
   * 'full' (default): the integration tests' workspace (corpus documents, seed.speech, samples/,
   * fixtures/). 'samples': a copy of the repository's `samples/` alone, as `npm run demo` opens it.
   */
  workspace?: 'full' | 'samples';
  /**
   * A workspace-relative file opened by the workbench itself at start-up, through the URL's
   * `payload=[["openFile", …]]` as `npm run demo` does (before the extension's contributions are
   * registered), instead of through Quick Open afterwards.
   */
  openAtStart?: string;
  /** Workspace-relative files to open after the workbench is up, in order (the last one is active). */
  files?: string[];
  /** Extra files written into the workspace before start: relative path → content (text, or bytes for a .docx). */
  addFiles?: Record<string, string | Uint8Array>;
  /** User settings, merged over the harness defaults. */
  settings?: Record<string, unknown>;
  /** Display language passed to code-server (e.g. 'zh-cn'). */
  locale?: string;
  /** Browser viewport, default 1400×900. */
  viewport?: { width: number; height: number };
}

export interface Workbench {
  page: Page;
  /** The workbench address (open it in a browser to watch: keep the run alive with a long sleep). */
  url: string;
  /** Absolute path of the workspace folder (a temporary copy). */
  workspace: string;
  server: CodeServer;
  /** Errors the page or the extension host reported (uncaught exceptions, console errors). */
  errors: string[];
  screenshot(name: string): Promise<string>;
  stop(): Promise<void>;
}

export const screenshotDir = join(repoRoot, 'test-results', 'screenshots');

export function vsixPath(): string {
  const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { name: string; version: string };
  return join(repoRoot, `${pkg.name}-${pkg.version}.vsix`);
}

export async function startWorkbench(opts: WorkbenchOptions = {}): Promise<Workbench> {
  const wsRoot = mkdtempSync(join(process.env.GANGMU_TMP || tmpdir(), 'gangmu-ws-'));
  let workspace: string;
  if (opts.workspace === 'samples') {
    workspace = join(wsRoot, 'samples');
    cpSync(join(repoRoot, 'samples'), workspace, { recursive: true });
  } else {
    workspace = makeWorkspace(join(wsRoot, 'workspace'));
  }
  const missing = (opts.files ?? []).filter((f) => !existsSync(join(workspace, f)) && !(f in (opts.addFiles ?? {})));
  if (missing.length && !corpusDir()) {
    rmSync(wsRoot, { recursive: true, force: true });
    skipWithoutCorpus(missing);
  }
  for (const [rel, content] of Object.entries(opts.addFiles ?? {})) {
    mkdirSync(dirname(join(workspace, rel)), { recursive: true });
    writeFileSync(join(workspace, rel), content);
  }
  const installVsix = opts.installVsix ?? true;
  const t0 = Date.now();
  const step = (what: string) => {
    if (process.env.GANGMU_VERBOSE) console.log(`    [harness] ${what} at ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  };
  let server: CodeServer | undefined;
  let browser: Browser | undefined;
  try {
    server = await startCodeServer({
      workspace,
      installVsix: installVsix ? vsixPath() : undefined,
      settings: opts.settings,
      locale: opts.locale,
    });
    step('code-server up');
    browser = await launchChromium();
    step('chromium up');
    const page = await browser.newPage({ viewport: opts.viewport ?? { width: 1400, height: 900 } });
    workspaceOf.set(page, workspace);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error' && !/open-vsx|ENOTFOUND|vsda|Failed to load resource|net::ERR_/.test(m.text())) errors.push(m.text());
    });
    const payload: [string, string][] = [];
    if (!installVsix) payload.push(['extensionDevelopmentPath', server.remote(repoRoot)]);
    if (opts.openAtStart) payload.push(['openFile', server.remote(join(workspace, opts.openAtStart))]);
    const url = server.url(payload.length ? payload : undefined);
    await page.goto(url);
    await waitForWorkbench(page);
    step('workbench shown');
    for (const f of opts.files ?? []) await openFile(page, f);
    step('files open');
    const s = server;
    const b = browser;
    return {
      page,
      url,
      workspace,
      server: s,
      errors,
      async screenshot(name: string) {
        mkdirSync(screenshotDir, { recursive: true });
        const path = join(screenshotDir, `${name.replace(/[^\w.-]+/g, '-')}.png`);
        await page.screenshot({ path });
        return path;
      },
      async stop() {
        await b.close().catch(() => undefined);
        await s.stop();
        if (!process.env.GANGMU_KEEP_TMP) rmSync(wsRoot, { recursive: true, force: true });
      },
    };
  } catch (e) {
    await browser?.close().catch(() => undefined);
    await server?.stop();
    rmSync(wsRoot, { recursive: true, force: true });
    throw e;
  }
}

const quickInput = '.quick-input-widget';
const quickInputBox = `${quickInput} input.input`;
const quickRows = `${quickInput} .quick-input-list .monaco-list-row`;

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Opens the quick input on the workbench (F1), with the editor or workbench focused. */
async function openQuickInput(page: Page): Promise<void> {
  // Focus the workbench, not the browser chrome, so the key reaches VS Code.
  await page.locator('.monaco-workbench').first().focus().catch(() => undefined);
  for (let i = 0; i < 3; i++) {
    await page.keyboard.press('F1');
    try {
      await page.locator(quickInputBox).waitFor({ state: 'visible', timeout: 3000 });
      return;
    } catch {
      await page.keyboard.press('Escape');
    }
  }
  throw new Error('the command palette (F1) did not open');
}

/**
 * Runs a command by its title as the palette shows it ("Gangmu: Extract Figures",
 * "View: Fold Level 1"), through F1 like a user. Picks the row whose label is exactly the title.
 */
export async function runCommand(page: Page, title: string, timeout = 15_000): Promise<void> {
  const row = page
    .locator(quickRows)
    .filter({ has: page.locator('.label-name', { hasText: new RegExp(`^\\s*${escapeRegExp(title)}\\s*$`) }) })
    .first();
  const end = Date.now() + timeout;
  // A command whose `when` depends on our context keys appears only once the extension has
  // activated, and an open palette does not refresh: reopen it until the row shows.
  for (;;) {
    await openQuickInput(page);
    await page.locator(quickInputBox).fill('>' + title);
    try {
      await row.waitFor({ state: 'visible', timeout: Math.max(500, Math.min(3000, end - Date.now())) });
      break;
    } catch {
      if (Date.now() >= end) {
        const shown = await page.locator(`${quickRows} .label-name`).allInnerTexts();
        await page.keyboard.press('Escape');
        throw new Error(`command "${title}" not in the palette; it shows: ${JSON.stringify(shown.slice(0, 10))}`);
      }
      await page.keyboard.press('Escape');
    }
  }
  await row.click();
  await page.locator(quickInputBox).waitFor({ state: 'hidden', timeout: 5000 }).catch(() => undefined);
}

/** Opens a workspace file through Quick Open and waits until its editor is active. */
export async function openFile(page: Page, relPath: string, timeout = 20_000): Promise<void> {
  const ws = workspaceOf.get(page);
  if (ws && !corpusDir() && !existsSync(join(ws, relPath))) skipWithoutCorpus([relPath]);
  const name = relPath.split('/').pop()!;
  await openQuickInput(page);
  await page.locator(quickInputBox).fill(relPath);
  const row = page
    .locator(quickRows)
    .filter({ has: page.locator('.label-name', { hasText: new RegExp(`^\\s*${escapeRegExp(name)}\\s*$`) }) })
    .first();
  await row.waitFor({ state: 'visible', timeout });
  await row.click();
  // (by the file's resource name: a Figures panel beside it that follows the active editor is titled
  // `Figures — NAME` and is the active tab of its own group, so a match on the tab's text finds two)
  await page.locator(`.tabs-container .tab.active[data-resource-name="${name.replace(/["\\]/g, '\\$&')}"]`).waitFor({ state: 'visible', timeout });
  await page.locator('.editor-instance .monaco-editor .view-lines').first().waitFor({ state: 'visible', timeout });
}

/** Moves the cursor with "Go to Line/Column…" as a user would (Ctrl+G). */
export async function goTo(page: Page, line: number, col = 1): Promise<void> {
  await runCommand(page, 'Go to Line/Column...');
  const box = page.locator('.quick-input-widget input.input');
  await box.fill(`:${line}:${col}`);
  await page.keyboard.press('Enter');
  await box.waitFor({ state: 'hidden', timeout: 5000 }).catch(() => undefined);
}

/** Shows the Outline view and returns the texts of its rendered rows (a virtual list: visible rows only). */
export async function outlineRows(page: Page, timeout = 15_000): Promise<string[]> {
  await runCommand(page, 'Explorer: Focus on Outline View');
  const rows = page.locator('.pane-body.outline-pane .monaco-list-row');
  await rows.first().waitFor({ state: 'visible', timeout });
  const texts = await rows.evaluateAll((els) => els.map((e) => (e.querySelector('.label-name')?.textContent ?? e.textContent ?? '').trim()));
  return texts;
}

/** The document inside the active webview panel (VS Code nests it in two iframes). */
export function webviewFrame(page: Page): FrameLocator {
  return page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
}

/** The active editor's visible text lines, top to bottom (Monaco renders only what is on screen). */
export async function visibleEditorLines(page: Page): Promise<string[]> {
  return page
    .locator('.editor-instance .monaco-editor .view-lines .view-line')
    .evaluateAll((els) =>
      els
        .map((e) => ({ top: parseFloat((e as HTMLElement).style.top || '0'), text: (e.textContent ?? '').replace(/\u00a0/g, ' ') }))
        .sort((a, b) => a.top - b.top)
        .map((l) => l.text),
    );
}

/** The text of the status bar's "Ln x, Col y" item, e.g. to check a selection after a click. */
export async function cursorStatus(page: Page): Promise<string> {
  return (await page.locator('.statusbar-item[id="status.editor.selection"]').innerText()).trim();
}

/**
 * Waits until the cursor's status item reads `expected` and returns what it last read. VS Code hides
 * the item while a webview has focus, so after a reveal from a panel it may take a moment to come back:
 * polling, rather than one read after a fixed sleep, keeps a slow machine from failing the test while a
 * wrong or missing selection still does.
 */
export async function waitForCursorStatus(page: Page, expected: string, timeoutMs = 10_000): Promise<string> {
  const item = page.locator('.statusbar-item[id="status.editor.selection"]');
  const end = Date.now() + timeoutMs;
  let seen = '(no cursor status: no text editor has focus)';
  while (Date.now() < end) {
    if ((await item.count()) > 0) {
      seen = (await item.first().innerText()).trim();
      if (seen === expected) return seen;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return seen;
}
