import * as assert from 'node:assert/strict';
import { parseOutline } from '../../src/core/outline';

// Invented one-line text layers of 文库/范文 pages (the shape of study42/02, study42/08 and the
// open29/open31/open36 probes): a speech's or report's title glued to its salutation.
function titles(text: string): Array<[number, number, string]> {
  const o = parseOutline(text);
  return o.headings.filter((h) => h.marker === '').map((h) => {
    const line = text.slice(0, h.start).split('\n').length;
    return [line, h.start - text.lastIndexOf('\n', h.start - 1) - 1, h.title];
  });
}

const BODY = '今天召开这次会议，主要是回顾前一阶段的工作，分析当前面临的形势，安排部署下一阶段的任务。'
  + '一、看清形势，增强做好工作的信心 今年以来，全县上下齐心协力，各项工作取得了明显成效，主要指标好于预期。'
  + '二、突出重点，全力抓好各项任务 要紧盯目标不放松，一项一项抓落实，确保全年任务圆满完成。';

describe('titles37: a title glued to the salutation of a flattened speech or report', () => {
  it('leaves a subtitle of slogans set after the title with blanks out of the title', () => {
    const text = `在全县秋季重点工作推进会上的讲话 凝心聚力 真抓实干 确保完成全年任务 同志们:${BODY}\n`;
    assert.deepEqual(titles(text), [[1, 0, '在全县秋季重点工作推进会上的讲话']]);
  });

  it('reads 各位领导、同志们 as the salutation after a report\'s title', () => {
    const text = `镇长个人年度述职报告各位领导、同志们:${BODY}\n`;
    assert.deepEqual(titles(text), [[1, 0, '镇长个人年度述职报告']]);
  });

  it('takes the document\'s glued title though the page set its own title above it', () => {
    const text = `某镇2026年政府工作报告\n镇政府工作报告各位代表:现在，我代表镇人民政府，向大会作政府工作报告，请予审议。${BODY}\n`;
    assert.deepEqual(titles(text), [[1, 0, '某镇2026年政府工作报告'], [2, 0, '镇政府工作报告']]);
  });

  it('gives no title where a page\'s metadata label is glued before it', () => {
    const text = `县委书记在全县作风建设大会上的讲话\n\n来源县委在全县作风建设大会上讲话同志们:${BODY}\n`;
    assert.deepEqual(titles(text), [[1, 0, '县委书记在全县作风建设大会上的讲话']]);
  });
});
