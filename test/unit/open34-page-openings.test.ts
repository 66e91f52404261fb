import * as assert from 'node:assert/strict';
import { parseOutline } from '../../src/core/outline';

// Invented page openings (our own wording), in the shapes of open34's study pages: 范文 and 党课
// compilations that label each piece `第1篇:` / `篇一：`, a traditional copy cut inside a converter's
// pinyin gloss, and openings that stop at a sentence's end under a lone first part.
function heads(text: string): Array<[number, string, number, number | null, string]> {
  const line = (pos: number): number => text.slice(0, pos).split('\n').length - 1;
  const o = parseOutline(text);
  return o.headings.map((h) => [line(h.start), h.marker, h.level, h.parent === null ? null : line(o.headings[h.parent].start), h.title]);
}

const P = '今年以来，全镇上下认真落实各项决策部署，经济运行总体平稳，社会大局和谐稳定，各项事业取得了新的进展。';
const T = '今年以來，全鎮上下認真落實各項決策部署，經濟運行總體平穩，社會大局和諧穩定，各項事業取得了新的進展。';

describe('open34: a compilation piece\'s label is its heading\'s marker', () => {
  it('reads `第1篇: <title>` as marker 第1篇 and the name after the colon as its title', () => {
    const text = ['2031年支部书记党课讲稿汇编4篇', P, '第1篇: 2031年支部书记党课讲稿', P, '一、从严治党是一以贯之的永恒课题', P, '二、从严管理是党员干部的成长之道', P].join('\n');
    assert.deepEqual(heads(text), [
      [0, '', 1, null, '2031年支部书记党课讲稿汇编4篇'],
      [2, '第1篇', 1, null, '2031年支部书记党课讲稿'],
      [4, '一、', 2, 2, '从严治党是一以贯之的永恒课题'],
      [6, '二、', 2, 2, '从严管理是党员干部的成长之道'],
    ]);
  });

  it('reads `篇一：` and `第一篇:` (a traditional copy) the same way', () => {
    const a = heads(['县发改委调研报告', '', '篇一：关于某县的调研报告', '', P].join('\n'));
    assert.deepEqual(a.find(([l]) => l === 2), [2, '篇一', 1, null, '关于某县的调研报告']);
    const b = heads(['第一篇:在全縣安全生產工作會議上的講話(摘要)', '一、充分肯定過去一年的成效', T, '二、冷靜認清當前的形勢', T].join('\n'));
    assert.deepEqual(b[0], [0, '第一篇', 1, null, '在全縣安全生產工作會議上的講話(摘要)']);
  });

  it('leaves a 篇 part of one book, and a 范文 label, as they were', () => {
    assert.deepEqual(heads(['第一篇：发展环境', P, '第二篇：发展目标', P].join('\n')).map((h) => [h[1], h[4]]), [['第一篇', '发展环境'], ['第二篇', '发展目标']]);
    const f = heads(['讲话稿范文', '范文一：在全县安全生产会议上的讲话', P, '范文二：在全县防汛会议上的讲话', P].join('\n'));
    assert.deepEqual(f.filter(([l]) => l === 1 || l === 3).map((h) => h[1]), ['', '']);
  });
});

describe('open34: a traditional copy cut inside a converter\'s pinyin gloss', () => {
  it('takes back the lone 一、 over the paragraph the page stopped in (`…發(fā`)', () => {
    const text = ['2031年黨課講稿', '第1篇: 2031年支部書記黨課講稿', '總書記指出，做到不忘初心、牢記使命，并不是一件容易的事情，必須有強烈的自我革命精神。',
      '一、從嚴治團是貫穿百年歷史的永恒課題', '一百年來，共青團始終緊跟黨不斷加強自身建設，始終將從嚴管團治團作為永恒課題，明確了從嚴治團的方向與重點，昭示我們牢牢堅持黨的領導是關乎能否發(fā'].join('\n');
    assert.ok(heads(text).some(([l, m, lv]) => l === 3 && m === '一、' && lv === 2), JSON.stringify(heads(text)));
  });
});

