import * as assert from 'node:assert/strict';
import { extractFigures } from '../../src/core/figures';
import { parseOutline } from '../../src/core/outline';

/** Figures of a Markdown text as `text|value|unit|kind`. */
function figs(text: string): string[] {
  return extractFigures(text, parseOutline(text, { format: 'markdown' })).map((f) => `${f.text}|${JSON.stringify(f.value)}|${f.unit}|${f.kind}`);
}

// An invented paper's results as a PDF converter leaves them: LaTeX math in the prose, HTML tables
// whose labels write their units after a slash.
const paper = [
  '# 3 结果',
  '',
  '标定误差为 $0 . 8 \\%$ ，采样频率 $2 0 \\mathrm { k H z }$ ，探头长度 $1 2 \\mathrm { m m }$ 。拟合度依次为0.9871、0.9902和0.9935。',
  '',
  '<html><body><table><tr><td>样区</td><td>面积/km²</td><td>占比/%</td></tr><tr><td>北区</td><td>1520.36</td><td>41.20</td></tr><tr><td>南区</td><td>2169.80</td><td>58.80</td></tr></table></body></html>',
  '',
  '<html><body><table><tr><td>h/cm</td><td>5</td><td>10</td><td>15</td></tr><tr><td>增益</td><td>0.62</td><td>0.71</td><td>0.80</td></tr></table></body></html>',
  '',
].join('\n');

describe('A converted paper\'s tables and readings (htmlTables.ts slash units, wholeCounts.ts)', () => {
  it('gives a column the kind of the unit its header writes after a slash', () => {
    const f = figs(paper);
    assert.ok(f.includes('1520.36|1520.36||area') && f.includes('2169.80|2169.8||area'), f.join(' / '));
  });

  it('gives a row the kind of the unit its label cell writes after a slash', () => {
    const f = figs(paper);
    assert.ok(f.includes('5|5||length') && f.includes('15|15||length'), f.join(' / '));
  });

  it('reads a bare decimal in a paper as a reading, not a count', () => {
    const f = figs(paper);
    assert.ok(f.includes('0.9871|0.9871||other') && f.includes('0.62|0.62||other'), f.join(' / '));
  });
});
