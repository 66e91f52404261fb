/**
 * Figures by kind of text, found on real documents the rules were not written against (PDF
 * conversions of notices and exam papers, news pages copied to Markdown, flattened tables). Every
 * sentence here is invented for the test; each checks a kind of text, not a line of a document.
 */
import * as assert from 'node:assert/strict';
import { extractFigures } from '../../src/core/figures';
import { parseOutline } from '../../src/core/outline';
import { prose, wrap } from './pdfText';
import { brief, texts } from './figureBrief';

function withOutline(text: string): string[] {
  return extractFigures(text, parseOutline(text)).map((f) => `${f.text}|${f.kind}`);
}

describe('figures by kind of text: page furniture', () => {
  it('drops the figures of a running head printed on every page, keeps the same line as the title', () => {
    const head = '2031年某县乡镇干部考试·试卷';
    const page = (n: number, seed: number): string[] => [head, `第 ${n} 页`, ...wrap(prose(600, seed), 30)];
    const t = [...page(1, 1).slice(0, 2), head, '一、阅读材料', ...page(1, 1).slice(2), ...page(2, 2), ...page(3, 3), '全镇共有果园47亩。'].join('\n');
    const figs = extractFigures(t, parseOutline(t));
    // the year stays on the title line below the first head, and the body's figure stays; the page
    // marks are page numbers (figures of kind other since figpdf48: docs/testing.md's conventions)
    const pageLines = t.split('\n').map((l, i) => (/^第 \d 页$/.test(l) ? i + 1 : 0)).filter((l) => l > 0);
    assert.deepEqual(figs.map((f) => `${t.slice(0, f.start).split('\n').length}:${f.text}`),
      [`${pageLines[0]}:1 页`, '3:2031年', `${pageLines[1]}:2 页`, `${pageLines[2]}:3 页`, `${t.split('\n').length}:47亩`]);
  });
  it('keeps the figures of a footer printed once (a web page\'s phone number)', () => {
    const t = ['某县融媒体中心', '', ...wrap(prose(300, 4), 40), '', '主办：某县人民政府 电话：0123-7654321'].join('\n');
    assert.ok(texts(t).includes('0123') && texts(t).includes('7654321'));
    assert.ok(extractFigures(t, parseOutline(t)).some((f) => f.text === '7654321'));
  });
});

