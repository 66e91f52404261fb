import { strict as assert } from 'node:assert';
import { parseOutline } from '../../src/core';

// Invented texts (our own words): an e-paper page's label (`第03版:要闻`) over a story.
const BODY = '昨天上午，青岚县召开全县春耕生产工作会议，部署今年的春耕备耕各项工作，会议要求各乡镇抓好落实。\n\n会议指出，要抓好种子、化肥等农资供应，确保不误农时。\n';

function titles(text: string): string[] {
  return parseOutline(text, { format: 'plain' }).headings.map((h) => `${h.level}${h.marker}${h.title}`);
}

describe('read45: an e-paper page label is furniture, not the story title', () => {
  it('skips `第03版:要闻` over a headline and the paper line', () => {
    const t = '第03版:要闻\n\n青岚县部署春耕生产\n\n本报记者 林小禾\n\n《 青岚日报 》 ( 2025年03月05日   第 03 版)\n\n' + BODY;
    assert.deepEqual(titles(t), ['1青岚县部署春耕生产']);
  });
  it('skips `第3版：综合新闻` (full-width colon, longer column name)', () => {
    const t = '第3版：综合新闻\n\n白石镇建成十座乡村书屋\n\n《白石周报》（2024年11月02日 第3版）\n\n' + BODY;
    assert.deepEqual(titles(t), ['1白石镇建成十座乡村书屋']);
  });
  it('leaves numbered parts at the top when the label is the only line over them', () => {
    const t = '第03版:要闻\n\n一、春耕生产总体情况\n\n' + BODY + '\n二、下一步工作安排\n\n' + BODY;
    assert.deepEqual(titles(t), ['1一、春耕生产总体情况', '1二、下一步工作安排']);
  });
  it('keeps titles that only hold the word 版', () => {
    assert.deepEqual(titles('新版医保药品目录落地实施\n\n本报记者 林小禾\n\n' + BODY), ['1新版医保药品目录落地实施']);
    assert.deepEqual(titles('第2版修订说明\n\n一、修订的原因\n\n' + BODY + '\n二、修订的内容\n\n' + BODY), [
      '1第2版修订说明',
      '2一、修订的原因',
      '2二、修订的内容',
    ]);
    assert.deepEqual(titles('关于做好报纸第3版版面调整的通知\n\n各部门：\n\n' + BODY), ['1关于做好报纸第3版版面调整的通知']);
    assert.deepEqual(titles('头版头条的写作要领\n\n一、选题要准\n\n' + BODY + '\n二、标题要精\n\n' + BODY), [
      '1头版头条的写作要领',
      '2一、选题要准',
      '2二、标题要精',
    ]);
  });
});
