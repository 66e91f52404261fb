import * as assert from 'node:assert/strict';
import { parseOutline } from '../../src/core/outline';
import type { MarkerFamily, Outline, OutlineOptions } from '../../src/core/types';
import { analyseMarkdown, frontMatterEnd } from '../../src/core/outline/markdown';
import { scanMarkdown } from '../../src/core/outline/mdblocks';
import { computeLineStarts } from '../../src/core/text/lines';

/** `level marker title` per heading, with the parent's marker after `^`. */
function tree(text: string, options: OutlineOptions = {}): string[] {
  const o = parseOutline(text, options);
  return o.headings.map((h) => {
    const p = h.parent === null ? '' : ` ^${o.headings[h.parent].marker || o.headings[h.parent].title}`;
    return `${h.level} ${h.marker}${h.marker ? ' ' : ''}${h.title}${p}`;
  });
}
function markers(text: string, options: OutlineOptions = {}): string[] {
  return parseOutline(text, options).headings.map((h) => h.marker);
}
function families(o: Outline): MarkerFamily[] {
  return o.headings.map((h) => h.family);
}

describe('outline: marker families', () => {
  it('reads the four GB/T structural ranks and nests them', () => {
    const t = [
      '一、总体要求', '正文。', '（一）指导思想。全面贯彻。', '1.坚持党的领导。', '（1）加强组织。', '（2）完善机制。',
      '2．坚持人民至上', '（二）基本原则', '二、主要任务', '正文。',
    ].join('\n');
    assert.deepEqual(tree(t), [
      '1 一、 总体要求', '2 （一） 指导思想 ^一、', '3 1. 坚持党的领导 ^（一）', '4 （1） 加强组织 ^1.', '4 （2） 完善机制 ^1.',
      '3 2． 坚持人民至上 ^（一）', '2 （二） 基本原则 ^一、', '1 二、 主要任务',
    ]);
  });

  it('reads bracket variants as one family: （一） (二) ㈢, （1） (2) ⑶', () => {
    const o = parseOutline('（一）甲\n(二)乙\n㈢丙\n（1）子\n(2)丑\n⑶寅');
    assert.deepEqual(families(o), ['cn-paren', 'cn-paren', 'cn-paren', 'arabic-paren', 'arabic-paren', 'arabic-paren']);
    assert.equal(new Set(o.headings.slice(0, 3).map((h) => h.run)).size, 1);
    assert.deepEqual(o.headings.map((h) => h.ordinal), [1, 2, 3, 1, 2, 3]);
  });

  it('reads 1. 1． 1、 and full-width digits', () => {
    assert.deepEqual(markers('1.甲\n2．乙\n3、丙\n４．丁'), ['1.', '2．', '3、', '４．']);
  });

  it('reads circled numbers at a line start and inline', () => {
    assert.deepEqual(markers('①甲。\n②乙。'), ['①', '②']);
    const o = parseOutline('包括：①加强学习；②改进作风；③狠抓落实。');
    assert.deepEqual(o.headings.map((h) => [h.marker, h.title, h.inline]), [['①', '加强学习', true], ['②', '改进作风', true], ['③', '狠抓落实', true]]);
  });

  it('reads 第一， 第一、 and the structural 第一部分 第一章 第一节 第一条', () => {
    assert.deepEqual(markers('第一，加强领导。\n第二，完善制度。'), ['第一，', '第二，']);
    assert.deepEqual(markers('第一、加强领导。\n第二、完善制度。'), ['第一、', '第二、']);
    const law = ['第一章 总则', '第一条 为了规范管理，制定本办法。', '第二条 本办法适用于全市。', '第二章 职责', '第三条 市政府负责。', '第四条 各区负责。'].join('\n');
    assert.deepEqual(tree(law), [
      '1 第一章 总则', '2 第一条 为了规范管理，制定本办法 ^第一章', '2 第二条 本办法适用于全市 ^第一章',
      '1 第二章 职责', '2 第三条 市政府负责 ^第二章', '2 第四条 各区负责 ^第二章',
    ]);
    assert.deepEqual(markers('第一部分：总体思路\n正文。\n第二部分 重点任务'), ['第一部分', '第二部分']);
    assert.equal(parseOutline('第一部分：总体思路\n第二部分 重点任务').headings[0].title, '总体思路');
  });

  it('reads 一是 一要 其一， 首先， inline after a clause boundary', () => {
    const o = parseOutline('今年要抓好三件事：一是稳增长，保就业；二是促改革；三是惠民生。');
    assert.deepEqual(o.headings.map((h) => [h.marker, h.title, h.ordinal, h.inline]), [
      ['一是', '稳增长，保就业', 1, true], ['二是', '促改革', 2, true], ['三是', '惠民生', 3, true],
    ]);
    assert.deepEqual(markers('具体来说。一要抓学习。二要抓落实。'), ['一要', '二要']);
    assert.deepEqual(markers('理由有三。其一，基础好。其二，机遇多。其三，干劲足。'), ['其一，', '其二，', '其三，']);
    assert.deepEqual(markers('我讲三点。首先，统一思想。其次，明确任务。再次，狠抓落实。最后，加强保障。'), ['首先，', '其次，', '再次，', '最后，']);
  });

  it('takes a mixed 首先，其次，第三，第四， as one run', () => {
    const o = parseOutline('意义重大。首先，是要求。其次，是途径。第三，是需要。第四，是要求。');
    assert.deepEqual(o.headings.map((h) => h.marker), ['首先，', '其次，', '第三，', '第四，']);
    assert.equal(new Set(o.headings.map((h) => h.run)).size, 1);
    assert.deepEqual(o.headings.map((h) => h.level), [1, 1, 1, 1]);
  });

  it('anchors a 第二，第三， run on a discourse ordinal 第一步， or 第一点，', () => {
    const o = parseOutline('推进这项改革的做法是：第一步，摸清家底；第二，制定方案；第三，分批实施。');
    assert.deepEqual(o.headings.map((h) => [h.marker, h.title, h.ordinal]), [['第一步，', '摸清家底', 1], ['第二，', '制定方案', 2], ['第三，', '分批实施', 3]]);
    assert.equal(new Set(o.headings.map((h) => h.run)).size, 1);
    assert.deepEqual(markers('我谈两点体会。第一点，学思结合。第二点，知行合一。'), ['第一点，', '第二点，']);
    assert.deepEqual(markers('改革迈出了第一步，后面的路还长。第二，要坚持。'), []);
  });

  it('reads 第一是…第二是… as one ordinal run inside the clause that opens it, 是 opening each title', () => {
    const o = parseOutline('增速回落有两方面原因，第一是原材料价格上涨，第二是外部需求减弱。这些都是暂时的。');
    assert.deepEqual(o.headings.map((h) => [h.marker, h.title]), [['第一', '是原材料价格上涨'], ['第二', '是外部需求减弱']]);
    // 第一是第一 (numeral after), 第一是否 (是否), a lone 第一是 are not a run
    assert.deepEqual(markers('排名第一是第一，不能含糊。第二，要坚持。'), []);
    assert.deepEqual(markers('问题在于，第一是否可行，第二是否必要。'), []);
  });

  it('nests a run that opens in the last member\'s own sentence under that member', () => {
    const t = '原因有两条。一是基数抬高。二是动能放缓，第一是成本上升，第二是需求不足。下一步要稳住预期。';
    const o = parseOutline(t);
    assert.deepEqual(o.headings.map((h) => `${h.level} ${h.marker}`), ['1 一是', '1 二是', '2 第一', '2 第二']);
    assert.equal(o.headings[2].parent, 1);
    // opening in the next sentence, the run is no part of 二是
    const u = parseOutline('原因有两条。一是基数抬高。二是动能放缓。第一是成本上升，第二是需求不足。');
    assert.deepEqual(u.headings.map((h) => h.level), [1, 1, 1, 1]);
  });

  it('reads 最后，第四， as the member 第四 qualified by 最后', () => {
    const t = '归纳起来有四条：第一，抓班子；第二，带队伍；第三，强基础；最后，第四，促发展。';
    const o = parseOutline(t);
    assert.deepEqual(o.headings.map((h) => [h.marker, h.title]), [['第一，', '抓班子'], ['第二，', '带队伍'], ['第三，', '强基础'], ['第四，', '促发展']]);
    assert.equal(new Set(o.headings.map((h) => h.run)).size, 1);
    assert.deepEqual(markers('第一，抓班子。\n第二，带队伍。\n最后，第三，促发展。'), ['第一，', '第二，', '第三，']);
    assert.equal(parseOutline('第一，抓班子。\n第二，带队伍。\n最后，第三，促发展。').headings[2].inline, false);
  });

  it('starts the title after the marker and its separator, and cuts it at 。；;：:！？ or 60 characters', () => {
    const o = parseOutline('一是，要加强学习；同时…\n二是要改进作风!\n' + '三是' + '长'.repeat(80));
    assert.deepEqual(o.headings.map((h) => h.title), ['要加强学习', '要改进作风!', '长'.repeat(60)]);
    const h = o.headings[0];
    assert.equal(h.titleStart, 3);
    assert.equal(h.titleEnd, 8);
    assert.equal(parseOutline('1. 甲项内容\n2. 乙项内容').headings[0].title, '甲项内容');
    assert.deepEqual(parseOutline('我们要一是加快发展，二是深化改革。').headings.map((x) => x.title), []);
    assert.deepEqual(parseOutline('总的要求：一是加快发展，二是深化改革。').headings.map((x) => x.title), ['加快发展', '深化改革']);
  });

  it('recognises slightly wrong forms so the checks can flag them, keeping the marker as written', () => {
    const o = parseOutline('一、甲\n二、乙\n四、丁');
    assert.deepEqual(o.headings.map((h) => [h.marker, h.ordinal]), [['一、', 1], ['二、', 2], ['四、', 4]]);
    assert.equal(new Set(o.headings.map((h) => h.run)).size, 1);
    assert.deepEqual(markers('（一）、甲\n（二）、乙'), ['（一）、', '（二）、']);
    assert.deepEqual(markers('一，甲\n二，乙'), ['一，', '二，']);
    const mixed = parseOutline('（一）甲\n(二)乙\n（三）丙');
    assert.equal(new Set(mixed.headings.map((h) => h.run)).size, 1);
  });

  it('keeps a second （一） straight after the first in the run, as a repeat the checks can flag', () => {
    const t = ['一、夯实基础', '正文。', '（一）健全考核机制', '正文。', '（一）完善激励办法', '正文。', '（二）强化监督问责', '正文。', '二、提升效能', '正文。'].join('\n');
    const o = parseOutline(t);
    const paren = o.headings.filter((h) => h.family === 'cn-paren');
    assert.deepEqual(paren.map((h) => [h.marker, h.ordinal, h.level]), [['（一）', 1, 2], ['（一）', 1, 2], ['（二）', 2, 2]]);
    assert.equal(new Set(paren.map((h) => h.run)).size, 1);
    assert.deepEqual(markers('甲、乙两项。\n一、回顾\n一、部署\n二、保障'), ['一、', '一、', '二、']);
  });

  it('does not take a （一） under a new part, a title or a Markdown heading for a repeat', () => {
    const t = ['一、夯实基础', '（一）健全考核机制', '正文。', '二、提升效能', '（一）完善激励办法', '正文。', '（二）强化监督问责', '正文。'].join('\n');
    // The first （一） is the single child of 一、 (kept, see below), not a member of the run under 二、.
    const paren = parseOutline(t).headings.filter((h) => h.family === 'cn-paren');
    assert.deepEqual(paren.map((h) => h.ordinal), [1, 1, 2]);
    assert.notEqual(paren[0].run, paren[1].run);
    assert.equal(paren[1].run, paren[2].run);
    const md = ['# 办法', '## 总则', '（一）甲项内容', '## 分则', '（一）乙项内容', '（二）丙项内容'].join('\n');
    assert.deepEqual(markers(md, { format: 'markdown' }).filter(Boolean), ['（一）', '（二）']);
    // Markdown renumbers 1. 1. 1. itself: not a repeat there.
    assert.deepEqual(markers('正文。\n\n1. 甲项\n1. 乙项\n1. 丙项\n', { format: 'markdown' }), []);
  });

  it('keeps an inline member that skips a number in its run when the evidence is strong', () => {
    const o = parseOutline('今年重点抓三件事：一是扩大有效投资；二是提振居民消费；四是稳住外贸基本盘。');
    assert.deepEqual(o.headings.map((h) => [h.marker, h.ordinal]), [['一是', 1], ['二是', 2], ['四是', 4]]);
    assert.equal(new Set(o.headings.map((h) => h.run)).size, 1);
    // The skipped member is written without a clause boundary before it: missed, not left out.
    assert.deepEqual(markers('今年重点抓：一是扩大投资；二是提振消费；同时三是稳外贸；四是保就业。'), ['一是', '二是']);
    // Two members are not enough evidence, nor is a comma, nor another paragraph.
    assert.deepEqual(markers('今年重点抓：一是扩大投资；三是稳外贸。'), []);
    assert.deepEqual(markers('今年重点抓：一是扩大投资，二是提振消费，四是保就业。'), ['一是', '二是']);
    assert.deepEqual(markers('今年重点抓：一是扩大投资；二是提振消费。\n另外，四是保就业。'), ['一是', '二是']);
  });

  it('starts an inline run at 二是 when no 一是 is written before it (a wrong start the checks flag)', () => {
    const o = parseOutline('下一步工作安排如下：二是压实属地责任；三是强化督导检查。');
    assert.deepEqual(o.headings.map((h) => [h.marker, h.ordinal, h.inline]), [['二是', 2, true], ['三是', 3, true]]);
    assert.equal(o.headings[0].run, o.headings[1].run);
    assert.deepEqual(markers('理由如下：其二，成本低；其三，见效快。'), ['其二，', '其三，']);
    // A 一是 with no clause boundary before it was missed: the run is not a wrong start.
    assert.deepEqual(markers('我们要一是压实责任，二是强化督导，三是严格考核。'), []);
    // A lone 二是 is still prose.
    assert.deepEqual(markers('下一步工作：二是压实属地责任。'), []);
  });

  it('takes 首先、 (the wrong mark) as a member of a 首先…其次 run', () => {
    const o = parseOutline('对此我谈三点看法。首先、要提高站位。其次、要压实责任。最后，要狠抓落实。');
    assert.deepEqual(o.headings.map((h) => [h.marker, h.title]), [['首先、', '要提高站位'], ['其次、', '要压实责任'], ['最后，', '要狠抓落实']]);
    assert.deepEqual(markers('首先、要提高站位。'), []);
  });

  it('honours options.families', () => {
    const t = '一、总体\n（一）甲。一是稳。二是进。\n（二）乙\n二、任务';
    assert.deepEqual(markers(t, { families: ['cn-dun', 'cn-paren'] }), ['一、', '（一）', '（二）', '二、']);
    assert.deepEqual(markers(t, { families: ['shi'] }), ['一是', '二是']);
  });
});

