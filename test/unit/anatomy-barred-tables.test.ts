/**
 * Tables inside the body, set with bars but no Markdown delimiter row (a scraped page's
 * `| 名称 | 时间 |` rows, `序号 | 名称 |` rows with no bar in front, a table flattened a cell a line
 * with a bar after each cell): the body goes on after the table, its cells are no parts, and a
 * site's menu set with bars stays the page's. Every text here is made up for the test.
 */
import * as assert from 'node:assert/strict';
import { parseOutline } from '../../src/core/outline';
import type { ZoneName } from '../../src/core/types';
import { barredTableRows } from '../../src/core/outline/anatomy/tables';
import { analyseLayout } from '../../src/core/outline/layout';
import { computeLineStarts } from '../../src/core/text/lines';

function zonesOf(text: string): ZoneName[] {
  const o = parseOutline(text);
  const out: ZoneName[] = [];
  for (const z of o.zones ?? []) for (let i = z.firstLine; i <= z.lastLine; i++) out[i] = z.zone;
  return out;
}
/** The numbered headings: `line marker` (1-based lines). */
function parts(text: string): string[] {
  const o = parseOutline(text);
  const lineOf = (off: number): number => {
    let k = 0;
    while (k + 1 < o.lineStarts.length && o.lineStarts[k + 1] <= off) k++;
    return k + 1;
  };
  return o.headings.filter((h) => h.marker).map((h) => `${lineOf(h.start)} ${h.marker}`);
}
function rowsOf(text: string): number[] {
  const starts = computeLineStarts(text);
  const layout = analyseLayout(text, starts, () => false);
  const rows = barredTableRows(text, layout.lines);
  const out: number[] = [];
  if (rows) rows.forEach((v, i) => { if (v) out.push(i + 1); });
  return out;
}

// A short summary page: lead, parts, a table of rows closing each cell with a bar, more parts.
const SUMMARY = [
  '【青河街道志愿活动总结】今年春夏，街道围绕“邻里守望”组织了多场志愿活动，现将情况总结如下。',
  '一、活动概况',
  '活动自三月开始，到六月结束，共组织五次集中服务，参与的居民和志愿者累计三百余人次。',
  '二、活动安排与效果',
  '| 活动名称 | 日期 | 人数 | 内容 | 效果 |',
  '| 河道清洁 | 2031.3.12 | 45人 | 清理岸边杂物 | 岸线明显整洁 |',
  '| 看望独居老人 | 2031.4.2 | 20人 | 上门打扫、陪同聊天 | 老人反映很好 |',
  '| 防诈宣传 | 2031.5.8 | 60人 | 发放资料、现场讲解 | 居民防范意识提高 |',
  '| 少儿安全课 | 2031.6.1 | 35人 | 防溺水、防火演示 | 家长普遍认可 |',
  '三、主要体会',
  '1. 事前筹划要细：分工明确，流程清楚，活动才能顺利进行。',
  '2. 发动群众要广：多渠道宣传，居民参与热情明显提高。',
  '3. 跟踪反馈要实：部分活动缺少回访，今后需要补上。',
  '四、下一步打算',
  '下半年将围绕重阳节和冬季防火再组织几次活动，把好的做法坚持下去。',
].join('\n');

