import { strict as assert } from 'node:assert';
import { extractFigures } from '../../src/core';

/** Figures of an invented line: text and value. */
function figs(text: string): Array<[string, unknown]> {
  return extractFigures(text).map((f) => [f.text, f.value]);
}

describe('talks47: a round amount said with a bare scale word after an approximator', () => {
  it('takes 千万, 百万, 万亿, 百亿 after 近, 超, 逾, 突破, 达到, 超过', () => {
    assert.deepEqual(figs('青岚县旅游收入突破万亿，创了新高。'), [['万亿', 1e12]]);
    assert.deepEqual(figs('这项政策惠及近千万家庭。'), [['千万', 1e7]]);
    assert.deepEqual(figs('白石港年吞吐量超百万，位居全省前列。'), [['百万', 1e6]]);
    assert.deepEqual(figs('全镇招商引资逾百亿，比上年翻了一番。'), [['百亿', 1e10]]);
    assert.deepEqual(figs('全年客流量达到千万，超过预期。'), [['千万', 1e7]]);
    assert.deepEqual(figs('参观人数超过百万，大家辛苦了。'), [['百万', 1e6]]);
  });
  it('takes a classifier after it as the unit', () => {
    assert.deepEqual(figs('这次活动吸引了近千万人参与。'), [['千万人', 1e7]]);
    assert.deepEqual(figs('全市接待游客超百万人次。'), [['百万人次', 1e6]]);
  });
  it('leaves the adverb, sizes, classes and vague amounts alone', () => {
    assert.deepEqual(figs('大家千万不要麻痹大意。'), []);
    assert.deepEqual(figs('百万大军过大江。'), []);
    assert.deepEqual(figs('千万家庭都盼着这条路早日修通。'), []);
    assert.deepEqual(figs('要培育一批达到万亿级的产业集群。'), []);
    assert.deepEqual(figs('上千万人的生计都系于此。'), []);
    assert.deepEqual(figs('成千上万的志愿者来了。'), []);
    assert.deepEqual(figs('数百万人口的大城市。'), []);
    assert.deepEqual(figs('全国人口超千万的城市越来越多。'), []);
    assert.deepEqual(figs('客流量突破百万人次的景区要加强管理。'), []);
    assert.deepEqual(figs('近百万的游客涌进了古镇。'), [['百万', 1e6]]);
  });
});
