import { strict as assert } from 'node:assert';
import { extractFigures, parseOutline } from '../../src/core';

// A document kept in code as one string (issue 8): strings the code joins (`+` chains, Python's
// adjacent literals), object literals quoted with ' and `, rows passed to a prepared statement,
// Markdown inside a string; and code with Chinese messages that must give no heading.
// All texts here are our own, written in the shape of the seed and data files found.

const outline = (text: string) => parseOutline(text).headings.map((h) => [h.marker, h.title, h.level, text.slice(h.start, h.start + h.marker.length || h.start + 4)]);

describe('outline: a document kept in code as one string', () => {
  it('reads a Java + chain after `return` as one text: its title, its parts nested', () => {
    const file = [
      'public class SeedData {',
      '    private String noticeText() {',
      '        return "关于开展河道清理行动的通知\\n\\n" +',
      '               "各镇（街道）、各有关部门：\\n\\n为改善河道环境，决定开展河道清理行动。现将有关事项通知如下：\\n\\n" +',
      '               "一、清理范围\\n\\n" +',
      '               "（一）城区主要河道。\\n" +',
      '               "（二）各镇重点沟渠。\\n\\n" +',
      '               "二、工作要求\\n\\n" +',
      '               "各单位要明确责任人，按期完成清理任务，确保河道整洁畅通。\\n";',
      '    }',
      '}',
    ].join('\n');
    const hs = parseOutline(file).headings;
    assert.deepEqual(hs.map((h) => [h.marker, h.title, h.level]), [
      ['', '关于开展河道清理行动的通知', 1],
      ['一、', '清理范围', 2],
      ['（一）', '城区主要河道', 3],
      ['（二）', '各镇重点沟渠', 3],
      ['二、', '工作要求', 2],
    ]);
    // every heading stands at its place in the file: the marker right after the opening quote
    assert.equal(hs[1].start, file.indexOf('一、清理范围'));
    assert.equal(hs[0].start, file.indexOf('关于开展'));
  });

  it('reads a C# $"…" + chain assigned to a variable', () => {
    const file = [
      '        var text = $"同志们：\\n\\n今天我们召开{meeting}，主要任务是部署下一阶段工作。\\n\\n" +',
      '                   $"一、统一思想认识\\n要把思想和行动统一到上级部署上来，切实增强责任感。\\n\\n" +',
      '                   $"二、突出工作重点\\n要聚焦重点领域和关键环节，集中力量攻坚突破。\\n\\n" +',
      '                   $"三、强化组织保障\\n要加强统筹协调，确保各项任务落到实处。\\n\\n" +',
      '                   "同志们，让我们齐心协力，圆满完成全年目标任务！";',
    ].join('\n');
    assert.deepEqual(outline(file).map((h) => h.slice(0, 3)), [
      ['一、', '统一思想认识', 1],
      ['二、', '突出工作重点', 1],
      ['三、', '强化组织保障', 1],
    ]);
  });

  it("reads Python's adjacent literals as one text, a Markdown heading's hashes left out", () => {
    const file = [
      'def seed(conn):',
      '    add_template(',
      '        conn,',
      '        "report-half",',
      '        "# 关于上半年安全生产工作情况的报告\\n\\n"',
      '        "上半年，我单位认真落实安全生产责任，各项工作平稳有序。现将有关情况报告如下：\\n\\n"',
      '        "## 一、主要工作\\n\\n"',
      '        "### （一）健全责任体系\\n\\n层层签订责任书，明确岗位职责。\\n\\n"',
      '        "### （二）开展隐患排查\\n\\n组织专项检查，及时整改发现的问题。\\n\\n"',
      '        "## 二、下步打算\\n\\n继续加强日常检查，巩固安全生产良好态势。\\n",',
      '    )',
    ].join('\n');
    const hs = parseOutline(file).headings;
    assert.deepEqual(hs.map((h) => [h.marker, h.title, h.level]), [
      ['', '关于上半年安全生产工作情况的报告', 1],
      ['一、', '主要工作', 2],
      ['（一）', '健全责任体系', 3],
      ['（二）', '开展隐患排查', 3],
      ['二、', '下步打算', 2],
    ]);
    assert.equal(hs[1].start, file.indexOf('一、主要工作'));
  });

  it('reads an object literal whose strings are quoted with ` and \', keys bare', () => {
    const file = [
      'export const samples = [',
      "  { kind: '总结', title: '社区消夏晚会活动总结', content: `一、基本情况\\n本次晚会在社区广场举行，居民踊跃参加，现场气氛热烈。\\n\\n二、主要做法\\n一是提前发动居民报名节目；二是做好场地和安全保障；三是邀请志愿者维持秩序。\\n\\n三、下步打算\\n继续办好社区文化活动，丰富居民生活。` },",
      "  { kind: '通知', title: '关于暂停供气的通知', content: '各位居民：\\n\\n因管网检修，定于本周六暂停供气。有关事项通知如下：\\n\\n一、停气时间：上午8时至下午6时。\\n二、停气范围：一区和二区全部楼栋。\\n\\n请提前做好准备。' },",
      '];',
    ].join('\n');
    // (each record's title field is a level-1 title, its parts under it: docs/testing.md, a file of records)
    assert.deepEqual(outline(file).map((h) => h.slice(0, 3)), [
      ['', '社区消夏晚会活动总结', 1],
      ['一、', '基本情况', 2],
      ['二、', '主要做法', 2],
      ['一是', '提前发动居民报名节目', 3],
      ['二是', '做好场地和安全保障', 3],
      ['三是', '邀请志愿者维持秩序', 3],
      ['三、', '下步打算', 2],
      ['', '关于暂停供气的通知', 1],
      ['一、', '停气时间', 2],
      ['二、', '停气范围', 2],
    ]);
  });

  it('reads each row passed to a prepared statement as its own record, its code and other fields left out', () => {
    const file = [
      "  const insertDoc = db.prepare('INSERT INTO docs (title, no, content, views) VALUES (?, ?, ?, ?)');",
      "  insertDoc.run('某市关于加强城市绿化管理的实施意见', '某政发〔2025〕3号', '一、总体要求\\n\\n（一）指导思想。坚持生态优先、绿色发展，全面提升城市绿化水平。\\n\\n（二）基本原则。坚持规划引领，坚持因地制宜，坚持共建共享。\\n\\n二、主要任务\\n\\n（三）扩大绿地面积。新建改建一批公园绿地和街头游园，方便群众就近休闲。', 320);",
      "  insertDoc.run('某市城市道路管理办法', '某政规〔2025〕1号', '第一章 总则\\n\\n第一条 为加强城市道路管理，保障道路完好畅通，根据有关法律法规，结合本市实际，制定本办法。\\n\\n第二条 本办法适用于本市城市道路的规划、建设、养护和管理。\\n\\n第二章 养护管理\\n\\n第三条 城市道路养护单位应当定期对道路进行巡查，发现损坏及时修复。', 210);",
    ].join('\n');
    const hs = parseOutline(file).headings;
    // (each row's title field is a level-1 title, its parts under it: docs/testing.md, a file of records)
    assert.deepEqual(hs.map((h) => [h.marker, h.title, h.level]), [
      ['', '某市关于加强城市绿化管理的实施意见', 1],
      ['一、', '总体要求', 2],
      ['（一）', '指导思想', 3],
      ['（二）', '基本原则', 3],
      ['二、', '主要任务', 2],
      ['（三）', '扩大绿地面积', 3],
      ['', '某市城市道路管理办法', 1],
      ['第一章', '总则', 2],
      ['第一条', '为加强城市道路管理，保障道路完好畅通，根据有关法律法规，结合本市实际，制定本办法', 3],
      ['第二条', '本办法适用于本市城市道路的规划、建设、养护和管理', 3],
      ['第二章', '养护管理', 2],
      ['第三条', '城市道路养护单位应当定期对道路进行巡查，发现损坏及时修复', 3],
    ]);
    assert.equal(hs[0].start, file.indexOf('某市关于加强城市绿化管理的实施意见'));
    assert.equal(hs[1].start, file.indexOf('一、总体要求'));
  });

  it('keeps a record of a seed its own: the next record hangs under nothing of it; a Python docstring is no title', () => {
    const file = [
      '"""',
      '知识库示例数据导入脚本',
      '"""',
      'import logging',
      'from models import db, Doc',
      '',
      'def seed():',
      '    docs = [',
      "        Doc(title='请假制度',",
      "            content='第一章 总则\\n第一条 为规范请假管理，特制定本制度。\\n第二条 本制度适用于全体员工。\\n\\n第二章 请假程序\\n第三条 员工请假应当提前申请，经批准后方可休假。\\n第四条 病假需提供医院证明，事假按天扣发工资。'),",
      "        Doc(title='报销指南',",
      "            content='一、报销范围\\n1. 差旅费用\\n2. 办公用品\\n\\n二、报销流程\\n1. 填写报销单并附发票\\n2. 部门负责人审核后交财务办理\\n\\n三、注意事项\\n发票须在开具后三个月内报销，逾期不予受理。'),",
      '    ]',
      '    db.session.add_all(docs)',
      '    return docs',
    ].join('\n');
    const hs = parseOutline(file).headings;
    assert.ok(!hs.some((h) => h.title.includes('导入脚本')), 'the docstring gives no title');
    const part = hs.find((h) => h.marker === '一、')!;
    assert.equal(part.level, 1);
    assert.equal(part.parent, null);
    assert.deepEqual(hs.filter((h) => h.level === 1).map((h) => h.marker), ['第一章', '第二章', '一、', '二、', '三、']);
  });

  it("drops a record's closing signature, which the next record follows, as a title", () => {
    const file = [
      'const notices = [',
      '  { id: 1, title: "停水公告", content: "各位住户您好：\\n\\n因管道维修，将暂停供水。具体安排如下：\\n\\n（一）停水时间：本周三全天。\\n（二）停水范围：一号楼至三号楼。\\n\\n不便之处，敬请谅解。\\n\\n物业服务中心\\n" },',
      '  { id: 2, title: "电梯检修公告", content: "各位住户您好：\\n\\n为保障运行安全，将对电梯进行年度检修。具体安排如下：\\n\\n（一）检修时间：本周五上午。\\n（二）检修范围：全部客梯。\\n\\n请住户合理安排出行。\\n\\n物业服务中心\\n" },',
      '];',
    ].join('\n');
    const hs = parseOutline(file).headings;
    assert.ok(!hs.some((h) => h.title.includes('物业服务中心')));
    assert.deepEqual(hs.map((h) => h.marker + h.title), ['停水公告', '（一）停水时间', '（二）停水范围', '电梯检修公告', '（一）检修时间', '（二）检修范围']);
  });

  it('gives no heading for code that prints, fills in or builds a short message', () => {
    const files = [
      // a filled-in summary copied to the clipboard
      "        const text = `【值班日报 ${new Date().toLocaleDateString('zh-CN')}】\\n\\n一、到岗情况\\n${dutyList.join('\\n')}\\n\\n二、异常事项\\n${issueList}\\n\\n三、备注\\n• 今日值班评分：${data.score}分`;",
      // a bot's reply
      '\treply := "没有找到这个关键字！可以输入以下关键字：\\n一、输入「课表」查看课程\\n二、输入「成绩」查看成绩"',
      // a message joined from a few pieces, too short to be a document
      [
        '    alert("提交失败：\\n" +',
        '          "一、请检查网络连接；\\n" +',
        '          "二、请稍后重试。\\n");',
      ].join('\n'),
      // a report printer
      [
        'function printReport(r) {',
        "  console.log(`\\n一、本周完成\\n${r.done}`);",
        "  console.log(`\\n二、下周计划\\n${r.plan}`);",
        '  return r;',
        '}',
      ].join('\n'),
    ];
    for (const f of files) assert.deepEqual(outline(f), [], f);
  });

  it("reads a document's figures in the joined strings, not the code's", () => {
    const file = [
      '    private String report() {',
      '        return "关于上半年经济运行情况的报告\\n\\n" +',
      '               "一、总体情况\\n\\n上半年，全县地区生产总值完成86.5亿元，同比增长6.2%。\\n\\n" +',
      '               "二、存在问题\\n\\n部分企业生产经营困难，投资增长乏力，需要引起重视。\\n";',
      '    }',
    ].join('\n');
    const figs = extractFigures(file, parseOutline(file)).map((f) => f.text);
    assert.ok(figs.includes('86.5亿元'), figs.join(' '));
    assert.ok(figs.includes('6.2%'), figs.join(' '));
  });

  it('stays linear on a long one-line string and on a long chain of joined strings', () => {
    const para = '各单位要高度重视，认真组织实施，确保各项任务按期完成。';
    const oneLine = (n: number) => "const doc = { content: '" + Array.from({ length: n }, (_, i) => `${'一二三四五六七八九'[i % 9]}、第${i}项\\n${para}\\n\\n`).join('') + "' };";
    const chain = (n: number) => 'return ' + Array.from({ length: n }, (_, i) => `    "第${i}段：${para}\\n" +`).join('\n') + '\n    "结束。";';
    // (the best of three runs: one run's time also holds whatever GC pause or other process fell in
    // it, and on a loaded machine that alone broke the bound)
    const time = (text: string): number => {
      let best = Infinity;
      for (let k = 0; k < 3; k++) {
        const t0 = performance.now();
        parseOutline(text);
        best = Math.min(best, performance.now() - t0);
      }
      return Math.round(best);
    };
    for (const make of [oneLine, chain]) {
      time(make(500));
      const t1 = time(make(3000));
      const t2 = time(make(6000));
      assert.ok(t2 < 3 * t1 + 300, `${t1} ms, then ${t2} ms for twice the text`);
    }
  });
});
