/**
 * Numbers of tables written chapter-hyphen-order (a yearbook's list of tables) are no ranges; a lone
 * pair, and ranges with their unit, are still read. Every text here is made up for the test.
 */
import * as assert from 'node:assert/strict';
import { brief } from './figureBrief';

describe('figures: a series of table numbers is no range', () => {
  it('reads no figure in a list of tables numbered 2-1, 2-2, 2-3', () => {
    const text = ['2-1 甲市人口概况', '2-2 甲市就业人员', '2-3 甲市居民收入（2024年）', ''].join('\n');
    assert.deepEqual(brief(text), ['2024年|"2024"||date']);
  });
  it('reads none in the cells of a table listing them, the English names beside', () => {
    const text = [
      '|中文|英文|',
      '|:--|:--|',
      '|3-1 乙县财政收入\t|3-1 Revenue of County B\t|',
      '|3-2 乙县财政支出\t|3-2 Expenditure of County B\t|',
      '|3-3 乙县债务\t|3-3 Debt of County B\t|',
      '',
    ].join('\n');
    assert.deepEqual(brief(text), []);
  });
  it('keeps a lone pair and ranges that carry their unit', () => {
    assert.deepEqual(brief('4-6 月份的降水偏多。\n每户补贴1-2万元，每村3-5人。\n'), [
      '4-6 月份|["--04","--06"]||date',
      '1-2万元|[10000,20000]|元|money',
      '3-5人|[3,5]|人|count',
    ]);
  });
});
