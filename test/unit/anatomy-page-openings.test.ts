import * as assert from 'node:assert/strict';
import { parseOutline } from '../../src/core/outline';

function heads(text: string): Array<[number, string, number, string]> {
  const line = (pos: number): number => text.slice(0, pos).split('\n').length - 1;
  return parseOutline(text).headings.map((h) => [line(h.start), h.marker, h.level, h.title]);
}

// Invented page openings, cut by an index in the middle of a sentence.
const P1 = '今年以来，全镇上下围绕年初确定的目标任务，稳住农业基本盘，抓实项目建设，各项工作取得了新的进展。';
const CUT = '全年新建高标准农田一万二千亩，改造提升灌溉渠道三十六公里，粮食播种面积稳定在四万亩以';

describe('cut excerpts: the first heads of a text cut before their second members', () => {
  const opening = (tail: string): string => ['各位代表：', P1, '一、过去一年工作回顾', '（一）农业基础更加稳固。' + P1, '（二）项目建设加快推进。' + tail].join('\n');

  it('takes a lone 一、 over a run of （一）（二） when the text stops mid-sentence', () => {
    assert.deepEqual(heads(opening(CUT)).map(([l, m, v]) => [l, m, v]), [[2, '一、', 1], [3, '（一）', 2], [4, '（二）', 2]]);
  });

  it('takes it where the text ends on a finished sentence too: its part divides itself into a real run (study31 07)', () => {
    assert.deepEqual(heads(opening(P1)).map(([l, m, v]) => [l, m, v]), [[2, '一、', 1], [3, '（一）', 2], [4, '（二）', 2]]);
  });

  it('takes a lone 一、 and the lone 1、 under it when the text stops inside them', () => {
    const text = ['某某镇2030年度整体支出绩效评价报告', P1, '一、单位概况', '1、机构设置及人员情况：' + CUT].join('\n');
    assert.deepEqual(heads(text).map(([l, m, v]) => [l, m, v]), [[0, '', 1], [2, '一、', 2], [3, '1、', 3]]);
  });

  it('does not take a lone 1、 whose line is a sentence, nor one followed by a 二、', () => {
    const text = ['某某镇2030年度整体支出绩效评价报告', P1, '一、单位概况', '1、本镇共有在职人员四十六人，其中行政编制二十人，事业编制二十六人，全年' + CUT].join('\n');
    assert.deepEqual(heads(text).map(([l, m]) => [l, m]), [[0, ''], [2, '一、']]);
    const two = ['某某镇工作总结', P1, '一、单位概况', P1, '二、主要工作', CUT].join('\n');
    assert.deepEqual(heads(two).map(([l, m]) => [l, m]), [[0, ''], [2, '一、'], [4, '二、']]);
  });
});

describe('cut excerpts: more signs of the cut, more forms of first heads', () => {
  const speech = ['在全镇工作会议上的讲话', '同志们：', P1];

  it('reads a text ending on a decimal cut before its fraction as cut (…达到11.)', () => {
    const text = [...speech, '一、过去一年工作回顾', '一是农业基础更加稳固。' + P1, '二是粮食生产再获丰收，全年粮食总产达到11.'].join('\n');
    assert.deepEqual(heads(text).map(([l, m, v]) => [l, m, v]), [[0, '', 1], [3, '一、', 2], [4, '一是', 3], [5, '二是', 3]]);
  });

  it('reads a text ending on an open bracket as cut', () => {
    const text = [...speech, '一、过去一年工作回顾', '（一）农业基础更加稳固。' + P1, '（二）项目建设加快推进。按照全镇项目建设三年行动计划（镇发〔'].join('\n');
    assert.deepEqual(heads(text).map(([l, m]) => [l, m]), [[0, ''], [3, '一、'], [4, '（一）'], [5, '（二）']]);
  });

  it('takes a lone 第一章 over its articles in a cut text', () => {
    const text = ['某某镇人民政府工作规则', '第一章  总  则', '一、为规范镇政府工作，' + P1, '二、镇政府工作的准则是，执政为民，依法行政，' + CUT].join('\n');
    assert.deepEqual(heads(text).map(([l, m, v]) => [l, m, v]), [[0, '', 1], [1, '第一章', 2], [2, '一、', 3], [3, '二、', 3]]);
  });

  it('takes the lone heads of a text that ends on a heading line (一、 then 第一，)', () => {
    const text = [...speech, '我讲两点意见。', '一、从两个维度审视未来发展', '第一，历史方位。'].join('\n');
    assert.deepEqual(heads(text).map(([l, m, v]) => [l, m, v]), [[0, '', 1], [4, '一、', 2], [5, '第一，', 3]]);
  });

  it('does not read a text as cut where it ends on a lone first member holding a paragraph', () => {
    const text = [...speech, '一、从两个维度审视未来发展', '第一，历史方位。' + P1].join('\n');
    assert.deepEqual(heads(text).map(([l, m]) => [l, m]), [[0, '']]);
  });
});

