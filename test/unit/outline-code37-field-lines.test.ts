import { strict as assert } from 'node:assert';
import { extractFigures, parseOutline } from '../../src/core';

// A document's paragraphs kept as records, one to a line, each with one string of words
// (codeLiterals.ts fieldLine, code37): the record's braces, keys and ASCII values are code; its
// text is read as the paragraph, its escaped breaks as lines. Made-up code.
describe('outline: a document kept as one-line records of a code file (code37)', () => {
  const blocks = [
    "import { render } from '@testing-library/react';",
    "import App from './App';",
    '',
    'const draft = {',
    '  blocks: [',
    "    { id: 1, blockType: 'TITLE', content: '关于开展秋季消防检查的通知', sortOrder: 10 },",
    "    { id: 2, blockType: 'RECIPIENT', content: '各科室、各班组：', sortOrder: 20 },",
    "    { id: 3, blockType: 'BODY', content: '一、检查时间\\n2026年10月12日至10月16日。', sortOrder: 30 },",
    "    { id: 4, blockType: 'BODY', content: '二、检查内容\\n（一）消防通道是否畅通。', sortOrder: 40 },",
    "    { id: 5, blockType: 'BODY', content: '（二）灭火器是否在有效期内。', sortOrder: 50 },",
    "    { id: 6, blockType: 'SIGNATURE', content: '安全办', sortOrder: 60 },",
    '  ],',
    '};',
    '',
    'export function renderDraft() {',
    '  return render(<App draft={draft} />);',
    '}',
    '',
  ].join('\n');

  it('reads each record\'s text as a paragraph, its markers at their line:col', () => {
    const o = parseOutline(blocks);
    const got = o.headings.map((h) => `${h.marker} L${h.level} ${h.title}`);
    // (the TITLE block's text is the notice's title, code39)
    assert.deepEqual(got, [' L1 关于开展秋季消防检查的通知', '一、 L1 检查时间', '二、 L1 检查内容', '（一） L2 消防通道是否畅通', '（二） L2 灭火器是否在有效期内']);
    const first = o.headings[1];
    assert.equal(blocks.slice(first.start, first.start + 2), '一、');
  });

  it('reads the date after an escaped break whole, and no sort position as a figure', () => {
    const texts = extractFigures(blocks, parseOutline(blocks)).map((f) => f.text);
    assert.ok(texts.includes('2026年10月12日至10月16日'), texts.join(' '));
    assert.ok(!texts.includes('30') && !texts.includes('10'), texts.join(' '));
  });

  it('leaves a list of labels as code: records of one short name hold no sentence', () => {
    const types = [
      "import { api } from './api';",
      'const types = [',
      "  { code: 'NOTICE', name: '一、通知', sortOrder: 1 },",
      "  { code: 'REQUEST', name: '二、请示', sortOrder: 2 },",
      "  { code: 'REPORT', name: '三、报告', sortOrder: 3 },",
      '];',
      'export function load() {',
      '  return api.get(types);',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(parseOutline(types).headings.map((h) => h.marker), []);
  });
});
