/**
 * The figures panel through the UI: "Gangmu: Extract Figures" from the palette shows one row per
 * figure the CLI finds, a click selects the figure in the editor, the keyboard works, the kind
 * chips filter, a reload restores the panel, a document full of HTML and script text shows it as
 * text and runs nothing, and the table and chart are photographed in dark, light and high-contrast
 * themes (test-results/screenshots/figures-*.png: look at them).
 */
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { openFile, runCommand, screenshotDir, startWorkbench, webviewFrame, type Workbench, waitForCursorStatus } from './harness';

interface CliFigure {
  line: number;
  col: number;
  text: string;
  kind: string;
  zone: string;
}

import { repoRoot } from '../codeServer';

/** The CLI's figures of a file; without `all`, those the panel shows by default (not page furniture). */
function cliFigures(file: string, all = false): CliFigure[] {
  const out = execFileSync(process.execPath, [join(repoRoot, 'dist', 'cli.js'), 'figures', file, '--json'], { encoding: 'utf8' });
  return (JSON.parse(out) as { figures: CliFigure[] }).figures.filter((f) => all || f.zone !== 'furniture');
}

async function settle(ms = 500): Promise<void> {
  await new Promise((r) => setTimeout(r, ms));
}

/** The webview's inner document as a Playwright Frame (for evaluate). */
async function webviewDocument(page: Page): Promise<Frame> {
  const outer = await (await page.waitForSelector('iframe.webview.ready')).contentFrame();
  assert.ok(outer, 'webview host frame');
  const inner = await (await outer.waitForSelector('#active-frame')).contentFrame();
  assert.ok(inner, 'webview content frame');
  return inner;
}

async function panelShot(page: Page, name: string): Promise<string> {
  const path = join(screenshotDir, `${name}.png`);
  await page.locator('iframe.webview.ready').screenshot({ path });
  return path;
}

/** Waits for the panel to show `file` with `count` rows. */
async function waitForRows(page: Page, file: string, count: number): Promise<void> {
  const frame = webviewFrame(page);
  await frame.locator('h1.file', { hasText: file }).waitFor({ timeout: 20_000 });
  const end = Date.now() + 20_000;
  let n = -1;
  while (Date.now() < end) {
    n = await frame.locator('tr[data-line]').count();
    if (n === count) return;
    await settle(100);
  }
  assert.fail(`expected ${count} rows for ${file}, saw ${n}`);
}

// An invented news page: site head, breadcrumb, headline, metadata, buttons, article, footer with codes.
const PAGE = [
  '松岭县人民政府网', '首页', '当前位置：首页 > 政务公开 > 工作动态', '松岭县召开春耕生产调度会',
  '来源：县农业农村局', '发布时间：2031-04-10 09:30', '【打印】【关闭】',
  '4月9日，松岭县召开春耕生产调度会。会议通报，全县已完成春播面积12.6万亩，同比增长3.2%，备足化肥1.8万吨。',
  '会议要求，各乡镇要抓住农时，确保5月底前全面完成春播任务，粮食播种面积稳定在45万亩以上。',
  '主办单位：松岭县人民政府办公室', '网站标识码：4409000012', '备案号：松ICP备00000002号-1', '联系电话：0668-1234567', '',
].join('\n');

const XSS = [
  '一、<script>window.__xss=1;alert(1)</script>总体情况',
  '地区生产总值<img src=x onerror="window.__xss=2;alert(2)">达到70.6亿元，同比增长5%。',
  '二、<svg onload="window.__xss=3"><script>window.__xss=31</script></svg>投资',
  '完成投资<b onmouseover="window.__xss=4">12亿元</b>，<iframe src="javascript:window.__xss=5"></iframe>占比30%。',
  '"><script>window.__xss=6</script><style>body{display:none}</style>常住人口1256万人，&lt;b&gt;增加3.2%。',
  '',
].join('\n');

