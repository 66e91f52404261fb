import { strict as assert } from 'node:assert';
import { extractFigures } from '../../src/core';

/** Dates found in an invented line: text and value of every date figure. */
function dates(text: string): Array<[string, unknown]> {
  return extractFigures(text).filter((f) => f.kind === 'date').map((f) => [f.text, f.value]);
}

describe('talks47: a Chinese month written alone in a talk or a report', () => {
  it('takes a month after a year word (同年, 去年, 今年, 每年)', () => {
    assert.deepEqual(dates('青岚县同年六月完成了验收工作。'), [['六月', '--06']]);
    assert.deepEqual(dates('去年九月我们开始筹备这次展会。'), [['九月', '--09']]);
    assert.deepEqual(dates('今年十二月要把图书馆建起来。'), [['十二月', '--12']]);
    assert.deepEqual(dates('白石镇每年四月举办桃花节。'), [['四月', '--04']]);
  });
  it('takes a month before a time relation (前, 以后, 间)', () => {
    assert.deepEqual(dates('所有申报材料要在六月前交齐。'), [['六月', '--06']]);
    assert.deepEqual(dates('大家都说三月以后和过去不一样了。'), [['三月', '--03']]);
    assert.deepEqual(dates('改造工程在五月间基本完成。'), [['五月', '--05']]);
  });
  it('takes the second of two months listed with 、', () => {
    assert.deepEqual(dates('工地在一九九八年八月、九月间停工。'), [['一九九八年八月', '1998-08'], ['九月', '--09']]);
  });
  it('takes a span of two Chinese months as one pair', () => {
    assert.deepEqual(dates('去年二月至八月为准备阶段，九月至今年一月为推广阶段。'), [['二月至八月', ['--02', '--08']], ['九月至今年一月', ['--09', '--01']]]);
    assert.deepEqual(dates('三月到五月份集中整治河道。'), [['三月到五月份', ['--03', '--05']]]);
  });
  it('leaves idioms, counted months and a month ago alone', () => {
    assert.deepEqual(dates('十月怀胎，一朝分娩。'), []);
    assert.deepEqual(dates('七月流火，九月授衣。'), []);
    assert.deepEqual(dates('项目一月前就已经启动了。'), []);
    assert.deepEqual(dates('前三月的销量不错，后三月还要加油。'), []);
    assert.deepEqual(dates('这个班子用了六个月以后才理顺关系。').filter(([t]) => t === '六月'), []);
    assert.deepEqual(dates('他是二十一月份出生的说法不对。').filter(([t]) => String(t).startsWith('一月')), []);
  });
});
