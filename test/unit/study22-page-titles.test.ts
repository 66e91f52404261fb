import * as assert from 'node:assert/strict';
import { parseOutline } from '../../src/core/outline';

// Invented page openings (our own words), shaped as a stored-pages index returns them.
function heads(text: string): Array<[number, string, number, number | null]> {
  const line = (pos: number): number => text.slice(0, pos).split('\n').length - 1;
  const hs = parseOutline(text).headings;
  return hs.map((h) => [line(h.start), h.marker, h.level, h.parent === null ? null : line(hs[h.parent].start)]);
}

const P1 = '今天我们召开这次会议，主要任务是总结过去一年的工作，分析当前面临的形势，安排部署今年的重点任务。';
const P2 = '过去一年，全院上下齐心协力，克服困难，各项指标稳中有升，门诊量和住院人次都创下了新高。';

describe('page titles: the headline said again over the text', () => {
  it('keeps the repeat under the page metadata as a second title, the parts under it', () => {
    const text = [
      '网站首页 范文 演讲稿 工作总结', '当前位置：某某范文网 > 范文 > 演讲稿', '',
      '某医院年度工作会议讲话稿', '',
      '栏目：演讲稿 / 发布于：2030-01-05 / 人气：1.2W', '',
      '同志们：', '',
      '某医院年度工作会议讲话稿', '',
      P1, '', P2, '',
      '一、要坚持以病人为中心', '', P2, '',
      '二、要加强学科建设', '', P1,
    ].join('\n');
    assert.deepEqual(heads(text), [[3, '', 1, null], [9, '', 1, null], [15, '一、', 2, 9], [19, '二、', 2, 9]]);
  });
});

describe('page titles: a salutation run into the speech without blank lines', () => {
  it('keeps the speech title over the speaker, the date and the salutation', () => {
    // (a scraper's page: ASCII clause marks, the text cut mid-sentence by the index)
    const text = [
      '往届回顾', '',
      '发布时间:2030-03-28 14:19 点击:[1234]', '',
      '在第三届某某合作洽谈会', '开幕式上的致辞', '',
      '洽谈会组委会主任、某某省省长   某某某', '',
      '(2030年4月6日)', '',
      '尊敬的某某副主席,', '各位来宾,女士们、先生们、朋友们:', '  大家上午好!',
      '  在这春意盎然的美好时节,第三届某某合作洽谈会今天隆重开幕了。在此,我谨代表组委会向各位来宾表示热烈的欢迎!',
      '  洽谈会创办三年来,在各方的共同支持下,始终坚持合作共赢的办会宗旨,逐步发展成为一个有影响的经贸盛会。',
      '本届洽谈会将以合作发展为主题,以投资洽谈为重点,举办丰富多彩的投资促进活动,同期举办多场专题论坛和', '',
    ].join('\n');
    assert.deepEqual(heads(text).map(([l, m, v]) => [l, m, v]), [[4, '', 1]]);
  });
});

describe('page titles: the page\'s first line right over its metadata bar', () => {
  const body = [P1, '', P2, ''];
  it('takes the first line holding the document\'s title, with a subtitle or a site name after it, as a title', () => {
    const text = [
      '春风送暖启新程  奋楫扬帆向未来 ---2031年新年致辞', '来源: | 作者:佚名 | 发布时间: 2030-12-31 | 365 次浏览 | 分享到:', '',
      '春风送暖启新程  奋楫扬帆向未来', '', '---2031年新年致辞', '', ...body,
    ].join('\n');
    assert.deepEqual(heads(text).map(([l, m, v]) => [l, m, v]), [[0, '', 1], [3, '', 1]]);
  });
  it('leaves the first line over the site\'s breadcrumb, and a compiler\'s 标题： field, to the page', () => {
    const crumb = [
      '春风送暖启新程 奋楫扬帆向未来_某某公司', '首页 > 新闻中心 > 公司要闻', '来源: 本站 发布时间: 2030-12-31', '',
      '春风送暖启新程 奋楫扬帆向未来', '', ...body,
    ].join('\n');
    assert.deepEqual(heads(crumb).map(([l]) => l), [4]);
  });
});

describe('page titles: a head line over the metadata bar naming the document in other words', () => {
  const rest = [
    '在第三届某某合作洽谈会', '开幕式上的致辞', '',
    '洽谈会组委会主任、某某省省长   某某某', '',
    '(2030年4月6日)', '',
    '尊敬的各位来宾,女士们、先生们、朋友们:', '',
    '  在这春意盎然的美好时节,第三届某某合作洽谈会今天隆重开幕了。在此,我谨代表组委会向各位来宾表示热烈的欢迎!', '',
    '  洽谈会创办三年来,在各方的共同支持下,始终坚持合作共赢的办会宗旨,逐步发展成为一个有影响的经贸盛会。', '',
  ];
  it('takes the page\'s headline between the chrome and the 发布时间 bar as a title over the speech\'s own', () => {
    const text = ['往届回顾', '', '[第三届洽谈会] 某某省长在第三届洽谈会开幕式上的致辞', '', '发布时间:2030-03-28 14:19 点击:[1234]', '', ...rest].join('\n');
    assert.deepEqual(heads(text).map(([l, m, v]) => [l, m, v]), [[2, '', 1], [6, '', 1]]);
  });
  it('leaves a line over the bar that shares no words with the title (a column\'s name) to the page', () => {
    const text = ['往届回顾', '', '本届活动安排与嘉宾名单', '', '发布时间:2030-03-28 14:19 点击:[1234]', '', ...rest].join('\n');
    assert.deepEqual(heads(text).map(([l]) => l), [6]);
  });
});