describe('figures by kind of text: marks, codes and markup', () => {
  it('reads no figure in the number of an attachment parted from 附件 by a space', () => {
    assert.deepEqual(texts('（一）登记表（格式见附件 2 ）；'), []);
    assert.deepEqual(texts('附件　3'), []);
  });
  it('reads no figure in a note\'s own mark at the start of its line', () => {
    assert.deepEqual(texts('[2] 本表数据按季度汇总。'), []);
    assert.deepEqual(texts('［3］统计口径有调整'), []);
    // a reference after a term is dropped as before; a bracketed year elsewhere stays a date
    assert.deepEqual(texts('实行“两清单”[4]制度'), []);
  });
  it('reads no figure in a markup attribute\'s value', () => {
    assert.deepEqual(texts('<img id="7" class="pic"> 游客8万人次'), ['8万人次']);
    assert.deepEqual(texts("<td colspan='2'>合计</td>"), []);
  });
  it('reads an ISO timestamp written as one token as one date, its fraction and offset in the span, not the value', () => {
    assert.deepEqual(brief('"saved": "2031-02-03T08:15:42.123456+08:00",'), ['2031-02-03T08:15:42.123456+08:00|"2031-02-03T08:15:42"||date']);
    assert.deepEqual(brief('2031-02-03T08:15Z'), ['2031-02-03T08:15Z|"2031-02-03T08:15"||date']);
    assert.deepEqual(brief('保存时间：2031-02-03T08:15:42+08:00'), ['2031-02-03T08:15:42+08:00|"2031-02-03T08:15:42"||date']);
    // a date and a time set apart by a space stay a date and a time
    assert.deepEqual(brief('2031-02-03 08:15'), ['2031-02-03|"2031-02-03"||date', '08:15|"T08:15"||date']);
  });
  it('reads the numbers of a page\'s ranked list as markers, not counts', () => {
    assert.deepEqual(texts('排行榜\n1某地举办春季花市\n2某市地铁新线开通\n3某县推进乡村振兴\n'), []);
    // one line alone, or lines that open with dates or counts, keep their figures
    assert.deepEqual(texts('说明\n1某地举办春季花市\n正文\n'), ['1']);
    assert.deepEqual(texts('1月份，收入增长\n2月份，收入回落\n'), ['1月份', '2月份']);
    assert.deepEqual(texts('3人获奖\n4人入围\n'), ['3人', '4人']);
  });
  it('reads the years of a copyright notice as a span of years', () => {
    assert.deepEqual(brief('Copyright © 2001-2031 某某网 版权所有'), ['2001-2031|["2001","2031"]||date']);
    assert.deepEqual(brief('版权所有 2001-2031'), ['2001-2031|["2001","2031"]||date']);
    // without a copyright word the pair stays what it was
    assert.deepEqual(brief('编号2001-2031'), ['2001-2031|[2001,2031]||count']);
  });
  it('reads a falling pair closed by 号 as one licence number, not a range', () => {
    assert.deepEqual(brief('许可证 某网文[2031]7788-1234号'), ['2031|"2031"||date', '7788-1234号|null|号|other']);
  });
  it('reads two shares joined by 至 as one range unless a verb of change comes before', () => {
    assert.deepEqual(brief('占比在12%至18%之间'), ['12%至18%|[12,18]|%|percent']);
    assert.deepEqual(brief('控制在2%到4%'), ['2%到4%|[2,4]|%|percent']);
    // a fall by 0.3 to 4.2, a rise by 12% to 30亿元, a second share lower than the first: two figures
    assert.deepEqual(texts('比例下降0.3%至4.2%'), ['0.3%', '4.2%']);
    assert.deepEqual(texts('收入增长12%至30亿元'), ['12%', '30亿元']);
    assert.deepEqual(texts('占比10%至8%'), ['10%', '8%']);
  });
  it('reads a bare 万 after an approximator before a classifier as a count of ten thousand', () => {
    assert.deepEqual(brief('近万名志愿者参与，超万人观看'), ['万名|10000|名|count', '万人|10000|人|count']);
    // 上万, 成千上万, 数万 are vague; 近万年 is no count
    assert.deepEqual(texts('上万名群众，成千上万人，数万人，近万年'), []);
  });
  it('reads a count of years before 年度 as a duration, not a reduplication', () => {
    assert.deepEqual(brief('连续两年年度考评不合格'), ['两年|2|年|duration']);
    assert.deepEqual(texts('一年年过去，一个个项目'), []);
  });
  it('keeps a web page\'s share and comment counts alone on their lines (no page numbers around them)', () => {
    const page = ['某市召开工作会议_某某网', '首页', '新闻', '网易首页 > 网易号 > 正文', '某市召开工作会议',
      '2031-01-28 17:30:48 来源: 某某发布', '举报', '0', '分享至', '用微信扫码二维码',
      '1月28日，某市召开工作会议，会议强调要抓好今年的各项工作，全年新增就业岗位2万个。会议要求各部门认真落实，确保各项任务按期完成，推动经济社会持续健康发展。',
      '相关推荐', '热点推荐', '某地举办春季花市', '某某新闻 2031-01-27 09:36:21', '116', '跟贴 116', '© 2001-2031 某某公司版权所有', ''].join('\n');
    const got = withOutline(page);
    assert.ok(got.includes('0|count'), got.join(' '));
    assert.equal(got.filter((x) => x === '116|count').length, 2, got.join(' '));
  });
  it('reads a programme named by its number as kind other, not a count', () => {
    assert.deepEqual(brief('国家973计划和211工程'), ['973|973||other', '211|211||other']);
  });
  it('reads an area code in brackets as part of a phone number, not a list marker', () => {
    assert.deepEqual(brief('咨询电话：(0312)5556677'), ['0312|312||other', '5556677|5556677||other']);
    // a list marker stays a marker
    assert.deepEqual(texts('(1) 完善机制'), []);
  });
  it('reads numbers joined by plus signs as the name of a scheme', () => {
    assert.deepEqual(brief('推行“1+3+5”帮扶机制'), ['1+3+5|null||other']);
    assert.deepEqual(brief('形成“2+1”工作格局'), ['2+1|null||other']);
    // a sum of percentages or amounts is no name
    assert.notDeepEqual(brief('增长5%+3%'), ['5+3|null||other']);
  });
});

describe('figures by kind of text: dates', () => {
  it('reads a span of months as a pair of months', () => {
    assert.deepEqual(brief('1至3月份，全区接待游客'), ['1至3月份|["--01","--03"]||date']);
    assert.deepEqual(brief('（6-8月）集中整治'), ['6-8月|["--06","--08"]||date']);
    // a span of days in one month stays as it was read
    assert.notDeepEqual(brief('3-5月12日')[0], '3-5月|["--03","--05"]||date');
  });
  it('reads a year written without 年 before the part of it that is meant', () => {
    assert.deepEqual(brief('某市2031第二季度GDP数据'), ['2031|"2031"||date']);
    assert.deepEqual(brief('2030上半年'), ['2030|"2030"||date']);
  });
  it('reads a date written the English way: day, month and year one date, other parts each', () => {
    assert.deepEqual(brief('date: Tue, 7 Mar 2030 09:10:11 GMT'), ['7 Mar 2030|"2030-03-07"||date', '09:10:11|"T09:10:11"||date']);
    assert.deepEqual(brief('updated March 9, 2030'), ['March 9, 2030|"2030-03-09"||date']);
    // a word that only starts like a month is none
    assert.deepEqual(brief('Market 2030'), ['2030|2030||other']);
  });
});

