import { strict as assert } from 'node:assert';
import { parseOutline } from '../../src/core';

// Markdown kept in a string with its parts set bold (`**一、…**`), an assistant's reply or an
// article of mock data (recordLines.ts readBold, code37): the `**` are markup, the marker opens
// its line and the title holds the words only. Made-up code.
describe('outline: bold numbered parts of Markdown kept in a code string (code37)', () => {
  const reply = [
    'export function mockReply(q) {',
    "  if (q.includes('总结')) {",
    '    return {',
    "      role: 'assistant',",
    "      content: '好的，以下是本季度工作总结要点：\\n\\n**一、主要成绩**\\n全季度完成巡检42次，整改隐患17处。\\n\\n**二、存在问题**\\n1. **人员不足**：夜班只有2人；\\n2. **设备老化**：三号泵需要更换。\\n\\n**三、下步打算**\\n加快招聘，年底前完成设备更新。',",
    '    }',
    '  }',
    "  return { role: 'assistant', content: '请说明您的需要。' }",
    '}',
    '',
  ].join('\n');

  it('reads the bold parts as numbered parts, their items under them, without the emphasis marks', () => {
    const got = parseOutline(reply).headings.map((h) => `${h.marker} L${h.level} ${h.title}`);
    assert.deepEqual(got, ['一、 L1 主要成绩', '二、 L1 存在问题', '1. L2 人员不足', '2. L2 设备老化', '三、 L1 下步打算']);
    const h = parseOutline(reply).headings[0];
    assert.equal(reply.slice(h.start, h.start + 2), '一、');
  });

});
