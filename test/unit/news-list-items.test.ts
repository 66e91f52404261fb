import * as assert from 'node:assert/strict';
import { parseOutline } from '../../src/core/outline';

// A site's news index copied as plain text: each item a headline over a one- or two-line summary,
// a blank line between items. Every headline is an item at the top level, the first one too.
// Invented text.
const ITEMS = [
  ['青山县举办首届乡村篮球联赛：十二支村队同场竞技', '历时一周的比赛吸引了周边乡镇数千名群众到场观战，冠军由东湾村队获得。'],
  ['全民健身：社区健身步道全线贯通', '新建步道串起了五个小区和两个公园，居民出门就能锻炼。'],
  ['游泳馆暑期开放时间调整的通知', '2025年暑期', '自7月起每天延长开放两小时，学生凭证件享受半价优惠。'],
  ['老年门球队获市级比赛亚军', '队员平均年龄六十八岁，他们说最大的收获是快乐。'],
  ['县体育中心完成改造升级', '改造后的体育中心新增了室内羽毛球场和乒乓球室，预计下月对外开放。'],
];

describe('a list of news items: headline over a short summary, a blank line between', () => {
  it('reads every headline as an item at the top level, the first included', () => {
    const text = ITEMS.map((b) => b.join('\n')).join('\n\n') + '\n';
    const o = parseOutline(text, { format: 'plain' });
    assert.deepEqual(o.headings.map((h) => `L${h.level} ${h.title}`), ITEMS.map((b) => `L1 ${b[0]}`));
  });
  it('reads a headline\'s words without the typographic or zero-width spaces a scrape leaves around them', () => {
    const text = ITEMS.map((b) => ['\u2003' + b[0] + '\u200b', ...b.slice(1)].join('\n')).join('\n\u2002\n') + '\n';
    const o = parseOutline(text, { format: 'plain' });
    assert.deepEqual(o.headings.map((h) => `L${h.level} ${h.title}`), ITEMS.map((b) => `L1 ${b[0]}`));
  });
  it('leaves an article\'s headline over its subheads when the parts run longer than a summary', () => {
    const long = '这是一段较长的正文，记述了活动的经过、参与的人数和群众的反响，文字超过一个摘要的长度，读来是文章的一部分。'.repeat(3);
    const text = ['县体育中心完成改造升级', '', '记者 某某', '', long, '', '新增场馆', '', long, '', '开放时间', '', long, '', '后续安排', '', long, ''].join('\n');
    const o = parseOutline(text, { format: 'plain' });
    assert.ok(!o.headings.slice(1).some((h) => h.level === 1 && h.title === '新增场馆'), o.headings.map((h) => `L${h.level} ${h.title}`).join(' | '));
  });
});
