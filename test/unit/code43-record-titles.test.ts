import * as assert from 'node:assert/strict';
import { parseOutline } from '../../src/core/outline';

function heads(text: string): string[] {
  return parseOutline(text).headings.map((h) => `${h.level} ${h.marker}${h.title}`);
}

describe('code43: record titles that name documents by their kind', () => {
  it('reads a list of notice records (title, date, sender) as titles, though no text is kept beside them', () => {
    const text = [
      "import { ref } from 'vue';",
      'const notices = ref([',
      '  {',
      '    id: 7,',
      "    title: '关于做好冬季供暖设施检修工作的通知',",
      "    sender: '后勤处',",
      "    date: '2025-11-03',",
      '  },',
      '  {',
      '    id: 8,',
      "    title: '校园绿化提升工程阶段验收会议纪要',",
      "    sender: '基建处',",
      "    date: '2025-10-28',",
      '  },',
      '  {',
      '    id: 9,',
      "    title: '图书馆闭馆安排',",
      "    sender: '图书馆',",
      "    date: '2025-10-20',",
      '  },',
      '])',
      'export default { notices };',
    ].join('\n');
    assert.deepEqual(heads(text), ['1 关于做好冬季供暖设施检修工作的通知', '1 校园绿化提升工程阶段验收会议纪要']);
  });

  it('reads no menu of short labels, no single named record, and no to-do list', () => {
    const menu = "const a = 1;\nconst b = 2;\nconst menu = [\n  {\n    title: '通知公告',\n    path: '/notice',\n  },\n  {\n    title: '会议纪要',\n    path: '/minutes',\n  },\n];\n";
    assert.deepEqual(heads(menu), []);
    const one = "const a = 1;\nconst b = 2;\nconst list = [\n  {\n    title: '关于做好冬季供暖设施检修工作的通知',\n    date: '2025-11-03',\n  },\n];\n";
    assert.deepEqual(heads(one), []);
    const todos = "const a = 1;\nconst b = 2;\nconst todos = [\n  {\n    title: '提交第三季度安全工作总结',\n    due: '2025-10-10',\n  },\n  {\n    title: '审核后勤服务外包实施方案',\n    due: '2025-10-12',\n  },\n];\n";
    assert.deepEqual(heads(todos), []);
  });

  it('reads a title followed on its line by fields of codes and dates, over its sections', () => {
    const text = [
      "import { show } from './show';",
      'export const RULES = {',
      '  borrow: {',
      "    title: '借阅服务协议', updated: '2025-09-01',",
      '    sections: [',
      "      { h: '一、适用范围', p: '本协议适用于读者在馆内借阅图书的全部活动。' },",
      "      { h: '二、借阅期限', p: '普通图书可借三十天，期满可续借一次。' },",
      '    ],',
      '  },',
      '  seat: {',
      "    title: '座位预约规则', updated: '2025-09-01',",
      '    sections: [',
      "      { h: '一、预约方式', p: '读者可在手机上提前一天预约座位。' },",
      "      { h: '二、违约处理', p: '预约后未到馆三次的，暂停预约一周。' },",
      '    ],',
      '  },',
      '};',
      'export function open(kind) { return show(RULES[kind]); }',
    ].join('\n');
    assert.deepEqual(heads(text), ['1 借阅服务协议', '2 一、适用范围', '2 二、借阅期限', '1 座位预约规则', '2 一、预约方式', '2 二、违约处理']);
  });

  it('reads the titles of outline records whose nodes hold no sentence', () => {
    const text = [
      "const a = require('a');",
      "const b = require('b');",
      'const OUTLINES = {',
      '  REPORT: {',
      "    title: '关于全年安全生产工作的总结报告',",
      '    nodes: [',
      "      { id: '1', title: '一、全年安全生产工作的主要做法和成效' },",
      "      { id: '2', title: '二、工作中存在的突出问题和薄弱环节' },",
      '    ]',
      '  },',
      '  PLAN: {',
      "    title: '关于明年安全生产工作的计划要点',",
      '    nodes: [',
      "      { id: '1', title: '一、明年安全生产工作的总体目标和思路' },",
      "      { id: '2', title: '二、明年安全生产工作的重点任务安排' },",
      '    ]',
      '  }',
      '};',
      'module.exports = OUTLINES;',
    ].join('\n');
    assert.deepEqual(heads(text), [
      '1 关于全年安全生产工作的总结报告', '2 一、全年安全生产工作的主要做法和成效', '2 二、工作中存在的突出问题和薄弱环节',
      '1 关于明年安全生产工作的计划要点', '2 一、明年安全生产工作的总体目标和思路', '2 二、明年安全生产工作的重点任务安排',
    ]);
  });

  it('titles a dialog\'s terms (traditional characters) over the parts its markup holds, sentences or not', () => {
    const text = [
      "import Swal from 'sweetalert2';",
      'export async function askTerms() {',
      '  const result = await Swal.fire({',
      "    title: '租借服務條款',",
      '    html: `',
      '      <div class="terms">',
      '        <h3>一、租借資格</h3>',
      '        <p>1. 須持有本館借閱證...</p>',
      '        <h3>二、租借期限與歸還</h3>',
      '        <p>1. 器材須於七日內歸還...</p>',
      '      </div>',
      '    `,',
      "    confirmButtonText: '同意',",
      '  });',
      '  return result.isConfirmed;',
      '}',
    ].join('\n');
    assert.deepEqual(heads(text), ['1 租借服務條款', '2 一、租借資格', '2 二、租借期限與歸還']);
  });
});
