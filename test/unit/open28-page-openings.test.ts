import * as assert from 'node:assert/strict';
import { parseOutline } from '../../src/core/outline';

function heads(text: string): Array<[number, string, number, number | null]> {
  const line = (pos: number): number => text.slice(0, pos).split('\n').length - 1;
  return parseOutline(text).headings.map((h) => [line(h.start), h.marker, h.level, h.parent]);
}

// Invented page openings (our own wording).
const ITEM = '聚焦全年目标任务，建立经济运行调度专班，落实指标支撑部门职责，按月调度重点指标完成情况。';

describe('page openings: a lone first part over its own items, the excerpt ending on a full sentence', () => {
  it('takes back the 一、 whose part divides itself into 1、 2、', () => {
    const text = ['一、上半年工作回顾', '1、经济运行总体平稳。' + ITEM, '2、项目建设加快推进。' + ITEM].join('\n');
    assert.deepEqual(heads(text), [[0, '一、', 1, null], [1, '1、', 2, 0], [2, '2、', 2, 0]]);
  });

  it('leaves a lone 一、 over running text alone', () => {
    const text = ['一、上半年工作回顾', ITEM, ITEM].join('\n');
    assert.deepEqual(heads(text), []);
  });
});

describe('page openings: a law site record title with its year over the rules\' own title', () => {
  it('takes the rules\' title line, without the year, as a title heading the articles', () => {
    const text = ['某某市新型建材管理规定(2031年)', '', '作者:某某资料网 时间:2032-06-25 14:15:56   浏览:852   来源:某某资料网', '下载地址: 点击此处下载', '',
      '某某市新型建材管理规定(2031年)', '', '某某省某某市人民政府', '', '', '某某市新型建材管理规定', '',
      '  第一条为推进本市建材革新工作，节约能源和土地，制定本规定。', '', '  第二条凡在本市辖区的建材生产企业，均应遵守本规定。'].join('\n');
    const hs = heads(text);
    const own = hs.findIndex(([l]) => l === 10);
    assert.ok(own >= 0, JSON.stringify(hs));
    assert.deepEqual(hs.filter(([, m]) => m.startsWith('第')).map(([l, m, , p]) => [l, m, p]), [[12, '第一条', own], [14, '第二条', own]]);
  });
});

describe('page openings: a page flattened whole onto one line, cut before its second part', () => {
  const OPEN = '县长在全县经济工作会议上的讲话 同志们: 这次会议的主要任务是总结去年工作，部署今年任务，动员全县上下真抓实干。';
  it('reads a part after a sentence end and a blank, its short title and the items under it', () => {
    const text = OPEN + '现将有关情况报告如下: 一、完成情况 (一)主要经济指标完成情况 预计上半年完成地区生产总值十亿元，同比增长较快。 (二)固定资产投资完成情况 预计上半年完成固定资产投资五亿元，项目建设加快推进，' + '\n';
    // (the speech's title glued to its salutation heads the parts: open29)
    assert.deepEqual(heads(text).map(([, m, v, p]) => [m, v, p]), [['', 1, null], ['一、', 2, 0], ['(一)', 3, 1], ['(二)', 3, 1]]);
  });

  it('reads the first part the speaker announces right before it', () => {
    const text = OPEN + '下面，我先讲三点意见:一、全面盘点，客观总结去年的经济工作认真总结去年的经济工作，对于我们发扬成绩有着重要意义。去年的工作成绩体现在六个方面，全县经济';
    assert.deepEqual(heads(text).map(([, m, v]) => [m, v]), [['', 1], ['一、', 2]]);
  });

  it('takes no part from a numeral run or from a document with lines of its own', () => {
    assert.deepEqual(heads(OPEN + '全县一、二季度经济运行平稳。一、二季度累计完成投资较多，项目建设加快推进，全县经济').filter(([, m]) => m), []);
    const lines = ['某某县经济工作会议讲话', '同志们：', '这次会议的主要任务是总结去年工作，部署今年任务。', '下面，我讲三个问题。 一、要准确把握当前经济形势 全县上下克难攻坚，保持了经济持续增长，农业形势好，工业增长快，全县'];
    // (runs37: that page, cut mid-sentence, is no page read whole from one line; its only 一、, inside
    // a paragraph after a sentence's end, is still the first part, as the study golds read it: 33/16, 38/02)
    assert.ok(heads(lines.join('\n')).some(([, m]) => m === '一、'));
    // (and where the text ended whole, a lone 一、 inside a paragraph is no part)
    assert.ok(!heads(lines.slice(0, 3).concat([lines[3] + '形势很好。']).join('\n')).some(([, m]) => m === '一、'));
  });
});

