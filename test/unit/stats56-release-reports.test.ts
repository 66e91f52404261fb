/**
 * stats56: finance sites' reports on statistics releases — a news copy kept as its page's HTML
 * numbering its parts with a label word and an ordinal (`关注点一：`), an expert's indicators counted
 * by 看 (`一看…二看…`), 第一是 read as marker 第一, and a dashboard's HTML table whose 年份 column
 * holds years. Invented fixtures in our own words.
 */
import * as assert from 'node:assert/strict';
import { parseOutline } from '../../src/core/outline';
import { brief } from './figureBrief';

const P = (t: string): string => `<p cms-style="font-L">　　${t}</p>`;
const C = (t: string): string => `<p cms-style="font-L align-Center">　　<font cms-style="font-L strong-Bold align-Center">${t}</font></p>`;

describe('stats56: a label word and an ordinal opening a part of an HTML news copy', () => {
  const page = (label: (k: number) => string): string => ['---', "title: '小镇前三季度经济数据发布'", '---', '', '<div>',
    P('小镇今天发布前三季度经济数据，发言人介绍了几个关注点。'),
    C(`${label(1)}：工业生产稳步回升`),
    P('前三季度，小镇工业生产稳步回升，一是新建工厂陆续投产；二是老企业订单增加。'),
    C(`${label(2)}：居民收入继续增加`),
    P('前三季度，小镇居民收入继续增加，增幅与经济增长基本同步，群众获得感不断增强。'),
    '</div>', ''].join('\n');

  it('reads 关注点一： as the marker of its part, its colon included, and hangs the 一是 run under it', () => {
    const o = parseOutline(page((k) => `关注点${'一二'[k - 1]}`), { format: 'markdown' });
    assert.deepEqual(o.headings.map((h) => [h.level, h.marker, h.title.replace(/<[^>]*>/g, '')]), [
      [1, '关注点一：', '工业生产稳步回升'], [2, '一是', '新建工厂陆续投产'], [2, '二是', '老企业订单增加'],
      [1, '关注点二：', '居民收入继续增加'],
    ]);
    // labels that do not count on (一, then 三) are no run: the bold lines stay titles
    const skip = parseOutline(page((k) => (k === 1 ? '关注点一' : '关注点三')), { format: 'markdown' });
    assert.deepEqual(skip.headings.filter((h) => h.level === 1).map((h) => h.marker), ['', '']);
  });
});

describe('stats56: a part number set alone over its title (a badge)', () => {
  it('reads 01 and 02 alone on their lines as the parts\' markers, the title lines under them no headings of their own', () => {
    const page = ['<div>', P('小镇去年经济总量突破百亿元，这是怎样做到的？又意味着什么？'),
      P('01'), P('小镇的百亿之路'), P('去年小镇工业产值稳步增长，新建工厂陆续投产，为经济总量突破百亿元打下了基础。'),
      P('02'), P('对周边地区意味着什么？'), P('专家认为，小镇的发展将带动周边地区共同进步，区域合作会更加紧密。'), '</div>', ''].join('\n');
    const o = parseOutline(page, { format: 'markdown' });
    assert.deepEqual(o.headings.map((h) => [h.level, h.marker, h.title]), [[1, '01', ''], [1, '02', '']]);
    // a flattened table's numbered rows (01 over a name, then a number) are none
    const rows = ['序号', '', '名称', '', '产值', '', '01', '', '甲镇', '', '120', '', '02', '', '乙镇', '', '98', ''].join('\n');
    assert.deepEqual(parseOutline(rows, { format: 'markdown' }).headings.filter((h) => h.marker === '01'), []);
  });
});

describe('stats56: an expert\'s indicators counted by 看', () => {
  it('reads 一看…二看…三看 as a run, 就业 after 二看 a noun', () => {
    const o = parseOutline('判断经济形势主要看三个指标，一看增长，全年增长较快。\n\n二看就业，新增就业超过预期。\n\n三看物价，物价保持平稳。\n');
    assert.deepEqual(o.headings.map((h) => [h.marker, h.title]), [['一看', '增长，全年增长较快'], ['二看', '就业，新增就业超过预期'], ['三看', '物价，物价保持平稳']]);
    // no run in a glance (一看就懂) or in a slogan of numerals (一看二看三看)
    assert.deepEqual(parseOutline('这个道理一看就懂。二看就明白了。').headings, []);
    assert.deepEqual(parseOutline('开展一看二看三看活动，效果很好。').headings, []);
  });
});

describe('stats56: a dashboard\'s HTML table with a column of years', () => {
  it('reads the cells of a 年份 column as years, the other columns by their units', () => {
    const t = ['<table>', '<tr>', '<th>年份</th>', '<th>产值（亿元）</th>', '<th>比上年增长（%）</th>', '</tr>',
      '<tr>', '<td>2019</td>', '<td>812.5</td>', '<td>6.1</td>', '</tr>',
      '<tr>', '<td>2020</td>', '<td>845.0</td>', '<td>4.0</td>', '</tr>', '</table>', ''].join('\n');
    assert.deepEqual(brief(t), ['2019|"2019"||date', '812.5|812.5||money', '6.1|6.1||percent', '2020|"2020"||date', '845.0|845||money', '4.0|4||percent']);
  });
});
