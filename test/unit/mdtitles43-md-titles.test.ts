import * as assert from 'node:assert/strict';
import { parseOutline } from '../../src/core/outline';
import { isSpeechSubtitle, restatesHeadline, unbold } from '../../src/core/outline/mdSpeechTitles';

// Invented Markdown copies of news pieces and speeches (mdtitles43): titles and subheads a copy
// leaves unnumbered. Every text here is our own writing.
function rows(text: string): string[] {
  const o = parseOutline(text, { format: 'markdown' });
  const lineOf = (start: number) => text.slice(0, start).split('\n').length;
  return o.headings.map((h) => {
    const parent = h.parent === null ? '-' : String(lineOf(o.headings[h.parent].start));
    return `${lineOf(h.start)} L${h.level} ^${parent} ${h.marker}${h.title}`;
  });
}

const PARA1 = '这是第一段正文，讲述了青山镇多年来发展茶叶产业的经过，也说明了许多细节和数据。';
const PARA2 = '这是第二段正文，记者走进茶园，看到村民们正忙着采摘新茶，一派繁忙景象。';
const PARA3 = '这是第三段正文，青山镇今年新建茶叶加工厂两座，带动周边村民就近就业，村集体收入也随之增加了不少。';

describe('mdtitles43: a speech\'s title over its ——在…上的讲话 subtitle, under the copy\'s own headings', () => {
  const speech = (title: string) => [
    '# 资料：某报头版文章', '', '> 来源：某报', '', '---', '', '## 讲话全文', '',
    title, '', '——在青山论坛第五次年会上的讲话', '', '（2031年5月1日，青山）', '', '各位来宾：', '', PARA1, '',
    '第一，坚持开放合作，共享发展机遇。我们要携手推进各领域的务实合作。', '',
    '第二，坚持创新驱动，培育增长动力。我们要加强科技交流与人才往来。', '', '## 要点索引', '', PARA2, '',
  ].join('\n');
  it('a bold title heads the speech one level under the section, and the parts hang under it', () => {
    assert.deepEqual(rows(speech('**携手共建开放创新的青山**')), [
      '1 L1 ^- 资料：某报头版文章',
      '7 L2 ^1 讲话全文',
      '9 L3 ^7 携手共建开放创新的青山',
      '19 L4 ^9 第一，坚持开放合作，共享发展机遇',
      '21 L4 ^9 第二，坚持创新驱动，培育增长动力',
      '23 L2 ^1 要点索引',
    ]);
  });
  it('so does the same title not in bold', () => {
    assert.deepEqual(rows(speech('携手共建开放创新的青山')).slice(2, 3), ['9 L3 ^7 携手共建开放创新的青山']);
  });
  it('a sentence over the subtitle line is no title', () => {
    const r = rows(speech('会议由青山市主办，来自各地的代表出席。'));
    assert.ok(!r.some((x) => x.startsWith('9 ')), r.join('\n'));
  });
});

describe('mdtitles43: the headline repeated as a line of the body under the source quote', () => {
  const copy = (line: string) => [
    '# 某某：在青山市新春座谈会上的讲话', '', '> 来源：某学习平台　|　日期：2031-01-20', '', '---', '',
    line, '', '同志们，朋友们：', '', PARA1, '', PARA2, '',
  ].join('\n');
  it('the copy without the speaker\'s name is a level-1 title too', () => {
    assert.deepEqual(rows(copy('在青山市新春座谈会上的讲话')), [
      '1 L1 ^- 某某：在青山市新春座谈会上的讲话',
      '7 L1 ^- 在青山市新春座谈会上的讲话',
    ]);
  });
  it('another line in that place (a 引题) is none', () => {
    assert.deepEqual(rows(copy('某某在青山市调研时强调')), ['1 L1 ^- 某某：在青山市新春座谈会上的讲话']);
  });
});

describe('mdtitles43: two-line bold subheads (the title and its kicker)', () => {
  const piece = [
    '# 青山茶叶走出大山', '', '> 本报记者 某某', '', PARA1, '',
    '**从“种茶”到“品茶”**', '', '**茶园变成景区**', '', PARA2, '', PARA1, '',
    '**从“卖叶”到“卖品牌”**', '', '**小茶叶闯出大市场**', '', '上午九点，茶厂里，工人们开始分拣。', '', PARA2, '',
    '**记者手记**', '', '**好产品也要讲好故事**', '', PARA1, '',
  ].join('\n');
  it('the first line of each pair heads the part; a box label gives way to the box\'s headline', () => {
    assert.deepEqual(rows(piece), [
      '1 L1 ^- 青山茶叶走出大山',
      '7 L2 ^1 从“种茶”到“品茶”',
      '15 L2 ^1 从“卖叶”到“卖品牌”',
      '25 L2 ^1 好产品也要讲好故事',
    ]);
  });
  it('a pair of bold lines over another bold line is a block of labels, no subhead', () => {
    const text = ['# 青山茶叶走出大山', '', PARA1, '', '**编辑 某某**', '', '**校对 某某**', '', '**监制 某某**', '', PARA2, ''].join('\n');
    assert.deepEqual(rows(text), ['1 L1 ^- 青山茶叶走出大山']);
  });
});

