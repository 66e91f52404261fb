import * as assert from 'node:assert/strict';
import { parseOutline } from '../../src/core/outline';

function heads(text: string): string[] {
  const o = parseOutline(text);
  for (const h of o.headings) assert.equal(text.slice(h.start, h.start + h.marker.length), h.marker);
  return o.headings.map((h) => `${h.level} ${h.marker}${h.marker ? ' ' : ''}${h.title}`);
}

const PIECE = (page: number, title: string, views: string[]): string[] => [
  `第${page}页 ${title}`,
  '话题背景',
  '近来，城市夜市重新热闹起来，不少年轻人晚饭后结伴去逛夜市，',
  '夜间消费成为新的增长点。夜市如何才能长久地热闹下去？',
  '各方观点',
  ...views.flatMap((v, i) => [`观点${'一二三四五'[i]} ${v}`, '这一观点认为，夜市要把烟火气和秩序感结合起来，让商户和居民都满意。']),
];

describe('comp44: a printed compilation of topic pieces read back from its PDF', () => {
  it('reads `第N页 title` lines as the pieces\' titles, and an `观点一` run as viewpoints under the piece\'s label', () => {
    const text = [
      '时事论坛',
      ...PIECE(12, '从烟火气到新经济——夜市如何长久繁荣？', ['烟火气是城市的温度', '规范管理是长久之计']),
      '第13页',
      ...PIECE(14, '让老街焕发新活力——老城更新怎样留住记忆？', ['保护是更新的前提', '居民是更新的主体', '文化是更新的灵魂']),
    ].join('\n');
    const h = heads(text);
    assert.deepEqual(h.filter((x) => x.includes('观点') || x.includes('——')), [
      '1 从烟火气到新经济——夜市如何长久繁荣？', '2 各方观点', '3 观点一 烟火气是城市的温度', '3 观点二 规范管理是长久之计',
      '1 让老街焕发新活力——老城更新怎样留住记忆？', '2 各方观点', '3 观点一 保护是更新的前提', '3 观点二 居民是更新的主体', '3 观点三 文化是更新的灵魂',
    ]);
  });

  it('reads no piece title off a page mark with its total, nor off a single page-marked line', () => {
    const marks = '报告全文\n第1页 / 共3页\n一、总体情况\n今年以来各项工作稳步推进。\n第2页 / 共3页\n二、主要做法\n我们采取了三项措施。\n';
    assert.ok(!heads(marks).some((x) => x.includes('共3页')));
    const single = '学习材料\n第5页 一张桌子的故事\n这是一个关于节约的故事，发生在一所乡村小学。\n';
    assert.ok(!heads(single).some((x) => x.startsWith('1 一张桌子的故事')));
  });

  it('reads no viewpoint run out of order or alone, nor a viewpoint line that is a sentence', () => {
    const markers = (text: string): string[] => parseOutline(text).headings.map((h) => h.marker);
    const t = '讨论记录\n观点二 夜市需要规范\n大家认为夜市需要规范。\n观点一 夜市需要特色\n大家认为夜市需要特色。\n';
    assert.ok(!markers(t).some((m) => m.startsWith('观点')));
    const s = '讨论记录\n观点一 夜市需要规范，这是大家的共识。\n观点二 夜市需要特色，这一点没有争议。\n';
    assert.ok(!markers(s).some((m) => m.startsWith('观点')));
  });

  it('reads a collected-works file\'s piece numbers 001, 002 over the pieces\' titles as headings of their own', () => {
    const body = '　　谁是我们的朋友？这个问题是学习的首要问题。过去一切学习之所以收效甚微，其基本原因就是因为不能找准方法，学习者要分辨真正的方法，不可不将学习的对象及其对于学习的态度，作一个大概的分析。';
    const text = ['某某文集', '001', '论学习的方法', '（一九五〇年三月一日）', body, body, '　　', '002', '论调查的态度', '（一九五一年五月二日）', body, body, ''].join('\n');
    assert.deepEqual(heads(text).filter((h) => !h.includes('某某文集')), ['1 001 ', '1 论学习的方法', '1 002 ', '1 论调查的态度']);
    // numbers not over a title (a table's codes, page numbers) are no labels
    const codes = '名单\n\n001\n张三同志，男，汉族。\n\n002\n李四同志，女，汉族。\n';
    assert.ok(!parseOutline(codes).headings.some((h) => /^00/.test(h.marker)));
  });
});

describe('comp44 guard: a page number over a running head', () => {
  it('reads no piece titles from a paged text whose every page repeats its title after the number', () => {
    const para = '全年全县经济运行总体平稳，主要指标保持增长，发展质量稳步提升，民生保障持续加强。';
    const text = ['青山县2025年统计公报', para, '第1页 青山县2025年统计公报', para, '第2页 青山县2025年统计公报', para, '第3页 青山县2025年统计公报', para, ''].join('\n');
    const o = parseOutline(text, { format: 'plain' });
    assert.ok(!o.headings.some((h) => h.title === '青山县2025年统计公报' && h.start > 20), o.headings.map((h) => h.title).join(' | '));
  });
});