describe('web pages: the headline in the page head repeated by the document is a second title', () => {
  it('reads the page head\'s headline and the document\'s own title line as two titles', () => {
    const text = [
      '联系我们', '|', '会员中心', '',
      '热门搜索：总结 讲话 汇报',
      '镇长在全镇春耕生产动员会上的讲话',
      '发布时间：2031-03-02 13:57:48        浏览次数：88次',
      '免费试读', '',
      '镇长在全镇春耕生产动员会上的讲话', '',
      '同志们：', '', P1, '', CUT,
    ].join('\n');
    const t = heads(text).filter(([, m]) => m === '');
    assert.deepEqual(t.map(([l, , v, s]) => [l, v, s]), [
      [5, 1, '镇长在全镇春耕生产动员会上的讲话'],
      [9, 1, '镇长在全镇春耕生产动员会上的讲话'],
    ]);
  });

  it('takes the document\'s title broken over two lines as the block the head names, not the page label above it', () => {
    const text = [
      '归档时间：2031-06-15', '当前位置：首页 > 公开领域 > 财政预决算', '',
      '某某县农业农村局2030年度整体支出 绩效评价报告', '',
      '详细信息', '', '公开具体内容', '',
      '某某县农业农村局2030年度整体支出', '', '绩效评价报告', '',
      P1 + P1, '', '一、部门概况', '', '1、机构设置：' + CUT,
    ].join('\n');
    const h = heads(text);
    assert.deepEqual(h.map(([l, m, v]) => [l, m, v]), [[3, '', 1], [9, '', 1], [15, '一、', 2], [17, '1、', 3]]);
  });
});

describe('web pages: a speech title over a forum post\'s chrome', () => {
  it('takes the speech title, not the forum\'s name on line 1, over 楼主 and the post bar', () => {
    const text = [
      '某某教师交流论坛', '', ' 找回密码', ' 免费注册', '',
      '查看: 120|回复: 0', '打印 上一主题 下一主题', '',
      '镇党委书记在2031年全镇春耕生产动员大会上的讲话稿', '',
      '[复制链接]', '跳转到指定楼层', '楼主',
      '发表于 2031-3-16 17:53:04 | 只看该作者 |倒序浏览 |阅读模式',
      '同志们:', '', P1, '', CUT,
    ].join('\n');
    const t = heads(text).filter(([, m]) => m === '');
    assert.deepEqual(t.map(([l, , v, s]) => [l, v, s]), [[8, 1, '镇党委书记在2031年全镇春耕生产动员大会上的讲话稿']]);
  });
});

describe('official documents: a covering notice whose title carries its 发文字号 in brackets', () => {
  it('reads the closing under the notice (no issuer title) and the plan\'s title after it', () => {
    const text = [
      '某某县人民政府办公室印发《关于推进春耕生产的实施意见》的通知(某政办发〔2031〕3号)', '',
      '各乡镇人民政府，县直各单位：', '',
      '《关于推进春耕生产的实施意见》已经县人民政府同意，现印发给你们，请认真贯彻执行。', '',
      '某某县人民政府办公室', '', '2031年1月10日', '',
      '关于推进春耕生产的实施意见', '', P1, '', '一、总体要求', '', '（一）指导思想。' + P1, '', '（二）主要目标。' + CUT,
    ].join('\n');
    const h = heads(text);
    assert.deepEqual(h.map(([l, m, v]) => [l, m, v]), [[0, '', 1], [10, '', 1], [14, '一、', 2], [16, '（一）', 3], [18, '（二）', 3]]);
  });
});

