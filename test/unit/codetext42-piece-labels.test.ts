import * as assert from 'node:assert/strict';
import { parseOutline } from '../../src/core/outline';

function heads(text: string): string[] {
  const o = parseOutline(text);
  for (const h of o.headings) assert.equal(text.slice(h.start, h.start + h.marker.length), h.marker);
  return o.headings.map((h) => `${h.level} ${h.marker}${h.title}`);
}

describe('codetext42: a collection\'s labels alone on their lines (【篇一】) head its pieces', () => {
  it('reads each label of a run 1, 2, 3 as a level-1 heading with the label as its marker, the pieces\' parts under it', () => {
    const text = [
      '班组安全寄语精选',
      '',
      '【篇一】',
      '',
      '安全是回家最近的路，请大家时刻绷紧安全这根弦。',
      '',
      '【篇二】',
      '',
      '一、上岗前检查好防护用品，戴好安全帽。',
      '二、作业中听从指挥，不冒险蛮干。',
      '',
      '【篇三】',
      '',
      '平安是福，愿每位同事都高高兴兴上班、平平安安回家。',
    ].join('\n');
    assert.deepEqual(heads(text), ['1 班组安全寄语精选', '1 【篇一】', '1 【篇二】', '2 一、上岗前检查好防护用品，戴好安全帽', '2 二、作业中听从指挥，不冒险蛮干', '1 【篇三】']);
  });

  it('reads the labels of a collection held in a string of a program, set between its paragraph tags', () => {
    const text = 'String s = "<p>以下是整理的班组安全寄语，供参考。</p><p><strong>【篇一】</strong></p><p>安全是回家最近的路，请大家时刻绷紧安全这根弦。</p><p><strong>【篇二】</strong></p><p>平安是福，愿每位同事都高高兴兴上班、平平安安回家。</p>";\n';
    const o = parseOutline(text);
    assert.deepEqual(o.headings.map((h) => [h.marker, h.level, h.start]), [['【篇一】', 1, text.indexOf('【篇一】')], ['【篇二】', 1, text.indexOf('【篇二】')]]);
  });

  it('reads no label alone, nor labels out of order', () => {
    assert.ok(!heads('寄语\n\n【篇一】\n\n安全是回家最近的路。\n').some((h) => h.includes('【篇')));
    assert.ok(!heads('寄语\n\n【篇二】\n\n安全是回家最近的路。\n\n【篇一】\n\n平安是福。\n').some((h) => h.includes('【篇')));
  });
});
