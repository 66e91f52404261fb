/**
 * Figures fitted in round 27 (fig45, study74/80): years written without their digits, dates with
 * value null as ANNOTATION.md reads them: a generation (00后, 80后) and a redacted year (xx年).
 * Every text here is made up for the test.
 */
import * as assert from 'node:assert/strict';
import { brief } from './figureBrief';

describe('figures45: a generation named by its decade', () => {
  it('reads 00后, 80后, 95后 as two-digit years', () => {
    assert.deepEqual(brief('不少“00后”选择回乡创业。'), ['00|null||date']);
    assert.deepEqual(brief('80后、90后已成为中坚力量。'), ['80|null||date', '90|null||date']);
    assert.deepEqual(brief('这支队伍里有12名70后老党员。'), ['12名|12|名|count', '70|null||date']);
  });
  it('leaves an age passed, a four-digit year and other numbers before 后', () => {
    assert.deepEqual(brief('年满60后可按月领取补贴。'), ['60|60||other']);
    assert.deepEqual(brief('调查覆盖1990后出生的青年。'), ['1990|"1990"||date']);
    assert.deepEqual(brief('共检查23后整改。'), ['23|23||count']);
  });
});

describe('figures45: a redacted year', () => {
  it('reads xx年 as a date with no value, and spans the month after it', () => {
    assert.deepEqual(brief('xx年的工作已接近尾声。'), ['xx年|null||date']);
    assert.deepEqual(brief('xx年6月，公司举行了考试。'), ['xx年6月|"--06"||date']);
    assert.deepEqual(brief('为XX年开门红奠定基础。'), ['XX年|null||date']);
    assert.deepEqual(brief('××年工作总结'), ['××年|null||date']);
  });
  it('leaves letters of a word and 20xx年 as they were', () => {
    assert.deepEqual(brief('在boxx年会上发言。'), []);
    assert.deepEqual(brief('xx公司的年度报告。'), []);
    assert.deepEqual(brief('20xx年，全市经济稳中有进。'), ['20xx年|null||date']);
  });
});
