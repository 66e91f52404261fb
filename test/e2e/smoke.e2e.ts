/**
 * The packaged extension, installed from the .vsix, works in the UI: the seed speech opens in the
 * `speech` language with Chinese text rendered, and our commands are in the palette.
 */
import * as assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { runCommand, startWorkbench, visibleEditorLines, type Workbench } from './harness';

describe('e2e smoke: packaged extension in code-server', () => {
  let wb: Workbench;

  before(async () => {
    wb = await startWorkbench({ files: ['seed.speech'] });
  });

  after(async () => {
    await wb?.stop();
  });

  it('opens the seed speech in the speech language with its Chinese text', async () => {
    const mode = wb.page.locator('.statusbar-item[id="status.editor.mode"]');
    await mode.waitFor({ state: 'visible' });
    // The status bar shows the language by its first alias.
    assert.match((await mode.innerText()).trim(), /讲话稿|Speech Transcript/);
    const lines = await visibleEditorLines(wb.page);
    assert.ok(lines.some((l) => l.includes('精选市委书记在作风建设大会上的讲话汇总')), `title line not visible: ${lines.slice(0, 3).join(' | ')}`);
    const shot = await wb.screenshot('smoke-seed-speech');
    assert.ok(existsSync(shot));
  });

  it('lists Gangmu commands in the palette and runs one', async () => {
    await runCommand(wb.page, 'Gangmu: Copy Outline as Markdown');
    // Whatever the command shows next (a depth picker or nothing), the workbench stays usable.
    await wb.page.keyboard.press('Escape');
    await wb.screenshot('smoke-after-command');
  });
});
