/**
 * Figures on real documents studied in issue 8 (fig29): a compilation's contents list that a page
 * ran together on one line (`目录1.2023年甲镇政府工作报告 2.2023年乙镇… 3.丙镇…`), and a line's marker
 * before a year (`2、2023年…`). Every text here is made up for the test.
 */
import * as assert from 'node:assert/strict';
import { extractFigures } from '../../src/core/figures';

function brief(text: string): string[] {
  return extractFigures(text).map((f) => `${f.text}|${JSON.stringify(f.value)}|${f.unit}|${f.kind}`);
}

describe('figures fig29: a contents list run together on one line', () => {
  it('reads the item numbers as markers and the years after them as years', () => {
    assert.deepEqual(brief('某县乡镇工作总结汇编(4篇)目录1.2024年东湖镇工作总结 2.2024年西岭镇工作总结 3.南山乡2024年工作总结 4.北坡乡工作总结'), [
      '4篇|4|篇|count', '2024年|"2024"||date', '2024年|"2024"||date', '2024年|"2024"||date',
    ]);
  });
  it('goes on with a list that a line break cut', () => {
    assert.deepEqual(brief('目录1.甲镇报告 2.乙镇报告 3.丙镇报告 4.丁镇2025年报告\n5.戊镇报告 6.己镇报告 结束'), ['2025年|"2025"||date']);
  });
  it('leaves numbers that make no run of items', () => {
    assert.deepEqual(brief('全镇增长1.2023年完成'), ['1.2023年|1.2023|年|duration']);
    // (fig34: a bare number with `.` and a Chinese character after it, run into a line after a label or a
    // blank, opens an item however many follow: proseKinds.ts)
    assert.deepEqual(brief('目录1.甲镇报告 2.乙镇报告'), []);
    assert.deepEqual(brief('分别为1.5万 2.6万 3.7万'), ['1.5万|15000||count', '2.6万|26000||count', '3.7万|37000||count']);
    assert.deepEqual(brief('目录1.目录2.目录3.目录4'), ['1|1||count', '2|2||count', '3|3||count', '4|4||count']);
  });
});

describe('figures fig29: a line marker before a year', () => {
  it('reads 2、2023年 as the marker and the year', () => {
    assert.deepEqual(brief('1、总体情况\n2、2023年全镇完成产值5亿元。'), ['2023年|"2023"||date', '5亿元|500000000|元|money']);
  });
  it('keeps years listed with 、', () => {
    assert.deepEqual(brief('2022、2023年连续增长'), ['2022|"2022"||date', '2023年|"2023"||date']);
  });
});

describe('figures fig29: measure words and approximations', () => {
  it('counts episodes and doses', () => {
    assert.deepEqual(brief('该片共15集，累计接种疫苗3400.5万剂次。'), ['15集|15|集|count', '3400.5万剂次|34005000|剂次|count']);
    assert.deepEqual(brief('举办2025集团运动会'), ['2025|"2025"||date']);
    assert.deepEqual(brief('五集电视专题片今晚播出，该片共八集。三集中力量'), ['五集|5|集|count', '八集|8|集|count']);
  });
  it('reads 来 after a round number as an approximation inside the span', () => {
    assert.deepEqual(brief('下属公司有160来个，从事文秘工作30来年'), ['160来个|160|个|count', '30来年|30|年|duration']);
    assert.deepEqual(brief('从2来看'), ['2|2||count']);
  });
});

describe('figures fig29: spans of years and listed ordinals', () => {
  it('reads two years no unit follows as a span of years', () => {
    assert.deepEqual(brief('图2:2011-2015三次产业增加值占比'), ['2011-2015|["2011","2015"]||date']);
    assert.deepEqual(brief('时间范围:1950 - 2023'), ['1950 - 2023|["1950","2023"]||date']);
  });
  it('leaves round amounts and ranges with units', () => {
    assert.deepEqual(brief('价格在2000-2050之间'), ['2000-2050|[2000,2050]||count']);
    assert.deepEqual(brief('售价1980-2300元'), ['1980-2300元|[1980,2300]|元|money']);
  });
  it('reads 第一、二批 as ordinals, no count', () => {
    assert.deepEqual(brief('第一、二批专项债券项目通过24个'), ['24个|24|个|count']);
    assert.deepEqual(brief('共有一、二、三个'), ['三个|3|个|count']);
  });
});