describe('open34: a lone 一、 alone on its line over its part, the opening stopping at a sentence\'s end', () => {
  const REPORT = ['2031年政府工作报告', '', '  ——2032年1月6日在某某区第十一届人民代表大会第一次会议上', '', '各位代表:', '',
    '现在，我代表区人民政府，向大会报告工作，请予审议，并请各位政协委员和其他列席人员提出意见。', ''];
  it('takes it (a report\'s 一、过去五年工作回顾, a news report\'s 一、话语亲民：…)', () => {
    const a = heads([...REPORT, '一、过去五年工作回顾', '', P, '', P].join('\n'));
    assert.deepEqual(a.map(([l, m, lv, p]) => [l, m, lv, p]), [[0, '', 1, null], [8, '一、', 2, 0]]);
    const b = heads(['某某会议在新闻中心举行经济主题记者会，五位部长回答了记者提问，介绍了今年经济工作的总体安排。', '',
      '整场发布会持续了近两个半小时，部长们不仅带来了政策解读，更以亲民的话语、翔实的数据，向市场传递了信心。', '',
      '一、话语亲民：善用“身边事”解“经济题”', '', P, '', P].join('\n'));
    assert.deepEqual(b.map(([l, m, lv, , t]) => [l, m, lv, t]), [[4, '一、', 1, '话语亲民']]);
  });

  it('leaves it where the text ends on a short closing line, where it opens the text, or where its line is a sentence', () => {
    assert.deepEqual(heads([...REPORT, '一、过去五年工作回顾', '', P, '', '某某区人民政府'].join('\n')).filter(([, m]) => m === '一、'), []);
    assert.deepEqual(heads(['一、过去五年工作回顾', '', P, '', P].join('\n')), []);
    assert.deepEqual(heads([...REPORT, '一、过去五年我们做了大量工作。', '', P, '', P].join('\n')).filter(([, m]) => m === '一、'), []);
    assert.deepEqual(heads([...REPORT, '一、过去五年工作回顾，我们坚持稳中求进，各项工作取得新进展', P, P].join('\n')).filter(([, m]) => m === '一、'), []);
  });
});

describe('open34: a 主持词 page (a script of short sentences, clock times in its items)', () => {
  const VOTE = ['同意的请举手。（稍停）请放下。', '不同意的请举手。（稍停）没有（或请放下）。', '弃权的请举手。（稍停）没有（或请放下）。', '通过。'];
  const SCRIPT = ['镇党代会主席团第一次会议主持词', '同志们:', '现在召开主席团第一次会议。会议的议程有三项。',
    '一是通过大会日程;二是通过大会副秘书长名单;三是通过大会执行主席分组名单。', '下面,进行第一项,通过大会日程。', '……(宣读日程)',
    '大会日程已发给大家,这里不具体说了。请同志们审议。', '有什么意见,请发表。', '(如没有意见)没有,通过。',
    '下面,进行第二项,通过大会副秘书长名单。', '根据大会会务需要,上届党委建议由某某、某某担任大会副秘书长。请同志们审议。', ...VOTE,
    '下面,进行第三项,通过执行主席分组名单。', '大会筹备领导小组建议,大会执行主席的分工如下:',
    '一、上午9:00-10:30,大会开幕式', '执行主席某某某……', '二、上午10:30-11:30,主席团第二次会议', '执行主席某某某……',
    '三、下午2:00-2:30,选举大会', '执行主席某某某……', '请大家审议。', ...VOTE, '散会。'];
  it('reads its title, its 一是 run and its 一、 items under it, each item\'s title keeping its clock time', () => {
    const hs = heads(SCRIPT.join('\n'));
    assert.deepEqual(hs.map(([l, m, lv, p]) => [l, m, lv, p]), [
      [0, '', 1, null], [3, '一是', 2, 0], [3, '二是', 2, 0], [3, '三是', 2, 0], [17, '一、', 2, 0], [19, '二、', 2, 0], [21, '三、', 2, 0],
    ]);
    assert.deepEqual(hs.filter(([, m]) => m.endsWith('、')).map((h) => h[4]), ['上午9:00-10:30,大会开幕式', '上午10:30-11:30,主席团第二次会议', '下午2:00-2:30,选举大会']);
  });

  it('still ends a title at a colon that is no clock time (`开幕式：上午9时`, `时间:9`)', () => {
    const hs = heads(['关于召开全镇大会的通知', '一、会议时间:2031年5月6日上午9时', P, '二、会议地点:镇政府三楼会议室', P].join('\n'));
    assert.deepEqual(hs.filter(([, m]) => m).map((h) => h[4]), ['会议时间', '会议地点']);
  });
});

