import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { indexSettingsFrom, settingsFrom } from '../../src/vscode/settingsValues';

const manifest = JSON.parse(readFileSync(join(process.cwd(), 'package.json'), 'utf8')) as {
  contributes: { configuration: { properties: Record<string, { default?: unknown }> } | { properties: Record<string, { default?: unknown }> }[] };
};
const properties = Object.assign({}, ...[manifest.contributes.configuration].flat().map((g) => g.properties)) as Record<string, { default?: unknown }>;
const defaultOf = (key: string) => properties[`gangmu.${key}`]?.default;

describe('review35: settings read with their types checked', () => {
  it('unset settings read as package.json declares them', () => {
    const s = settingsFrom(() => undefined);
    assert.deepEqual(s.languages, defaultOf('languages'));
    assert.deepEqual(s.families, defaultOf('families'));
    assert.equal(s.highlightEnabled, defaultOf('highlight.enabled'));
    assert.equal(s.highlightMaxLevel, defaultOf('highlight.maxLevel'));
    assert.equal(s.figuresHover, defaultOf('figures.hover'));
    assert.equal(s.checksEnabled, defaultOf('checks.enabled'));
    assert.deepEqual(s.checkSeverity, defaultOf('checks.severity'));
    assert.deepEqual(s.rules, defaultOf('rules'));
    assert.equal(s.outlineMaxSymbols, defaultOf('outline.maxSymbols'));
    const w = indexSettingsFrom(() => undefined);
    assert.deepEqual(w, {
      enabled: defaultOf('workspaceSymbols.enabled'),
      maxFileSizeMB: defaultOf('workspaceSymbols.maxFileSizeMB'),
      maxFiles: defaultOf('workspaceSymbols.maxFiles'),
    });
  });

  it('a value of the wrong type reads as unset; a list keeps its entries of the right type', () => {
    // As settings.json may hold them: VS Code underlines these but hands them back as written.
    const raw: Record<string, unknown> = {
      languages: 'markdown',
      families: ['cn-dun', 3, null, 'di'],
      'highlight.enabled': 'yes',
      'highlight.maxLevel': '2',
      'figures.hover': 0,
      'checks.enabled': null,
      'checks.severity': null,
      rules: { pattern: '●' },
      'outline.maxSymbols': Number.NaN,
    };
    const s = settingsFrom((k) => raw[k]);
    assert.ok(Array.isArray(s.languages));
    assert.deepEqual(s.languages, defaultOf('languages'));
    assert.deepEqual(s.families, ['cn-dun', 'di']);
    assert.equal(s.highlightEnabled, true);
    assert.equal(s.highlightMaxLevel, defaultOf('highlight.maxLevel'));
    assert.equal(s.figuresHover, true);
    assert.equal(s.checksEnabled, true);
    assert.deepEqual(s.checkSeverity, {});
    assert.deepEqual(s.rules, []);
    assert.equal(s.outlineMaxSymbols, defaultOf('outline.maxSymbols'));
    assert.deepEqual(settingsFrom((k) => (k === 'checks.severity' ? { GM001: 'warning', GM002: 'loud', GM003: 'off', GM004: 3 } : undefined)).checkSeverity, { GM001: 'warning', GM003: 'off' });
    assert.deepEqual(indexSettingsFrom((k) => ({ enabled: 'no', maxFileSizeMB: 'abc', maxFiles: -3 } as Record<string, unknown>)[k]), { enabled: true, maxFileSizeMB: 5, maxFiles: 0 });
  });

  it('values of the right type pass unchanged', () => {
    const raw: Record<string, unknown> = {
      languages: ['speech'],
      families: ['di'],
      'highlight.enabled': false,
      'highlight.maxLevel': 2,
      'figures.hover': false,
      'checks.enabled': false,
      'checks.severity': { GM007: 'hint' },
      rules: [{ pattern: '●', rank: 'below:cn-paren' }],
      'outline.maxSymbols': 0,
    };
    assert.deepEqual(settingsFrom((k) => raw[k]), {
      languages: ['speech'], families: ['di'], highlightEnabled: false, highlightMaxLevel: 2, figuresHover: false,
      checksEnabled: false, checkSeverity: { GM007: 'hint' }, rules: [{ pattern: '●', rank: 'below:cn-paren' }], outlineMaxSymbols: 0,
    });
  });
});
