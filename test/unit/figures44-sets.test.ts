/**
 * Figures44, second step: the text's own points and a slogan's sets counted with 个, programmes
 * named by a round amount, the minutes of a meeting numbered without 第, 五篇大文章. Every text here
 * is made up for the test.
 */
import * as assert from 'node:assert/strict';
import { brief } from './figureBrief';

function find(text: string, span: string): string | undefined {
  return brief(text).find((b) => b.startsWith(span + '|'));
}

describe('figures44: 个 before the noun of the text’s own points closing its clause', () => {
  it('reads no count in 三个重点。, 六个新亮点，, 五个统筹，, 四个第一，, 六个稳，', () => {
    assert.equal(find('总的来看，今年的工作有三个重点。', '三个'), undefined);
    assert.equal(find('全市农村经济呈现出六个新亮点，值得总结', '六个'), undefined);
    assert.equal(find('坚持五个统筹，推动协调发展', '五个'), undefined);
    assert.equal(find('坚持四个第一，大兴调查研究', '四个'), undefined);
    assert.equal(find('做到六个稳，守住底线', '六个'), undefined);
    assert.equal(find('總括來說，有三個重點。', '三個'), undefined);
  });
  it('keeps the count when the noun goes on into a thing counted', () => {
    assert.equal(find('新建三个重点实验室', '三个'), '三个|3|个|count');
    assert.equal(find('全市建成两个重点项目', '两个'), '两个|2|个|count');
    assert.equal(find('培育两个新项目', '两个'), '两个|2|个|count');
  });
});

describe('figures44: a programme named by a round amount', () => {
  it('reads no figure in the name', () => {
    assert.equal(find('实施新一轮千亿斤粮食产能提升行动', '千亿斤'), undefined);
    assert.equal(find('全力推进百亿斤粮食产能基地建设', '百亿斤'), undefined);
    assert.equal(find('打造万亿元产业集群培育工程', '万亿元'), undefined);
  });
  it('keeps the round amount a clause states', () => {
    assert.equal(find('全省粮食产量首次突破千亿斤', '千亿斤'), '千亿斤|100000000000|斤|mass');
    assert.equal(find('新增粮食产能百亿斤，建设高标准农田', '百亿斤'), '百亿斤|10000000000|斤|mass');
    assert.equal(find('粮食产量连续稳定在1.3万亿斤以上', '1.3万亿斤'), '1.3万亿斤|1300000000000|斤|mass');
  });
});

describe('figures44: a meeting numbered without 第, and 五篇大文章', () => {
  it('reads no count in the minutes of a numbered meeting', () => {
    assert.equal(find('开发者俱乐部四十九次会议纪要', '四十九次'), undefined);
    assert.equal(find('协会理事会二十三次会议记录', '二十三次'), undefined);
  });
  it('keeps meetings counted', () => {
    assert.equal(find('本年度共召开十二次会议，研究重大事项', '十二次'), '十二次|12|次|count');
    assert.equal(find('委员会先后召开五次会议', '五次'), '五次|5|次|count');
  });
  it('reads 五篇大文章 as a set, 五篇论文 as a count', () => {
    assert.equal(find('做好金融五篇大文章', '五篇'), undefined);
    assert.equal(find('全年发表五篇论文', '五篇'), '五篇|5|篇|count');
  });
});

describe('figures44: 多 between 万 and 亿', () => {
  it('reads one amount in trillions, money when it writes no unit', () => {
    assert.equal(find('全年财政收入1万多亿元', '1万多亿元'), '1万多亿元|1000000000000|元|money');
    assert.equal(find('全年财政收入1万多亿元', '亿元'), undefined);
    assert.equal(find('明显是下跌了4萬多億元，而且', '4萬多億元'), '4萬多億元|4000000000000|元|money');
    assert.equal(find('进出口总值达到3万多亿美元', '3万多亿美元'), '3万多亿美元|3000000000000|美元|money');
    assert.equal(find('社会消费品零售总额突破1万多亿', '1万多亿'), '1万多亿|1000000000000||money');
  });
  it('leaves 万多 before a unit as it was', () => {
    assert.equal(find('全市常住人口1万多人', '1万多人'), '1万多人|10000|人|count');
    assert.equal(find('捐款5万多元', '5万多元'), '5万多元|50000|元|money');
  });
});
