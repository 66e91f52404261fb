/**
 * The numbering checks over the engine's own outline (not a hand-built one): the engine must
 * recognise numbering that is wrong but clearly meant as numbering, or the checks never see it.
 * Each document is crafted; each has exactly the finding a careful 秘书 would mark.
 */
import * as assert from 'node:assert/strict';
import { parseOutline } from '../../src/core/outline';
import { checkNumbering } from '../../src/core/checks';

function findings(text: string, format: 'plain' | 'markdown' = 'plain'): string[] {
  return checkNumbering(text, parseOutline(text, { format })).map((f) => `${f.code} ${text.slice(f.start, f.end)}`);
}

const report = (parts: string[]): string => ['年度工作安排', '正文很长的一段，交代了背景和总体考虑。', ...parts].join('\n');

describe('outline → checks: wrong numbering the engine still recognises', () => {
  it('a run opened by 第一步， is the 第一， series: no wrong start, but a real gap is reported', () => {
    const steps = report(['一、推进工作的步骤', '具体分三步走：第一步，摸清底数；第二，制定方案；第三，分批实施。', '二、强化组织保障', '正文。']);
    assert.deepEqual(findings(steps), []);
    const gap = report(['一、推进工作的步骤', '具体分几步走：第一步，摸清底数；第二步，制定方案；第四步，分批实施。', '二、强化组织保障', '正文。']);
    assert.deepEqual(findings(gap), ['GM001 第四步，']);
  });

  it('GM002 at a second （一） straight after the first', () => {
    const t = report(['一、抓好重点任务', '（一）稳住经济大盘', '正文。', '（一）守住安全底线', '正文。', '（二）办好民生实事', '正文。', '二、强化组织保障', '正文。']);
    assert.deepEqual(findings(t), ['GM002 （一）']);
  });

  it('GM001 at an inline member that skips a number', () => {
    const t = report(['一、抓好重点任务', '今年着力做好三方面：一是扩大内需；二是培育新动能；四是防范化解风险。', '二、强化组织保障', '正文。']);
    assert.deepEqual(findings(t), ['GM001 四是']);
  });

  it('GM003 at an inline run that starts at 二是', () => {
    const t = report(['一、抓好重点任务', '下一步要突出抓好：二是压实属地责任；三是强化督导问责。', '二、强化组织保障', '正文。']);
    assert.deepEqual(findings(t), ['GM003 二是']);
  });

  it('GM006 at 首先、 inside a paragraph', () => {
    const t = report(['一、抓好重点任务', '对此提三点要求。首先、要提高站位。其次，要压实责任。最后，要狠抓落实。', '二、强化组织保障', '正文。']);
    assert.deepEqual(findings(t), ['GM006 首先、']);
  });

  it('GM013 at a lone （一） where the other parts are divided into （一）（二）', () => {
    const t = report(['一、抓好重点任务', '（一）稳住经济大盘', '正文。', '（二）办好民生实事', '正文。', '二、强化组织保障', '（一）健全工作机制', '正文。', '三、改进工作作风', '（一）精简会议文件', '正文。', '（二）深化调查研究', '正文。']);
    assert.deepEqual(findings(t), ['GM013 （一）']);
  });

  it('nothing on the same documents written right', () => {
    assert.deepEqual(findings(report(['一、抓好重点任务', '（一）稳住经济大盘', '正文。', '（二）守住安全底线', '正文。', '二、强化组织保障', '正文。'])), []);
    assert.deepEqual(findings(report(['一、抓好重点任务', '今年着力做好：一是扩大内需；二是培育新动能；三是防范风险。', '二、强化组织保障', '正文。'])), []);
    // A 一是 written without a clause boundary before it was missed: no wrong start, no gap.
    assert.deepEqual(findings(report(['一、抓好重点任务', '我们要一是扩大内需，二是培育新动能，三是防范风险；而四是另一回事。', '二、强化组织保障', '正文。'])), []);
    // Markdown renumbers 1. 1. 1. itself.
    assert.deepEqual(findings('# 办法\n\n正文。\n\n1. 甲项内容\n1. 乙项内容\n1. 丙项内容\n', 'markdown'), []);
  });
});
