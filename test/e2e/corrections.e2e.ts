/**
 * Correcting the outline as a reader does: cursor on a line, "Gangmu: Not a Heading" and
 * "Gangmu: Promote Heading" from the command palette; the Outline view follows at once, and Undo
 * brings a correction back. Screenshots: test-results/screenshots/corrections-before.png, -after.png.
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { repoRoot } from '../codeServer';
import { goTo, runCommand, startWorkbench, type Workbench } from './harness';

const FILE = 'fixtures/corrections-speech.txt';
const lines = readFileSync(join(repoRoot, 'test', 'fixtures', 'corrections-speech.txt'), 'utf8').split('\n');
/** 1-based lines found in the fixture, not hard-coded. */
const lineOf = (words: string) => lines.findIndex((l) => l.includes(words)) + 1;

async function settle(ms = 600): Promise<void> {
  await new Promise((r) => setTimeout(r, ms));
}

/** The Outline view's rows: text and tree depth (aria-level). */
async function rows(page: Page): Promise<Array<{ text: string; level: number }>> {
  const list = page.locator('.pane-body.outline-pane .monaco-list-row');
  await list.first().waitFor({ state: 'visible', timeout: 15_000 });
  return list.evaluateAll((els) => els.map((e) => ({
    text: (e.querySelector('.label-name')?.textContent ?? e.textContent ?? '').trim(),
    level: Number(e.getAttribute('aria-level') ?? '0'),
  })));
}

/** Waits until the Outline rows satisfy `ok`. */
async function rowsWhen(page: Page, ok: (r: Array<{ text: string; level: number }>) => boolean, timeout = 15_000) {
  const end = Date.now() + timeout;
  let r = await rows(page);
  while (!ok(r) && Date.now() < end) {
    await settle(300);
    r = await rows(page);
  }
  return r;
}

/** The number on the corrections status bar item once it shows `want` (or what it shows at the timeout). */
async function correctionCount(page: Page, want: string, timeout = 15_000): Promise<string> {
  const item = page.locator('.statusbar-item[id$="gangmu.corrections"]');
  const end = Date.now() + timeout;
  let text = '';
  while (Date.now() < end) {
    text = ((await item.first().textContent().catch(() => '')) ?? '').trim();
    if (text === want) break;
    await settle(300);
  }
  return text;
}

describe('e2e corrections: the reader corrects the outline from the command palette', function () {
  this.timeout(180_000);
  let wb: Workbench;

  before(async () => {
    wb = await startWorkbench({ files: [FILE], viewport: { width: 1400, height: 1000 } });
  });

  after(async () => {
    await wb?.stop();
  });

  it('Not a Heading and Promote Heading change the Outline view at once; Undo restores', async () => {
    const page = wb.page;
    await runCommand(page, 'Explorer: Focus on Outline View');
    const before = await rowsWhen(page, (r) => r.some((x) => x.text.includes('深化改革')));
    const reform = before.find((x) => x.text.includes('深化改革'));
    assert.ok(reform, 'the outline shows （一）深化改革 before any correction');
    await settle();
    console.log(`    before: ${before.map((x) => `${x.level}:${x.text}`).join(' | ')}\n    screenshot: ${await wb.screenshot('corrections-before')}`);

    await page.locator('.editor-instance .monaco-editor .view-lines').first().click();
    await goTo(page, lineOf('改进服务'));
    await runCommand(page, 'Gangmu: Not a Heading');
    await goTo(page, lineOf('深化改革'));
    await runCommand(page, 'Gangmu: Promote Heading');
    await runCommand(page, 'Explorer: Focus on Outline View');
    const after = await rowsWhen(page, (r) => (r.find((x) => x.text.includes('深化改革'))?.level ?? 99) < reform.level);
    await settle();
    console.log(`    after: ${after.map((x) => `${x.level}:${x.text}`).join(' | ')}\n    screenshot: ${await wb.screenshot('corrections-after')}`);
    assert.equal(await correctionCount(page, '2'), '2', 'the status bar counts two corrections');
    assert.equal(after.find((x) => x.text.includes('深化改革'))?.level, reform.level - 1, 'Promote Heading moved 深化改革 one level up');
    assert.ok(after.some((x) => x.text.includes('强化保障')), 'other headings stay');

    await page.locator('.editor-instance .monaco-editor .view-lines').first().click();
    await runCommand(page, 'Gangmu: Undo Outline Correction');
    await runCommand(page, 'Explorer: Focus on Outline View');
    assert.equal(await correctionCount(page, '1'), '1', 'Undo took the last correction back');
    console.log(`    screenshot: ${await wb.screenshot('corrections-undone')}`);
  });
});
