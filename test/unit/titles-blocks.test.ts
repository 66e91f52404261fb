import { strict as assert } from 'node:assert';
import { parseOutline } from '../../src/core';
import type { Outline, ZoneName } from '../../src/core';

// Invented documents (titles6): names, places and figures are made up.

function zoneOf(o: Outline, line: number): ZoneName | undefined {
  return o.zones?.find((z) => z.firstLine <= line && line <= z.lastLine)?.zone;
}
function tree(o: Outline): string[] {
  return o.headings.map((h) => `${h.level} ${h.marker}${h.title}${h.parent === null ? '' : ' ^' + o.headings[h.parent].marker + o.headings[h.parent].title.slice(0, 4)}`);
}

describe('title blocks a PDF conversion broke (titles6)', () => {
  it('reads a notice title broken over three lines, with its 发文字号 under it', () => {
    const t = [
      '青禾清算所关于开展林业碳汇凭证登', '记托管业务试点工作', '有关事项的通知', '青禾清发〔 2030 〕 7 号', '各托管机构：',
      '为推进林业碳汇凭证登记托管业务，现将有关事项通知如下：', '一、本通知所称凭证，是指在本所登记的林业碳汇凭证。', '二、试点机构应当具备下列条件：',
      '（一）近三年未受过处罚；', '（二）内部控制健全。', '三、本通知自发布之日起实施。', '特此通知。', '青禾清算所', '2030 年 6 月 1 日',
    ].join('\n');
    const o = parseOutline(t);
    assert.deepEqual(tree(o).map((s) => s.replace(/，.*\^/, ' ^')), ['1 青禾清算所关于开展林业碳汇凭证登', '2 一、本通知所称凭证 ^青禾清算', '2 二、试点机构应当具备下列条件 ^青禾清算',
      '3 （一）近三年未受过处罚 ^二、试点机构', '3 （二）内部控制健全 ^二、试点机构', '2 三、本通知自发布之日起实施 ^青禾清算']);
    assert.equal(zoneOf(o, 2), 'title');
    assert.equal(zoneOf(o, 3), 'metadata');
  });

  it('reads a title cut inside its 《》 by a line break', () => {
    const t = [
      '青禾清算所文件', '青清发〔2030〕9号', '关于发布《林业碳汇凭证登记托管', '业务细则（试行）》的通知', '各托管机构：',
      '为规范登记托管业务，本所制定了细则，现予发布，请遵照执行。', '特此通知。', '2030年7月1日',
    ].join('\n');
    const o = parseOutline(t);
    assert.equal(o.headings[0]?.title, '关于发布《林业碳汇凭证登记托管');
    assert.equal(zoneOf(o, 3), 'title');
  });

  it('does not join pieces of running text cut inside a bracket into a title', () => {
    const t = [
      '青禾县林业工作总结', '今年全县完成造林任务，新增碳汇林（含', '补植林）三千亩，群众满意度明显提高，各项工作稳步推进。', '一、主要做法', '各乡镇落实责任。',
    ].join('\n');
    const o = parseOutline(t);
    assert.ok(!o.headings.some((h) => h.title.startsWith('今年全县')));
  });
});

describe('the document an attachment carries, under the attachment\'s name (titles6)', () => {
  const t = [
    '青禾清算所关于开展凭证托管试点的通知', '各托管机构：', '现将有关事项通知如下，请遵照执行。', '一、试点范围', '本所登记的凭证。', '二、申请材料', '按附件报送。',
    '青禾清算所', '2030年6月1日',
    '附件 1', '申请书样式', '关于将 XXXX 凭证纳入托管试点', '的申请', '青禾清算所：', 'XXXX（机构全称）现申请将 XXXX 凭证纳入托管试点，有关情况如下：',
    '一、机构概况', '包括成立时间、注册资本等基本情况。', '二、凭证情况', '包括凭证规模等情况。',
    '附件 2', '季度报告样式', 'XXXX 年 X 季度 XXXX 凭证托管报告', '一、本季度规模变动情况。', '二、本季度风险事件情况。',
    '附件 3', '承诺书样式', '本机构承诺所报材料真实、准确、完整。', '一、按时报送。', '二、如实填写。',
  ].join('\n');
  const o = parseOutline(t);

  it('heads the attachment with its name and the carried letter or report with its own title under it', () => {
    assert.deepEqual(tree(o).slice(3), [
      '1 申请书样式',
      '2 关于将 XXXX 凭证纳入托管试点 ^申请书样',
      '3 一、机构概况 ^关于将 ',
      '3 二、凭证情况 ^关于将 ',
      '1 季度报告样式',
      '2 XXXX 年 X 季度 XXXX 凭证托管报告 ^季度报告',
      '3 一、本季度规模变动情况 ^XXXX',
      '3 二、本季度风险事件情况 ^XXXX',
      '1 承诺书样式',
      '2 一、按时报送 ^承诺书样',
      '2 二、如实填写 ^承诺书样',
    ]);
  });

  it('takes no second title when the name goes on in the next line', () => {
    const u = ['附件1：', '关于将XXXX凭证纳入托管试点的', '申请书', '青禾清算所：', 'XXXX（机构全称）现申请将XXXX凭证纳入托管试点。', '一、机构概况', '包括成立时间等。'].join('\n');
    const p = parseOutline(u);
    assert.ok(!p.headings.some((h) => h.title === '申请书'));
    assert.equal(zoneOf(p, 2), 'title');
  });
});

