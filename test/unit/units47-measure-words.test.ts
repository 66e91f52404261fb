/**
 * Measure words and counted nouns after Arabic digits (measureWords.ts): the number keeps the word
 * that counts it (3门, 9国, 4858行), unless the word opens another word there (3门口, 2019国家) or
 * follows a Chinese numeral (三门峡, 一国两制). Our own sentences (units47).
 */
import * as assert from 'node:assert/strict';
import { brief } from './figureBrief';

describe('units47: measure words after a number', () => {
  it('keeps individual classifiers with their number', () => {
    assert.deepEqual(brief('本学期学校新开3门选修课。'), ['3门|3|门|count']);
    assert.deepEqual(brief('他只说了2句话，桌上摆着2样点心。'), ['2句|2|句|count', '2样|2|样|count']);
    assert.deepEqual(brief('老人在山里发现了6具化石，全村打了102眼机井。'), ['6具|6|具|count', '102眼|102|眼|count']);
    assert.deepEqual(brief('这段程序共4858行，改写后只剩300行。'), ['4858行|4858|行|count', '300行|300|行|count']);
  });
  it('keeps verbal classifiers: shots, laps, injections, meals', () => {
    assert.deepEqual(brief('仪仗队鸣礼炮21响，运动员绕场跑了28圈。'), ['21响|21|响|count', '28圈|28|圈|count']);
    assert.deepEqual(brief('他已接种3针疫苗，每天吃3顿饭。'), ['3针|3|针|count', '3顿|3|顿|count']);
  });
  it('keeps containers and votes, after a scale word too', () => {
    assert.deepEqual(brief('门店全年售出12亿杯奶茶。'), ['12亿杯|1200000000|杯|count']);
    assert.deepEqual(brief('议案以142票赞成、3票反对获得通过。'), ['142票|142|票|count', '3票|3|票|count']);
  });
  it('keeps administrative units and countries used as counters, with 多 between', () => {
    assert.deepEqual(brief('全国31省份公布了数据，全省26县全部摘帽。'), ['31省份|31|省份|count', '26县|26|县|count']);
    assert.deepEqual(brief('共有40多国参加展会，今年又有9国代表团来访。'), ['40多国|40|国|count', '9国|9|国|count']);
    assert.deepEqual(brief('我们今年走访了8村12户。'), ['8村|8|村|count', '12户|12|户|count']);
  });
  it('reads compound units and the measures the lexicon lacked', () => {
    assert.deepEqual(brief('全县存栏牛羊14万头只。'), ['14万头只|140000|头只|count']);
    assert.deepEqual(brief('锅炉房拆除了10蒸吨以下锅炉。'), ['10蒸吨|10|蒸吨|energy']);
    assert.deepEqual(brief('每件能省5分钱。'), ['5分钱|5|分钱|money']);
    assert.deepEqual(brief('报告分为3部分。'), ['3部分|3|部分|count']);
    assert.deepEqual(brief('芯片采用5纳米工艺。'), ['5纳米|5|纳米|length']);
  });
  it('leaves the word out where it opens another word', () => {
    assert.deepEqual(brief('学生们在3门口排队等候。'), ['3|3||count']);
    assert.deepEqual(brief('会上5行业协会代表发言。'), ['5|5||count']);
    assert.deepEqual(brief('会议由2副主任主持。'), ['2|2||count']);
    assert.deepEqual(brief('77国集团发表声明。'), ['77|77||count']);
  });
  it('leaves a year before the word alone', () => {
    assert.deepEqual(brief('2019国家统计年鉴已出版。'), ['2019|"2019"||date']);
    assert.deepEqual(brief('2020县域经济发展报告发布。'), ['2020|"2020"||date']);
  });
  it('reads none of them after a Chinese numeral: place names and idioms', () => {
    assert.deepEqual(brief('三门峡市召开会议。'), []);
    assert.deepEqual(brief('坚持一国两制方针。'), []);
    assert.deepEqual(brief('三百六十行，行行出状元。'), []);
  });
});
