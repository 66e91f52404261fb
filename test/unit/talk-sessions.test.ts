/**
 * A talk as printed in a collected works: the title and its date line, parts named and dated as the
 * sessions they were given in (`引　　言` / `（…日期…）`), a session divided by bare numerals alone on
 * their lines, and a part whose first line is a sentence rather than a title (`一` / `第一个问题：…？`).
 * Every text here is invented.
 */
import * as assert from 'node:assert/strict';
import { parseOutline } from '../../src/core/outline';

/** `level marker title` per heading, with the parent's marker (or title) after `^`. */
function tree(text: string): string[] {
  const o = parseOutline(text);
  return o.headings.map((h) => {
    const p = h.parent === null ? '' : ` ^${o.headings[h.parent].marker || o.headings[h.parent].title}`;
    return `${h.level} ${[h.marker, h.title].filter(Boolean).join(' ')}${p}`;
  });
}

const lines = (...ls: string[]): string => ls.join('\n');

const PROSE = '　　我们今天在这里讨论的事情很多，大家说了很多意见，我把这些意见归纳一下，讲给大家听听。';

describe('talks: a bare numeral over an opening sentence', () => {
  it('reads 一 / a question line / text as the part 一 (the question is the part\'s text, no title)', () => {
    const t = lines(
      '示例座谈会上的讲话', '', '（二〇〇一年三月）', '',
      '一', '', '', '　　第一个问题：我们的工作是为谁做的？', '', PROSE, '',
      '二', '', '', PROSE, '',
    );
    assert.deepEqual(tree(t), ['1 示例座谈会上的讲话', '2 一 ^示例座谈会上的讲话', '2 二 ^示例座谈会上的讲话']);
    // (a short sentence with no running text after it is a list's line, not a part's opening)
    assert.deepEqual(tree(lines('示例清单', '', '一', '', '事项办完了。', '', '二', '', '事项没办完。')), ['1 示例清单']);
  });

  it('reads 四 / a line announcing what follows / （一）… as the part 四 holding its items', () => {
    const t = lines(
      '示例报告', '',
      '一', '', '', PROSE, '', '二', '', '', PROSE, '', '三', '', '', PROSE, '',
      '四', '', '', '　　根据上面的意见，我提出下面几条建议：', '',
      '　　（一）示例建议的第一条内容，讲得比较详细。', '', '　　（二）示例建议的第二条内容，也讲得比较详细。',
    );
    assert.deepEqual(tree(t).slice(4), ['2 四 ^示例报告', '3 （一） 示例建议的第一条内容，讲得比较详细 ^四', '3 （二） 示例建议的第二条内容，也讲得比较详细 ^四']);
  });

});

describe('talks: parts named and dated as sessions', () => {
  const talk = lines(
    '在示例座谈会上的讲话', '', '', '（二〇〇一年三月）', '',
    '引　　言', '', '', '（二〇〇一年三月二日）', '', PROSE, '', PROSE, '',
    '结　　论', '', '', '（二〇〇一年三月二十三日）', '', PROSE, '',
    '一', '', '', PROSE, '', '二', '', '', PROSE, '',
  );

  it('reads 引　　言 and 结　　论 over their date lines as parts of the talk', () => {
    assert.deepEqual(tree(talk).slice(0, 3), ['1 在示例座谈会上的讲话', '2 引　　言 ^在示例座谈会上的讲话', '2 结　　论 ^在示例座谈会上的讲话']);
  });

  it('hangs the bare numerals after a dated session under it; an undated 前言 stays beside its parts', () => {
    assert.deepEqual(tree(talk).slice(3), ['3 一 ^结　　论', '3 二 ^结　　论']);
    const t = lines('示例白皮书', '', '前　　言', '', PROSE, '', '一、示例第一部分', '', PROSE, '', '二、示例第二部分', '', PROSE);
    assert.deepEqual(tree(t), ['1 示例白皮书', '2 前　　言 ^示例白皮书', '2 一、 示例第一部分 ^示例白皮书', '2 二、 示例第二部分 ^示例白皮书']);
  });
});
