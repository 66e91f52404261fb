/**
 * Figures on statistical pages (figures40): a year written once before a span of months, a table
 * flattened one cell per line whose cells end with a bar and whose header is letter-spaced. Every
 * text here is made up for the test.
 */
import * as assert from 'node:assert/strict';
import { extractFigures } from '../../src/core/figures';
import { parseOutline } from '../../src/core/outline';

function brief(text: string): string[] {
  return extractFigures(text, parseOutline(text)).map((f) => `${f.text}|${JSON.stringify(f.value)}|${f.unit}|${f.kind}`);
}

describe('figures fig40: a year before a span of months', () => {
  it('reads the year and the span as one pair', () => {
    assert.deepEqual(brief('2031年1-5月全县客运量增长3.1%。'), ['2031年1-5月|["2031-01","--05"]||date', '3.1%|3.1|%|percent']);
    assert.deepEqual(brief('2029年3—6月份，湖滨镇新增企业12家。'), ['2029年3—6月份|["2029-03","--06"]||date', '12家|12|家|count']);
  });
  it('leaves a span of months with no year of its own as it was', () => {
    assert.deepEqual(brief('今年1-5月，全县客运量增长3.1%。'), ['1-5月|["--01","--05"]||date', '3.1%|3.1|%|percent']);
  });
});

describe('figures fig40: a flattened table whose cells end with a bar, with a column of units', () => {
  const table = [
    '指 标 |', '单 位 |', '2030年 |', '2031年 |', '2031年比', '2030增长% |',
    '一、客运总量 |', '万人次 |', '512.4 |', '538.9 |', '5.2 |',
    '1.公路客运 |', '万人次 |', '401.2 |', '410.6 |', '2.3 |',
    '二、港口吞吐量 |', '万吨 |', '88.31 |', '90.02 |', '1.9 |',
    '三、景区门票收入 |', '亿元 |', '3.35 |', '3.71 |', '10.7 |', '|',
  ].join('\n');
  it('gives each amount the kind of its row\'s unit and the last column percent', () => {
    const got = brief(table);
    assert.ok(got.includes('512.4|512.4||count'));
    assert.ok(got.includes('401.2|401.2||count'));
    assert.ok(got.includes('90.02|90.02||mass'));
    assert.ok(got.includes('3.71|3.71||money'));
    assert.ok(got.includes('10.7|10.7||percent'));
    assert.ok(got.includes('2.3|2.3||percent'));
  });
  it('reads no unit cell as a figure (亿元 alone is no hundred million)', () => {
    assert.ok(!brief(table).some((r) => r.startsWith('亿元|') || r.startsWith('万吨|')));
  });
});

describe('figures fig40: cities counted after digits', () => {
  it('counts 市 after digits as 省 is counted', () => {
    assert.deepEqual(brief('收入增幅在湖滨片区7市中居第2位。'), ['7市|7|市|count', '2位|2|位|other']);
    assert.deepEqual(brief('全省12市全部完成任务。'), ['12市|12|市|count']);
  });
  it('leaves the words 市 opens (市场, 市民, 市级) and a year before 市', () => {
    assert.deepEqual(brief('新增3市场主体'), ['3|3||count']);
    assert.deepEqual(brief('2031市政府工作报告'), ['2031|"2031"||date']);
  });
});

describe('figures fig40: a mirror\'s pinyin residue inside a unit or its rate', () => {
  it('reads the unit through the residues, the span over them', () => {
    assert.deepEqual(brief('湖区平均濃度為41微(wei)(wei)克(ke)/立(li)方(fang)米,同比下降'), ['41微(wei)(wei)克(ke)/立(li)方(fang)米|41|微克/立方米|other']);
    assert.deepEqual(brief('均值為8微克/立方(fang)米(mi)。'), ['8微克/立方(fang)米(mi)|8|微克/立方米|other']);
    assert.deepEqual(brief('吞吐量超過12.6萬標(biāo)箱。'), ['12.6萬標(biāo)箱|126000|標箱|count']);
    assert.deepEqual(brief('新建廠房2.5萬平(píng)方米'), ['2.5萬平(píng)方米|25000|平方米|area']);
  });
  it('keeps the readings it read before', () => {
    assert.deepEqual(brief('增加0.4個(gè)百分點(diǎn)'), ['0.4個(gè)百分點(diǎn)|0.4|個百分點|percentage-point']);
    assert.deepEqual(brief('共有7.2萬(wàn)人'), ['7.2萬(wàn)人|72000|人|count']);
  });
});

describe('figures fig40: a column of years in a Markdown table', () => {
  it('reads a four-digit cell under 时间 or 年份 as the year', () => {
    const t = '| 时间 | 常住人口 (万人) | 出生率 (‰) |\n|---|---|---|\n| 2031 | 39.14 | 7.79 |\n| 2030 | 37.41 | 8.17 |\n';
    assert.deepEqual(brief(t), ['2031|"2031"||date', '39.14|39.14||count', '7.79|7.79||ratio', '2030|"2030"||date', '37.41|37.41||count', '8.17|8.17||ratio']);
  });
  it('leaves four digits under another header a code', () => {
    assert.deepEqual(brief('| 编号 | 数量 |\n|---|---|\n| 2031 | 3 |\n'), ['2031|2031||other', '3|3||count']);
  });
});
