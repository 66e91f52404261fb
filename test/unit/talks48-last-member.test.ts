import { strict as assert } from 'node:assert';
import { parseOutline } from '../../src/core';

// Invented texts (our own words): an inline `最后，` closing a run of ordinals in one paragraph.
function marks(text: string): string[] {
  return parseOutline(text).headings.map((h) => `${h.level}${h.marker}`);
}

describe('talks48: 最后， as the last member of an inline run of ordinals', () => {
  const should: Array<[string, string[]]> = [
    ['今天讲四个环节。第一，数据从哪里来；第二，数据怎么存；第三，数据怎么用；最后，结果怎么讲。\n下面逐一展开。\n', ['1第一，', '1第二，', '1第三，', '1最后，']],
    ['今年重点抓三件事。一是抓项目建设；二是抓招商引资；三是抓服务保障；最后，还要抓好队伍建设。\n', ['1一是', '1二是', '1三是', '1最后，']],
    ['我们的做法有几条。第一，摸清底数。第二，建立台账。最后，定期回访，确保问题不反弹。\n', ['1第一，', '1第二，', '1最后，']],
    ['开会前要做好准备。一是通知到人，二是材料到位，最后，会场要提前布置好。\n', ['1一是', '1二是', '1最后，']],
    ['这门课分为几步。第一，读懂题目；第二，列出思路；第三，动手实现；第四，反复测试；最后，写好总结。\n', ['1第一，', '1第二，', '1第三，', '1第四，', '1最后，']],
    ['同志们：\n这项工作要注意三点。第一，要统一思想；第二，要明确分工；最后，要狠抓落实。\n散会。\n', ['1第一，', '1第二，', '1最后，']],
  ];
  should.forEach(([t, want], i) => it(`closes the run (${i + 1})`, () => assert.deepEqual(marks(t), want)));

  const shouldNot: Array<[string, string[]]> = [
    // 最后 in the next paragraph: a closing word of the talk, not the run's member
    ['今天讲三个环节。第一，数据从哪里来；第二，数据怎么存；第三，数据怎么用。\n最后，祝大家学习进步！\n', ['1第一，', '1第二，', '1第三，']],
    // 最后 with no comma: an adverb
    ['今天讲三个环节。第一，数据从哪里来；第二，数据怎么存；最后我们一起讨论。\n', ['1第一，', '1第二，']],
    // a lone 第一 is no run: 最后 closes nothing
    ['第一次来到这里，感触很深。最后，感谢主办方的邀请。\n', []],
    // one side and the other: no run of ordinals
    ['一方面要抓发展，另一方面要保稳定，最后，还要守住底线。\n', []],
    // a line-start run: 最后 inside a later paragraph is not read onto it
    ['各位代表：\n第一，关于经济发展。今年增长较快。\n第二，关于社会事业。教育医疗都有进步。\n我们要继续努力，最后，祝大家工作顺利。\n', ['1第一，', '1第二，']],
    // 其一 … 其二 runs keep their own reading
    ['理由有二。其一，成本较低；其二，见效较快；最后，风险也可控。\n', ['1其一，', '1其二，']],
  ];
  shouldNot.forEach(([t, want], i) => it(`leaves 最后 alone (${i + 1})`, () => assert.deepEqual(marks(t), want)));
});
