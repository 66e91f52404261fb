/**
 * A count after 和/与/及 is no count of a two-item list when the words between the conjunction and
 * the numeral are empty or hold a verb (他和前妻育有两个孩子, 纪念和两位校友的合作): the 和 joins the
 * subject or opens the object, and the count is a real one. Lists (甲村和乙村两个村庄) stay as they
 * were. Made-up sentences.
 */
import * as assert from 'node:assert/strict';
import { brief } from './figureBrief';

describe('figures: a count after a 和 that joins no list (figrec46)', () => {
  it('reads the count when a verb stands between 和 and the numeral', () => {
    assert.deepEqual(brief('她和丈夫育有三个女儿。'), ['三个|3|个|count']);
    assert.deepEqual(brief('老张和老伴只有两个儿子。'), ['两个|2|个|count']);
    assert.deepEqual(brief('他和同事在两个县开展调研。'), ['两个|2|个|count']);
  });
  it('reads the count right after 和', () => {
    assert.deepEqual(brief('为了感谢和两位老师的长期合作，学校设立了奖学金。'), ['两位|2|位|count']);
  });
  it('leaves the counts of the items a list names', () => {
    assert.deepEqual(brief('城东和城西两个片区同步开工。'), []);
    assert.deepEqual(brief('甲村和乙村两个村庄合并。'), []);
    assert.deepEqual(brief('首部、正文和落款三个部分。'), []);
    assert.deepEqual(brief('语文和数学两门课程。'), []);
    assert.deepEqual(brief('政府与企业两个方面都要发力。'), []);
    assert.deepEqual(brief('山谷和平原之间有两条公路。'), []);
    assert.deepEqual(brief('这片林区和湖区是两个保护区。'), []);
  });
});
