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
});
