import * as assert from 'node:assert/strict';
import { parseOutline } from '../../src/core/outline';
import { blankTagLines } from '../../src/core/outline/tagLines';
import { extractFigures } from '../../src/core/figures';

/** A covering notice and the rules it issues, as a scraper keeps the page: one <p> block over three lines (our own text). */
const NOTICE = [
  '<p style="text-align:center">',
  '    某某市农业局 某某市财政局',
  '</p>',
  '<p style="text-align:center">',
  '    关于印发《某某市农机购置补贴',
  '</p>',
  '<p style="text-align:center">',
  '    资金管理办法》的通知',
  '</p>',
  '<p>',
  '    各区县农业局、财政局：',
  '</p>',
  '<p>',
  '    为规范农机购置补贴资金管理，现将《某某市农机购置补贴资金管理办法》印发给你们，请认真遵照执行。',
  '</p>',
  '<p style="text-align:right">',
  '    某某市农业局 某某市财政局',
  '</p>',
  '<p style="text-align:right">',
  '    2030年5月6日',
  '</p>',
  '<p style="text-align:center">',
  '    某某市农机购置补贴',
  '</p>',
  '<p style="text-align:center">',
  '    资金管理办法',
  '</p>',
  '<p>',
  '    第一条 为规范补贴资金的使用和管理，制定本办法。',
  '</p>',
  '<p>',
  '    第二条 补贴资金实行专款专用，任何单位不得截留挪用。',
  '</p>',
  '<p>',
  '    第三条 本办法自发布之日起施行。',
  '</p>',
].join('\n');

describe('an HTML fragment read as plain text: tag-only lines are blank', () => {
  it('blanks lines holding only tags, keeping every offset', () => {
    const t = '<p class="a">\n    第一条 甲。\n</p>\n<p>乙</p>\n';
    const b = blankTagLines(t);
    assert.equal(b.length, t.length);
    assert.deepEqual(b.split('\n').map((l) => l.trim()), ['', '第一条 甲。', '', '<p>乙</p>', '']);
    assert.equal(blankTagLines('第一条 甲。\n第二条 乙。'), '第一条 甲。\n第二条 乙。');
  });

  it('reads the 落款 over its date as the closing, and the rules under their own title', () => {
    const o = parseOutline(NOTICE);
    const lines = NOTICE.split('\n');
    const lineOf = (p: number): number => NOTICE.slice(0, p).split('\n').length;
    const titles = o.headings.filter((h) => h.marker === '').map((h) => lines[lineOf(h.start) - 1].trim());
    // the signature (line 17) is no title; the rules' title starts on its first line (23)
    assert.ok(!o.headings.some((h) => lineOf(h.start) === 17), 'the 落款 is no heading');
    assert.ok(titles.includes('某某市农机购置补贴'), titles.join(' / '));
    const art = o.headings.filter((h) => h.marker.startsWith('第'));
    assert.equal(art.length, 3);
    for (const a of art) {
      const p = o.headings[a.parent!];
      assert.equal(lineOf(p.start), 23, 'each article hangs under the rules\' title');
    }
  });
});

/** A CMS field holding a report as one line of <p> paragraphs (our own text). */
const ONE_LINE = '<p>　　某某县政府工作报告</p><p>　　各位代表：</p><p>　　现在，我代表县人民政府向大会报告工作，请予审议。</p>'
  + '<p>　　一、过去一年的工作</p><p>　　全县生产总值增长5.2%，达到120亿元。</p>'
  + '<p>　　二、今年的主要任务</p><p>　　今年要抓好三件事，做到心中有数。</p>\n';

describe('an HTML fragment kept on one line is read in its paragraphs', () => {
  it('reads the report\'s title over its parts, each at its col on line 1', () => {
    const o = parseOutline(ONE_LINE);
    const shown = o.headings.map((h) => `${h.level}:${h.marker}${h.title}`);
    assert.deepEqual(shown, ['1:某某县政府工作报告', '2:一、过去一年的工作', '2:二、今年的主要任务']);
    const second = o.headings[2];
    assert.equal(ONE_LINE.slice(second.start, second.start + 2), '二、');
  });

  it('keeps its figures\' spans as the file writes them', () => {
    const figs = extractFigures(ONE_LINE, parseOutline(ONE_LINE));
    const money = figs.find((f) => f.unit === '元');
    assert.equal(money?.text, '120亿元');
    assert.equal(ONE_LINE.slice(money!.start, money!.end), '120亿元');
  });
});
