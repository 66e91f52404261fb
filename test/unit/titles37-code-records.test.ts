import * as assert from 'node:assert/strict';
import { parseOutline } from '../../src/core/outline';

// Invented program files in the shapes seen in study49 and the probes: several texts kept as records
// (a mock list with title fields, a Python dict keyed by the texts' names, a test table with ids).
// Each record's title is a title at level 1 and the record's own numbering hangs under it.
function outline(text: string): Array<[number, string, number, number | null, string]> {
  const o = parseOutline(text);
  const lineOf = (off: number): number => text.slice(0, off).split('\n').length;
  return o.headings.map((h) => [lineOf(h.start), h.marker, h.level, h.parent === null ? null : lineOf(o.headings[h.parent].start), h.title]);
}

describe('titles37: records of a program file that each hold a text', () => {
  const mock = [
    "import { ref } from 'vue';",
    "import { useRouter } from 'vue-router';",
    'const router = useRouter();',
    'const notices = [',
    '  {',
    '    id: 11,',
    "    title: '关于开展秋季消防安全检查的通知',",
    "    date: '2026-09-01',",
    "    content: '各科室：\\n\\n　　为切实做好秋季消防安全工作，消除各类火灾隐患，经研究，决定在全单位范围内开展一次消防安全检查，现将有关事项通知如下。\\n\\n一、检查时间\\n　　9月10日至9月20日，各科室先自查，再由办公室组织抽查。\\n\\n二、检查内容\\n　　灭火器是否在有效期内，疏散通道是否畅通，应急照明是否完好。',",
    '  },',
    '  {',
    '    id: 12,',
    "    title: '食堂就餐时间调整说明',",
    "    date: '2026-09-03',",
    "    content: '全体职工：\\n\\n　　根据大家的意见和建议，经行政办公会研究，自下月起对职工食堂的就餐时间作如下调整，请相互转告。\\n\\n一、午餐时间\\n　　调整为11:30至13:00，各科室可错峰就餐，避免排队拥挤。\\n\\n二、晚餐时间\\n　　调整为17:30至19:00，加班人员可提前登记留餐。',",
    '  },',
    '  {',
    '    id: 13,',
    "    title: '图书室开放公告',",
    "    content: '图书室每周二、周四下午开放，欢迎大家借阅。',",
    '  },',
    '];',
    'export default notices;',
  ].join('\n');

  it('puts each record\'s title field at level 1 over the record\'s parts', () => {
    const hs = outline(mock);
    const titles = hs.filter((h) => h[1] === '');
    assert.deepEqual(titles.map((h) => [h[0], h[2], h[4]]), [
      [7, 1, '关于开展秋季消防安全检查的通知'],
      [13, 1, '食堂就餐时间调整说明'],
      [19, 1, '图书室开放公告'],
    ]);
    for (const h of hs.filter((x) => x[1] === '一、' || x[1] === '二、')) {
      assert.equal(h[2], 2);
      assert.ok(h[3] === 7 || h[3] === 13, `parent of ${h[4]}`);
      assert.equal(h[3], h[0] === 9 ? 7 : 13);
    }
  });

  it('reads a Python dict keyed by the texts\' names', () => {
    const py = [
      'import os',
      'import json',
      'def load_samples():',
      '    samples = {',
      '        "样本甲_绿化养护方案.txt": """',
      '为做好城区绿化养护工作，制定本方案。',
      '一、养护范围',
      '主干道两侧绿化带和街头游园。',
      '二、养护要求',
      '及时修剪、浇水和防治病虫害。',
      '        """,',
      '        "样本乙_路灯维修办法.txt": """',
      '为保障夜间照明，制定本办法。',
      '一、报修方式',
      '市民可拨打服务热线报修。',
      '二、维修时限',
      '一般故障两日内修复。',
      '        """,',
      '    }',
      '    return samples',
    ].join('\n');
    const hs = outline(py);
    assert.deepEqual(hs.filter((h) => h[1] === '').map((h) => [h[0], h[2], h[4]]), [
      [5, 1, '样本甲_绿化养护方案.txt'],
      [12, 1, '样本乙_路灯维修办法.txt'],
    ]);
    const parts = hs.filter((h) => h[1] !== '');
    assert.deepEqual(parts.map((h) => [h[0], h[2], h[3]]), [
      [7, 2, 5], [9, 2, 5], [14, 2, 12], [16, 2, 12],
    ]);
  });

  it('leaves lists of names without texts alone: a menu, a region tree, one-line fields', () => {
    const menu = [
      "import { defineStore } from 'pinia';",
      "import { ref } from 'vue';",
      'export const useMenu = defineStore(() => {',
      '  const items = [',
      '    {',
      "      title: '首页概览',",
      "      path: '/home',",
      '    },',
      '    {',
      "      title: '通知公告',",
      "      path: '/notice',",
      "      children: [{ id: 1, title: '关于放假安排的通知' }],",
      '    },',
      '  ];',
      '  return { items };',
      '});',
    ].join('\n');
    assert.deepEqual(outline(menu).filter((h) => h[1] === ''), []);
  });

  it('gives no titles where only one record holds numbered parts', () => {
    const one = [
      "import a from 'a';",
      "import b from 'b';",
      'const c = 1;',
      'const list = [',
      '  {',
      "    title: '关于开展秋季消防安全检查的通知',",
      "    content: '各科室：\\n\\n　　为切实做好秋季消防安全工作，消除各类火灾隐患，经研究，决定在全单位范围内开展一次消防安全检查，现将有关事项通知如下。\\n\\n一、检查时间\\n　　9月10日至9月20日，各科室先自查，再由办公室组织抽查。\\n\\n二、检查内容\\n　　灭火器是否在有效期内，疏散通道是否畅通，应急照明是否完好。',",
      '  },',
      '  {',
      "    title: '图书室开放公告',",
      "    content: '图书室每周二、周四下午开放，欢迎大家借阅。',",
      '  },',
      '];',
    ].join('\n');
    assert.ok(outline(one).some((h) => h[1] === '一、'));
    assert.deepEqual(outline(one).filter((h) => h[1] === ''), []);
  });

  it('takes a person\'s name in a name field for no title', () => {
    const people = [
      "import a from 'a';",
      "import b from 'b';",
      'const c = 1;',
      'const talks = [',
      '  {',
      "    name: '李明',",
      "    content: '今天的座谈会开得很好，大家发言都很实在，我再讲两点意见。\\n\\n　　一是抓好学习，提高本领。要把学习作为一种责任、一种习惯，学以致用。\\n\\n　　二是抓好落实，见到实效。对定下来的事情，要一抓到底，久久为功。',",
      '  },',
      '  {',
      "    name: '王芳',",
      "    content: '刚才几位同志讲得都很好，我完全赞同，再补充两点看法。\\n\\n　　一是加强协作，形成合力。各部门要多沟通、多配合，不推诿、不扯皮。\\n\\n　　二是注重总结，积累经验。好的做法要及时总结推广，形成长效机制。',",
      '  },',
      '];',
    ].join('\n');
    assert.ok(outline(people).some((h) => h[1] === '一是'));
    assert.deepEqual(outline(people).filter((h) => h[1] === ''), []);
  });
});
