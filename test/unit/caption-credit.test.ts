import * as assert from 'node:assert/strict';
import { parseOutline } from '../../src/core/outline';
import { isCaption } from '../../src/core/outline/anatomy/lineShapes';

const P = '今年以来，青山市上下认真落实各项部署，水果产业运行总体平稳，发展质量稳步提升，果农收入持续增加。';

describe('a photo caption with its credit is no title (study15b)', () => {
  it('reads a credit naming the paper after a slash as a caption', () => {
    assert.ok(isCaption('在青山市果园基地，农民采摘青梨（2031年7月21日摄）  某某摄/本刊'));
    assert.ok(isCaption('农民采摘青梨 某某 摄／青山日报'));
    assert.ok(!isCaption('品牌力拓展市场'));
  });

  it('leaves a caption line between paragraphs out of the outline', () => {
    const text = [P, '', '在青山市果园基地，农民采摘青梨（2031年7月21日摄）', '', P, '', P].join('\n');
    assert.deepEqual(parseOutline(text).headings.map((h) => h.title), []);
  });
});
