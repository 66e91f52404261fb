/**
 * A composition written as a ratio (三次产业结构 a:b:c) is one figure of kind ratio, the array of its
 * parts as the value; a run whose colons a page's encoding lost is read as the same ratio when its terms add
 * up to 100. Every sentence here is made up for the test.
 */
import * as assert from 'node:assert/strict';
import { brief } from './figureBrief';

describe('figures: compositions written as ratios', () => {
  it('reads a composition whose terms add up to 100 as one ratio, its parts as the value', () => {
    assert.deepEqual(brief('三次产业结构由7.5:41.2:51.3调整为7.1:40.6:52.3。'), [
      '7.5:41.2:51.3|[7.5,41.2,51.3]||ratio', '7.1:40.6:52.3|[7.1,40.6,52.3]||ratio',
    ]);
    assert.deepEqual(brief('粮经饲比例调到70∶20∶10'), ['70∶20∶10|[70,20,10]||ratio']);
  });
  it('keeps a ratio of quantities and a pair of shares one figure', () => {
    assert.deepEqual(brief('水泥、砂、石按1:2:3配比'), ['1:2:3|[1,2,3]||ratio']);
    assert.deepEqual(brief('男女比例为51:49'), ['51:49|[51,49]||ratio']);
  });
  it('reads a composition whose colons a page lost as the same ratio, and no query string', () => {
    assert.deepEqual(brief('三次产业比重由2.4?38.5?59.1调整为'), ['2.4?38.5?59.1|[2.4,38.5,59.1]||ratio']);
    assert.deepEqual(brief('见 list.php?id=12?30?58 页'), []);
  });
});

describe('figures: energy in standard coal and concentrations', () => {
  it('reads tonnes of standard coal as energy, and a mass in a volume as a concentration (kind other)', () => {
    assert.deepEqual(brief('综合能耗62.4万吨标准煤'), ['62.4万吨标准煤|624000|吨标准煤|energy']);
    assert.deepEqual(brief('细颗粒物浓度为31微克/立方米，总磷0.2毫克/升'), ['31微克/立方米|31|微克/立方米|other', '0.2毫克/升|0.2|毫克/升|other']);
    assert.deepEqual(brief('日处理污水8万立方米，运煤50吨/日'), ['8万立方米|80000|立方米|volume', '50吨/日|50|吨/日|mass']);
  });
});

describe('figures: periods said with a Chinese numeral in traditional characters', () => {
  it('reads 兩個月 and 三個小時 as 两个月 is read, and leaves 一個月 an article as 一个月 is', () => {
    assert.deepEqual(brief('前兩個月經濟開局向好，會議開了三個小時。'), ['兩個月|2|個月|duration', '三個小時|3|個小時|duration']);
    assert.deepEqual(brief('這一個月很忙'), []);
  });
});
