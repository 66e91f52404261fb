/**
 * A table a page reader flattened one cell per line with a bar line between the cells: no 序号
 * cells, but rows of a name and the same number of numbers under a header of one name a column.
 * Every table here is made up for the test.
 */
import * as assert from 'node:assert/strict';
import { brief } from './figureBrief';

const bars = (cells: string[]): string => cells.join('\n|\n') + '\n';

describe('figures: tables flattened with bar lines between the cells', () => {
  it('gives each bare number the kind of its column: the header\'s own unit, a % header, or the table\'s unit', () => {
    const text = '全镇主要指标\n' + bars(['单位:万元', '指标', '总量', '增长%', '农业产值', '812.5', '3.1', '工业产值', '2046.7', '-1.2', '服务业产值', '977.0', '6.4']);
    assert.deepEqual(brief(text), [
      '812.5|812.5||money', '3.1|3.1||percent',
      '2046.7|2046.7||money', '-1.2|-1.2||percent',
      '977.0|977||money', '6.4|6.4||percent',
    ]);
  });
  it('leaves numbers as they were where the cells do not form rows of one width', () => {
    const text = bars(['单位:万元', '指标', '总量', '增长%', '农业产值', '812.5', '3.1', '工业产值', '2046.7', '服务业产值', '977.0', '6.4']);
    assert.ok(brief(text).every((s) => s.endsWith('|count')), brief(text).join(' '));
  });
});
