import * as assert from 'node:assert/strict';
import { parseOutline } from '../../src/core/outline';

/** `level marker title` of every heading the outline gives, in order. */
function rows(text: string, format: 'plain' | 'markdown' = 'markdown'): string[] {
  return parseOutline(text, { format }).headings.map((h) => `${h.level} ${h.marker}${h.title}`);
}

describe('headings of web copies (study of holdout10)', () => {
  it('reads markers after an indent written with entities (&emsp;&emsp;（一）) as after 　　', () => {
    const md = [
      '## 关于做好社区绿化工作的通知', '',
      '### &emsp;&emsp;一、总体要求', '',
      '&emsp;&emsp;(一)指导思想。坚持绿色发展，建设美丽社区。', '',
      '&emsp;&emsp;(二)主要目标。到明年底，每个社区都有一处小游园。', '',
      '### &emsp;&emsp;二、主要任务', '',
      '&emsp;&emsp;1.种好行道树。各街道要补齐缺株。', '',
      '&nbsp;&nbsp;2.管好绿地。物业要定期修剪。', '',
    ].join('\n');
    assert.deepEqual(rows(md), [
      '1 关于做好社区绿化工作的通知', '2 一、总体要求', '3 (一)指导思想', '3 (二)主要目标', '2 二、主要任务', '3 1.种好行道树', '3 2.管好绿地',
    ]);
    // the same text indented with ideographic spaces gives the same outline
    assert.deepEqual(rows(md.replace(/&emsp;|&nbsp;/g, '\u3000')), rows(md));
  });

  it('reads a digest\'s NO.1…NO.N items as a numbered run, numbered on across its 【】 group labels', () => {
    const page = [
      '<p>　　<strong>【国内新闻】</strong></p>',
      '<p>　　<strong>NO.1  <a href="https://example.com/a">小镇开通公交：居民出行更方便</a></strong></p>',
      '<p>　　今天上午，小镇第一条公交线路开通，沿途设站十二个，方便居民出行。</p>',
      '<p>　　<strong>NO.2  <a href="https://example.com/b">乡村图书馆开放</a></strong></p>',
      '<p>　　新建的乡村图书馆今天开放，藏书五千册，每天开放八小时。</p>',
      '<p>　　<strong>【企业新闻】</strong></p>',
      '<p>　　<strong>NO.3  <a href="https://example.com/c">本地工厂扩建新车间</a></strong></p>',
      '<p>　　工厂今年扩建一个新车间，预计增加岗位两百个，年底投产。</p>',
      '<p>　　<strong>NO.4  <a href="https://example.com/d">果园合作社销量上升</a></strong></p>',
      '<p>　　合作社今年的苹果销量比去年上升，收入也明显增加。</p>',
      '',
    ].join('\n');
    const o = parseOutline(page, { format: 'markdown' });
    assert.deepEqual(o.headings.map((h) => `${h.level} ${h.marker}${h.title}`), [
      '1 【国内新闻】', '2 NO.1小镇开通公交', '2 NO.2乡村图书馆开放', '1 【企业新闻】', '2 NO.3本地工厂扩建新车间', '2 NO.4果园合作社销量上升',
    ]);
  });

  it('does not read NO. before an English word, a long number or a lone NO. as a marker', () => {
    assert.deepEqual(rows('标题行\n\nNo.1 Blade grade is the best.\n\nNo.2 Blade grade is next.\n', 'plain').filter((r) => r.includes('No.')), []);
    assert.deepEqual(rows('标题行\n\nNO.1234 号文件已经收到。\n', 'plain').filter((r) => r.includes('NO.')), []);
  });

  it('leaves a scraped page\'s footer boxes (### 服务 over links, after the last sentence) out of the outline', () => {
    const page = [
      '# 小镇开通第一条公交线路', '',
      '今天上午，小镇第一条公交线路正式开通，沿途设站十二个，方便居民出行。', '',
      '公交公司表示，下一步还将根据居民需要增开线路，并延长运营时间。', '',
      '### 用户服务', '', '* [意见反馈](https://example.com/a)', '* [帮助中心](https://example.com/b)', '',
      '### 关于本站', '', '* [联系我们](https://example.com/c)', '* [网站地图](https://example.com/d)', '',
      'Copyright © 2024 example.com', '',
    ].join('\n');
    assert.deepEqual(rows(page), ['1 小镇开通第一条公交线路']);
    // one such heading alone (a last list of links) stays the document's
    const notes = ['# 学习笔记', '', '今天学习了公交线路的规划方法，记下几个要点，以后还要继续整理。', '', '## 参考链接', '', '* [线路规划](https://example.com/a)', ''].join('\n');
    assert.deepEqual(rows(notes), ['1 学习笔记', '2 参考链接']);
  });

  it('leaves a Markdown page\'s tab set (# Tabs {.tabset} over ## 视频 / ## 音频) out of the outline', () => {
    const page = [
      '---', 'title: 第十二期 小镇公交', '---', '',
      '# Tabs {.tabset}', '## 视频', '<div class="player"><iframe src="https://example.com/v/12"></iframe></div>', '',
      '## 音频', '<div class="podcast-player"></div>', '', '# ', '',
      '今天说说小镇的公交。首先，小镇开通了第一条公交线路，沿途设站十二个。', '',
      '其次，公交公司还将增开线路，并延长运营时间，方便居民早晚出行。', '',
    ].join('\n');
    assert.deepEqual(rows(page), ['1 首先，小镇开通了第一条公交线路，沿途设站十二个', '1 其次，公交公司还将增开线路，并延长运营时间，方便居民早晚出行']);
    // a heading without the class keeps its sections
    const plain = page.replace(' {.tabset}', '');
    assert.ok(rows(plain).some((r) => r.includes('视频')));
    // tabs that hold text (a report's questions shown as tabs) stay its sections
    const report = ['# 练习十二 {.tabset}', '', '## 问题1', '', '这一题要求计算小镇公交线路的平均站距，结果约为八百米。', '',
      '## 问题2', '', '这一题要求比较两条线路的客流，早高峰时二号线更拥挤。', ''].join('\n');
    // (the attribute block is the renderer's, not the heading's words)
    assert.deepEqual(rows(report), ['1 练习十二', '2 问题1', '2 问题2']);
  });

  it('reads a news page\'s subhead over an ornament line (▷) and its text as a subhead', () => {
    const page = [
      '<p>　　小镇今年办好三件实事</p>',
      '<p>　　今年小镇围绕居民最关心的问题，确定了三件实事，并已经全部落实到具体部门。</p>',
      '<p>　　改善公交出行</p>', '<p>　　▷</p>',
      '<p>　　小镇开通了第一条公交线路，沿途设站十二个，早晚高峰加密班次，周末增开两趟区间车，居民出行更加方便。</p>',
      '<p>　　建好乡村书屋</p>', '<p>　　▷</p>',
      '<p>　　每个村都建起了书屋，配备图书两千册，并安排志愿者每周开放三天，寒暑假还为孩子办读书会，方便村民借阅。</p>',
      '',
    ].join('\n');
    const titles = parseOutline(page, { format: 'markdown' }).headings.map((h) => h.title);
    assert.deepEqual(titles.slice(-2), ['改善公交出行', '建好乡村书屋']);
  });

  it('reads the plain subheads of a news page kept on one line (`<p>…</p> <p>…</p>`) as it reads them a paragraph a line', () => {
    const paras = [
      '<p>　　小镇今年办好两件实事，已经全部落实到具体部门，居民普遍表示满意。</p>',
      '<p>　　改善公交出行</p>',
      '<p>　　小镇开通了第一条公交线路，沿途设站十二个，早晚高峰加密班次，周末增开两趟区间车，居民出行更加方便。</p>',
      '<p>　　建好乡村书屋</p>',
      '<p>　　每个村都建起了书屋，配备图书两千册，并安排志愿者每周开放三天，寒暑假还为孩子办读书会，方便村民借阅。</p>',
    ];
    const titles = (t: string) => parseOutline(t, { format: 'markdown' }).headings.map((h) => h.title);
    assert.deepEqual(titles(paras.join(' ') + '\n'), ['改善公交出行', '建好乡村书屋']);
    assert.deepEqual(titles(paras.join('\n') + '\n'), ['改善公交出行', '建好乡村书屋']);
  });

  it('reads no photo caption whose credit stands in brackets as a subhead, on one line or a paragraph a line', () => {
    const paras = [
      '<p>　　小镇今年办好两件实事，已经全部落实到具体部门，居民普遍表示满意，镇里还将继续办下去。</p>',
      '<p>　　公交司机在检查新车（本报记者 某某 摄）</p>',
      '<p>　　小镇开通了第一条公交线路，沿途设站十二个，早晚高峰加密班次，周末增开两趟区间车，居民出行更加方便。</p>',
      '<p>　　村民在书屋里借阅图书（通讯员供图）</p>',
      '<p>　　每个村都建起了书屋，配备图书两千册，并安排志愿者每周开放三天，寒暑假还为孩子办读书会，方便村民借阅。</p>',
    ];
    const titles = (t: string) => parseOutline(t, { format: 'markdown' }).headings.map((h) => h.title);
    assert.deepEqual(titles(paras.join('') + '\n'), []);
    assert.deepEqual(titles(paras.join('\n') + '\n'), []);
  });

  it('nests flush-left bold topic lines under the centred bold subhead before them (two tiers of subheads)', () => {
    const C = (t: string) => `<p cms-style="font-L align-Center">　　<font cms-style="font-L strong-Bold align-Center">${t}</font></p>`;
    const L = (t: string) => `<p cms-style="font-L">　　<font cms-style="font-L strong-Bold">${t}</font></p>`;
    const P = (t: string) => `<p cms-style="font-L">　　${t}</p>`;
    const page = [
      '<div>',
      P('小镇今天召开发布会，介绍今年前三个季度的发展情况，并回答了记者关心的几个问题，发言人逐一作了说明。'),
      C('前三季度运行平稳'),
      P('前三季度，小镇各项主要指标保持平稳，居民收入稳步增加，公共服务不断改善，群众满意度继续提高。'),
      C('热点问题一一回应'),
      P('在发布会上，发言人就记者关心的热点问题作了回答。'),
      L('关于公交出行：新线路下月开通'),
      P('发言人表示，新的公交线路已经完成试运行，下个月正式开通，沿途设站十二个，居民出行会更加方便。'),
      L('关于乡村书屋：年底前全覆盖'),
      P('发言人说，乡村书屋建设进展顺利，年底前每个村都会有一间书屋，并安排志愿者定期开放，方便村民借阅。'),
      '</div>', '',
    ].join('\n');
    const o = parseOutline(page, { format: 'markdown' });
    const parentOf = (t: string) => {
      const h = o.headings.find((x) => x.title.startsWith(t))!;
      return h.parent === null ? null : o.headings[h.parent].title;
    };
    assert.equal(parentOf('关于公交出行'), '热点问题一一回应');
    assert.equal(parentOf('关于乡村书屋'), '热点问题一一回应');
    assert.equal(parentOf('热点问题一一回应'), parentOf('前三季度运行平稳'));
  });
});

