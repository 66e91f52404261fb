/**
 * Figures on the released page sets (fig31): forum markup (BBCode) round a statistical release, a
 * broadcast's contents list whose page numbers its items twice, section numbers set alone on their
 * lines, a page's short dates after its date label, years glued to their months, ranges whose unit
 * is written at both ends, 圖 as a caption label. Every text here is made up for the test.
 */
import * as assert from 'node:assert/strict';
import { extractFigures } from '../../src/core/figures';
import { parseOutline } from '../../src/core/outline';

function brief(text: string): string[] {
  return extractFigures(text, parseOutline(text)).map((f) => `${f.text}|${JSON.stringify(f.value)}|${f.unit}|${f.kind}`);
}

describe('figures fig31: BBCode kept in a forum copy', () => {
  const post =
    '[align=center][color=rgb(51, 51, 51)][font=宋体][size=3][b]20[/b][b]2[/b][b]4[/b][b]年[/b][b]某县统计公报[/b][/size][/font][/color][/align]' +
    '[align=left][color=rgb(51, 51, 51)][font=宋体][size=3]全年地区生产总值[b]86.5[/b]亿元，比上年增长5.2%。[/size][/font][/color][/align]\n';
  it('reads no number inside a tag, and the number the tags cut as the reader sees it', () => {
    assert.deepEqual(brief(post), ['20|"2024"||date', '86.5|8650000000|元|money', '5.2%|5.2|%|percent']);
  });
  it('keeps each figure at its place in the file', () => {
    const f = extractFigures(post, parseOutline(post)).find((x) => x.unit === '%')!;
    assert.equal(post.slice(f.start, f.end), '5.2%');
  });
  it('leaves square brackets that are no forum markup', () => {
    assert.deepEqual(brief('见[1]和[size]说明，共[b]3个[/b]。'), ['3个|3|个|count']);
  });
});

describe('figures fig31: numbers a page layout writes as markers', () => {
  it('drops an item number that repeats the list marker its line opens with', () => {
    assert.deepEqual(brief('本期内容\n\n  1. 1.某领导会见外宾;\n\n  2. 2.某地举行第17届运动会;\n'), ['17届|17|届|other']);
    assert.deepEqual(brief('  1. 2.某项说明\n'), ['2|2||count']);
  });
  it('drops section numbers counting up alone on their lines, prose between', () => {
    assert.deepEqual(brief('00\n\n本期内容简介，共两条。\n\n01\n\n某地召开会议，部署工作。\n'), ['两条|2|条|count']);
  });
  it('keeps one such number, and code cells of a flattened table', () => {
    assert.deepEqual(brief('00\n\n本期内容简介\n'), ['00|0||count']);
    assert.deepEqual(brief('科目编码\n01\n一般公共服务\n02\n国防\n').length, 2);
  });
});

describe('figures fig31: short dates a page writes', () => {
  it('reads month-day and year-month after a date label', () => {
    assert.deepEqual(brief('时间:11-17编辑:佚名'), ['11-17|"--11-17"||date']);
    assert.deepEqual(brief('更新时间:2023-11 来源:网友投稿'), ['2023-11|"2023-11"||date']);
  });
  it('leaves the same forms without the label', () => {
    assert.deepEqual(brief('编号11-17'), ['11-17|[11,17]||count']);
    assert.deepEqual(brief('办公时间:9-17'), brief('办公:9-17'));
  });
  it('reads a year glued to its month as the date', () => {
    assert.deepEqual(brief('（19996月30日通过；20036月20日修订）'), ['19996月30日|"1999-06-30"||date', '20036月20日|"2003-06-20"||date']);
  });
});

describe('figures fig31: spans and labels', () => {
  it('reads a range whose unit is written at both ends as one figure', () => {
    assert.deepEqual(brief('20岁—24岁的青年'), ['20岁—24岁|[20,24]|岁|duration']);
    assert.deepEqual(brief('运距5公里～8公里'), ['5公里～8公里|[5,8]|公里|length']);
  });
  it('leaves a change from one amount to another', () => {
    assert.deepEqual(brief('由30人到50人'), ['30人|30|人|count', '50人|50|人|count']);
    assert.deepEqual(brief('人数减少2人至10人'), ['2人|2|人|count', '10人|10|人|count']);
  });
  it('reads two years as a span before 三次产业 (a sector, no month)', () => {
    assert.deepEqual(brief('2018年—2022年三次产业结构'), ['2018年—2022年|["2018","2022"]||date']);
    assert.deepEqual(brief('2000年至2021年三月'), ['2000年|"2000"||date', '2021年三月|"2021-03"||date']);
  });
  it('reads 圖 before a number as a caption label, as 图', () => {
    assert.deepEqual(brief('圖2 2018年—2022年三次產業增加值'), ['2|2||other', '2018年—2022年|["2018","2022"]||date']);
    assert.deepEqual(brief('藍圖2025'), brief('蓝图2025').map((s) => s));
  });
});

describe('figures fig31: a release page in figures', () => {
  it('reads a span of months before a count (1-2月31个省)', () => {
    assert.deepEqual(brief('1-2月31个省市区收入全部正增长'), ['1-2月|["--01","--02"]||date', '31个|31|个|count']);
    assert.deepEqual(brief('3-5月15日起'), ['3-5|[3,5]||count', '15日|"---15"||date']);
  });
  it('counts doses with 剂', () => {
    assert.deepEqual(brief('已提供18.5亿剂疫苗，接种3剂'), ['18.5亿剂|1850000000|剂|count', '3剂|3|剂|count']);
    assert.deepEqual(brief('该药3剂型'), ['3|3||count']);
  });
  it('gives a table cell its kind from a header of two rows whose label cell spans both', () => {
    const page =
      '<table><tr><td rowspan="2">分组</td><td colspan="2">营业收入</td></tr>' +
      '<tr><td>1-5月（亿元）</td><td>同比增长（%）</td></tr>' +
      '<tr><td>总计</td><td>3521.6</td><td>12.4</td></tr>' +
      '<tr><td>其中：制造业</td><td>2875.3</td><td>-3.2</td></tr></table>\n';
    const kinds = extractFigures(page, parseOutline(page)).filter((f) => /^-?[\d.]+$/.test(f.text)).map((f) => `${f.text}|${f.kind}`);
    assert.deepEqual(kinds, ['3521.6|money', '12.4|percent', '2875.3|money', '-3.2|percent']);
  });
});

describe('figures fig31: a document number whose brackets a PDF font mapped to quotes', () => {
  it('reads the year of 国办发„2009‟3号 as the year of 〔2009〕', () => {
    assert.deepEqual(brief('根据《通知》(国办发„2009‟3号)精神'), brief('根据《通知》(国办发〔2009〕3号)精神'));
    assert.equal(brief('国办发„2009‟3号')[0], '2009|"2009"||date');
  });
});
