/**
 * The command line as a user runs it: `node dist/cli.js …` on temporary files. Build first with
 * `node scripts/build.mjs --tests` (which also builds dist/). Most checks hold whatever the
 * engines decide (formats, exit codes, decoding, ordering); the "end to end" block needs the
 * real outline, figures and checks engines.
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { corpusDir } from '../../scripts/corpus';
import { checkNumbering, extractFigures, parseOutline } from '../../src/core';
import { figuresToCsv, figuresToRows, findingToJson, outlineToJson, outlineToMarkdown, outlineToText } from '../../src/core/export';

const ROOT = resolve(__dirname, '..', '..', '..');
const CLI = join(ROOT, 'dist', 'cli.js');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  raw: Buffer;
}

function cli(args: string[], opts: { env?: NodeJS.ProcessEnv; input?: Buffer | string; cwd?: string } = {}): Run {
  const env = { ...process.env, LANG: 'en_US.UTF-8', LC_ALL: '', LC_MESSAGES: '', ...opts.env };
  const r = spawnSync(process.execPath, [CLI, ...args], { env, input: opts.input, cwd: opts.cwd, maxBuffer: 1 << 28 });
  return { code: r.status, stdout: r.stdout.toString('utf8'), stderr: r.stderr.toString('utf8'), raw: r.stdout };
}

// A document every outline engine must see four headings in, and figures in its body.
const DOC = [
  '关于推进作风建设的意见',
  '',
  '一、总体要求',
  '全年地区生产总值增长5.2%，完成投资70.6亿元。',
  '（一）指导思想。坚持稳中求进。',
  '（二）工作目标。到2025年取得明显成效。',
  '二、重点任务',
  '一是抓项目；二是抓招商；三是抓服务。',
  '',
].join('\n');

// Numbering a careful reader marks in red: 三、 is missing, and （二） takes a stray 、.
const GAP = '一、总体要求\n正文。\n二、重点任务\n正文。\n四、保障措施\n正文。\n（一）加强领导。\n（二）、落实责任。\n';

function utf16(text: string, bigEndian: boolean): Buffer {
  const le = Buffer.from('\uFEFF' + text, 'utf16le');
  return bigEndian ? le.swap16() : le;
}

/** 中文 in GBK is D6 D0 CE C4; a whole GBK document is built from that and ASCII. */
const GBK_ZHONGWEN = Buffer.from([0xd6, 0xd0, 0xce, 0xc4]);

/** A minimal RFC 4180 reader, to prove the CSV round-trips. */
function parseCsv(s: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let i = 0;
  let quoted = false;
  while (i < s.length) {
    const c = s[i];
    if (quoted) {
      if (c === '"' && s[i + 1] === '"') (cell += '"'), (i += 2);
      else if (c === '"') (quoted = false), i++;
      else (cell += c), i++;
    } else if (c === '"') (quoted = true), i++;
    else if (c === ',') row.push(cell), (cell = ''), i++;
    else if (c === '\r' && s[i + 1] === '\n') row.push(cell), rows.push(row), (row = []), (cell = ''), (i += 2);
    else (cell += c), i++;
  }
  assert.ok(!quoted && cell === '' && row.length === 0, 'CSV ends with CRLF and no open quote');
  return rows;
}

function jsonLines(s: string): any[] {
  return s.split('\n').filter((l) => l !== '').map((l) => JSON.parse(l));
}

