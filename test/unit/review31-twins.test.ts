import * as assert from 'node:assert/strict';
import { extractFigures } from '../../src/core/figures';
import { inBothScripts, simplifiedCode, unannotated } from '../../src/core/text/reading';
import { codeTextTest, isCodeText } from '../../src/core/outline/codeLines';
import { parseOutline } from '../../src/core/outline';
import { labelledPieceTitle } from '../../src/core/outline/compilationItems';

// Invented lines shaped like traditional-character copies (a big5 gateway, a converting mirror):
// the outline's word lists and the figures' guard words read them through one table (review31).
function brief(text: string): string[] {
  return extractFigures(text).map((f) => `${f.text}|${JSON.stringify(f.value)}|${f.unit}|${f.kind}`);
}

describe('review31: one traditional-to-simplified table (text/reading.ts)', () => {
  it('reads 著 as 着, and 從 and 輪, in the outline readers too', () => {
    assert.equal(unannotated('意味著從新一輪開始'), '意味着从新一轮开始');
    assert.equal(simplifiedCode('著'.charCodeAt(0)), '着'.charCodeAt(0));
    assert.equal(simplifiedCode('着'.charCodeAt(0)), 0);
  });

  it('gives the figures the whole table: 五集電視專題片 is a series announced, as 五集电视专题片', () => {
    assert.deepEqual(brief('五集电视专题片今晚播出。'), ['五集|5|集|count']);
    assert.deepEqual(brief('五集電視專題片今晚播出。'), ['五集|5|集|count']);
  });
});

describe('review31: whether a text is a code file, asked once a run (codeLines.ts)', () => {
  it('keeps the answer for every reader of the same text', () => {
    const text = ['const a = 1;', 'let b = 2;', 'return a + b;'].join('\n');
    const t = codeTextTest(text);
    assert.equal(t.text, text);
    assert.equal(t.is(), isCodeText(text));
    assert.equal(t.is(), true);
    assert.equal(codeTextTest('一、总体要求\n正文。').is(), false);
  });

  it('reads a string of prose in a file that is no code file as before (record reader and title reader share the answer)', () => {
    const text = ['const a = 1;', '// 说明', '"一、总体情况\\n正文。\\n二、主要做法\\n正文。\\n三、下一步\\n正文。\\n四、保障\\n正文。",', '关于做好某某工作的通知'].join('\n');
    const hs = parseOutline(text).headings.map((h) => h.marker);
    assert.ok(!hs.includes('一、'), JSON.stringify(hs));
  });
});

describe('review31: one test of a compilation piece labelled 第N篇 (compilationItems.ts)', () => {
  it('takes a name ending on a plan (计划, 思路) as a piece, as the paragraph reader did', () => {
    assert.equal(labelledPieceTitle('第二篇：某镇2019年工作计划'), true);
    assert.equal(labelledPieceTitle('第一篇:鄉鎮上半年宣傳思想工作總結及下半年工作思路'), true);
    assert.equal(labelledPieceTitle('第二篇：某镇工作方案（试行）'), true);
  });

  it('leaves a book part that names a plan word first (计划生育) or holds a sentence', () => {
    assert.equal(labelledPieceTitle('第三篇：计划生育'), false);
    assert.equal(labelledPieceTitle('第一篇：总论'), false);
    assert.equal(labelledPieceTitle('第二篇：这是计划。还有方案'), false);
  });

  it('still takes a speech named anywhere in the title, and 篇一：/范文一： labels', () => {
    assert.equal(labelledPieceTitle('第一篇:羅格開幕式閉幕式致辭中英文原文'), true);
    assert.equal(labelledPieceTitle('第一篇:在全市安全生產工作會(huì)議上的講(jiǎng)話(huà)'), true);
    assert.equal(labelledPieceTitle('篇一：某某'), true);
  });
});

describe('review31: one list of speech kinds and salutations for titles glued to the salutation', () => {
  const P = '今天召開這次會議，主要任務是總結過去一年的工作，分析當前形勢，部署今年的各項任務。下面，我講三點意見。';
  const heads = (text: string): Array<[string, string, number]> => parseOutline(text).headings.map((h) => [h.marker, h.title, h.level]);

  it('reads 彙報 as 匯報 and 汇报 before 同志們 (every traditional form of the kind)', () => {
    for (const kind of ['匯報', '彙報']) {
      const text = `县長在全縣經濟工作會議上的${kind}同志們：${P}\n一、充分肯定成績\n${P}\n二、認清形勢\n${P}`;
      assert.deepEqual(heads(text).map((h) => h.slice(1)), [[`县長在全縣經濟工作會議上的${kind}`, 1], ['充分肯定成績', 2], ['認清形勢', 2]]);
    }
  });

  it('takes a flattened compilation\'s first piece before 各位来宾, as before 各位代表', () => {
    for (const greeting of ['各位代表', '各位来宾']) {
      const text = `1、某镇2023年政府工作报告汇编(35篇)目录1.2023年某镇政府工作报告 2.2022年某镇政府工作报告 3.某镇工作报告 2023年某镇政府工作报告${greeting}:现在,我代表镇人民政府向大会报告工作,请予审议。\n一、过去一年的工作\n正文内容。\n二、今年的任务\n正文内容。`;
      assert.deepEqual(heads(text).map((h) => h.slice(1)), [['某镇2023年政府工作报告汇编(35篇)', 1], ['2023年某镇政府工作报告', 1], ['过去一年的工作', 2], ['今年的任务', 2]]);
    }
  });

  it('writes a word list in both scripts as classes', () => {
    assert.equal(inBothScripts(['讲话', '合集']), '[讲講][话話]|合集');
  });
});
