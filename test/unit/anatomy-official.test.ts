import { strict as assert } from 'node:assert';
import { extractFigures, parseOutline } from '../../src/core';
import type { Outline, ZoneName } from '../../src/core';
import { packOutline, unpackOutline } from '../../src/vscode/analysisTransfer';
import { headerUnitKind } from '../../src/core/outline/anatomy/tables';

// Invented documents: names, places and figures are made up.

function zoneOf(o: Outline, line: number): ZoneName | undefined {
  return o.zones?.find((z) => z.firstLine <= line && line <= z.lastLine)?.zone;
}
function lineOf(text: string, needle: string): number {
  const at = text.indexOf(needle);
  assert.ok(at >= 0, needle);
  return text.slice(0, at).split('\n').length - 1;
}
function tree(o: Outline): string[] {
  return o.headings.map((h) => `${h.level} ${h.marker}${h.title}${h.parent === null ? '' : ' ^' + o.headings[h.parent].marker + o.headings[h.parent].title.slice(0, 4)}`);
}

const notice = (titleLine: string) => [
  titleLine,
  '各乡镇人民政府，县政府各部门：',
  '《青禾县植树行动方案》已经县政府同意，现印发给你们，请认真贯彻执行。',
  '青禾县人民政府办公室',
  '2030年3月1日',
  '（此件公开发布）',
  '关于推进青禾县',
  '植树造林工作的行动方案',
  '为了绿化家园，改善人居环境，结合本县实际，制定本方案。',
  '一、总体目标',
  '到年底完成植树任务，全县新增绿地若干处，群众满意度明显提高。',
  '二、主要任务',
  '（一）组织发动。各乡镇要动员群众广泛参与。',
  '（二）抓好管护。各村要落实管护责任。',
  '附件：1.青禾县植树任务分解',
  '表',
  '2.青禾县苗木清单',
  '附件1',
  '青禾县植树任务分解表',
  '序号', '乡镇', '面积（亩）', '树木（棵）',
  '1', '东乡', '12.5', '300',
  '2', '西乡', '8.25', '120',
  '3', '南乡', '6.5', '90',
  '合计', '27.25', '510',
  '附件2',
  '青禾县苗木清单',
  '苗木由县林业站统一采购，按乡镇分发到村，各村负责栽种和管护。',
].join('\n\n');

