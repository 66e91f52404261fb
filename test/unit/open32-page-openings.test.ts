import * as assert from 'node:assert/strict';
import { parseOutline } from '../../src/core/outline';

function heads(text: string): Array<[number, string, number, string]> {
  const line = (pos: number): number => text.slice(0, pos).split('\n').length - 1;
  return parseOutline(text).headings.map((h) => [line(h.start), h.marker, h.level, h.title]);
}

// Invented page openings, in the shapes of the pages of study38 (open32).
const RULES = [
  '為進一步調動教職工的積極性，結合學校實際，制定本細則。',
  '一、考核範圍',
  '全體在編在崗教職工，按月發放的獎勵與學期獎勵一併納入本細則的考核範圍。',
  '二、考核辦法',
  '(一)日常考核:分考勤、考績兩項,獎金按月發放。',
  '1、考勤:全勤的按每月150元計發。',
  '(1)病假按規定扣發;(2)事假按天扣發。',
  '2、考績:按每月工作量計發。',
  '(1)按課時計算的工作量按學校規定折算。',
  '(2)兼任班主任的另計工作量。',
];

describe('open32: a page opening cut inside a short last list item', () => {
  it('takes back the lone (一) over 1、 2、 when the page stops inside (3) after its first clause', () => {
    const text = [...RULES, '(3)值日按月輪換實行登記;缺席一'].join('\n');
    const hs = heads(text).filter(([, m]) => m === '(一)' || m === '1、' || m === '2、');
    assert.deepEqual(hs.map(([l, m, v]) => [l, m, v]), [[4, '(一)', 2], [5, '1、', 3], [7, '2、', 3]]);
  });

  it('leaves the lone (一) out where the last item ends its sentence', () => {
    const text = [...RULES, '(3)值日按月輪換實行登記;缺席一次扣發十元。'].join('\n');
    assert.deepEqual(heads(text).filter(([, m]) => m === '(一)').length, 0);
  });

  it('leaves it out where the short last line is not the next item of the list above it', () => {
    const text = [...RULES, '', '(5)值日按月輪換實行登記;缺席一'].join('\n');
    assert.deepEqual(heads(text).filter(([, m]) => m === '(一)').length, 0);
  });
});

describe('open32: a government page record over the document title and its first part', () => {
  const RECORD = ['财政资金管理', '- 索引号: abc/2030-00007', '- 发布机构: 某某市某某服务中心', '- 文号:', '- 发布日期: 2030-04-02', '- 时效性: 有效'];
  const BODY = ['一、基本情况', '2029年,某某服务中心共实施项目十个,年初批复预算六个项目,调整预算后项目预算有所减少,实际到位资金按进度拨付。', '(一)项目概况', '1.项目立项背景', '(1)展厅运维经费。展厅位于市文化广场,经费用于保障展厅各个模块的正常运转。', '(2)平台运维经费。按照上级要求,完成数据汇聚和共享开放,构建一体化平台。'];

  it('takes the title under the record, not the column name over it, when 一、 follows the title', () => {
    const text = [...RECORD, '某某市某某服务中心2029年度项目支出绩效自评报告', ...BODY].join('\n');
    const hs = heads(text);
    assert.deepEqual(hs.slice(0, 2).map(([l, m, v, t]) => [l, m, v, t]), [[6, '', 1, '某某市某某服务中心2029年度项目支出绩效自评报告'], [7, '一、', 2, '基本情况']]);
  });

  it('leaves a page whose line above 一、 is a field of the record as it was', () => {
    const text = [...RECORD, ...BODY].join('\n');
    assert.ok(!heads(text).some(([l, m]) => m === '' && l === 5));
  });
});

describe('open32: a report part named by its year under the page title and the speech opening', () => {
  it('nests 2029年工作回顾 under the page title the anatomy holds, with the numbered parts under it', () => {
    const text = [
      '某镇政府工作报告', '', '某镇政府工作报告', '', '01-16 15:29:25  浏览次数:419次  栏目:政府报告', '  各位代表:',
      '  现在,我代表镇人民政府向大会作工作报告,请予审议,并请列席人员提出意见。',
      '  2029年工作回顾',
      '  2029年是我镇加快发展的一年。一年来,在县委、县政府的正确领导下,全镇上下团结一心,推动经济持续发展,保持社会稳定。',
      '  一、经济结构不断优化,综合实力明显提升。全年全镇实现生产总值稳步增长,工业经济平稳运行,农业结构调整步伐加快。',
      '  二、城镇建设步伐加快,镇容镇貌明显改观。全年新建道路多条,完成绿化工程,群众居住环境进一步改善。',
    ].join('\n');
    const hs = heads(text);
    const part = hs.find(([, , , t]) => t === '2029年工作回顾');
    assert.ok(part);
    assert.equal(part[2], 2);
    assert.deepEqual(hs.filter(([, m]) => m === '一、' || m === '二、').map(([, , v]) => v), [3, 3]);
  });
});
