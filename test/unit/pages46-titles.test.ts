import * as assert from 'node:assert/strict';
import { parseOutline } from '../../src/core/outline';

// Invented short pages and student talks (our own words): the lines read as titles, and the
// lines that are not.
function heads(text: string): Array<[number, string, string]> {
  const line = (pos: number): number => text.slice(0, pos).split('\n').length;
  return parseOutline(text).headings.map((h) => [line(h.start), h.marker, h.title]);
}

const P = [
  '本周三下午，学院在报告厅组织开展了专题活动，全体师生积极参与，现场气氛热烈。',
  '活动结束后，大家纷纷表示收获很大，将把所学运用到今后的学习和工作中去。',
  '此次活动进一步增强了师生的责任意识，为营造良好的校园环境打下了基础。',
];
const talk = (parts: string[]): string => [
  '老师们、同学们，大家好，我是某某班的某某，我的答辩题目是某某系统的设计与实现。', '', '翻页', '',
  ...parts.flatMap((x) => [x, '', '翻页', '']), '我的汇报完了，谢谢各位老师',
].join('\n');

describe('pages46: a talk moving on to its next part', () => {
  it('reads 首先是…部分 / 然后是…部分 / 接下来是…部分 lines as the speaker\'s sentences, no titles', () => {
    const text = talk(['首先是研究背景部分', P[0], '然后是系统设计部分', P[1], '接下来是实验结果部分', P[2],
      '完成了上述全部实验之后，得到了一组稳定的结果，接下来要对结果进行分析']);
    assert.deepEqual(heads(text), []);
  });
  it('keeps titles that only open with such a word', () => {
    const text = ['最后一公里的温度', '', P[0], '', '下一站，春天', '', P[1]].join('\n');
    assert.deepEqual(heads(text).map((h) => h[2]), ['最后一公里的温度', '下一站，春天']);
  });
  it('reads a line counting the steps listed under it as their lead, no title', () => {
    const text = talk(['系统实现工作主要分为三个步骤\n（步骤一）先整理原始数据，\n（步骤二）再训练分类模型，\n（步骤三）最后部署到服务器上', P[0]]);
    assert.deepEqual(heads(text).map((h) => h[1]), ['（步骤一）', '（步骤二）', '（步骤三）']);
  });
});

describe('pages46: 首先…最后 written without a comma at line starts', () => {
  it('reads the run of line-start sequence words as headings', () => {
    const text = talk(['首先讲解数据清洗的方法，即去掉重复记录\n' + P[0], '其次是特征选择的方法，' + P[1], '最后是模型融合的方法，' + P[2]]);
    assert.deepEqual(heads(text).map((h) => [h[0], h[1]]), [[5, '首先'], [10, '其次'], [14, '最后']]);
  });
  it('leaves a lone line-start 首先要 alone', () => {
    const text = talk(['首先要感谢我的指导老师在论文写作过程中给予的帮助。\n' + P[0], P[1]]);
    assert.deepEqual(heads(text), []);
  });
});

describe('pages46: lines of a script that are no titles', () => {
  it('reads a formula and a line going on after a dash as running text', () => {
    const text = ['一、系统设计', '', '前面说明了系统的总体结构。', '', '  数据表设计上：', '  核心是两张表：用户表、订单表，',
      '  然后围绕核心又建了 9 张辅助表——', '  商品、库存、物流、评价、优惠券等等', '', '  这样拆分以后查询更快。', '',
      '二、计算方法', '', '1. 运费计算', '   运费按重量分段计算。', '   运费 =（首重价格 + 续重 × 单价）× 折扣', '   需要处理偏远地区的加价。', '',
      '2. 积分计算', '   积分按实付金额的百分之一计算。'].join('\n');
    assert.deepEqual(heads(text).map((h) => h[1]), ['一、', '二、', '1.', '2.']);
  });
});

describe('pages46: a page\'s column banner beside its breadcrumb', () => {
  it('takes the headline under the banner, not the banner', () => {
    const text = ['新闻中心', '', '当前位置:首页 > 新闻中心 > 校园动态', '', '学院开展春季消防演练', '', '时间:2031-04-02', '来源:', '', ...P].join('\n');
    assert.deepEqual(heads(text), [[5, '', '学院开展春季消防演练']]);
  });
  it('takes the headline under the banner when the banner stands under the breadcrumb', () => {
    const text = ['2031年04月02日 星期三', '首页>信息公开>通知公告', '通知公告', '关于做好五一假期值班工作的通知', '', '各部门:', ...P].join('\n');
    assert.deepEqual(heads(text), [[4, '', '关于做好五一假期值班工作的通知']]);
  });
  it('takes a headline ending on an exclamation mark over the page\'s metadata', () => {
    const text = ['学院要闻', '', '您的位置：首页 > 学院要闻', '', '我院学子在省赛中再获佳绩!', '', '时间:2031-05-12', '作者:', '', ...P].join('\n');
    assert.deepEqual(heads(text), [[5, '', '我院学子在省赛中再获佳绩!']]);
  });
  it('keeps a headline the breadcrumb names too', () => {
    const text = ['当前位置：首页 > 工作动态 > 区政府召开安全生产会议', '', '区政府召开安全生产会议', '', '发布日期：2031-06-01', '', ...P].join('\n');
    assert.deepEqual(heads(text), [[3, '', '区政府召开安全生产会议']]);
  });
  it('reads a short headline of one clause and its 我们 as the title', () => {
    const text = ['评论', '当前位置:评论 > 时评 >', '', '新时代,我们这样奋斗', '', ...P, '', '(责任编辑:某某)'].join('\n');
    assert.deepEqual(heads(text), [[4, '', '新时代,我们这样奋斗']]);
  });
  it('still reads a speaker\'s long sentence with 我们 as no title', () => {
    const text = ['在全校教职工大会上的讲话', '', '老师们：', '', '今天，我们在这里召开全校教职工大会，总结工作', '', ...P].join('\n');
    assert.deepEqual(heads(text), [[1, '', '在全校教职工大会上的讲话']]);
  });
});
