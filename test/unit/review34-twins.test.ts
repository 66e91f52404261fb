import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { codeHtmlText, concatenatedHtmlText } from '../../src/core/outline/codeStrings';

/** Code written once where it stood twice (review34): what each place gave before, pinned. */
describe('review34: twins made one, output as before', () => {
  it('both code-string readers blank all but the kept strings, every offset and line break in place', () => {
    const js = [
      'module.exports = {',
      '  id: 12,',
      '  author: "办公室",',
      '  title: "会员管理办法",',
      '  summary: "为规范会员管理，根据章程制定本办法，现予发布，请遵照执行。",',
      '  content: `<div class="pages_content">',
      '<p>　　一、本办法适用于全体会员。</p>',
      '<p>　　二、会员应当遵守章程。</p>',
      '<p>　　三、会员享有章程规定的各项权利，并履行相应义务。</p>',
      '<p>　　四、本办法自发布之日起施行，由办公室负责解释。</p>',
      '</div>`,',
      '};',
      '',
    ].join('\n');
    const view = codeHtmlText(js)!;
    assert.equal(view.length, js.length);
    assert.deepEqual(view.split('\n').map((l) => l.length), js.split('\n').map((l) => l.length));
    const from = js.indexOf('<div');
    const to = js.indexOf('`,');
    assert.equal(view.slice(from, to), js.slice(from, to));
    assert.equal(view.slice(0, from).trim(), '');
    assert.equal(view.slice(to).trim(), '');

    const java = [
      'String page = "<div class=\\"doc\\">" +',
      '  "<p>一、总体要求</p>" +',
      '  "<p>二、主要任务</p>" +',
      '  "<p>三、保障措施</p>" +',
      '  "</div>";',
      'return page;',
    ].join('\n');
    const v2 = concatenatedHtmlText(java)!;
    assert.equal(v2.length, java.length);
    assert.equal(v2.split('\n')[1].trim(), '<p>一、总体要求</p>');
    assert.equal(v2.split('\n')[5].trim(), '');
  });

  it('the CLI refuses a value given to a flag that takes none, naming the flag', () => {
    const cli = join(resolve(__dirname, '..', '..', '..'), 'dist', 'cli.js');
    const dir = mkdtempSync(join(tmpdir(), 'gm-r34-'));
    try {
      const f = join(dir, 'a.txt');
      writeFileSync(f, '一、总则\n');
      for (const flag of ['--json', '--csv', '--timings', '--no-corrections', '--by-indicator']) {
        const r = spawnSync(process.execPath, [cli, 'figures', `${flag}=1`, f], { env: { ...process.env, LANG: 'en_US.UTF-8', LC_ALL: '' } });
        assert.equal(r.status, 2, flag);
        assert.ok(r.stderr.toString('utf8').startsWith(`gangmu: ${flag} takes no value\n`), flag);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
