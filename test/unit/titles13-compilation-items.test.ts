import * as assert from 'node:assert/strict';
import { parseOutline } from '../../src/core/outline';
import { isWireSlug, looksLikeTitle } from '../../src/core/outline/titles';
import { isSpeakerLine } from '../../src/core/outline/anatomy/lineShapes';

/** Level and title of every title heading the outline gives. */
function titles(text: string): string[] {
  return parseOutline(text, { format: 'plain' }).headings.filter((h) => h.marker === '').map((h) => `${h.level}${h.title}`);
}

const item = (head: string[], body: string): string[] => ['正文：', ...head, body, '栏目：社会', ''];

describe('headlines of a compilation\'s items under a recurring label (study13h3)', () => {
  it('reads a headline that asks one question, under the label, as the item\'s title', () => {
    const text = [
      ...item(['河边公园今天开放'], '本报讯　河边公园经过一年改造，今天起向市民开放，园内新增步道三公里。'),
      ...item(['（民生·关注“夜经济”）夜市为何越办越火？'], '本报讯　入夏以来，城西夜市每晚客流不断，摊主们说生意比去年好了很多。'),
    ].join('\n');
    assert.deepEqual(titles(text), ['1河边公园今天开放', '1（民生·关注“夜经济”）夜市为何越办越火？']);
  });

  it('passes over an agency\'s slug over the headline: the headline opens the item', () => {
    const text = [
      ...item(['河边公园今天开放'], '本报讯　河边公园经过一年改造，今天起向市民开放，园内新增步道三公里。'),
      ...item(['５月３日特稿（加１）（某国－山火）', '某国山火过火面积继续扩大'], '　　某国东部山火已持续一周，当地消防部门说火势仍未得到控制。'),
    ].join('\n');
    assert.deepEqual(titles(text), ['1河边公园今天开放', '1某国山火过火面积继续扩大']);
  });

  it('reads a headline set with spaces between its phrases, a quotation in it, as a title, not a byline', () => {
    const text = [
      ...item(['河边公园今天开放'], '本报讯　河边公园经过一年改造，今天起向市民开放，园内新增步道三公里。'),
      ...item(['某市“托管”老 城区 学校'], '建于1985年的老城区学校原由区教育局管理，今年起由市教育局托管。'),
    ].join('\n');
    assert.deepEqual(titles(text), ['1河边公园今天开放', '1某市“托管”老 城区 学校']);
    assert.equal(looksLikeTitle('某市“托管”老 城区 学校'), true);
    assert.equal(isSpeakerLine('某市“托管”老 城区 学校'), false);
  });

  it('still reads bylines, speaker lines and datelines as before; a question outside such an item is no title', () => {
    assert.equal(isSpeakerLine('本报记者 张三'), true);
    assert.equal(looksLikeTitle('国务院总理　某某某'), false);
    assert.equal(isWireSlug('５月３日特稿（加１）（某国－山火）'), true);
    assert.equal(isWireSlug('3月5日综述'), true);
    assert.equal(isWireSlug('５月３日特稿组织工作会议召开'), false);
    assert.deepEqual(titles('今年的路怎么走？\n\n　　今年要稳住经济，办好民生实事，各项工作都要抓紧。\n'), []);
  });
});