describe('mdtitles43: the headline\'s 引题 set as a deeper heading above the # headline', () => {
  it('is no heading; the headline stays the title', () => {
    const text = ['---', 'title: "青山茶叶走出大山"', '---', '', '### 一片叶子富了一方百姓——', '', '# 青山茶叶走出大山', '', '> 本报记者 某某', '', PARA1, '', PARA2, ''].join('\n');
    assert.deepEqual(rows(text), ['7 L1 ^- 青山茶叶走出大山']);
  });
  it('a deeper heading after the headline is a heading as before', () => {
    const text = ['# 青山茶叶走出大山', '', '### 一片叶子富了一方百姓', '', PARA1, ''].join('\n');
    assert.deepEqual(rows(text), ['1 L1 ^- 青山茶叶走出大山', '3 L2 ^1 一片叶子富了一方百姓']);
  });
});

describe('mdtitles43: plain two-line subheads, a short label over a quotation', () => {
  const piece = (second: string) => [
    '# 青山镇便民窗口变清闲了', '', '> 本报记者 某某', '', PARA1, '',
    '整合资源', '', second, '', PARA2, '', PARA1, '',
    '制度保障', '', '“一件事情只跑一次，群众办事越来越方便了”', '', PARA2, '',
  ].join('\n');
  it('each label heads its part under the headline', () => {
    assert.deepEqual(rows(piece('“以前要跑好几个部门，现在一个窗口就能办完”')), [
      '1 L1 ^- 青山镇便民窗口变清闲了',
      '7 L2 ^1 整合资源',
      '15 L2 ^1 制度保障',
    ]);
  });
  it('one pair alone is no pattern: a short line over a quote stays body text', () => {
    assert.deepEqual(rows(piece('以前要跑好几个部门，现在一个窗口就能办完。')), ['1 L1 ^- 青山镇便民窗口变清闲了']);
  });
});

describe('mdtitles43: plain subheads of a page of stories (a person\'s lead-in ending ——, the title, a byline)', () => {
  const story = (who: string, title: string, by: string) => [who, '', title, '', by, '', PARA1, '', PARA2, ''];
  const page = [
    '# 三个故事看青山十年', '', '> 《某报》（2031年01月05日第 08 版）', '',
    '村口的老桥修好了。　　某某摄（某某视觉）', '', '某某摄（某某视觉）', '', PARA2, '', '——编  者', '',
    ...story('青山镇护林员某某——', '林子密了  鸟儿多了', '本报记者  某  某'),
    ...story('青山茶厂厂长某某——', '一片叶子富了一方人', '本报记者  某某某'),
  ].join('\n');
  it('each lead-in heads its story; credit and byline lines are none', () => {
    assert.deepEqual(rows(page), [
      '1 L1 ^- 三个故事看青山十年',
      '13 L2 ^1 青山镇护林员某某——',
      '23 L2 ^1 青山茶厂厂长某某——',
    ]);
  });
});

describe('mdtitles43: the headline\'s 副题 set as a deeper heading right under it, and dash lead-ins', () => {
  it('`## ——…` under the # headline is no heading; plain subheads hang under the headline; `…——` lead-ins are none', () => {
    const text = [
      '# 青山茶产业再上新台阶', '', '## ——青山镇推进乡村振兴系列报道①', '', '> 本报记者 某某', '', PARA1, '',
      '茶园面积稳步扩大', '', PARA3, '', '品牌建设仍有潜力——', '', '去年以来，青山镇注册了自己的茶叶商标，产品走进了省城的大型超市和多家网店，销量增长明显。', '',
      '坚定走好特色发展之路', '', '镇党委负责人表示，下一步将继续扩大种植规模，提升加工水平，让茶叶成为群众增收的金叶子。', '',
    ].join('\n');
    assert.deepEqual(rows(text), ['1 L1 ^- 青山茶产业再上新台阶', '9 L2 ^1 茶园面积稳步扩大', '17 L2 ^1 坚定走好特色发展之路']);
  });
});

describe('mdtitles43: a page of statements, each under the speaker\'s offices and name and a title', () => {
  it('each speaker line heads its statement', () => {
    const st = (who: string, title: string) => [who, '', title, '', PARA1, '', PARA2, '', '（本报记者某某采访整理）', ''];
    const text = [
      '# 新年谈发展（三位企业家谈投资）', '', '> 《某报》（2031年01月05日第 18 版）', '', PARA1, '', '——编  者', '',
      ...st('青山茶叶有限公司总经理张青山', '好政策让我们敢投资'),
      ...st('青山农商银行行长李明远', '为小微企业送去及时雨'),
    ].join('\n');
    assert.deepEqual(rows(text), ['1 L1 ^- 新年谈发展（三位企业家谈投资）', '9 L2 ^1 青山茶叶有限公司总经理张青山', '19 L2 ^1 青山农商银行行长李明远']);
  });
});

describe('mdtitles43: helpers', () => {
  it('unbold keeps a line that is not wholly bold', () => {
    assert.equal(unbold('**青山论坛**'), '青山论坛');
    assert.equal(unbold('**青山**论坛'), '**青山**论坛');
  });
  it('isSpeechSubtitle reads the occasion and the kind of speech', () => {
    assert.ok(isSpeechSubtitle('——在青山论坛第五次年会上的讲话'));
    assert.ok(isSpeechSubtitle('**——某某在青山论坛开幕式上的致辞**'));
    assert.ok(!isSpeechSubtitle('——青山镇党委书记 某某'));
    assert.ok(!isSpeechSubtitle('——在青山论坛上的讲话。会议还听取了报告。'));
  });
  it('restatesHeadline takes the headline\'s words, or them after a speaker\'s name', () => {
    assert.ok(restatesHeadline('某某：在青山论坛上的讲话', '在青山论坛上的讲话'));
    assert.ok(restatesHeadline('青山论坛 开幕', '**青山论坛开幕**'));
    assert.ok(!restatesHeadline('青山市召开新春座谈会', '新春座谈会'));
  });
});
