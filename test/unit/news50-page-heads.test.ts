import * as assert from 'node:assert/strict';
import { parseOutline } from '../../src/core/outline';

// Invented news pages (our own words): each test fails without the rule it names.
function heads(text: string): Array<[number, number, string]> {
  const line = (pos: number): number => text.slice(0, pos).split('\n').length - 1;
  return parseOutline(text).headings.map((h) => [line(h.titleStart ?? h.start), h.level, h.title]);
}

const P1 = '三月以来，青山县组织农技人员走进田间地头，帮助种植户选种育苗、整地施肥，全县春播进度快于往年。';
const P2 = '县农业农村局负责人介绍，今年全县计划新增高标准农田两万亩，重点解决灌溉不便、地块零散等问题。';

describe('news pages: the headline behind the page\'s head', () => {
  it('takes the headline over a WeChat copy\'s 原创 byline, not the account\'s name or a note label', () => {
    const page = [
      '首页', '下载应用', '分类', '社会',
      '青山县春播提速 农机手忙不停',
      '原创', '李明', '青山农业', '2031-03-12',
      '收录于话题', '#春耕', '由青山县融媒体中心出品',
      '【青山按】',
      P1, P2,
    ].join('\n');
    assert.deepEqual(heads(page), [[4, 1, '青山县春播提速 农机手忙不停']]);
  });

  it('reads the page\'s first line naming its subject before a colon as the headline, over the text', () => {
    const page = ['王青山:乡亲们心中的老支书', P1, '——题记', P2, '一封来自山村的信', P1, P2].join('\n');
    assert.deepEqual(heads(page), [[0, 1, '王青山:乡亲们心中的老支书'], [4, 2, '一封来自山村的信']]);
    // (a host's turn opening a transcript is no such headline)
    assert.deepEqual(heads(['主持人:各位网友大家好欢迎收看本期节目', P1, P2].join('\n')), []);
  });

  it('keeps a crumb under its label whose arrows the scraper lost out of the outline', () => {
    const page = ['本页位置: 首页新闻中心国内新闻', '', '青山县举办春季农机展示会', '', '2031年03月12日 09:30 来源:青山日报', '', P1, '', P2].join('\n');
    assert.deepEqual(heads(page), [[2, 1, '青山县举办春季农机展示会']]);
  });

  it('opens the text at a short lead under the bar: the first crosshead and its byline are a part, not the title', () => {
    const page = [
      '首页 > 正文', '',
      '春风里的乡村新图景', '',
      '2031-02-14 10:35 | 来源: 青山日报', '',
      '春节期间，本报记者分赴各地乡村记录新生活。', '',
      '果园用上了新技术', '',
      '本报记者 李明', '',
      P1, '', P2, '',
      '渡口边的民宿热起来了', '',
      '本报记者 王青', '',
      P2, '', P1,
    ].join('\n');
    assert.deepEqual(heads(page), [[2, 1, '春风里的乡村新图景'], [8, 2, '果园用上了新技术'], [16, 2, '渡口边的民宿热起来了']]);
  });
});

describe('news pages: a newspaper edition kept as one page of articles', () => {
  const L1 = '本报讯 青山县今年春播进度快于往年，全县已完成播种面积八成以上，农技人员分片包村指导农户科学种植。';
  const L2 = '【本报专电】青山县新建的三座水库今日同时开闸蓄水，下游两万亩农田的灌溉从此有了保障，村民们赶来观看。';
  it('takes each article\'s 主题 under the recurring head for a title, its 引题 and 副题 for none', () => {
    const page = [
      '2031年4月2日青山日报 第1版', '',
      '第1版()', '专栏:', '',
      '春播进度快于往年', L1, '', '',
      '第1版()', '专栏:', '',
      '兴修水利造福乡亲', '三座水库同时开闸蓄水', '两万亩农田灌溉有了保障', L2,
    ].join('\n');
    assert.deepEqual(heads(page), [
      [0, 1, '2031年4月2日青山日报 第1版'], [5, 1, '春播进度快于往年'], [13, 1, '三座水库同时开闸蓄水'],
    ]);
  });
});