describe('outline: a part with a single child', () => {
  const doc = (first: string[]): string =>
    ['年度工作要点', '正文很长的一段，说明了总体情况。', '一、强化理论武装', ...first, '二、推进基层治理', '（一）健全网格体系', '正文。', '（二）完善议事规则', '正文。', '三、改进工作作风', '正文。'].join('\n');
  it('keeps a lone line-start （一） heading when a sibling part is divided into （一）（二）', () => {
    const o = parseOutline(doc(['（一）深化专题学习', '正文。']));
    const lone = o.headings.find((h) => h.title === '深化专题学习');
    assert.ok(lone, 'the lone （一） is a heading');
    assert.equal(o.headings[lone.parent!].marker, '一、');
    assert.equal(o.headings.filter((h) => h.run === lone.run).length, 1);
    // A run-in heading ending in 。 reads as a heading too.
    assert.ok(parseOutline(doc(['（一）深化专题学习。组织集中学习十二次。'])).headings.some((h) => h.title === '深化专题学习'));
  });
  it('leaves it out without that evidence, or when its line is a list item or long prose', () => {
    const noSiblings = ['年度工作要点', '正文很长的一段，说明了总体情况。', '一、强化理论武装', '（一）深化专题学习', '正文。', '二、推进基层治理', '正文。'].join('\n');
    assert.ok(!parseOutline(noSiblings).headings.some((h) => h.family === 'cn-paren'));
    assert.ok(!parseOutline(doc(['（一）组织集中学习的次数不少于十二次；', '正文。'])).headings.some((h) => h.title.startsWith('组织')));
    const long = '（一）' + '围绕学深悟透做实的要求'.repeat(5) + '。';
    assert.ok(!parseOutline(doc([long])).headings.some((h) => h.title.startsWith('围绕')));
    // A citation inside a sentence is never a heading.
    assert.ok(!parseOutline(doc(['依照本办法第（一）项执行。'])).headings.some((h) => h.title.includes('项执行')));
    // Hard-wrapped: a line that ends at the wrap proves nothing; a run-in title ending in 。 does.
    const body = '　　正文正文正文正文正文正文正文正文正文正文正文正文正文正文正文正文正文正文正文正文正文正文正文正文正文正文正文正文结束。';
    const wrap = (x: string): string[] => x.match(/[\s\S]{1,30}/g)!;
    const wrapped = (lone: string): string => ['年度工作安排', '一、总体要求', ...wrap(lone), ...wrap(body), '二、重点工作', ...wrap('（一）稳增长。' + body),
      ...wrap('（二）促改革。' + body), '三、保障措施', ...wrap('（一）强组织。' + body), ...wrap('（二）严考核。' + body)].join('\n');
    const prose = parseOutline(wrapped('（一）围绕中心工作强化理论武装组织开展专题学习活动并且持续深化推进各项任务落实见效。'));
    assert.ok(prose.hardWrapped);
    assert.ok(!prose.headings.some((h) => h.title.startsWith('围绕')));
    assert.ok(parseOutline(wrapped('（一）强化理论武装。' + body)).headings.some((h) => h.title === '强化理论武装'));
    // A lone list item 1. in a text with no 1. 2. list elsewhere stays prose.
    assert.deepEqual(markers('通知如下。\n一、总体\n1.本通知自印发之日起施行。\n二、其他\n正文。'), ['一、', '二、']);
  });
});
describe('outline: traps that are not headings', () => {
  const none = (text: string): void => assert.deepEqual(markers(text), [], text);
  it('rejects ordinal noun phrases and idioms', () => {
    none('发展是第一要务。人才是第一资源。');
    none('第一轮督查。第二轮督查。');
    none('选派第一书记。落实第一责任人。');
    none('工作要一以贯之。一是一，二是二。');
    none('我市排名全国第一，第二名是邻市。');
    none('发挥一二三产业融合作用。');
  });
  it('rejects article citations in running text', () => {
    none('依据公司法第七十一条、第七十二条、第七十三条的规定办理。');
    none('根据《著作权法》第五条规定之文件。');
    none('最高人民法院刑事审判第一、二、三、四、五庭主办。');
  });
  it('rejects quarters, decimals and years', () => {
    none('一季度增长5%，二季度增长6%，三季度增长7%。');
    none('细颗粒物（PM\n2.5\n）浓度下降。');
    none('2.5\n3.5');
    const o = parseOutline('1.2019年工作回顾\n2.2020年工作安排');
    assert.deepEqual(o.headings.map((h) => [h.marker, h.title]), [['1.', '2019年工作回顾'], ['2.', '2020年工作安排']]);
  });
  it('needs a run of two: lone markers, 一方面…另一方面, 首先…然后, 再次 as "again"', () => {
    none('一是要提高认识，切实加强领导。');
    none('一方面要加快发展；另一方面要保护环境。');
    none('首先，要统一思想。然后，要抓好落实。');
    none('我们再次，表示感谢。');
    none('最后，我再强调一点。');
    none('（一）唯一的小节标题');
  });
  it('does not pair speech markers across a numbered part', () => {
    const t = '（一）抓项目。首先，要谋划。\n（二）抓服务。最后，要落实。';
    assert.deepEqual(markers(t), ['（一）', '（二）']);
  });
  it('needs a clause boundary before an inline marker', () => {
    none('他说统一是前提，团结二是保障。');
  });
});

