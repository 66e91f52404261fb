/**
 * The figures panel's folder mode through the UI: the 2017 and 2025 work reports of the reference
 * corpus, copied at test time into a folder of the workspace, compared with "Gangmu: Compare
 * Figures Across Files" from the explorer's context menu; one indicator chosen with the keyboard,
 * its line chart and table drawn, a chart point opening the report at the figure. Screenshot:
 * test-results/screenshots/figures-folder-chart.png (look at it). Skipped without the corpus.
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { corpusDir } from '../../scripts/corpus';
import { describeCorpus } from '../corpusGate';
import { cursorStatus, runCommand, screenshotDir, startWorkbench, webviewFrame, type Workbench } from './harness';

const REPORTS = ['01-gwr-2025-national.txt', '02-gwr-2017-wikisource.txt'];
const KEY = '国内生产总值|money|元';

async function panelShot(page: Page, name: string): Promise<string> {
  const path = join(screenshotDir, `${name}.png`);
  await page.locator('iframe.webview.ready').screenshot({ path });
  return path;
}

describeCorpus('figures across files (e2e): one indicator across the 2017 and 2025 work reports', function () {
  this.timeout(240_000);
  let wb: Workbench;

  before(async () => {
    const dir = corpusDir()!;
    const addFiles: Record<string, string> = {};
    for (const f of REPORTS) addFiles[`compare/${f}`] = readFileSync(join(dir, f), 'utf8');
    wb = await startWorkbench({ addFiles, settings: { 'workbench.colorTheme': 'Default Light Modern' }, viewport: { width: 1600, height: 950 } });
  });

  afterEach(async function () {
    // a failure leaves a picture of the window and what the page reported, to see why
    if (this.currentTest?.state !== 'failed' || !wb) return;
    console.log(`    failure screenshot: ${await wb.screenshot(`figures-folder-failed-${Date.now()}`)}; errors: ${wb.errors.join(' | ') || 'none'}`);
  });

  after(async () => {
    await wb?.stop();
  });

  it('compares the folder from the explorer and lists the indicators both reports give', async () => {
    const page = wb.page;
    await runCommand(page, 'View: Show Explorer');
    const row = page.locator('.explorer-folders-view .monaco-list-row', { has: page.locator('.label-name', { hasText: /^compare$/ }) }).first();
    await row.waitFor({ state: 'visible', timeout: 20_000 });
    // The menu holds the extension's entry once the extension host has read its contributions:
    // reopen it until the entry shows.
    const entry = page.locator('.context-view .action-label', { hasText: 'Gangmu: Compare Figures Across Files' }).first();
    const end = Date.now() + 60_000;
    for (;;) {
      await row.click({ button: 'right' });
      try {
        await entry.waitFor({ state: 'visible', timeout: 3000 });
        break;
      } catch {
        await page.keyboard.press('Escape');
        if (Date.now() > end) assert.fail('the explorer context menu never showed "Gangmu: Compare Figures Across Files"');
      }
    }
    // A click on a menu that has just opened is sometimes taken for the end of the right click
    // and the menu stays open with the entry highlighted: then the keyboard chooses it.
    await entry.click();
    const menu = page.locator('.context-view .monaco-menu');
    if (!(await menu.waitFor({ state: 'hidden', timeout: 3000 }).then(() => true, () => false))) {
      await entry.hover();
      await page.keyboard.press('Enter');
      await menu.waitFor({ state: 'hidden', timeout: 5000 });
    }
    const frame = webviewFrame(page);
    // (the webview and the worker's first read can take long on a loaded 2-core CI machine)
    await frame.locator('h1.folder', { hasText: 'compare' }).waitFor({ timeout: 90_000 });
    await frame.locator(`li[data-key="${KEY}"]`).waitFor({ timeout: 60_000 });
    const status = await frame.locator('.status').innerText();
    assert.match(status, /^2 documents, \d+ indicators$/, status);
    const badges = await frame.locator('.indicators li .badge').allInnerTexts();
    assert.ok(badges.length > 3 && badges.every((b) => b === '2'), `only indicators in both reports by default: ${badges.join(',')}`);
  });

  it('draws the chosen indicator as a line chart and a table, in date order, from the keyboard', async () => {
    const page = wb.page;
    const frame = webviewFrame(page);
    const item = frame.locator(`li[data-key="${KEY}"]`);
    await item.focus();
    await page.keyboard.press('Enter');
    await frame.locator('svg.line-chart .point').nth(1).waitFor({ timeout: 15_000 });
    assert.equal(await frame.locator('svg.line-chart .point').count(), 2);
    const axis = await frame.locator('svg.line-chart text.axis').evaluateAll((els) => els.map((e) => e.textContent ?? ''));
    // a time axis from 1 January 2017: a tick on each 1 January, the points placed by date
    const years = axis.filter((t) => /^\d{4}$/.test(t));
    assert.deepEqual(years, ['2017', '2018', '2019', '2020', '2021', '2022', '2023', '2024', '2025'], `x axis by year: ${axis.join(' | ')}`);
    const cx = await frame.locator('svg.line-chart .point circle').evaluateAll((els) => els.map((e) => Number(e.getAttribute('cx'))));
    assert.ok(cx[0] < cx[1], `points in date order: ${cx.join(', ')}`);
    const desc = await frame.locator('svg.line-chart desc').textContent();
    assert.match(desc ?? '', /2017-03-05 02-gwr-2017-wikisource\.txt: .*2025 01-gwr-2025-national\.txt: 134\.9万亿元/);
    const rows = await frame.locator('table.values tbody tr').allInnerTexts();
    assert.equal(rows.length, 2, rows.join('\n'));
    assert.match(rows[1], /134\.9万亿元/);
    const shot = await panelShot(page, 'figures-folder-chart');
    console.log(`    screenshot: ${shot}, ${await wb.screenshot('figures-folder-window')}`);
  });

  it('a chart point opens the report at the figure', async () => {
    const page = wb.page;
    const point = webviewFrame(page).locator('svg.line-chart .point').nth(1);
    await point.focus();
    await page.keyboard.press('Enter');
    await page.locator('.tabs-container .tab.active', { hasText: '01-gwr-2025-national.txt' }).waitFor({ timeout: 20_000 });
    const end = Date.now() + 10_000;
    let s = '';
    while (Date.now() < end) {
      s = await cursorStatus(page);
      if (/selected/.test(s)) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    assert.match(s, /Ln 12, Col \d+ \(8 selected\)/, s);
  });
});
