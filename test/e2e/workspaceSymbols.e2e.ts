/**
 * Go to Symbol in Workspace (issue 12) as a user types it: `#` in the quick input (what Ctrl+T
 * opens). VS Code filters what the provider returns with its own fuzzy matcher on each name; this
 * checks that a Chinese substring in the middle of a heading survives it, that a query typed in
 * the other width (`(二)` for `（二）`) does too, and that each row names its document. Documents:
 * our own invented text. VS Code has no activation event for workspace symbols: Gangmu starts
 * when a document it reads is opened (or at start-up in a workspace holding `.speech` files), so
 * one document is opened first, as a reader would.
 */
import * as assert from 'node:assert/strict';
import { startWorkbench, type Workbench } from './harness';

const REPORT = ['青岚县工作报告', '', '一、过去一年的工作', '有关情况。', '（一）推进湖畔治理', '清理岸线。', '（二）扩大ＧＤＰ核算试点', '开展试点。', '二、今年的主要任务', '有关安排。'].join('\n');
const SPEECH = ['在白石镇座谈会上的讲话', '', '同志们：', '一、湖畔治理是头等大事', '要抓紧。', '二、关于民生', '办好教育。'].join('\n');

const rows = '.quick-input-widget .quick-input-list .monaco-list-row';
let shots = 0;

async function symbolRows(wb: Workbench, query: string, expect: (labels: string[]) => boolean, timeout = 30_000): Promise<{ labels: string[]; descriptions: string[] }> {
  const page = wb.page;
  const end = Date.now() + timeout;
  for (;;) {
    await page.locator('.monaco-workbench').first().focus().catch(() => undefined);
    await page.keyboard.press('F1');
    const box = page.locator('.quick-input-widget input.input');
    await box.waitFor({ state: 'visible', timeout: 5000 });
    await box.fill(`#${query}`);
    // The picker waits 200 ms after typing before it asks the providers.
    await page.waitForTimeout(1200);
    const labels = (await page.locator(`${rows} .label-name`).allInnerTexts()).map((s) => s.trim());
    const descriptions = (await page.locator(`${rows} .label-description`).allInnerTexts()).map((s) => s.trim());
    if (expect(labels) || Date.now() > end) {
      await wb.screenshot(`workspace-symbols-${++shots}`);
      await page.keyboard.press('Escape');
      return { labels, descriptions };
    }
    await page.keyboard.press('Escape');
    await page.waitForTimeout(1000);
  }
}

describe('e2e workspace symbols: Ctrl+T finds Chinese substrings across files (issue 12)', function () {
  this.timeout(180_000);
  let wb: Workbench;

  before(async () => {
    wb = await startWorkbench({ installVsix: false, workspace: 'samples', addFiles: { 'wsym/report.txt': REPORT, 'wsym/talk.speech': SPEECH }, files: ['wsym/report.txt'] });
  });

  after(async () => {
    await wb?.stop();
  });

  it('keeps headings whose middle holds the query, and shows their documents', async () => {
    const { labels, descriptions } = await symbolRows(wb, '湖畔治理', (l) => l.includes('（一）推进湖畔治理') && l.includes('一、湖畔治理是头等大事'));
    assert.ok(labels.includes('（一）推进湖畔治理'), `rows: ${JSON.stringify(labels)}`);
    assert.ok(labels.includes('一、湖畔治理是头等大事'), `rows: ${JSON.stringify(labels)}`);
    assert.ok(descriptions.some((d) => d.includes('report.txt') && d.includes('一、过去一年的工作')), `descriptions: ${JSON.stringify(descriptions)}`);
    assert.ok(descriptions.some((d) => d.includes('talk.speech')), `descriptions: ${JSON.stringify(descriptions)}`);
  });

  it('keeps a heading typed in the other width', async () => {
    const { labels } = await symbolRows(wb, '(二)扩大', (l) => l.some((x) => x.includes('扩大ＧＤＰ核算试点')));
    assert.deepEqual(labels.filter((x) => x.includes('扩大')), ['(二)扩大ＧＤＰ核算试点']);
  });
});
