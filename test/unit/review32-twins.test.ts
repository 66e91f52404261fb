/**
 * Review32: twin readings made one. Every text here is made up for the test.
 */
import * as assert from 'node:assert/strict';
import { extractFigures } from '../../src/core/figures';
import { parseOutline } from '../../src/core/outline';

function brief(text: string): string[] {
  return extractFigures(text, parseOutline(text)).map((f) => `${f.text}|${JSON.stringify(f.value)}|${f.unit}|${f.kind}`);
}

describe('review32: a list echo reads its indent with text/blank.ts (listEchoes.ts)', () => {
  it('passes over a typographic or zero-width space in the indent, as over a space', () => {
    const list = (indent: string) => `本期内容\n\n${indent}1. 1.某领导会见外宾;\n\n${indent}2. 2.某地举行第17届运动会;\n`;
    assert.deepEqual(brief(list('  ')), ['17届|17|届|other']);
    assert.deepEqual(brief(list('\u2003\u2003')), ['17届|17|届|other']);
    assert.deepEqual(brief(list('\u200b')), ['17届|17|届|other']);
  });
});
