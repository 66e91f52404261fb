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
