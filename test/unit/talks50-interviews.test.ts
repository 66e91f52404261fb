import * as assert from 'node:assert/strict';
import { parseOutline } from '../../src/core/outline';

// Invented interviews, panels and keynotes copied to Markdown (talks50): the turns of a dialogue,
// the part titles an interview sets over its first question, a clipped article's setext headline,
// a speaker's 第三就是. Every text here is our own writing.
function rows(text: string, format: 'markdown' | 'plain' = 'markdown'): string[] {
  const o = parseOutline(text, { format });
  const lineOf = (start: number) => text.slice(0, start).split('\n').length;
  return o.headings.map((h) => {
    const parent = h.parent === null ? '-' : String(lineOf(o.headings[h.parent].start));
    return `${lineOf(h.start)} L${h.level} ^${parent} ${h.marker}${h.title}`;
  });
}

const ANSWER1 = '　　答：这件事我们已经讨论过多次，各方都同意先把道路修好，再把水渠连通，这样村里的产业才能真正发展起来。';
const ANSWER2 = '　　答：资金主要来自县里的专项补助，也有一部分是村民自愿筹集的，账目每个月都在村务公开栏里公布。';
const ANSWER3 = '　　答：明年我们打算把合作社办起来，请农技员每个季度来村里讲课，让大家种得更好，卖得更远。';

describe('talks50: an interview\'s turns are no titles; its part titles stand over a question', () => {
  const interview = [
    '# 和某报记者的谈话', '', '（二〇三一年五月一日）', '',
    '道路和水渠', '',
    '　　记者问：村里今年最要紧的事是什么？', '', ANSWER1, '',
    '　　问：钱从哪里来？', '', ANSWER2, '',
    '合作社的打算', '',
    '　　问：明年有什么打算？', '', ANSWER3, '',
    '　　问：还有别的吗？', '', ANSWER1, '',
  ].join('\n');
  it('the part titles nest under the title, and no 问： line is a heading', () => {
    assert.deepEqual(rows(interview), [
      '1 L1 ^- 和某报记者的谈话',
      '5 L2 ^1 道路和水渠',
      '15 L2 ^1 合作社的打算',
    ]);
  });
  it('without part titles, the questions still head nothing', () => {
    const bare = interview.replace('道路和水渠\n\n', '').replace('合作社的打算\n\n', '');
    assert.deepEqual(rows(bare), ['1 L1 ^- 和某报记者的谈话']);
  });
  it('a speaker-labelled turn (`某答：`, `主持人：`) is a turn too', () => {
    const named = interview.replace(/　　问：/g, '　　张问：').replace(/　　答：/g, '　　李答：');
    assert.deepEqual(rows(named), ['1 L1 ^- 和某报记者的谈话', '5 L2 ^1 道路和水渠', '15 L2 ^1 合作社的打算']);
  });
  it('a short line over a short sentence that is no turn stays no title (the story must be long)', () => {
    const text = [
      '# 村里的一天', '', '清晨的集市', '', '大家都来了。', '', '午后的田野', '', '风很大。', '',
    ].join('\n');
    assert.deepEqual(rows(text), ['1 L1 ^- 村里的一天']);
  });
  it('a news copy\'s line subheads over long stories are kept', () => {
    const para1 = '这是一段很长的报道正文，讲述了青山镇今年新建茶叶加工厂两座，带动周边村民就近就业的经过。';
    const para2 = '另一段很长的报道正文说，连接青山镇和县城的公路今天通车，村民进城的时间从两小时缩短到半小时。';
    const text = ['# 今日要闻', '', '开头的一句话。', '', '茶叶加工厂投产', '', para1, '', '新修公路通车', '', para2, ''].join('\n');
    assert.deepEqual(rows(text), ['1 L1 ^- 今日要闻', '5 L2 ^1 茶叶加工厂投产', '9 L2 ^1 新修公路通车']);
  });
});

describe('talks50: a clipped article\'s setext headline is its title, not the page\'s furniture', () => {
  const clip = (rule: string) => [
    '某某大会演讲：乡村振兴的三个关键 \\> 一个误区', rule, '',
    '[mp.weixin.qq.com](https://mp.weixin.qq.com/s/abc)某号 某号', '',
    '![](https://example.com/a.jpg)', '',
    '**某号**', '',
    '乡村振兴的一切，这里都有。', '',
    '12篇原创内容', '',
    '公众号', '',
    '，', '',
    '这是一段很长的导语，介绍这次大会的背景和演讲者的经历，也说明了整理这份讲稿的缘由。', '',
    '今天我想讲三件事情，第一件是道路，第二件是产业，第三件是人才，每一件都和大家的日子有关。', '',
  ].join('\n');
  it('a level-1 setext headline over a WeChat account card heads the document', () => {
    assert.deepEqual(rows(clip('========================')), ['1 L1 ^- 某某大会演讲：乡村振兴的三个关键 \\> 一个误区']);
  });
});

describe('talks50: 第三就是 closes a speaker\'s 第一是…第二是… run', () => {
  it('counts in the run', () => {
    const text = [
      '我觉得有三件事情印象最深。', '',
      '第一是道路修通了，村里的车能直接开到地头。', '',
      '第二是水渠连上了，旱季也不愁浇地。', '',
      '第三就是合作社办起来了，大家一起卖茶叶。', '',
    ].join('\n');
    assert.deepEqual(rows(text, 'plain'), [
      '3 L1 ^- 第一是道路修通了，村里的车能直接开到地头',
      '5 L1 ^- 第二是水渠连上了，旱季也不愁浇地',
      '7 L1 ^- 第三就是合作社办起来了，大家一起卖茶叶',
    ]);
  });
  it('a lone 第一就是 with no run is none', () => {
    const text = '安全第一就是我们的原则，大家都要遵守。\n\n别的事情以后再说。\n';
    assert.deepEqual(rows(text, 'plain'), []);
  });
});
