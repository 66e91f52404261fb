import * as assert from 'node:assert/strict';
import { parseOutline } from '../../src/core/outline';

function heads(text: string): Array<[number, string, number, number | null]> {
  const line = (pos: number): number => text.slice(0, pos).split('\n').length - 1;
  return parseOutline(text).headings.map((h) => [line(h.start), h.marker, h.level, h.parent]);
}

// Invented page openings (our own wording).
const LEAD = '2031年，全县坚持稳中求进工作总基调，统筹推进各项工作，全县经济社会发展稳中有进、民生持续改善，呈现新的气象。';
const PART1 = '初步核算，2031年全县地区生产总值实现九十亿元，比上年增长较快，三次产业结构继续优化。';
const PART2 = '全年粮食总产量保持稳定，畜牧业生产稳中有升，农业农村经济总体向好。';

describe('page openings: the headline inside the page head written without blank lines', () => {
  it('takes the headline over the 来源/发布时间 line as the title heading the parts', () => {
    const text = ['搜索', '导航', '当前位置:首页 > 政府数据 > 统计公报', '某某县2031年国民经济和社会发展统计公报',
      '文章来源:县统计局 发布时间:2032-04-11 11:04 浏览量:0次 打印 关闭', '', LEAD, '', '一、综合', '', PART1, '', '二、农业', '', PART2].join('\n');
    assert.deepEqual(heads(text), [[3, '', 1, null], [8, '一、', 2, 0], [12, '二、', 2, 0]]);
  });

  it('takes it with a blank line between the headline and the fields', () => {
    const text = ['欢迎访问某某县人民政府!', '当前位置: 首页>新闻中心>乡镇动态', '全县秸秆禁烧工作推进会议召开', '',
      '发布时间:', '', '2032-05-22 10:03', '', '5月21日，全县秸秆禁烧工作推进会议召开。副县长某某主持会议并讲话，要求各镇压实责任。'].join('\n');
    assert.deepEqual(heads(text), [[2, '', 1, null]]);
  });

  it('leaves a line with no page fields under it (an issuer and a date over the text) alone', () => {
    const text = ['首页 -> 政务公开 -> 公 告', '某某市人大常委会办公室公告(第7号)', '时间:2032年12月06日来源:某某省卫生健康委员会', '[字体: ] 打印',
      '某某省卫生健康委员会 2032年12月06日', '', '  市人大常委会会议对条例草案进行了初次审议。现将草案全文公布，征求意见。', '',
      '  一、各单位和公民均可以通过信函、传真等方式提出意见。', '', '  二、征求意见的时间，自公告见报之日起一个月。', ''].join('\n');
    assert.ok(!heads(text).some(([l]) => l === 4), JSON.stringify(heads(text)));
  });
});

describe('page openings: a lone first part of a speech the excerpt cut', () => {
  const SPEECH = ['书记在全镇经济工作会议上的讲话', '同志们:', '这次全镇经济工作会议，既是一次总结成绩的表彰会，也是一次部署任务的动员会，目的就是进一步振奋精神、凝聚合力。',
    '下面，根据党委集体研究的意见，我讲三个方面的问题:', '一、回顾过去一年，提振发展信心', '刚刚过去的一年，对我镇来说是不平凡的一年，全镇经济社会发展呈现了良好态势，各项工作取得新成效。'];
  it('takes it back where the last line stops after its first clause', () => {
    const text = [...SPEECH, '2031年,是我镇党的建设大加'].join('\n');
    assert.deepEqual(heads(text), [[0, '', 1, null], [4, '一、', 2, 0]]);
  });

  it('leaves it where the text ends on a finished sentence or a short closing line', () => {
    assert.ok(!heads([...SPEECH, '全镇上下要再接再厉。'].join('\n')).some(([, m]) => m === '一、'));
    assert.ok(!heads([...SPEECH, '某某镇党委,某某镇人民政府'].join('\n')).some(([, m]) => m === '一、'));
  });

  it('reads the announcement through a converter\'s pinyin glosses', () => {
    const text = ['書記在新區(qū)開(kāi)發(fā)建設(shè)會(huì)發(fā)言', '同志們:',
      '今天，我們召開(kāi)新區(qū)開(kāi)發(fā)建設(shè)動(dòng)員大會(huì)，目的是進(jìn)一步明確建設(shè)任務(wù)，細(xì)化目標(biāo)責(zé)任。下面，我就新區(qū)開(kāi)發(fā)工作講三點(diǎn)意見(jiàn)。',
      '一、統(tǒng)一思想，凝聚共識(shí)，深刻認(rèn)識(shí)新區(qū)開(kāi)發(fā)建設(shè)的重大意義',
      '城市是經(jīng)濟(jì)的龍頭，地方的名片。我縣的縣城發(fā)展經(jīng)過(guò)歷屆縣委、縣政府的不懈努力，面貌發(fā)生了很大變化，受到了各級(jí)黨委的一致好評(píng)，更是全縣廣大干部群眾'].join('\n');
    assert.deepEqual(heads(text).map(([l, m, v]) => [l, m, v]), [[0, '', 1], [3, '一、', 2]]);
  });
});