describe('web pages: a question headline over the page metadata, dash leads (titles6)', () => {
  const page = (headline: string) => [
    '青禾人才网', '首页', '人才工作', '政策法规', '首页 > 专题 > 青禾引才', headline, '时间：2030-03-26 18:31:05', '来源：青禾日报', '【字体： 大 中 小 】', '分享到:',
    '春天来了，青禾县发出邀请，欢迎各地人才来青禾创业，共同建设美好家园，县里准备了住房、补贴和岗位。',
    '（一）人才兴则事业兴。',
    '青禾县是农业大县，近年来产业升级加快，对人才的需求越来越大，县里为此出台了一系列新政策。',
    '今日之青禾，产业兴旺——',
    '全县已有茶叶、竹器和果蔬三大产业，带动数万农户增收，产业园区吸引了多家企业入驻。',
    '今日之青禾，环境宜居——',
    '全县空气质量常年优良，山清水秀，交通便利，生活成本较低，适合年轻人安家。',
    '（二）青年兴则青禾兴。',
    '青禾县将继续完善人才政策，为青年人才搭建舞台，让他们在这里干事创业、安居乐业。',
    '版权所有：青禾县人才办 备案号：青ICP备00000000号',
  ].join('\n');

  it('takes a headline asking a question, right above 时间/来源, for the page title; the parts hang under it', () => {
    const o = parseOutline(page('人才八方来，为何选择青禾？'));
    assert.deepEqual(tree(o), ['1 人才八方来，为何选择青禾？', '2 （一）人才兴则事业兴 ^人才八方', '2 （二）青年兴则青禾兴 ^人才八方']);
  });

  it('takes no question for a title when no page metadata stands under it', () => {
    const t = ['人才八方来，为何选择青禾？', '春天来了，青禾县发出邀请，欢迎各地人才来青禾创业，共同建设美好家园，县里准备了住房、补贴和岗位。', '一、人才兴则事业兴', '青禾县是农业大县。'].join('\n');
    const o = parseOutline(t);
    assert.ok(!o.headings.some((h) => h.title.startsWith('人才八方来')));
  });

  it('reads no line that ends on a dash, leading into the paragraph under it, as a title', () => {
    const o = parseOutline(page('青禾县欢迎各地人才'));
    assert.ok(!o.headings.some((h) => h.title.startsWith('今日之青禾')), tree(o).join('\n'));
  });
});

describe('a server page template (JSP) holding an article (titles6)', () => {
  const jsp = [
    '<%@ page pageEncoding="UTF-8"%>',
    '<%@ include file="/view/common/taglibs.jsp"%>',
    '<!DOCTYPE html>',
    '<html>',
    '<head><title>青禾县召开春耕座谈会- 【青禾采购网】</title></head>',
    '<body>',
    '<% if (user != null) { %><div class="user">欢迎您</div><% } %>',
    '<div class="news">',
    '<h1>青禾县召开春耕座谈会</h1>',
    '<span>发布时间：2030-03-02</span>',
    '<P>三月二日，青禾县召开春耕座谈会，听取各乡镇关于春耕备耕工作的汇报，部署下一步工作。</P>',
    '<P>一是抓好种子供应。各乡镇要提前储备良种，保障农户按时播种。</P>',
    '<P>二是抓好农机调度。农机站要做好检修，合理安排作业。</P>',
    '</div>',
    '</body>',
    '</html>',
  ].join('\n');

  it('reads the page past its directives: the <h1> is the title, the parts hang under it, server code is hidden', () => {
    const o = parseOutline(jsp);
    assert.deepEqual(tree(o), ['1 青禾县召开春耕座谈会', '2 一是抓好种子供应 ^青禾县召', '2 二是抓好农机调度 ^青禾县召']);
    assert.ok(!o.headings.some((h) => h.title.includes('user')));
  });
});