describe('outline: titles', () => {
  it('takes a title line at level 1 and puts 一、 under it', () => {
    const t = ['关于加强基层治理的意见', '（2023年5月1日）', '为加强基层治理，提出如下意见。', '一、总体要求', '正文。', '二、主要任务', '正文。'].join('\n');
    assert.deepEqual(tree(t), ['1 关于加强基层治理的意见', '2 一、 总体要求 ^关于加强基层治理的意见', '2 二、 主要任务 ^关于加强基层治理的意见']);
  });
  it('restarts the tree at every title of a compilation', () => {
    const t = ['讲话汇总(2篇)', '来源：网络', '讲话汇总一的摘要，讲了很多内容。', '讲话汇总一', '同志们：', '正文很长的一段话，讲了很多内容。一是抓学习。二是抓落实。', '讲话汇总二', '一、回顾', '正文。', '二、部署', '正文。'].join('\n');
    const o = parseOutline(t);
    assert.deepEqual(o.headings.filter((h) => h.family === 'title').map((h) => [h.title, h.level]), [['讲话汇总(2篇)', 1], ['讲话汇总一', 1], ['讲话汇总二', 1]]);
    assert.deepEqual(tree(t).slice(2), ['2 一是 抓学习 ^讲话汇总一', '2 二是 抓落实 ^讲话汇总一', '1 讲话汇总二', '2 一、 回顾 ^讲话汇总二', '2 二、 部署 ^讲话汇总二']);
  });
  it('refuses salutations, metadata, web chrome, dates, bylines and labels', () => {
    const t = [
      '中词库 / www.example.com', '来源：网络  作者：某某  更新时间：2024-07-03', '同志们：', '各位代表！', '2024年3月5日',
      '国务院总理　李克强', '附件1', '——在全市大会上的讲话', 'Public domain', '谢谢', '正文很长的一段话，讲了很多内容，也有结论。',
    ].join('\n');
    assert.deepEqual(tree(t), []);
  });
  it('drops a [bookmark: _Toc1] artefact from a title', () => {
    const o = parseOutline('[bookmark: _Toc1]市委书记讲话汇总\n正文很长的一段话，讲了很多内容。');
    assert.equal(o.headings[0].title, '市委书记讲话汇总');
    assert.equal(o.headings[0].start, '[bookmark: _Toc1]'.length);
  });
  it('takes only the first of a title block (subtitle, byline follow)', () => {
    const t = ['政府工作报告', '', '国务院总理 李克强', '', '各位代表：', '', '现在，我代表国务院作报告。'].join('\n');
    assert.deepEqual(tree(t), ['1 政府工作报告']);
  });
  it('refuses a bold lead sentence ending in 。 and a signature at the end', () => {
    const t = ['一、工作回顾', '稳定和扩大就业。就业是民生之本，要完善政策。', '二、工作安排', '正文。', '某某市人民政府办公室', '2023年5月1日'].join('\n');
    assert.deepEqual(markers(t), ['一、', '二、']);
  });
});

