import * as assert from 'node:assert/strict';
import { parseOutline } from '../../src/core/outline';

// records48: a scraper's file of records (JSON, JSON lines, a one-line JSON record, SQL inserts)
// whose record's text holds a document of its own under its own title (a notice issuing rules, then
// the rules under their name; minutes forwarded under the minutes' name). The record's title field
// is a level-1 title, and a title the text itself stands up after it restarts the tree: level 1
// too, the text's numbering under it (ANNOTATION.md: a new title restarts the tree). A record's
// text holding only its numbering, or opening with its title again, or a subhead with no
// signature over it, hangs under the record's title as before. All texts invented.
type Row = [number, string, number, number | null, string];
function outline(text: string): Row[] {
  const o = parseOutline(text);
  const lineOf = (off: number): number => text.slice(0, off).split('\n').length;
  return o.headings.map((h) => [lineOf(h.start), h.marker, h.level, h.parent === null ? null : lineOf(o.headings[h.parent].start), h.title]);
}
const J = (o: unknown): string => JSON.stringify(o, null, 2);
const JL = (a: unknown[]): string => a.map((x) => JSON.stringify(x)).join('\n') + '\n';
type Part = [string, string, string];
const notice = (what: string, tail: string, parts: Part[]): string =>
  `各有关单位：\n为进一步做好${what}相关工作，经研究，现将《${what}》印发给你们，请结合本地本部门实际认真贯彻执行，执行中遇到的问题请及时反馈。\n${tail}${what}\n` +
  parts.map(([m, t, b]) => `${m}${t}\n${b}`).join('\n');
const P: Part[] = [
  ['一、', '总体要求', '坚持问题导向，聚焦群众反映强烈的突出问题，推动各项措施落地见效，确保工作取得实际成效。'],
  ['二、', '主要任务', '各单位要制定具体工作方案，明确责任分工和时间节点，按月报送工作进展情况。'],
  ['三、', '保障措施', '加强组织领导，强化督促检查，对工作不力的单位予以通报。'],
];
const Q: Part[] = [
  ['一、', '适用范围', '本规则适用于本市行政区域内各类公共文化场馆的日常管理和对外开放服务活动。'],
  ['二、', '开放要求', '各场馆应当向社会公布开放时间，法定节假日期间应当适当延长开放时间。'],
];