describe('official documents: contact fields or a signer between the text and the 落款', () => {
  it('reads the issuer under a notice\'s contact fields as closing, and the draft\'s title after it', () => {
    const text = [
      '关于《某某县农田保护条例（草案）》公开征求意见的公告', '',
      '《某某县农田保护条例（草案）》已经县人大常委会审议。' + P1, '',
      '邮寄地址：某某县人民路1号', '', '邮　　编：100000', '', '电子邮箱：nongtian@example.org', '',
      '某某县人大常委会办公厅', '', '2031年11月12日', '',
      '某某县农田保护条例', '', '第一条　' + P1, '', '第二条　' + CUT,
    ].join('\n');
    const t = heads(text).filter(([, m]) => m === '');
    assert.deepEqual(t.map(([l, , v]) => [l, v]), [[0, 1], [14, 1]]);
  });
});

describe('runs: a figure of repetition is no enumeration', () => {
  it('reads no run in 第一是保护，第二是保护，第三还是保护', () => {
    const text = ['镇长在全镇生态保护大会上的讲话', '', '同志们：', '', '有人说，对我们镇来说，第一是保护，第二是保护，第三还是保护。' + P1, '', P1].join('\n');
    assert.deepEqual(heads(text).map(([l, m]) => [l, m]), [[0, '']]);
  });

  it('keeps a run whose members open with different words', () => {
    const text = ['镇长在全镇生态保护大会上的讲话', '', '同志们：', '', '下一步，第一是保护水源，第二是治理河道，第三是恢复植被。' + P1, '', P1].join('\n');
    assert.deepEqual(heads(text).map(([l, m]) => [l, m]), [[0, ''], [4, '第一'], [4, '第二'], [4, '第三']]);
  });
});

describe('titles: the first title said again over the text after a metadata list', () => {
  it('reads the repeat as a second level-1 title, the parts under it', () => {
    const text = [
      '返回顶部', '', '某某县人民政府工作规则', '',
      '  • 索引号:', '', '    0000000000/2031-000001', '  • 发文字号:', '', '    某政发〔2031〕7号',
      '  • 发布日期:', '', '    2031年04月06日 16:34', '',
      '某某县人民政府工作规则', '', '第一章总则', '',
      '一、' + P1, '', '二、' + CUT,
    ].join('\n');
    const h = heads(text);
    assert.deepEqual(h.filter(([, m]) => m === '').map(([l, , v]) => [l, v]), [[2, 1], [14, 1]]);
    // (the text is cut: its lone 第一章 heads the articles)
    assert.deepEqual(h.filter(([, m]) => m === '第一章').map(([l, , v]) => [l, v]), [[16, 2]]);
    assert.deepEqual(h.filter(([, m]) => m === '一、').map(([l, , v]) => [l, v]), [[18, 3]]);
  });
});

describe('page openings: a headline naming its subject before a colon, a teaser box over the text', () => {
  it('reads 某某:headline above the page\'s time stamp field as the title when the agency\'s 题: states it again', () => {
    const text = [
      '某某青年网', '', '新闻', '', '首页 >> 时政 >> 正文', '',
      '张某某:一位乡村教师的三十年', '', '发稿时间:2031-11-17 04:10:00 来源: 某某网', '',
      '   某某社北京11月16日电 题:张某某:一位乡村教师的三十年', '', '   某某社记者', '',
      '   ' + P1, '', '   ' + CUT,
    ].join('\n');
    assert.deepEqual(heads(text).map(([l, m, v]) => [l, m, v]), [[6, '', 1]]);
  });

  it('leaves a label and value alone where nothing below states it again', () => {
    const text = ['某某青年网', '', '首页 >> 时政 >> 正文', '', '稿源:某某青年报社', '', '发稿时间:2031-11-17 04:10:00', '', P1, '', CUT].join('\n');
    assert.ok(!heads(text).some(([l]) => l === 4));
  });

  it('passes over a 导读 label whose teaser the page states again as the text\'s opening', () => {
    const teaser = P1 + '全镇上下围绕年初确定的目标任务，抓实项目建设，各项工作取得了新的';
    const text = [
      '镇长在全镇项目建设现场会上的讲话', '', '2031-02-23 03:38:41 130', '', '文章导读', '',
      teaser.slice(0, 70) + '。', '', '', '联系客服提示', '', teaser + '进展。' + P1, '', CUT,
    ].join('\n');
    assert.deepEqual(heads(text).map(([l, m, v]) => [l, m, v]), [[0, '', 1]]);
  });
});

