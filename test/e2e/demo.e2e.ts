/**
 * `npm run demo` as a user sees it: the packaged extension installed into a fresh code-server, the
 * workspace a copy of `samples/`, the demo's user settings (scripts/demo-settings.json), and the
 * sample opened by the workbench itself at start-up through the URL's `payload` (openFile), before
 * the extension's contributions are registered. Checks that the `[speech]` defaults are in effect
 * (word wrap on, no "ambiguous unicode characters" banner) and that the Outline view is expanded
 * with the sample's headings, without any command run; then the same after reloading the page.
 * Screenshots: test-results/screenshots/demo-startup.png, demo-reload.png (look at them).
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Page } from 'playwright-core';
import { parseOutline } from '../../src/core';
import { buildOutlineTree } from '../../src/core/outline/tree';
import { repoRoot, waitForWorkbench } from '../codeServer';
import { DEMO_SAMPLE, demoSettings, startWorkbench, type Workbench } from './harness';

const editor = '.editor-instance .monaco-editor';
const outlineRowSel = '.pane-body.outline-pane .monaco-list-row';

/** The headings the Outline view must show first: the sample's top-level outline, from the core. */
function expectedTopHeadings(): string[] {
  const text = readFileSync(join(repoRoot, DEMO_SAMPLE), 'utf8');
  return buildOutlineTree(text, parseOutline(text, { format: 'plain' })).map((n) => n.name);
}

interface EditorState {
  /** Lines Monaco renders (a wrapped line is several). */
  viewLines: number;
  /** Rendered line numbers (one per model line, on its first view line). */
  numbered: number;
  /** Text of the editor's banner, if one shows. */
  banner: string | null;
  language: string;
}

async function editorState(page: Page): Promise<EditorState> {
  return page.evaluate((sel) => {
    const ed = document.querySelector(sel);
    const viewLines = ed ? ed.querySelectorAll('.view-lines .view-line').length : 0;
    const numbered = ed ? Array.from(ed.querySelectorAll(".margin-view-overlays .line-numbers")).filter((e) => (e.textContent ?? '').trim()).length : 0;
    const banner = document.querySelector('.editor-banner');
    const language = document.querySelector('.statusbar-item[id="status.editor.mode"]')?.textContent?.trim() ?? '';
    return { viewLines, numbered, banner: banner ? (banner.textContent ?? '') : null, language };
  }, editor);
}

/** Polls `check` until it returns true; fails with `describe()`'s text after `timeout`. */
async function waitUntil(check: () => Promise<boolean>, timeout: number, describe: () => Promise<string>): Promise<void> {
  const end = Date.now() + timeout;
  while (Date.now() < end) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  assert.fail(await describe());
}

async function outlineTexts(page: Page): Promise<string[]> {
  return page
    .locator(outlineRowSel)
    .evaluateAll((els) => els.map((e) => (e.querySelector('.label-name')?.textContent ?? e.textContent ?? '').trim()));
}

/** The checks that make the demo right; run after start-up and again after a reload. */
async function checkDemo(wb: Workbench, shotName: string): Promise<void> {
  const page = wb.page;
  await page.locator(`${editor} .view-lines`).first().waitFor({ state: 'visible', timeout: 60_000 });

  // Word wrap: long paragraphs of the sample take several view lines each. Without the
  // [speech] defaults every model line is one view line, whatever the wait.
  await waitUntil(
    async () => {
      const s = await editorState(page);
      return s.numbered > 0 && s.viewLines >= s.numbered + 3;
    },
    45_000,
    async () => `word wrap is not on: ${JSON.stringify(await editorState(page))}`,
  );
  const state = await editorState(page);
  assert.match(state.language, /讲话稿|Speech Transcript/, 'the sample opens in the speech language');

  // The ambiguous-characters banner goes with editor.unicodeHighlight.ambiguousCharacters: false;
  // give it the time it would take to come back, then it must be absent.
  await new Promise((r) => setTimeout(r, 1500));
  const banner = (await editorState(page)).banner;
  assert.ok(banner === null || !/ambiguous|unicode/i.test(banner), `banner shown: ${banner}`);

  // The Outline view: expanded in the Explorer with the sample's headings, with no command run.
  const rows = page.locator(outlineRowSel);
  await rows.first().waitFor({ state: 'visible', timeout: 30_000 });
  const header = page.locator('.pane-header', { hasText: /^\s*outline/i }).first();
  assert.equal(await header.getAttribute('aria-expanded'), 'true', 'the Outline pane is expanded');
  const texts = await outlineTexts(page);
  const top = expectedTopHeadings();
  assert.ok(texts.length >= 3, `only ${texts.length} outline rows: ${texts.join(' | ')}`);
  assert.equal(texts[0], top[0], `first outline row; rows: ${texts.slice(0, 6).join(' | ')}`);
  // The editor keeps the focus: the outline was shown, not focused.
  const focusInOutline = await page.evaluate(() => !!document.activeElement?.closest('.outline-pane'));
  assert.ok(!focusInOutline, 'the Outline view took the focus');

  const shot = await wb.screenshot(shotName);
  const s = await editorState(page);
  console.log(`    ${s.viewLines} view lines for ${s.numbered} numbered lines, banner: ${s.banner ?? 'none'}, language: ${s.language}`);
  console.log(`    outline (${texts.length} rows rendered): ${texts.slice(0, 5).join(' | ')}`);
  console.log(`    screenshot: ${relative(repoRoot, shot)}`);
}

describe('e2e demo: the sample opened at start-up as `npm run demo` opens it', function () {
  this.timeout(240_000);
  let wb: Workbench;

  before(async () => {
    wb = await startWorkbench({
      workspace: 'samples',
      openAtStart: relative('samples', DEMO_SAMPLE),
      settings: demoSettings(),
      viewport: { width: 1400, height: 900 },
    });
  });

  after(async () => {
    await wb?.stop();
  });

  it('shows the sample wrapped, without the ambiguous-characters banner, beside the expanded Outline view', async () => {
    await checkDemo(wb, 'demo-startup');
  });

  it('does the same after the page is reloaded', async () => {
    await wb.page.reload();
    await waitForWorkbench(wb.page);
    await checkDemo(wb, 'demo-reload');
  });
});
