import { strict as assert } from 'assert';
import { parseOutline } from '../../src/core';

// Our own invented sentences: a list run on inside one sentence after a colon that announces it is
// no part of the text (docs/testing.md); items on lines of their own, runs split by full stops, and a
// digest's sub-items after a headline stay.
const marks = (t: string): string[] => parseOutline(t).headings.map((h) => `${h.level} ${h.marker}`);
const pad = '这是一段用来撑开篇幅的正文，说明有关工作的背景和要求，各单位应当认真研究落实。';

describe('heads47: a list run on inside one sentence after a colon (colonLists.ts)', () => {
  it('drops the bracketed items of a flattened article (下列情形…：（一）…；（二）…。)', () => {
    const t = ['某市河湖保护办法', '', '第一章　总则', '',
      '第一条　为了保护河湖，制定本办法。第二条　有下列情形之一的，由主管部门责令改正：（一）擅自占用水域的；（二）向河道倾倒垃圾的；（三）损坏护岸设施的。第三条　本办法自公布之日起施行。', '',
      '第二章　附则', '', '第四条　本办法由市水务局负责解释。'].join('\n');
    const m = marks(t);
    assert.ok(!m.some((x) => x.includes('（')), m.join(' | '));
  });

  it('drops (1)(2) after a count of things in a paper abstract (两个关键问题：（1）…；（2）…。)', () => {
    const t = `## 论文简介\n\n${pad}现有方法仍面临两个关键问题：（1）样本数量不足：标注费用很高，难以扩充；（2）结构过于分散：各模块各自为政，难以协同。为此我们提出新的框架。\n`;
    assert.deepEqual(marks(t).filter((x) => x.includes('（')), []);
  });

  it('drops items after 是指 and 包括 and 如下', () => {
    for (const t of [
      `${pad}本办法所称重点单位是指：（一）年用水量较大的企业；（二）公共供水单位；（三）其他指定单位。${pad}`,
      `${pad}检查内容包括：(1)台账是否齐全；(2)设备是否完好；(3)人员是否到岗。${pad}`,
      `${pad}具体安排如下：（1）周一报送材料；（2）周三组织评审；（3）周五公布结果。${pad}`,
      `${pad}工作分为三个阶段：（一）动员部署；（二）集中整治；（三）总结验收。${pad}`,
    ]) assert.deepEqual(marks(t), [], t);
  });

  it('keeps items on lines of their own (a statute\'s items are parts)', () => {
    const t = ['第一条　有下列情形之一的，由主管部门责令改正：', '（一）擅自占用水域的；', '（二）向河道倾倒垃圾的；', '（三）损坏护岸设施的。',
      '第二条　本办法自公布之日起施行。'].join('\n');
    const m = marks(t);
    assert.ok(m.filter((x) => x.includes('（')).length === 3, m.join(' | '));
  });

  it('keeps a run whose items are split by full stops (points that go on with their explanation)', () => {
    const t = `${pad}这类报告有以下特点：(1)真实性。报告如实记载工作进展，不作修饰。(2)时效性。报告按月报送，过期作废。(3)针对性。报告只写本单位的情况。`;
    assert.equal(marks(t).length, 3);
  });

  it('keeps a digest\'s sub-items after a headline with no announcing word', () => {
    const t = ['1. 多地迎来强降雨天气', '2. 某国发生地震：（1）救援队伍连夜抵达灾区；（2）当地学校暂停上课', '3. 新一批科研成果发布'].join('\n');
    const m = marks(t);
    assert.ok(m.includes('2 （1）') && m.includes('2 （2）'), m.join(' | '));
  });

  it('keeps a run after a colon that a sentence\'s end splits, and one not after a colon', () => {
    const t1 = '这项制度有两个特点：(1)公开性。办理过程全程公开，接受群众监督。(2)规范性。每个环节都有明确标准，按章办事。';
    assert.equal(marks(t1).length, 2);
    const t2 = `${pad}会上，各单位作了发言。（1）交通部门介绍了道路建设情况；（2）教育部门介绍了学校建设情况。`;
    assert.equal(marks(t2).length, 2);
  });

  it('keeps a run where a member has items of its own under it', () => {
    const t = ['一、主要任务', '', '本年度重点抓好下列工作：（一）完善制度；（二）加强队伍', '', '1. 制定培训计划', '', pad, '', '2. 开展业务考核', '', pad].join('\n');
    // (whatever the reading of the list, the numbered parts under the document stay)
    const m = marks(t);
    assert.ok(m.includes('1 一、'), m.join(' | '));
  });

  it('reads no list in a text without colons, and is linear on a long line', () => {
    assert.equal(parseOutline(`${pad}（1）第一项；（2）第二项。`).headings.length, parseOutline(`${pad}（1）第一项；（2）第二项。`).headings.length);
    const long = ('有下列情形之一的：（一）甲乙丙丁；（二）戊己庚辛；（三）壬癸子丑。').repeat(3000);
    const t0 = Date.now();
    const o = parseOutline(long);
    assert.ok(Date.now() - t0 < 5000);
    assert.ok(!o.headings.some((h) => h.family === 'cn-paren'));
  });
});