describe('official documents in traditional characters, a converter noting polyphones\' readings', () => {
  it('reads the covering notice\'s title (關于…的通知, 發(fā), 號) and the plan\'s title after the 落款', () => {
    const text = [
      '某府發(fā)〔2031〕9號',
      '某某市人民政府印發(fā)《關(guān)于本市加強(qiáng)社區(qū)服務(wù)的實(shí)施意見》的通知',
      '各區(qū)人民政府,市政府各委、辦、局:',
      '現(xiàn)將《關(guān)于本市加強(qiáng)社區(qū)服務(wù)的實(shí)施意見》印發(fā)給你們,請認(rèn)真按照執(zhí)行。',
      '某某市人民政府',
      '2031年12月20日',
      '關(guān)于本市加強(qiáng)社區(qū)服務(wù)的實(shí)施意見',
      '社區(qū)服務(wù)是城市治理的重要組成部分。為進(jìn)一步提升社區(qū)服務(wù)水平,現(xiàn)提出以下意見。',
      '一、總體要求',
      '(一)指導(dǎo)思想',
      '全面貫徹落實(shí)市委市政府決策部署,以人民為中心,堅(jiān)持問題導(dǎo)向,推動社區(qū)服務(wù)提質(zhì)增效,逐步提升',
    ].join('\n');
    assert.deepEqual(heads(text).map(([l, m, v]) => [l, m, v]), [[1, '', 1], [6, '', 1], [8, '一、', 2], [9, '(一)', 3]]);
  });

  it('reads a headline whose polyphones carry reading notes as a title (主持詞 over its 一要 二要)', () => {
    const text = [
      '全鎮(zhèn)環(huán)境整治工作推進(jìn)會(huì)議主持詞',
      '同志們:',
      '經(jīng)鎮(zhèn)政府研究決定,今天我們在這里召開全鎮(zhèn)環(huán)境整治工作推進(jìn)會(huì)議。',
      '一要高度重視,提高認(rèn)識(shí)。當(dāng)前,環(huán)境整治任務(wù)繁重。',
      '二要明確責(zé)任,抓好落實(shí)。各村要按照時(shí)間節(jié)點(diǎn)推進(jìn)整治工作,確保',
    ].join('\n');
    assert.deepEqual(heads(text).map(([l, m, v]) => [l, m, v]), [[0, '', 1], [3, '一要', 2], [4, '二要', 2]]);
  });
});

describe('page openings: a speaker line between the date line and the salutation', () => {
  const report = (speaker: string): string => [
    '某某市政府工作报告全文',
    '某某市第九届人民代表大会第二次会议今天开幕，市长代表市政府作报告，下面是整理的全文，供参考。',
    '2031年1月8日在某某市第九届人民代表大会第二次会议上',
    speaker,
    '各位代表：',
    '现在，我代表市人民政府向大会报告工作，请予审议。',
    '一、过去一年工作回顾',
    P1,
    '二、今年主要任务',
    P1,
  ].join('\n');

  it('reads 市长某某 (office and name with no space) as the speaker, not a title', () => {
    assert.deepEqual(heads(report('市长张某某')).map(([l, m, v]) => [l, m, v]), [[0, '', 1], [6, '一、', 2], [8, '二、', 2]]);
  });

  it('keeps a title line standing over a salutation with no date line above it', () => {
    const text = ['某某市政府工作报告全文', P1, '关于全市城乡融合发展情况的报告', '各位代表：', P1, '一、过去一年工作回顾', P1].join('\n');
    assert.deepEqual(heads(text).map(([l, m]) => [l, m]).slice(0, 1), [[0, '']]);
    assert.ok(heads(text).some(([l]) => l === 2));
  });
});

describe('page openings: a header block of fields, a news desk\'s byline', () => {
  it('reads no field of a header block of three fields or more as a title', () => {
    const text = ['发文单位:某某县人民政府', '发布日期:2031年05月06日', '文号 :某政发〔2031〕3号', '各乡镇人民政府：', P1, '一、总体要求', P1, '二、主要任务', P1].join('\n');
    assert.deepEqual(heads(text).map(([l, m]) => [l, m]), [[5, '一、'], [6 + 1, '二、']]);
  });

  it('reads a desk and the kind of copy after a slash (某某中心/综合报道) as a byline, not a title', () => {
    const text = ['国际新闻中心/综合报道', P1, '【致辞全文】', P1, P1].join('\n');
    assert.ok(!heads(text).some(([l]) => l === 0));
  });
});

