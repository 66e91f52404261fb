import { strict as assert } from 'node:assert';
import { parseOutline } from '../../src/core';
import type { Outline } from '../../src/core';

// Invented documents (official51): names, places, numbers and dates are made up.

function tree(o: Outline): string[] {
  return o.headings.map((h) => `${h.level} ${h.marker}${h.title}${h.parent === null ? '' : ' ^' + o.headings[h.parent].marker + o.headings[h.parent].title.slice(0, 4)}`);
}

describe('official51: a title block under the issuer named alone on its first line', () => {
  it('`××办公室` / `关于××××` / `××工作的通知` is one title over three lines', () => {
    const text = [
      '青禾县人民政府办公室',
      '关于做好秋季护林防火',
      '和林区安全检查工作的通知',
      '',
      '青政办发〔2031〕9号',
      '',
      '各乡镇人民政府，县政府各部门：',
      '入秋以来天干物燥，林区火险等级持续偏高。为做好秋季护林防火工作，现就有关事项通知如下：',
      '一、压实防火责任。各乡镇要落实属地责任，把护林防火任务分解到村组。',
      '二、加强巡山检查。各护林站要加密巡山频次，及时劝阻野外用火行为。',
      '',
      '青禾县人民政府办公室',
      '2031年10月8日',
    ].join('\n');
    assert.deepEqual(tree(parseOutline(text)), [
      '1 青禾县人民政府办公室',
      '2 一、压实防火责任 ^青禾县人',
      '2 二、加强巡山检查 ^青禾县人',
    ]);
  });
});