describe('outline: compilations of records', () => {
  it('takes a field repeated in every record for no title, and each item under a repeated bare label for a document', () => {
    const t = ['新闻内容：', '甲乙丙丁项目正式启动', '新华社某地３月５日电　某某项目今天正式启动，参加人员很多，活动持续了一整天。', '　　有关人员表示，这个项目很重要，将持续推进下去。', '类别：经济', '',
      '新闻内容：', '某地召开工作会议 研究部署下一步工作', '新华社某地３月６日电　某地今天召开会议，研究部署下一步工作。', '　　会议强调，要认真落实各项任务，确保取得实效。', '类别：政治'].join('\n');
    assert.deepEqual(tree(t), ['1 甲乙丙丁项目正式启动', '1 某地召开工作会议 研究部署下一步工作']);
    // one field line alone is the document's own line, as before
    assert.deepEqual(tree(['项目简报', '类别：经济', '正文在这里，讲了很多内容。'].join('\n')).length, 1);
  });
});

describe('outline: hard-wrapped text', () => {
  it('rejoins a title split by a scraper and does not take fragments for titles', () => {
    const t = ['\u200b', '', '政府工作报', '告', '', '各位代表：', '', '一、工作回顾', '', '过去一年，党的十八届六中全会', '正式明确', '习近平', '总书记的核心地位。', '',
      '——经济运行。国内生产总值达到74.4', '\u200b', '万亿元，增长6.7%。', '', '二、总体部署', '', '正文。', '', '三、重点任务', '', '正文，一是降', '成本。二是补短板。',
      '', '正文在这里，没有断开的段落', '继续', '', '再一段', '断开', '', '又一段', '断开了', ''].join('\n');
    const o = parseOutline(t);
    assert.equal(o.hardWrapped, true);
    assert.deepEqual(tree(t), [
      '1 政府工作报', '2 一、 工作回顾 ^政府工作报', '2 二、 总体部署 ^政府工作报', '2 三、 重点任务 ^政府工作报', '3 一是 降 ^三、', '3 二是 补短板 ^三、',
    ]);
  });
  it('rebuilds fixed-width paragraphs: inline runs cross the breaks, short last lines are not titles', () => {
    const para = '　　今年要重点抓好以下工作，切实推动高质量发展。一是加快构建现代化产业体系，推动传统产业转型升级，培育壮大新兴产业。二是深化重点领域改革，激发各类经营主体活力。三是扩大高水平对外开放';
    const body = '　　正文正文正文正文正文正文正文正文正文正文正文正文正文正文正文正文正文正文正文正文正文正文正文正文正文正文正文正文正文正文正文正文正文正文正文正文正文正文正文正文正文正文正文正文结束';
    const wrap = (s: string): string[] => { const out: string[] = []; for (let i = 0; i < s.length; i += 30) out.push(s.slice(i, i + 30)); return out; };
    const lines = ['关于今年工作的安排', '一、总体要求', ...wrap(body), ...wrap(body), '二、重点工作', ...wrap(para), ...wrap(body)];
    const o = parseOutline(lines.join('\n'));
    assert.equal(o.hardWrapped, true);
    assert.deepEqual(o.headings.map((h) => `${h.level}${h.marker || h.title}`), ['1关于今年工作的安排', '2一、', '2二、', '3一是', '3二是', '3三是']);
  });
  it('takes no title from one block wrapped at a fixed width in a text that is not', () => {
    // one item hard-wrapped at 22 characters between items of long lines; lines broken mid-sentence
    const long = '　　这是一段没有折行的正文，句子很长很长，说明了活动的经过和各方面的反应，内容完整。';
    const t = ['某市举办读书节活动', long, long, '',
      '某区开展志愿服务', '    某区今天开展志愿服务活动，参加的人员来自', '各个街道和社区，大家分工合作，共同完成了', '清扫街道、看望老人等多项任务。',
      '    活动负责人说，今后将把这项活动坚持下去，', '让更多的人参与进来，形成良好的社会风气，', '推动全区精神文明建设取得新的进步和成绩。', long].join('\n');
    assert.deepEqual(tree(t), ['1 某市举办读书节活动', '2 某区开展志愿服务 ^某市举办读书节活动']);
  });
  it('is not fooled by a normal text with one long line per paragraph', () => {
    const o = parseOutline(['一、甲', '正文。'.repeat(40), '二、乙', '正文。'.repeat(30)].join('\n'));
    assert.equal(o.hardWrapped, false);
  });
});

