import * as assert from 'node:assert/strict';
import { parseOutline } from '../../src/core/outline';

/** Markers of the numbered headings the outline gives, in order (titles left out). */
function markers(text: string): string[] {
  return parseOutline(text, { format: 'plain' }).headings.map((h) => h.marker).filter((m) => m !== '');
}

describe('run-in parts of an essay: 一. with a full stop, 首先 with no comma (headings6)', () => {
  it('reads 一.…。二.…。三.… inside a paragraph as a run, with the sentence as title', () => {
    const essay = ['办好社区食堂', '', '　　办好社区食堂要用好几个办法。一.找准选址。食堂要建在老人多的小区旁边。二.定好价格。价格要让老人吃得起。三.用好志愿者。志愿者可以帮忙送餐。', ''].join('\n');
    const o = parseOutline(essay, { format: 'plain' });
    assert.deepEqual(o.headings.map((h) => `${h.marker}${h.title}`), ['办好社区食堂', '一.找准选址', '二.定好价格', '三.用好志愿者']);
    assert.deepEqual(o.headings.map((h) => h.level), [1, 2, 2, 2]);
  });

  it('keeps a line-start 一、 run whole around a run-in 一.…二. inside its part', () => {
    const text = ['一、总体要求', '　　今年要做好两件事：一.稳住就业。多开招聘会。二.扩大消费。多办展销会。', '二、保障措施', '　　各部门要加强协作。', ''].join('\n');
    const o = parseOutline(text, { format: 'plain' });
    assert.deepEqual(o.headings.map((h) => [h.level, h.marker]), [[1, '一、'], [2, '一.'], [2, '二.'], [1, '二、']]);
  });

  it('leaves a lone 一. , a decimal and a sentence listing a document\'s parts (一、…；二、…) alone', () => {
    assert.deepEqual(markers('标题行\n\n　　会议强调了一点：一.保持稳定。其余照常。\n'), []);
    assert.deepEqual(markers('标题行\n\n　　增速为三.5个百分点。数据为一.2左右。\n'), []);
    assert.deepEqual(markers('标题行\n\n　　报告共分三个部分：一、过去一年的工作；二、今年的目标；三、今年的任务。\n'), []);
  });

  it('reads 首先…。其次…。最后… written without commas after sentence ends, as one run', () => {
    const text = ['建好乡村道路', '', '　　道路是乡村发展的基础。首先修好主干道，让大车开得进来。其次补上支路，方便群众出行;最后建好养护机制，保证道路长期好用。', ''].join('\n');
    assert.deepEqual(markers(text), ['首先', '其次', '最后']);
  });

  it('does not read 首先 with no comma in running prose: after a comma, at a line start, alone, or 最后一…', () => {
    assert.deepEqual(markers('标题行\n\n　　我们首先要把事情做好，其次要把账算清。\n'), []);
    assert.deepEqual(markers('标题行\n\n　　今年工作很多。首先要做好春耕。\n'), []);
    // a pair with no closing 再次/最后 is two adverbs, not an enumeration
    assert.deepEqual(markers('标题行\n\n　　办好这件事需要耐心。首先要摸清底数，听取各方意见。其次要拿出办法，但不要急于求成。\n'), []);
    assert.deepEqual(markers('标题行\n\n　　道路修好了。最后一公里也打通了。\n'), []);
  });

  it('reads 一 .总体要求 (a space before the mark) at a line start as 一、-family markers, not 一 . 5', () => {
    const text = ['示例方案', '', '一 .总体要求', '', '要做好工作。', '', '二　、主要任务', '', '要完成任务。', '', '三 ．保障措施', '', '要加强保障。', ''].join('\n');
    const o = parseOutline(text, { format: 'plain' });
    assert.deepEqual(o.headings.map((h) => [h.level, h.marker, h.title]), [[1, '', '示例方案'], [2, '一 .', '总体要求'], [2, '二　、', '主要任务'], [2, '三 ．', '保障措施']]);
    assert.deepEqual(markers('示例\n\n一 . 5的说明文字比较长。\n二 . 6的说明也一样。\n'), []);
  });
});