describe('anatomy: official documents', () => {
  const text = notice('青禾县人民政府办公室关于印发青禾县植树行动方案的通知');
  const o = parseOutline(text);

  it('reads a covering notice that carries a plan: both titles level 1, the plan restarts the tree', () => {
    assert.deepEqual(tree(o), [
      '1 青禾县人民政府办公室关于印发青禾县植树行动方案的通知',
      '1 关于推进青禾县',
      '2 一、总体目标 ^关于推进',
      '2 二、主要任务 ^关于推进',
      '3 （一）组织发动 ^二、主要任务',
      '3 （二）抓好管护 ^二、主要任务',
      '2 1.青禾县植树任务分解 ^关于推进',
      '2 2.青禾县苗木清单 ^关于推进',
      '1 青禾县植树任务分解表',
      '1 青禾县苗木清单',
    ]);
  });

  it('gives the parts of the notice their zones', () => {
    assert.equal(zoneOf(o, lineOf(text, '各乡镇人民政府')), 'salutation');
    assert.equal(zoneOf(o, lineOf(text, '青禾县人民政府办公室\n')), 'closing');
    assert.equal(zoneOf(o, lineOf(text, '2030年3月1日')), 'closing');
    assert.equal(zoneOf(o, lineOf(text, '（此件公开发布）')), 'closing');
    assert.equal(zoneOf(o, lineOf(text, '植树造林工作的行动方案')), 'title');
    assert.equal(zoneOf(o, lineOf(text, '附件：1.')), 'attachment-list');
    assert.equal(zoneOf(o, lineOf(text, '\n表\n') + 1), 'attachment-list');
    assert.equal(zoneOf(o, lineOf(text, '附件1')), 'attachment-label');
    assert.equal(zoneOf(o, lineOf(text, '序号')), 'table');
    assert.equal(zoneOf(o, lineOf(text, '27.25')), 'table');
    assert.equal(zoneOf(o, lineOf(text, '苗木由县林业站')), 'attachment');
  });

  it('reads the same anatomy in Markdown, where the notice title is a # heading', () => {
    const md = notice('# 青禾县人民政府办公室关于印发青禾县植树行动方案的通知');
    assert.deepEqual(tree(parseOutline(md, { format: 'markdown' })), tree(o));
  });

  it('does not take the issuing body for a title when the notice is plain text', () => {
    assert.ok(!o.headings.some((h) => h.title === '青禾县人民政府办公室'));
  });

  it('reads 版头 lines (发文字号) as metadata, not as the title', () => {
    const t = ['青禾县人民政府文件', '', '青府发〔2030〕7号', '', '青禾县人民政府关于加强防汛工作的通知', '', '各乡镇人民政府：', '',
      '汛期将至，为做好防汛工作，现将有关事项通知如下。', '', '一、压实责任', '', '各乡镇要落实防汛责任制。', '', '二、加强值守', '', '各单位要安排专人值班。'].join('\n');
    const ot = parseOutline(t);
    assert.equal(zoneOf(ot, 2), 'metadata');
    assert.deepEqual(tree(ot), ['1 青禾县人民政府关于加强防汛工作的通知', '2 一、压实责任 ^青禾县人', '2 二、加强值守 ^青禾县人']);
  });

  it('leaves a date line under a speech title alone (no closing before any body)', () => {
    const t = ['在全县植树大会上的讲话', '', '2030年3月1日', '', '同志们：', '', '今天我们召开大会，部署植树工作。'].join('\n');
    const ot = parseOutline(t);
    assert.notEqual(zoneOf(ot, 2), 'closing');
    assert.deepEqual(tree(ot), ['1 在全县植树大会上的讲话']);
  });

  it('does not take a short line after a closing for a title when no body follows it', () => {
    const t = ['一、工作安排', '', '各单位要抓好落实。', '', '二、工作要求', '', '各单位要确保各项任务按期完成，并及时报送进展情况。', '', '青禾县林业局', '', '2030年3月1日', '', '联系电话另行通知'].join('\n');
    const ot = parseOutline(t);
    assert.deepEqual(tree(ot), ['1 一、工作安排', '1 二、工作要求']);
    assert.equal(zoneOf(ot, 8), 'closing');
  });
});

describe('anatomy: official documents, variants', () => {
  it('reads a closing with the issuing body and no date, then the plan title broken over two lines', () => {
    const t = ['# 青禾县人民政府办公室关于印发防灾排查实施意见的通知', '', '县政府各部门：', '', '《防灾排查实施意见》已经县政府同意，现印发给你们。', '', '青禾县人民政府办公室', '',
      '关于建立青禾县老旧建筑', '', '防灾排查机制的实施意见', '', '为确保老旧建筑安全，特制定本意见。', '', '一、加强排查。', '', '二、落实责任。'].join('\n');
    const o = parseOutline(t, { format: 'markdown' });
    assert.deepEqual(tree(o).slice(0, 3), ['1 青禾县人民政府办公室关于印发防灾排查实施意见的通知', '1 关于建立青禾县老旧建筑', '2 一、加强排查 ^关于建立']);
    assert.equal(zoneOf(o, 6), 'closing');
  });

  it('does not join a breadcrumb to the title below it, nor take a field label for the 主送机关', () => {
    const t = ['首页', '>', '要闻', '青禾县政府工作报告', '发表时间：', '2030-02-09', '各位代表：', '', '现在，我代表县人民政府，向大会报告工作，请予审议。', '', '一、回顾', '', '二、安排'].join('\n');
    const o = parseOutline(t);
    assert.notEqual(zoneOf(o, 4), 'salutation');
    assert.notEqual(zoneOf(o, 2), 'title');
  });

  it('hangs a list of attachments under `附件：` on a line of its own from the document, not from the last part', () => {
    const t = ['青禾县林业局关于公布示范村名单的通知', '', '各乡镇人民政府：', '', '现将名单公布如下。', '', '一、示范村', '', '（一）东村。', '', '（二）西村。', '', '二、要求', '', '各乡镇要做好宣传。', '',
      '附件：', '', '1.示范村名单', '', '2.示范村考核表', '', '青禾县林业局', '', '2030年5月1日'].join('\n');
    const o = parseOutline(t);
    const item = o.headings.find((h) => h.marker === '1.');
    assert.ok(item);
    assert.equal(item.level, 2);
    assert.equal(o.headings[item.parent!].title, '青禾县林业局关于公布示范村名单的通知');
  });
});

