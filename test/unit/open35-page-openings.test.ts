import * as assert from 'node:assert/strict';
import { parseOutline } from '../../src/core/outline';

// Invented page openings (our own wording), in the shape of open35's study page: a 范文 compilation
// labels its first piece `第一篇：…致辞`, and the speech under it keeps its own title in words of its
// own over a `——…致辞` subtitle line.
function heads(text: string): Array<[number, string, number, number | null, string]> {
  const line = (pos: number): number => text.slice(0, pos).split('\n').length - 1;
  const o = parseOutline(text);
  return o.headings.map((h) => [line(h.start), h.marker, h.level, h.parent === null ? null : line(o.headings[h.parent].start), h.title]);
}

const P = '今天，我们很高兴邀请到各位朋友来到这里，参加本次采访活动。首先，我代表区委区政府向各位表示热烈的欢迎！';

describe('open35: a piece\'s own title over a `——…致辞` subtitle, under the piece\'s label', () => {
  it('takes the speech\'s own title under `第一篇：` when a subtitle naming the kind stands under it', () => {
    const text = ['首页 > 范文库 > 7号文库', '欢迎会致辞', '编辑：某某 发布时间：2031-05-06 10:20:30 来源：网络', '',
      '第一篇：欢迎会致辞', '', '共建绿色家园共享美好未来', '', '——在“网络媒体走进某区”欢迎会上的致辞', '', '各位来宾、朋友们：', '', P].join('\n');
    const h = heads(text);
    assert.deepEqual(h.map(([l, m, , , t]) => [l, m, t]), [[1, '', '欢迎会致辞'], [4, '第一篇', '欢迎会致辞'], [6, '', '共建绿色家园共享美好未来']]);
    const g = heads(text.split('\n').slice(4).join('\n'));
    assert.deepEqual(g.map(([l, m, , , t]) => [l, m, t]), [[0, '第一篇', '欢迎会致辞'], [2, '', '共建绿色家园共享美好未来']]);
  });

  it('leaves the line to the title block under a subtitle naming no kind of document', () => {
    const b = heads(['第一篇：欢迎会致辞', '', '共建绿色家园共享美好未来', '', '——写给远道而来的朋友们', '', '各位来宾、朋友们：', '', P].join('\n'));
    assert.deepEqual(b.map(([l]) => l), [0]);
  });
});

describe('open35: a report\'s title, date, speaker and occasion run onto its first line', () => {
  const B = '现在，我代表市委向大会报告工作，请予审议。';
  const R = '过去一年，我们牢牢抓住首要任务，深入学习贯彻各项决策部署，召开全会明确发展目标，推动各项工作取得新的成效。';
  it('takes the line as the title over `各位代表,同志们:`, and the parts hang from it', () => {
    const text = ['解放思想深化改革以实干姿态奋力开创高质量发展新局面 (2031年1月11日)王某某 在中国共产党某市第十二次代表大会第三次会议上的报告', '各位代表,同志们:', B, '一、凝聚共识,推动发展取得新成效', R].join('\n');
    const h = heads(text);
    assert.deepEqual(h.map(([l, m, lv, par]) => [l, m, lv, par]), [[0, '', 1, null], [3, '一、', 2, 0]]);
    assert.ok(h[0][4].startsWith('解放思想深化改革以实干姿态奋力开创高质量发展新局面'));
  });

  it('leaves such a line alone with no salutation under it, or when it does not end on the kind of document', () => {
    const a = heads(['解放思想深化改革以实干姿态奋力开创高质量发展新局面 (2031年1月11日)王某某 在中国共产党某市第十二次代表大会第三次会议上的报告', '', B, '一、凝聚共识,推动发展取得新成效', R].join('\n'));
    assert.deepEqual(a.map(([l]) => l), [3]);
    const b = heads(['解放思想深化改革以实干姿态奋力开创高质量发展新局面 (2031年1月11日)王某某 在中国共产党某市第十二次代表大会第三次会议上作了发言并', '各位代表,同志们:', B, '一、凝聚共识,推动发展取得新成效', R].join('\n'));
    assert.deepEqual(b.map(([l]) => l), [3]);
  });
});

describe('open35: a page\'s headline over the document\'s own title broken by the page', () => {
  const S = '2030年是全面实施规划的关键之年，全县上下在县委、县政府的坚强领导下，扎实推进各项工作，经济运行稳中有进。';
  const page = (a: string, b: string): string => ['首页/ 政务公开/ 统计信息/ 统计公报/ 正文', '', '某某县二〇三〇年国民经济和社会发展统计公报', '', a, '', b, '', '某某县统计局', '', '2031年4月10日', '', S, '', '一、综合', '', S, '', '二、农业', '', S].join('\n');
  it('takes the whole headline as the title where the lines under it are its opening and its end', () => {
    assert.deepEqual(heads(page('某某县二〇', '国民经济和社会发展统计公报')).map(([l, m, , par]) => [l, m, par]), [[2, '', null], [14, '一、', 2], [18, '二、', 2]]);
  });
  it('reads the page as before where the line between is no opening of the headline (the headline heads it)', () => {
    assert.deepEqual(heads(page('某某县统计局发布', '国民经济和社会发展统计公报')).map(([l]) => l), [2, 14, 18]);
  });
});
