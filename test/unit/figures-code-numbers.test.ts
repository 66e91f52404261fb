/** Numbers in program code around a document kept in code: counting keys, program numbers, list marks. Made-up code. */
import * as assert from 'node:assert/strict';
import { brief } from './figureBrief';

describe('figures: numbers in program code', () => {
  // (a record's id and counters are the machine's fields, no figures: recordCodes.ts, figcode42)
  it('leaves out a record\'s id and counters, reads a year key as a date and an area key as an area', () => {
    assert.deepEqual(brief('  {\n    id: 3,\n    views: 4521,\n    likeCount: 17,\n    foundedYear: 1999,\n    area: 36.5,\n  }\n'),
      ['1999|"1999"||date', '36.5|36.5||area']);
  });
  it('reads arguments, comparisons and assignments in code lines as codes, and in a code file as no figures', () => {
    // (two statement lines: not yet a code file, the numbers are codes)
    assert.deepEqual(brief('const stamp = now.slice(0, 10);\nif (total > 0) {\n}\nMAX_ROWS = 500   # 每批行数\n'),
      ['0|0||other', '10|10||other', '0|0||other', '500|500||other']);
    // (three: the program's own numbers, programNumbers.ts)
    assert.deepEqual(brief('const stamp = now.slice(0, 10);\nif (total > 0) {\n  let added = 0;\n}\nMAX_ROWS = 500   # 每批行数\n'), []);
  });
  it('keeps counts in prose lines', () => {
    assert.deepEqual(brief('全年新建学校5所，其中小学3所。'), ['5所|5|所|count', '3所|3|所|count']);
  });
  it('reads a list number opening a code comment or a string literal as a list mark', () => {
    assert.deepEqual(brief('// 2. 写入示例数据\nconst items = [\n  \'1. 各单位报送材料\',\n  "3. 共有12人参加",\n];\n'), ['12人|12|人|count']);
  });
});
