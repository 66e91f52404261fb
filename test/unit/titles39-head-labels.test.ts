import * as assert from 'node:assert/strict';
import { parseOutline } from '../../src/core/outline';
import { asksQuestion, isFieldBar, namesNothingBelow, previewOfHeadline } from '../../src/core/outline/anatomy/pageOpenings';

// Invented page openings (titles39): a page's first line is a site's button or widget label that
// the text never speaks of (`查看原文`, `文章播报`, `共2条评论`), or a site's preview that opens with
// the headline printed right under it. Neither is the document's title.
function heads(text: string): Array<[number, string, number, number | null]> {
  const o = parseOutline(text);
  const lineOf = (start: number) => text.slice(0, start).split('\n').length - 1;
  return o.headings.map((h) => [lineOf(h.start), h.marker, h.level, h.parent === null ? null : lineOf(o.headings[h.parent].start)]);
}

const plan = [
  '各村委会、镇属各单位:',
  '为改善全镇人居环境,提升群众生活品质,镇党委、政府决定开展村庄清洁行动,现将有关事项通知如下。',
  '一、工作目标',
  '到年底全镇各村庄环境明显改善,群众满意率达到90%以上,长效保洁机制基本建立起来。',
  '二、主要任务',
  '各村要组织党员群众清理房前屋后垃圾杂物,整治沟渠坑塘,做到日产日清、不留死角。',
].join('\n');

describe('titles39: a page\'s first-line label the text never speaks of', () => {
  it('is no title over a notice that has none (a widget word over the salutation)', () => {
    const hs = heads(['语音朗读', plan].join('\n'));
    assert.ok(!hs.some((h) => h[0] === 0), JSON.stringify(hs));
    assert.deepEqual(hs.filter((h) => h[1] === '一、').map((h) => h[2]), [1], JSON.stringify(hs));
  });

  it('leaves a short real title whose words the text says again', () => {
    const hs = heads(['清洁行动', plan].join('\n'));
    assert.deepEqual(hs[0], [0, '', 1, null], JSON.stringify(hs));
  });

  it('also drops the widget line printed right under the label, and keeps the title below', () => {
    const hs = heads(['转发本页', '请把下面地址发给朋友', '', '关于开展村庄清洁行动的通知', plan].join('\n'));
    assert.ok(!hs.some((h) => h[0] === 0 || h[0] === 1), JSON.stringify(hs));
    assert.deepEqual(hs[0], [3, '', 1, null], JSON.stringify(hs));
  });

  it('keeps a part\'s name such as 引言 at the top', () => {
    const hs = heads(['引言', '乡村振兴是一篇大文章,需要久久为功、持续发力,更需要找准切入点和着力点。', '一、基本情况', '全县共有行政村120个,常住人口约30万人,近年来农业产业稳步发展。', '二、存在问题', '产业链条短,品牌影响力弱,人才支撑不足的问题依然突出,需要下大力气破解。'].join('\n'));
    assert.deepEqual(hs[0], [0, '', 1, null], JSON.stringify(hs));
  });

  it('reads the words as the page writes them (a traditional page)', () => {
    assert.equal(namesNothingBelow('發布信息', '發布信息\n本廳發布了新規定,自發布之日起施行。', 5), false);
    assert.equal(namesNothingBelow('查看原文', '查看原文\n本文介绍深度学习研究的进展与动向。', 5), true);
    assert.equal(namesNothingBelow('关于开展村庄清洁行动的通知', '…', 0), false);
  });
});

describe('titles39: a site\'s preview that opens with the headline printed under it', () => {
  const speech = [
    '在全镇安全生产工作会议上的讲话同志们:今天召开全镇安全生产工作会议,主要任务是总结去年工作,部署今年任',
    '在全镇安全生产工作会议上的讲话',
    '(2024年2月6日)',
    '同志们:',
    '今天召开全镇安全生产工作会议,主要任务是总结去年工作,分析当前形势,部署今年安全生产重点任务。',
    '一、认清形势,增强做好安全生产工作的责任感',
    '去年全镇未发生较大以上生产安全事故,事故起数和死亡人数同比分别下降20%和15%。',
    '二、突出重点,扎实抓好安全生产各项工作',
    '要以道路交通、建筑施工、消防安全为重点,深入开展隐患排查整治,坚决遏制事故发生。',
  ].join('\n');

  it('takes the headline under the preview as the title the parts hang from', () => {
    const hs = heads(speech);
    assert.deepEqual(hs[0], [1, '', 1, null], JSON.stringify(hs));
    assert.deepEqual(hs.filter((h) => h[1] === '一、').map((h) => h[3]), [1], JSON.stringify(hs));
  });

  it('reads the preview shape', () => {
    assert.equal(previewOfHeadline('在全镇安全生产工作会议上的讲话同志们:今天召开全镇安全生产工作会议', '在全镇安全生产工作会议上的讲话'), true);
    assert.equal(previewOfHeadline('在全镇安全生产工作会议上的讲话', '在全镇安全生产工作会议上的讲话'), false);
  });
});

