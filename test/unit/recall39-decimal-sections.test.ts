import * as assert from 'node:assert/strict';
import { parseOutline } from '../../src/core/outline';

// Invented texts (our own wording) in the shapes recall39 studied: parts numbered with section
// numbers `1 总则` / `1.1 编制目的` / `1.3.1 …`, as emergency plans, feasibility reports, company
// rules and writing guides number them.
function heads(text: string): Array<[number, string, number]> {
  const line = (pos: number): number => text.slice(0, pos).split('\n').length - 1;
  const o = parseOutline(text);
  return o.headings.filter((h) => h.marker !== '').map((h) => [line(h.start), h.marker.trim(), h.level]);
}

describe('recall39: section numbers 1 / 1.1 / 1.1.1 mark parts', () => {
  it('reads an emergency plan numbered 1 总则, 1.1 编制目的, 2.2.1 … at their depths', () => {
    const text = ['某县防汛应急预案', '1 总则', '1.1 编制目的', '为做好防汛工作，减少灾害损失，制定本预案。', '1.2 适用范围',
      '本预案适用于本县行政区域。', '2 组织体系', '2.1 指挥机构', '县防汛指挥部负责全县防汛工作。', '2.2 工作机构',
      '2.2.1 指挥部办公室', '办公室设在县水利局。', '2.2.2 专家组', '专家组由有关部门人员组成。'].join('\n');
    assert.deepEqual(heads(text), [
      [1, '1', 2], [2, '1.1', 3], [4, '1.2', 3], [6, '2', 2], [7, '2.1', 3], [9, '2.2', 3], [10, '2.2.1', 4], [12, '2.2.2', 4],
    ]);
  });
  it('reads 1. and 1、 over their 1.1 children as sections, and keeps a 1、 2、 list under 1.2 a list', () => {
    const text = ['产品体验报告', '1、产品概述', '1.1 体验环境', '手机型号和系统版本如下。', '1.2 目标人群', '本产品的用户分为三类：',
      '1、内容作者', '2、内容读者', '3、广告主', '1.3 产品功能', '主要功能有发布、评论和收藏。', '2、产品详情', '本部分介绍产品的主要功能。'].join('\n');
    const h = heads(text);
    assert.deepEqual(h.filter(([, m]) => m === '1、' || m === '2、').map(([l, , lv]) => [l, lv]), [[1, 2], [6, 4], [7, 4], [11, 2]]);
    assert.deepEqual(h.filter(([, m]) => m.includes('.')).map(([l, m, lv]) => [l, m, lv]), [[2, '1.1', 3], [4, '1.2', 3], [9, '1.3', 3]]);
  });
  it('reads numbered paragraphs 1.3.1 and 1.3.2 under the heading 1.3', () => {
    const text = ['某镇突发事件应急预案', '1 总则', '1.1 编制目的', '为规范应对突发事件，制定本预案。', '1.2 编制依据', '依据有关法律法规。',
      '1.3 分级分类', '1.3.1按照危害程度，突发事件分为四级，由高到低为特别重大、重大、较大和一般。', '1.3.2按照发生原因，突发事件分为四类，即自然灾害、事故灾难、公共卫生事件和社会安全事件。'].join('\n');
    assert.deepEqual(heads(text).map(([l, m, lv]) => [l, m, lv]).slice(-3), [[6, '1.3', 3], [7, '1.3.1', 4], [8, '1.3.2', 4]]);
  });
  it('leaves a list of the contents whose numbers the body repeats, and reads the body', () => {
    const text = ['某市供水应急预案', '', '1 总则', '', '1.1 编制目的', '', '1.2 适用范围', '', '2 组织体系', '', '2.1 指挥机构', '', '',
      '1 总则', '', '1.1 编制目的', '', '为保障城市供水安全，制定本预案。', '', '1.2 适用范围', '', '本预案适用于本市。'].join('\n');
    assert.deepEqual(heads(text).map(([l, m]) => [l, m]), [[13, '1'], [15, '1.1'], [19, '1.2']]);
  });
  it('reads 1.1 and 1.2 under 一、 in a writing guide, a question ending a title', () => {
    const text = ['心得体会写作指南', '一、认识心得体会', '心得体会是对学习和工作的总结。', '1.1 为什么容易写成流水账?', '很多人只罗列内容。',
      '1.2 好的心得有什么特征', '具体、真实、有思考。', '二、写作前的准备', '2.1 做好记录', '听课时要随手记下要点。', '2.2 收集素材', '留意身边的事例。'].join('\n');
    assert.deepEqual(heads(text).map(([l, m, lv]) => [l, m, lv]), [
      [1, '一、', 2], [3, '1.1', 3], [5, '1.2', 3], [7, '二、', 2], [8, '2.1', 3], [10, '2.2', 3],
    ]);
  });
  it('leaves figures and lone numbers: no scheme, a unit after the number, a sentence', () => {
    for (const text of [
      '全年经济运行情况\n1.5 亿元的专项资金已经下达。\n2.3 万人次参加了技能培训。',
      '情况说明\n3.2 万人\n3.3 万人\n今年参保人数继续增长。',
      '工作安排\n1.1 本周完成方案初稿，下周提交讨论。\n1.2 月底前完成全部工作，并报送结果。',
      '会议记录\n2.1 项目进展\n各项目按计划推进。',
      // (a timeline's days: month.day, the section never starting at .1)
      '活动总结\n3.15 召开动员会\n全体人员参加。\n3.16 开展集中培训\n培训两次。\n3.17 现场检查\n检查三处。',
    ]) assert.deepEqual(heads(text).filter(([, m]) => /^\d/.test(m)), [], text);
  });
});

describe('section numbers opening Markdown headings (### 1.1 目的)', () => {
  it('reads the number after the hashes as the marker, as ## 一、 is, the parts nested by their numbers', () => {
    const text = ['# 某市数据管理办法', '', '## 1 总则', '', '### 1.1 目的', '', '为了规范管理，制定本办法。', '', '### 1.2 范围', '',
      '本办法适用于全市。', '', '## 2 职责', '', '### 2.1 部门', '', '各部门负责。'].join('\n');
    const o = parseOutline(text, { format: 'markdown' });
    assert.deepEqual(o.headings.map((h) => [h.marker, h.title, h.level]), [
      ['', '某市数据管理办法', 1], ['1', '总则', 2], ['1.1', '目的', 3], ['1.2', '范围', 3], ['2', '职责', 2], ['2.1', '部门', 3],
    ]);
  });
  it('leaves a heading whose number no sibling or child places as one title (### 3.15 召开动员会)', () => {
    const text = ['# 工作纪事', '', '### 3.15 召开动员会', '', '全体干部参加。', '', '### 4.20 开展检查', '', '检查组分三路。'].join('\n');
    assert.deepEqual(parseOutline(text, { format: 'markdown' }).headings.map((h) => [h.marker, h.title]), [
      ['', '工作纪事'], ['', '3.15 召开动员会'], ['', '4.20 开展检查'],
    ]);
  });
});