describe('figures panel (e2e): dark theme, 01 and a hostile document', function () {
  this.timeout(180_000);
  let wb: Workbench;
  const dialogs: string[] = [];

  before(async () => {
    wb = await startWorkbench({
      files: ['01-gwr-2025-national.txt'],
      addFiles: { 'hostile.txt': XSS, 'page.txt': PAGE },
      settings: { 'workbench.colorTheme': 'Default Dark Modern' },
      viewport: { width: 1600, height: 950 },
    });
    wb.page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
  });

  after(async () => {
    await wb?.stop();
  });

  it('lists every figure the CLI finds, one row each, at the same line and column', async () => {
    const expected = cliFigures(join(wb.workspace, '01-gwr-2025-national.txt'));
    assert.ok(expected.length > 0);
    await runCommand(wb.page, 'Gangmu: Extract Figures');
    await waitForRows(wb.page, '01-gwr-2025-national.txt', expected.length);
    const rows = await webviewFrame(wb.page)
      .locator('tr[data-line]')
      .evaluateAll((els) => els.map((e) => `${e.getAttribute('data-line')}:${e.getAttribute('data-col')}:${e.querySelector('.figure')?.textContent}`));
    assert.deepEqual(rows, expected.map((f) => `${f.line}:${f.col}:${f.text}`));
    const status = await webviewFrame(wb.page).locator('.count').innerText();
    assert.ok(status.includes(String(expected.length)), status);
    const shot = await wb.screenshot('figures-table-dark');
    console.log(`    ${rows.length} rows; screenshots: ${shot}, ${await panelShot(wb.page, 'figures-table-dark-panel')}`);
  });

  it('a click on a row selects the figure in the editor', async () => {
    const row = webviewFrame(wb.page).locator('tr[data-line]').nth(20);
    const line = Number(await row.getAttribute('data-line'));
    const col = Number(await row.getAttribute('data-col'));
    const text = (await row.locator('.figure').innerText()).trim();
    await row.click();
    // The status bar shows the cursor, which ends up at the end of the selected figure.
    const expected = `Ln ${line}, Col ${col + 1 + text.length} (${text.length} selected)`;
    const status = await waitForCursorStatus(wb.page, expected);
    console.log(`    clicked ${line}:${col} ${text} → ${status}`);
    assert.equal(status, expected);
  });

  it('the keyboard moves between rows and Enter selects', async () => {
    const frame = webviewFrame(wb.page);
    // The row click before this left the focus in the editor; a click on the panel's heading (which
    // reveals nothing) gives the webview the keyboard, as a user's click would.
    await frame.locator('h1.file').click();
    const current = frame.locator('tr[data-line][tabindex="0"]');
    await current.focus();
    await current.press('ArrowDown');
    const next = frame.locator('tr[data-line][tabindex="0"]');
    const line = Number(await next.getAttribute('data-line'));
    const col = Number(await next.getAttribute('data-col'));
    const text = (await next.locator('.figure').innerText()).trim();
    await next.press('Enter');
    const expected = `Ln ${line}, Col ${col + 1 + text.length} (${text.length} selected)`;
    assert.equal(await waitForCursorStatus(wb.page, expected), expected);
  });

  it('sorts by value and filters by kind', async () => {
    const frame = webviewFrame(wb.page);
    const expected = cliFigures(join(wb.workspace, '01-gwr-2025-national.txt'));
    await frame.locator('.chip[data-kind="money"]').click();
    await settle(300);
    const money = expected.filter((f) => f.kind === 'money').length;
    assert.equal(await frame.locator('tr[data-line]').count(), money);
    await frame.locator('th.col-value button').click();
    await settle(300);
    assert.equal(await frame.locator('th.col-value').getAttribute('aria-sort'), 'ascending');
    const values = await frame.locator('tr[data-line] .value').evaluateAll((els) => els.map((e) => Number((e.textContent ?? '').split('–')[0].replace(/,/g, ''))));
    const numbers = values.filter((v) => Number.isFinite(v));
    assert.deepEqual(numbers, [...numbers].sort((a, b) => a - b), 'ascending by value');
    await wb.screenshot('figures-money-sorted-dark');
    await frame.locator('.chip[data-kind=""]').click();
    await frame.locator('th.col-line button').click();
    await settle(300);
    assert.equal(await frame.locator('tr[data-line]').count(), expected.length);
  });

  it('shows the chart of money and percentages by section', async () => {
    const frame = webviewFrame(wb.page);
    await frame.locator('#tab-chart').click();
    await frame.locator('li.bar-row').first().waitFor();
    const bars = await frame.locator('li.bar-row').count();
    const groups = await frame.locator('h3.group').count();
    const shot = await wb.screenshot('figures-chart-dark');
    console.log(`    ${bars} bars in ${groups} groups; screenshots: ${shot}, ${await panelShot(wb.page, 'figures-chart-dark-panel')}`);
    assert.ok(bars > 0 && groups > 0);
    await frame.locator('#tab-table').click();
  });

  it('shows HTML and script text in a document as text and runs none of it', async () => {
    // Open it where the document is, not in the panel's group (Quick Open uses the active group).
    await runCommand(wb.page, 'View: Focus First Editor Group');
    await openFile(wb.page, 'hostile.txt');
    const expected = cliFigures(join(wb.workspace, 'hostile.txt'));
    assert.ok(expected.length >= 4, `figures around the markup: ${expected.length}`);
    await waitForRows(wb.page, 'hostile.txt', expected.length);
    const doc = await webviewDocument(wb.page);
    const report = await doc.evaluate(() => ({
      xss: (window as unknown as { __xss?: unknown }).__xss ?? null,
      // VS Code adds its own script and default styles to every webview; count only elements
      // that carry something from the document.
      scripts: Array.from(document.scripts).filter((e) => /__xss|alert/.test(e.textContent ?? '')).length,
      ownScript: Array.from(document.scripts).filter((e) => /media\/figures\.js$/.test(e.getAttribute('src') ?? '')).length,
      imgs: document.images.length,
      svgs: document.querySelectorAll('svg:not(.bar)').length,
      iframes: document.querySelectorAll('iframe').length,
      styles: Array.from(document.querySelectorAll('style')).filter((e) => /display\s*:\s*none/.test(e.textContent ?? '')).length,
      bodyShown: getComputedStyle(document.body).display !== 'none',
      cells: Array.from(document.querySelectorAll('td')).map((td) => td.textContent ?? '').join('\n'),
      titles: Array.from(document.querySelectorAll('[title]')).map((e) => e.getAttribute('title')).join('\n'),
    }));
    const shot = await wb.screenshot('figures-hostile-dark');
    console.log(`    ${JSON.stringify({ ...report, cells: undefined, titles: undefined })}; screenshot: ${shot}`);
    assert.equal(report.xss, null, 'no injected code ran');
    assert.equal(report.scripts, 0, 'no script from the document');
    assert.equal(report.ownScript, 1, 'the panel script');
    assert.equal(report.imgs, 0);
    assert.equal(report.svgs, 0);
    assert.equal(report.iframes, 0);
    assert.equal(report.styles, 0);
    assert.ok(report.bodyShown);
    assert.ok(/<script>|<img|<svg|<iframe/.test(report.cells + report.titles), 'the markup is visible as text');
    // Hover the rows and the chart bars too: event-handler attributes must not exist anywhere.
    const frame = webviewFrame(wb.page);
    for (const tr of await frame.locator('tr[data-line]').all()) await tr.hover();
    await frame.locator('#tab-chart').click();
    await settle(300);
    await panelShot(wb.page, 'figures-hostile-chart-dark-panel');
    const after = await doc.evaluate(() => ({
      xss: (window as unknown as { __xss?: unknown }).__xss ?? null,
      handlers: Array.from(document.querySelectorAll('*')).filter((e) => Array.from(e.attributes).some((a) => /^on/i.test(a.name))).length,
    }));
    assert.deepEqual(after, { xss: null, handlers: 0 });
    assert.equal(await wb.page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss ?? null), null, 'nothing ran in the workbench');
    assert.deepEqual(dialogs, [], 'no alert dialog');
    await frame.locator('#tab-table').click();
    assert.deepEqual(wb.errors.filter((e) => /Content Security Policy|Refused/.test(e)), [], 'no CSP violations');
  });

  it('comes back after the window reloads (serializer)', async () => {
    const expected = cliFigures(join(wb.workspace, 'hostile.txt'));
    // Through the command, so the workbench saves its editor state first (a bare page reload
    // in the browser does not wait for that).
    await runCommand(wb.page, 'Developer: Reload Window');
    await wb.page.waitForLoadState('load');
    await settle(2000);
    await wb.page.locator('.monaco-workbench').waitFor({ timeout: 30_000 });
    await waitForRows(wb.page, 'hostile.txt', expected.length);
    const shot = await wb.screenshot('figures-after-reload-dark');
    console.log(`    restored with ${expected.length} rows; screenshot: ${shot}`);
  });

  it('hides figures in page furniture until the Page furniture chip is pressed', async () => {
    await runCommand(wb.page, 'View: Focus First Editor Group');
    await openFile(wb.page, 'page.txt');
    const all = cliFigures(join(wb.workspace, 'page.txt'), true);
    const content = cliFigures(join(wb.workspace, 'page.txt'));
    const furniture = all.length - content.length;
    assert.ok(content.length >= 5 && furniture >= 2, `content ${content.length}, furniture ${furniture}`);
    await waitForRows(wb.page, 'page.txt', content.length);
    const frame = webviewFrame(wb.page);
    const chip = frame.locator('#toggle-furniture');
    assert.equal(await chip.getAttribute('aria-pressed'), 'false');
    assert.ok((await chip.innerText()).includes(String(furniture)));
    await chip.click();
    await waitForRows(wb.page, 'page.txt', all.length);
    assert.equal(await frame.locator('#toggle-furniture').getAttribute('aria-pressed'), 'true');
    const shot = await panelShot(wb.page, 'figures-furniture-shown-dark-panel');
    await frame.locator('#toggle-furniture').click();
    await waitForRows(wb.page, 'page.txt', content.length);
    console.log(`    ${content.length} rows, ${furniture} more with page furniture; screenshot: ${shot}`);
  });
});

