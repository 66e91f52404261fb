/**
 * Second round on speeches from speech-writing sites (表彰大会, 政府全体会议, 党课, 述职报告, 民主生活会,
 * 开班仪式, compilations). Every sentence here is made up for the test; each checks a general rule.
 */
import * as assert from 'node:assert/strict';
import { extractFigures } from '../../src/core/figures';
import { checkNumbering } from '../../src/core/checks';
import { parseOutline } from '../../src/core/outline';

function brief(text: string): string[] {
  return extractFigures(text).map((f) => `${f.text}|${JSON.stringify(f.value)}|${f.unit}|${f.kind}`);
}
function texts(text: string): string[] {
  return extractFigures(text).map((f) => f.text);
}

describe('speech pages 2: figures', () => {
  it('does not read a scale word whose digits were redacted or left blank as one of it', () => {
    assert.deepEqual(texts('全镇财政收入××亿元，同比增长××%。'), []);
    assert.deepEqual(texts('完成投资xx亿元，新增产能XX万吨。'), []);
    assert.deepEqual(texts('上半年地区生产总值 亿元，排名第3位。'), ['3位']);
  });
  it('still reads a bare scale word that stands for one of it', () => {
    assert.deepEqual(brief('引进超亿元项目'), ['亿元|100000000|元|money']);
    assert.deepEqual(texts('两个项目投资近亿元'), ['两个', '亿元']);
  });
  it('reads a span of years joined by the horizontal bar ― as one date range', () => {
    assert.deepEqual(texts('按照《五年规划（2016―2020年）》的要求'), ['2016―2020年']);
    assert.deepEqual(brief('2019―2021年'), brief('2019—2021年').map((s) => s.replace('—', '―')));
  });
  it('takes a line-start 1。 before a heading for a list marker, not a count', () => {
    assert.deepEqual(texts('一、基本特点\n1。表述的自我性。第一人称。\n2。内容的具体性。有12项指标。'), ['12项']);
  });
  it('keeps a number that ends a sentence with 。', () => {
    assert.deepEqual(texts('本月新增企业15。\n销量增长了8。'), ['15', '8']);
  });
});

describe('speech pages 2: checks', () => {
  const codes = (t: string) => checkNumbering(t, parseOutline(t, { format: 'plain' })).map((f) => f.code);
  it('does not report a gap when the missing item sits inside the paragraph after a sentence end', () => {
    const t = '会议议程\n一、宣读决定\n请主任宣读。\n二、颁发奖牌\n请领导颁奖。三、代表发言，请代表发言。\n四、领导讲话\n请书记讲话。\n';
    assert.deepEqual(codes(t), []);
  });
  it('still reports the gap when the number inside the paragraph is not after a sentence end', () => {
    const t = '会议议程\n一、宣读决定\n请主任宣读。\n二、颁发奖牌\n请领导颁奖，三、四名代表依次上台。\n四、领导讲话\n请书记讲话。\n';
    assert.deepEqual(codes(t), ['GM001']);
  });
});

describe('speech pages 2: titles', () => {
  const titles = (t: string) =>
    parseOutline(t, { format: 'plain' })
      .headings.filter((h) => h.marker === '')
      .map((h) => h.title);
  const body = '一、提高认识\n内容很充实。\n二、狠抓落实\n内容很具体。\n';
  it('takes a line that opens with the year of the document for a title', () => {
    assert.deepEqual(titles('2024年全镇安全生产工作会议讲话\n今天召开会议，部署全年工作。\n' + body), ['2024年全镇安全生产工作会议讲话']);
    assert.deepEqual(titles('2021年度专题组织生活会发言提纲\n\n同志们：\n' + body), ['2021年度专题组织生活会发言提纲']);
  });
  it('still refuses a date line that gives a month', () => {
    assert.deepEqual(titles('在全市教育大会上的讲话\n2020年9月在市委礼堂召开的会议\n今天召开会议。\n' + body), ['在全市教育大会上的讲话']);
  });
  it('takes a page title ending in 范文 for a title, not for a site name', () => {
    assert.deepEqual(titles('年终工作总结发言范文\n\n同志们：\n' + body), ['年终工作总结发言范文']);
  });
  it('takes the first piece of a compilation among the page title lines', () => {
    const t = '党支部书记表态发言范文\n\n更新时间：2022-01-05\n\n党支部书记表态发言\n\n党支部书记表态发言范文第1篇\n\n坚定信心抓落实\n\n同志们：今天开会，部署工作。\n' + body;
    assert.deepEqual(titles(t), ['党支部书记表态发言范文', '党支部书记表态发言范文第1篇']);
  });
  it('does not take a table of contents of compilation pieces for titles', () => {
    const t = '乡镇工作会议讲话汇编\n\n目录\n\n乡镇工作会议讲话篇1\n\n乡镇工作会议讲话篇2\n\n乡镇工作会议讲话篇3\n\n同志们：今天开会，部署工作。\n' + body;
    assert.deepEqual(titles(t), ['乡镇工作会议讲话汇编']);
  });
});

describe('speech pages 2: set names', () => {
  it('does not count the leading bodies named 四套班子 / 四大班子', () => {
    assert.deepEqual(texts('我代表县四套班子，向受表彰的12名同志表示祝贺。市四大班子领导出席。'), ['12名']);
  });
});