describe('page openings in traditional characters: residue of readings, 題:, reporters, a byline bar', () => {
  // Invented pages: a mirror in traditional characters that notes readings after polyphones (`會(huì)`).
  const BODY = '  今年以來，全鎮上下圍繞年初確定的目標任務，穩住農業基本盤，抓實項目建設，各項工作取得了新的進展。';
  const SPAM = '某某精品_某某在線_某某視頻_某某天天看';

  it('takes the headline over a time bar as the title, not the wire dateline under it that restates it (電 題:)', () => {
    const text = [SPAM, '', '您當前的位置:首頁 > 要聞 > 頭條', '', '記者手記:一場深入基層的調(diào)研', '', '時間:2031-04-17 08:28:58  來源:某某網', '',
      '  某某社某地4月15日電 題:記者手記:一場深入基層的調(diào)研', '', '  某某社記者張三、李四', '', BODY, BODY].join('\n');
    assert.deepEqual(heads(text).map(([l, m, v]) => [l, m, v]), [[4, '', 1]]);
  });

  it('reads a crumb opening at the site\'s name and a bar opening with the author\'s name as the page\'s head', () => {
    const text = [SPAM, '', '某某西部網(wǎng) > 即時(shí)新聞 > 民生', '', '2031年兩會(huì):發(fā)言人與記者隔空問答', '',
      '王某 發(fā)布時(shí)間:2031-05-21 09:03:00來源: 某某日報(bào)', '', BODY, BODY].join('\n');
    assert.deepEqual(heads(text).map(([l, m, v]) => [l, m, v]), [[4, '', 1]]);
  });

  it('does not read a single name glued to 记者 as a byline (记者走基层 may be a headline)', () => {
    const text = ['新华社记者走基层', '', '某某网 > 新闻', '', '发布时间:2031-05-21 09:03:00', '', BODY, BODY].join('\n');
    assert.deepEqual(heads(text).map(([l, m]) => [l, m]), [[0, '']]);
  });
});

describe('page openings: the browser title repeated with other spacing', () => {
  it('finds the headline the page sets with two spaces where the browser title has one', () => {
    const P = '新年将至，我代表公司向全体员工及其家属致以诚挚的问候和美好的祝福，感谢大家一年来的辛勤付出。';
    // (the first paragraph ends on no mark: the walk up from the prose stops at it)
    const P0 = '冬去春来,万象更新值此2031新年到来之际,我谨代表公司,向全体员工及其亲属致以诚挚的问候向各合作伙伴致以新年的祝福';
    const text = ['春风十里再出发 山高路远向未来 ---2031年新年致辞', '来源: | 作者:佚名 | 发布时间: 2030-12-31 | 822 次浏览', '',
      '春风十里再出发  山高路远向未来', '', '---2031年新年致辞', '', P0, '', P, '', P].join('\n');
    // (the first line, right over the metadata bar, is the page's headline: a title too)
    assert.deepEqual(heads(text).map(([l, m, v]) => [l, m, v]), [[0, '', 1], [3, '', 1]]);
  });
});

describe('page openings: a video script\'s bracketed labels', () => {
  const P = '今天上午，某某市第十届人民代表大会第三次会议在市会议中心开幕，会场内外秩序井然，代表们陆续步入会场。';
  it('reads a bracketed line alone as one more label where a bracketed label recurs before text on its line', () => {
    const text = ['发布时间:2031年03月05日 11:05 来源:某某新闻网', P, '【同期】某某台记者 王某', P, '【去会场的路上】', '【同期】某某台记者 王某', P, '【进入会场内部】', '【同期】某某台记者 王某', P].join('\n');
    assert.deepEqual(heads(text), []);
  });
  it('keeps a bracketed title line where no label recurs before text', () => {
    const text = ['某某市开好春季农业生产工作会', P, '【会议要求】', P, P].join('\n');
    assert.ok(heads(text).some(([l]) => l === 2));
  });
});
