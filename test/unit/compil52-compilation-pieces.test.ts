import * as assert from 'node:assert/strict';
import { parseOutline } from '../../src/core/outline';

function heads(text: string): string[] {
  const o = parseOutline(text);
  for (const h of o.headings) assert.equal(text.slice(h.start, h.start + h.marker.length), h.marker);
  return o.headings.map((h) => `${h.level} ${h.marker}${h.title}`);
}

describe('compil52: pieces of a compilation seen in a page opening', () => {
  it('reads a book of model speeches cut inside its first example: 【范例一】 alone heads the speech and its runs', () => {
    const text = [
      '【范例一】',
      '【致辞人】某县教育局',
      '【致辞背景】全县秋季开学工作会议致辞',
      '同志们：',
      '今天的会议有两项议程：一是由局长作工作报告，二是请分管副县长作讲话。',
      '下面请局长作工作报告。',
      '……',
    ].join('\n');
    assert.deepEqual(heads(text), ['1 【范例一】', '2 一是由局长作工作报告', '2 二是请分管副县长作讲话']);
  });

  it('reads the traditional copy of such a label (【範例一】) the same way', () => {
    const text = ['【範例一】', '同誌們：', '會議有兩項議程：一是聽取報告，二是部署工作。', '下麵請局長作報告。'].join('\n');
    assert.deepEqual(heads(text), ['1 【範例一】', '2 一是聽取報告', '2 二是部署工作']);
  });

  it('reads a page gathering several sources on one day, each under `source>day`, as that many pieces', () => {
    const text = [
      '某站:史料:19560304',
      '',
      '甲县志>19560304',
      '',
      '3月4日',
      '',
      '△上午，县里召开春耕动员会。',
      '',
      '乙某日记>19560304',
      '',
      '三月四日',
      '',
      '晴。上午读书，午后访友。',
      '',
      '丙报>19560304',
      '',
      '一、春耕准备工作全面展开',
      '二、各社订立增产计划',
    ].join('\n');
    assert.deepEqual(heads(text), ['1 甲县志>19560304', '1 乙某日记>19560304', '1 丙报>19560304', '2 一、春耕准备工作全面展开', '2 二、各社订立增产计划']);
  });

  it('reads only the lines sharing the key: the page\'s breadcrumb (`首页>史料`) stays out', () => {
    const text = [
      '首页>史料',
      '',
      '甲县志>19560305',
      '△县里召开水利会议。',
      '乙某日记>19560305',
      '雨。整理旧稿。',
      '丙报>19560305',
      '本报讯 各社兴修水利。',
    ].join('\n');
    assert.deepEqual(heads(text), ['1 甲县志>19560305', '1 乙某日记>19560305', '1 丙报>19560305']);
  });

  it('reads a day written in Chinese numerals alone on its line (`十月九日`) as a date line, not a title', () => {
    const text = ['某人日记', '', '十月九日', '', '今日上午开会，下午读书，晚间写信三封，直到深夜才休息。'].join('\n');
    assert.ok(!heads(text).includes('1 十月九日'));
  });

  it('takes back a lone first point announced right before it when its paragraph ends the text (`强调三点意见：` / `第一，…。`)', () => {
    const text = ['同志们：', '今天的会议开得很好。下面，我再强调三点意见：', '第一，各单位要认真学习会议精神，按照方案要求迅速行动起来，掀起学习讨论的热潮。各单位主要负责同志要亲自抓，层层落实责任。'].join('\n');
    assert.deepEqual(heads(text), ['1 第一，各单位要认真学习会议精神，按照方案要求迅速行动起来，掀起学习讨论的热潮']);
  });

  it('leaves such a first point alone where the text goes on after its paragraph', () => {
    const text = ['同志们：', '今天的会议开得很好。下面，我再强调三点意见：', '第一，各单位要认真学习会议精神，掀起学习讨论的热潮。', '另外，各单位还要抓好安全生产，确保不出问题。'].join('\n');
    assert.deepEqual(heads(text), []);
  });
});
