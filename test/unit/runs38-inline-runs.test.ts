import * as assert from 'node:assert/strict';
import { parseOutline } from '../../src/core/outline';

// Invented texts (our own wording) in the shapes runs38 studied: a speech's opening saved by a page
// that stops inside its first part, the speaker's announced parts (下面，我讲三点意见。一、…) the
// only numbering, and the page's furniture or tag list under the cut, so the text's last line
// does not show the cut.
function heads(text: string): Array<[number, string, number, number | null]> {
  const line = (pos: number): number => text.slice(0, pos).split('\n').length - 1;
  const o = parseOutline(text);
  return o.headings.map((h) => [line(h.start), h.marker, h.level, h.parent === null ? null : line(o.headings[h.parent].start)]);
}

const OPENING = '同志们：今天召开全县项目建设推进会，主要是总结前段工作，部署下步任务。刚才，发改局通报了一季度项目建设情况，三个乡镇作了交流发言，讲得都很好，希望大家认真抓好落实。';
const FIRST_PART = '一、坚定信心，切实增强抓项目促发展的紧迫感今年以来，全县上下牢固树立项目为王的理念，新开工项目36个，完成投资25.6亿元，同比增长12.3%。但也要看到，部分项目推进迟缓，要素保障不足，个别乡镇签约项目落地率不高，前期工作深度不';

describe('runs38: a speech opening\'s announced first part 一、, the page cut before 二、', () => {
  it('takes the 一、 after an announcement inside the paragraph when page furniture stands under the cut', () => {
    const text = ['在全县项目建设推进会上的讲话', '',
      OPENING + '下面，我讲四点意见。' + FIRST_PART, '',
      '浏览次数：  更新时间：2031-05-12', '上一篇：在全县春耕生产工作会议上的讲话', '下一篇：在全县安全生产工作会议上的讲话', '评论功能已关闭'].join('\n');
    assert.deepEqual(heads(text), [[0, '', 1, null], [2, '一、', 2, 0]]);
  });
  it('takes it after a colon, the cut line ending on a tag label', () => {
    const text = OPENING + '下面，就抓好项目建设，我强调三点意见:' + FIRST_PART.slice(0, -3) + '[标签:讲话]';
    assert.deepEqual(heads(text).map(([l, m]) => [l, m]), [[0, '一、']]);
  });
  it('takes a line-start 一、 under an announcement when its paragraph stops mid-sentence over the page\'s links', () => {
    const text = ['同志们：', OPENING + '下面，我再强调三个问题。', '一、客观分析形势，坚定加快发展的信心和决心',
      '今年以来，全县经济保持了速度加快、效益提高、后劲增强的好形势，这些成绩来之不易，是全县各级各部门共同奋', '',
      '上一篇：在全县春耕生产工作会议上的讲话', '下一篇：在全县安全生产工作会议上的讲话'].join('\n');
    assert.deepEqual(heads(text).map(([l, m]) => [l, m]), [[2, '一、']]);
    // (the same part ending its sentence, a short line under it: the text may have ended whole)
    const whole = text.replace('共同奋', '共同奋斗的结果。').replace('上一篇：在全县春耕生产工作会议上的讲话', '从乡');
    assert.deepEqual(heads(whole).map(([, m]) => m), []);
  });
  it('leaves the 一、 when a 二、 is written after it, cut text or not (a list in one sentence)', () => {
    const top = '在全县项目建设推进会上的讲话\n\n同志们：刚才，发改局通报了项目建设情况，讲得都很好。';
    const cut = '\n今年以来，全县上下牢固树立项目为王的理念，新开工项目36个，完成投资25.6亿元，但也要看到部分项目推进迟缓，要素保障不';
    // (the announced parts listed in one sentence, 二、 after a comma)
    assert.deepEqual(heads(top + '下面我谈三点看法：一、队伍建设，二、制度建设，三、作风建设，这三个方面都要抓。' + cut).map(([, m]) => m), ['']);
    // (after a semicolon)
    assert.deepEqual(heads(top + '下面我讲两点意见：一、要提高认识；二、要狠抓落实。' + cut).map(([, m]) => m), ['']);
  });
  it('leaves a lone 一、 inside a paragraph that no announcement leads in, when the text ends whole', () => {
    const text = ['在全县项目建设推进会上的讲话', '', OPENING + '会议听取了有关汇报。' + FIRST_PART + '够。', '', '上一篇：在全县春耕生产工作会议上的讲话'].join('\n');
    assert.deepEqual(heads(text).map(([, m]) => m), ['']);
  });
  it('leaves an announced 一、 of a text that ends whole where a speech run follows it (the parts go on in another form)', () => {
    const text = ['局长在干部大会上的讲话', '同志们：', '刚才宣读了任命决定，我完全拥护。下面，我讲两点意见。',
      '一、服从组织决定，做好工作交接。新老班子要搞好衔接，确保各项工作不断档、不脱节。',
      '同时，我也提几点要求。第一，要讲政治。第二，要讲团结。第三，要讲规矩。', '谢谢大家！'].join('\n');
    assert.deepEqual(heads(text).map(([l, m, lv]) => [l, m, lv]), [[0, '', 1], [4, '第一，', 2], [4, '第二，', 2], [4, '第三，', 2]]);
  });
});
