/**
 * perf18 (issue 10): the figures' speed work leaves every answer as it was. The image-alt and
 * link-target passes now look back only from a figure that has a `![` or a `](` within their
 * reach (200 and 300 characters): the reach's edges are pinned here. Made-up texts.
 */
import * as assert from 'node:assert/strict';
import { brief } from './figureBrief';

/** An image whose alt text holds `3个` that many characters after the `[` (padding of 字). */
function altAt(gap: number): string {
  return `![${'字'.repeat(gap - 1)}3个](a.png)`;
}
/** A link target holding `3个` that many characters after the `(`. */
function targetAt(gap: number): string {
  return `见[附件](${'字'.repeat(gap - 1)}3个)`;
}

describe('perf18: figures passes gated by the marks in their reach', () => {
  it('drops a number in an image\'s alt text up to 200 characters after its `[`, not beyond', () => {
    for (const gap of [1, 2, 150, 199, 200]) assert.deepEqual(brief(altAt(gap)), [], `gap ${gap}`);
    for (const gap of [201, 260]) assert.deepEqual(brief(altAt(gap)), ['3个|3|个|count'], `gap ${gap}`);
    // at the text's start: `![` must have a character before the `[` (always) and the look back stops at offset 1
    assert.deepEqual(brief('![3个](a.png)'), []);
  });

  it('drops a number in a link target up to 300 characters after its `(`, not beyond', () => {
    for (const gap of [1, 250, 299, 300]) assert.deepEqual(brief(targetAt(gap)), [], `gap ${gap}`);
    for (const gap of [301, 340]) assert.deepEqual(brief(targetAt(gap)), ['3个|3|个|count'], `gap ${gap}`);
  });

  it('keeps figures before an image and figures of a page with many images', () => {
    const page = Array.from({ length: 50 }, (_, k) => `第${k + 1}项增长${k + 1}%。![图${k}](p${k}.png)`).join('\n');
    const figs = brief(page);
    assert.equal(figs.length, 100);
    assert.equal(figs.filter((f) => f.endsWith('|percent')).length, 50);
    assert.deepEqual(figs.slice(0, 2), ['1项|1|项|other', '1%|1|%|percent']);
  });
});