describe('figures by kind of text: units and words', () => {
  it('keeps compound measure words whole', () => {
    assert.deepEqual(brief('年配送量达到3万单次。'), ['3万单次|30000|单次|count']);
    assert.deepEqual(brief('连续6个自然月'), ['6个自然月|6|个自然月|duration']);
    assert.deepEqual(brief('存储容量达到40TB，'), ['40TB|40|TB|other']);
  });
  it('reads a generation of a technology as a name, and 项 before 目 as no unit', () => {
    assert.deepEqual(brief('建成10.5代液晶面板线'), ['10.5代|10.5|代|other']);
    assert.deepEqual(brief('推进“205项目”建设'), ['205|205||other']);
    assert.deepEqual(brief('完成12项改革'), ['12项|12|项|count']);
  });
  it('reads a century as a date with no value (figkind47: the study golds)', () => {
    assert.deepEqual(brief('进入22世纪'), ['22世纪|null||date']);
  });
  it('keeps 分 from the front of a longer word', () => {
    assert.deepEqual(brief('推荐800×600分辨率'), ['800×600|480000||other']);
    assert.deepEqual(brief('考核得分95分以上'), ['95分|95|分|other']);
  });
  it('reads no amount in 万里 as a word or in a unit named for a table', () => {
    assert.deepEqual(texts('山河万里，岁月如歌'), []);
    assert.deepEqual(texts('单位：万元'), []);
    assert.deepEqual(texts('投资额（亿元）'), []);
    assert.deepEqual(texts('投资超亿元'), ['亿元']);
  });
  it('reads 前N名 in Chinese numerals as a rank', () => {
    assert.deepEqual(brief('得分前三名的单位'), ['三名|3|名|other']);
  });
  it('reads no quantity in 一 used as an article before a point in time, nor in 新一年', () => {
    assert.deepEqual(texts('截至上一个季度末的余额'), []);
    assert.deepEqual(texts('迎来新一年的开局'), []);
    assert.deepEqual(texts('为期一个季度'), ['一个季度']);
  });
  it('reads no duration in a plan named by its length', () => {
    assert.deepEqual(texts('实施五年倍增计划'), []);
    assert.deepEqual(texts('开展三年攻坚提升行动'), []);
    assert.deepEqual(texts('用三年时间完成'), ['三年']);
  });
  it('reads no count in a numeral that counts the bracketed items listed before it', () => {
    assert.deepEqual(texts('甲大学（北区）、乙学院（南区）两所高校'), []);
    assert.deepEqual(texts('新建两所高校'), ['两所']);
  });
});

describe('figures by kind of text: clock times, versions, wrapped lines', () => {
  it('reads a span of hours as a pair of times', () => {
    assert.deepEqual(brief('5月6日0—24时，新增病例'), ['5月6日|"--05-06"||date', '0—24时|["T00","T24"]||date']);
    assert.deepEqual(brief('8-12时停电'), ['8-12时|["T08","T12"]||date']);
  });
  it('reads a version written N.0 before a word as kind other', () => {
    assert.deepEqual(brief('推进智慧园区2.0建设'), ['2.0|2||other']);
    // a measured value stays a number (a 比值, a ratio, since the ratio-word rule)
    assert.deepEqual(brief('比值降至2.0。'), ['2.0|2||ratio']);
    assert.deepEqual(brief('均值降至2.0。'), ['2.0|2||count']);
  });
  it('reads a date whose 日 a hard line break put on the next line', () => {
    assert.deepEqual(brief('请于4月20\n日前报送'), ['4月20|"--04-20"||date']);
  });
  it('reads 前 at the end of a wrapped line as the rank word of the numeral below', () => {
    assert.deepEqual(brief('列出持仓规模前\n五名的品种'), ['五名|5|名|other']);
  });
  it('knows inches', () => {
    assert.deepEqual(brief('建成8英寸晶圆产线'), ['8英寸|8|英寸|length']);
  });
  it('reads no figure in a session listed after another of the same term', () => {
    assert.deepEqual(texts('落实市委五届六次、七次全会部署'), []);
  });
  it('reads no amount in 二元 (dual) nor in the 万元 base of an intensity', () => {
    assert.deepEqual(texts('破除城乡二元结构'), []);
    assert.deepEqual(texts('万元产值能耗下降3%'), ['3%']);
    assert.deepEqual(texts('投资超万元'), ['万元']);
  });
});

