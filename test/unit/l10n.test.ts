import * as assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

// Tests run from the repository root (npm scripts, mocha from `out/`); resolve from the cwd.
const root = process.cwd();
const readJson = (rel: string): Record<string, unknown> => JSON.parse(readFileSync(join(root, rel), 'utf8'));

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...sourceFiles(path));
    else if (name.endsWith('.ts')) out.push(path);
  }
  return out;
}

/** Every string in the manifest, with where it sits, so `%key%` references can be collected. */
function manifestStrings(value: unknown, path: string, out: Array<[string, string]>): void {
  if (typeof value === 'string') out.push([path, value]);
  else if (Array.isArray(value)) value.forEach((v, i) => manifestStrings(v, `${path}[${i}]`, out));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) manifestStrings(v, `${path}.${k}`, out);
}

interface Call { file: string; line: number; key: string | null; raw: string }

/**
 * Calls of `l10n.t(` in the sources. The first argument must be one plain string literal:
 * a template literal, a variable or a concatenation cannot be looked up in the bundle.
 */
function l10nCalls(): Call[] {
  const calls: Call[] = [];
  const call = /\bl10n\.t\(\s*/g;
  for (const file of sourceFiles(join(root, 'src'))) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(call)) {
      const start = m.index! + m[0].length;
      const line = text.slice(0, start).split('\n').length;
      const rest = text.slice(start);
      const lit = /^(['"])((?:\\.|(?!\1)[^\\\n])*)\1\s*[,)]/.exec(rest);
      calls.push({
        file: relative(root, file),
        line,
        key: lit ? JSON.parse(lit[1] === '"' ? `"${lit[2]}"` : `"${lit[2].replace(/\\'/g, "'").replace(/"/g, '\\"')}"`) : null,
        raw: rest.slice(0, 60).split('\n')[0],
      });
    }
  }
  return calls;
}

describe('l10n completeness', () => {
  const en = readJson('package.nls.json');
  const zh = readJson('package.nls.zh-cn.json');
  const bundle = readJson('l10n/bundle.l10n.zh-cn.json');

  it('every %key% of package.json is in package.nls.json and package.nls.zh-cn.json', () => {
    const strings: Array<[string, string]> = [];
    manifestStrings(readJson('package.json'), 'package', strings);
    const refs = strings.flatMap(([path, s]) => {
      const m = /^%([^%\s]+)%$/.exec(s);
      return m ? [[path, m[1]] as const] : [];
    });
    assert.ok(refs.length > 0, 'package.json references no %key%');
    const missing = refs.filter(([, k]) => typeof en[k] !== 'string' || typeof zh[k] !== 'string')
      .map(([path, k]) => `${path}: %${k}% (en: ${typeof en[k] === 'string'}, zh-cn: ${typeof zh[k] === 'string'})`);
    assert.deepEqual(missing, []);
  });

  it('package.nls.json and package.nls.zh-cn.json have the same keys, and the Chinese is translated', () => {
    assert.deepEqual(Object.keys(zh).sort(), Object.keys(en).sort());
    const untranslated = Object.keys(en).filter((k) => /[A-Za-z]/.test(String(en[k])) && zh[k] === en[k]);
    assert.deepEqual(untranslated, []);
    const empty = Object.keys(zh).filter((k) => typeof zh[k] !== 'string' || !(zh[k] as string).trim());
    assert.deepEqual(empty, []);
  });

  it('every l10n.t() key in src is a plain string literal', () => {
    const calls = l10nCalls();
    assert.ok(calls.length > 20, `found only ${calls.length} l10n.t() calls: the scanner is broken`);
    const notLiteral = calls.filter((c) => c.key === null).map((c) => `${c.file}:${c.line}: l10n.t(${c.raw}`);
    assert.deepEqual(notLiteral, []);
  });

  it('every l10n.t() key has a Chinese translation in l10n/bundle.l10n.zh-cn.json', () => {
    const keys = new Set(l10nCalls().flatMap((c) => (c.key === null ? [] : [c.key])));
    const missing = [...keys].filter((k) => typeof bundle[k] !== 'string' || !(bundle[k] as string).trim());
    assert.deepEqual(missing, [], 'keys without a zh-cn entry');
    // A key with Latin letters that comes back unchanged was not translated. Names that read the
    // same in Chinese UI (Markdown, JSON) are the only exceptions, and they are listed here.
    const sameInChinese = new Set(['Markdown', 'JSON']);
    const untranslated = [...keys].filter((k) => /[A-Za-z]/.test(k) && bundle[k] === k && !sameInChinese.has(k));
    assert.deepEqual(untranslated, [], 'zh-cn entries identical to the English key');
  });

  it('placeholders {0}, {1}… survive translation', () => {
    const placeholders = (s: string) => (s.match(/\{\d+\}/g) ?? []).sort().join(' ');
    const broken = Object.entries(bundle).filter(([k, v]) => placeholders(k) !== placeholders(String(v)))
      .map(([k, v]) => `${k} → ${v}`);
    assert.deepEqual(broken, []);
  });

  it('lists bundle entries no source uses (warning only)', () => {
    const used = new Set(l10nCalls().map((c) => c.key));
    const unused = Object.keys(bundle).filter((k) => !used.has(k));
    if (unused.length) console.warn(`      l10n: ${unused.length} unused zh-cn bundle entries: ${unused.map((k) => JSON.stringify(k)).join(', ')}`);
  });

  it('messages shown to the user go through l10n', () => {
    // showInformationMessage('literal') / showErrorMessage(`template`) would stay English.
    const bare = /\bshow(?:Error|Warning|Information)Message\(\s*['"`]/g;
    const found: string[] = [];
    for (const file of sourceFiles(join(root, 'src'))) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(bare)) found.push(`${relative(root, file)}:${text.slice(0, m.index).split('\n').length}`);
    }
    assert.deepEqual(found, []);
  });

  it('the display language is read in one place (src/vscode/l10n.ts)', () => {
    // Five files each had their own `env.language…startsWith('zh')`; one drifting (zh-TW, a
    // missing toLowerCase) would show one feature in English beside the others in Chinese.
    const found: string[] = [];
    for (const file of sourceFiles(join(root, 'src'))) {
      if (relative(root, file) === join('src', 'vscode', 'l10n.ts')) continue;
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/\benv\.language\b/g)) found.push(`${relative(root, file)}:${text.slice(0, m.index).split('\n').length}`);
    }
    assert.deepEqual(found, []);
  });

  it('messages of src/vscode/l10n.ts are not written out again elsewhere', () => {
    // A key said again inline is a second copy to keep in step; use `messages.…()`.
    const own = readFileSync(join(root, 'src', 'vscode', 'l10n.ts'), 'utf8');
    const keys = new Set(l10nCalls().filter((c) => c.file === join('src', 'vscode', 'l10n.ts')).map((c) => c.key));
    assert.ok(keys.size > 10 && own.length > 0);
    const again = l10nCalls().filter((c) => c.file !== join('src', 'vscode', 'l10n.ts') && keys.has(c.key)).map((c) => `${c.file}:${c.line}: ${c.key}`);
    assert.deepEqual(again, []);
  });

  it('every enum in a setting says what each value means, in both languages', () => {
    // The settings UI shows a bare `cn-dun` or `shouxian` otherwise.
    const config = readJson('package.json') as { contributes: { configuration: unknown } };
    const missing: string[] = [];
    const walk = (node: unknown, path: string): void => {
      if (!node || typeof node !== 'object') return;
      const o = node as Record<string, unknown>;
      if (Array.isArray(o.enum)) {
        const d = (o.markdownEnumDescriptions ?? o.enumDescriptions) as unknown[] | undefined;
        const self = o.enum.every((v) => typeof v === 'string' && ['error', 'warning', 'info', 'hint', 'off'].includes(v));
        if (!self && (!Array.isArray(d) || d.length !== o.enum.length)) missing.push(path);
      }
      for (const [k, v] of Object.entries(o)) walk(v, `${path}.${k}`);
    };
    walk(config.contributes.configuration, 'configuration');
    assert.deepEqual(missing, []);
  });
});

