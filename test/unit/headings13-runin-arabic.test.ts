import * as assert from 'node:assert/strict';
import { parseOutline } from '../../src/core/outline';

/** Markers of the numbered headings the outline gives, in order (titles left out). */
function markers(text: string): string[] {
  return parseOutline(text, { format: 'plain' }).headings.map((h) => h.marker).filter((m) => m !== '');
}

/** Marker, title and level of every heading the outline gives. */
function read(text: string, format: 'plain' | 'markdown' = 'plain'): string[] {
  return parseOutline(text, { format }).headings.map((h) => `${h.level}${h.marker}${h.title}`);
}

describe('run-in lists numbered 1. 2. 3. inside one paragraph (study13h3)', () => {
  it('reads a whole list 1.…；2.…；3.… opening a paragraph as a run under the part it stands in', () => {
    const text = ['做好村道养护的意见', '', '一、主要问题', '', '　　部分村道年久失修，养护资金不足。', '', '二、工作要求',
      '', '　　1.摸清道路底数；2.落实养护资金；3.建立巡查制度；4.加强考核督导。', ''].join('\n');
    assert.deepEqual(read(text), ['1做好村道养护的意见', '2一、主要问题', '2二、工作要求', '31.摸清道路底数', '32.落实养护资金', '33.建立巡查制度', '34.加强考核督导']);
  });

  it('reads the list through a page\'s markup, each marker in a span of its own', () => {
    const page = ['<!DOCTYPE html>', '<html><head><title>村道养护</title></head><body>', '<h1>做好村道养护的意见</h1>',
      '<p><span style="font-size:21px">一、工作要求</span></p>',
      '<p><span style="font-size:21px">1.</span><span style="font-family:仿宋">摸清道路底数；</span><span style="font-size:21px">2.</span><span style="font-family:仿宋">落实养护资金；</span><span style="font-size:21px">3.</span><span style="font-family:仿宋">建立巡查制度。</span></p>',
      '<p><span>二、保障措施</span></p>', '<p><span>各乡镇要加强组织领导，落实工作责任，确保各项任务按期完成。</span></p>', '</body></html>', ''].join('\n');
    const h = parseOutline(page).headings.map((x) => `${x.level}${x.marker}${x.title}`);
    assert.deepEqual(h.filter((x) => /\d\./.test(x)), ['31.摸清道路底数', '32.落实养护资金', '33.建立巡查制度']);
    assert.ok(h.includes('2二、保障措施'));
  });

  it('leaves alone a list after a colon, two members, a break in the count, decimals, members after commas', () => {
    // a sentence naming a book's parts, or advice after 建议：
    assert.deepEqual(markers('标题行\n\n　　全书分为三个部分，即：1.综合；2.人口；3.农业。\n'), []);
    assert.deepEqual(markers('标题行\n\n　　工作组提出建议：1.完善制度；2.加强培训；3.定期演练。\n'), []);
    // two members only
    assert.deepEqual(markers('标题行\n\n　　1.完善制度；2.加强培训。\n'), []);
    // the count does not go on
    assert.deepEqual(markers('标题行\n\n　　1.完善制度；3.加强培训；4.定期演练。\n'), []);
    // decimals and a member not after a clause end
    assert.deepEqual(markers('标题行\n\n　　增长1.5倍，达到2.3万元，其中3.4亿元用于建设。\n'), []);
    assert.deepEqual(markers('标题行\n\n　　措施为1.完善制度，2.加强培训，3.定期演练。\n'), []);
  });
});
