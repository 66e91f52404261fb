import { strict as assert } from 'node:assert';
import { parseOutline } from '../../src/core';
import type { Outline } from '../../src/core';

/** Each heading as `level title`, with ` ^parent-title-prefix` when it has a parent. */
function tree(o: Outline): string[] {
  return o.headings.map((h) => `${h.level} ${h.title}${h.parent !== null ? ` ^${o.headings[h.parent].title.slice(0, 4)}` : ''}`);
}

const story = (s: string): string => `${s}，各乡镇要抓紧落实，确保各项措施落地见效，不误农时，切实把好事办好。`;

describe('Markdown copies: inline markers set in bold (`。**二是**…`)', () => {
  const md = (para: string): string => ['# 青禾县春耕工作会议召开', '', story('会议部署今年春耕备耕工作'), '', '## 会议要求', '', para, ''].join('\n');

  it('reads 一是…二是… whose markers are set in bold, or stand after a bold run-in title', () => {
    const want = ['1 青禾县春耕工作会议召开', '2 会议要求 ^青禾县春', '3 稳住粮食面积 ^会议要求', '3 抓好农资供应 ^会议要求'];
    const bold = md(`会议强调。**一是**稳住粮食面积。${story('要求稳住面积')}**二是**抓好农资供应。${story('要求保障农资')}`);
    assert.deepEqual(tree(parseOutline(bold, { format: 'markdown' })), want);
    const wholly = md(`会议强调：**一是稳住粮食面积。**${story('要求稳住面积')}**二是抓好农资供应。**${story('要求保障农资')}`);
    assert.deepEqual(tree(parseOutline(wholly, { format: 'markdown' })), want);
    const afterTitle = md(`**（一）部署春耕工作。**一是稳住粮食面积。${story('要求稳住面积')}二是抓好农资供应。${story('要求保障农资')}`);
    const o = parseOutline(afterTitle, { format: 'markdown' });
    assert.deepEqual(tree(o).slice(-2), ['3 稳住粮食面积 ^会议要求', '3 抓好农资供应 ^会议要求']);
    assert.equal(o.headings[o.headings.length - 1].start, afterTitle.indexOf('二是'));
  });

  it('reads no marker run where the bold word is not a marker of a run', () => {
    const t = md(`会议强调。**第一次**召开这样的会议。${story('要求稳住面积')}**首先**要统一思想。${story('要求保障农资')}`);
    assert.deepEqual(tree(parseOutline(t, { format: 'markdown' })), ['1 青禾县春耕工作会议召开', '2 会议要求 ^青禾县春']);
  });
});

describe('Markdown copies: the headline given twice', () => {
  it('reads a heading that repeats the heading above it with only a picture or a byline between as a second title heading the parts', () => {
    const t = [
      '---', 'title: 青禾县春耕工作会议召开', '---', '', '# 青禾县春耕工作会议召开', '', '![cover_image](https://example.com/a.jpg)', '',
      '# 青禾县春耕工作会议召开', '', '青禾发布', '', story('会议部署今年春耕备耕工作'), '', '## 一、稳住粮食面积', '', story('会议要求稳住面积'), '',
      '## 二、抓好农资供应', '', story('会议要求保障农资'), '',
    ].join('\n');
    const o = parseOutline(t, { format: 'markdown' });
    assert.deepEqual(tree(o), ['1 青禾县春耕工作会议召开', '1 青禾县春耕工作会议召开', '2 稳住粮食面积 ^青禾县春', '2 抓好农资供应 ^青禾县春']);
    // the parts hang under the second, the article's own headline
    assert.equal(o.headings[2].parent, 1);
  });

  it('keeps a repeated heading with running text between (the same section name in two parts)', () => {
    const t = ['# 青禾县工作简报', '', '## 春耕', '', '### 进展', '', story('春耕进展顺利'), '', '## 夏收', '', '### 进展', '', story('夏收准备就绪'), ''].join('\n');
    assert.deepEqual(tree(parseOutline(t, { format: 'markdown' })).map((l) => l.split(' ^')[0]), ['1 青禾县工作简报', '2 春耕', '3 进展', '2 夏收', '3 进展']);
    const twice = ['# 青禾县工作简报', '', story('今年工作开局良好'), '', '# 青禾县工作简报', '', story('上半年工作继续推进'), ''].join('\n');
    assert.equal(parseOutline(twice, { format: 'markdown' }).headings.length, 2);
  });
});