describe('outline: Markdown', () => {
  it('takes # headings as md, ## 一、 as the marker family, and a plain 九、 into the same run', () => {
    const t = ['# 规定（试行）', '', '1998年6月11日 通过', '', '<!-- 一、not a heading -->', '', '## 一、机构', '', '1.设立执行机构。', '', '2.执行下列文书：', '', '（1）判决；', '', '（2）裁定。',
      '', '## 二、管辖', '', '3.仲裁财产保全。', '', '三、申请', '', '4.受理条件。', '', '## 四、附则', '', '5.本规定施行。'].join('\n');
    const o = parseOutline(t, { format: 'markdown' });
    assert.deepEqual(o.headings.map((h) => `${h.level}${h.family}:${h.marker}`), [
      '1md:', '2cn-dun:一、', '3arabic-dot:1.', '3arabic-dot:2.', '4arabic-paren:（1）', '4arabic-paren:（2）',
      '2cn-dun:二、', '3arabic-dot:3.', '2cn-dun:三、', '3arabic-dot:4.', '2cn-dun:四、', '3arabic-dot:5.',
    ]);
    const h1 = o.headings[1];
    assert.equal(t.slice(h1.start, h1.start + 2), '一、');
    assert.equal(o.headings[0].title, '规定（试行）');
    assert.equal(o.headings[0].start, 2);
  });
  it('never scans code, HTML or front matter', () => {
    const t = ['---', 'title: 一、不是标题', '---', '', '```', '一、代码', '二、代码', '```', '', '    一是缩进代码。二是缩进代码。', '', '<div>', '一、HTML', '二、HTML', '</div>', '', '正文 `一是` 和 `二是` 是代码。'].join('\n');
    assert.deepEqual(tree(t, { format: 'markdown' }), []);
  });
  it('nests md headings by depth and plain markers inside them', () => {
    const t = ['# 总标题', '## 背景', '一是甲。二是乙。', '## 任务', '### 细节', '1.第一项', '2.第二项'].join('\n');
    assert.deepEqual(tree(t, { format: 'markdown' }), [
      '1 总标题', '2 背景 ^总标题', '3 一是 甲 ^背景', '3 二是 乙 ^背景', '2 任务 ^总标题', '3 细节 ^任务', '4 1. 第一项 ^细节', '4 2. 第二项 ^细节',
    ]);
  });
  it('the line scanner for large files agrees with remark on headings and masked code', () => {
    const t = ['---', 'a: 1', '---', '# 标题 #', '', '正文 `一是` 代码', '', '```js', '一、代码', '```', '', '<!-- 注释', '一、 -->', '', '    缩进代码', '',
      'Setext 标题', '======', '', '## 一、总则', '', '段落', '二级', '---', '', '<div>', '一、HTML', '</div>', ''].join('\n');
    const ls = computeLineStarts(t);
    const a = analyseMarkdown(t, ls);
    const b = scanMarkdown(t, ls, frontMatterEnd(t));
    assert.deepEqual(b.headings, a.headings);
    const covered = (info: typeof a, pos: number): boolean => info.masked.some(([s0, e0]) => s0 <= pos && pos < e0);
    for (const probe of ['一是', '一、代码', '一、 -->', '缩进代码', '一、HTML', 'a: 1']) {
      const pos = t.indexOf(probe);
      assert.equal(covered(b, pos), covered(a, pos), probe);
      assert.ok(covered(b, pos), probe);
    }
  });

  it('strips bold markup around a numbered heading', () => {
    const o = parseOutline('**一、总体要求**\n\n正文。\n\n**二、主要任务**\n', { format: 'markdown' });
    assert.deepEqual(o.headings.map((h) => [h.marker, h.title]), [['一、', '总体要求'], ['二、', '主要任务']]);
  });
});