describe('anatomy: attachment titles by their place', () => {
  it('takes a short name or a form title with blanks under an attachment label as the attachment\'s title', () => {
    const t = ['青禾县财政局关于报送项目材料的通知', '', '各乡镇人民政府：', '', '请按要求报送材料。', '', '一、报送内容', '', '按附件填写。', '',
      '附件 1：', '承诺书', '本单位承诺所报材料真实有效。', '一、按时报送。', '二、如实填写。', '',
      '附件 2：', 'XXXX年X季度XXXX项目情况报告', '一、项目进展情况。', '二、资金使用情况。'].join('\n');
    const o = parseOutline(t);
    assert.deepEqual(o.headings.filter((h) => h.marker === '').map((h) => h.title), ['青禾县财政局关于报送项目材料的通知', '承诺书', 'XXXX年X季度XXXX项目情况报告']);
    const report = o.headings.findIndex((h) => h.title.startsWith('XXXX'));
    assert.equal(o.headings[report + 1].parent, report);
    assert.equal(zoneOf(o, lineOf(t, '附件 2：')), 'attachment-label');
  });
});

describe('anatomy: tables', () => {
  it('drops row labels and gives bare cells the kind of their header (flattened one cell per line)', () => {
    const text = notice('青禾县人民政府办公室关于印发青禾县植树行动方案的通知');
    const o = parseOutline(text);
    const figs = extractFigures(text, o);
    const inTable = figs.filter((f) => f.zone === 'table');
    assert.ok(!inTable.some((f) => f.text === '1' || f.text === '2' || f.text === '3'), 'row labels are no figures');
    const cell = (t: string) => inTable.find((f) => f.text === t);
    assert.equal(cell('12.5')?.kind, 'area');
    assert.equal(cell('12.5')?.unit, '');
    assert.equal(cell('8.25')?.value, 8.25);
    assert.equal(cell('300')?.kind, 'count');
    assert.ok(o.tableCells && o.tableCells.length > 0);
  });

  it('reads a piped Markdown table by its columns', () => {
    const text = ['# 青禾县产量统计', '', '| 序号 | 地区 | 产量（吨） | 产值（万元） |', '|---|---|---|---|', '| 1 | 甲地 | 120 | 35.5 |', '| 2 | 乙地 | 80.5 | 12 |', '', '以上数据为初步统计。'].join('\n');
    const o = parseOutline(text, { format: 'markdown' });
    assert.equal(zoneOf(o, 4), 'table');
    const figs = extractFigures(text, o);
    const cells = figs.filter((f) => f.zone === 'table' && /^\d/.test(f.text));
    assert.deepEqual(cells.map((f) => `${f.text} ${f.kind} ${f.unit}`), ['120 mass ', '35.5 money ', '80.5 mass ', '12 money ']);
  });

  it('reads a column unit from a header cell', () => {
    assert.deepEqual(headerUnitKind('吨/日'), { kind: 'mass', scaled: false });
    assert.deepEqual(headerUnitKind('累计数（万户）'), { kind: 'count', scaled: true });
    assert.deepEqual(headerUnitKind('产值(亿元)'), { kind: 'money', scaled: true });
    assert.equal(headerUnitKind('任务名称'), null);
    assert.equal(headerUnitKind('序号'), null);
    assert.deepEqual(headerUnitKind('个数'), { kind: 'count', scaled: false });
    assert.equal(headerUnitKind('指数'), null);
  });

  it('keeps whole numbers in a counting column (个数) as counts beside a measured column', () => {
    const text = ['全年装机情况如下表，各区要按表落实，按期完成。', '', '序号', '', '区', '', '个数', '', '容量（千瓦）', '', '1', '', '东区', '', '12', '', '30.5', '', '2', '', '西区', '', '7', '', '16.25', '', '3', '', '南区', '', '3', '', '9.5'].join('\n');
    const o = parseOutline(text);
    const figs = extractFigures(text, o);
    const kind = (line: number) => figs.find((f) => text.slice(0, f.start).split('\n').length - 1 === line)?.kind;
    assert.equal(kind(14), 'count');
    assert.equal(kind(16), 'energy');
    assert.equal(kind(10), undefined, 'the row label is no figure');
  });

  it('reads no heading inside a table: 序号 cells and decimal cells are no markers', () => {
    const text = ['一、目标', '', '全年任务见下表。', '', '二、任务', '', '各乡镇要按下表落实，按期完成。', '', '序号', '', '乡镇', '', '面积（亩）', '', '1', '', '东乡', '', '19.23', '', '2', '', '西乡', '', '9.61', '', '3', '', '南乡', '', '4.5'].join('\n');
    assert.deepEqual(tree(parseOutline(text)), ['1 一、目标', '1 二、任务']);
  });
});

