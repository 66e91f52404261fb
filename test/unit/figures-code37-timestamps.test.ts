/**
 * A record's timestamp and a data module's ids and positions are the program's, no figures
 * (programNumbers.ts, code37). Made-up code in the shape of the mock-data files met.
 */
import * as assert from 'node:assert/strict';
import { brief } from './figureBrief';

describe('figures: timestamps, ids and positions of records kept in code (code37)', () => {
  it('drops an epoch count under a time key, keeps the record\'s text figures (its page count is a field, no figure: recordCodes.ts)', () => {
    const mock = [
      "import { ref } from 'vue'",
      'const list = ref([',
      '  {',
      '    title: "关于做好2025年防汛工作的通知",',
      '    remark: "全县共排查隐患点36处，整改率达到95%。",',
      '    createTime: 1635470149881,',
      '    updatetime: 1647395260,',
      '    pages: 12,',
      '  },',
      '])',
      'export function load() {',
      '  return list',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(brief(mock), ['2025年|"2025"||date', '36处|36|处|count', '95%|95|%|percent']);
  });
  it('drops a timestamp in a JSON record of any text, but not one a page writes after a key in words', () => {
    const json = '{"code": 200, "data": {"title": "某某条例", "count": 18}, "timestamp": 1693430843339}\n';
    assert.deepEqual(brief(json).filter((s) => s.startsWith('1693')), []);
    const page = '本期节目共播出新闻12条。\n(更新时间戳: 1664890409421)\n';
    assert.ok(brief(page).some((s) => s.startsWith('1664890409421')));
  });
  it('reads a one-statement data module as code: its ids and sort positions are no figures', () => {
    const data = [
      'module.exports = {',
      '  policy: {',
      '    edges: [{',
      '      node: {',
      '        id: 0,',
      "        title: '关于印发乡村振兴实施方案的通知',",
      "        content: '全年安排资金3000万元，覆盖12个乡镇。',",
      '        sortOrder: 10,',
      '      },',
      '    }],',
      '  },',
      '};',
      '',
    ].join('\n');
    assert.deepEqual(brief(data), ['3000万元|30000000|元|money', '12个|12|个|count']);
  });
});
