import * as assert from 'node:assert/strict';
import { parseOutline } from '../../src/core/outline';

/** `level marker title` of every heading the outline gives, in order. */
function rows(text: string): string[] {
  return parseOutline(text, { format: 'markdown' }).headings.map((h) => `${h.level} ${h.marker}${h.title}`);
}

const story = (s: string): string => `<p>　　${s}，镇里为此安排了专项资金，各村也组织了志愿者队伍，计划在今年年底以前全部完成。</p>`;

describe('subheads of raw-HTML news copies (mdhtml42)', () => {
  it('reads a bulleted line over its paragraph as a list item, not a title, while plain subheads stay', () => {
    const page = [
      '---', "title: '小镇发展新目标'", '---', '', '<div>',
      '<p>　　小镇政府近日印发了《关于推进小镇高质量发展的意见》，明确了今后五年的目标和任务。</p>',
      '<p>　　目标是：</p>',
      '<p>　　● 公交线路实现新突破</p>',
      story('到第五年，小镇新开公交线路十条，覆盖全部行政村'),
      '<p>　　● 绿化面积实现新增长</p>',
      story('到第五年，小镇新增公园绿地二十处，人均绿地明显增加'),
      '<p>　　《意见》明确，小镇要完成这些任务。</p>',
      '<p>　　打通出行最后一公里</p>',
      story('各村要在村口设立公交站点，并配齐候车亭和站牌'),
      '<p>　　建好家门口的小公园</p>',
      story('各村要利用闲置地块建设小公园，配齐座椅和健身器材'),
      '</div>', '',
    ].join('\n');
    assert.deepEqual(rows(page), ['1 打通出行最后一公里', '1 建好家门口的小公园']);
    // the same lines without their bullets are the page's subheads
    const bare = page.replace(/● /g, '');
    assert.deepEqual(rows(bare), ['1 公交线路实现新突破', '1 绿化面积实现新增长', '1 打通出行最后一公里', '1 建好家门口的小公园']);
  });

  it('reads a subhead over a short bold lead sentence and its story, and no line over a short plain one', () => {
    const head = ['---', "title: '小镇公交'", '---', '', '<div>', '<p>　　小镇今年新开了三条公交线路，沿途设站十二个，居民出行更加方便，乘客人数逐月上升。</p>'];
    const part = (title: string, lead: string, text: string): string[] => [`<p cms-style="align-Center">　　${title}</p>`, lead, story(text)];
    const page = [
      ...head,
      ...part('线路运营平稳', '<p>　　<font cms-style="strong-Bold">运营第一个月，线路没有发生一起事故。</font></p>', '公交公司表示，下一步还将根据居民需要增开线路'),
      ...part('资金保障仍需加强', '<p>　　<font cms-style="strong-Bold">要办好公交，资金是关键。</font></p>', '镇财政今年拿出一笔钱补贴公交运营，并延长早晚运营时间'),
      '</div>', '',
    ].join('\n');
    assert.deepEqual(rows(page), ['1 线路运营平稳', '1 资金保障仍需加强']);
    // a short lead that is not bold leaves the line unread, as before
    const plainLead = page.replace(/<font cms-style="strong-Bold">|<\/font>/g, '');
    assert.deepEqual(rows(plainLead), []);
  });

  it('reads subheads set over a picture and their story, also when they end in one ！', () => {
    const img = (i: number): string => `<div class="img_wrapper"><img id="${i}" src="https://example.com/${i}.jpg" alt><span class="img_descr"></span></div>`;
    const page = (end: string): string => [
      '---', "title: '小镇公交'", '---', '', '<div>',
      '<p>　　小镇今年新开了三条公交线路，沿途设站十二个，居民出行更加方便，乘客人数逐月上升。</p>',
      `<p>　　线路运营平稳${end}</p>`, img(0), story('公交公司表示，下一步还将根据居民需要增开线路'),
      `<p>　　资金保障仍需加强${end}</p>`, img(1), story('镇财政今年拿出一笔钱补贴公交运营，并延长早晚运营时间'),
      '</div>', '',
    ].join('\n');
    assert.deepEqual(rows(page('')), ['1 线路运营平稳', '1 资金保障仍需加强']);
    assert.deepEqual(rows(page('！')), ['1 线路运营平稳！', '1 资金保障仍需加强！']);
    // a line with a sentence before its ！ is a sentence of the text
    assert.deepEqual(rows(page('。真不错！')), []);
  });
});