describe('Markdown: part titles set in bold (titles6)', () => {
  const md = (parts: string[]) => ['# 青禾县春耕工作会议召开', '', '3月2日，青禾县召开春耕工作会议，部署今年春耕备耕工作，县长在会上讲话。', '', ...parts].join('\n');
  const story = (s: string) => `会议${s}，各乡镇要抓紧落实，确保各项措施落地见效，不误农时。`;

  it('reads two or more bold paragraphs over running text as subheads of the section', () => {
    const t = md(['**稳住粮食面积**', '', story('要求稳住面积'), '', '__抓好农资供应__', '', story('指出要保障农资')]);
    const o = parseOutline(t, { format: 'markdown' });
    assert.deepEqual(tree(o), ['1 青禾县春耕工作会议召开', '2 稳住粮食面积 ^青禾县春', '2 抓好农资供应 ^青禾县春']);
    assert.equal(o.headings[1].start, t.indexOf('稳住粮食面积'));
  });

  it('reads no bold phrase inside a sentence, no bold label with a colon, and no single bold line', () => {
    const inSentence = md([`会议要求，**稳住粮食面积**，各乡镇要抓紧落实。`, '', '**记者：**', '', story('指出要保障农资'), '', '**本报评论员**', '', story('强调要做好服务'), '', '**稳住粮食面积，不得撂荒。**', '', story('要求稳住面积')]);
    assert.deepEqual(tree(parseOutline(inSentence, { format: 'markdown' })), ['1 青禾县春耕工作会议召开']);
    const single = md(['**稳住粮食面积**', '', story('要求稳住面积'), '', '其他工作按计划推进。']);
    assert.deepEqual(tree(parseOutline(single, { format: 'markdown' })), ['1 青禾县春耕工作会议召开']);
  });

  it('reads no bold line right under a numbered heading or another bold line: it goes on with the title above, or is a block of labels', () => {
    // a numbered bold title broken over two bold paragraphs, and a page's sign-off and "recommended" box
    const t = md([
      '**一、春耕形势**', '', story('分析了今年形势'), '',
      '**二、农资保障在**', '', '**农资供应中的应用**', '', story('指出要保障农资'), '',
      '**-完-**', '', '**热门动态推荐**', '', '[![](https://example.com/b.jpg)](https://example.com/c)',
    ]);
    const o = parseOutline(t, { format: 'markdown' });
    assert.deepEqual(tree(o).map((l) => l.split(' ^')[0]), ['1 青禾县春耕工作会议召开', '2 一、春耕形势', '2 二、农资保障在']);
  });

  it('reads a bold line alone on its line with the running text right under it (no blank line between) as a subhead', () => {
    const t = md(['**稳住粮食面积**', story('要求稳住面积'), '', '**抓好农资供应**', story('指出要保障农资')]);
    const o = parseOutline(t, { format: 'markdown' });
    assert.deepEqual(tree(o), ['1 青禾县春耕工作会议召开', '2 稳住粮食面积 ^青禾县春', '2 抓好农资供应 ^青禾县春']);
    assert.equal(o.headings[2].start, t.indexOf('抓好农资供应'));
  });

  it('reads no bold lead that the sentence goes on from, no bold label with a colon over the next line, no bold line over a short line; a bold line over a list is an item title (mdbold48)', () => {
    const none = ['1 青禾县春耕工作会议召开'];
    const runIn = md(['**稳住粮食面积**' + story('要求稳住面积'), '', '**抓好农资供应**' + story('指出要保障农资')]);
    assert.deepEqual(tree(parseOutline(runIn, { format: 'markdown' })), none);
    const labels = md(['**土地政策：**', story('要求稳住面积'), '', '**金融支持措施：**', story('指出要保障农资')]);
    assert.deepEqual(tree(parseOutline(labels, { format: 'markdown' })), none);
    const lists = md(['**稳住粮食面积**', '- ' + story('要求稳住面积'), '', '**抓好农资供应**', '1. ' + story('指出要保障农资')]);
    // (none before mdBoldItems.ts: the study golds read every bold paragraph over a list as a title, 28 of 28)
    assert.deepEqual(tree(parseOutline(lists, { format: 'markdown' })), [...none, '2 稳住粮食面积 ^青禾县春', '2 抓好农资供应 ^青禾县春']);
    const short = md(['**稳住粮食面积**', '责任单位：县农业局', '', story('要求稳住面积'), '', '**抓好农资供应**', '责任单位：县供销社', '', story('指出要保障农资')]);
    assert.deepEqual(tree(parseOutline(short, { format: 'markdown' })), none);
  });
});

