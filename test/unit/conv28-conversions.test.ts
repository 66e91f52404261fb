import * as assert from 'node:assert/strict';
import { parseOutline } from '../../src/core/outline';

// Invented texts in the shapes PDF/Word conversions and 文库 previews give (conv28).
function heads(text: string): Array<[number, number, string, number, number | null]> {
  const pos = (p: number): [number, number] => {
    const before = text.slice(0, p);
    const line = before.split('\n').length - 1;
    return [line, p - (before.lastIndexOf('\n') + 1)];
  };
  const hs = parseOutline(text).headings;
  return hs.map((h) => {
    const [l, c] = pos(h.start);
    return [l, c, h.marker, h.level, h.parent === null ? null : pos(hs[h.parent].start)[0]];
  });
}

describe('conv28: PDF, Word and 文库 conversions', () => {
  // A speech printed narrow (24 characters a line), copied from a PDF with its hard wraps.
  const narrow = [
    '某某区政府工作会议材料',
    '2024-01-21',
    '在全区春耕生产工作会议上的讲话',
    '(2024 年2月2日)',
    '张 建 国',
    '同志们:',
    '今年是实施规划的关键之年,我们要乘势而上',
    '开启农业农村工作新局面。这次会议的主要任',
    '务,就是贯彻落实上级会议精神,动员全区上',
    '下扎实做好春耕生产各项工作,确保粮食稳产',
    '增产。',
    '过去一年,全区农业农村工作取得新成效,为',
    '经济社会发展稳住了基本盘、夯实了基础。一',
    '是粮食生产再获丰收。全区粮食总产量达到',
    '36.5 万吨,创历史新高,高标准农田占比接近',
    '七成。二是农村面貌持续改善。新建美丽乡村',
    '一批,农村人居环境持续优化,群众满意度不',
    '断提升。三是农民收入稳步增长。农村居民人',
    '均可支配收入年均增长百分之九,高于全省平',
    '均水平。',
  ].join('\n');

  it('reads a speech hard-wrapped narrow: its first paragraphs are the body, not the page\'s head', () => {
    const out = parseOutline(narrow);
    const zoneAt = (line: number): string => out.zones!.find((z) => z.firstLine <= line && z.lastLine >= line)!.zone;
    assert.equal(zoneAt(6), 'body');
    assert.equal(zoneAt(2), 'title');
    // the speaker's name set a character apart over the salutation is no title
    assert.notEqual(zoneAt(4), 'title');
  });

  it('reads an inline marker a hard wrap cut in two (`…基础。一` / `是粮食生产…`)', () => {
    const hs = heads(narrow);
    assert.deepEqual(hs.map((h) => [h[0], h[2], h[3]]), [[2, '', 1], [12, '一', 2], [15, '二是', 2], [17, '三是', 2]]);
    assert.equal(hs[1][1], '经济社会发展稳住了基本盘、夯实了基础。'.length);
    const title = parseOutline(narrow).headings[1].title;
    assert.equal(title, '粮食生产再获丰收');
  });

  it('reads a communiqué\'s issuing bodies over its date as the issuers, not its title', () => {
    const text = [
      '某某县 2023 年国民经济和社会发展',
      '统 计 公 报',
      '某某县统计局',
      '国家统计局某某调查队',
      '(2024 年 4 月 8 日)',
      '2023 年是全面贯彻党的二十大精神的开局之年,是三年',
      '疫情防控转段后经济恢复发展的一年。全县上下坚持稳',
      '中求进工作总基调,经济运行总体平稳,发展质量稳步',
      '提升,社会大局保持稳定,各项事业取得新的进展。',
      '一、综 合',
      '初步核算,全年全县地区生产总值 702922 万元,按不变',
      '价格计算,比上年增长 1.6%,人均生产总值稳步提高。',
      '二、农 业',
      '全年粮食种植面积 56.2 万亩,比上年增长 0.5%,粮食',
      '总产量 18.6 万吨,比上年增长 2.1%,再获丰收之年。',
    ].join('\n');
    const out = parseOutline(text);
    const zoneAt = (line: number): string => out.zones!.find((z) => z.firstLine <= line && z.lastLine >= line)!.zone;
    assert.equal(zoneAt(0), 'title');
    assert.equal(zoneAt(2), 'dateline');
    assert.equal(zoneAt(3), 'dateline');
    assert.deepEqual(heads(text).map((h) => [h[0], h[2], h[3]]), [[0, '', 1], [9, '一、', 2], [12, '二、', 2]]);
  });

  it('leaves a numeral that ends a wrapped line alone when the next line does not finish a marker', () => {
    const text = narrow.replace('夯实了基础。一\n是粮食生产', '夯实了基础。一\n批粮食生产');
    assert.deepEqual(heads(text).map((h) => h[2]), ['', '二是', '三是']);
  });

  it('breaks a document a 文库 text layer gives on one line, its paragraphs joined with a blank', () => {
    const text = '某镇上半年工作情况及下半年打算的报告 今年以来,我镇在上级的正确领导下,紧紧围绕年度目标任务,扎实推进各项工作,取得了一定成效,现将有关情况报告如下: 一、完成情况 (一)主要经济指标完成情况 预计1-6月份,完成地区生产总值10.3亿元,同比增长14.4%,占年计划的53.3%;公共财政预算收入1606.5万元,同比增长8%。上半年,全镇工业经济运行总体平稳,主要企业与去年相比稳中略升,个别企业因资金问题未能复工,造成部分指标完成有差距。 (二)固定资产投资完成情况 预计1-6月份,全镇固定资产投资完成5.7亿元,同比增长21%,重点项目建设有序推进,新开工项目12个,续建项目8个,竣工项目3个,';
    // (a page's preview, cut mid-sentence: its first part stands alone over its items)
    const hs = heads(text);
    assert.deepEqual(hs.map((h) => [h[2], h[3]]), [['一、', 1], ['(一)', 2], ['(二)', 2]]);
    assert.deepEqual(parseOutline(text).headings.map((h) => h.title), ['完成情况', '主要经济指标完成情况', '固定资产投资完成情况']);
  });

  it('ends a flattened part\'s short title at the blank before its text (`一、要准确把握…形势 20xx 年,…`)', () => {
    const text = '县长在全县经济工作会议上的讲话 同志们: 这次全县经济工作会议,是县委、县政府决定召开的一次重要会议。会议的主要任务是,总结去年经济工作,分析当前经济形势,研究部署今年经济工作。因为过一段时间还要召开全县农村工作会议,所以农村经济工作在这里不做安排。下面,我讲三个问题。 一、要准确把握当前我县经济形势 20xx 年,全县上下克难攻坚,保持了经济持续增长,呈现出良好局面。粮食产量达到 53.85 亿斤,比上年增长12.5%;实现劳务收入 12 亿元,比上年增长 50%,农民人均纯收入达到 4500 元。总体来看,去年我县经济运行比较好,为今年全县经济更好更快发展奠定了坚实的基础。当前,我们既面临难得的发展机遇,也面临不少困难和挑战,';
    const out = parseOutline(text);
    // (the speech's title glued to its salutation is a title too: open29)
    assert.deepEqual(out.headings.map((h) => [h.marker, h.title]), [['', '县长在全县经济工作会议上的讲话'], ['一、', '要准确把握当前我县经济形势']]);
  });

  it('does not break a 文库 page chunk (`1、…`) at its colon-led agenda list', () => {
    const text = '1、某某会议预备会主持词 各位委员: 某某会议各项筹备工作已就绪,明天就要开幕了。今天下午召开预备会议。 现在,请工作人员清点人数。 本次会议应到会委员128人,符合法定人数。 现在举行预备会议。 本次预备会共有三项议程: 1、审议通过大会秘书长名单(草案); 2、审议通过提案审查小组名单(草案); 3、审议通过会议议程(草案)。 现在逐项进行。 一、审议通过大会秘书长名单。请工作人员宣读大会秘书长名单(草案),各位委员如果没有意见,现在进行表决,同意的请举手。';
    assert.deepEqual(heads(text).map((h) => h[2]).filter((m) => /^\d/.test(m)), []);
  });

  it('reads a Word list\'s first item glued to its part\'s short title (`二、纸张和字体1. 纸张:…`)', () => {
    const text = [
      '公文格式要求',
      '',
      '一、引言本文介绍公文的格式要求。',
      '',
      '二、纸张和字体1. 纸张:一般使用A4纸张。',
      '',
      '2. 字体:正文使用仿宋,标题使用黑体。',
      '',
      '三、页眉与页脚1. 页眉:页眉包括单位名称。',
      '',
      '2. 页脚:页脚居中标注页码。',
    ].join('\n');
    const hs = heads(text);
    assert.deepEqual(hs.filter((h) => h[2] !== '').map((h) => [h[0], h[1], h[2], h[3]]), [
      [2, 0, '一、', 2], [4, 0, '二、', 2], [4, 7, '1.', 3], [6, 0, '2.', 3], [8, 0, '三、', 2], [8, 7, '1.', 3], [10, 0, '2.', 3],
    ]);
    assert.deepEqual(parseOutline(text).headings.filter((h) => h.marker === '二、' || h.marker === '1.').map((h) => h.title), ['纸张和字体', '纸张', '页眉']);
  });

  it('reads a glued list of items and the next part glued after it (`…效率2. 优化…能力三、方案内容1. 定位方案…`)', () => {
    const text = [
      '某单位考核方案',
      '二、方案目标1. 提高管理效率2. 优化组织结构3. 加强队伍建设三、方案内容1. 定位方案单位的定位是明确其职责和服务对象。',
      '2. 岗位方案岗位方案是对岗位进行分析和设计。',
    ].join('\n');
    const hs = heads(text);
    assert.deepEqual(hs.filter((h) => h[2] !== '').map((h) => [h[2], h[3]]), [
      ['二、', 2], ['1.', 3], ['2.', 3], ['3.', 3], ['三、', 2], ['1.', 3], ['2.', 3],
    ]);
  });

  it('keeps a part title with a number in it whole (`二、完成投资1.2亿元`, `三、实施1、2号工程`)', () => {
    const text = ['某某总结', '一、总体情况', '今年以来工作推进顺利。', '二、完成投资1.2亿元', '全年投资稳步增长。', '三、实施1、2号工程', '工程进展顺利。'].join('\n');
    assert.deepEqual(heads(text).map((h) => h[2]), ['', '一、', '二、', '三、']);
  });

  it('takes no title from the items of a list whose bullets a conversion wrote as `l` lines', () => {
    const text = ['腾讯会议操作指引', '一、登录注册', '1、注册', 'l', '打开会议软件', 'l', '点击注册按钮进入注册页', 'l', '完成注册', '2、登录', 'l', '账号密码登录', '二、常见问题', '请联系管理员。'].join('\n');
    assert.deepEqual(heads(text).map((h) => [h[2], h[3]]), [['', 1], ['一、', 2], ['1、', 3], ['2、', 3], ['二、', 2]]);
  });
});
