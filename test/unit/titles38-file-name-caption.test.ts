import * as assert from 'node:assert/strict';
import { parseOutline } from '../../src/core/outline';

// Invented pages in the shape of a document-sharing site (titles38): the uploaded file's name as the
// page's caption, its metadata list, the name again over the viewer, then the document itself with
// its own title. The file name and the title are one title written twice: the title heads the text.
function heads(text: string): Array<[number, string, string, number | null]> {
  const o = parseOutline(text);
  const lineOf = (start: number) => text.slice(0, start).split('\n').length - 1;
  return o.headings.map((h) => [lineOf(h.start), h.marker, h.title, h.parent === null ? null : lineOf(o.headings[h.parent].start)]);
}

const body = [
  '一、总则',
  '第一条为加强单位车辆管理,保障公务用车安全,节约运行费用,制定本办法。',
  '第二条本办法适用于单位及所属部门的全部车辆。',
  '二、车辆使用',
  '第三条公务用车实行统一管理、统一调度。',
  '第四条车辆使用须填写用车申请,经批准后派车。',
];

const page = (own: string): string => [
  '车辆管理办法.docx',
  '- 文档编号:1234567',
  '- 上传时间:2025-03-01',
  '- 格式:DOCX',
  '- 页数:6',
  '- 大小:18.5KB',
  '车辆管理办法.docx',
  '《车辆管理办法.docx》由会员分享,可在线阅读,更多相关《车辆管理办法.docx(6页珍藏版)》请在本站上搜索。',
  own,
  ...body,
].join('\n');

describe('titles38: a document site\'s file-name caption over the document\'s own title', () => {
  it('takes the own title, not the file name said twice above it', () => {
    const hs = heads(page('车辆管理办法'));
    assert.ok(!hs.some((h) => h[0] === 0 || h[0] === 6), JSON.stringify(hs));
    assert.deepEqual(hs[0], [8, '', '车辆管理办法', null]);
    assert.equal(hs.find((h) => h[1] === '一、')?.[3], 8, JSON.stringify(hs));
  });

  it('keeps the file name where the title below says other words', () => {
    const hs = heads(page('单位公务用车使用规定'));
    assert.ok(hs.some((h) => h[0] === 0 && h[1] === ''), JSON.stringify(hs));
    assert.ok(hs.some((h) => h[0] === 8 && h[1] === ''), JSON.stringify(hs));
  });
});
