/**
 * Figure precision on documents nobody tuned to (issue 8, second round): markup in web pages and
 * 范文 HTML, … Every text here is made up for the test.
 */
import * as assert from 'node:assert/strict';
import { extractFigures, markupRanges } from '../../src/core/figures';
import { texts } from './figureBrief';

function brief(text: string): string[] {
  return extractFigures(text).map((f) => `${f.text}|${JSON.stringify(f.value)}|${f.kind}`);
}

describe('figures precision 2: markup is no figure', () => {
  it('drops the numbers of a tag’s inline style and keeps the text between tags', () => {
    const t = '<p style="margin: 0px; font-size: 16pt; line-height: 1.5; color: rgb(62, 62, 62); width: 100%">湖区今年增长8.5%</p>';
    assert.deepEqual(texts(t), ['8.5%']);
    // a tag spread over lines
    assert.deepEqual(texts('<span\n  style="top: 12px; opacity: 0.6">共有3个站点</span>'), ['3个']);
  });
  it('drops what a style or script block holds, up to its closing tag', () => {
    const t = '<style>\n.box { max-width: 800px; line-height: 1.85; }\n</style>\n<p>新建学校12所</p>\n<SCRIPT>var delay = 700; if (n > 0) go(0);</SCRIPT>\n<p>投资30亿元</p>';
    assert.deepEqual(texts(t), ['12所', '30亿元']);
  });
  it('reads prose with < and > as prose', () => {
    assert.deepEqual(texts('当x<y时有3个，另有4个'), ['3个', '4个']);
    assert.deepEqual(texts('<<湖区规划2030>>确定8项任务'), ['2030', '8项']);
  });
  it('hides nothing after an unclosed style block or tag', () => {
    assert.deepEqual(texts('<style>增长5%'), ['5%']);
    assert.deepEqual(texts('<p 增长5%'), ['5%']);
  });
  it('finds tags, comments and blocks in one pass', () => {
    const t = '<b>1</b><!-- 2 --><style>3</style>4';
    assert.deepEqual(markupRanges(t), [[0, 3], [4, 8], [8, 18], [18, 25], [25, 26], [26, 34]]);
  });
});

describe('figures precision 2: a label’s name in prose', () => {
  it('reads no figure in the name of a label the document opens a line with', () => {
    const t = '参考页1：https://example.org/a\n参考页2：无\n说明：按参考页1的目录整理，无参考2可比，共3条。';
    assert.deepEqual(texts(t), ['3条']);
  });
  it('keeps counts and amounts after the same words, and the words where no label defines them', () => {
    assert.deepEqual(texts('任务1：修路\n今年完成任务2项'), ['2项']);
    assert.deepEqual(texts('说明：按参考页1的目录整理'), ['1']);
  });
});

describe('figures precision 2: a periodical’s year and issue', () => {
  it('reads a year over one or two digits as the year and the issue number', () => {
    assert.deepEqual(brief('（来源：《湖光》2031/7）'), ['2031|"2031"|date', '7|7|other']);
    assert.deepEqual(brief('刊于《山海》2030/18。'), ['2030|"2030"|date', '18|18|other']);
  });
  it('keeps shares and rates written with a slash', () => {
    assert.deepEqual(brief('占1/4'), ['1/4|0.25|ratio']);
    assert.deepEqual(brief('达到2000/300'), ['2000/300|6.66666666666667|ratio']);
  });
});

describe('figures precision 2: words that look like counts', () => {
  it('reads no count in one measure word said twice', () => {
    assert.deepEqual(texts('要一年接着一年干，一任接一任抓，一代又一代传下去'), []);
    assert.deepEqual(texts('用了一年，又用了两年'), ['一年', '两年']);
  });
  it('reads no amount in a size class named by a bare scale word', () => {
    assert.deepEqual(texts('新开工亿元以上项目120个'), ['120个']);
    assert.deepEqual(texts('产值跨越2个千亿元台阶'), ['2个']);
    assert.deepEqual(texts('投资达到亿元以上。'), ['亿元']);
  });
  it('reads 亩次 whole and 个 before 体系 as the measure word', () => {
    assert.deepEqual(brief('累计深松2.5万亩次'), ['2.5万亩次|25000|area']);
    assert.deepEqual(texts('建成保障4个体系'), ['4个']);
    assert.deepEqual(texts('扶持3个体户'), ['3']);
  });
});

