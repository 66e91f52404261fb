import * as assert from 'node:assert/strict';
import { extractFigures } from '../../src/core/figures';
import { parseOutline } from '../../src/core/outline';

/** Figures of a text as `text value unit kind`. */
function figs(text: string): string[] {
  return extractFigures(text, parseOutline(text)).map((f) => `${f.text} ${f.value} ${f.unit} ${f.kind}`);
}
const has = (text: string, row: string): boolean => figs(text).includes(row);
const none = (text: string, word: string): boolean => !figs(text).some((r) => r.startsWith(word + ' '));

describe('pdf47: a bare scale word reached or passed (破亿, 突破千万, 近千万, 超百万)', () => {
  it('reads 破亿 and 破千万 / 破百万 in a list of counts as round amounts', () => {
    const t = '本年度共制作短视频六十余条，其中一条点击量破亿、两条破千万、十余条破百万，传播效果明显。';
    assert.ok(has(t, '亿 100000000  count'), figs(t).join(' | '));
    assert.ok(has(t, '千万 10000000  count'), figs(t).join(' | '));
    assert.ok(has(t, '百万 1000000  count'), figs(t).join(' | '));
  });

  it('reads 突破千万 and 超百万 before punctuation', () => {
    assert.ok(has('小程序上线半年，注册用户突破千万。', '千万 10000000  count'));
    assert.ok(has('本届展会线上观看人数超百万，创历届新高。', '百万 1000000  count'));
  });

  it('reads 近千万 before a noun (households) and keeps 近 as the approximation', () => {
    const t = '完成农村危房改造任务，惠及近千万农户家庭。';
    const f = extractFigures(t, parseOutline(t)).find((x) => x.text === '千万');
    assert.ok(f, figs(t).join(' | '));
    assert.equal(f!.value, 10000000);
    assert.equal(f!.approx, '近');
  });

  it('reads 逾百亿 and 突破万亿 with their scale values', () => {
    assert.ok(figs('全市数字经济核心产业规模逾百亿，增速居全省前列。').some((r) => r.startsWith('百亿 10000000000 ')));
    assert.ok(figs('全省海洋经济总量突破万亿，结构持续优化。').some((r) => r.startsWith('万亿 1000000000000 ')));
  });

  it('reads 破万 and 超十万 only before punctuation or the end', () => {
    assert.ok(has('活动当天入园游客破万，秩序井然。', '万 10000  count'));
    assert.ok(has('报名人数超十万', '十万 100000  count'));
  });

  it('leaves 万 that opens a word after the verb (破万里, 近万家灯火 as words)', () => {
    assert.ok(none('一路向北，仿佛要冲破万里云层。', '万'));
    assert.ok(none('她站在窗前，望见远处近万千灯火。', '万'));
  });

  it('leaves scale words with no verb of passing before them (千万不要, 万一, 百万雄师)', () => {
    assert.ok(none('遇到这种情况千万不要慌张，万一出错要及时报告。', '千万'));
    assert.ok(none('遇到这种情况千万不要慌张，万一出错要及时报告。', '万'));
    assert.ok(none('百万雄师过大江的故事代代相传。', '百万'));
  });

  it('leaves 最近 / 附近 / 赶超 before a scale word', () => {
    assert.ok(none('小区附近万达广场周末人流很大。', '万'));
    assert.ok(none('我们最近百万次的实验里只出现过一次故障。', '百万'));
    assert.ok(none('企业奋力赶超千万级的同行对手。', '千万'));
  });

  it('leaves a scale word that goes on as a numeral (破万一, 超千万千万)', () => {
    assert.ok(none('这种可能性极小，也不敢说破万一。', '万'));
  });

  it('leaves a scale word followed by a unit to the scanner: no bare span cut from 亿元 or 百万人次', () => {
    const a = figs('全年营业收入首次突破亿元大关。');
    assert.ok(!a.some((r) => r.startsWith('亿 ')), a.join(' | '));
    const b = figs('全年接待游客超百万人次。');
    assert.ok(!b.some((r) => r.startsWith('百万 ')), b.join(' | '));
  });

  it('does not read a scale word again inside a figure found already (近十万, 超5万)', () => {
    const t = '活动吸引观众近十万，线上点赞超5万。';
    const f = figs(t);
    assert.equal(f.filter((r) => r.includes('100000 ')).length, 1, f.join(' | '));
    assert.ok(f.some((r) => r.startsWith('5万 50000 ')), f.join(' | '));
  });
});
