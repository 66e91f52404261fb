import * as assert from 'node:assert/strict';
import { parseOutline } from '../../src/core/outline';

// Invented scraper outputs in the shapes of the json41 probes: a JSON array (or an object holding
// one) of article records, pretty-printed one field a line, and JSON lines. Each record's title
// field is a level-1 title (its value only), the numbering of the record's text hangs under it,
// and no key, id, date, keyword or note of the file is a heading.
function outline(text: string): Array<[number, string, number, number | null, string]> {
  const o = parseOutline(text);
  const lineOf = (off: number): number => text.slice(0, off).split('\n').length;
  return o.headings.map((h) => [lineOf(h.start), h.marker, h.level, h.parent === null ? null : lineOf(o.headings[h.parent].start), h.title]);
}

describe('json41: a file of records in JSON or JSON lines', () => {
  it('titles each record of a pretty-printed array of titled records with no text', () => {
    const text = [
      '[',
      '  {',
      '    "id": "1001",',
      '    "title": "关于开展秋季防火宣传的提示",',
      '    "source": "某市应急管理局",',
      '    "publishTime": "2026-09-01T09:00:00",',
      '    "category": "通知公告"',
      '  },',
      '  {',
      '    "id": "1002",',
      '    "title": "注意，这种冒充客服的骗局又来了！",',
      '    "source": "某市公安局",',
      '    "publishTime": "2026-09-02T10:30:00",',
      '    "category": "反诈提醒"',
      '  }',
      ']',
    ].join('\n');
    assert.deepEqual(outline(text), [
      [4, '', 1, null, '关于开展秋季防火宣传的提示'],
      [11, '', 1, null, '注意，这种冒充客服的骗局又来了！'],
    ]);
  });

  it('hangs the numbering of a record\'s text under its title, not the editor\'s notes quoting it', () => {
    const body = '某县今天召开全县农业农村工作会议，会议总结了去年的工作，部署了今年的重点任务。' +
      '\\n\\n会议明确了三项重点：一是稳定粮食生产，确保播种面积不减少；二是发展特色产业，带动农民持续增收；三是改善人居环境，建设宜居宜业和美乡村。' +
      '\\n\\n会议要求，各乡镇要细化措施、压实责任，确保各项任务落到实处。';
    const text = [
      '{',
      '  "update_time": "2026-03-02 18:00:00",',
      '  "articles": [',
      '    {',
      '      "id": "1",',
      '      "title": "某县部署今年农业农村重点工作",',
      '      "date": "2026-03-01",',
      `      "content": "${body}",`,
      '      "analysis": {',
      '        "topics": [',
      '          "申论对策题",',
      '          "面试综合分析"',
      '        ],',
      '        "measures": [',
      '          "会议明确了三项重点：一是稳定粮食生产，确保播种面积不减少",',
      '          "二是发展特色产业，带动农民持续增收"',
      '        ]',
      '      }',
      '    },',
    ].join('\n');
    const hs = outline(text);
    assert.deepEqual(hs.map((h) => [h[0], h[1], h[2], h[3]]), [
      [6, '', 1, null],
      [8, '一是', 2, 6],
      [8, '二是', 2, 6],
      [8, '三是', 2, 6],
    ]);
    assert.equal(hs[0][4], '某县部署今年农业农村重点工作');
  });

  it('titles the records of JSON lines by their title field, the other fields left out', () => {
    const line = (id: number, title: string): string =>
      `{"id": "${id}", "source_name": "某统计局", "title": "${title}", "url": "https://example.org/${id}.html", "published_at": "2026-05-0${id}T08:00:00+00:00", "summary": null}`;
    const text = [line(1, '2026年4月份居民消费价格变动情况'), line(2, '2026年一季度地区生产总值初步核算结果'), line(3, 'Quarterly report on regional output')].join('\n') + '\n';
    assert.deepEqual(outline(text).map((h) => [h[0], h[2], h[4]]), [
      [1, 1, '2026年4月份居民消费价格变动情况'],
      [2, 1, '2026年一季度地区生产总值初步核算结果'],
      [3, 1, 'Quarterly report on regional output'],
    ]);
  });

  it('titles each day of a file keyed by days over lists of headline strings, the strings under it', () => {
    const dated = [
      '{',
      '  "20260101": [',
      '    "1. 某地举行新年升旗仪式",',
      '    "2. 某市地铁新线开通运营",',
      '    [',
      '      "3.国内快讯",',
      '      [',
      '        "（1）某省冬小麦长势良好",',
      '        "（2）某港口货物吞吐量创新高"',
      '      ]',
      '    ]',
      '  ],',
      '  "20260102": [',
      '    "1. 某县启动冬季送温暖活动",',
      '    "2. 某地开展安全生产大检查"',
      '  ]',
      '}',
    ].join('\n');
    assert.deepEqual(outline(dated), [
      [2, '', 1, null, '20260101'],
      [3, '1.', 2, 2, '某地举行新年升旗仪式'],
      [4, '2.', 2, 2, '某市地铁新线开通运营'],
      [6, '3.', 2, 2, '国内快讯'],
      [8, '（1）', 3, 6, '某省冬小麦长势良好'],
      [9, '（2）', 3, 6, '某港口货物吞吐量创新高'],
      [13, '', 1, null, '20260102'],
      [14, '1.', 2, 13, '某县启动冬季送温暖活动'],
      [15, '2.', 2, 13, '某地开展安全生产大检查'],
    ]);
  });

  it('leaves a configuration file with a lone title field as it was', () => {
    const config = ['{', '  "name": "demo",', '  "title": "演示配置",', '  "version": "1.0.0"', '}'].join('\n');
    assert.deepEqual(outline(config), []);
  });

  // A news tracker's brief written as one line (embed54): a list of items, each a headline under
  // `text` with its page's address. Invented items.
  it('titles each headline of a one-line list of items under text, each with its page address', () => {
    const item = (id: number, text: string): string => `{"id":"n-${id}","time":"2026-09-0${id} 08:00","text":"${text}","url":"https://news.example.cn/a/${id}.html","tags":[],"cat":"财经"}`;
    const heads = ['某市出台稳就业十条措施', '601000，董事会换届完成！', '三家银行下调存款利率，最高降幅0.2个百分点', '一季度外贸进出口同比增长5%'];
    const line = `{"date":"2026-09-04","source":"demo","total":4,"items":[${heads.map((h, i) => item(i + 1, h)).join(',')}]}`;
    const o = parseOutline(line + '\n');
    assert.deepEqual(o.headings.map((h) => [h.marker, h.level, h.title, h.start]), heads.map((h) => ['', 1, h, line.indexOf(`"text":"${h}"`) + 8]));
  });

  it('leaves a one-line list of text pieces with no page address as it was', () => {
    const pieces = ['欢迎来到服务器', '今天的活动马上开始', '请大家注意安全', '祝大家玩得愉快'];
    const line = `[{"text":"提示：","color":"gold"},${pieces.map((p) => `{"text":"${p}","color":"gray","bold":false}`).join(',')},{"text":"（管理员）","italic":true}]`;
    assert.deepEqual(parseOutline(line + '\n').headings.map((h) => h.title), []);
  });

  // An API response a script module keeps on one line (`export default {"body":{"articles":[…]}}`):
  // each article a title beside its summary, no page address per item. Invented articles.
  it('titles each article of a one-line response a module exports, each with its summary', () => {
    const heads = ['某区召开高校毕业生就业工作会议', '技能人才培训补贴申领指南发布', '职业生涯讲坛第三期开讲'];
    const art = (i: number, t: string): string => `{"tags":"资讯,","summary":"${t}，会议要求各单位进一步做好服务保障工作，确保各项措施落到实处，取得实效。","articleId":"A00${i}","readedCount":${i},"title":"${t}","author":null}`;
    const json = `{"message":"请求成功","body":{"articles":[${heads.map((h, i) => art(i, h)).join(',')}]},"code":200}`;
    for (const line of [json, `export default ${json}`]) {
      const o = parseOutline(line + '\n');
      assert.deepEqual(o.headings.map((h) => [h.level, h.title, h.start]), heads.map((h) => [1, h, line.indexOf(`"title":"${h}"`) + 9]));
    }
  });

  it('leaves a one-line list of short notes with no summary or address as it was', () => {
    const notes = ['第一条提示', '第二条提示', '第三条提示', '第四条提示'];
    const line = `export default {"list":[${notes.map((n, i) => `{"id":${i},"title":"${n}","summary":"短句"}`).join(',')}]}`;
    assert.deepEqual(parseOutline(line + '\n').headings.map((h) => h.title), []);
  });
});
