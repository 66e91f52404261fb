import { strict as assert } from 'node:assert';
import { parseOutline } from '../../src/core';
import type { Outline } from '../../src/core';

// Invented documents (round 26, gen44): names, places and figures are made up.

function tree(o: Outline): string[] {
  return o.headings.map((h) => `${h.level} ${h.marker}${h.title}${h.parent === null ? '' : ' ^' + o.headings[h.parent].marker + o.headings[h.parent].title.slice(0, 4)}`);
}

describe('gen44: official documents', () => {
  it('a letter-spaced 发文机关标志 (`青 禾 县 人 民 政 府 文 件`) is the banner, not a title', () => {
    const text = [
      '青 禾 县 人 民 政 府 文 件',
      '青政发〔2031〕7号',
      '青禾县人民政府关于做好秋季植树工作的通知',
      '各乡镇人民政府，县政府各部门：',
      '为做好今年秋季植树工作，现就有关事项通知如下：',
      '一、明确任务',
      '各乡镇要按照分解表落实植树面积，按时完成栽种。',
      '二、抓好管护',
      '各村要落实管护责任，确保成活率。',
      '青禾县人民政府',
      '2031年9月1日',
    ].join('\n');
    assert.deepEqual(tree(parseOutline(text)), [
      '1 青禾县人民政府关于做好秋季植树工作的通知',
      '2 一、明确任务 ^青禾县人',
      '2 二、抓好管护 ^青禾县人',
    ]);
  });
});