describe('speech runs: an item whose title opens with a numeral word', () => {
  it('reads 二是一些… as a member (only 一是一，二是二 repeats its own numeral as an idiom)', () => {
    const text = '标题\n取得了显著成绩：一是全市安全生产形势基本稳定。全年没有发生重大事故。二是一些重点行业形势趋于好转。煤矿连续多年实现安全生产。三是水上交通安全再创佳绩。\n';
    assert.deepEqual(heads(text).map(([, m]) => m).filter((m) => m), ['一是', '二是', '三是']);
    assert.deepEqual(heads('标题\n办事要一是一，二是二，实事求是。工作要一是一，二是二。\n').filter(([, m]) => m), []);
  });
});

describe('page openings: a 范文 compilation piece labelled and named on one line', () => {
  const BODY = '今年以来，在县委宣传部的正确领导下，按照年初确定的目标，较好地完成了上半年各项任务。';
  it('takes `第一篇:` + a document\'s name as a title over the piece\'s parts', () => {
    const text = ['第一篇:在全市安全生产工作会议上的讲话(摘要)', '一、充分肯定过去一年的成效。' + BODY, '二、认清当前面临的形势。' + BODY].join('\n');
    assert.deepEqual(heads(text), [[0, '第一篇', 1, null], [1, '一、', 2, 0], [2, '二、', 2, 0]]);
  });

  it('leaves a 篇 part that names no document to the numbering', () => {
    const text = ['第一篇：发展环境', BODY, '第二篇：发展目标', BODY].join('\n');
    assert.deepEqual(heads(text).map(([, m]) => m), ['第一篇', '第二篇']);
  });
});

describe('page openings: an excerpt cut inside a short last line that keeps a 顿号', () => {
  it('takes back the lone first heads over the cut (`各机关干部、村`)', () => {
    const BODY = '今年以来，在县委宣传部的正确领导下，按照年初确定的目标，较好地完成了上半年各项任务。';
    const text = ['一、上半年工作回顾', '', BODY, '', '（一）围绕主线，加强理论武装工作', '', '一是深入推进学习型党组织建设。' + BODY, '', '二是深入推进解放思想大讨论。' + BODY, '', '各机关干部、村'].join('\n');
    assert.deepEqual(heads(text).map(([l, m, v]) => [l, m, v]), [[0, '一、', 1], [4, '（一）', 2], [6, '一是', 3], [8, '二是', 3]]);
  });
});

describe('hard-wrapped text: a wrap that fell inside an inline speech marker', () => {
  it('reads `…。一` / `是农业…` as the run\'s first member, its title on the next line', () => {
    const text = ['在全市农村工作会议上的讲话', '', '同志们：', '过去一年全市上下认真贯彻落实中央决策部署，系统有效解决农业、农村、农民问题，不断',
      '推动“三农”发展取得扎实成效，为全面建成小康社会稳住了基石、夯实了基础。一', '是农业生产迈上大台阶。全市粮食总产量达到较高水平，农民的饭碗牢牢端在自己手里。土地',
      '规模经营比重过半，高标准农田占比接近七成，率先实现主要农作物生产全程机械化。二是', '农村面貌发生大变化。全市农村人居环境整治成效明显，村庄面貌焕然一新，群众满意度',
      '持续提升。三是农民生活得到大改善。农村居民人均可支配收入持续较快增长，增速高于城', '镇居民。'].join('\n') + '\n';
    const o = parseOutline(text);
    const first = o.headings.find((h) => h.marker === '一');
    assert.ok(first, JSON.stringify(o.headings.map((h) => h.marker)));
    assert.equal(first!.title, '农业生产迈上大台阶');
    assert.deepEqual(o.headings.filter((h) => h.marker).map((h) => h.marker), ['一', '二是', '三是']);
  });
});
