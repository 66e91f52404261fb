import * as assert from 'node:assert/strict';
import { parseOutline } from '../../src/core/outline';

describe('a page source whose article stands on one line after its <h1> (study13h3)', () => {
  it('keeps the heading and the article of that line: the heading\'s part opens on its own line', () => {
    const body = '<p>　　今年以来，我市围绕群众关心的出行问题，新建和改造城市道路二十多条，公交线路也作了调整，市民出行更加方便。</p>'
      + '<p>　　下一步，我们将继续完善路网，加快推进停车设施建设，让群众出行更顺畅、更安心。各区要按照分工抓好落实。</p>'
      + '<p>　　市交通部门表示，今年还将开通三条社区公交线路，方便老人和学生出行，并在主要路口增设过街设施。</p>';
    const page = ['<!DOCTYPE html>', '<html>', '<head><title>城市道路建设情况</title></head>', '<body>',
      `<div class="rich"><h1>城市道路建设取得新进展</h1>${body}</div>`, '</body>', '</html>', ''].join('\n');
    const o = parseOutline(page);
    assert.deepEqual(o.headings.map((h) => `${h.level}${h.title}`), ['1城市道路建设取得新进展']);
    const z = (o as { zones?: { zone: string; from: number; to: number }[] }).zones ?? [];
    assert.ok(!z.some((s) => s.zone === 'furniture' && s.from <= 5 && s.to >= 5), JSON.stringify(z));
  });

  it('still drops a heading over nothing but links (a widget\'s label) on a line of its own', () => {
    const page = ['<!DOCTYPE html>', '<html>', '<body>', '<h1>城市道路建设取得新进展</h1>',
      '<p>　　今年以来，我市新建和改造城市道路二十多条，公交线路也作了调整，市民出行更加方便。</p>',
      '<h3>相关新闻</h3>', '<ul><li><a href="/a.html">链接一</a></li><li><a href="/b.html">链接二</a></li></ul>', '</body>', '</html>', ''].join('\n');
    assert.deepEqual(parseOutline(page).headings.map((h) => h.title), ['城市道路建设取得新进展']);
  });
});
