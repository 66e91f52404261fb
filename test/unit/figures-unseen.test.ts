/**
 * Cases found by running the figures engine over documents it was not tuned on (other years' work
 * reports, a congress report, notices and judicial interpretations). Every sentence here is made
 * up for the test; each checks a general rule, not a line of those documents.
 */
import * as assert from 'node:assert/strict';
import { extractFigures } from '../../src/core/figures';
import { brief, texts } from './figureBrief';

function ind(text: string): (string | null)[] {
  return extractFigures(text).map((f) => f.indicator);
}

describe('figures on unseen documents: numbers', () => {
  it('reads Chinese digit-by-digit years written with 0, ０, 〇 or ○ as one date', () => {
    assert.deepEqual(brief('二0一九年全市财政收入增长'), ['二0一九年|"2019"||date']);
    assert.deepEqual(brief('到二〇三五年基本实现'), ['二〇三五年|"2035"||date']);
    assert.deepEqual(brief('自二○○六年起'), ['二○○六年|"2006"||date']);
    assert.deepEqual(brief('二00五年三月一日施行'), ['二00五年三月一日|"2005-03-01"||date']);
    // a stray zero between Chinese digits is never a figure of its own
    assert.deepEqual(texts('编号为三0二的房间'), []);
  });
  it('reads a Chinese decimal before a scale word', () => {
    assert.deepEqual(brief('全省生产总值达到五点六万亿元'), ['五点六万亿元|5600000000000|元|money']);
    assert.deepEqual(brief('粮食产量十二点五亿斤'), ['十二点五亿斤|1250000000|斤|mass']);
  });
  it('takes a bare 万亿 before a measure unit as one of it', () => {
    assert.deepEqual(brief('融资规模首次超过万亿元'), ['万亿元|1000000000000|元|money']);
  });
  it('reads the year in a document number as a date', () => {
    assert.deepEqual(brief('见财税[2016]36号文'), ['2016|"2016"||date', '36号|36|号|other']);
    assert.deepEqual(brief('（法发〔2021〕7号）'), ['2021|"2021"||date', '7号|7|号|other']);
  });
  it('keeps 以上 after a figure from hiding the next figure', () => {
    assert.deepEqual(texts('处五百元以上两千元以下罚款'), ['五百元', '两千元']);
  });
});

describe('figures on unseen documents: units', () => {
  it('counts large Chinese-numeral amounts of item classifiers', () => {
    assert.deepEqual(brief('每期印刷两千份'), ['两千份|2000|份|count']);
    // small ones still name sets or the text's own points
    assert.deepEqual(texts('抓好三项工作'), []);
  });
  it('knows miles and weeks', () => {
    assert.deepEqual(brief('距县城八十哩'), ['八十哩|80|哩|length']);
    assert.deepEqual(brief('航行三百海里'), ['三百海里|300|海里|length']);
    assert.deepEqual(brief('培训为期两个星期'), ['两个星期|2|个星期|duration']);
  });
  it('keeps 多 between 个 and a time unit inside the span', () => {
    assert.deepEqual(brief('座谈持续了两个多小时'), ['两个多小时|2|个小时|duration']);
  });
  it('reads a period ending in 内 as a duration', () => {
    assert.deepEqual(brief('三年内不得再次申请'), ['三年|3|年|duration']);
    assert.deepEqual(brief('一年内受过两次处分的'), ['一年|1|年|duration', '两次|2|次|count']);
  });
  it('reads per-quarter rates', () => {
    assert.deepEqual(brief('配额为30吨/季'), ['30吨/季|30|吨/季|mass']);
  });
});

describe('figures on unseen documents: not figures', () => {
  it('does not count 一 in 上一/下一 or 去年一年', () => {
    assert.deepEqual(texts('结转至下一年度使用'), []);
    assert.deepEqual(texts('与上一年相比'), []);
    assert.deepEqual(texts('今年一年之中办了不少实事'), []);
    assert.deepEqual(texts('明年是实现目标的关键一年'), []);
    assert.deepEqual(texts('项目建设用了一年'), ['一年']);
  });
  it('does not count the session number of a 届 meeting', () => {
    assert.deepEqual(texts('经十四届市人大三次会议审议'), []);
    assert.deepEqual(texts('县委十二届六次全会提出'), []);
    // a real count of meetings still counts
    assert.deepEqual(texts('全年召开常务会议三次'), ['三次']);
  });
  it('does not count 两位数 or 只有一个地球', () => {
    assert.deepEqual(texts('出口保持两位数增长'), []);
    assert.deepEqual(texts('因为我们只有一个地球'), []);
  });
  it('does not count the set phrases 两个大局 and 两个市场', () => {
    assert.deepEqual(texts('统筹国内国际两个大局'), []);
    assert.deepEqual(texts('用好两个市场两种资源'), []);
  });
});

describe('figures on unseen documents: indicators', () => {
  it('leaves list markers and dashes out of the indicator', () => {
    assert.deepEqual(ind('一、2019年工作回顾'), [null]);
    assert.deepEqual(ind('——2020年3月8日在大会上'), [null]);
    assert.deepEqual(ind('（三）2018年重点任务'), [null]);
  });
  it('does not cut a word in two at the end of the indicator', () => {
    assert.deepEqual(ind('登记失业率平均为3.9%'), ['登记失业率']);
    assert.deepEqual(ind('养老服务补贴惠及2万多名老人'), ['养老服务补贴']);
    assert.deepEqual(ind('城镇新增就业年均80万人'), ['城镇新增就业']);
  });
  it('drops trailing verbs of stating a level', () => {
    assert.deepEqual(ind('赤字率拟按2.5%安排'), ['赤字率']);
    assert.deepEqual(ind('全年城镇登记失业率控制在4%以内'), ['城镇登记失业率']);
    assert.deepEqual(ind('森林覆盖率从40%提高到45%'), ['森林覆盖率', '森林覆盖率']);
  });
  it('drops time words and copulas glued to the head of the clause', () => {
    assert.deepEqual(ind('去年底注册企业数量超过80万户'), ['注册企业数量']);
    // an anniversary names no measure (test/indicators/RULES.md, rule 11)
    assert.deepEqual(ind('今年是建县60周年'), [null]);
    assert.deepEqual(ind('审批时间压缩到不超过15个工作日'), ['审批时间']);
  });
  it('cuts a long indicator after a coordinator, not inside a word', () => {
    const i = ind('城乡居民医保和基本公共卫生服务经费人均财政补助标准提高30元')[0] ?? '';
    assert.ok(!i.startsWith('保和'), i);
    assert.ok(i.endsWith('人均财政补助标准'), i);
  });
  it('gives no indicator when only a verb precedes the figure', () => {
    assert.deepEqual(ind('经过8年努力'), [null]);
    assert.deepEqual(ind('新建12所学校'), [null]);
  });
});

describe('figures: nothing inside an HTML comment', () => {
  it('drops figures a comment hides and keeps those around it', () => {
    const t = '<p>去年产值增长8.5%。</p><!--ads[<p>推荐：2021年十大新闻，阅读12万次</p>]ads--><p>今年投资30亿元。</p>';
    assert.deepEqual(extractFigures(t).map((f) => f.text), ['8.5%', '30亿元']);
    // an unclosed `<!--` hides nothing
    assert.deepEqual(extractFigures('说明<!--后面没有结束，增长5%。').map((f) => f.text), ['5%']);
  });
});