describe('Markdown copies: a table in the body is no page tail', () => {
  it('reads the parts after a Markdown table (rows read like a site menu `甲 | 乙 | 丙`)', () => {
    const t = [
      '# 青禾县数字账本试点介绍', '', story('县里近日启动数字账本试点'), '',
      '## 一、 为什么要建账本？', '', story('过去的台账分散在各部门'), '',
      '## 二、 账本怎么建', '', story('账本按村建立'), '',
      '| 环节 | 过去做法 | 现在做法 |', '| --- | --- | --- |', '| **登记** | 纸质台账 | 线上登记 + 公开账本 |', '| **核对** | 年底集中核对 | **随时核对、全程留痕** |', '',
      '## 三、 哪些人需要关注？', '', '很多人会问：这和我有什么关系？', '',
      '1. **种粮大户**', '', '   补贴发放以后都按账本核对，不用再跑腿。', '2. **合作社**', '', '   农资采购记录可以直接导出。', '3. **村干部**', '', '   村务公开有了统一的底账。', '',
      '## 四、 小结', '', story('试点将在年底前总结推广'), '',
    ].join('\n');
    const o = parseOutline(t, { format: 'markdown' });
    assert.deepEqual(tree(o).filter((l) => l.startsWith('3 ')), ['3 种粮大户 ^哪些人需', '3 合作社 ^哪些人需', '3 村干部 ^哪些人需']);
    assert.equal(o.headings.filter((h) => h.level === 2).length, 4);
  });
});

describe('Markdown copies: part titles numbered by a badge glued to them (`01坚持…`)', () => {
  const doc = (heads: string[]): string => ['# 青禾县春耕工作综述', '', story('今年春耕开局良好'), '', ...heads.flatMap((h, i) => [h, '', story(['会议要求稳住面积', '会议要求保障农资', '会议要求做好服务'][i % 3]), ''])].join('\n');

  it('reads a series 01, 02, 03 (or 1, 2, 3) glued to short titles as subheads, titled by the words after the number', () => {
    for (const heads of [['01稳住粮食面积', '02抓好农资供应', '03强化技术服务'], ['01 稳住粮食面积', '02 抓好农资供应', '03 强化技术服务'], ['1稳住粮食面积：面积只增不减', '2抓好农资供应', '3强化技术服务']]) {
      const t = doc(heads);
      const o = parseOutline(t, { format: 'markdown' });
      assert.deepEqual(tree(o).map((l) => l.split(' ^')[0]).slice(1, 4).map((l) => l.slice(0, 8)), ['2 稳住粮食面积', '2 抓好农资供应', '2 强化技术服务'], heads[0]);
      assert.equal(o.headings[2].start, t.indexOf('抓好农资供应'));
    }
  });

  it('reads no count or year opening a line as a badge', () => {
    const none = ['1 青禾县春耕工作综述'];
    assert.deepEqual(tree(parseOutline(doc(['1个目标', '2项任务', '3年行动']), { format: 'markdown' })), none);
    assert.deepEqual(tree(parseOutline(doc(['2024年回顾', '2025年计划', '2026年展望']), { format: 'markdown' })), none);
  });
});

describe('Markdown copies: a paragraph of prose set behind `## `', () => {
  const page = (line: string): string =>
    ['# 青禾县图书馆开馆十年', '', story('青禾县图书馆今年迎来开馆十周年'), '', line, '', story('馆长在座谈会上回顾了十年来的变化'), ''].join('\n');

  it('reads no heading in a `##` line that runs two sentences of sixty characters or more', () => {
    const prose = '## 早在开馆之初，首任馆长就在《青禾日报》的专栏中写道：「图书馆不是藏书楼，而是全县人的书房。」十年过去，这句话已经写在了新馆大厅的墙上，每天进出的读者都能看到。';
    assert.deepEqual(tree(parseOutline(page(prose), { format: 'markdown' })), ['1 青禾县图书馆开馆十年']);
  });

  it('reads no heading in a picture roundup whose captions are set as `####` (a clause, a sentence end, more text)', () => {
    const caption = '#### 青禾县城郊发生山火，消防及民防人员合力扑救。当地本月气温比常年偏高，雨量偏少。通讯社';
    assert.deepEqual(tree(parseOutline(page(caption), { format: 'markdown' })), ['1 青禾县图书馆开馆十年']);
    const noClause = '## 青禾县图书馆开馆十年座谈会今天上午在新馆召开。馆长回顾十年变化并展望今后十年的发展规划';
    assert.deepEqual(tree(parseOutline(page(noClause), { format: 'markdown' })).length, 2);
  });

  it('keeps a long heading of one sentence, and a short heading that holds two', () => {
    const long = '## 青禾县图书馆关于开馆十周年系列读书活动暨全民阅读推广月的安排和各分馆开放时间调整的说明';
    assert.deepEqual(tree(parseOutline(page(long), { format: 'markdown' })).length, 2);
    const short = '## 开馆十年。回顾与展望';
    assert.deepEqual(tree(parseOutline(page(short), { format: 'markdown' })), ['1 青禾县图书馆开馆十年', '2 开馆十年。回顾与展望 ^青禾县图']);
  });
});