describe('page openings: a site\'s preview flattened onto one line and cut with dots', () => {
  const HEAD = '镇党委书记在全镇干部大会上的讲话同志们:今天我们召开全镇干部大会，主要任务是贯彻落实上级会议精神，动员全镇干部真抓实干。刚才，各位分管领导对全镇工作作了部署，我完全赞同。';
  it('takes back the announced 一、 when the preview stops mid-sentence before its dots', () => {
    const text = HEAD + '下面，我再强调三点意见:一、认清新形势新任务，明确加快发展的方向今天会议就是要理清全镇发展面临的形势任务，抓紧补短板、强弱项，让全镇在竞...';
    assert.deepEqual(heads(text).map(([, m, v]) => [m, v]), [['', 1], ['一、', 2]]);
  });

  it('takes back a 一、 whose title runs into its paragraph when its (一) is taken', () => {
    const text = HEAD + '希望全镇上下迅速掀起大干项目的热潮。一、深刻把握形势任务，树牢抢抓机遇的进取意识只有正视不足才能精准发力，唯有抢抓机遇方能破局突围。当前的主要矛盾集中体现在三个方面。(一)客观分析自身短板差距。产业结构失衡已经成为制约发展的最大瓶颈。最新统计数据显示...';
    assert.deepEqual(heads(text).map(([, m, v, p]) => [m, v, p]), [['', 1, null], ['一、', 2, 0], ['(一)', 3, 1]]);
  });

  it('reads a text ending on a finished sentence and dots as not cut', () => {
    const text = HEAD + '下面，我再强调三点意见:一、认清新形势新任务，明确加快发展的方向今天会议就是要理清全镇发展面临的形势任务，抓紧补短板、强弱项。...';
    assert.deepEqual(heads(text).filter(([, m]) => m === '一、'), []);
  });
});

describe('page openings: the page title said again over the document flattened onto one line', () => {
  it('takes the repeat, the first line of the paragraph, as the document\'s own title', () => {
    const T = '某某钢铁公司财务状况与经营成果的分析与诊断概要';
    const TOC = ' 目 录 一、钢铁企业的发展历程………………… 二、企业财务风险的理念………………… 三、公司财务风险分析…………………';
    const text = ['首页 ' + T, '', T, '', '举报', '开通vip', '', T + T + TOC, '', T,
      T + TOC + ' 第 2 页 共 2 页 一、钢铁企业的发展历程 全国钢铁工业固定资产投资较快增长，企业规模不断扩大，结构持续优化，效益稳步提高，为后来的发展打下了基础。'].join('\n');
    assert.deepEqual(heads(text).filter(([, m]) => !m).map(([l]) => l), [2, 9]);
  });
});

describe('page openings: a compilation piece flattened with single blanks, its parts and items', () => {
  const OPEN = '同志們: 經過大家的共同努力，為期三個多月的招商引資百日會戰活動已圓滿結束，今天召開總結暨沖刺動員會議，主要目的是總結活動成果，進一步動員全體干部職工再接再厲，全力以赴，奮力沖刺，確保全面完成和超額完成全年招商引資任務。現在，我先講兩個方面的問題，最后請市委書記作重要講話。';
  const PART = ' 一、精心組織，強力推進，招商引資百日會戰活動取得了明顯成效 百日會戰動員大會召開以來，各部門按照統一部署，堅持狠抓招商引資不動搖，主攻項目建設不松勁，取得了明顯成效。';
  const ITEM = ' 1、抓發動，全員參與的格局進一步形成。一是組織動員力度不斷加大。各部門開展了大討論，層層統一思想認識。二是輿論宣傳氛圍更加濃烈。電視臺開辟了專欄，做到天天有聲音。市活動辦公室在百日會';
  it('breaks before the part and its first item after a sentence\'s end, and nests the 一是 run under the item', () => {
    const text = ['- 目錄', '第1篇 在全市招商引資百日會戰活動總結暨沖刺動員會議上的講話經濟工作', OPEN + PART + ITEM].join('\n');
    assert.deepEqual(heads(text).map(([l, m, v]) => [l, m, v]), [[1, '第1篇', 1], [2, '一、', 2], [2, '1、', 3], [2, '一是', 4], [2, '二是', 4]]);
  });

  it('reads a heading line the same through a converter\'s pinyin glosses', () => {
    const text = ['- 目錄', '第1篇 在全市招商引資百日會(huì)戰(zhàn)活動(dòng)總結(jié)暨沖刺動(dòng)員會(huì)議上的講話經(jīng)濟(jì)工作', OPEN + PART + ITEM].join('\n');
    assert.deepEqual(heads(text).map(([l, m]) => [l, m]), [[1, '第1篇'], [2, '一、'], [2, '1、'], [2, '一是'], [2, '二是']]);
  });
});

