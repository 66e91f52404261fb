import { strict as assert } from 'node:assert';
import { parseOutline } from '../../src/core';
import type { Outline } from '../../src/core';

// Invented speeches and reports (round 26, gen44): names, places and figures are made up.

function tree(o: Outline): string[] {
  return o.headings.map((h) => `${h.level} ${h.marker}${h.title}${h.parent === null ? '' : ' ^' + o.headings[h.parent].marker + o.headings[h.parent].title.slice(0, 4)}`);
}

const body = [
  '　　这一年来，我在单位领导的关心下，认真学习业务知识，努力完成各项任务，取得了一些进步。',
  '',
  '　　一、加强学习',
  '',
  '　　我坚持每周读书两次，学习业务规范，做好读书笔记，提高了工作能力。',
  '',
  '　　二、改进作风',
  '',
  '　　我经常深入基层走访群众，听取意见建议，及时解决群众反映的问题。',
];

describe('gen44: speeches and reports', () => {
  it('a title with its date right under it, no blank line between, in a text parted by blank lines', () => {
    const text = ['竞聘演讲稿', '（2031年5月8日）', '', ...body].join('\n');
    assert.deepEqual(tree(parseOutline(text)), [
      '1 竞聘演讲稿',
      '2 一、加强学习 ^竞聘演讲',
      '2 二、改进作风 ^竞聘演讲',
    ]);
  });

  it('a title that names its kind before a colon (`读书心得：…`) is a title, not a field', () => {
    for (const head of ['读书心得：在学习中成长', '学习体会:做一名实干者']) {
      const text = [head, '', ...body].join('\n');
      assert.deepEqual(tree(parseOutline(text)).map((s) => s.replace(/\^.*/, '^')), [
        '1 ' + head,
        '2 一、加强学习 ^',
        '2 二、改进作风 ^',
      ]);
    }
  });

  it('a field line at the top stays metadata: 来源：, and a label that names no kind of document', () => {
    const text = ['来源：青禾日报', '', '活动名称：读书分享会', '', ...body].join('\n');
    assert.deepEqual(tree(parseOutline(text)), ['1 一、加强学习', '1 二、改进作风']);
  });

  it('a hard-wrapped line of clauses is no title: broken before a `；`, or indented over a flush-left line that ends the sentence', () => {
    const text = [
      '学习心得体会',
      '　　一、加强学习',
      '　　我坚持每周读书两次，学习业务规范，做好读书笔记，提高了工作能力',
      '；我经常向老同志请教，不断改进工作方法。',
      '　　二、改进作风',
      '　　我经常深入基层走访群众，听取意见建议，及时解决群众反映的问题，做好',
      '群众服务工作。',
    ].join('\n');
    assert.deepEqual(tree(parseOutline(text)), [
      '1 学习心得体会',
      '2 一、加强学习 ^学习心得',
      '2 二、改进作风 ^学习心得',
    ]);
  });

  it('a title block of one paragraph (title / speaker or date) over a salutation and hard-wrapped text', () => {
    for (const under of ['青禾县林业局  王某某', '2031年12月5日']) {
      const text = [
        '述职报告',
        under,
        '',
        '尊敬的各位领导、同志们：',
        '',
        '　　本人自2029年担任林业站站长以来，在局党组的正确领导下，认真履',
        '行职责，较好地完成了各项工作任务。',
        '',
        '　　一、加强学习',
        '',
        '　　我坚持每周读书两次，学习业务规范，做好读书笔记，提高了工作能',
        '力。',
        '',
        '　　二、改进作风',
        '',
        '　　我经常深入基层走访群众，听取意见建议，及时解决群众反映的问题',
        '。',
      ].join('\n');
      assert.deepEqual(tree(parseOutline(text)), [
        '1 述职报告',
        '2 一、加强学习 ^述职报告',
        '2 二、改进作风 ^述职报告',
      ], under);
    }
  });

  it('the last member of a 第一、 run that names a part on its own line holds the parts under it, as the earlier members do', () => {
    const text = [
      '学习心得体会',
      '第一、加强学习',
      '这一年来我认真学习业务知识，努力完成各项任务。',
      '（一）读书。我坚持每周读书两次，做好读书笔记。',
      '（二）请教。我经常向老同志请教，不断改进方法。',
      '第二、改进作风',
      '我经常深入基层走访群众，听取意见建议。',
      '（一）走访。我每月走访群众，及时解决问题。',
      '（二）服务。我耐心接待来访群众，认真答复。',
    ].join('\n');
    assert.deepEqual(tree(parseOutline(text)), [
      '1 学习心得体会',
      '2 第一、加强学习 ^学习心得',
      '3 （一）读书 ^第一、加强学习',
      '3 （二）请教 ^第一、加强学习',
      '2 第二、改进作风 ^学习心得',
      '3 （一）走访 ^第二、改进作风',
      '3 （二）服务 ^第二、改进作风',
    ]);
  });

  it('a bracket a scraper left alone on its line (`（` / `一）加强学习`) opens the marker on the next line', () => {
    const text = [
      '学习心得体会',
      '（',
      '一）加强学习',
      '我坚持每周读书两次，做好读书笔记。',
      '（',
      '二）改进作风',
      '我经常深入基层走访群众，听取意见建议。',
    ].join('\n');
    const o = parseOutline(text);
    assert.deepEqual(o.headings.map((h) => [h.level, h.title, o.lineStarts.indexOf(h.start)]), [
      [1, '学习心得体会', 0],
      [2, '加强学习', 1],
      [2, '改进作风', 4],
    ]);
  });

  it('a marker a scraper broke over lines (`一` / `、做好宣传引导`) under the salutation is the body\'s, no page chrome', () => {
    // (the head of a speech the gen44 generator wrote)
    const text = [
      "在全市安全生产工作会议上的讲话",
      "(2025年3月8日)",
      "",
      "各位领导、同志们:",
      "",
      "各乡镇不断完善公共服务供给，还存在一些薄弱环节。",
      "",
      "一",
      "、做好宣传引导",
      "",
      "基层单位着力优化数字化服务平台建设，同比增长7.5%，取得了明显成效。",
      "",
      "一是加强人才培养。各乡镇统筹抓好干部作风建设，取得了明显成效；各部门统筹抓好干部作风建设，群众满意度稳步提高。",
      "",
      "二是开展专项整治。各部门稳步推进防汛抗旱准备工作，群众满意度稳步提高；各部门着力优化重点项目前期工作，形成了一批可复制的做法。",
      "",
      "三是规范审批流程。基层单位持续推进安全生产责任体系，为下一步工作打下了基础。",
      "",
      "二",
      "、加强组织领导",
      "",
      "全体党员持续推进民生实事项目，形成了一批可复制的做法；全市上下认真落实营商环境改善工作，提高2.1个百分点，形成了一批可复制的做法。我们团队着力优化社区服务网络，形成了一批可复制的做法。",
    ].join('\n');
    const o = parseOutline(text);
    assert.deepEqual(o.headings.filter((h) => h.marker !== '' && h.level === 2).map((h) => h.title), ['做好宣传引导', '加强组织领导']);
  });

  it('a broken marker\'s piece the layout joined to a full last line above (`（` / `一）…` in hard-wrapped text)', () => {
    // (a report the gen44 generator wrote, hard-wrapped)
    const text = [
      "我们统筹抓好数字化服务平台建设，工作机制更加顺畅；项目组全面提",
      "升社区服务网络，提高2.1个百分点，取得了明显成效。基层单位深",
      "入推进营商环境改善工作，形成了一批可复制的做法；基层单位统筹抓",
      "好干部作风建设，各项指标总体向好。全体党员持续推进民生实事项目",
      "，群众满意度稳步提高。",
      "这是第一次在全市范围内不断完善重点项目前期工作。各级干部不断完",
      "善产业链协同发展，形成了一批可复制的做法。",
      "（",
      "一）加强组织领导",
      "各乡镇认真落实数字化服务平台建设，为下一步工作打下了基础；各部",
      "门稳步推进生态环境保护督察整改，为下一步工作打下了基础。",
      "（",
      "二）守牢安全底线",
      "我们切实加强营商环境改善工作，各项指标总体向好。",
    ].join('\n');
    assert.deepEqual(parseOutline(text).headings.map((h) => h.title), ['加强组织领导', '守牢安全底线']);
  });
});
