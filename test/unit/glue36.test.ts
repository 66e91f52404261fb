/**
 * glue36: the CLI's read and decode errors speak the reader's language (`--lang zh` or a Chinese
 * LANG; the English texts unchanged), and a settings change drops the cached analyses only when it
 * touches a setting the parse reads. Build first: `node scripts/build.mjs --tests` (runs dist/cli.js).
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PARSE_SETTINGS, settingsChangeClearsAnalyses, settingsChangeRedoesChecks } from '../../src/vscode/settingsValues';

const ROOT = resolve(__dirname, '..', '..', '..');
const CLI = join(ROOT, 'dist', 'cli.js');

function cli(args: string[], env: NodeJS.ProcessEnv = {}): { code: number | null; stderr: string } {
  const r = spawnSync(process.execPath, [CLI, ...args], { env: { ...process.env, LANG: 'en_US.UTF-8', LC_ALL: '', LC_MESSAGES: '', ...env } });
  return { code: r.status, stderr: r.stderr.toString('utf8') };
}

describe('glue36: CLI read and decode errors in the reader\'s language', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'gangmu-glue36-'));
    writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]));
    writeFileSync(join(dir, 'bad.txt'), Buffer.from([0x81, 0x20, 0x41]));
    writeFileSync(join(dir, 'badbom.txt'), Buffer.from([0xef, 0xbb, 0xbf, 0xc3, 0x28]));
    writeFileSync(join(dir, 'odd16.txt'), Buffer.from([0xff, 0xfe, 0x41]));
    mkdirSync(join(dir, 'empty'));
    writeFileSync(join(dir, 'empty', 'notes.csv'), 'a,b\n');
    writeFileSync(join(dir, 'doc.txt'), '一、总体要求\n全年增长5.2%。\n');
    writeFileSync(join(dir, 'doc.txt.gangmu.json'), '{not json');
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  const cases: [string, () => string[], string, string][] = [
    ['a missing file', () => ['outline', join(dir, 'nope.txt')], 'no such file or directory', '文件或文件夹不存在'],
    ['a binary file', () => ['outline', join(dir, 'binary.txt')], 'binary file (contains NUL bytes; UTF-16 text needs a byte-order mark)', '二进制文件（含 NUL 字节；UTF-16 文本须带字节顺序标记）'],
    ['an undecodable file', () => ['figures', join(dir, 'bad.txt')], 'not valid UTF-8, UTF-16 (with BOM) or GB18030/GBK text; convert it to UTF-8', '不是有效的 UTF-8、UTF-16（带 BOM）或 GB18030/GBK 文本，请转换为 UTF-8'],
    ['a bad UTF-8 BOM file', () => ['check', join(dir, 'badbom.txt')], 'starts with a UTF-8 byte-order mark but is not valid UTF-8', '以 UTF-8 字节顺序标记开头，但不是有效的 UTF-8'],
    ['a bad UTF-16 file', () => ['outline', join(dir, 'odd16.txt')], 'starts with a UTF-16 LE byte-order mark but is not valid UTF-16', '以 UTF-16 LE 字节顺序标记开头，但不是有效的 UTF-16'],
    ['a folder with nothing to read', () => ['outline', join(dir, 'empty')], 'no .txt, .md, .speech, .markdown, .docx, .pdf or .html files found', '未找到 .txt、.md、.speech、.markdown、.docx、.pdf 或 .html 文件'],
  ];
  for (const [what, args, en, zh] of cases) {
    it(`${what}: English by default, Chinese with --lang zh or a zh LANG, exit 1`, () => {
      const a = args();
      const name = a[1];
      const e = cli(a);
      assert.equal(e.stderr, `gangmu: ${name}: ${en}\n`);
      assert.equal(e.code, 1);
      const z = cli([a[0], '--lang', 'zh', ...a.slice(1)]);
      assert.equal(z.stderr, `gangmu: ${name}: ${zh}\n`);
      assert.equal(z.code, 1);
      const l = cli(a, { LANG: 'zh_CN.UTF-8' });
      assert.equal(l.stderr, z.stderr);
      assert.equal(l.code, 1);
      // --lang en wins over a Chinese locale
      assert.equal(cli([a[0], '--lang', 'en', ...a.slice(1)], { LANG: 'zh_CN.UTF-8' }).stderr, e.stderr);
    });
  }

  it('a missing --corrections file and a broken sidecar, both ways', () => {
    const doc = join(dir, 'doc.txt');
    const missing = join(dir, 'none.gangmu.json');
    const e = cli(['outline', '--corrections', missing, doc]);
    assert.equal(e.stderr, `gangmu: ${missing}: no such file or directory\n`);
    assert.equal(e.code, 1);
    const z = cli(['outline', '--lang', 'zh', '--corrections', missing, doc]);
    assert.equal(z.stderr, `gangmu: ${missing}: 文件或文件夹不存在\n`);
    assert.equal(z.code, 1);
    const side = cli(['outline', '--lang', 'zh', doc]);
    assert.match(side.stderr, /^gangmu: .*doc\.txt\.gangmu\.json: 不是修正文件（.*）；已忽略\n$/);
    assert.equal(side.code, 0);
    assert.match(cli(['outline', doc]).stderr, /^gangmu: .*doc\.txt\.gangmu\.json: not a corrections file \(.*\); ignored\n$/);
  });

});

describe('glue36: which settings changes drop the cached analyses', () => {
  const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
    contributes: { configuration: { properties: Record<string, unknown> } | { properties: Record<string, unknown> }[] };
  };
  const keys = Object.keys(Object.assign({}, ...[manifest.contributes.configuration].flat().map((g) => g.properties)));
  /** `affectsConfiguration` as VS Code answers it for a change of `changed`. */
  const affectsOf = (changed: string) => (section: string): boolean =>
    changed === section || changed.startsWith(section + '.') || section.startsWith(changed + '.');

  it('only the families and the house rules (what the parse reads) clear it', () => {
    const clearing = keys.filter((k) => settingsChangeClearsAnalyses(affectsOf(k)));
    assert.deepEqual(clearing.sort(), ['gangmu.families', 'gangmu.rules']);
    for (const k of ['gangmu.highlight.maxLevel', 'gangmu.highlight.enabled', 'gangmu.languages', 'gangmu.checks.severity', 'gangmu.figures.hover', 'gangmu.outline.maxSymbols', 'gangmu.workspaceSymbols.maxFiles']) {
      assert.equal(settingsChangeClearsAnalyses(affectsOf(k)), false, k);
    }
    for (const k of PARSE_SETTINGS) assert.ok(keys.includes(k), `${k} is a declared setting`);
  });

  it('the checks run again for the parse settings, their own and the languages, not for the highlight', () => {
    const redo = keys.filter((k) => settingsChangeRedoesChecks(affectsOf(k)));
    assert.deepEqual(redo.sort(), ['gangmu.checks.enabled', 'gangmu.checks.severity', 'gangmu.families', 'gangmu.languages', 'gangmu.rules']);
    assert.equal(settingsChangeRedoesChecks(affectsOf('gangmu')), true);
  });

  it('a change of the whole gangmu section clears it; another extension\'s setting does not', () => {
    assert.equal(settingsChangeClearsAnalyses(affectsOf('gangmu')), true);
    assert.equal(settingsChangeClearsAnalyses(affectsOf('editor.fontSize')), false);
  });
});
