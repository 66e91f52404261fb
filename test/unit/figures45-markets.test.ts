/**
 * Figures fitted in round 27 (fig45, study79): the kinds of a market report's quotes (an index's level and name, an exchange rate, a run of days). Every text here is made up for the test.
 */
import * as assert from 'node:assert/strict';
import { brief } from './figureBrief';

describe('figures45: a market report\'s quotes', () => {
  it('reads an index\'s level in points as a level', () => {
    assert.deepEqual(brief('恒生指数跌1.2%至16850点。'), ['1.2%|1.2|%|percent', '16850点|16850|点|other']);
    assert.deepEqual(brief('道指大跌420点，纳指跌2%。'), ['420点|420|点|other', '2%|2|%|percent']);
    assert.deepEqual(brief('沪指收涨0.8%，报3128.5点。'), ['0.8%|0.8|%|percent', '3128.5点|3128.5|点|other']);
  });
  it('reads an index\'s name and a bare level as no count', () => {
    assert.deepEqual(brief('沪深300指数上涨1.5%。'), ['300|300||other', '1.5%|1.5|%|percent']);
    assert.deepEqual(brief('美元指数涨0.1%报104.25。'), ['0.1%|0.1|%|percent', '104.25|104.25||other']);
  });
  it('reads an exchange rate quoted as a ratio', () => {
    assert.deepEqual(brief('英镑兑美元涨0.4%报1.2750。'), ['0.4%|0.4|%|percent', '1.2750|1.275||ratio']);
    assert.deepEqual(brief('在岸人民币对美元收报7.2415。'), ['7.2415|7.2415||ratio']);
  });
  it('counts a run of days', () => {
    assert.deepEqual(brief('日经225指数连涨5日。'), ['225|225||other', '5日|5|日|duration']);
  });
  it('keeps points that are no index\'s', () => {
    assert.deepEqual(brief('会议提出了3点意见。'), ['3点|3|点|count']);
    assert.deepEqual(brief('中间价上调120个基点，报7.0850。'), ['120个基点|120|个基点|percentage-point', '7.0850|7.085||count']);
  });
});
