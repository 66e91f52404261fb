import * as assert from 'node:assert/strict';
import { parseOutline } from '../../src/core/outline';

// records52: scraper record files whose titles were missed — a feed giving each record's title in two
// languages (`title_en`, `title_zh`), a pretty-printed article whose text field is a list of strings
// one a line, a CSV of headlines and their links under a two-name header (`标题,链接`) or with no
// header. Each record's title is a level-1 title (docs/testing.md), the Chinese one where a record
// gives two. All texts invented.
type Row = [number, number, string, number, number | null, string];
function outline(text: string): Row[] {
  const o = parseOutline(text);
  const lineOf = (off: number): number => text.slice(0, off).split('\n').length;
  const colOf = (off: number): number => off - text.lastIndexOf('\n', off - 1) - 1;
  return o.headings.map((h) => [lineOf(h.titleStart), colOf(h.titleStart), h.marker, h.level, h.parent, h.title]);
}

describe('records52: record titles in scraper files', () => {
  it('titles each JSON-lines record by its Chinese title where it gives one in two languages', () => {
    const rec = (id: number, en: string, zh: string): string =>
      JSON.stringify({ id, score: 80 + id, summary_en: 'A short note in English.', tags: ['world-model', 'robotics'], title_en: en, title_zh: zh, url: `https://example.org/n/${id}` });
    const text = [
      rec(1, 'A lab releases a small planning model', '某实验室发布小型规划模型'),
      rec(2, 'A city opens its bus data to developers', '某市向开发者开放公交数据'),
      rec(3, 'A school trials a reading assistant', '某校试用阅读辅助工具'),
      '',
    ].join('\n');
    const got = outline(text);
    assert.deepEqual(got.map((r) => [r[0], r[3], r[5]]), [
      [1, 1, '某实验室发布小型规划模型'],
      [2, 1, '某市向开发者开放公交数据'],
      [3, 1, '某校试用阅读辅助工具'],
    ]);
    assert.equal(text.split('\n')[0].slice(got[0][1], got[0][1] + 4), '某实验室');
  });

  it('keeps one title per pretty-printed record giving it in two languages, the Chinese one', () => {
    const text = JSON.stringify([
      { id: 1, title_en: 'A county repairs its rural roads', title_zh: '某县完成农村公路修缮', source: 'example' },
      { id: 2, title_en: 'A district adds night bus lines', title_zh: '某区新增夜间公交线路', source: 'example' },
    ], null, 2) + '\n';
    assert.deepEqual(outline(text).map((r) => [r[0], r[3], r[5]]), [
      [5, 1, '某县完成农村公路修缮'],
      [11, 1, '某区新增夜间公交线路'],
    ]);
  });

  it('reads an article whose text field is a list of strings one a line: its parts under its title', () => {
    const text = JSON.stringify({
      title: '某县关于做好冬季供暖保障工作的通知',
      url: 'http://www.example.gov.cn/art/2026/11/2/art_9.html',
      date: '2026-11-02',
      content: [
        '各乡镇人民政府，县直有关单位：', '为保障群众温暖过冬，现就有关事项通知如下：',
        '一、压实保障责任', '各单位要明确专人负责，', '供暖', '期间每日调度。',
        '二、做好设施检修', '供热企业要完成管网巡检，及时消除隐患。',
        '三、畅通诉求渠道', '开通', '供暖服务热线', '，限时办结群众反映的问题。',
        '某县人民政府办公室', '2026年11月2日',
      ],
    }, null, 2) + '\n';
    assert.deepEqual(outline(text).map((r) => [r[0], r[2], r[3], r[4], r[5]]), [
      [2, '', 1, null, '某县关于做好冬季供暖保障工作的通知'],
      [8, '一、', 2, 0, '压实保障责任'],
      [12, '二、', 2, 0, '做好设施检修'],
      [14, '三、', 2, 0, '畅通诉求渠道'],
    ]);
  });

  it('titles a file of one article whose text is a list of strings on one line', () => {
    const list = [
      '各乡镇人民政府，县直有关单位：', '为保障群众温暖过冬，现就有关事项通知如下：',
      '一、压实保障责任', '各单位要明确专人负责，', '供暖', '期间每日调度，发现问题立即处置。',
      '二、做好设施检修', '供热企业要完成管网巡检，', '及时消除隐患，', '确保设备稳定运行。',
      '三、畅通诉求渠道', '开通', '供暖服务热线', '，限时办结群众反映的问题。',
      '某县人民政府办公室', '2026年11月2日',
    ];
    const text = [
      '{',
      '  "title": "某县关于做好冬季供暖保障工作的通知",',
      '  "url": "http://www.example.gov.cn/art/2026/11/2/art_9.html",',
      '  "content": ' + JSON.stringify(list),
      '}',
      '',
    ].join('\n');
    assert.deepEqual(outline(text).map((r) => [r[0], r[2], r[3], r[5]]), [
      [2, '', 1, '某县关于做好冬季供暖保障工作的通知'],
      [4, '一、', 2, '压实保障责任'],
      [4, '二、', 2, '做好设施检修'],
      [4, '三、', 2, '畅通诉求渠道'],
    ]);
  });

  it('titles the rows of a CSV of headlines and links under a two-name header', () => {
    const text = [
      '标题,链接',
      '某市召开防汛工作部署会,http://www.example.cn/a/101.html',
      '某区启动老旧小区改造,http://www.example.cn/a/102.html',
      '某县举办农民丰收节活动, http://www.example.cn/a/103.html ',
      '',
    ].join('\n');
    assert.deepEqual(outline(text).map((r) => [r[0], r[1], r[3], r[5]]), [
      [2, 0, 1, '某市召开防汛工作部署会'],
      [3, 0, 1, '某区启动老旧小区改造'],
      [4, 0, 1, '某县举办农民丰收节活动'],
    ]);
  });

  it('titles headerless rows of a headline and its link, not rows of names and figures', () => {
    const text = [
      '某市召开防汛工作部署会,http://www.example.cn/a/101.html,2026-07-01',
      '某区启动老旧小区改造,http://www.example.cn/a/102.html,2026-07-02',
      '某县举办农民丰收节活动,http://www.example.cn/a/103.html,2026-07-03',
      '某镇开展夏季安全生产检查,http://www.example.cn/a/104.html,2026-07-04',
      '',
    ].join('\n');
    assert.deepEqual(outline(text).map((r) => [r[0], r[3], r[5]]), [
      [1, 1, '某市召开防汛工作部署会'],
      [2, 1, '某区启动老旧小区改造'],
      [3, 1, '某县举办农民丰收节活动'],
      [4, 1, '某镇开展夏季安全生产检查'],
    ]);
    // (rows of names and figures hold no links: a table, left as it was)
    const table = [
      '某某街道社区服务中心,1250,36.5',
      '某某镇农业技术推广站,980,28.1',
      '某某乡文化活动中心站,760,19.4',
      '',
    ].join('\n');
    assert.deepEqual(outline(table).filter((r) => r[2] === ''), []);
  });
});