describe('cli', function () {
  this.timeout(60000);
  let dir: string;
  let doc: string;

  before(() => {
    assert.ok(readFileSync(CLI, 'utf8').length > 0, 'dist/cli.js is built');
    dir = mkdtempSync(join(tmpdir(), 'gangmu-cli-'));
    doc = join(dir, 'doc.txt');
    writeFileSync(doc, DOC);
    writeFileSync(join(dir, 'gap.txt'), GAP);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  describe('usage and exit codes', () => {
    it('exits 2 with usage on stderr when no command is given', () => {
      const r = cli([]);
      assert.equal(r.code, 2);
      assert.equal(r.stdout, '');
      assert.match(r.stderr, /Usage: gangmu/);
    });

    it('exits 2 on an unknown command, an unknown option or a bad value', () => {
      for (const args of [['frob', doc], ['outline', '--frob', doc], ['outline', '--depth', 'x', doc], ['outline', '--depth=0', doc], ['check', '--lang', 'fr', doc]]) {
        const r = cli(args);
        assert.equal(r.code, 2, args.join(' '));
        assert.match(r.stderr, /^gangmu: .+\n\nUsage: gangmu/, args.join(' '));
        assert.equal(r.stdout, '');
      }
    });

    it('exits 2 when no files are given or options do not fit the command', () => {
      for (const args of [['outline'], ['figures', '--markdown', doc], ['check', '--csv', doc], ['outline', '--json', '--markdown', doc], ['figures', '--depth', '2', doc]]) {
        const r = cli(args);
        assert.equal(r.code, 2, args.join(' '));
        assert.match(r.stderr, /Usage: gangmu/);
      }
    });

    it('prints help on stdout and the version from package.json', () => {
      const h = cli(['--help']);
      assert.equal(h.code, 0);
      assert.match(h.stdout, /Usage: gangmu <command>/);
      assert.equal(h.stderr, '');
      assert.equal(cli(['outline', '-h']).code, 0);
      const v = cli(['--version']);
      assert.equal(v.code, 0);
      assert.equal(v.stdout, `gangmu ${JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version}\n`);
    });

    it('reports a missing file in one line, exits 1 and still processes the others', () => {
      const missing = join(dir, 'missing.txt');
      const r = cli(['outline', '--json', missing, doc]);
      assert.equal(r.code, 1);
      assert.equal(r.stderr, `gangmu: ${missing}: no such file or directory\n`);
      const lines = jsonLines(r.stdout);
      assert.equal(lines.length, 1);
      assert.equal(lines[0].file, doc);
    });

    it('refuses binary files and undecodable bytes with a clear line, no stack trace', () => {
      const bin = join(dir, 'image.txt');
      writeFileSync(bin, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
      const bad = join(dir, 'bad.txt');
      writeFileSync(bad, Buffer.from([0x41, 0x81, 0x20, 0x42]));
      const r = cli(['outline', bin, bad]);
      assert.equal(r.code, 1);
      const err = r.stderr.trimEnd().split('\n');
      assert.equal(err.length, 2);
      assert.match(err[0], new RegExp(`^gangmu: ${bin.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: binary file`));
      assert.match(err[1], /^gangmu: .*bad\.txt: not valid UTF-8, UTF-16 \(with BOM\) or GB18030\/GBK text/);
      assert.doesNotMatch(r.stderr, /\n\s+at /);
    });

    it('exits 1 on a path under a missing folder, with a reason', () => {
      const r = cli(['outline', join(dir, 'nope', 'deeper.txt')]);
      assert.equal(r.code, 1);
      assert.match(r.stderr, /^gangmu: .*deeper\.txt: no such file or directory\n$/);
    });
  });

  describe('outline', () => {
    it('prints one JSON object for one file, each heading pointing at its marker', () => {
      const r = cli(['outline', '--json', doc]);
      assert.equal(r.code, 0, r.stderr);
      assert.equal(r.stdout.split('\n').length, 2, 'one line and a newline');
      const out = JSON.parse(r.stdout);
      assert.deepEqual(Object.keys(out), ['headings', 'zones']);
      const lines = DOC.split('\n');
      // The zones cover every line once, in order.
      assert.equal(out.zones[0].from, 1);
      for (let k = 1; k < out.zones.length; k++) assert.equal(out.zones[k].from, out.zones[k - 1].to + 1);
      assert.equal(out.zones[out.zones.length - 1].to, lines.length);
      out.headings.forEach((h: any, i: number) => {
        assert.deepEqual(Object.keys(h), ['line', 'col', 'marker', 'level', 'title', 'parent', 'end']);
        assert.ok(lines[h.line - 1].startsWith(h.marker || h.title, h.col), JSON.stringify(h));
        if (h.parent === null) assert.equal(h.level, 1);
        else {
          assert.ok(h.parent < i);
          assert.equal(h.level, out.headings[h.parent].level + 1);
        }
      });
    });

    it('cuts the tree at --depth', () => {
      const all = JSON.parse(cli(['outline', '--json', doc]).stdout).headings;
      const top = JSON.parse(cli(['outline', '--json', '--depth', '1', doc]).stdout).headings;
      assert.deepEqual(top, all.filter((h: any) => h.level === 1));
      const text = cli(['outline', '--depth=1', doc]).stdout;
      assert.ok(text.split('\n').every((l) => !l.startsWith(' ')));
    });

    it('prints text and Markdown modes as trees of the same headings', () => {
      const json = JSON.parse(cli(['outline', '--json', doc]).stdout).headings;
      const text = cli(['outline', doc]).stdout.split('\n').filter(Boolean);
      const md = cli(['outline', '--markdown', doc]).stdout.split('\n').filter(Boolean);
      assert.equal(text.length, json.length);
      assert.equal(md.length, json.length);
      json.forEach((h: any, i: number) => {
        assert.equal(text[i], '  '.repeat(h.level - 1) + h.marker + h.title);
        assert.ok(md[i].startsWith('  '.repeat(h.level - 1) + '- '), md[i]);
      });
    });

    it('reads the same outline from UTF-8 with BOM, UTF-16 LE/BE and CRLF files', () => {
      const expected = cli(['outline', '--json', doc]).stdout;
      const variants: [string, Buffer][] = [
        ['bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(DOC)])],
        ['le.txt', utf16(DOC, false)],
        ['be.txt', utf16(DOC, true)],
      ];
      for (const [name, bytes] of variants) {
        const p = join(dir, name);
        writeFileSync(p, bytes);
        const r = cli(['outline', '--json', p]);
        assert.equal(r.code, 0, `${name}: ${r.stderr}`);
        assert.equal(r.stdout, expected, name);
      }
      // CRLF: same lines and columns; a part that ends at the text end keeps its CRLF-free column.
      const crlf = join(dir, 'crlf.txt');
      writeFileSync(crlf, DOC.replace(/\n/g, '\r\n'));
      const r = cli(['outline', '--json', crlf]);
      assert.equal(r.code, 0, r.stderr);
      const a = JSON.parse(expected).headings.map((h: any) => [h.line, h.col, h.marker, h.title, h.end]);
      const b = JSON.parse(r.stdout).headings.map((h: any) => [h.line, h.col, h.marker, h.title, h.end]);
      assert.deepEqual(b, a);
    });

    it('reads GBK bytes as Chinese text, with columns counted in characters', () => {
      // 中文 / 一、中文 / 中文：一是中文；二是中文。 / 二、中文, written byte by byte in GBK.
      const b = (...xs: number[]): Buffer => Buffer.from(xs);
      const zw = GBK_ZHONGWEN;
      const [yi, er, dun, shi, colon, semi, stop, nl] = [b(0xd2, 0xbb), b(0xb6, 0xfe), b(0xa1, 0xa2), b(0xca, 0xc7), b(0xa3, 0xba), b(0xa3, 0xbb), b(0xa1, 0xa3), b(0x0a)];
      const gbk = join(dir, 'gbk.txt');
      writeFileSync(gbk, Buffer.concat([
        zw, nl,
        yi, dun, zw, nl,
        zw, colon, yi, shi, zw, semi, er, shi, zw, stop, nl,
        er, dun, zw, nl,
      ]));
      const utf8 = join(dir, 'gbk-as-utf8.txt');
      writeFileSync(utf8, '中文\n一、中文\n中文：一是中文；二是中文。\n二、中文\n');
      const r = cli(['outline', '--json', gbk]);
      assert.equal(r.code, 0, r.stderr);
      assert.equal(r.stdout, cli(['outline', '--json', utf8]).stdout);
      // Needs the engine: the inline 二是 is at character 8 of line 3 (byte 16 in GBK).
      const er2 = JSON.parse(r.stdout).headings.find((h: any) => h.marker === '二是');
      assert.deepEqual(er2 && [er2.line, er2.col], [3, 8]);
      const f = cli(['figures', '--json', gbk]);
      assert.equal(f.code, 0, f.stderr);
    });

    it('reads standard input for "-"', () => {
      const r = cli(['outline', '--json', '-'], { input: DOC });
      assert.equal(r.code, 0, r.stderr);
      assert.equal(r.stdout, cli(['outline', '--json', doc]).stdout);
    });
  });

  describe('several files and folders', () => {
    let tree: string;
    const expectedOrder = ['a.txt', 'b.md', 'd.markdown', join('sub', 'c.speech')];

    before(() => {
      tree = join(dir, 'tree');
      mkdirSync(join(tree, 'sub'), { recursive: true });
      mkdirSync(join(tree, '.hidden'), { recursive: true });
      writeFileSync(join(tree, 'a.txt'), DOC);
      writeFileSync(join(tree, 'b.md'), '# 标题\n\n## 一、总体要求\n\n正文。\n\n## 二、重点任务\n\n正文。\n');
      writeFileSync(join(tree, 'd.markdown'), '# 另一份\n\n正文。\n');
      writeFileSync(join(tree, 'sub', 'c.speech'), DOC.replace('关于', '关于进一步'));
      writeFileSync(join(tree, 'skip.json'), '{}');
      writeFileSync(join(tree, '.hidden', 'e.txt'), DOC);
    });

    it('gives JSON Lines, one per text file, in a stable order, skipping other files', () => {
      const r = cli(['outline', '--json', tree]);
      assert.equal(r.code, 0, r.stderr);
      const lines = jsonLines(r.stdout);
      assert.deepEqual(lines.map((l) => l.file), expectedOrder.map((n) => join(tree, n)));
      for (const l of lines) assert.deepEqual(Object.keys(l), ['file', 'headings', 'zones']);
    });

    it('prints the same bytes on a worker pool as in one thread', () => {
      for (const args of [['outline', '--json'], ['outline', '--markdown'], ['figures', '--csv'], ['check']]) {
        const pooled = cli([...args, '--jobs', '3', tree, doc, tree]);
        const single = cli([...args, '--jobs', '1', tree, doc, tree]);
        assert.equal(pooled.code, single.code, args.join(' '));
        assert.equal(pooled.stdout, single.stdout, args.join(' '));
      }
    });

    it('each file result equals the result of running it alone', () => {
      const lines = jsonLines(cli(['outline', '--json', tree]).stdout);
      for (const l of lines) {
        const alone = JSON.parse(cli(['outline', '--json', l.file]).stdout);
        assert.deepEqual(l.headings, alone.headings, l.file);
      }
    });

    it('prints a header line per file in text modes', () => {
      const text = cli(['outline', tree]).stdout;
      assert.deepEqual(text.split('\n').filter((l) => l.startsWith('== ')), expectedOrder.map((n) => `== ${join(tree, n)} ==`));
      const md = cli(['outline', '--markdown', tree]).stdout;
      assert.deepEqual(md.split('\n').filter((l) => l.startsWith('# ')), expectedOrder.map((n) => `# ${join(tree, n)}`));
    });

    it('keeps going past an unreadable file in the middle, in order', () => {
      const missing = join(dir, 'gone.txt');
      const r = cli(['outline', '--json', '--jobs', '2', doc, missing, doc]);
      assert.equal(r.code, 1);
      assert.deepEqual(jsonLines(r.stdout).map((l) => l.file), [doc, doc]);
      assert.equal(r.stderr, `gangmu: ${missing}: no such file or directory\n`);
    });

    it('follows a symbolic link back up the tree only once', () => {
      const loop = join(dir, 'loop');
      mkdirSync(join(loop, 'a'), { recursive: true });
      writeFileSync(join(loop, 'a', 'x.txt'), DOC);
      symlinkSync('..', join(loop, 'a', 'up'));
      const r = cli(['outline', '--json', loop]);
      assert.equal(r.code, 0, r.stderr);
      assert.deepEqual(jsonLines(r.stdout).map((l) => l.file), [join(loop, 'a', 'x.txt')]);
    });

    it('a folder with no readable document: one line on stderr, exit 1, the other inputs still read', () => {
      const empty = join(dir, 'empty');
      mkdirSync(join(empty, 'sub'), { recursive: true });
      writeFileSync(join(empty, 'notes.json'), '{}');
      writeFileSync(join(empty, 'sub', 'scan.png'), 'PNG');
      for (const mode of [['outline'], ['figures', '--json'], ['check']]) {
        const r = cli([...mode, empty]);
        assert.equal(r.code, 1, mode.join(' '));
        assert.equal(r.stdout, '', mode.join(' '));
        assert.equal(r.stderr, `gangmu: ${empty}: no .txt, .md, .speech, .markdown, .docx, .pdf or .html files found\n`, mode.join(' '));
      }
      const both = cli(['outline', '--json', empty, doc]);
      assert.equal(both.code, 1);
      assert.deepEqual(jsonLines(both.stdout).map((l) => l.file), [doc]);
      assert.equal(both.stderr.split('\n').filter(Boolean).length, 1);
    });
  });

  describe('figures', () => {
    it('prints {"figures": [...]} whose positions point at each figure', () => {
      const r = cli(['figures', '--json', doc]);
      assert.equal(r.code, 0, r.stderr);
      const out = JSON.parse(r.stdout);
      assert.deepEqual(Object.keys(out), ['figures']);
      const lines = DOC.split('\n');
      for (const f of out.figures) {
        assert.deepEqual(Object.keys(f), ['line', 'col', 'text', 'value', 'unit', 'kind', 'indicator', 'relation', 'section', 'zone']);
        assert.ok(lines[f.line - 1].startsWith(f.text, f.col), JSON.stringify(f));
        assert.ok(Array.isArray(f.section));
      }
    });

    it('writes CSV a spreadsheet opens: BOM, header, CRLF rows, one row per figure', () => {
      const r = cli(['figures', '--csv', doc]);
      assert.equal(r.code, 0, r.stderr);
      assert.deepEqual([...r.raw.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
      const rows = parseCsv(r.stdout.slice(1));
      assert.deepEqual(rows[0], ['line', 'col', 'text', 'value', 'unit', 'kind', 'indicator', 'relation', 'section']);
      const json = JSON.parse(cli(['figures', '--json', doc]).stdout).figures;
      assert.equal(rows.length - 1, json.length);
      rows.slice(1).forEach((row, i) => {
        assert.equal(row.length, 9);
        assert.deepEqual(row.slice(0, 3), [String(json[i].line), String(json[i].col), json[i].text]);
      });
    });

    it('puts one BOM and one header before several files, with a file column', () => {
      const r = cli(['figures', '--csv', doc, doc]);
      assert.equal(r.stdout.indexOf('\uFEFF', 1), -1);
      const rows = parseCsv(r.stdout.slice(1));
      assert.equal(rows[0][0], 'file');
      assert.equal(rows.filter((row) => row[0] === 'line').length, 0);
      for (const row of rows.slice(1)) assert.equal(row[0], doc);
    });

    it('prints a table with a header in text mode, localised by --lang', () => {
      assert.match(cli(['figures', doc]).stdout, /^line:col\s+text\s+value/);
      assert.match(cli(['figures', '--lang', 'zh', doc]).stdout, /^行:列/);
    });
  });

  describe('check', () => {
    let gapFile: string;
    before(() => (gapFile = join(dir, 'gap.txt')));

    it('prints file:line:col: severity code message and exits 1 exactly when there is an error', () => {
      const r = cli(['check', gapFile]);
      const json = JSON.parse(cli(['check', '--json', gapFile]).stdout).findings;
      const lines = r.stdout.split('\n').filter(Boolean);
      assert.equal(lines.length, json.length);
      lines.forEach((l, i) => {
        const f = json[i];
        assert.equal(l, `${gapFile}:${f.line}:${f.col + 1}: ${f.severity} ${f.code} ${f.message}`);
        assert.match(f.severity, /^(error|warning|info|hint)$/);
      });
      assert.equal(r.code, json.some((f: any) => f.severity === 'error') ? 1 : 0);
    });

    it('speaks Chinese with --lang zh or a zh LANG, and LC_ALL overrides LANG', () => {
      const zhFlag = cli(['check', '--lang', 'zh', gapFile]).stdout;
      assert.equal(cli(['check', gapFile], { env: { LANG: 'zh_CN.UTF-8' } }).stdout, zhFlag);
      assert.equal(cli(['check', gapFile], { env: { LANG: 'en_US.UTF-8', LC_ALL: 'zh_CN.UTF-8' } }).stdout, zhFlag);
      assert.equal(cli(['check', gapFile], { env: { LANG: 'zh_CN.UTF-8', LC_ALL: 'C' } }).stdout, cli(['check', gapFile]).stdout);
      assert.equal(cli(['check', '--lang', 'en', gapFile], { env: { LANG: 'zh_CN.UTF-8' } }).stdout, cli(['check', gapFile]).stdout);
    });

    it('exits 0 with no output on a document without findings', () => {
      const r = cli(['check', '--json', doc]);
      const findings = JSON.parse(r.stdout).findings;
      assert.equal(r.code, findings.some((f: any) => f.severity === 'error') ? 1 : 0);
    });
  });

  describe('end to end (needs the outline, figures and checks engines)', () => {
    // Our samples always; the reference corpus too when it is here (a bare clone has only the samples).
    const corpus = corpusDir();
    const samples = join(ROOT, 'samples');
    const sampleGold = join(ROOT, 'test', 'samples');

    it('finds the headings of a crafted document, at the right lines and levels', () => {
      const hs = JSON.parse(cli(['outline', '--json', doc]).stdout).headings;
      const at = (marker: string): any => hs.find((h: any) => h.marker === marker);
      assert.ok(at('一、') && at('二、') && at('（一）') && at('（二）'), JSON.stringify(hs));
      assert.equal(at('一、').line, 3);
      assert.equal(at('（一）').parent, hs.indexOf(at('一、')));
      assert.equal(at('二、').level, at('一、').level);
      assert.deepEqual(at('一、').end, { line: 7, col: 0 });
    });

    it('outlines a Markdown document as a nested Markdown list', () => {
      const files = [join(samples, 'report.md'), ...(corpus ? [join(corpus, '08-spc-enforcement-provisions.md')] : [])];
      for (const [file, least] of files.map((f, i) => [f, i === 0 ? 15 : 50] as const)) {
        const r = cli(['outline', '--markdown', file]);
        assert.equal(r.code, 0, r.stderr);
        const items = r.stdout.split('\n').filter(Boolean);
        assert.ok(items.length >= least, `${file}: ${items.length} headings`);
        assert.ok(items.some((l) => /^ {2,}- /.test(l)), `${file}: nested`);
        for (const l of items) assert.match(l, /^( {2})*- \S/);
      }
    });

    it('lists the figures of a report dense in figures with values, as CSV', () => {
      const files = [join(samples, 'speech.speech'), ...(corpus ? [join(corpus, '01-gwr-2025-national.txt')] : [])];
      for (const file of files) {
        const r = cli(['figures', '--csv', file]);
        assert.equal(r.code, 0, r.stderr);
        const rows = parseCsv(r.stdout.slice(1)).slice(1);
        assert.ok(rows.length >= 40, `${file}: ${rows.length} figures`);
        assert.ok(rows.some((row) => row[5] === 'percent' && row[3] !== ''), file);
      }
    });

    it('prints outlines in the gold annotation\'s coordinates (line 1-based, col UTF-16, parent)', () => {
      // Parents are compared by position, so one extra or missing heading does not shift the rest.
      const key = (hs: any[], h: any): string => {
        const p = h.parent === null ? null : hs[h.parent];
        return [h.line, h.col, h.marker, h.level, h.title, p ? `${p.line}:${p.col}` : '-'].join('|');
      };
      const docs: [string, string][] = [
        [join(samples, 'speech.speech'), join(sampleGold, 'speech.gold.json')],
        [join(samples, 'report.md'), join(sampleGold, 'report.gold.json')],
      ];
      if (corpus) {
        for (const n of ['01-gwr-2025-national.txt', '03-cpc14-report-1992.txt', '08-spc-enforcement-provisions.md', 'speeches-3.txt']) {
          docs.push([join(corpus, n), join(corpus, n.replace(/\.(txt|md)$/, '.gold.json'))]);
        }
      }
      const r = cli(['outline', '--json', ...docs.map(([f]) => f)]);
      assert.equal(r.code, 0, r.stderr);
      const results = jsonLines(r.stdout);
      assert.equal(results.length, docs.length);
      results.forEach((res, i) => {
        const gold = JSON.parse(readFileSync(docs[i][1], 'utf8')).headings;
        const ours = new Set(res.headings.map((h: any) => key(res.headings, h)));
        const found = gold.filter((h: any) => ours.has(key(gold, h))).length;
        assert.ok(found >= 0.9 * gold.length, `${docs[i][0]}: ${found} of ${gold.length} gold headings exactly`);
      });
    });

    it('reports the gap and the punctuation in a crafted document', () => {
      const findings = JSON.parse(cli(['check', '--json', join(dir, 'gap.txt')]).stdout).findings;
      assert.ok(findings.some((f: any) => f.line === 5), 'the gap at 四、');
      assert.ok(findings.some((f: any) => f.line === 8), '（二）、');
    });
  });

  describe('streamed output and --timings', () => {
    // Far more than one 64K batch of output: the pieces must join to exactly what the whole string was.
    const BIG = Array.from({ length: 400 }, (_, k) => DOC.replace('一、总体要求', `一、总体要求${k}`)).join('\n');

    it('writes the same bytes the whole-string forms give, for JSON, CSV, Markdown and check', () => {
      const big = join(dir, 'big.txt');
      writeFileSync(big, BIG);
      const outline = parseOutline(BIG, { format: 'plain' });
      const figures = extractFigures(BIG, outline);
      const json = cli(['outline', '--json', big]);
      assert.ok(json.stdout.length > 1 << 17, 'several batches');
      assert.equal(json.stdout, JSON.stringify(outlineToJson(outline)) + '\n');
      assert.equal(cli(['outline', '--markdown', big]).stdout, outlineToMarkdown(BIG, outline));
      assert.equal(cli(['outline', big]).stdout, outlineToText(BIG, outline));
      assert.equal(cli(['figures', '--json', big]).stdout, JSON.stringify({ figures: figuresToRows(BIG, outline, figures) }) + '\n');
      assert.equal(cli(['figures', '--csv', big]).stdout, figuresToCsv(figuresToRows(BIG, outline, figures)));
      const findings = checkNumbering(BIG, outline).map((f) => findingToJson(outline, f, 'en'));
      assert.equal(cli(['check', '--json', big]).stdout, JSON.stringify({ findings }) + '\n');
    });

    it('workers stream several big files in input order: the same bytes as one thread', () => {
      const big = join(dir, 'big2.txt');
      writeFileSync(big, BIG);
      for (const args of [['outline', '--json'], ['figures', '--csv']]) {
        const files = [big, doc, big, join(dir, 'missing.txt'), doc];
        const pooled = cli([...args, '--jobs', '3', ...files]);
        const single = cli([...args, '--jobs', '1', ...files]);
        assert.ok(pooled.stdout.length > 1 << 18, 'several batches per big file');
        assert.equal(pooled.stdout, single.stdout, args.join(' '));
        assert.equal(pooled.stderr, single.stderr);
        assert.equal(pooled.code, 1, 'the missing file');
      }
    });

    it('--timings (or GANGMU_TIMINGS=1) prints each stage on stderr and leaves stdout alone', () => {
      const plain = cli(['outline', '--json', doc]);
      for (const run of [cli(['outline', '--json', '--timings', doc]), cli(['outline', '--json', doc], { env: { GANGMU_TIMINGS: '1' } })]) {
        assert.equal(run.code, 0);
        assert.equal(run.stdout, plain.stdout);
        assert.match(run.stderr, /^gangmu: timings: .*doc\.txt: read [\d.]+ ms, decode [\d.]+ ms, analyse [\d.]+ ms, serialise [\d.]+ ms; analyse: furniture [\d.]+ ms, layout [\d.]+ ms, anatomy [\d.]+ ms, markers [\d.]+ ms, titles [\d.]+ ms, runs [\d.]+ ms, nest [\d.]+ ms$/m);
        assert.match(run.stderr, /^gangmu: timings: whole process [\d.]+ ms/m);
      }
      const pooled = cli(['figures', '--csv', '--timings', '--jobs', '2', doc, doc]);
      assert.equal(pooled.stderr.split('\n').filter((l) => / read .* serialise .*, nest [\d.]+ ms, figures [\d.]+ ms$/.test(l)).length, 2, 'one line per file from the workers too');
      assert.equal(plain.stderr, '', 'silent without it');
      assert.equal(cli(['outline', '--timings=1', doc]).code, 2);
    });
  });
});