describe('open34: a government page\'s widgets over its text are no titles', () => {
  it('passes over 视力保护色： and a search box\'s 选择特殊符号 / 选择搜索类型', () => {
    const a = heads(['当前位置:首页 > 政府信息公开 > 制度', '', '视力保护色:', '某某市人民政府办公室关于印发某某市政府信息发布协调工作规定的通知', '',
      '各镇人民政府，各街道办事处，市政府各部门：', '现将《某某市政府信息发布协调工作规定》印发给你们，请认真贯彻执行。'].join('\n'));
    assert.ok(!a.some(([l]) => l === 2), JSON.stringify(a));
    const b = heads(['选择特殊符号', '选择搜索类型', '请输入搜索', '一、政府信息公开总体工作情况', '(一)组织机构建设情况。' + P, '(二)工作机制建设情况。' + P].join('\n'));
    assert.deepEqual(b.map(([l, m]) => [l, m]), [[3, '一、'], [4, '(一)'], [5, '(二)']]);
  });
});

describe('open34: a 文库 page that shows its opening and asks the reader to log in for the rest', () => {
  it('reads the text as cut where the notice stands above the page\'s widgets (`阅读全文` / `您需要先登陆`)', () => {
    const text = ['在全区重点工作推进会上的讲话', '同志们:', '今天我们召开全区重点工作推进会，主要任务是总结前段工作，部署下步任务，动员全区上下奋勇争先。',
      '一、正视问题、认清形势，以紧迫感扛起攻坚责任', '过去一年，全区上下攻坚克难，各项工作取得了新进展。问题不容回避，挑战就在眼前，我们没有任何理由沾沾自喜。',
      '', '阅读全文', '(想阅读完全部图文内容,您需要先登陆!)', '如果喜欢本篇内容,请赞赏鼓励哦!', '¥8.88', '¥6.66', '赏赞', '', '分享:', '', '微信扫'].join('\n');
    assert.ok(heads(text).some(([l, m]) => l === 3 && m === '一、'), JSON.stringify(heads(text)));
  });

  it('and where its last line says how long the whole text is (`全文约10497字，请下载后阅读`)', () => {
    const text = ['区委书记在全区工作动员大会上的讲话', '同志们:', '今天我们召开全区工作动员大会，主要任务是总结去年工作，部署今年任务，动员全区上下奋勇争先。',
      '一、辩证看待形势，始终保持干事创业的精神状态', '过去一年，全区上下深入贯彻落实各项决策部署，经济社会发展取得新成效，各项事业迈上新台阶。',
      '全文约10497字,请下载后阅读、编辑。'].join('\n');
    assert.ok(heads(text).some(([l, m]) => l === 3 && m === '一、'), JSON.stringify(heads(text)));
  });
});

describe('open34: a page that sets its headline again between the sections of its text', () => {
  it('drops the repeat that splits a run, the sections one run under the first headline', () => {
    const T = '写好工作总结的四个要求';
    const text = [T, '', '时间:2031-10-02 01:09:01', '', T, '', '(一)要避免同计划混淆', '', P, '', P, '', T, '', '(二)要实事求是', '', P, '', '(三)要突出重点', '', P].join('\n');
    assert.deepEqual(heads(text).map(([l, m, lv, p]) => [l, m, lv, p]), [[0, '', 1, null], [4, '', 1, null], [6, '(一)', 2, 4], [14, '(二)', 2, 4], [18, '(三)', 2, 4]]);
  });
});

describe('open34: a 范文 page\'s headline in its head, over its first labelled piece', () => {
  const BODY = ['', '各位来宾、女士们、先生们:', '', '大家好！今天，我们荣幸地邀请到各位新闻界的朋友，参加本次采访活动。首先，我谨代表区委、区政府，向各位记者朋友表示热烈的欢迎！',
    '', '某某区隶属某某市。全区总面积1748平方公里，人口40余万，是国家级生态示范区、全国商品粮基地。'];
  it('takes the headline between the breadcrumb and the metadata line as the page\'s title', () => {
    const text = ['首页 > 精品范文库 > 13号文库', '记者招待会致辞', '编辑:某某 识别码:22-1140412 13号文库 发布时间: 2031-09-15 18:55:11 来源:网络', '', '第一篇:记者招待会致辞', ...BODY].join('\n');
    assert.deepEqual(heads(text).slice(0, 2).map(([l, m, lv, , t]) => [l, m, lv, t]), [[1, '', 1, '记者招待会致辞'], [4, '第一篇', 1, '记者招待会致辞']]);
  });

  it('and under a category word and the breadcrumb (`调研报告` / `当前位置：…` / headline / `某某范文网 发布于：…`)', () => {
    const text = ['调研报告', '当前位置:首页 > 公文写作 > 调研报告 > 列表页', '', '县发改委调研报告', '', '某某范文网  发布于:2031-10-10  分类: 调研报告 手机版', '',
      '篇一:关于某县的调研报告', ...BODY].join('\n');
    assert.deepEqual(heads(text).slice(0, 2).map(([l, m]) => [l, m]), [[3, ''], [7, '篇一']]);
  });

  it('takes nothing where the line names no document', () => {
    const a = ['首页 > 精品范文库 > 13号文库', '精品范文推荐', '发布时间: 2031-09-15 18:55:11 来源:网络', '', '第一篇:记者招待会致辞', ...BODY].join('\n');
    assert.deepEqual(heads(a).map(([l]) => l).slice(0, 1), [4]);
  });
});

