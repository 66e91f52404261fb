/**
 * Figure classes that recur across documents of different sites (fig38): townships and towns as
 * measure words, tables whose cells each end their line with a bar, and a table's unit written as a
 * bar-parted row of its own. Every text here is made up for the test.
 */
import * as assert from 'node:assert/strict';
import { brief } from './figureBrief';

describe('figures fig38: townships and towns counted after digits', () => {
  it('reads 乡, 镇 and 乡镇 after digits as counts with their measure word', () => {
    assert.deepEqual(brief('调研覆盖了全区3乡5镇的情况'), ['3乡|3|乡|count', '5镇|5|镇|count']);
    assert.deepEqual(brief('该县下辖7镇2乡，共12乡镇参评'), ['7镇|7|镇|count', '2乡|2|乡|count', '12乡镇|12|乡镇|count']);
    assert.deepEqual(brief('轄4鎮2鄉'), ['4鎮|4|鎮|count', '2鄉|2|鄉|count']);
  });

  it('leaves a year before a title\'s 乡镇 a year, and the words 乡 and 镇 open alone', () => {
    assert.deepEqual(brief('2023乡镇工作总结'), ['2023|"2023"||date']);
    assert.deepEqual(brief('2024镇政府要点'), ['2024|"2024"||date']);
    assert.deepEqual(brief('共有3乡村振兴示范点'), ['3|3||count']);
  });
});

describe('figures fig38: a table flattened with each cell ending its line with a bar', () => {
  const cells = (list: string[]): string => list.map((c) => c + ' |').join('\n') + '\n';

  it('gives each bare number the kind its column header gives', () => {
    const text = '表2:主要畜产品产量\n' + cells(['品种', '产量(万吨)', '比上年增长%', '肉类', '12.35', '2.1', '禽蛋', '3.08', '-0.6', '奶类', '5.77', '4.4']) +
      '全年畜牧业保持平稳发展，规模养殖比重继续提高。\n';
    assert.deepEqual(brief(text).filter((s) => !s.startsWith('2|')), [
      '12.35|12.35||mass', '2.1|2.1||percent',
      '3.08|3.08||mass', '-0.6|-0.6||percent',
      '5.77|5.77||mass', '4.4|4.4||percent',
    ]);
  });

  it('reads the whole rows before a note that follows the table with its own bars', () => {
    const text = cells(['指标', '本期', '增长(%)', '销售额(亿元)', '812.4', '3.5', '批发额', '700.1', '2.9', '零售额', '112.3', '7.7']) +
      '||||\n' + cells(['指标说明及统计范围', '统计范围:限额以上单位']);
    assert.deepEqual(brief(text).filter((s) => s.endsWith('percent')), ['3.5|3.5||percent', '2.9|2.9||percent', '7.7|7.7||percent']);
  });

  it('leaves cells that do not make three whole rows as they were', () => {
    const text = cells(['指标', '本期', '增长(%)', '销售额', '812.4', '3.5', '批发额', '700.1']) + '以上为初步统计数据，仅供参考。\n';
    assert.ok(brief(text).every((s) => s.endsWith('|count')), brief(text).join(' '));
  });
});

describe('figures fig38: a table\'s unit written as a bar-parted row', () => {
  it('gives the table\'s unit to a column whose header names no unit, codes of five digits included', () => {
    const text = '表3:全县主要农产品产量\n全县主要农产品产量 | |\n单位:吨 | |\n品名 | 产量 |\n稻谷 | 204815 |\n玉米 | 36120 |\n花生 | 47 |\n';
    assert.deepEqual(brief(text).filter((s) => /^\d{2,}\|/.test(s)), ['204815|204815||mass', '36120|36120||mass', '47|47||mass']);
  });

  it('lets a row that names its own unit keep it under the table\'s unit', () => {
    const text = '全县主要产品产量 | |\n单位:万吨 | |\n产品 | 产量 |\n原煤 | 845.2 |\n水泥 | 86.5 |\n发电量(亿千瓦时) | 16.3 |\n';
    assert.deepEqual(brief(text), ['845.2|845.2||mass', '86.5|86.5||mass', '16.3|16.3||energy']);
  });
});

describe('figures fig38: a Markdown link\'s target is an address', () => {
  it('reads no figure in an image path a clipping tool wrote relative to its vault, percent-encoded', () => {
    const text = '# 某地推进协调发展\n\n![](4.%20待整理/图片/市政协负责同志谈以改革举措推进区域协调发展的几点思考与建议-Ab3Cd5Ef7G.jpeg)\n\n全年投资增长6.2%。\n';
    assert.deepEqual(brief(text), ['6.2%|6.2|%|percent']);
  });

  it('keeps the figures of the link\'s text and of the prose around it', () => {
    assert.deepEqual(brief('共投入[专项资金300万元](docs/2024/专项资金的使用明细与绩效情况说明.html)，覆盖12个村'),
      ['300万元|3000000|元|money', '12个|12|个|count']);
  });
});
