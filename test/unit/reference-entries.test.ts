import * as assert from 'node:assert/strict';
import { extractFigures } from '../../src/core/figures';
import { parseOutline } from '../../src/core/outline';

/** Figures of a Markdown text as `text|value|unit|kind`. */
function figs(text: string): string[] {
  return extractFigures(text, parseOutline(text, { format: 'markdown' })).map((f) => `${f.text}|${JSON.stringify(f.value)}|${f.unit}|${f.kind}`);
}

// An invented paper's end: a closing section and a reference list in the GB/T 7714 and APA styles,
// as a PDF converter leaves it (entries run together on a line, a blank inside a page range).
const paper = [
  '# 4 结论',
  '',
  '本文方法在三组样本上的误差均低于对照方法。',
  '',
  '# 参考文献',
  '',
  '[1] 甲某，乙某．某种传感器的标定研究[J]．某某学报，2016，12(3):45-52. [2] Wang A, Li B. A study of sensor calibration[J]. Journal of Sensing, 2019, 41(7): 1203- 1210.',
  '[3] 丙某．测量原理[M]．北京：某某出版社，2008.',
  '[4] Zhao C. Fast calibration[C]// Proc of the 12th Conference on Sensing, 2021:88-93.',
  'Qian, D. (2014). Calibration revisited. Sensor Letters, 9(2), 310-318.',
  '',
  '# 附录',
  '',
  '样本共有36组，每组12件。',
  '',
].join('\n');

describe('A paper\'s reference list (figures/referenceEntries.ts)', () => {
  it('reads an entry\'s year as a date and its volume, issue and pages as labels', () => {
    const f = figs(paper);
    for (const want of ['2016|"2016"||date', '12|12||other', '3|3||other', '45-52|[45,52]||other', '2008|"2008"||date']) {
      assert.ok(f.includes(want), `${want} in ${f.join(' / ')}`);
    }
    // the entries' labels give no figure, and the text after the list is read as before
    assert.ok(!f.some((x) => x.startsWith('1|') || x.startsWith('4|')), f.join(' / '));
    assert.ok(f.includes('36组|36|组|count'), f.join(' / '));
  });

  it('reads a year after a Latin comma, a page range with a blank and a year before pages', () => {
    const f = figs(paper);
    for (const want of ['2019|"2019"||date', '41|41||other', '7|7||other', '1203- 1210|[1203,1210]||other', '2021|"2021"||date', '88-93|[88,93]||other']) {
      assert.ok(f.includes(want), `${want} in ${f.join(' / ')}`);
    }
  });

  it('reads an APA entry under the list the same way', () => {
    const f = figs(paper);
    for (const want of ['2014|"2014"||date', '9|9||other', '2|2||other', '310-318|[310,318]||other']) {
      assert.ok(f.includes(want), `${want} in ${f.join(' / ')}`);
    }
  });

  it('reads an entry line with a type mark outside a named list too', () => {
    const f = figs('正文一段，引用见下。\n\n[7] 丁某．某某综述[J]．某某研究，2011，5(2):7-19.\n');
    assert.ok(f.includes('2011|"2011"||date') && f.includes('7-19|[7,19]||other') && f.includes('2|2||other'), f.join(' / '));
  });
});
