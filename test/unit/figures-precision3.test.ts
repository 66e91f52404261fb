/**
 * Figure precision on documents nobody tuned to (issue 8, third round): PDF text cut by line
 * breaks, a scraper's CSV header, medal tallies, decades, rates and formulas. Every text here is
 * made up for the test.
 */
import * as assert from 'node:assert/strict';
import { brief } from './figureBrief';

function find(text: string, span: string): string | undefined {
  return brief(text).find((b) => b.startsWith(span + '|'));
}

// PDF text: numbers set apart from words by spaces, lines hard-wrapped wherever the page ended
const PDF_HEAD = '湖滨结算发〔 2031 〕 7 号\n各成员单位：\n共有 12 家机构参加，占比 40% ，保证金 5 亿元。\n';

describe('figures precision 3: PDF text cut by a line break', () => {
  it('reads a unit the line break cut (个交易 / 日), its span on the first line', () => {
    const t = PDF_HEAD + '成员应当在 15 个交易\n日内报送材料。\n';
    assert.equal(find(t, '15 个交易'), '15 个交易|15|个交易日|duration');
  });
  it('reads a unit whose whole word opens the next line (个 / 交易日)', () => {
    const t = PDF_HEAD + '成员应当在 15 个\n交易日内报送材料。\n';
    assert.equal(find(t, '15 个'), '15 个|15|个交易日|duration');
  });
  it('keeps the first line’s figure when the next line does not lengthen its unit', () => {
    // 个 / 人员: 个人 is no unit, the count stays 8 个
    const t = PDF_HEAD + '本次共抽调 8 个\n人员较多的小组。\n';
    assert.equal(find(t, '8 个'), '8 个|8|个|count');
    // a number and its unit on the first line, a new word on the next
    const t2 = PDF_HEAD + '文件（湖发[2030]27 号）第三\n条规定。\n';
    assert.equal(find(t2, '27 号'), '27 号|27|号|other');
  });
  it('reads a Chinese numeral that ends a line before its unit', () => {
    const t = PDF_HEAD + '持有的证券应当于七\n个交易日内处置完毕。\n';
    assert.equal(find(t, '七'), '七|7|个交易日|duration');
    // a numeral inside a word at a line's end stays a word
    assert.deepEqual(brief('各单位要进一\n步加强管理。'), []);
  });
  it('reads the year of a document number set apart by spaces', () => {
    assert.equal(find(PDF_HEAD, '2031'), '2031|"2031"||date');
  });
  it('reads list markers after a label’s colon and a label cut by a line break', () => {
    const t = PDF_HEAD + '报告模板见附\n件 3 ）。\n附件： 1. 申请表\n2. 承诺书\n';
    assert.equal(find(t, '3'), undefined);
    assert.equal(find(t, '1'), undefined);
  });
});

describe('figures precision 3: once, closing its clause', () => {
  it('counts 一次 right after its verb at the clause’s end', () => {
    assert.equal(find('同一事项只能登记一次，重复登记无效。', '一次'), '一次|1|次|count');
    // across a hard line break
    assert.equal(find('同一事项只能登记\n一次，重复登记无效。', '一次'), '一次|1|次|count');
  });
  it('leaves 这一次, 再一次, 第一次 and 一次 before a noun', () => {
    assert.deepEqual(brief('这一次，我们要做好。'), []);
    assert.deepEqual(brief('他再一次。'), []);
    assert.deepEqual(brief('这是第一次。'), []);
    assert.deepEqual(brief('进行一次检查。'), []);
  });
});

describe('figures precision 3: a scraper’s CSV', () => {
  it('reads a year field under a header that names the column a year', () => {
    const t = 'region,year,title,body\n湖滨市,2031,2031年湖滨市工作报告,"正文"\n';
    assert.equal(find(t, '2031'), '2031|"2031"||date');
    // another column keeps its bare number
    const t2 = 'region,code,title,body\n湖滨市,2031,湖滨市工作报告,"正文"\n';
    assert.equal(find(t2, '2031'), '2031|2031||other');
  });
  it('reads nothing special without a header', () => {
    assert.equal(find('湖滨市,2031,湖滨,正文\n下一行', '2031'), '2031|2031||other');
  });
});

