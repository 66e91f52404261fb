/**
 * A Word file opened from Quick Open as a reader would (issue 11): the default editor for .docx
 * shows its text read-only, numbering rendered, and the Outline view shows its parts. Screenshot:
 * test-results/screenshots/docx-outline.png.
 */
import * as assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { makeDocx } from '../docxFixtures';
import { runCommand, startWorkbench, visibleEditorLines, type Workbench } from './harness';

async function settle(ms = 600): Promise<void> {
  await new Promise((r) => setTimeout(r, ms));
}

async function rows(page: Page): Promise<Array<{ text: string; level: number }>> {
  const list = page.locator('.pane-body.outline-pane .monaco-list-row');
  await list.first().waitFor({ state: 'visible', timeout: 15_000 });
  return list.evaluateAll((els) =>
    els.map((e) => ({ text: (e.querySelector('.label-name')?.textContent ?? e.textContent ?? '').trim(), level: Number(e.getAttribute('aria-level') ?? '0') })),
  );
}

describe('e2e open as text: a Word file with its Outline', function () {
  this.timeout(180_000);
  let wb: Workbench;

  before(async () => {
    const docx = await makeDocx({
      items: [
        { text: '戊市关于推进便民服务的实施意见' },
        { text: '为方便群众办事，结合本市实际，提出如下意见。' },
        { text: '总体要求', level: 0 },
        { text: '坚持需求导向，到明年底办理时限压减30%。' },
        { text: '指导思想', level: 1 },
        { text: '以群众满意为标准。' },
        { text: '工作目标', level: 1 },
        { text: '一窗受理', level: 2 },
        { text: '限时办结', level: 2 },
        { text: '主要任务', level: 0 },
        { text: '优化流程', level: 1 },
        { table: [['序号', '事项', '时限（天）'], ['1', '登记', '3'], ['2', '审核', '5'], ['3', '发证', '2']] },
        { text: '强化保障', level: 1 },
        { text: '组织实施', level: 0 },
      ],
    });
    wb = await startWorkbench({ addFiles: { '便民服务.docx': docx }, files: ['便民服务.docx'], viewport: { width: 1400, height: 900 } });
  });

  after(async () => {
    await wb?.stop();
  });

  it('opens the .docx as text and shows its outline', async () => {
    const page = wb.page;
    await runCommand(page, 'Explorer: Focus on Outline View');
    const end = Date.now() + 20_000;
    let r = await rows(page);
    while (!r.some((x) => x.text.includes('一窗受理')) && Date.now() < end) {
      await settle(300);
      r = await rows(page);
    }
    const lines = await visibleEditorLines(page);
    console.log(`    outline: ${r.map((x) => `${x.level}:${x.text}`).join(' | ')}\n    screenshot: ${await wb.screenshot('docx-outline')}`);
    assert.ok(lines.some((l) => l.includes('一、总体要求')), `editor shows the numbering: ${lines.slice(0, 6).join(' / ')}`);
    const byText = (t: string) => r.find((x) => x.text.includes(t));
    // The Outline view lists the rows it has room for: the title and the first part's levels.
    assert.equal(byText('实施意见')?.level, 1);
    assert.equal(byText('总体要求')?.level, 2);
    assert.equal(byText('指导思想')?.level, 3);
    assert.equal(byText('一窗受理')?.level, 4);
    // The tab is the file's name; the document cannot be edited.
    await page.locator('.tabs-container .tab.active', { hasText: '便民服务.docx' }).waitFor({ state: 'visible', timeout: 5000 });
    assert.deepEqual(wb.errors, []);
  });
});