describe('page openings: a 范文 page\'s first piece titled under the compilation\'s name', () => {
  it('takes `…讲话 篇1` as the piece\'s title, the speech\'s run under it', () => {
    const text = ['首页 > 讲话 > 讲话稿 > 安全稳定 > 市长安全生产讲话【通用三篇】正文', '', '市长安全生产讲话【通用三篇】', '', '时间:2032-10-21 15:42:29', '',
      '市长安全生产讲话(通用3篇)', '', '市长安全生产讲话 篇1', '', '今天的会议开得很适时，现在正是下半年刚刚开始的关键时期，在这个时候召开安全会议很有必要。', '',
      '一是要严格要求。没有安全稳定的环境，经济社会就不可能健康发展。', '', '二是要严格管理。各级政府要把安全生产摆上重要位置，常抓不懈。'].join('\n');
    const hs = heads(text);
    const piece = hs.findIndex(([l]) => l === 8);
    assert.ok(piece >= 0 && hs[piece][2] === 1, JSON.stringify(hs));
    assert.deepEqual(hs.filter(([, m]) => m).map(([l, m, , p]) => [l, m, p]), [[12, '一是', piece], [14, '二是', piece]]);
  });
});

describe('page openings: a site\'s tag in ASCII brackets glued before the headline', () => {
  it('starts the title after the tag', () => {
    const text = ['[县长在县委书记]县长在县委全委(扩大)会暨全县经济工作会议上的讲话', '同志们:', '这次会议的主要任务是贯彻落实上级经济工作会议精神，分析总结工作，安排部署工作。',
      '一、认真总结成绩，准确把握态势', '过去一年，全县经济保持了平稳较快增长。', '二、突出工作重点，推动高质量发展', '今年要抓好项目建设和产业发展。'].join('\n');
    const o = parseOutline(text);
    assert.equal(o.headings[0].title, '县长在县委全委(扩大)会暨全县经济工作会议上的讲话');
    assert.equal(o.headings[0].start, text.indexOf(']') + 1);
  });

  it('keeps a footnote mark or a bracketed number where it was', () => {
    const text = ['[1]参见某某著作第三章', '', '[2023]某某文件汇编', '', '全县经济保持了平稳较快增长，各项事业全面进步。'].join('\n');
    for (const h of parseOutline(text).headings) assert.ok(text[h.start] === '[' || !/^\d/.test(text.slice(h.start - 5, h.start)), JSON.stringify(h));
  });
});

describe('page openings: a portal\'s official document under its headline, its red head set with blank lines', () => {
  const HEAD = ['发文日期: 2032-01-14', '', '某某市人民政府办公室关于印发2032年政府工作报告主要目标任务分解的通知', '发布时间:2032-01-21 09:24 信息来源:某某市人民政府办公室', '',
    ' 某某市人民政府办公室', '', '关于印发2032年政府工作报告主要目标', '', '任务分解的通知', '', '某政办〔2032〕1号', '', '各县、区人民政府，市政府各部门:', '',
    '2032年《政府工作报告》已经市人代会审议通过，为确保重点工作落到实处，现将主要目标任务分解如下。', ''];
  it('takes the title under the issuer as the document\'s own, heading its parts', () => {
    const text = [...HEAD, '一、强化责任意识，以讲政治高度抓落实。各地各部门要高度重视。', '', '二、强化协同配合，以钉钉子精神抓推进。各牵头单位要加强统筹。'].join('\n');
    assert.deepEqual(heads(text).map(([l, m, , p]) => [l, m, p]), [[2, '', null], [7, '', null], [17, '一、', 1], [19, '二、', 1]]);
  });

  it('leaves a 关于 line that is no tail of the headline alone', () => {
    const text = [...HEAD.slice(0, 7), '关于做好春节期间安全生产工作', '', ...HEAD.slice(9), '一、强化责任意识，以讲政治高度抓落实。各地各部门要高度重视。', '', '二、强化协同配合，以钉钉子精神抓推进。各牵头单位要加强统筹。'].join('\n');
    assert.ok(!heads(text).some(([l]) => l === 7), JSON.stringify(heads(text)));
  });
});

