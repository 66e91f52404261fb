import * as assert from 'node:assert/strict';
import { parseOutline } from '../../src/core/outline';

// Invented texts: levels and parents the document's structure decides (levels22).
function heads(text: string, format?: 'markdown'): Array<[number, string, number, number | null]> {
  const line = (pos: number): number => text.slice(0, pos).split('\n').length - 1;
  const hs = parseOutline(text, format ? { format } : undefined).headings;
  return hs.map((h) => [line(h.start), h.marker, h.level, h.parent === null ? null : line(hs[h.parent].start)]);
}

const PROSE = '全县上下围绕年度目标任务，统筹推进各项工作，经济运行总体平稳，社会事业取得新的进展。';

describe('levels22: a last part naming its content over a run of another family', () => {
  it('puts 第一部分…第三部分 under `三、主要内容` alone on its line, against GB/T order', () => {
    const text = [
      '《某某园区管理办法》解读', '一、制定背景', PROSE, '二、总体思路', PROSE, '三、主要内容',
      '第一部分总则，明确了适用范围和基本原则。', '第二部分建设要求，明确了建设条件和程序。', '第三部分附则，明确了施行日期。',
    ].join('\n');
    assert.deepEqual(heads(text), [
      [0, '', 1, null], [1, '一、', 2, 0], [3, '二、', 2, 0], [5, '三、', 2, 0],
      [6, '第一部分', 3, 5], [7, '第二部分', 3, 5], [8, '第三部分', 3, 5],
    ]);
  });

  it('does so across a sentence between them (`共三章。`)', () => {
    const text = [
      '《某某奖励办法实施细则》解读', '一、修订背景', PROSE, '二、《细则》框架', '修订后的《细则》共三章二十条。',
      '第一章总则，规定了适用范围。', '第二章评审，规范了评审流程。', '第三章附则，明确了施行日期。',
    ].join('\n');
    assert.deepEqual(heads(text).slice(3), [[5, '第一章', 3, 3], [6, '第二章', 3, 3], [7, '第三章', 3, 3]]);
  });

  it('keeps a run that starts at its fourth member, or follows a part ending in a sentence, at the top', () => {
    const later = ['某某区绿化规划', '一、主要成效', PROSE, '二、发展目标', '第四部分 主要任务', PROSE, '第五部分 保障措施', PROSE].join('\n');
    assert.deepEqual(heads(later).filter((h) => h[1].startsWith('第')).map((h) => h[2]), [2, 2]);
    const sentence = ['某某合同', '一、租金按月结算。', '二、合同一式两份，签字后生效。', '第一部分 附加条款', PROSE, '第二部分 其他', PROSE].join('\n');
    assert.deepEqual(heads(sentence).filter((h) => h[1].startsWith('第')).map((h) => h[2]), [2, 2]);
  });
});

describe('levels22: a Markdown heading holds every plain-text heading under it', () => {
  it('puts a plain 1.…3. list under `#### 4. 算法`, though the same family', () => {
    const text = [
      '# 某某方法综述', '', '## 一、方法', '', '#### 1. 特征提取', '', PROSE, '', '#### 2. 算法', '', PROSE, '',
      '1. 初始化：设置参数。', '2. 分块：将数据分为两段。', '3. 输出：给出结果。', '', '## 二、结论', '', PROSE,
    ].join('\n');
    assert.deepEqual(heads(text, 'markdown'), [
      [0, '', 1, null], [2, '一、', 2, 0], [4, '1.', 3, 2], [8, '2.', 3, 2],
      [12, '1.', 4, 8], [13, '2.', 4, 8], [14, '3.', 4, 8], [16, '二、', 2, 0],
    ]);
  });
});

describe('levels22: a first title under the text\'s own lead paragraph is a subhead', () => {
  it('reads the subheads of a news item that opens with its lead as siblings at level 1', () => {
    const text = [PROSE + '记者日前从市统计局获悉有关情况。', '主要指标保持稳定', PROSE, '工业生产持续向好', PROSE, '服务业增长较快', PROSE].join('\n');
    assert.deepEqual(heads(text), [[1, '', 1, null], [3, '', 1, null], [5, '', 1, null]]);
  });

  it('keeps a title over numbered parts the document\'s title, though text stands above it', () => {
    const text = ['某某办法已经政府常务会议审议通过，现予发布。', '某某市收费管理办法', '第一条 为加强收费管理，制定本办法。', '第二条 本办法适用于全市。'].join('\n');
    assert.deepEqual(heads(text), [[1, '', 1, null], [2, '第一条', 2, 1], [3, '第二条', 2, 1]]);
  });

  it('keeps a title with no text above it the document\'s title over its subheads', () => {
    const text = ['某某市经济运行情况', PROSE, '主要指标保持稳定', PROSE, '工业生产持续向好', PROSE].join('\n');
    assert.deepEqual(heads(text), [[0, '', 1, null], [2, '', 2, 0], [4, '', 2, 0]]);
  });
});

describe('levels22: a numbering that starts anew under short group words', () => {
  const group = (word: string): string[] => [word, '（一）扩大投资', '1．东区增长最快：增长12%。', '2．西区增长次之：增长8%。', '（二）项目推进', PROSE];
  it('reads `展示台` and `曝光台` over each （一） start as subheads holding their parts', () => {
    const text = ['某某区项目推进情况', PROSE, ...group('展示台'), ...group('曝光台')].join('\n');
    assert.deepEqual(heads(text).map((h) => [h[0], h[1], h[2], h[3]]), [
      [0, '', 1, null], [2, '', 2, 0], [3, '（一）', 3, 2], [4, '1．', 4, 3], [5, '2．', 4, 3], [6, '（二）', 3, 2],
      [8, '', 2, 0], [9, '（一）', 3, 8], [10, '1．', 4, 9], [11, '2．', 4, 9], [12, '（二）', 3, 8],
    ]);
  });

  it('reads no title where only one start has such a word over it', () => {
    const text = ['某某区项目推进情况', PROSE, ...group('展示台'), ...group('').slice(1)].join('\n');
    assert.equal(heads(text).filter((h) => h[1] === '' && h[0] > 0).length, 0);
  });
});

describe('levels22: a run opening in the part a line-start 最后 closes', () => {
  it('puts 其一，…其二， paragraphs after `最后，` under it', () => {
    const text = [
      '首先，要看清形势，把握好工作节奏。', PROSE, '其次，要压实责任，层层抓好落实。', PROSE,
      '最后，要回应关切，有几点值得追问。', PROSE, '其一，规定为何没有执行到位？', PROSE, '其二，监管为何没有及时跟上？', PROSE,
    ].join('\n');
    assert.deepEqual(heads(text), [[0, '首先，', 1, null], [2, '其次，', 1, null], [4, '最后，', 1, null], [6, '其一，', 2, 4], [8, '其二，', 2, 4]]);
  });
});
