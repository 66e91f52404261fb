/**
 * A 范文 page gives its title, then each sample under the same title with a number glued on
 * (…致辞1, …材料篇2): a label, no figure. Every page here is made up for the test.
 */
import * as assert from 'node:assert/strict';
import { brief } from './figureBrief';

describe('figures: the number of a sample on a 范文 page', () => {
  it('drops a number glued to a title line that another line of the page gives without it', () => {
    assert.deepEqual(brief('首页 > 致辞 > 园长秋季开学致辞\n\n园长秋季开学致辞\n\n园长秋季开学致辞1\n\n各位老师：今年新生120人。\n'), ['120人|120|人|count']);
    assert.deepEqual(brief('镇长防汛工作会议讲话(2)\n\n  镇长防汛工作会议讲话篇2\n\n  同志们：全镇有8座水库。\n'), ['8座|8|座|count']);
  });
  it('keeps a number ending a line that no other line repeats as a title (a label on a title: kind other)', () => {
    assert.deepEqual(brief('新建校舍共计12\n\n园长秋季开学致辞3\n'), ['12|12||count', '3|3||other']);
    assert.deepEqual(brief('园长秋季开学致辞1\n园长秋季开学致辞1\n'), ['1|1||other', '1|1||other']);
  });
});
