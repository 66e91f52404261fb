/**
 * Measure words and units the studies of real documents found missed (figmisc): departments and
 * totals counted with Chinese numerals, chapters, pressure, and ranges of amounts that write their
 * unit twice. Every sentence here is made up for the test.
 */
import * as assert from 'node:assert/strict';
import { brief } from './figureBrief';

describe('figures: departments counted with Chinese numerals', () => {
  it('reads N部门 and N部委 as counts after Chinese numerals as after digits', () => {
    assert.deepEqual(brief('市里五部门联合发文'), ['五部门|5|部门|count']);
    assert.deepEqual(brief('十二部委共同推进'), ['十二部委|12|部委|count']);
    assert.deepEqual(brief('由6部门联合印发'), ['6部门|6|部门|count']);
  });
  it('leaves 一 before 部门 an article', () => {
    assert.deepEqual(brief('由同一部门负责'), []);
  });
});

describe('figures: totals said with 共', () => {
  it('counts items after 共, 共有, 合计 even with small Chinese numerals', () => {
    assert.deepEqual(brief('这个办法共二十三条'), ['二十三条|23|条|count']);
    assert.deepEqual(brief('清单共有七种情形'), ['七种|7|种|count']);
    assert.deepEqual(brief('全书合计九章'), ['九章|9|章|count']);
  });
  it('leaves item counts with no total cue unread (set names, the text\'s own points)', () => {
    assert.deepEqual(brief('落实八项规定'), []);
    assert.deepEqual(brief('出台十条措施'), []);
  });
});

describe('figures: chapters and pressure', () => {
  it('reads N章 after digits as a count of chapters', () => {
    assert.deepEqual(brief('教材分为6章'), ['6章|6|章|count']);
  });
  it('reads 兆帕, 千帕 and MPa as units', () => {
    assert.deepEqual(brief('抗拉强度达到800兆帕'), ['800兆帕|800|兆帕|other']);
    assert.deepEqual(brief('气压降至95千帕'), ['95千帕|95|千帕|other']);
    assert.deepEqual(brief('工作压力为16MPa。'), ['16MPa|16|MPa|other']);
  });
});

describe('figures: ranges of amounts that write the unit twice', () => {
  it('reads two amounts with the same unit and scale word joined by 至 or 到 as one range', () => {
    assert.deepEqual(brief('补助标准为20万元至80万元'), ['20万元至80万元|[200000,800000]|元|money']);
    assert.deepEqual(brief('每亩施肥3公斤到5公斤'), ['3公斤到5公斤|[3,5]|公斤|mass']);
  });
  it('keeps two figures where the second is lower, a verb of change comes first, or the scales differ', () => {
    assert.deepEqual(brief('单价从90元到60元'), ['90元|90|元|money', '60元|60|元|money']);
    assert.deepEqual(brief('由20万元增加到80万元'), ['20万元|200000|元|money', '80万元|800000|元|money']);
    assert.deepEqual(brief('投入8000元至2万元'), ['8000元|8000|元|money', '2万元|20000|元|money']);
  });
});

describe('figures: a count that announces the text\'s own enumeration', () => {
  it('leaves N个 unread when a colon and 一是, 一、 or 1. follow its noun', () => {
    assert.deepEqual(brief('这次改革有三个突出亮点：一是放权，二是减费。'), []);
    assert.deepEqual(brief('方案分为两个部分：一、目标；二、措施。'), []);
    assert.deepEqual(brief('平台有两个入口：\n1. 网页端\n2. 手机端'), []);
  });
  it('keeps counts that no enumeration follows', () => {
    assert.deepEqual(brief('全镇新建三个广场：东广场、西广场和南广场。'), ['三个|3|个|count']);
    assert.deepEqual(brief('新建四个站点，一是为了方便群众。'), ['四个|4|个|count']);
  });
});
