/**
 * Numbering checks as a writer meets them: squiggles in a draft, the findings in the Problems
 * panel (source gangmu, codes GM001/GM004), the renumber quick fix and its undo, and our headings
 * beside VS Code's own Markdown outline. Screenshots: test-results/screenshots/checks-*.png.
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { repoRoot } from '../codeServer';
import { goTo, openFile, outlineRows, runCommand, startWorkbench, visibleEditorLines, type Workbench } from './harness';

const DRAFT = 'fixtures/draft-numbering.txt';
const draftLines = readFileSync(join(repoRoot, 'test', 'fixtures', 'draft-numbering.txt'), 'utf8').split('\n');
/** 1-based line of the marker that skips a number (四、 after 二、), found in the fixture, not hard-coded. */
const gapLine = draftLines.findIndex((l) => l.startsWith('四、')) + 1;

async function settle(ms = 600): Promise<void> {
  await new Promise((r) => setTimeout(r, ms));
}

async function focusEditor(page: Page): Promise<void> {
  await page.locator('.editor-instance .monaco-editor .view-lines').first().click();
}

/** Waits until the editor's rendered lines satisfy `ok`, returns them. */
async function linesWhen(page: Page, ok: (lines: string[]) => boolean, timeout = 10_000): Promise<string[]> {
  const end = Date.now() + timeout;
  let lines = await visibleEditorLines(page);
  while (!ok(lines) && Date.now() < end) {
    await settle(200);
    lines = await visibleEditorLines(page);
  }
  return lines;
}

