import * as assert from 'node:assert/strict';
import { parseOutline } from '../../src/core/outline';
import { extractFigures } from '../../src/core/figures';
import { spanView } from '../../src/core/outline/spanJoin';

/** Our own short report on a made-up county, a paragraph a line. */
const REPORT = [
  '2025年青禾县农业农村工作总结',
  '青禾县农业农村局',
  '2025年，全县上下围绕“两个提升”目标，农村经济保持稳定增长。全县第一产业增加值达到86.4亿元，同比增长5.2%，增速比上年提高0.8个百分点。',
  '一、粮食生产稳中有进',
  '全年粮食播种面积达到312万亩，总产量28.6亿斤，比2020年增加3.1亿斤。新建高标准农田15万亩，占耕地面积的近40%。',
  '二、畜牧产业提质增效',
  '全县新建标准化养殖场46个，规模养殖比重达72%，比上年提高4个百分点。生猪出栏153万头，同比增长6.1%；禽蛋产量9.7万吨。',
  '三、农民收入持续增长',
  '2025年，农村居民人均可支配收入达到21640元，比上年增长7.3%，城乡居民收入比由2.4：1缩小到2.2：1。',
  '四、农村面貌明显改善',
  '新建农村公路128公里，改造农村户厕6300户，建成“美丽庭院”示范村24个，农村自来水普及率达到98%以上。',
];

/**
 * The report as a scraper writes a Word page's text nodes: every run of digits or Latin letters,
 * every curly quote on its own line, and the part markers apart from their titles.
 */
function spanSplit(lines: string[]): string {
  const out: string[] = [];
  for (const line of lines) {
    const m = /^([一二三四五六七八九十]+、)(.*)$/.exec(line);
    const parts = m ? [m[1], m[2]] : [line];
    for (const part of parts) for (const piece of part.split(/([0-9A-Za-z.%]+|[“”])/)) if (piece.trim()) out.push(piece.trim());
  }
  return out.join('\n') + '\n';
}

function headings(text: string): string[] {
  return parseOutline(text).headings.map((h) => `${h.level} ${h.marker}${h.title}`);
}

function figures(text: string): string[] {
  return extractFigures(text, parseOutline(text)).filter((f) => f.zone === 'body').map((f) => `${JSON.stringify(f.value)} ${f.unit} ${f.kind}`).sort();
}

