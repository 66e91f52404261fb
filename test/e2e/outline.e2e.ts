/**
 * Reading a speech through the UI: the Outline view lists the headings as written and nested,
 * "Fold Level 1" leaves the speech titles, and the navigation keybinding moves the cursor to the
 * next heading. Screenshots go to test-results/screenshots/outline-*.png (look at them).
 */
import * as assert from 'node:assert/strict';
import { cursorStatus, outlineRows, runCommand, startWorkbench, visibleEditorLines, type Workbench } from './harness';

const TITLES = ['精选市委书记在作风建设大会上的讲话汇总一', '精选市委书记在作风建设大会上的讲话汇总二', '精选市委书记在作风建设大会上的讲话汇总三'];

async function settle(ms = 800): Promise<void> {
  await new Promise((r) => setTimeout(r, ms));
}

describe('e2e outline: the seed speech in the Outline view and folded', function () {
  this.timeout(180_000);
  let wb: Workbench;

  before(async () => {
    wb = await startWorkbench({ files: ['seed.speech'], viewport: { width: 1500, height: 950 } });
  });

  after(async () => {
    await wb?.stop();
  });

  it('shows the headings as written in the Outline view, titles first', async () => {
    // Collapse the file list so the Outline view gets the sidebar's height.
    await wb.page.locator('.pane-header', { hasText: /^\s*workspace/i }).first().click().catch(() => undefined);
    const rows = await outlineRows(wb.page);
    await settle();
    const again = await outlineRows(wb.page);
    const shot = await wb.screenshot('outline-view-seed');
    console.log(`    outline rows (${again.length} rendered): ${again.slice(0, 12).join(' | ')}`);
    console.log(`    screenshot: ${shot}`);
    assert.ok(rows.length > 5, `only ${rows.length} rows`);
    assert.ok(again.some((r) => r.startsWith('精选市委书记在作风建设大会上的讲话汇总')), 'a speech title row');
    assert.ok(again.some((r) => /^[一二三四五六七八九十]+是/.test(r)), 'a 一是 row, marker and title as written');
    assert.ok(!again.some((r) => /一方面|一以贯之/.test(r)), 'no idiom rows');
  });

  it('"Fold Level 1" folds every speech down to its title', async () => {
    await wb.page.locator('.editor-instance .monaco-editor .view-lines').first().click();
    await wb.page.keyboard.press('Control+Home');
    const before = await visibleEditorLines(wb.page);
    await runCommand(wb.page, 'Fold Level 1');
    await settle();
    const lines = (await visibleEditorLines(wb.page)).filter((l) => l.trim());
    const shot = await wb.screenshot('outline-fold-level-1');
    console.log(`    after Fold Level 1, ${lines.length} visible lines:\n      ${lines.map((l) => l.slice(0, 40)).join('\n      ')}`);
    console.log(`    screenshot: ${shot}`);
    for (const t of TITLES) assert.ok(lines.some((l) => l.includes(t)), `title visible after folding: ${t}`);
    assert.ok(lines.length < 12, `folding left ${lines.length} lines (before: ${before.length})`);
    await runCommand(wb.page, 'Unfold All');
  });

  it('the next-heading keybinding moves the cursor onto a heading marker', async () => {
    await wb.page.locator('.editor-instance .monaco-editor .view-lines').first().click();
    await wb.page.keyboard.press('Control+Home');
    const start = await cursorStatus(wb.page);
    await wb.page.keyboard.press('Control+Alt+BracketRight');
    await settle(400);
    const first = await cursorStatus(wb.page);
    await wb.page.keyboard.press('Control+Alt+BracketRight');
    await wb.page.keyboard.press('Control+Alt+BracketRight');
    await settle(400);
    const third = await cursorStatus(wb.page);
    const shot = await wb.screenshot('outline-next-heading');
    console.log(`    cursor: ${start} → ${first} → ${third}; screenshot: ${shot}`);
    assert.notEqual(first, start);
    assert.notEqual(third, first);
  });
});