describe('open34: a 文库 page of two plans under one name (`镇目标工作计划（2篇）` / `镇目标工作计划（一）`)', () => {
  const HEAD = ['镇目标工作计划(2篇).docxVIP', '', '  • 0', '  • 0', '  • 约6.22千字', '  • 约 11页', '  • 2031-01-28 发布于四川', '  • 举报', '', '镇目标工作计划(2篇)', ''];
  const REST = ['', '为了推动我镇经济社会持续健康发展,提升居民生活质量,结合我镇实际情况,特制定本目标工作计划。', '', '一、经济发展目标与计划', '', '1.农业现代化推进', '', P, '', '2.工业转型升级', '', P];
  it('takes the bracket-numbered name as the first piece\'s title, its parts under it', () => {
    assert.deepEqual(heads([...HEAD, '镇目标工作计划(一)', ...REST].join('\n')).map(([l, m, lv, p]) => [l, m, lv, p]),
      [[9, '', 1, null], [11, '', 1, null], [15, '一、', 2, 11], [17, '1.', 3, 15], [21, '2.', 3, 15]]);
  });

  it('leaves a bracket number under a name it does not repeat', () => {
    assert.ok(!heads([...HEAD, '学习笔记(一)', ...REST].join('\n')).some(([l]) => l === 11));
  });

  it('reads no sentence of a speech with 我们 and commas as a title (`一年来，我们以稳定发展为要务，推动…`)', () => {
    const text = ['某镇2031年政府工作报告', '各位代表:', '现在，我代表镇人民政府向大会作政府工作报告，请予审议。', '一、2031年工作回顾', P,
      '一年来，我们以稳定发展为要务，推动经济继续保持健康发展', P, '二、2032年工作安排', P].join('\n');
    assert.ok(!heads(text).some(([l]) => l === 5), JSON.stringify(heads(text)));
  });
});

describe('open34: an old page\'s headline run on into its font-size widget', () => {
  it('ends the title before `◇字体:大中小(2005.7.3)` and before `【字体：大 中 小】`', () => {
    for (const w of ['◇字体:大中小(2031.7.3)', '  【字体：大 中 小】']) {
      const text = ['公文写作范例--会议通知' + w, '会议通知是用于告知会议召开的时间、地点、议题和参会人员的公文，适用于各级机关和企事业单位。',
        '一、标题', P, '二、正文', P].join('\n');
      assert.deepEqual(heads(text)[0].slice(0, 2).concat([heads(text)[0][4]]), [0, '', '公文写作范例--会议通知']);
    }
  });
});

describe('open34: a 党课 page\'s title with its kind before a colon (`党课：喜迎新征程`)', () => {
  it('is a title, not a field line', () => {
    const text = ['奋进新征程,建功新时代', '党课:奋进新征程,建功新时代', '同志们:', '按照上级党委的安排，下面由我来为大家上一堂专题党课。下面，我从三个方面和大家交流。',
      '一、党的光辉历程', P, '二、新时代的伟大成就', P].join('\n');
    assert.deepEqual(heads(text).map(([l, m, lv, p]) => [l, m, lv, p]), [[0, '', 1, null], [1, '', 1, null], [4, '一、', 2, 1], [6, '二、', 2, 1]]);
  });

  it('leaves a field whose label names no kind of text (`主讲人：某某某`) and a sentence after the kind word alone', () => {
    const text = ['奋进新征程,建功新时代', '主讲人:某某某同志', '讲话:今天我们召开会议。', '同志们:', '按照上级党委的安排，下面由我来为大家上一堂专题党课。下面，我从三个方面和大家交流。',
      '一、党的光辉历程', P, '二、新时代的伟大成就', P].join('\n');
    assert.ok(!heads(text).some(([l]) => l === 1 || l === 2), JSON.stringify(heads(text)));
  });
});