describe('records48: a document under its own title inside a record\'s text', () => {
  it('puts an issued text\'s own title at level 1 beside the record\'s title (pretty-printed array)', () => {
    const text = J([
      { title: '关于印发《某市社区食堂运营管理办法》的通知', date: '2026-04-02', content: notice('某市社区食堂运营管理办法', '某市民政局\n2026年4月2日\n', P) },
      { title: '关于印发《某市公共文化场馆开放规则》的通知', date: '2026-03-10', content: notice('某市公共文化场馆开放规则', '某市文化和旅游局\n', Q) },
    ]);
    assert.deepEqual(outline(text), [
      [3, '', 1, null, '关于印发《某市社区食堂运营管理办法》的通知'],
      [5, '', 1, null, '某市社区食堂运营管理办法'],
      [5, '一、', 2, 5, '总体要求'],
      [5, '二、', 2, 5, '主要任务'],
      [5, '三、', 2, 5, '保障措施'],
      [8, '', 1, null, '关于印发《某市公共文化场馆开放规则》的通知'],
      [10, '', 1, null, '某市公共文化场馆开放规则'],
      [10, '一、', 2, 10, '适用范围'],
      [10, '二、', 2, 10, '开放要求'],
    ]);
  });

  it('does the same in an object holding the records (`"articles": [`)', () => {
    const text = J({ source: '某厅 - 文件库', total_count: 2, articles: [
      { title: '关于印发《某省中小学作业管理规范》的通知', url: 'https://example.org/a/1.htm', date: '2026-05-06', content: notice('某省中小学作业管理规范', '某省教育厅\n2026年5月6日\n', P) },
      { title: '关于印发《某省课后服务工作指引》的通知', url: 'https://example.org/a/2.htm', date: '2026-05-20', content: notice('某省课后服务工作指引', '某省教育厅\n', Q) },
    ] });
    const rows = outline(text);
    assert.deepEqual(rows.filter((r) => r[1] === ''), [
      [6, '', 1, null, '关于印发《某省中小学作业管理规范》的通知'],
      [9, '', 1, null, '某省中小学作业管理规范'],
      [12, '', 1, null, '关于印发《某省课后服务工作指引》的通知'],
      [15, '', 1, null, '某省课后服务工作指引'],
    ]);
    assert.deepEqual(rows.filter((r) => r[1] !== '').map((r) => [r[1], r[2], r[3]]), [
      ['一、', 2, 9], ['二、', 2, 9], ['三、', 2, 9], ['一、', 2, 15], ['二、', 2, 15],
    ]);
  });

  it('does the same in JSON lines, each record on one line', () => {
    const text = JL([
      { id: 1, title: '关于公布某县第一批非遗项目名录的通知', content: notice('某县第一批非物质文化遗产代表性项目名录', '某县人民政府\n2026年1月8日\n', P) },
      { id: 2, title: '关于公布某县第二批非遗项目名录的通知', content: notice('某县第二批非物质文化遗产代表性项目名录', '某县人民政府\n2026年6月8日\n', Q) },
    ]);
    assert.deepEqual(outline(text).map((r) => [r[0], r[1], r[2], r[3], r[4].slice(0, 12)]), [
      [1, '', 1, null, '关于公布某县第一批非遗项'],
      [1, '', 1, null, '某县第一批非物质文化遗产'],
      [1, '一、', 2, 1, '总体要求'],
      [1, '二、', 2, 1, '主要任务'],
      [1, '三、', 2, 1, '保障措施'],
      [2, '', 1, null, '关于公布某县第二批非遗项'],
      [2, '', 1, null, '某县第二批非物质文化遗产'],
      [2, '一、', 2, 2, '适用范围'],
      [2, '二、', 2, 2, '开放要求'],
    ]);
    const o = parseOutline(text);
    // (the parts hang under the title on their own line, not under the record's)
    assert.equal(o.headings[2].parent, 1);
    assert.equal(o.headings[7].parent, 6);
  });

  it('does the same in one JSON record of paragraphs (`"parts": [{"text": …}]`)', () => {
    const paras = ['某委员会文件', '各区、各部门：', '现将《某市河湖管护工作纪要》转发给你们，望认真研究贯彻执行，并将落实情况于年底前报送委员会办公室。各区要把河湖管护工作摆上重要议事日程，切实加强组织领导。',
      '某委员会', '二〇二六年三月一日', '某市河湖管护工作纪要', '一、会议的主要收获', '会议交流了各区开展河湖管护的经验做法，大家一致认为，河湖面貌发生了明显变化，群众满意度持续提高。',
      '二、存在的主要问题', '一些河段仍有违法占用现象，部分区的巡查制度落实不到位，长效管护机制还不健全。', '三、下一步工作安排', '各区要开展专项整治行动，完善巡查考核办法，确保问题整改到位。'];
    const text = JSON.stringify({ title: '某委员会关于转发《某市河湖管护工作纪要》的通知', alias: '某委文件', parts: paras.map((t) => ({ type: 'paragraph', text: t })) });
    const o = parseOutline(text);
    assert.deepEqual(o.headings.map((h) => [h.marker, h.level, h.parent, h.title]), [
      ['', 1, null, '某委员会关于转发《某市河湖管护工作纪要》的通知'],
      ['', 1, null, '某市河湖管护工作纪要'],
      ['一、', 2, 1, '会议的主要收获'],
      ['二、', 2, 1, '存在的主要问题'],
      ['三、', 2, 1, '下一步工作安排'],
    ]);
  });

  it('does the same in SQL inserts, the text\'s breaks written `\\r\\n`', () => {
    const row = (id: number, name: string, body: string): string =>
      `INSERT INTO \`policy\` VALUES (${id}, '关于印发《${name}》的通知', '2026-02-0${id}', '各乡镇人民政府，县直各部门：\\r\\n现将《${name}》印发给你们，请认真贯彻执行。各乡镇要明确专人负责，确保各项工作落到实处。\\r\\n某县人民政府\\r\\n${name}\\r\\n${body}');`;
    const text = [
      row(1, '某县农村道路养护办法', '一、养护责任\\r\\n乡镇人民政府负责本辖区农村道路的日常养护，村民委员会协助做好养护工作。\\r\\n二、养护资金\\r\\n县财政每年安排专项资金，用于农村道路养护补助。'),
      row(2, '某县乡村客运管理办法', '一、线路设置\\r\\n乡村客运线路由县交通运输局统一规划，并向社会公布。\\r\\n二、安全管理\\r\\n客运经营者应当落实安全生产主体责任，定期检查车辆。'),
    ].join('\n') + '\n';
    assert.deepEqual(outline(text).map((r) => [r[0], r[1], r[2], r[4]]), [
      [1, '', 1, '关于印发《某县农村道路养护办法》的通知'],
      [1, '', 1, '某县农村道路养护办法'],
      [1, '一、', 2, '养护责任'],
      [1, '二、', 2, '养护资金'],
      [2, '', 1, '关于印发《某县乡村客运管理办法》的通知'],
      [2, '', 1, '某县乡村客运管理办法'],
      [2, '一、', 2, '线路设置'],
      [2, '二、', 2, '安全管理'],
    ]);
  });

  it('keeps a record\'s numbering under its title when the text stands up no title of its own', () => {
    const text = J([
      { title: '某镇召开秋季防汛工作会议', content: '某镇今天召开防汛工作会议，镇党委书记出席会议并讲话，会议全面部署了近期防汛重点工作，各村负责人参加会议。\n一、压实防汛责任\n各村要落实二十四小时巡查制度，发现险情及时上报，确保人员安全。\n二、做好物资储备\n备足沙袋、救生衣等防汛物资，定期检查物资状况并登记造册。' },
      { title: '某镇开展森林防火专项检查', content: '某镇组织开展森林防火专项检查，检查组深入林区和重点路段，逐一排查火灾隐患，督促各村落实防火责任。\n一、排查火灾隐患\n重点检查坟山和林缘地带，及时清理可燃物，建立隐患整改台账。\n二、加强宣传引导\n在路口和林区入口张贴防火标语，利用广播反复宣传防火知识。' },
    ]);
    assert.deepEqual(outline(text), [
      [3, '', 1, null, '某镇召开秋季防汛工作会议'],
      [4, '一、', 2, 3, '压实防汛责任'],
      [4, '二、', 2, 3, '做好物资储备'],
      [7, '', 1, null, '某镇开展森林防火专项检查'],
      [8, '一、', 2, 7, '排查火灾隐患'],
      [8, '二、', 2, 7, '加强宣传引导'],
    ]);
  });

  it('keeps a record\'s text that opens with its title again under that one title', () => {
    const text = J([
      { title: '某区关于加强住宅小区物业管理的意见', content: '某区关于加强住宅小区物业管理的意见\n为提升住宅小区物业服务水平，增强居民群众的获得感和幸福感，结合本区实际，提出如下意见。\n一、健全管理机制\n街道要建立物业管理联席会议制度，定期研究解决突出问题。\n二、提升服务质量\n物业企业应当公开收费项目和标准，主动接受业主监督。' },
      { title: '某区关于深入推进生活垃圾分类的意见', content: '某区关于深入推进生活垃圾分类的意见\n为深入推进生活垃圾分类工作，改善人居环境，结合本区实际，提出如下意见。\n一、完善分类设施\n住宅小区应当合理设置分类投放点，配齐分类收集容器。\n二、强化督导检查\n街道要组织志愿者开展桶边督导，定期通报各小区分类情况。' },
    ]);
    assert.deepEqual(outline(text), [
      [3, '', 1, null, '某区关于加强住宅小区物业管理的意见'],
      [4, '一、', 2, 3, '健全管理机制'],
      [4, '二、', 2, 3, '提升服务质量'],
      [7, '', 1, null, '某区关于深入推进生活垃圾分类的意见'],
      [8, '一、', 2, 7, '完善分类设施'],
      [8, '二、', 2, 7, '强化督导检查'],
    ]);
  });

  it('keeps a name standing right after the notice\'s sentence, no signature over it, under the record\'s title', () => {
    const text = J({ source: '某厅 - 文件库', articles: [
      { title: '关于印发《某省中小学作业管理规范》的通知', date: '2026-05-06', content: notice('某省中小学作业管理规范', '某省教育厅\n2026年5月6日\n', P) },
      { title: '关于印发《某省课后服务工作指引》的通知', date: '2026-05-20', content: notice('某省课后服务工作指引', '', Q) },
    ] });
    const rows = outline(text);
    const second = rows.findIndex((r) => r[4] === '关于印发《某省课后服务工作指引》的通知');
    assert.deepEqual(rows.slice(second).map((r) => [r[1], r[2], r[4]]), [
      ['', 1, '关于印发《某省课后服务工作指引》的通知'],
      ['', 2, '某省课后服务工作指引'],
      ['一、', 3, '适用范围'],
      ['二、', 3, '开放要求'],
    ]);
  });

  it('leaves records of a program\'s data whose title line the engine does not read as before', () => {
    const text = [
      'const notices = [',
      '  {',
      '    id: 1,',
      "    title: '关于开展消防应急疏散演练的通知',",
      "    content: '各部门：\\n为提高全体员工的应急处置能力和自救互救能力，经研究，定于下周三下午开展消防应急疏散演练，现将有关事项通知如下。\\n一、演练时间\\n下周三下午三点，持续约一小时。\\n二、演练要求\\n全体人员听到警报后按指定路线有序疏散，不得拥挤推搡。',",
      '  },',
      '  {',
      '    id: 2,',
      "    title: '关于开展食堂食品安全检查的通知',",
      "    content: '各食堂：\\n为保障师生用餐安全，落实食品安全主体责任，经研究，定于本月开展食堂食品安全专项检查，现将有关事项通知如下。\\n一、检查内容\\n食材采购来源、进货查验记录和留样台账。\\n二、检查方式\\n现场查看与资料核对相结合，发现问题限期整改。',",
      '  },',
      '];',
      'module.exports = notices;',
    ].join('\n') + '\n';
    assert.deepEqual(outline(text), [
      [4, '', 1, null, '关于开展消防应急疏散演练的通知'],
      [5, '一、', 2, 4, '演练时间'],
      [5, '二、', 2, 4, '演练要求'],
      [9, '', 1, null, '关于开展食堂食品安全检查的通知'],
      [10, '一、', 2, 9, '检查内容'],
      [10, '二、', 2, 9, '检查方式'],
    ]);
  });

  it('keeps the unnumbered subheads of a story under the record\'s title', () => {
    const text = J([
      { title: '某区开展老旧小区改造回访', content: '某区日前组织开展老旧小区改造回访活动，工作人员走进改造后的小区，面对面听取居民的意见和建议，并现场解决了一批具体问题。\n一、听取居民意见\n回访组逐户走访，共收集意见建议八十余条，均已建立台账。\n二、推动问题整改\n对居民反映的停车难问题，街道协调增设了临时停车位。' },
      { title: '某区举办社区运动会', content: '某区日前举办第三届社区运动会，来自全区各社区的运动员参加了拔河、跳绳、趣味接力等比赛项目，现场气氛热烈。\n一、比赛项目丰富\n运动会设置了适合不同年龄段居民参加的十余个项目。\n二、群众参与广泛\n各社区组织居民踊跃报名，赛场内外欢声笑语不断。' },
    ]);
    const rows = outline(text);
    for (const r of rows) if (r[1] !== '') assert.equal(r[2], 2);
    assert.deepEqual(rows.filter((r) => r[1] === '').map((r) => [r[0], r[2]]), [[3, 1], [7, 1]]);
  });
});
