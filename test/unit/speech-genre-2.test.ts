/**
 * Second round on speeches from speech-writing sites (表彰大会, 政府全体会议, 党课, 述职报告, 民主生活会,
 * 开班仪式, compilations). Every sentence here is made up for the test; each checks a general rule.
 */
import * as assert from 'node:assert/strict';
import { checkNumbering, fixAll, applyEdits } from '../../src/core/checks';
import { parseOutline } from '../../src/core/outline';
import { brief, texts } from './figureBrief';

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

describe('speech pages 2: 1。 as the marker 1.', () => {
  const outline = (t: string) => parseOutline(t, { format: 'plain' });
  const markers = (t: string) => outline(t).headings.filter((h) => h.family === 'arabic-dot').map((h) => h.marker);
  const part = '一、述职报告的特点\n总的来说有以下几点。\n二、写法\n';
  it('reads a line-start run 1。 2。 3。 as an arabic-dot run, marker as written', () => {
    const t = part + '1。述职的自我性。即自我评述。\n2。论述的确定性。对工作的评述。\n　　3。内容的规定性。德能勤绩。\n';
    const hs = outline(t).headings.filter((h) => h.family === 'arabic-dot');
    assert.deepEqual(hs.map((h) => [h.marker, h.ordinal, h.title]), [['1。', 1, '述职的自我性'], ['2。', 2, '论述的确定性'], ['3。', 3, '内容的规定性']]);
    assert.equal(new Set(hs.map((h) => h.run)).size, 1);
    assert.equal(checkNumbering(t, outline(t)).length, 0);
  });
  it('does not take a sentence end, a lone 1。, a decimal or a 。 before a quote for a marker', () => {
    assert.deepEqual(markers('经济增长了1。\n1。\n2。\n1。5倍的增长。\n2。”他说。\n'), []);
    assert.deepEqual(markers('今年完成了\n1。次年再做。\n数量为2。下一步要做好工作。\n'), []);
  });
  it('does not open an inline run right after the 。 of 1。', () => {
    const t = part + '1。一是要好，二是要快。\n2。内容。\n';
    assert.deepEqual(outline(t).headings.filter((h) => h.family === 'shi').map((h) => h.marker), []);
  });
  it('keeps 1. 2。 3. as one run: GM008 at 2。 with the majority mark, no gap', () => {
    const t = part + '1.述职的自我性。即自我评述。\n2。论述的确定性。对工作的评述。\n3.内容的规定性。德能勤绩。\n';
    const fs = checkNumbering(t, outline(t));
    assert.deepEqual(fs.map((f) => [f.code, t.slice(f.start, f.end)]), [['GM008', '2。']]);
    assert.equal(applyEdits(t, fixAll(fs)), t.replace('2。', '2.'));
  });
  it('fixes a lone 1. in a run written 1。 to the run majority 。', () => {
    const t = part + '1。述职的自我性。即自我评述。\n2。论述的确定性。对工作的评述。\n3.内容的规定性。德能勤绩。\n';
    const fs = checkNumbering(t, outline(t));
    assert.deepEqual(fs.map((f) => [f.code, t.slice(f.start, f.end)]), [['GM008', '3.']]);
    assert.equal(applyEdits(t, fixAll(fs)), t.replace('3.', '3。'));
  });
  it('reports a run written 1。 throughout only as the opt-in GM007 hint, with 1. as fix', () => {
    const t = part + '1。述职的自我性。即自我评述。\n2。论述的确定性。对工作的评述。\n';
    assert.deepEqual(checkNumbering(t, outline(t)), []);
    const fs = checkNumbering(t, outline(t), { severity: { GM007: 'hint' } });
    assert.deepEqual(fs.map((f) => [f.code, f.severity]), [['GM007', 'hint'], ['GM007', 'hint']]);
    assert.equal(applyEdits(t, fixAll(fs)), t.replace('1。', '1.').replace('2。', '2.'));
  });
  it('still reports a real gap in a 1。 run', () => {
    const t = part + '1。述职的自我性。即自我评述。\n2。论述的确定性。对工作的评述。\n4。内容的规定性。德能勤绩。\n';
    assert.deepEqual(checkNumbering(t, outline(t)).map((f) => [f.code, t.slice(f.start, f.end)]), [['GM001', '4。']]);
  });
});