describe('anatomy: a table set with bars inside the body', () => {
  it('reads the parts after a table of bar-closed rows with no delimiter row (they were the page tail)', () => {
    assert.deepEqual(parts(SUMMARY), ['2 一、', '4 二、', '10 三、', '11 1.', '12 2.', '13 3.', '14 四、']);
    const z = zonesOf(SUMMARY);
    assert.deepEqual(z.slice(4, 9), Array(5).fill('table'));
    assert.ok(z.slice(9).every((x) => x === 'body'), z.join(' '));
  });

  it('reads rows that open with no bar (`序号 | 名称 | 说明 |`) as a table too', () => {
    const text = [
      '【工作方案的写法】写好一份方案，先要把结构理清楚，下面分几部分说明。',
      '一、方案的基本结构',
      '序号 | 部分 | 说明 |',
      '1 | 背景 | 交代为什么要做这件事 |',
      '2 | 目标 | 写明要达到的具体结果 |',
      '3 | 措施 | 列出主要做法和分工 |',
      '4 | 进度 | 排出各阶段的时间节点 |',
      '二、写作中要注意的几点',
      '1. 目标要具体：能量化的尽量量化，便于检查。',
      '2. 措施要可行：结合实际，不写空话。',
      '三、常见的问题',
      '内容空洞、分工不清是最常见的毛病，动笔前要多做调查。',
    ].join('\n');
    assert.deepEqual(parts(text), ['2 一、', '8 二、', '9 1.', '10 2.', '11 三、']);
  });

  it('keeps a table flattened a cell a line (`一、按类别分 |`) out of the parts, and the part after it in its place', () => {
    const text = [
      '一、基本情况',
      '（一）单位构成说明。',
      '本年度纳入汇总的单位共八个，分类如下：',
      '项目 |', '数量 |', '增减 |', '||', '一、按类别分 |', '8 |', '||', '行政单位 |', '2 |', '||',
      '二、按层级分 |', '8 |', '||', '一级单位 |', '1 |', '||',
      '（二）人员情况说明。',
      '年末在职人员共一百二十人，比上年减少三人。',
    ].join('\n');
    assert.deepEqual(parts(text), ['1 一、', '2 （一）', '20 （二）']);
    const o = parseOutline(text);
    const second = o.headings.find((h) => h.marker === '（二）');
    assert.ok(second && second.parent !== null && o.headings[second.parent].marker === '一、');
  });

  it('reads the parts between two tables and after them, though rows of one table share a width', () => {
    const row = (a: string, b: string): string => `| ${a} | ${b} |`;
    const text = [
      '【学习的方法】学习讲究方法，本文从几个方面归纳，并列表说明。',
      '一、方法的含义',
      '方法是做事的门路，学习方法就是获取知识、形成能力的途径和手段。',
      '二、方法的作用',
      row('作用', '说明'), row('提高效率', '同样的时间学到更多东西'), row('减少错误', '少走弯路，避免反复'),
      row('养成习惯', '把好的做法变成日常'), row('增强信心', '看得到进步就更愿意学'),
      '三、方法的种类',
      row('种类', '特点'), row('预习法', '上课前先看一遍教材'), row('复习法', '课后及时回顾所学内容'),
      row('归纳法', '把零散知识整理成条理'), row('练习法', '通过做题巩固所学'),
      '四、使用时的要点',
      '1. 因人而异：适合自己的才是好方法。',
      '2. 持之以恒：方法要坚持才有效果。',
    ].join('\n');
    assert.deepEqual(parts(text), ['2 一、', '4 二、', '10 三、', '16 四、', '17 1.', '18 2.']);
  });
});

describe('anatomy: what is no table set with bars', () => {
  it('leaves a site\'s menu of short words set with bars alone', () => {
    assert.deepEqual(rowsOf(['首页 | 新闻 | 政务 |', '服务 | 互动 | 专题 |', '关于 | 联系 | 地图 |'].join('\n')), []);
  });
  it('finds the rows of a table with a number or a long cell, and of a Markdown table', () => {
    assert.deepEqual(rowsOf(['说明文字。', '| 镇名 | 户数 |', '| 东镇 | 120 |', '| 西镇 | 98 |', '后文。'].join('\n')), [2, 3, 4]);
    assert.deepEqual(rowsOf(['| 甲 | 乙 |', '| --- | --- |', '| 丙 | 丁 |'].join('\n')), [1, 2, 3]);
  });
  it('reads no list item with a tab after its number as a row', () => {
    const text = ['　　1．\t要把被动学习改为主动学习，课后多思考。', '　　2．\t要在学习中多问几个为什么，不盲从书本。', '　　3．\t要尽早规划自己的学习和生活。'].join('\n');
    assert.deepEqual(rowsOf(text), []);
    assert.deepEqual(parts(text), ['1 1．', '2 2．', '3 3．']);
  });
  it('reads a headline set in a table\'s first row without its empty cells, under the page\'s field rows', () => {
    const text = [
      '索引号: | 000000/2031-00001 | 公开方式: | 主动公开 |',
      '文号: | 公开日期: | 2031-03-01 09:30 | |',
      '发布单位: | 青河县统计局 |',
      '2030年青河县国民经济和社会发展统计公报 | ||||||||||||||||',
      '2030年，全县上下坚持稳中求进，经济运行总体平稳，结构持续优化，民生保障有力。',
      '一、综合',
      '全年地区生产总值达到一百二十亿元，比上年增长百分之六点五，增速高于全市平均水平。',
      '二、农业',
      '全年粮食总产量保持稳定，特色种养规模继续扩大，农民收入稳步增长，农村面貌持续改善。',
    ].join('\n');
    const o = parseOutline(text);
    assert.deepEqual(o.headings.map((h) => `${h.level} ${h.marker || 'T'} ${h.title}`), [
      '1 T 2030年青河县国民经济和社会发展统计公报', '2 一、 综合', '2 二、 农业',
    ]);
  });
});
