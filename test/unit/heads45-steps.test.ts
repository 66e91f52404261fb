import { strict as assert } from 'node:assert';
import { parseOutline } from '../../src/core';
import type { Outline } from '../../src/core';

// Invented texts (round 27, heads45): the steps of a how-to or a talk's method part numbered by
// the word 步骤 (（步骤一） 步骤一： 步骤1：) or written 第一步：, a run of two or more at line starts.

function tree(o: Outline): string[] {
  return o.headings.map((h) => `${h.level} ${h.marker}${h.title}`);
}

describe('heads45: 步骤 step markers', () => {
  it('（步骤一）…（步骤三） at line starts are a run of steps', () => {
    const text = [
      '数据整理分为三个环节',
      '（步骤一）先从气象站记录中导出逐日温度，',
      '（步骤二）对缺测的日期做插补',
      '（步骤三）最后检查异常值，把超出范围的记录标出来',
    ].join('\n');
    assert.deepEqual(tree(parseOutline(text)), [
      '1 数据整理分为三个环节',
      '2 （步骤一）先从气象站记录中导出逐日温度，',
      '2 （步骤二）对缺测的日期做插补',
      '2 （步骤三）最后检查异常值，把超出范围的记录标出来',
    ]);
  });

  it('步骤一： 步骤1： 步骤一　(a blank) and 第一步： are steps; the title follows the colon', () => {
    const a = parseOutline(['如何办理借书证', '', '步骤一：登录图书馆网站，选择“办证”栏目。', '步骤二：填写读者信息。', '步骤三：到馆领取证件。'].join('\n'));
    assert.deepEqual(tree(a).slice(1), ['2 步骤一：登录图书馆网站，选择“办证”栏目', '2 步骤二：填写读者信息', '2 步骤三：到馆领取证件']);
    const b = parseOutline(['打印机连接说明', '', '步骤1：接好电源，按下开关。', '步骤2：在电脑上添加打印机。'].join('\n'));
    assert.deepEqual(tree(b).slice(1), ['2 步骤1：接好电源，按下开关', '2 步骤2：在电脑上添加打印机']);
    const c = parseOutline(['软件安装指南', '', '步骤一　下载安装包', '从网站下载最新版本。', '步骤二　运行安装程序', '按向导选择安装路径。'].join('\n'));
    assert.deepEqual(tree(c).slice(1), ['2 步骤一下载安装包', '2 步骤二运行安装程序']);
    const d = parseOutline(['问卷填写说明', '', '第一步：阅读问卷说明。', '第二步：按顺序作答。', '第三步：检查后提交。'].join('\n'));
    assert.deepEqual(tree(d).slice(1), ['2 第一步：阅读问卷说明', '2 第二步：按顺序作答', '2 第三步：检查后提交']);
  });

  it('steps restart under each part', () => {
    const text = [
      '一、准备阶段',
      '（步骤一）成立工作小组。',
      '（步骤二）制定工作方案。',
      '二、实施阶段',
      '（步骤一）组织全员培训。',
      '（步骤二）分批开展试点。',
    ].join('\n');
    assert.deepEqual(tree(parseOutline(text)), [
      '1 一、准备阶段', '2 （步骤一）成立工作小组', '2 （步骤二）制定工作方案',
      '1 二、实施阶段', '2 （步骤一）组织全员培训', '2 （步骤二）分批开展试点',
    ]);
  });

  it('步骤 in prose, an enumeration or a lone step is no heading', () => {
    const texts = [
      ['学习体会', '', '步骤一的要求是先把材料读懂，这一点我做得还不够。', '步骤二的做法我也在小组里试过，效果明显。'],
      ['进度说明', '', '目前步骤一、二、三均已完成，剩下的是验收。', '步骤一、二由技术组负责，步骤三由综合组负责。'],
      ['操作要点', '', '步骤说明：下面的操作需要管理员权限。', '步骤1和步骤2可以同时进行。'],
      ['会议纪要', '', '会上讨论了推进安排。', '步骤一：由办公室牵头摸清底数。', '其余事项下次再议。'],
    ];
    for (const t of texts) assert.deepEqual(tree(parseOutline(t.join('\n'))), ['1 ' + t[0]]);
  });
});
