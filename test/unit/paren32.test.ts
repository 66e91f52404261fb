import * as assert from 'node:assert/strict';
import { parseOutline } from '../../src/core/outline';

const heads = (t: string) => parseOutline(t, { format: 'plain' }).headings.map((h) => `${h.level} ${h.marker}${h.title}`);
const brackets = (t: string) => heads(t).filter((h) => /\(\d\)|（\d）/.test(h));

describe('paren32: inline (1)(2) runs that list words or questions are no headings', () => {
  it('drops the senses of a word quoted in a paper (short bare sentences, an example among them)', () => {
    const t = [
      '一、研究对象',
      '本文讨论“行”这个字的用法。按照常用词典的说法，“行”的义项主要有:(1)走路。(2)流通。如:发行;通行。(3)可以。(4)能干。这些义项由本义逐步引申而来。',
      '二、结论',
      '本文认为上述义项之间存在明显的引申关系，今后还要继续研究。',
    ].join('\n');
    assert.deepEqual(brackets(t), []);
  });

  it('drops the sub-questions of an exam problem written inside its stem', () => {
    const t = '1、设某批零件的长度服从正态分布，从中随机抽取十个样本。(1)求长度的平均值。(2)求长度的方差。\n2、写出下列函数的导数。';
    assert.deepEqual(brackets(t), []);
    const u = '已知两个数互为相反数：（1）求两数之和。（2）求两数之积。（3）求两数之商。';
    assert.deepEqual(brackets(u), []);
  });

  // (docs/testing.md: a run inside one sentence after a colon that announces it is a list, not parts: colonLists.ts)
  it('reads no part in the items a regulation enumerates inside one sentence (closed by semicolons)', () => {
    const t = '会议认为，具有下列情形之一的，应当认定为单位行为：（1）经单位领导集体研究决定的；（2）经单位负责人同意的；（3）其他可以认定的情形。';
    assert.deepEqual(brackets(t), []);
  });

  it('keeps points that go on with their explanation, and long provisions closed by a full stop', () => {
    const t = '这类纪要有以下特点：(1)纪实性。纪要如实反映会议的内容和议定的事项，不作任何加工。(2)指导性。纪要对有关部门的工作提出明确要求，必须执行。(3)时效性。纪要只在一定时间内有效。';
    assert.deepEqual(brackets(t), ['1 (1)纪实性', '1 (2)指导性', '1 (3)时效性']);
    const u = '对认定意见，区分下列情况分别处理：（1）对已经确认产生单位并且该单位的环评文件已经写明属于危险物品的，根据产生单位的建设项目环评文件和有关名录等出具认定意见。（2）对无法确认产生单位的，应当抽取典型样品进行检测，根据典型样品的检测指标浓度对照有关标准的限值出具认定意见。';
    assert.equal(brackets(u).length, 2);
  });
});
