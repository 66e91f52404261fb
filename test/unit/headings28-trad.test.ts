import * as assert from 'node:assert/strict';
import { parseOutline } from '../../src/core/outline';

// Invented texts shaped like traditional-character copies of mainland speeches and 范文
// compilations (brief trad28).
function heads(text: string): Array<[number, string, number, number | null]> {
  const line = (pos: number): number => text.slice(0, pos).split('\n').length - 1;
  const hs = parseOutline(text).headings;
  return hs.map((h) => [line(h.start), h.marker, h.level, h.parent === null ? null : line(hs[h.parent].start)]);
}

describe('trad28: an inline 一是 run whose member starts with a numeral word', () => {
  it('reads 二是一些… as a member (only 一是一，二是二 is the idiom)', () => {
    const text = [
      '一、充分肯定過去一年的成效',
      '我市取得了顯著成績。一是全市形勢基本穩定，連續三年沒有發生重大事故。二是一些重點行業趨於好轉，煤礦事故下降。三是兩個港區再創佳績，全年無事故。',
      '二、冷靜認清當前形勢',
      '正文在這裏，還有很多的話要說。',
    ].join('\n');
    assert.deepEqual(heads(text).map((h) => h.slice(1, 3)), [['一、', 1], ['一是', 2], ['二是', 2], ['三是', 2], ['二、', 1]]);
  });

  it('still reads no marker in 一是一，二是二 nor in 一要二要', () => {
    assert.deepEqual(heads('工作要一以貫之。一是一，二是二。\n正文。'), []);
    assert.deepEqual(heads('工作要一以貫之。一是一二是二。\n正文。'), []);
    assert.deepEqual(heads('工作要抓實。一要二要三要。\n正文。'), []);
  });
});

describe('trad28: a compilation labels each piece before its title (第一篇：, 篇一：, 范文一：)', () => {
  const P = '今年以來，全市上下認真貫徹落實各項決策部署，經濟運行總體平穩，社會大局和諧穩定，各項事業取得了新的進展。';
  const page = (label: (n: string) => string): string => [
    '城市安全生產講話稿範文',
    `${label('一')}在全市安全生產工作會議上的講話`, '同志們：', P, '一、充分肯定成績', P, '二、認清當前形勢', P,
    `${label('二')}在全市防汛工作會議上的講話`, '同志們：', P, '一、提高認識', P, '二、壓實責任', P,
  ].join('\n');
  // (the 篇 label is the heading's marker, open34: `第一篇` + the title after the colon; 範文一 stays in the title)
  const expected = (one: string, two: string) => [[0, '', 1, null], [1, one, 1, null], [4, '一、', 2, 1], [6, '二、', 2, 1], [8, two, 1, null], [11, '一、', 2, 8], [13, '二、', 2, 8]];
  for (const [name, label, one, two] of [
    ['第一篇:', (n: string) => `第${n}篇:`, '第一篇', '第二篇'], ['第一篇：', (n: string) => `第${n}篇：`, '第一篇', '第二篇'],
    ['篇一：', (n: string) => `篇${n}：`, '篇一', '篇二'], ['範文一:', (n: string) => `範文${n}:`, '', ''],
  ] as Array<[string, (n: string) => string, string, string]>) {
    it(`reads ${name}<title> as the piece's title at the top level, its parts under it`, () => {
      assert.deepEqual(heads(page(label)), expected(one, two));
    });
  }

  it('reads a lone 第一篇:<speech title> over the speech (the page cut after the first piece)', () => {
    const text = ['第一篇:在全市安全生產工作電視電話會議上的講話(摘要)', '一、充分肯定過去一年的成效', P, '二、冷靜認清當前的形勢', P].join('\n');
    assert.deepEqual(heads(text), [[0, '第一篇', 1, null], [1, '一、', 2, 0], [3, '二、', 2, 0]]);
  });

  it('reads the title through the reading notes a converter wrote (講(jiǎng)話(huà))', () => {
    const text = ['第一篇:在全市安全生產工作會(huì)議上的講(jiǎng)話(huà)', '一、充分肯定過去一年的成效', P, '二、冷靜認清當前的形勢', P].join('\n');
    assert.deepEqual(heads(text)[0], [0, '第一篇', 1, null]);
  });

  it('keeps 第一篇：总论 / 第二篇 of one book (no kind of document named) as its parts', () => {
    const text = ['第一篇：總論', '第一章 基本概念', P, '第二篇：分論', '第二章 具體制度', P].join('\n');
    assert.deepEqual(heads(text).map((h) => h[1]), ['第一篇', '第一章', '第二篇', '第二章']);
  });
});

