/**
 * Laws and their amendments (laws53): the items of an article an amendment quotes in full, each
 * paragraph of the quotation opening with `“`; notice periods counted back from a meeting
 * (会议举行七日以前, 召开十日前, 举行的一个月前); and the one holder of an office (副主任一人).
 * Every sentence here is made up for the test.
 */
import * as assert from 'node:assert/strict';
import { parseOutline } from '../../src/core/outline';
import { brief } from './figureBrief';

function heads(text: string): string[] {
  return parseOutline(text, { format: 'plain' }).headings.map((h) => `${h.level} ${h.marker} ${h.title}`);
}

describe('outline: items an amendment quotes (laws53)', () => {
  const amendment = [
    '某某条例修正案',
    '',
    '一、将条例第十条修改为：“从事甲业务的，应当登记。”',
    '二、将条例第十二条修改为：“有下列情形之一的，处以罚款：',
    '“（一）未经登记从事甲业务的；',
    '“（二）伪造登记证件的；',
    '“（三）拒绝接受检查的。',
    '“情节严重的，吊销其许可。”',
    '三、本修正案自公布之日起施行。',
    '',
  ].join('\n');
  it('reads a quoted item of the article rewritten as an item under the amendment part, not a closed quotation', () => {
    assert.deepEqual(heads(amendment), [
      '1  某某条例修正案',
      '2 一、 将条例第十条修改为',
      '2 二、 将条例第十二条修改为',
      '3 （一） 未经登记从事甲业务的',
      '3 （二） 伪造登记证件的',
      '3 （三） 拒绝接受检查的',
      '2 三、 本修正案自公布之日起施行',
    ]);
    const h = parseOutline(amendment, { format: 'plain' }).headings[3];
    assert.equal(amendment[h.start - 1], '“');
    // a quotation that opens and closes on its own line continues nothing: prose
    const text = [
      '某某讲话',
      '',
      '一、关于学习',
      '他说过一句话。',
      '“（一）是开头的话。”',
      '“（二）是结尾的话。”',
      '二、关于工作',
      '',
    ].join('\n');
    assert.deepEqual(heads(text), ['1  某某讲话', '2 一、 关于学习', '2 二、 关于工作']);
  });
});

describe('figures: notice periods and an office holder in procedure rules (laws53)', () => {
  it('reads N日前 counted back from a meeting as a period of days, not N日前 with no event', () => {
    assert.deepEqual(brief('应当在会议举行七日以前通知委员'), ['七日|7|日|duration']);
    assert.deepEqual(brief('应当在会议召开十日前提交议案'), ['十日|10|日|duration']);
    assert.deepEqual(brief('应当在全体会议审查的四十五日前送交'), ['四十五日|45|日|duration']);
    assert.deepEqual(brief('应当在会议举行的一个月前发给代表'), ['一个月|1|个月|duration']);
    // (于十日前报送 may be "by the tenth")
    assert.deepEqual(brief('材料于十日前报送'), []);
  });
  it('reads N日 after 次月/每月 as a day of the month, no period', () => {
    assert.deepEqual(brief('应当在次月十五日内申报'), ['十五日|"---15"||date']);
    assert.deepEqual(brief('每月二十日前报送'), ['二十日|"---20"||date']);
  });
  it('counts the one holder of an office', () => {
    assert.deepEqual(brief('主任或者副主任一人列席会议'), ['一人|1|人|count']);
    assert.deepEqual(brief('设院长一人，副院长若干人'), ['一人|1|人|count']);
    assert.deepEqual(brief('一人一票，公开表决'), []);
  });
});
