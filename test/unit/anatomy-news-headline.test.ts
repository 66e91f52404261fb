import * as assert from 'node:assert/strict';
import { parseOutline } from '../../src/core/outline';

function titles(text: string): Array<[number, string]> {
  const line = (pos: number): number => text.slice(0, pos).split('\n').length - 1;
  return parseOutline(text).headings.filter((h) => h.marker === '').map((h) => [line(h.start), h.title]);
}

const P1 = '三月以来，青山县组织农技人员走进田间地头，帮助种植户选种育苗、整地施肥，全县春播进度快于往年。';
const P2 = '县农业农村局负责人介绍，今年全县计划新增高标准农田两万亩，重点解决灌溉不便、地块零散等问题。';

// Invented pages scraped as text: the browser's title line, the site's chrome, the headline repeated
// over the time stamp, then buttons or an account's name right above the article.
const BUTTONS = [
  '青山：春播提速 农机下田|青山县|春耕|农业',
  '某某网首页', '新闻', '地方>正文',
  '青山：春播提速 农机下田',
  '2031年03月12日 08:30', '某某网', '缩小字体', '放大字体', '分享',
  P1, P2,
  '特别声明：以上内容仅代表作者本人观点。', '阅读排行榜',
].join('\n');

const ACCOUNT = [
  '青山县：一季度春播面积完成九成！农机手忙不停_某某新闻',
  '青山县：一季度春播面积完成九成！农机手忙不停',
  '某某农业周刊',
  '2031-03-12 08:30发布于 青山某某农业周刊官方账号',
  P1, P2,
].join('\n');

describe('anatomy: a scraped news page repeats its browser title as the headline', () => {
  it('takes the repeat for the title, not a button under the time stamp', () => {
    assert.deepEqual(titles(BUTTONS), [[4, '青山：春播提速 农机下田']]);
  });

  it('takes the repeat for the title though it holds a colon and a ！', () => {
    assert.deepEqual(titles(ACCOUNT), [[1, '青山县：一季度春播面积完成九成！农机手忙不停']]);
  });

  it('prefers the repeat under the site\'s breadcrumb to the browser title on line 1', () => {
    const page = [
      '青山县举办春季农机展示会 助力春耕生产',
      '时政', '所在位置：', '某某网首页 >', '滚动 >', '正文',
      '青山县举办春季农机展示会 助力春耕生产',
      '2031-03-12 16:34:45', '来源:', '青山日报',
      P1, P2,
    ].join('\n');
    assert.deepEqual(titles(page), [[6, '青山县举办春季农机展示会 助力春耕生产']]);
  });

  it('reads a headline set over two lines under a browser title that names the site first', () => {
    const page = [
      '青山日报-青山县多措并举 助力春耕生产', '青山县多措并举', '助力春耕生产', '2031年03月12日 李明',
      P1 + P2, '微信', '上一篇', '下一篇',
    ].join('\n');
    assert.deepEqual(titles(page), [[1, '青山县多措并举']]);
  });

  it('leaves a page whose first line is not repeated as it was', () => {
    const page = ['某某网', '首页 > 新闻', '青山县春播提速', '2031-03-12 08:30 来源：青山日报', P1, P2].join('\n');
    assert.deepEqual(titles(page), [[2, '青山县春播提速']]);
  });
});