describe('titles39: a Q&A page\'s question over the article it reposts, the article\'s bar in any separators', () => {
  const page = [
    '写好年度工作总结一定要多列数字,少讲空话 是对的吗',
    '',
    '年度总结怎样写出新意',
    '日期: 09:30:12&&&来源:机关写作&&&&&&作者:某某',
    '某某某&&&阅读: 次',
    '  总结是对一个时期工作的回顾和评价。每到年底,不少同志为写总结发愁,本文谈几点粗浅的体会,供大家参考。',
    '  一、先理清思路再动笔',
    '  动笔之前要把一年的工作过一遍,分清主次,找准亮点,列出提纲后再下笔,避免写成流水账。',
    '  二、用事实和数据说话',
    '  总结要有具体事例和准确数据支撑,比如完成项目12个、投资3.5亿元,让成绩看得见、摸得着。',
  ].join('\n');

  it('keeps both the question and the article\'s title, the parts under the article\'s', () => {
    const hs = heads(page);
    assert.deepEqual(hs.filter((h) => h[1] === '').map((h) => [h[0], h[2]]), [[0, 1], [2, 1]], JSON.stringify(hs));
    assert.deepEqual(hs.filter((h) => h[1] === '一、').map((h) => h[3]), [2], JSON.stringify(hs));
  });

  it('reads the shapes', () => {
    const field = (t: string): boolean => /^(阅读|来源|作者|日期)\s*[:：]/.test(t);
    assert.equal(isFieldBar('某某某&&&阅读: 次', field), true);
    assert.equal(isFieldBar('某某 | 来源:本站', field), true);
    assert.equal(isFieldBar('年度总结怎样写出新意', field), false);
    assert.equal(isFieldBar('他说:阅读: 是一种习惯。', field), false);
    assert.equal(asksQuestion('写好年度工作总结一定要多列数字,少讲空话 是对的吗'), true);
    assert.equal(asksQuestion('年度总结怎样写出新意'), false);
  });
});

describe('titles39: a forum post\'s headline over its post bar, a link line between the bar and the text', () => {
  const post = [
    '夜间模式',
    '',
    '谈谈基层调研报告的写法',
    '',
    '[复制链接]',
    '老张 发表于 2016-3-8 21:40:12 | 只看该作者 |倒序浏览 打印 上一主题 下一主题',
    '',
    '申论写作训练营',
    '调研报告是机关常用的文体。写好调研报告,一是要深入实际掌握第一手材料,二是要善于分析找出规律,三是要提出切实可行的对策建议。',
    '很多同志写调研报告习惯堆材料,缺少分析,读起来像工作汇报,这是需要避免的。',
  ].join('\n');

  it('takes the headline over the bar, not the link right over the text', () => {
    const hs = heads(post);
    assert.deepEqual(hs.filter((h) => h[1] === '').map((h) => h[0]), [2], JSON.stringify(hs));
    assert.deepEqual(hs.filter((h) => h[1] === '一是').map((h) => h[3]), [2], JSON.stringify(hs));
  });

  it('keeps the document\'s own title said again under the bar', () => {
    const hs = heads(post.replace('申论写作训练营', '谈谈基层调研报告的写法'));
    assert.ok(hs.some((h) => h[1] === '' && h[0] === 7), JSON.stringify(hs));
  });
});

describe('titles39: a title printed twice on two lines running at the page\'s head', () => {
  const page = [
    '法规库',
    '当前位置:首页 > 地方法规 > 某市物业管理条例最新全文',
    '',
    '某市物业管理条例最新全文',
    '',
    '效力位阶:地方性法规',
    '',
    '某市物业管理条例',
    '某市物业管理条例',
    '(2021年6月30日某市第五届人民代表大会常务委员会第十次会议通过)',
    '',
    '目录',
    '第一章 总则',
    '第二章 业主大会',
    '',
    '第一章 总则',
    '第一条 为了规范物业管理活动,维护业主和物业服务企业的合法权益,根据有关法律法规,结合本市实际,制定本条例。',
    '第二条 本市行政区域内的物业管理活动,适用本条例。',
    '第二章 业主大会',
    '第三条 业主大会由物业管理区域内全体业主组成,代表和维护全体业主的合法权益。',
  ].join('\n');

  it('makes both copies titles, the parts under the second', () => {
    const hs = heads(page);
    assert.ok(hs.some((h) => h[1] === '' && h[0] === 7 && h[2] === 1), JSON.stringify(hs));
    assert.ok(hs.some((h) => h[1] === '' && h[0] === 8 && h[2] === 1), JSON.stringify(hs));
    assert.deepEqual(hs.filter((h) => h[1] === '第一章').map((h) => h[3]), [8], JSON.stringify(hs));
  });
});
