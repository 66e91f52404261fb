/**
 * A plan's table of contents: its 篇 over its 章 (`第二篇 …` / `第四章 …`), listed one under another
 * with nothing between, and the plan's title above the list, under a compiler's header of fields.
 * Texts written for these tests.
 */
import * as assert from 'node:assert/strict';
import { parseOutline } from '../../src/core/outline';

function plan(opts: { header: boolean; bodyParts: number }): string {
  const head = opts.header
    ? ['标题：青山市城乡绿化发展规划纲要', '发布机构：青山市人民政府', '发布日期：2031年4月2日', '']
    : [];
  const toc = ['目录', ''];
  let chapter = 0;
  for (let part = 1; part <= 4; part++) {
    toc.push(`第${'一二三四'[part - 1]}篇 ${['总体要求', '绿化建设', '生态保护', '保障措施'][part - 1]}`, '');
    for (let c = 0; c < 3; c++) toc.push(`第${'一二三四五六七八九十'[chapter] ?? '十一'}章 ${['发展环境', '主要目标', '公园体系', '绿道网络', '湿地保护', '山林养护', '资金保障', '组织实施', '监测评估', '公众参与', '考核办法', '附则'][chapter++]}`, '');
  }
  const body = ['青山市城乡绿化发展规划纲要，依据全市总体规划编制，是今后五年全市绿化建设的行动纲领。', ''];
  const names = ['发展环境', '主要目标', '公园体系'];
  for (let k = 0; k < opts.bodyParts; k++) {
    body.push(`第${'一二三'[k]}章 ${names[k]}`, '', `全市新建公园${12 + k}个，绿化覆盖率提高到百分之${40 + k}，各区要抓紧落实，形成长效机制。`, '');
  }
  return [...head, '青山市城乡绿化发展规划纲要', '', ...toc, ...body].join('\n');
}

describe('a plan\'s table of contents of 篇 over 章', () => {
  it('holds no heading, even where the text is cut after its first chapters', () => {
    const text = plan({ header: false, bodyParts: 2 });
    const o = parseOutline(text);
    const bodyStart = text.indexOf('青山市城乡绿化发展规划纲要，');
    assert.deepEqual(o.headings.filter((h) => h.marker && h.start < bodyStart).map((h) => h.marker + h.title), []);
    assert.deepEqual(o.headings.filter((h) => h.marker).map((h) => h.marker + h.title), ['第一章发展环境', '第二章主要目标']);
  });

  it('reads the title above the list, under a compiler\'s header of fields or not', () => {
    for (const header of [false, true]) {
      const text = plan({ header, bodyParts: 3 });
      const o = parseOutline(text);
      const titles = o.headings.filter((h) => !h.marker);
      assert.deepEqual(titles.map((h) => h.title), ['青山市城乡绿化发展规划纲要'], `header ${header}`);
      const chapters = o.headings.filter((h) => h.marker);
      assert.equal(chapters.length, 3, `header ${header}`);
      for (const c of chapters) assert.equal(c.parent, o.headings.indexOf(titles[0]), `header ${header}`);
    }
  });
});