describe('outline: levels', () => {
  it('nests a run of 一是 between 第一 and 第二 under 第一', () => {
    const t = ['一、任务', '第一，加快改革。', '要抓好几个环节。', '一是转换机制。', '二是培育市场。', '第二，扩大开放。', '正文。', '二、党建'].join('\n');
    assert.deepEqual(tree(t), ['1 一、 任务', '2 第一， 加快改革 ^一、', '3 一是 转换机制 ^第一，', '3 二是 培育市场 ^第一，', '2 第二， 扩大开放 ^一、', '1 二、 党建']);
  });
  it('attaches a run that restarts after the last 第N paragraph to the part above, not to 第N', () => {
    const t = ['讲话稿标题', '第一，抓经济。正文。', '第二，抓价值。正文，一是宣传。二是示范。', '一是加强组织领导。正文。', '二是抓好责任落实。正文。'].join('\n');
    assert.deepEqual(tree(t), [
      '1 讲话稿标题', '2 第一， 抓经济 ^讲话稿标题', '2 第二， 抓价值 ^讲话稿标题', '3 一是 宣传 ^第二，', '3 二是 示范 ^第二，',
      '2 一是 加强组织领导 ^讲话稿标题', '2 二是 抓好责任落实 ^讲话稿标题',
    ]);
  });
  it('puts a speech run inside the last （N） part under it', () => {
    const t = ['（一）抓项目', '正文。一要推进。二要督查。', '（二）抓增收节支', '正文。一要落实。二要征管。'].join('\n');
    assert.deepEqual(tree(t), ['1 （一） 抓项目', '2 一要 推进 ^（一）', '2 二要 督查 ^（一）', '1 （二） 抓增收节支', '2 一要 落实 ^（二）', '2 二要 征管 ^（二）']);
  });
  it('nests an inline 一是 run inside the paragraph of a line-start 一是 and resumes the outer run', () => {
    const t = ['一是稳增长。具体包括：一是扩消费；二是稳投资。', '二是促改革。正文。', '三是惠民生。正文。'].join('\n');
    assert.deepEqual(tree(t), ['1 一是 稳增长', '2 一是 扩消费 ^一是', '2 二是 稳投资 ^一是', '1 二是 促改革', '1 三是 惠民生']);
  });

  it('makes two 一是 runs in one paragraph siblings', () => {
    const t = '一、成绩\n正文。\n二、形势\n与旧体系相比，一是增加;二是增多;三是加强。劣势也明显，一是总量小。二是基础弱。';
    assert.deepEqual(tree(t).slice(1).map((s) => s.split(' ')[0] + s.split(' ')[1] + s.split('^')[1]), ['1二、undefined', '2一是二、', '2二是二、', '2三是二、', '2一是二、', '2二是二、']);
    assert.deepEqual(parseOutline(t).headings.map((h) => h.title).slice(2, 4), ['增加', '增多']);
  });
  it('restarted （一） runs under one title are siblings of each other', () => {
    const t = ['市委书记讲话三', '（一）经验', '（二）精神', '过渡段落，讲了一些话。', '（一）意义', '（二）挑战'].join('\n');
    assert.deepEqual(tree(t).map((s) => s.split(' ').slice(0, 2).join(' ') + (s.includes('^') ? ' ' + s.slice(s.indexOf('^')) : '')), [
      '1 市委书记讲话三', '2 （一） ^市委书记讲话三', '2 （二） ^市委书记讲话三', '2 （一） ^市委书记讲话三', '2 （二） ^市委书记讲话三',
    ]);
  });
  it('nests (一) under 1. when 1.\'s run encloses it, even against GB/T order', () => {
    const t = ['1.总体', '（一）甲', '（二）乙', '2.任务', '（一）丙', '（二）丁'].join('\n');
    assert.deepEqual(tree(t).map((s) => s.split(' ')[0] + s.split(' ')[1]), ['11.', '2（一）', '2（二）', '12.', '2（一）', '2（二）']);
  });
  it('attaches a 附件：1.… 2.… list to the document title', () => {
    const t = ['关于做好年度工作的通知', '', '各单位：', '', '一、总体要求', '', '正文。', '', '二、工作安排', '', '（一）甲。', '', '（二）乙。', '', '附件：1.2024年重点项目清单', '2.2024年民生实事清单', ''].join('\n');
    assert.deepEqual(tree(t).slice(-2), ['2 1. 2024年重点项目清单 ^关于做好年度工作的通知', '2 2. 2024年民生实事清单 ^关于做好年度工作的通知']);
  });

  it('ends each part at the next heading of the same or a higher level', () => {
    const t = '一、甲\n（一）子\n正文。\n（二）丑\n正文。\n二、乙\n正文。';
    const o = parseOutline(t);
    const at = (s: string): number => t.indexOf(s);
    assert.deepEqual(o.headings.map((h) => [h.start, h.end]), [[0, at('二、')], [at('（一）'), at('（二）')], [at('（二）'), at('二、')], [at('二、'), t.length]]);
  });
});

describe('outline: robustness', () => {
  it('handles CRLF, BOM and U+00A0/U+3000 indentation', () => {
    const o = parseOutline('\ufeff一、甲\r\n\u00a0\u00a0（一）乙\r\n\u3000\u3000（二）丙\r\n二、丁');
    assert.deepEqual(o.headings.map((h) => h.marker), ['一、', '（一）', '（二）', '二、']);
    assert.equal(o.lineStarts.length, 4);
    assert.equal(o.headings[1].title, '乙');
  });
  it('returns an empty outline for empty and odd input', () => {
    assert.deepEqual(parseOutline('').headings, []);
    assert.deepEqual(parseOutline('\n\n\n').headings, []);
    assert.doesNotThrow(() => parseOutline(undefined as unknown as string));
  });
});