describe('figures: markers are not part of figures', () => {
  it('reads `1.2030年…` in a list of attachments as the marker 1. and the year 2030年', () => {
    const text = ['青禾县林业局关于下达植树任务的通知', '', '各乡镇人民政府：', '', '现将任务下达给你们，请抓好落实。', '',
      '附件：1.2030年青禾县植树任务表', '', '2.2030年青禾县苗木清单', '', '青禾县林业局', '', '2030年3月1日'].join('\n');
    const figs = extractFigures(text, parseOutline(text));
    const onList = figs.filter((f) => f.zone === 'attachment-list');
    assert.deepEqual(onList.map((f) => `${f.text} ${f.kind}`), ['2030年 date', '2030年 date']);
  });
});

describe('anatomy: notes', () => {
  it('reads 注释 and its ①② notes as notes, not as headings', () => {
    const text = ['一、总则', '', '本办法适用于全县。①', '', '二、附则', '', '本办法自发布之日起施行。', '', '注释：', '', '①此处说明适用范围的由来。', '', '②此处说明施行日期的由来。'].join('\n');
    const o = parseOutline(text);
    assert.deepEqual(tree(o), ['1 一、总则', '1 二、附则']);
    assert.equal(zoneOf(o, 8), 'notes');
    assert.equal(zoneOf(o, 12), 'notes');
  });

  it('reads a run of [1] [2] lines ending the document as notes', () => {
    const text = ['一、背景', '', '近年来全县植树成效明显。[1]', '', '二、做法', '', '主要做法有三条。[2]', '', '[1]青禾县林业局，年度报告。', '[2]青禾县志，第3页。'].join('\n');
    const o = parseOutline(text);
    assert.equal(zoneOf(o, 8), 'notes');
    assert.equal(zoneOf(o, 9), 'notes');
    assert.equal(zoneOf(o, 6), 'body');
  });
});

describe('anatomy: worker transfer', () => {
  it('table cells survive packing', () => {
    const o = parseOutline(notice('青禾县人民政府办公室关于印发青禾县植树行动方案的通知'));
    assert.ok(o.tableCells?.length);
    assert.deepEqual(unpackOutline(structuredClone(packOutline(o))), o);
  });
});