describe('figures by kind of text: periods, acronyms, file names, labels', () => {
  it('reads N日内 as a period of days and 每月N日前 as a day of the month', () => {
    assert.deepEqual(brief('自收到之日起15日内答复'), ['15日|15|日|duration']);
    assert.deepEqual(brief('于每月8日前报送'), ['8日|"---08"||date']);
  });
  it('reads a span of whole years written with 年 on both ends as one pair', () => {
    assert.deepEqual(brief('从2001年至2020年，总量翻了两番'), ['2001年至2020年|["2001","2020"]||date']);
    // a span that ends in a month is not one of whole years
    assert.equal(brief('2001年至2020年5月')[0], '2001年|"2001"||date');
  });
  it('reads an amount written right after an acronym', () => {
    assert.deepEqual(brief('人均GDP65432元'), ['65432元|65432|元|money']);
    assert.deepEqual(texts('PM2.5浓度下降'), []);
  });
  it('reads no figure inside a file name', () => {
    assert.deepEqual(texts('"file": "某某通知(2031-04-05).pdf",'), []);
    assert.deepEqual(texts('下载：实施细则2031.docx'), []);
    assert.deepEqual(texts('2031年4月5日印发。'), ['2031年4月5日']);
  });
  it('reads no figure in the label of a part of an exam paper, but counts copies of material', () => {
    assert.deepEqual(texts('【资料 3】'), []);
    assert.deepEqual(texts('请根据材料4，概括主要做法'), []);
    assert.deepEqual(texts('需提交材料3份'), ['3份']);
  });
});

describe('figures by kind of text: lists and generations', () => {
  it('gives bare list members the kind of the unit that closes the list', () => {
    assert.deepEqual(brief('分别提高0.4、0.7和1.2个百分点'), ['0.4|0.4|个百分点|percentage-point', '0.7|0.7|个百分点|percentage-point', '1.2个百分点|1.2|个百分点|percentage-point']);
    assert.deepEqual(brief('面积分别为8、11平方公里'), ['8|8|平方公里|area', '11平方公里|11|平方公里|area']);
    // a scale word in the closing unit would change the values too: left as they are
    assert.deepEqual(brief('分别为2.1、3.4亿元')[0], '2.1|2.1||count');
    // a list of counts stays counts
    assert.deepEqual(brief('新建3、5个'), ['3|3||count', '5个|5|个|count']);
  });
  it('reads a redacted number that does not start as a year as a name, not a date', () => {
    assert.deepEqual(brief('推进“527X”产业集群'), ['527X|null||other']);
    assert.deepEqual(brief('20XX年'), ['20XX年|null||date']);
  });
  it('reads a generation named by its decade of birth as a two-digit year (fig45: date, value null)', () => {
    assert.deepEqual(brief('一批90后青年干部'), ['90|null||date']);
    assert.deepEqual(brief('3天后复查'), ['3天|3|天|duration']);
  });
});

describe('figures by kind of text: tables', () => {
  it('gives the numbers of a flattened table the unit of their own column, and the table\'s unit to others', () => {
    const t = [
      '某区重点项目表', '单位：万元',
      '序号', '项目名称', '处理规模（吨/日）', '总投资', '本年投资',
      '1', '甲污水厂扩建', '3000', '5200', '1800',
      '2', '乙管网改造', '/', '4300', '2100',
      '3', '丙泵站新建', '800', '1500', '900',
      '合计', '/', '3800', '11000', '4800',
    ].join('\n');
    assert.deepEqual(withOutline(t), [
      '3000|mass', '5200|money', '1800|money',
      '4300|money', '2100|money',
      '800|mass', '1500|money', '900|money',
      '3800|mass', '11000|money', '4800|money',
    ]);
  });
  it('reads each column by its header in a table with a length, a count and a share', () => {
    const t = [
      '各镇目标任务表',
      '序号', '镇', '管网长度（公里）', '新增村数（个）', '覆盖率（%）',
      '1', '甲镇', '12', '4', '65',
      '2', '乙镇', '9', '3', '70',
      '3', '丙镇', '15', '6', '58',
      '合计', '36', '13', '/',
    ].join('\n');
    assert.deepEqual(withOutline(t), [
      '12|length', '4|count', '65|percent',
      '9|length', '3|count', '70|percent',
      '15|length', '6|count', '58|percent',
      '36|length', '13|count',
    ]);
  });
});
