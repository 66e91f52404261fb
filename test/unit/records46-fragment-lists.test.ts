import * as assert from 'node:assert/strict';
import { parseOutline } from '../../src/core/outline';
import { extractFigures } from '../../src/core/figures';

// Invented scraper output (our own words) in the shape scrapy's `.extract()` of a page's text nodes
// gives: the page kept as a JSON list of its fragments, a real array or one written as a string.
// A marker alone in its fragment (`1.`) and the words after it are one numbered paragraph; a number
// and its unit (`12`, `人…`) one figure whose span is its own fragment.
function outline(text: string): Array<[number, string, number, number | null, string]> {
  const o = parseOutline(text);
  const lineOf = (off: number): number => text.slice(0, off).split('\n').length;
  return o.headings.map((h) => [lineOf(h.start), h.marker, h.level, h.parent === null ? null : lineOf(o.headings[h.parent].start), h.title]);
}

const page = [
  '为做好社区图书角开放工作，现将有关事项通知如下。', ' ',
  '1.', '开放对象为本社区居民。', '持居民卡即可入内。',
  '2.', '每人每次可借图书', '5', '册，借期', '30', '天。',
  ' ',
  '1.', '借阅时间为每周二至周日。', '节假日照常开放。',
  '2.', '损坏图书须照价赔偿。',
  ' ', '临川市社区服务中心', '2026', '年', '3', '月',
];

describe('records46: a page kept as a list of its text fragments', () => {
  it('reads a list written as a string: the record title over its numbered paragraphs', () => {
    const rec = (title: string, id: number): string =>
      JSON.stringify({ title, date: '2026-03-02 09:10:00', content: JSON.stringify(page), url: `https://example.org/a/${id}.html` });
    const text = [rec('临川市社区图书角开放办法', 11), rec('临川市社区图书角借阅须知', 12)].join('\n') + '\n';
    const got = outline(text);
    assert.deepEqual(got.map((h) => [h[0], h[1], h[2], h[3]]), [
      [1, '', 1, null], [1, '1.', 2, 1], [1, '2.', 2, 1], [1, '1.', 2, 1], [1, '2.', 2, 1],
      [2, '', 1, null], [2, '1.', 2, 2], [2, '2.', 2, 2], [2, '1.', 2, 2], [2, '2.', 2, 2],
    ]);
    assert.equal(got[1][4], '开放对象为本社区居民');
    assert.equal(got[2][4], '每人每次可借图书5册，借期30天');
  });

  it('reads a real array under a content key, a numbered heading alone in its fragment over its body', () => {
    const body = ['一、开放对象', '本社区居民凭居民卡入内，外来访客须由居民陪同登记。', '二、借阅规则', '1.', '每人每次可借图书', '5', '册。', '2.', '借期', '30', '天。', '逾期未还者暂停借阅一个月。'];
    const text = '[\n' + [JSON.stringify({ title: '社区图书角开放办法', content: body }), JSON.stringify({ title: '社区活动室使用办法', content: body })].join(',\n') + '\n]\n';
    const got = outline(text).map((h) => [h[1], h[2], h[4]]);
    assert.deepEqual(got.slice(0, 6), [
      ['', 1, '社区图书角开放办法'], ['一、', 2, '开放对象'], ['二、', 2, '借阅规则'], ['1.', 3, '每人每次可借图书5册'], ['2.', 3, '借期30天'],
      ['', 1, '社区活动室使用办法'],
    ]);
  });

  it('spans a number its own fragment, with the kind its unit in the next fragment gives', () => {
    const text = JSON.stringify({ title: '临川市社区图书角开放办法', content: JSON.stringify(page) }) + '\n' + JSON.stringify({ title: '临川市社区图书角借阅须知', content: JSON.stringify(page) }) + '\n';
    const figs = extractFigures(text, parseOutline(text)).filter((f) => f.zone !== 'metadata');
    const five = figs.find((f) => f.text === '5');
    const thirty = figs.find((f) => f.text === '30');
    assert.ok(five && thirty, JSON.stringify(figs.map((f) => f.text)));
    assert.equal(thirty!.kind, 'duration');
    assert.equal(thirty!.unit, '');
    // (the markers `1.` `2.` are no figures)
    assert.equal(figs.filter((f) => f.text === '1' || f.text === '2').length, 0);
  });

  it('leaves keyword lists and short label arrays as they were', () => {
    const text = [1, 2, 3].map((i) => JSON.stringify({ title: `社区通知第${i}号`, tags: ['1.', '2.', '3.', '4.', '5.'], keywords: JSON.stringify(['图书', '借阅', ' ', '开放', '社区']), content: '本页为社区图书角开放办法的摘要，详见附件。', id: i })).join('\n') + '\n';
    const got = outline(text);
    assert.deepEqual(got.map((h) => [h[1], h[2], h[4]]), [['', 1, '社区通知第1号'], ['', 1, '社区通知第2号'], ['', 1, '社区通知第3号']]);
  });

  it('leaves a pretty-printed file whose number lines are JSON values as it was', () => {
    const text = JSON.stringify({ title: '青禾县统计月报', values: [12, 15, 18], rows: [{ no: 1, name: '造林面积' }] }, null, 2) + '\n';
    assert.deepEqual(outline(text).filter((h) => h[1] !== ''), []);
  });
});

describe('records46: a page kept as a list of paragraph blocks', () => {
  const blocks = (n: number): Array<Record<string, string>> => [
    { type: 'paragraph', text: '青禾县文化服务中心文件' },
    { type: 'paragraph', text: '关于开展社区读书月活动的通知' },
    { type: 'paragraph', text: '各社区、各学校：为营造全民阅读氛围，经研究，决定开展社区读书月活动。现将有关事项通知如下。' },
    { type: 'paragraph', text: '一、活动时间' },
    { type: 'paragraph', text: '活动自四月一日起至四月三十日止，为期一个月。' },
    { type: 'paragraph', text: '二、活动内容' },
    { type: 'paragraph', text: '各社区组织读书分享会不少于两场，各学校组织征文比赛一次。' },
    { type: 'paragraph', text: '三、工作要求' },
    { type: 'paragraph', text: '各单位要高度重视，认真组织，确保活动取得实效。' },
  ].slice(0, n);

  it('reads each block a line: the title field over the notice, its parts in order', () => {
    const text = JSON.stringify({ title: '青禾县关于开展社区读书月活动的通知', alias: '青文〔2026〕3号', parts: blocks(9) }) + '\n';
    const got = outline(text).map((h) => [h[1], h[4]]);
    assert.deepEqual(got.filter((h) => h[0] !== ''), [['一、', '活动时间'], ['二、', '活动内容'], ['三、', '工作要求']]);
  });

  it('reads a list cut short at the line end (a truncated dump)', () => {
    const whole = JSON.stringify({ title: '青禾县关于开展社区读书月活动的通知', parts: blocks(9) });
    const text = whole.slice(0, whole.indexOf('各单位要高度重视') + 6) + '\n';
    const got = outline(text).map((h) => [h[1], h[4]]);
    assert.deepEqual(got.filter((h) => h[0] !== ''), [['一、', '活动时间'], ['二、', '活动内容'], ['三、', '工作要求']]);
  });

  it('leaves a list of a few records of settings as it was', () => {
    const text = JSON.stringify({ title: '站点设置', items: [{ text: '一、首页' }, { text: '二、栏目' }, { text: '三、关于' }, { text: '四、联系' }, { text: '五、帮助' }] }) + '\n';
    assert.deepEqual(outline(text).filter((h) => h[1] !== ''), []);
  });
});