describe('figures precision 2: spans of months', () => {
  it('reads a span of months with their years as one pair', () => {
    assert.deepEqual(brief('这是2031年11月至2033年2月期间的讲话'), ['2031年11月至2033年2月|["2031-11","2033-02"]|date']);
    assert.deepEqual(brief('2030年3月—5月，湖区'), ['2030年3月—5月|["2030-03","--05"]|date']);
  });
  it('keeps two dates apart when the end is not later or names a day', () => {
    assert.deepEqual(texts('2030年9月至2030年3月'), ['2030年9月', '2030年3月']);
    assert.deepEqual(texts('2030年3月至5月10日'), ['2030年3月', '5月10日']);
  });
  it('reads a span of months without their year, full-width digits too, as one pair', () => {
    assert.deepEqual(brief('赛事已于1月至4月举行'), ['1月至4月|["--01","--04"]|date']);
    assert.deepEqual(brief('赛事已于１月至４月举行'), ['１月至４月|["--01","--04"]|date']);
    assert.deepEqual(texts('12月至3月为冬季'), ['12月', '3月']);
    assert.deepEqual(texts('3月至2030年5月'), ['3月', '2030年5月']);
  });
  it('reads a span into the next year (12月至次年2月) as one pair, the end valued as written', () => {
    assert.deepEqual(brief('寒冷季节是指每年12月至次年2月期间'), ['12月至次年2月|["--12","--02"]|date']);
    assert.deepEqual(brief('2030年11月至翌年3月'), ['2030年11月至翌年3月|["2030-11","--03"]|date']);
    assert.deepEqual(texts('12月至次年2月10日'), ['12月', '2月10日']);
    assert.deepEqual(texts('12月至次年'), ['12月']);
  });
});

describe('figures precision 2: 乃至 in a list of durations', () => {
  it('reads N年 after 乃至 or 甚至 as a duration, not a two-digit year', () => {
    assert.deepEqual(brief('预测未来5年、10年乃至30年我省人口变化'), ['5年|5|duration', '10年|10|duration', '30年|30|duration']);
    assert.deepEqual(brief('有的拖了甚至20年我市仍未解决'), ['20年|20|duration']);
    // 至 of a span still opens the year it names
    assert.deepEqual(brief('截至24年我市'), ['24年|null|date']);
  });
});

describe('figures precision 2: hotlines and the third distribution', () => {
  it('reads a 400/800 hotline as its three groups', () => {
    assert.deepEqual(brief('咨询电话：400-555-0123'), ['400|400|other', '555|555|other', '0123|123|other']);
  });
  it('reads 三次分配 as a term, not a count', () => {
    assert.deepEqual(texts('完善初次分配、再分配、三次分配制度，开展三次检查'), ['三次']);
  });
});

describe('figures precision 2: ratios named and quoted enumerations', () => {
  it('reads a bare number the clause calls a ratio as a ratio', () => {
    assert.deepEqual(brief('城乡收入倍差从2.41缩小到1.98，增长3.2%'), ['2.41|2.41|ratio', '1.98|1.98|ratio', '3.2%|3.2|percent']);
    // a clause break ends the cue
    assert.deepEqual(brief('两者之比下降，新增1.5'), ['1.5|1.5|count']);
  });
  it('reads no count in 三个 before a quote that lists three items', () => {
    assert.deepEqual(texts('文中连用三个“春/夏/秋”，又用两个“湖”'), ['两个']);
  });
});

describe('figures precision 2: numerals inside fixed expressions', () => {
  it('reads no duration in 最后一年, 半年工作会 or the saying 坐十年冷', () => {
    assert.deepEqual(texts('今年是规划的最后一年，任务很重'), []);
    assert.deepEqual(texts('以承办林区半年工作会为契机'), []);
    assert.deepEqual(texts('“板凳要坐十年冷，文章不写一句空”'), []);
    assert.deepEqual(texts('用了一年时间，再过十年'), ['一年', '十年']);
  });
});