describe('pages scraped span by span (spanJoin)', () => {
  const block = REPORT.join('\n') + '\n';
  const spans = spanSplit(REPORT);

  it('reads the outline the paragraphs give: the title with its year, each marker with its title', () => {
    assert.ok(spans.split('\n').length > 60, 'the split text breaks sentences');
    assert.deepEqual(headings(spans), headings(block));
    assert.deepEqual(headings(spans).slice(0, 2), ['1 2025年青禾县农业农村工作总结', '2 一、粮食生产稳中有进']);
  });

  it('reads the figures the paragraphs give: a number with its unit, a ratio across its colon', () => {
    const f = figures(spans);
    assert.ok(f.includes('8640000000 元 money'), f.join('; '));
    assert.ok(f.includes('[2.4,1]  ratio'), f.join('; '));
    assert.deepEqual(f, figures(block));
  });

  it('places every heading at its marker in the file', () => {
    for (const h of parseOutline(spans).headings) {
      assert.equal(spans.slice(h.start, h.start + h.marker.length), h.marker);
    }
    const first = parseOutline(spans).headings[1];
    assert.equal(spans.slice(first.start, first.start + 2), '一、');
  });

  it('keeps a heading apart from a paragraph that opens with a year', () => {
    const v = spanView(spans);
    assert.ok(v);
    assert.ok(v.text.includes('\n三、农民收入持续增长\n2025年，农村居民'), v.text);
    assert.ok(v.text.includes('2025年青禾县农业农村工作总结\n青禾县农业农村局\n'), v.text);
  });

  it('goes on into a bracket that opens the next span inside running prose (`…生产总值` / `(GDP)86.4` / `亿元，`)', () => {
    const text = [
      '青禾县2025年国民经济和社会发展统计公报', '一、综合', '2025', '年，全县实现生产总值', '(GDP)86.4', '亿元，比上年增长', '5.2', '%。',
      '二、农业', '全年粮食播种面积', '312', '万亩，比上年增加', '3.1', '万亩。', '三、工业', '全县规模以上工业增加值增长', '6.1', '%，比上年提高', '0.8', '个百分点。', '',
    ].join('\n');
    const o = parseOutline(text);
    assert.deepEqual(o.headings.map((h) => h.title), ['青禾县2025年国民经济和社会发展统计公报', '综合', '农业', '工业']);
    assert.ok(spanView(text)!.text.includes('全县实现生产总值(GDP)86.4亿元'), spanView(text)!.text);
  });

  it('keeps a marker after a line ending on a comma as a heading, and takes no fragment before a quote for a title', () => {
    const lines = REPORT.slice(0, 6).concat([
      '五、下步工作打算',
      '1.稳定粮食生产，落实耕地保护责任，',
      '2.推进乡村建设。全县将继续实施“千村示范”工程，完成村庄规划编制。',
      '3.深化农村改革。稳妥推进第二轮土地承包到期后再延长30年试点。',
    ]);
    const split = spanSplit(lines);
    assert.ok(split.includes('\n2.\n推进乡村建设。全县将继续实施\n“\n'), split);
    assert.deepEqual(headings(split), headings(lines.join('\n') + '\n'));
    assert.ok(!headings(split).some((h) => h.includes('全县将继续实施')), headings(split).join('; '));
  });

  it('joins a bold marker set apart to its words where no number is set apart', () => {
    const para = ['二、下步打算', '今年全县将抓好三件事。', '一是', '稳定粮食生产，落实耕地保护责任。', '二是', '推进乡村建设，完成村庄规划编制。', '三是', '深化农村改革，稳妥推进土地承包试点。'];
    const text = REPORT.slice(0, 6).join('\n') + '\n' + para.join('\n') + '\n';
    const whole = REPORT.slice(0, 6).join('\n') + '\n' + '二、下步打算\n今年全县将抓好三件事。一是稳定粮食生产，落实耕地保护责任。二是推进乡村建设，完成村庄规划编制。三是深化农村改革，稳妥推进土地承包试点。\n';
    const titles = parseOutline(text).headings.map((h) => h.marker + h.title);
    assert.ok(titles.includes('一是稳定粮食生产，落实耕地保护责任'), titles.join('; '));
    assert.deepEqual(headings(text), headings(whole));
  });

  it('joins a title cut after its first character and a quote left open at a line end', () => {
    const para = ['二、下步打算', '今年全县将抓好三件事。', '一是', '稳定粮食生产，落实耕地保护责任。', '二是推', '进乡村建设', '。完成村庄规划编制。', '三是', '深化农村改革，稳妥推进土地承包试点。', '“千村', '示范”工程现场'];
    const text = REPORT.slice(0, 6).join('\n') + '\n' + para.join('\n') + '\n';
    const titles = parseOutline(text).headings.map((h) => h.marker + h.title);
    assert.ok(titles.includes('二是推进乡村建设'), titles.join('; '));
    const v = spanView(text);
    assert.ok(v && v.text.includes('\n“千村示范”工程现场'), v?.text);
  });

  it('carries a heading through a quote that ends its title, not into a paragraph opening with one', () => {
    const lines = REPORT.concat([
      '五、2026年和“十五五”时期工作安排',
      '“十五五”时期，全县将继续推进农业现代化，力争农业增加值年均增长5%以上。',
    ]);
    const split = spanSplit(lines);
    const titles = parseOutline(split).headings.map((h) => h.marker + h.title);
    assert.ok(titles.includes('五、2026年和“十五五”时期工作安排'), titles.join('; '));
    assert.deepEqual(headings(split), headings(lines.join('\n') + '\n'));
  });

  it('carries a heading past a Latin word or a joining word, and a number at a line end to its unit', () => {
    const extra = [
      '（一）|GDP|稳中有升，结构持续优化。',
      '一季度全县实现地区生产总值86.4|亿元，同比增长|5.2%|，比上年提高|0.8|个百分点。',
      '（二）设施农业和|畜牧业同步增长。',
      '全县生猪出栏|15.3|万头，同比增长|6.1%|。',
    ];
    const block = REPORT.concat(extra.map((l) => l.split('|').join(''))).join('\n') + '\n';
    const split = spanSplit(REPORT) + extra.map((l) => l.split('|').join('\n')).join('\n') + '\n';
    const titles = parseOutline(split).headings.map((h) => h.marker + h.title);
    assert.ok(titles.includes('（一）GDP稳中有升，结构持续优化'), titles.join('; '));
    assert.ok(titles.includes('（二）设施农业和畜牧业同步增长'), titles.join('; '));
    assert.deepEqual(headings(split), headings(block));
    assert.ok(figures(split).includes('8640000000 元 money'));
  });

  it('goes on after a run-in heading\'s sentence and across an expression\'s operator', () => {
    const extra = [
      '（三）编制发展规划。制定全县农业发展规划（|2026|－|2030|年），明确至|2028|年和|2030|年的目标任务。',
      '六是办好民生实事。全年投入|1.87|亿元办好|“|12|+|6|”|项民生实事。',
    ];
    const block = REPORT.concat(extra.map((l) => l.split('|').join(''))).join('\n') + '\n';
    const split = spanSplit(REPORT) + extra.map((l) => l.split('|').join('\n')).join('\n') + '\n';
    const v = spanView(split);
    assert.ok(v && v.text.includes('（三）编制发展规划。制定全县农业发展规划（2026－2030年），明确至2028年和2030年的目标任务。'), v?.text);
    assert.ok(v.text.includes('办好“12+6”项民生实事。'), v.text);
    assert.deepEqual(headings(split), headings(block));
  });

  it('leaves a text that is not scraped so as it is', () => {
    assert.equal(spanView(block), null);
    // a typed text with a page footer of links and marks (a lone `。`, numbers alone) is no scrape
    const footer = ['首页', '上一页', '1', '2', '3', '下一页', '。', '↑', '（', '联系我们'];
    assert.equal(spanView(block + REPORT.join('\n') + '\n' + footer.join('\n') + '\n'), null);
  });
});
