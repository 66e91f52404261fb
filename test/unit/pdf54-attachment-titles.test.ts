import * as assert from 'node:assert/strict';
import { parseOutline } from '../../src/core/outline';

/** An invented PDF conversion: a covering notice, its rules, then an attachment under `附件：`. */
function noticeWithAttachment(firstProse: string[]): string {
  const clause = (n: number) => `第${n}条 本规则第${n}款所称的事项，由本会按照有关规定办理，具体`;
  return [
    '关于印发《某某协会会员服务规则》的通知', '各会员单位：', '现将《某某协会会员服务规则》印发给你们，请遵照执行。',
    '特此通知。', '二〇二〇年三月一日', '- 1 -', '', '第一章 总则',
    clause(1), '安排另行通知。', clause(2), '安排另行通知。', clause(3), '安排另行通知。', '- 2 -', '',
    '附件：', '会员服务协议必备条款', ...firstProse,
    '签订的服务协议中载明本条款所要求的内容。', '（一）会员应当按照本会规则为客户办理登记手续，',
    '并及时告知客户办理结果。', '（二）客户应当如实提供材料。', '- 3 -',
  ].join('\n');
}

describe('pdf54: an attachment title over prose that reads like a title piece', () => {
  it('keeps the title under 附件： when the prose under it opens with book titles and no stop', () => {
    // The prose's first line (`依据《…》、《…`) reads as a piece of a title cut inside its brackets,
    // but it is not joined to the title: the title stands alone and the items hang under it.
    const text = noticeWithAttachment(['依据《某某协会章程》、《某某协会会员', '管理办法》等规定，本会制定本条款，会员应当在其与客户']);
    const hs = parseOutline(text).headings.map((h) => `${h.level} ${h.marker}${h.title}`);
    assert.ok(hs.includes('1 会员服务协议必备条款'), hs.join(' | '));
    assert.ok(hs.some((h) => h.startsWith('2 （一）')), hs.join(' | '));
    assert.ok(hs.some((h) => h.startsWith('2 （二）')), hs.join(' | '));
  });
});
