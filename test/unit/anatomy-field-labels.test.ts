import * as assert from 'node:assert/strict';
import { parseOutline } from '../../src/core/outline';

function headings(text: string): Array<[number, string, number, number | null]> {
  const line = (pos: number): number => text.slice(0, pos).split('\n').length - 1;
  const hs = parseOutline(text).headings;
  return hs.map((h) => [line(h.start), h.title, h.level, h.parent === null ? null : line(hs[h.parent].start)]);
}

const P1 = '乡村书屋建设是公共文化服务体系的重要组成部分，近年来各地围绕书屋的选址、藏书和管理做了大量探索。';
const P2 = '书屋要办得好，关键在于让群众愿意来、留得住、用得上，这需要在内容供给和服务方式上持续改进。';

// Invented journal-article pages: the title, a date and the journal, then the article's record as
// bracketed fields (`【关键词】…`, `[中图分类号] … [文献标识码] …`), then the text.
describe('anatomy: a journal article\'s bracketed fields are metadata, not its title', () => {
  it('takes the headline above the date, not the field row right over the text', () => {
    const page = [
      '?', '',
      '乡村书屋长效运行的三点思考', '',
      '2031-04-02 09:15某某某',
      '文化研究 2031年4期',
      '关键词:书屋公共文化', '',
      '某某某', '',
      '【关键词】乡村书屋 公共文化 长效机制', '',
      '【中图分类号】G25 【文献标识码】A', '',
      P1, '',
      '一、把书屋建在群众身边', P2,
      '二、让书屋的书常换常新', P1,
    ].join('\n');
    const hs = headings(page);
    assert.deepEqual(hs.filter((h) => h[2] === 1).map((h) => h[1]), ['乡村书屋长效运行的三点思考']);
    assert.deepEqual(hs.filter((h) => h[1].startsWith('把书屋')).map((h) => h[3]), [2]);
  });

  it('gives a page with no headline no title from its [关键词] line', () => {
    const page = [
      '某某某',
      '[摘 要] ' + P1,
      '[关键词] 乡村书屋;公共文化;长效机制',
      '[中图分类号] G25 [文献标识码] A [文章编号] 1000-0000(2031)04-0001-05',
      P2,
      '一、把书屋建在群众身边', P1,
      '二、让书屋的书常换常新', P2,
    ].join('\n');
    const hs = headings(page);
    assert.deepEqual(hs.filter((h) => h[1].includes('关键词') || h[1].includes('乡村书屋;')), []);
    assert.deepEqual(hs.map((h) => [h[1], h[2]]), [['把书屋建在群众身边', 1], ['让书屋的书常换常新', 1]]);
  });

  it('keeps a headline opened by one column tag', () => {
    const page = [
      '党建动态', '当前位置是: 网站首页 -- 党建工作 -- 党建动态 -- 正文', '',
      '【书香青山】青山县第三党支部开展读书交流活动', '',
      '发布日期:2031-07-02  作者:  审核:某某     编辑:某某   点击量:',
      '', P1, '', P2,
    ].join('\n');
    assert.deepEqual(headings(page).filter((h) => h[2] === 1).map((h) => h[1]), ['【书香青山】青山县第三党支部开展读书交流活动']);
  });
});