describe('figures precision 3: tallies, decades, rates, formulas', () => {
  it('counts the medals of a tally', () => {
    assert.deepEqual(brief('代表队共获7金、3银、2铜。'), ['7金|7|金|count', '3银|3|银|count', '2铜|2|铜|count']);
    // a lone 金 after a number is no medal
    assert.deepEqual(brief('样品含5金属元素'), ['5|5||count']);
  });
  it('reads a decade named by two digits as a date with no value', () => {
    assert.equal(find('进入80年代，湖区开始发展。', '80年代'), '80年代|null||date');
  });
  it('counts 1人 before the verb 选择 (人选 is the noun)', () => {
    assert.equal(find('每5名学生中就有1人选择留下。', '1人'), '1人|1|人|count');
  });
  it('reads a bare number a rate states or bounds as a ratio', () => {
    assert.equal(find('当资产的折算率低于 0.4 时，应当调整。', '0.4'), '0.4|0.4||ratio');
    assert.equal(find('换手率为1.5，较为活跃。', '1.5'), '1.5|1.5||ratio');
    // a rate in per cent keeps its percent
    assert.equal(find('达标率为95%。', '95%'), '95%|95|%|percent');
  });
  it('reads the constant of a formula in words as kind other', () => {
    assert.equal(find('溢价率按照 1- 当日均价 / 当日净值计算。', '1'), '1|1||other');
    assert.equal(find('共有3-5个', '3-5个'), '3-5个|[3,5]|个|count');
  });
});

describe('figures precision 3: set phrases with 一 at a clause’s end', () => {
  it('leaves 大干一场 and 过一遍 uncounted', () => {
    assert.deepEqual(brief('大家要放开手脚大干一场，不负众望。'), []);
    assert.deepEqual(brief('把各项收费逐项过一遍，减轻负担。'), []);
  });
});

describe('figures precision 3: money the clause names, provinces', () => {
  it('reads a price or amount stated with a comparison as money', () => {
    assert.equal(find('报价错误：卖出价格不等于2.05', '2.05'), '2.05|2.05||money');
    // a price field's name with its number is no price stated
    assert.equal(find('价格2为到期价格', '2'), '2|2||count');
  });
  it('reads a sum with 万 or 亿 spent or raised as money', () => {
    assert.equal(find('合作社先后投入了 300 万。', '300 万'), '300 万|3000000||money');
    assert.equal(find('他一年花了12万，', '12万'), '12万|120000||money');
    // without the verb, or without a scale word, it stays a count
    assert.equal(find('全县常住人口30万。', '30万'), '30万|300000||count');
    assert.equal(find('今年投入3台设备', '3台'), '3台|3|台|count');
  });
  // (units47: 省份 is the counted noun itself, read whole as the study golds read 31省份; a pair of
  // units, 省区市, is still left unread)
  it('counts provinces after digits, 省份 whole, not in 省区市', () => {
    assert.equal(find('湖东、湖西等6省代表参会。', '6省'), '6省|6|省|count');
    assert.equal(find('共有9省份参加', '9省份'), '9省份|9|省份|count');
    assert.equal(find('共有5省区市参加', '5'), '5|5||count');
  });
});

describe('figures precision 3: days in news, ranges cut by a break, more measure words', () => {
  it('reads N日报道 as the day of the report (日报 alone stays a paper’s name)', () => {
    assert.equal(find('据当地媒体17日报道，湖区降雨。', '17日'), '17日|"---17"||date');
    assert.equal(find('湖滨日报记者', '日报'), undefined);
  });
  it('reads a range of months cut by a PDF line break, its span on the first line', () => {
    const t = PDF_HEAD + '今年 3-6\n月，全市减免费用 20 亿。\n';
    assert.equal(find(t, '3-6'), '3-6|["--03","--06"]||date');
  });
  it('reads 型, 弄, 寸 and 载 after digits', () => {
    assert.equal(find('重点管理2型糖尿病患者', '2型'), '2型|2|型|other');
    assert.equal(find('湖滨路166弄3号', '166弄'), '166弄|166|弄|other');
    assert.equal(find('这台55寸的电视', '55寸'), '55寸|55|寸|length');
    assert.equal(find('隐姓埋名 20 载，', '20 载'), '20 载|20|载|duration');
    // after a Chinese numeral they stay words
    assert.deepEqual(brief('千载难逢'), []);
  });
});

describe('figures precision 3: departments', () => {
  it('counts 部门 whole after digits', () => {
    assert.equal(find('湖滨市等6部门联合印发通知', '6部门'), '6部门|6|部门|count');
    assert.equal(find('加装电梯300部', '300部'), '300部|300|部|count');
  });
});

describe('figures precision 3: days counted', () => {
  it('reads N日 after 提前, 之日起, 公示 as a period of days', () => {
    assert.equal(find('单位应当提前15日书面通知本人。', '15日'), '15日|15|日|duration');
    assert.equal(find('自收到材料之日起10日内', '10日'), '10日|10|日|duration');
    assert.equal(find('名单在网站上公示5日。', '5日'), '5日|5|日|duration');
    // the day of a month stays a date
    assert.equal(find('每月5日前报送', '5日'), '5日|"---05"||date');
  });
});