describe('Markdown digests: a bold topic line with an ordinal part label (`**话题一：…**`, comp40)', () => {
  const topic = (label: string, title: string, runs: string): string[] => [`**${label}：${title}**`, '',
    `*   **背景：** ${story('青禾县今年春耕准备充分')}`, `*   **判断：** 后续工作分两步：一是${runs}；二是${story('抓好落实')}`, ''];
  const doc = (label: (k: number) => string): string => ['### 【今日要闻】', '', story('青禾县召开春耕工作会议'), '', '### 【深度解读】', '',
    ...topic(label(1), '【春耕】稳住面积：把粮食生产抓在手上', '稳住面积'), ...topic(label(2), '【农资】保障供应：把农资送到田间', '保障农资'), ''].join('\n');

  it('takes each topic line as a title of its section, the 一是/二是 of its list under it', () => {
    const last = story('抓好落实').replace(/。$/, '');
    assert.deepEqual(tree(parseOutline(doc((k) => `话题${'一二'[k - 1]}`), { format: 'markdown' })), [
      '1 【今日要闻】', '1 【深度解读】',
      '2 话题一：【春耕】稳住面积：把粮食生产抓在手上 ^【深度解', '3 稳住面积 ^话题一：', `3 ${last} ^话题一：`,
      '2 话题二：【农资】保障供应：把农资送到田间 ^【深度解', '3 保障农资 ^话题二：', `3 ${last} ^话题二：`,
    ]);
  });

  it('reads a bold line with a colon and no part label over a list as an item title too (mdbold48: a bold paragraph over a list)', () => {
    // (this test said "left alone" before mdBoldItems.ts: the study golds read every such bold line over a list as a title, 28 of 28)
    const out = tree(parseOutline(doc((k) => `重点${'一二'[k - 1]}是`), { format: 'markdown' }));
    assert.deepEqual(out.filter((s) => s.startsWith('2 ')), ['2 重点一是：【春耕】稳住面积：把粮食生产抓在手上 ^【深度解', '2 重点二是：【农资】保障供应：把农资送到田间 ^【深度解']);
  });
});

describe('Markdown copies: bold part titles in a copy with no blank line between paragraphs', () => {
  const body = (bold: boolean): string => [
    '# 青禾县农业发展十年回顾',
    '',
    story('十年来全县农业发展取得显著成绩'),
    '',
    bold ? '**稳住粮食面积 夯实发展基础**' : '稳住粮食面积 夯实发展基础',
    story('全县粮食播种面积稳定在六十万亩以上'),
    story('高标准农田建设稳步推进'),
    bold ? '**抓好农资供应 保障春耕生产**' : '抓好农资供应 保障春耕生产',
    story('农资储备充足，价格总体平稳'),
    bold ? '**强化技术服务 提升种植效益**' : '强化技术服务 提升种植效益',
    story('农技人员深入田间地头指导生产'),
  ].join('\n');

  it('reads a whole line in bold between finished paragraphs as a subhead', () => {
    assert.deepEqual(tree(parseOutline(body(true), { format: 'markdown' })).map((l) => l.split(' ^')[0]), [
      '1 青禾县农业发展十年回顾', '2 稳住粮食面积 夯实发展基础', '2 抓好农资供应 保障春耕生产', '2 强化技术服务 提升种植效益',
    ]);
  });

  it('reads no subhead in a bold line that stands inside an unfinished paragraph', () => {
    const unfinished = body(true).split('\n').map((l) => (l.startsWith('高标准') || l.startsWith('农资储备') ? l.replace(/。$/, '，') : l)).join('\n');
    assert.deepEqual(tree(parseOutline(unfinished, { format: 'markdown' })).map((l) => l.split(' ^')[0]), ['1 青禾县农业发展十年回顾']);
  });
});
