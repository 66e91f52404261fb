import * as assert from 'node:assert/strict';
import { parseOutline } from '../../src/core/outline';

// A crawler's list of pages, one record a line: the page's address and its headline parted by tabs
// (the address as Python prints bytes, too). Every headline is a record's title at the top level.
// Invented addresses and headlines.
const HEADS = ['县体育中心完成改造升级 新增室内球馆', '老年门球队获市级比赛亚军', '全民健身步道全线贯通：串起五个小区', '游泳馆暑期开放时间调整！'];

describe('a crawler\'s tab-parted records: address and headline', () => {
  it('reads every headline as a title at the top level, the address first or last', () => {
    for (const line of [(h: string, i: number) => `b'http://news.example.com/25/${i}.html'\t\t${h}`, (h: string, i: number) => `${h}\thttps://news.example.com/${i}`]) {
      const text = HEADS.map(line).join('\n') + '\n';
      const o = parseOutline(text, { format: 'plain' });
      assert.deepEqual(o.headings.map((h) => `L${h.level} ${h.title}`), HEADS.map((h) => `L1 ${h}`));
    }
  });
  it('reads nothing when a line is no such record (a table of numbers, prose among the records)', () => {
    const mixed = [`http://news.example.com/1.html\t${HEADS[0]}`, '这是一段说明文字，介绍这份名单的来历。', `http://news.example.com/2.html\t${HEADS[1]}`, `http://news.example.com/3.html\t${HEADS[2]}`, ''].join('\n');
    assert.ok(!parseOutline(mixed, { format: 'plain' }).headings.some((h) => h.title === HEADS[2]));
    const table = ['http://a.example.com/1\t12.5', 'http://a.example.com/2\t13.1', 'http://a.example.com/3\t9.8', ''].join('\n');
    assert.equal(parseOutline(table, { format: 'plain' }).headings.length, 0);
  });
});
