import * as assert from 'node:assert/strict';
import { parseOutline } from '../../src/core/outline';

const PROSE = '<p>今年以来，全市上下认真落实各项部署，经济运行总体平稳，发展质量稳步提升，群众生活持续改善。</p>';
const LINK = (k: number): string => `<p><em><a href="https://example.org/v/${k}.html">视频</a></em></p>`;

describe('page source: items of a repeated template (study15b)', () => {
  const page = [
    '<h1>青山新闻 2031-05-06</h1>',
    '<h2>青山市召开春季工作会议</h2>', PROSE, PROSE, LINK(1),
    '<h2>青山市新建三所学校投入使用</h2>', PROSE, LINK(2),
    '<h2>青山市举办农产品展销会</h2>', PROSE, PROSE, LINK(3),
    '<h2>青山市发布夏季防汛提示</h2>', LINK(4),
    '<h2>本地快讯</h2>', LINK(5),
    '<p>更新于 2031-05-06 20:20:36</p>',
  ].join('\n');

  it('keeps the last items, only a title over the closing link the other items end with', () => {
    const titles = parseOutline(page).headings.map((h) => h.title);
    assert.deepEqual(titles, ['青山新闻 2031-05-06', '青山市召开春季工作会议', '青山市新建三所学校投入使用',
      '青山市举办农产品展销会', '青山市发布夏季防汛提示', '本地快讯']);
  });

  it('still drops a widget heading over links no item closes with', () => {
    const widget = page.replace('<h2>本地快讯</h2>', '<h2>相关阅读</h2>').replace(LINK(5), '<p><a href="https://example.org/a/9.html">青山市召开座谈会</a></p>');
    const titles = parseOutline(widget).headings.map((h) => h.title);
    assert.ok(!titles.includes('相关阅读'));
    assert.ok(titles.includes('青山市发布夏季防汛提示'));
  });
});