describe('e2e checks: squiggles, Problems panel, quick fix and outline groups', function () {
  this.timeout(180_000);
  let wb: Workbench;

  before(async () => {
    wb = await startWorkbench({ files: [DRAFT], viewport: { width: 1500, height: 950 } });
  });

  after(async () => {
    await wb?.stop();
  });

  it('shows squiggles and the findings in the Problems panel with source gangmu and their codes', async () => {
    const page = wb.page;
    const squiggles = page.locator('.editor-instance .monaco-editor .squiggly-error, .editor-instance .monaco-editor .squiggly-warning');
    await squiggles.first().waitFor({ state: 'attached', timeout: 20_000 });
    assert.ok((await page.locator('.editor-instance .monaco-editor .squiggly-error').count()) >= 1, 'an error squiggle (GM001)');
    assert.ok((await page.locator('.editor-instance .monaco-editor .squiggly-warning').count()) >= 1, 'a warning squiggle (GM004)');

    await runCommand(page, 'View: Focus Problems (Errors, Warnings, Infos)');
    const rows = page.locator('.markers-panel .monaco-list-row');
    await rows.filter({ hasText: 'GM001' }).first().waitFor({ state: 'visible', timeout: 15_000 });
    await settle();
    const texts = await rows.evaluateAll((els) => els.map((e) => (e.textContent ?? '').replace(/\s+/g, ' ').trim()));
    const shot = await wb.screenshot('checks-problems-panel');
    console.log(`    problems rows:\n      ${texts.join('\n      ')}\n    screenshot: ${shot}`);
    const gm001 = texts.find((t) => t.includes('GM001'));
    const gm004 = texts.find((t) => t.includes('GM004'));
    assert.ok(gm001, 'a GM001 row');
    assert.ok(gm004, 'a GM004 row');
    assert.match(gm001, /gangmu/, 'GM001 comes from source gangmu');
    assert.match(gm004, /gangmu/, 'GM004 comes from source gangmu');
    assert.match(gm001, new RegExp(`Ln ${gapLine}\\b`), `GM001 sits on line ${gapLine}`);
    assert.match(gm001, /四、/, 'the GM001 message names the marker');
    assert.match(gm004, /（一）/, 'the GM004 message names the bracketed marker');
  });

  it('renumbers 四、 to 三、 from the quick fix menu, changing nothing else, and Undo restores it', async () => {
    const page = wb.page;
    await focusEditor(page);
    await page.keyboard.press('Control+Home');
    const before = await visibleEditorLines(page);
    assert.ok(before.length >= draftLines.length - 1, `the whole draft is on screen (${before.length} lines)`);
    assert.ok(before[gapLine - 1].startsWith('四、'), `line ${gapLine} shows 四、: ${before[gapLine - 1]}`);

    await goTo(page, gapLine, 1);
    await page.keyboard.press('Control+Period');
    const menu = page.locator('.action-widget');
    const renumber = menu.locator('.monaco-list-row', { hasText: 'Renumber this run' }).first();
    await renumber.waitFor({ state: 'visible', timeout: 15_000 });
    await settle(300);
    const items = await menu.locator('.monaco-list-row').allInnerTexts();
    const shot = await wb.screenshot('checks-quick-fix-menu');
    console.log(`    quick fix menu: ${items.map((s) => s.replace(/\s+/g, ' ').trim()).join(' | ')}\n    screenshot: ${shot}`);
    // The menu sits above a pointer block: choose with the keyboard, as a writer does.
    for (let i = 0; i < items.length && !(await renumber.evaluate((e) => e.classList.contains('focused'))); i++) {
      await page.keyboard.press('ArrowDown');
    }
    await page.keyboard.press('Enter');
    await menu.waitFor({ state: 'hidden', timeout: 5000 }).catch(() => undefined);
    await page.keyboard.press('Control+Home');

    const after = await linesWhen(page, (l) => l[gapLine - 1]?.startsWith('三、'));
    // The gap is gone from the Problems panel once the checks rerun; the stray 、 is still reported.
    const problems = page.locator('.markers-panel .monaco-list-row');
    await problems.filter({ hasText: 'GM001' }).first().waitFor({ state: 'detached', timeout: 15_000 });
    await problems.filter({ hasText: 'GM004' }).first().waitFor({ state: 'visible', timeout: 5000 });
    await settle(300);
    const shotAfter = await wb.screenshot('checks-after-renumber');
    console.log(`    line ${gapLine} after the fix: ${after[gapLine - 1]}\n    screenshot: ${shotAfter}`);
    assert.equal(after[gapLine - 1], before[gapLine - 1].replace(/^四、/, '三、'), 'the gap marker is renumbered, its title kept');
    assert.equal(after.length, before.length, 'no line added or removed');
    for (let i = 0; i < before.length; i++) if (i !== gapLine - 1) assert.equal(after[i], before[i], `line ${i + 1} unchanged`);

    await focusEditor(page);
    await page.keyboard.press('Control+Z');
    await page.keyboard.press('Control+Home');
    const undone = await linesWhen(page, (l) => l[gapLine - 1]?.startsWith('四、'));
    assert.deepEqual(undone, before, 'Undo restores the draft exactly');
    await problems.filter({ hasText: 'GM001' }).first().waitFor({ state: 'visible', timeout: 15_000 });
  });

  it('shows VS Code Markdown outline and the Gangmu headings group side by side', async () => {
    const page = wb.page;
    await runCommand(page, 'View: Close All Editors');
    await runCommand(page, 'View: Hide Panel');
    // Collapse the file list so the Outline view gets the sidebar's height.
    await page.locator('.pane-header', { hasText: /^\s*workspace/i }).first().click().catch(() => undefined);
    await openFile(page, '08-spc-enforcement-provisions.md');
    // The Markdown extension activates on opening the file, after ours: the Outline view first
    // shows our symbols alone and regroups when the second provider answers.
    const ours = 'Gangmu headings';
    let groups = await outlineRows(page);
    for (const end = Date.now() + 20_000; !groups.includes(ours) && Date.now() < end; ) {
      await settle(1000);
      groups = await outlineRows(page);
    }
    // Group rows have no .label-name: match the row's text.
    const row = (label: string) => page.locator('.pane-body.outline-pane .monaco-list-row', { hasText: label }).first();
    const expanded = async (label: string) => (await row(label).getAttribute('aria-expanded')) === 'true';
    const toggle = async (label: string) => {
      await row(label).click();
      await page.keyboard.press('Space');
      await settle(500);
    };
    // An open group can push the other below the rendered rows: start with ours closed.
    if (groups.includes(ours) && (await expanded(ours))) {
      await toggle(ours);
      groups = await outlineRows(page);
    }
    console.log(`    outline top rows: ${groups.join(' | ')}`);
    const theirs = groups.find((g) => g !== ours && /markdown/i.test(g));
    assert.ok(groups.includes(ours), `our group row in ${JSON.stringify(groups)}`);
    assert.ok(theirs, `VS Code's Markdown group row in ${JSON.stringify(groups)}`);

    // One group open at a time, so each one's first rows are rendered.
    if (await expanded(theirs!)) await toggle(theirs!);
    if (!(await expanded(ours))) await toggle(ours);
    const oursRows = await outlineRows(page);
    const shotOurs = await wb.screenshot('checks-outline-gangmu-group');
    await toggle(ours);
    await toggle(theirs!);
    // The Markdown group nests everything under the document's `# ` title: open that too.
    const title = page.locator('.pane-body.outline-pane .monaco-list-row[aria-level="2"][aria-expanded="false"]').first();
    if (await title.count()) {
      await title.click();
      await page.keyboard.press('Space');
      await settle(500);
    }
    const theirRows = await outlineRows(page);
    const shotTheirs = await wb.screenshot('checks-outline-markdown-group');
    console.log(`    ${ours}: ${oursRows.slice(0, 16).join(' | ')}\n    ${theirs}: ${theirRows.slice(0, 16).join(' | ')}`);
    console.log(`    screenshots: ${shotOurs} ${shotTheirs}`);
    assert.ok(oursRows.some((r) => /^一、/.test(r)), 'our group shows the numbered heading 一、');
    assert.ok(oursRows.some((r) => /^二、/.test(r)), 'our group shows the numbered heading 二、');
    assert.ok(theirRows.some((r) => /一、/.test(r)), "VS Code's Markdown group shows the ## 一、 heading");
  });
});