describe('figures fig29: a broadcast slot', () => {
  it('reads N点档 as the hour, in the evening unless the text says otherwise', () => {
    assert.deepEqual(brief('在综合频道8点档播出，新闻频道20点档播出，早上7点档'), ['8点|"T20"||date', '20点|"T20"||date', '7点|"T07"||date']);
    assert.deepEqual(brief('共有3点意见。'), ['3点|3|点|count']);
  });
});

describe('figures fig29: slogans in quotes a converter mangled', () => {
  it('reads no count inside 〝〞, an apostrophe or a quote closed by “', () => {
    assert.deepEqual(brief('认真贯彻“四个着力〞，以城乡统筹为突破口'), []);
    assert.deepEqual(brief("锚定'两个确保“,围绕'九大战略“"), []);
  });
  it('still counts after a closed quote', () => {
    assert.deepEqual(brief('“示范村”两个，“美丽乡村”三个'), ['两个|2|个|count', '三个|3|个|count']);
  });
});

describe('figures fig29: counts that are no quantities', () => {
  it('reads no count that announces the run after a sentence end', () => {
    assert.deepEqual(brief('今年的秋种工作呈现四个新的特点。第一,是时间紧。'), []);
    assert.deepEqual(brief('全市有两个开发区。一是经开区，二是高新区。'), []);
    assert.deepEqual(brief('我们新建了三个公园。第一个公园在城东。'), ['三个|3|个|count']);
  });
  it('reads 需要一个 before a noun its 的-phrase describes as the article', () => {
    assert.deepEqual(brief('都需要一个安全稳定的环境'), []);
    assert.deepEqual(brief('需要一个月的时间'), ['一个月|1|个月|duration']);
  });
  it('reads the saying 做一天和尚撞一天钟 as no period', () => {
    assert.deepEqual(brief('得过且过，做一天和尚撞一天钟'), []);
  });
});

describe('figures fig29: doses and people counted in 亿 and 万', () => {
  it('adds ten thousands with decimals written after 亿', () => {
    assert.deepEqual(brief('累计接种33亿7109.6万剂次，完成全程接种12亿5487.5万人'), [
      '33亿7109.6万剂次|3371096000|剂次|count', '12亿5487.5万人|1254875000|人|count',
    ]);
    assert.deepEqual(brief('累計接種7109.6萬劑次'), ['7109.6萬劑次|71096000|劑次|count']);
  });
});

describe('figures fig29: a sum invested with no unit', () => {
  it('reads 投资为 N亿 as money', () => {
    assert.deepEqual(brief('其中基本建设投资为1446.14亿，'), ['1446.14亿|144614000000||money']);
  });
});

describe('figures fig29: an ordinal set apart by a blank', () => {
  it('reads 第 2 页 and 第 3 位 as ranks', () => {
    assert.deepEqual(brief('第 2 页 共 2 页'), ['2 页|2|页|other', '2 页|2|页|count']);
    assert.deepEqual(brief('排名第 3 位'), ['3 位|3|位|other']);
  });
});

describe('figures fig29: months with an approximation in traditional characters', () => {
  it('reads 三個多月 and a mirror\'s 三個(gè)多月 as durations', () => {
    assert.deepEqual(brief('為期三個多月的活動'), ['三個多月|3|個月|duration']);
    assert.deepEqual(brief('為期三個(gè)多月的市直部門'), ['三個(gè)多月|3|個月|duration']);
  });
});

describe('figures fig29: two years after a code word', () => {
  it('leaves 编号2001-2031 and a phone number as they were', () => {
    assert.deepEqual(brief('编号2001-2031'), ['2001-2031|[2001,2031]||count']);
    assert.deepEqual(brief('电话：2011-2015'), ['2011-2015|[2011,2015]||count']);
  });
});

describe('figures fig29: a compact date in brackets', () => {
  it('reads (20221004) as the date, as 20221004 alone is read', () => {
    assert.deepEqual(brief('# 《新闻联播》 (20221004)'), ['20221004|"2022-10-04"||date']);
    assert.deepEqual(brief('文件（20230315）'), ['20230315|"2023-03-15"||date']);
  });
});