for (const [theme, name] of [
  ['Default Light Modern', 'light'],
  ['Default High Contrast', 'hc'],
] as const) {
  describe(`figures panel (e2e): ${name} theme screenshots`, function () {
    this.timeout(180_000);
    let wb: Workbench;

    before(async () => {
      wb = await startWorkbench({
        files: ['01-gwr-2025-national.txt'],
        settings: { 'workbench.colorTheme': theme },
        viewport: { width: 1600, height: 950 },
      });
    });

    after(async () => {
      await wb?.stop();
    });

    it(`renders the table and the chart in ${theme}`, async () => {
      const expected = cliFigures(join(wb.workspace, '01-gwr-2025-national.txt'));
      await runCommand(wb.page, 'Gangmu: Extract Figures');
      await waitForRows(wb.page, '01-gwr-2025-national.txt', expected.length);
      const table = await wb.screenshot(`figures-table-${name}`);
      await panelShot(wb.page, `figures-table-${name}-panel`);
      const frame = webviewFrame(wb.page);
      await frame.locator('#tab-chart').click();
      await frame.locator('li.bar-row').first().waitFor();
      const chart = await wb.screenshot(`figures-chart-${name}`);
      await panelShot(wb.page, `figures-chart-${name}-panel`);
      console.log(`    screenshots: ${table}, ${chart}`);
      // Bars use the theme's colours: a fill must differ from the background it sits on.
      const colours = await (await webviewDocument(wb.page)).evaluate(() => {
        const fill = document.querySelector('svg.bar .fill');
        return { fill: fill ? getComputedStyle(fill).fill : '', background: getComputedStyle(document.body).backgroundColor };
      });
      assert.ok(colours.fill && colours.fill !== colours.background, JSON.stringify(colours));
    });
  });
}

