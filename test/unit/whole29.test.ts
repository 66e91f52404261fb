import * as assert from 'node:assert/strict';
import { parseOutline } from '../../src/core/outline';
import { frontMatterEnd } from '../../src/core/outline/markdown';

const para = (s: string) => `${s}这是一段正文，写明有关情况和具体安排，供大家参阅执行，请各单位认真组织落实，及时报告进展。`;
const titles = (t: string, format: 'markdown' | 'plain' = 'markdown') =>
  parseOutline(t, { format }).headings.map((h) => `${h.level} ${h.marker}${h.title}`);

describe('whole documents: a blog export whose front matter follows a blank line', () => {
  const post = [
    '', '---', "title: '学习体会'", 'date: 2030-09-26 03:08:39', 'tags:', '- cn', '- life', '- busy',
    "thumbnail: 'https://example.org/a.jpg'", 'sidebar:', '    right:', '        sticky: true', 'widgets:', '    -', '        type: toc', '---', '', '',
    '![a.jpg](https://example.org/a.jpg)', '', '一、做好本职工作', '', para('岗位'), '', '二、警惕温水煮青蛙', '', para('道理'), '',
  ].join('\n');

  it('reads the block as front matter, so its last tag is no title over the parts', () => {
    assert.ok(frontMatterEnd(post) > 0);
    assert.deepEqual(titles(post), ['1 一、做好本职工作', '1 二、警惕温水煮青蛙']);
  });

  it('takes no block between two rules for front matter unless it opens with a field', () => {
    const t = ['', '---', '', '一、做好本职工作', '', para('岗位'), '', '---', '', para('结尾')].join('\n');
    assert.equal(frontMatterEnd(t), 0);
    assert.equal(frontMatterEnd('---\ntitle: x\n---\n正文'), '---\ntitle: x\n---\n'.length);
  });
});

describe('whole documents: a 范文 compilation\'s first piece under the compilation\'s name', () => {
  it('reads `…讲话 篇1` under `…讲话(通用3篇)` as the first piece\'s title, not the name\'s second line', () => {
    const t = [
      '首页 > 讲话 > 讲话稿 > 某市长讲话【通用三篇】正文', '', '某市长讲话【通用三篇】', '', '时间:2031-10-21 15:42:29', '',
      '某市长讲话(通用3篇)', '', '某市长讲话 篇1', '', para('今天的会议开得很及时。'), '',
      '一是要严格要求。' + para('各级'), '', '二是要落实责任。' + para('部门'), '',
    ].join('\n');
    const h = parseOutline(t).headings;
    const piece = h.find((x) => x.title === '某市长讲话 篇1');
    assert.ok(piece, 'the piece has a title of its own');
    assert.equal(piece.level, 1);
    assert.ok(h.filter((x) => x.marker === '一是' || x.marker === '二是').every((x) => x.parent === h.indexOf(piece)));
  });
});

describe('whole documents: a site tag in square brackets glued before the title', () => {
  it('starts the title after `[某某关键词]`, not at the tag', () => {
    const t = ['[县长讲话稿]县长在全县经济工作会议上的讲话', '同志们:', para('这次会议的主要任务是总结工作。'),
      '一、认真总结成绩,准确把握态势', para('过去一年'), '二、明确目标任务,狠抓工作落实', para('今年'), ''].join('\n');
    const h = parseOutline(t).headings;
    assert.equal(h[0].title, '县长在全县经济工作会议上的讲话');
    assert.equal(h[0].start, '[县长讲话稿]'.length);
    assert.ok(h.filter((x) => x.marker === '一、' || x.marker === '二、').every((x) => x.parent === 0));
  });

  it('keeps a Latin source key (`[moj] …`) in the title', () => {
    const t = ['=== [moj] 某部门关于推进依法行政工作的通知 (1595字) ===', para('正文'), '',
      '=== [moj] 某部门关于加强法治宣传教育的意见 (2030字) ===', para('正文'), ''].join('\n');
    const h = parseOutline(t).headings.filter((x) => x.marker === '');
    assert.ok(h.every((x) => x.title.startsWith('[moj]')), JSON.stringify(h.map((x) => x.title)));
  });
});

describe('whole documents: a notice printed under the page headline that names it', () => {
  const page = (own: string[]) => [
    '当前位置: 网站首页 > 政府信息公开 > 市政府办 > 其他文件',
    '某某市人民政府办公室关于印发2030年重点工作任务分解的通知',
    '发布时间:2030-01-21 09:24 信息来源:某某市人民政府办公室 浏览次数: 字体:[ ]', '',
    ...own, '',
    '各县、区人民政府,市政府各部门:', '',
    para('现将重点工作任务分解下发，请认真抓好落实。'), '',
    '一、强化责任意识,以讲政治高度抓落实。' + para('各地'), '',
    '二、强化协同意识,以一盘棋思想抓落实。' + para('各单位'), '',
  ].join('\n');

  it('takes the document\'s own 关于… title (broken over lines, under its red head) for the title its parts hang from', () => {
    const h = parseOutline(page([' 某某市人民政府办公室', '', '关于印发2030年重点工作任务', '', '分解的通知', '', '某政办〔2030〕1号'])).headings;
    const own = h.findIndex((x) => x.title === '关于印发2030年重点工作任务');
    assert.ok(own > 0, JSON.stringify(h.map((x) => x.title)));
    assert.equal(h[own].level, 1);
    assert.ok(h.filter((x) => x.marker === '一、' || x.marker === '二、').every((x) => x.parent === own));
    assert.ok(!h.some((x) => x.title.includes('某某市人民政府办公室') && x.title.length < 12), 'the red head is no title');
  });
});
