import { strict as assert } from 'node:assert';
import { ignoresLateLanguageDefaults } from '../../src/vscode/lateDefaults';

describe('ignoresLateLanguageDefaults: the VS Code versions that need the start-up refresh', () => {
  it('is true from our 1.96 floor up to 1.98, insiders and patch releases included', () => {
    for (const v of ['1.96.0', '1.96.4', '1.97.2', '1.98.0', '1.98.2-insider']) assert.equal(ignoresLateLanguageDefaults(v), true, v);
  });
  it('is false from 1.99, where VS Code has the fix, and for what is not a version', () => {
    for (const v of ['1.99.0', '1.99.3', '1.100.0', '1.105.1', '2.0.0', '', 'web']) assert.equal(ignoresLateLanguageDefaults(v), false, v);
  });
});
