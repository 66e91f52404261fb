/**
 * Figures fitted in round 27 (fig45, study79): basis points (个基点, BP) and the measures of metal, grain and fuel futures (盎司, 蒲式耳, 加仑). Every text here is made up for the test.
 */
import * as assert from 'node:assert/strict';
import { brief } from './figureBrief';

describe('figures45: basis points', () => {
  it('reads 个基点, 基点, BP and bp as points of a rate', () => {
    assert.deepEqual(brief('央行宣布将政策利率下调10个基点。'), ['10个基点|10|个基点|percentage-point']);
    assert.deepEqual(brief('市场预期下月降息25BP，收益率大涨12bp。'), ['25BP|25|BP|percentage-point', '12bp|12|bp|percentage-point']);
    assert.deepEqual(brief('贷款利率较上月下降二十个基点。'), ['二十个基点|20|个基点|percentage-point']);
    assert.deepEqual(brief('利率下调15bps。'), ['15bps|15|bps|percentage-point']);
  });
  it('leaves 基点 as a word, and BP as a name', () => {
    assert.deepEqual(brief('要把扩大内需作为战略基点。'), []);
    assert.deepEqual(brief('这个模型用了3层BP神经网络。'), ['3层|3|层|other']);
  });
});

describe('figures45: ounces, bushels and gallons', () => {
  it('reads the price per unit of a metal, a grain or a fuel as one rate', () => {
    assert.deepEqual(brief('现货黄金收报2410美元/盎司。'), ['2410美元/盎司|2410|美元/盎司|money']);
    assert.deepEqual(brief('玉米期货收于452美分/蒲式耳。'), ['452美分/蒲式耳|452|美分/蒲式耳|money']);
    assert.deepEqual(brief('柴油零售价3.9美元/加仑。'), ['3.9美元/加仑|3.9|美元/加仑|money']);
  });
  it('reads the measures alone', () => {
    assert.deepEqual(brief('该国黄金储备增至7280万盎司。'), ['7280万盎司|72800000|盎司|mass']);
    assert.deepEqual(brief('今年小麦出口预计为8亿蒲式耳。'), ['8亿蒲式耳|800000000|蒲式耳|volume']);
  });
});

describe('figures45: centuries counted, characters of a text', () => {
  it('reads N个世纪 as a span of time, and names a century (a date, figkind47)', () => {
    assert.deepEqual(brief('这座城墙历经7个世纪风雨。'), ['7个世纪|7|个世纪|duration']);
    assert.deepEqual(brief('两个世纪以来，港口几经兴衰。'), ['两个世纪|2|个世纪|duration']);
    assert.deepEqual(brief('21世纪是海洋的世纪。'), ['21世纪|null||date']);
  });
  it('reads 字符 as one unit after digits', () => {
    assert.deepEqual(brief('摘要不超过300字符。'), ['300字符|300|字符|count']);
    assert.deepEqual(brief('密码至少8个字符。'), ['8个|8|个|count']);
  });
});
