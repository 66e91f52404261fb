/** A date whose parts an editor set in spans of their own. Made-up text. */
import * as assert from 'node:assert/strict';
import { brief } from './figureBrief';

describe('figures: date parts cut by inline tags', () => {
  it('reads each part where its digits stand, with that part alone as its value', () => {
    const text = '<p><span>见于讲话</span><span>2019</span><span>年</span><span>3</span><span>月</span><span>8</span><span>日在某地</span></p>';
    assert.deepEqual(brief(text), ['2019|"2019"||date', '3|"--03"||date', '8|"---08"||date']);
    assert.deepEqual(brief('<p><span>会于</span><span>5</span><span>月</span><span>12</span><span>日召开</span></p>'), ['5|"--05"||date', '12|"---12"||date']);
  });
  it('keeps a whole date written inside one span as one figure', () => {
    assert.deepEqual(brief('<p><span>2019年3月8日</span>召开</p>'), ['2019年3月8日|"2019-03-08"||date']);
  });
});

describe('figures: tags wrapped over lines (Word-exported HTML)', () => {
  it('reads a month cut from 月 by nested tags whose attributes run over lines', () => {
    const text = "<p><span style='a:b'><span\n style='c:d'>7</span></span></span><span\n style='e:f'><span style='g:h;\n i:j'>月</span></span>开会</p>\n";
    assert.deepEqual(brief(text), ['7|"--07"||date']);
  });
});