describe('Bold labels standing alone (`**土地政策：**` over its paragraph)', () => {
  const md = (parts: string[]) => ['# 青禾县出台稳增长措施', '', '本报讯 青禾县日前出台一揽子稳增长措施，涵盖用地、融资、用工等方面，为企业减负。', '', ...parts].join('\n');
  const story = (s: string) => `措施明确，${s}，各部门要抓紧落实，确保政策尽快落地见效。`;

  it('reads two or more different bold labels over running text as parts, the colon kept in the title', () => {
    const t = md(['**土地政策：**', '', story('工业项目实行弹性年期供地'), '', '**金融支持措施：**', '', story('小微企业贷款给予贴息')]);
    assert.deepEqual(tree(parseOutline(t, { format: 'markdown' })), ['1 青禾县出台稳增长措施', '2 土地政策： ^青禾县出', '2 金融支持措施： ^青禾县出']);
  });

  it('reads the same labels kept as raw HTML paragraphs', () => {
    const html = (label: string) => `<p>　　<strong>${label}</strong></p>`;
    const para = (s: string) => `<p>　　${story(s)}</p>`;
    const t = md([html('土地政策：'), para('工业项目实行弹性年期供地'), html('金融支持措施：'), para('小微企业贷款给予贴息')]);
    assert.deepEqual(tree(parseOutline(t, { format: 'markdown' })), ['1 青禾县出台稳增长措施', '2 土地政策： ^青禾县出', '2 金融支持措施： ^青禾县出']);
  });

  it('reads no single label, no repeated label (a speaker\'s turns), no lead into what follows, no greeting, no run-in lead', () => {
    const none = ['1 青禾县出台稳增长措施'];
    const single = md(['**土地政策：**', '', story('工业项目实行弹性年期供地'), '', '其他措施另行公布。']);
    assert.deepEqual(tree(parseOutline(single, { format: 'markdown' })), none);
    const repeated = md(['**县政府新闻发言人：**', '', story('工业项目实行弹性年期供地'), '', '**县政府新闻发言人：**', '', story('小微企业贷款给予贴息')]);
    assert.deepEqual(tree(parseOutline(repeated, { format: 'markdown' })), none);
    const leads = md(['**主要措施有以下几条：**', '', story('工业项目实行弹性年期供地'), '', '**县长在会上强调：**', '', story('小微企业贷款给予贴息'), '', '**各位企业家代表：**', '', story('用工服务要跟上'), '', '**实际中，常用的办法有两种：**', '', story('先租后让')]);
    assert.deepEqual(tree(parseOutline(leads, { format: 'markdown' })), none);
    const runIn = md(['**土地政策：**' + story('工业项目实行弹性年期供地'), '', '**金融支持措施：**' + story('小微企业贷款给予贴息')]);
    assert.deepEqual(tree(parseOutline(runIn, { format: 'markdown' })), none);
  });
});

describe('A compiler\'s bare `标题：` with the title on the next line', () => {
  const page = (label: string) => [
    label, '青禾县召开经济工作会议', '来源：青禾日报', '发布日期：2030-01-05', '',
    '1月4日，青禾县召开经济工作会议，总结去年工作，部署今年任务。县长在会上讲话。', '',
    '一、去年工作回顾', '', '去年全县经济运行稳中有进，主要指标好于预期，地区生产总值增长百分之五。', '',
    '二、今年重点任务', '', '今年要抓好项目建设，扩大有效投资，全力稳住经济大盘。',
  ].join('\n');

  it('reads the line under the label as the title, the label and the fields under the title as metadata', () => {
    for (const label of ['标题：', '**标题：**']) {
      const o = parseOutline(page(label), { format: 'markdown' });
      assert.deepEqual(tree(o), ['1 青禾县召开经济工作会议', '2 一、去年工作回顾 ^青禾县召', '2 二、今年重点任务 ^青禾县召'], label);
      assert.equal(zoneOf(o, 0), 'metadata');
      assert.equal(zoneOf(o, 2), 'metadata');
    }
  });

  it('reads the title the same in plain text without blank lines (the label and the title in one paragraph)', () => {
    const plain = page('标题：').split('\n').filter((l) => l !== '').join('\n');
    assert.deepEqual(tree(parseOutline(plain)), ['1 青禾县召开经济工作会议', '2 一、去年工作回顾 ^青禾县召', '2 二、今年重点任务 ^青禾县召']);
  });

  it('reads no title under the label when the line under it is no title', () => {
    const t = page('标题：').replace('青禾县召开经济工作会议', 'Economic work conference of Qinghe County');
    assert.deepEqual(tree(parseOutline(t, { format: 'markdown' })).map((l) => l.split(' ^')[0]), ['1 一、去年工作回顾', '1 二、今年重点任务']);
  });
});
