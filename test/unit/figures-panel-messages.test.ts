import * as assert from 'node:assert/strict';
import { parseWebviewMessage, stateUri, type DocumentShape } from '../../src/vscode/figuresMessages';

const lines = ['一、回顾', '增长5%，投资3亿元。', ''];
const doc: DocumentShape = { lineCount: lines.length, lineLength: (i) => lines[i].length, figureCount: 2 };

describe('figures panel: messages from the webview', () => {
  it('accepts well-formed requests', () => {
    assert.deepEqual(parseWebviewMessage({ type: 'ready' }, doc), { type: 'ready' });
    assert.deepEqual(parseWebviewMessage({ type: 'reveal', line: 2, col: 2, length: 2 }, doc), { type: 'reveal', line: 2, col: 2, length: 2, preserveFocus: false });
    assert.deepEqual(parseWebviewMessage({ type: 'reveal', line: 2, col: 2, length: 2, preserveFocus: true }, doc), { type: 'reveal', line: 2, col: 2, length: 2, preserveFocus: true });
    // The end of a line is a valid caret position.
    assert.ok(parseWebviewMessage({ type: 'reveal', line: 2, col: lines[1].length, length: 0 }, doc));
    assert.deepEqual(parseWebviewMessage({ type: 'export', format: 'csv', rows: [1, 0] }, doc), { type: 'export', format: 'csv', rows: [1, 0] });
    assert.deepEqual(parseWebviewMessage({ type: 'export', format: 'json' }, doc), { type: 'export', format: 'json', rows: null });
    assert.deepEqual(parseWebviewMessage({ type: 'copyMarkdown', rows: null }, doc), { type: 'copyMarkdown', rows: null });
    assert.deepEqual(parseWebviewMessage({ type: 'rendered', version: 3, rows: 2, view: 'chart' }, doc), { type: 'rendered', version: 3, rows: 2, view: 'chart' });
  });

  it('rejects positions outside the document and non-integers', () => {
    const bad: unknown[] = [
      { type: 'reveal', line: 0, col: 0, length: 1 },
      { type: 'reveal', line: 4, col: 0, length: 1 },
      { type: 'reveal', line: 2, col: lines[1].length + 1, length: 1 },
      { type: 'reveal', line: 1.5, col: 0, length: 1 },
      { type: 'reveal', line: '2', col: 0, length: 1 },
      { type: 'reveal', line: 2, col: -1, length: 1 },
      { type: 'reveal', line: 2, col: 0, length: -1 },
      { type: 'reveal', line: 2, col: 0, length: 1e9 },
      { type: 'reveal', line: 2, col: NaN, length: 1 },
      { type: 'reveal', line: Infinity, col: 0, length: 1 },
      { type: 'reveal', line: 2, col: 0 },
      { type: 'reveal', line: 2, col: 0, length: 1, preserveFocus: 'yes' },
    ];
    for (const m of bad) assert.equal(parseWebviewMessage(m, doc), null, JSON.stringify(m));
  });

  it('rejects unknown types, formats and row lists', () => {
    const bad: unknown[] = [
      null, undefined, 'reveal', 42, [], { }, { type: 'eval', code: 'x' }, { type: '__proto__' },
      { type: 'export', format: 'html' }, { type: 'export', format: 'csv', rows: [2] },
      { type: 'export', format: 'csv', rows: [0, 0] }, { type: 'export', format: 'csv', rows: 'all' },
      { type: 'export', format: 'csv', rows: [0, 1, 2] }, { type: 'copyMarkdown', rows: [-1] },
      { type: 'rendered', version: 1, rows: 1, view: 'html' },
    ];
    for (const m of bad) assert.equal(parseWebviewMessage(m, doc), null, JSON.stringify(m));
  });

  it('rejects every reveal when no document is shown', () => {
    const none: DocumentShape = { lineCount: 0, lineLength: () => 0, figureCount: 0 };
    assert.equal(parseWebviewMessage({ type: 'reveal', line: 1, col: 0, length: 0 }, none), null);
  });
});

describe('figures panel: restored state', () => {
  it('takes a URI only from a well-formed state', () => {
    assert.equal(stateUri({ uri: 'file:///a/b.txt', view: 'chart' }), 'file:///a/b.txt');
    assert.equal(stateUri({ uri: 'untitled:Untitled-1' }), 'untitled:Untitled-1');
    for (const s of [null, undefined, 'file:///x', {}, { uri: 3 }, { uri: '' }, { uri: '/no/scheme' }, { uri: 'x'.repeat(5000) }]) {
      assert.equal(stateUri(s), null, JSON.stringify(s));
    }
  });
});
