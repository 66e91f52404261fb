import { strict as assert } from 'node:assert';
import { parseOutline } from '../../src/core';
import type { Outline } from '../../src/core';

// Invented texts (round 27, heads45): text that parts its paragraphs by blank lines, a short
// title or lead-in line with no stop right over the first numbered line.

function numbered(o: Outline): string[] {
  return o.headings.filter((h) => h.marker !== '').map((h) => h.marker + h.title);
}

describe('heads45: a numbered line right under a short lead-in line, blank-separated text', () => {
  it('the first numbered line is not joined to the lead-in above it', () => {
    const text = '翻页\n\n本次调研的主要发现\n（一）农户参保意愿普遍较高\n（二）保费补贴知晓率偏低\n（三）理赔流程仍需简化\n\n翻页\n\n下面谈谈下一步的打算。\n';
    assert.deepEqual(numbered(parseOutline(text)), ['（一）农户参保意愿普遍较高', '（二）保费补贴知晓率偏低', '（三）理赔流程仍需简化']);
    const steps = '课题介绍\n\n数据整理分为三个环节\n（步骤一）导出逐日温度数据，\n（步骤二）对缺测日期做插补\n（步骤三）检查异常值\n\n翻页\n\n难点在于如何选取合适的方法。\n';
    assert.deepEqual(numbered(parseOutline(steps)), ['（步骤一）导出逐日温度数据，', '（步骤二）对缺测日期做插补', '（步骤三）检查异常值']);
    const speech = '培训心得\n\n通过这次培训我有三点体会\n首先，要把学习当成习惯\n其次，要把实践当成课堂\n最后，要把总结当成提升\n\n今后我将继续努力。\n';
    assert.deepEqual(numbered(parseOutline(speech)), ['首先，要把学习当成习惯', '其次，要把实践当成课堂', '最后，要把总结当成提升']);
  });

  it('a sentence wrapped before a numeral, or a marker a scraper broke, still joins', () => {
    const wrapped = '项目汇报\n\n我们这个项目从去年开始\n一直在做前期论证，\n\n一、二期工程的衔接问题已经解决。\n\n谢谢大家。\n';
    assert.deepEqual(numbered(parseOutline(wrapped)), []);
    const clause = '会议纪要\n\n会议强调，各级\n一要加强组织领导，二要压实工作责任，三要强化督促检查。\n\n会议要求各单位抓好落实。\n';
    assert.deepEqual(numbered(parseOutline(clause)), []);
    const broken = '工作讲话\n\n同志们：\n\n去年各项工作进展顺利。\n\n（\n一）压实工作责任\n\n各级干部要扛起责任。\n\n（\n二）强化要素保障\n\n各部门要加强协同。\n';
    assert.deepEqual(numbered(parseOutline(broken)).map((s) => s.replace(/\n/g, '')), ['（一）压实工作责任', '（二）强化要素保障']);
  });
});