describe('trad28: a copy converted to traditional characters reads as its simplified original', () => {
  const P = '全市上下認真貫徹落實各項決策部署，經濟運行總體平穩，社會大局和諧穩定，各項事業取得了新的進展。';
  const same = (simplified: string, traditional: string): void => {
    const strip = (hs: Array<[number, string, number, number | null]>) => hs.map(([l, , lv, p]) => [l, lv, p]);
    assert.deepEqual(strip(heads(traditional)), strip(heads(simplified)));
  };

  it('reads 首先，…其次，…最後， as one run', () => {
    const s = ['关于做好工作的几点意见', `首先，要提高认识。${P}`, `其次，要压实责任。${P}`, `最后，要加强督导。${P}`].join('\n');
    const t = ['關於做好工作的幾點意見', `首先，要提高認識。${P}`, `其次，要壓實責任。${P}`, `最後，要加強督導。${P}`].join('\n');
    assert.deepEqual(heads(t).map((h) => h[1]), ['', '首先，', '其次，', '最後，']);
    same(s, t);
  });

  it('reads a covering notice\'s 落款 (…辦公廳) and date as its closing, the plan under it as the title', () => {
    const s = ['关于印发2030年重点工作事项的通知', '各区人民政府，市政府各部门：', `现将有关事项印发给你们，请认真贯彻执行。${P}`, '某某市人民政府办公厅', '2030年4月28日', '2030年重点工作事项', '一、构建现代产业体系', P, '二、推进城市更新', P].join('\n');
    const t = ['關於印發2030年重點工作事項的通知', '各區人民政府，市政府各部門：', `現將有關事項印發給你們，請認真貫徹執行。${P}`, '某某市人民政府辦公廳', '2030年4月28日', '2030年重點工作事項', '一、構建現代產業體系', P, '二、推進城市更新', P].join('\n');
    assert.ok(!heads(t).some((h) => h[0] === 3), 'the 落款 is no title');
    same(s, t);
  });

  it('reads the venue line of a speech broken over two lines (…第六次會議上) as its dateline', () => {
    const s = ['政府工作报告', '——2031年2月27日在某某镇第十六届人民代表大会', '第六次会议上', '各位代表：', P, '一、过去一年工作回顾', P, '二、今年工作安排', P].join('\n');
    const t = ['政府工作報告', '——2031年2月27日在某某鎮第十六屆人民代表大會', '第六次會議上', '各位代表：', P, '一、過去一年工作回顧', P, '二、今年工作安排', P].join('\n');
    assert.ok(!heads(t).some((h) => h[0] === 2), 'the venue line is no title');
    same(s, t);
  });

  it('reads a statute\'s 總 則 as its named division', () => {
    const s = ['某某市社会信用条例（草案）', '总 则', `第一条 为了规范社会信用管理，${P}`, '第二条 本市行政区域内的社会信用体系建设适用本条例。', '第三条 本条例自2031年1月1日起施行。'].join('\n\n');
    const t = ['某某市社會信用條例（草案）', '總 則', `第一條 為了規範社會信用管理，${P}`, '第二條 本市行政區域內的社會信用體系建設適用本條例。', '第三條 本條例自2031年1月1日起施行。'].join('\n\n');
    assert.equal(heads(t)[1][0], 2);
    same(s, t);
  });
});