describe('a covering notice whose 附件说明 stands between its body and its 落款 (parents5)', () => {
  const text = [
    '青禾县人民政府办公室文件',
    '青政办发〔2030〕5号',
    '青禾县人民政府办公室关于印发青禾县河道保洁行动方案的通知',
    '各乡镇人民政府，县政府各部门：',
    '《青禾县河道保洁行动方案》已经县政府同意，现印发给你们，请认真贯彻执行。',
    '附件：1.青禾县河道保洁任务表',
    '2.青禾县河道保洁责任单位名单',
    '青禾县人民政府办公室',
    '2030年4月2日',
    '（此件公开发布）',
    '青禾县河道保洁行动方案',
    '为了保持河道清洁，改善水环境，结合本县实际，制定本方案。',
    '一、总体目标',
    '到年底全县河道基本做到无垃圾、无漂浮物，群众满意度明显提高。',
    '二、主要任务',
    '各乡镇要落实保洁责任，按月开展巡查。',
  ].join('\n');

  it('reads the 落款 under the attachment list as the closing and the plan\'s title under it as a new title', () => {
    const o = parseOutline(text);
    assert.equal(zoneOf(o, lineOf(text, '青禾县人民政府办公室\n2030')), 'closing');
    assert.deepEqual(tree(o).filter((s) => !s.includes('1.') && !s.includes('2.')), [
      '1 青禾县人民政府办公室关于印发青禾县河道保洁行动方案的通知',
      '1 青禾县河道保洁行动方案',
      '2 一、总体目标 ^青禾县河',
      '2 二、主要任务 ^青禾县河',
    ]);
  });
});

describe('anatomy: rules published under the order or announcement that promulgates them', () => {
  const rules = (head: string[]) => [
    ...head,
    '某某市甲乙管理办法', '',
    '第一条　为了加强甲乙管理，结合本市实际，制定本办法。', '',
    '第二条　本市行政区域内的甲乙活动，适用本办法。', '',
    '第三条　本办法自2024年7月1日起施行。',
  ].join('\n');
  const sentence = '《某某市甲乙管理办法》已经2024年5月6日市政府第10次常务会议通过，现予公布，自2024年7月1日起施行。';

  it('takes the order for the rules’ 版头 and the line naming what it quotes for the title', () => {
    const expected = ['1 某某市甲乙管理办法', '2 第一条为了加强甲乙管理，结合本市实际，制定本办法 ^某某市甲', '2 第二条本市行政区域内的甲乙活动，适用本办法 ^某某市甲', '2 第三条本办法自2024年7月1日起施行 ^某某市甲'];
    for (const head of [
      ['某某市人民政府令', '', '第　十二　号', '', sentence, '', '市长　某某某', '', '2024年5月20日', ''],
      ['某某市人民政府', '公　　告', sentence, '某某市人民政府', '2024年5月20日', '某政告〔2024〕5号'],
      ['某某市人民政府', '', '政府令〔2024〕第12号', '', sentence, '', '市长', '', '二○二四年五月二十日', ''],
    ]) {
      const t = rules(head);
      const o = parseOutline(t);
      assert.deepEqual(tree(o), expected, head.join('|'));
      assert.equal(zoneOf(o, lineOf(t, '现予公布')), 'metadata');
    }
  });

  it('reads the order as 版头 when the articles follow its date with no title, and needs the quote to be named', () => {
    const noTitle = ['某某市人民政府令', '第12号', sentence, '市长某某某', '2024年5月20日', '',
      '第一条　为了加强甲乙管理，结合本市实际，制定本办法。', '', '第二条　本市行政区域内的甲乙活动，适用本办法。'].join('\n');
    assert.deepEqual(tree(parseOutline(noTitle)), ['1 第一条为了加强甲乙管理，结合本市实际，制定本办法', '1 第二条本市行政区域内的甲乙活动，适用本办法']);
    // a head and a number with no promulgating sentence under them: nothing is read here
    const plain = ['某某市人民政府公告', '第12号', '为做好甲乙工作，现将有关事项公告如下。', ''].join('\n');
    assert.notEqual(zoneOf(parseOutline(plain), 1), 'metadata');
  });
});