describe('page openings: a hard-wrapped PDF layer cut on a short piece of a line', () => {
  const W = ['在全区招商引资工作推进会议上的讲话', '  同志们:', '  今天，区委、区政府在这里专门召开全区招商引资工', '作推进会议，是继区委重点工作会议之后的一次重要专题',
    '会议，主要任务是表彰奖励上一年度招商引资并取得显著', '成效的工作组，为今年即将奔赴各地招商的工作组壮行。', '  下面，就加速推进招商引资工作，我强调几点意见。',
    '  一、认清形势，深化认识，进一步增强招商引资工作', '的责任感和紧迫感', '  招商引资始终是推动经济社会发展的强大动力，在这', '事关全局的重大问题上，我们务必统一思想、提高认识。',
    '  一是必须增强危机意识。今年全区招商引资的具体目', '标是引进国内资金六亿元，任务十分繁重，压力前所未', '有。截至一季度末，全区实际引进国内资金同比有所增'];
  it('takes back the announced 一、 and the 一是 under it', () => {
    const text = [...W, '长，但任务数仅完成二十分之'].join('\n');
    assert.deepEqual(heads(text).filter(([, m]) => m).map(([l, m, v]) => [l, m, v]), [[7, '一、', 2], [11, '一是', 3]]);
  });

  it('leaves them where the last line closes a sentence', () => {
    const text = [...W, '长，任务仍然十分繁重。'].join('\n');
    assert.deepEqual(heads(text).filter(([, m]) => m === '一是'), []);
  });
});

describe('speech runs: an inline list that lost one member\'s marker', () => {
  const P = (s: string): string => s + '目前秋收已全面开展，秋种季节已经到来，我们一定要抢抓时节尽快部署落实。';
  it('reads 第一，第三，第四， as the list, 第二 missing', () => {
    const text = '县长在全县秋种工作会讲话\n今年的秋种工作呈现四个新的特点。' + P('第一，是时间紧。') + P('同时，任务更重。') + P('第三，是要求高。') + P('第四，是投入大。') + '\n';
    assert.deepEqual(heads(text).filter(([, m]) => m).map(([, m]) => m), ['第一，', '第三，', '第四，']);
  });

  it('leaves 第一，…第三， alone, and a list whose 第二 stands written between (not lost)', () => {
    const two = '县长讲话\n今年的秋种工作呈现新的特点。' + P('第一，是时间紧。') + P('第三，是要求高。') + '\n';
    assert.deepEqual(heads(two).filter(([, m]) => m), []);
    const hidden = '县长讲话\n今年的秋种工作呈现新的特点。' + P('第一，是时间紧。') + P('全县被纳入第二批重点区域。') + P('第三，是要求高。') + P('第四，是投入大。') + '\n';
    assert.ok(!heads(hidden).some(([, m]) => m === '第三，'), JSON.stringify(heads(hidden)));
  });
});

describe('page openings: a speech on one line, its title glued to the salutation', () => {
  const BODY = '今天我们召开全镇干部大会，主要任务是贯彻落实上级会议精神，动员全镇广大党员干部弘扬奋斗精神、崇尚真抓实干。刚才，各位分管领导对全镇各项工作作了系统全面的部署，讲得都很到位，我完全赞同。下面，我再强调三点意见:一、认清新形势新任务，明确加快发展的方向今天会议就是要理清全镇发展面临的形势任务，抓紧补短板、强弱项，让全镇在竞...';
  it('takes the words before 同志们: as the title heading the speech', () => {
    const text = '镇党委书记在全镇干部大会上的讲话同志们:' + BODY;
    const o = parseOutline(text);
    assert.deepEqual(o.headings.map((h) => [h.marker, h.level, h.title.slice(0, 16)]), [['', 1, '镇党委书记在全镇干部大会上的讲话'], ['一、', 2, '认清新形势新任务，明确加快发展的']]);
  });

  it('takes the first of a title said twice, and none under a title line of its own', () => {
    const twice = parseOutline('县长在全县座谈会上讲话县长在全县座谈会上的讲话同志们:' + BODY);
    assert.equal(twice.headings[0].title, '县长在全县座谈会上讲话');
    const above = parseOutline('镇党委书记在全镇干部大会上的讲话\n\n来源镇党委书记在全镇干部大会上的讲话同志们:' + BODY);
    assert.deepEqual(above.headings.filter((h) => !h.marker).map((h) => h.title), ['镇党委书记在全镇干部大会上的讲话']);
  });
});