describe('figures panel (e2e): Chinese display language', function () {
  this.timeout(180_000);
  let wb: Workbench;

  before(async () => {
    wb = await startWorkbench({ files: ['01-gwr-2025-national.txt'], locale: 'zh-cn', viewport: { width: 1600, height: 950 } });
  });

  after(async () => {
    await wb?.stop();
  });

  it('shows the panel, its kinds and its title in Chinese', async () => {
    const expected = cliFigures(join(wb.workspace, '01-gwr-2025-national.txt'));
    await runCommand(wb.page, '纲目：提取数据');
    await waitForRows(wb.page, '01-gwr-2025-national.txt', expected.length);
    const frame = webviewFrame(wb.page);
    const chips = await frame.locator('.chip .chip-label').allInnerTexts();
    const tab = await wb.page.locator('.tabs-container .tab', { hasText: '数据 — 01-gwr-2025-national.txt' }).count();
    const shot = await wb.screenshot('figures-table-zh');
    await frame.locator('#tab-chart').click();
    await frame.locator('li.bar-row').first().waitFor();
    await panelShot(wb.page, 'figures-chart-zh-panel');
    console.log(`    chips: ${chips.join(' ')}; screenshot: ${shot}`);
    assert.ok(chips.includes('金额') && chips.includes('百分比'), chips.join(' '));
    assert.equal(tab, 1, 'the panel tab is titled 数据 — <file>');
    assert.equal(await frame.locator('#tab-table').innerText(), '表格');
  });
});
