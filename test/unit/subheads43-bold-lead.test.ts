import * as assert from 'node:assert/strict';
import { parseOutline } from '../../src/core/outline';

// Invented copies of feature stories (subheads43): unnumbered `标签：标题` subheads on lines of their own,
// each with a short lead sentence set in bold under it before the story goes on. Every text here is
// our own writing.
function rows(text: string, format: 'markdown' | 'plain'): string[] {
  const o = parseOutline(text, { format });
  const lineOf = (start: number) => text.slice(0, start).split('\n').length;
  return o.headings.map((h) => `${lineOf(h.start)} L${h.level} ${h.marker}${h.title}`);
}

const LEAD = '河谷里的小镇这些年变化很大，新修的道路通到了每一个村子，外出务工的年轻人陆续回到家乡，开起了民宿和网店。';
const MORE = '镇里的干部说，路修好了，山里的果子就能卖到城里去，大家的日子也就有了盼头，今年全镇的水果销量增长了三成。';
const OPEN = ['清晨六点，', '走进镇中心小学，', '在村东头的果园里，'];
const SUBS = ['修好一条路：把山货运出大山', '办好一所校：让孩子留在身边', '建好一个园：让产业扎下根来'];

function story(subs: string[], leads: Array<string | null>): string {
  const out = ['# 山城新事：一个小镇的三年', '', '> 来源：某平台　|　日期：2031-01-01', '', '---', '', LEAD, '', MORE, ''];
  subs.forEach((s, i) => {
    out.push(s, '');
    const b = leads[i];
    if (b) out.push(b, '');
    out.push(OPEN[i] + LEAD, '', MORE, '');
  });
  return out.join('\n');
}

describe('subheads43: a subhead line over a short bold lead sentence, then the story', () => {
  it('each plain subhead heads its part though a bold lead sentence stands under it', () => {
    const leads = ['**晨雾散去，山路蜿蜒。**', '**书声琅琅，校园明亮。**', '**果香四溢，大棚连片！**'];
    assert.deepEqual(rows(story(SUBS, leads), 'markdown'), [
      '1 L1 山城新事：一个小镇的三年',
      '11 L2 修好一条路：把山货运出大山',
      '19 L2 办好一所校：让孩子留在身边',
      '27 L2 建好一个园：让产业扎下根来',
    ]);
  });
  it('a lone such line is no subhead: the document gives no second one', () => {
    assert.deepEqual(rows(story(SUBS.slice(0, 1), ['**晨雾散去，山路蜿蜒。**']), 'markdown'), ['1 L1 山城新事：一个小镇的三年']);
  });
  it('a long bold line, or one holding two sentences, is no lead sentence', () => {
    const long = '**这是一个很长的加粗句子，它写了许多许多的内容，远远超过一个短小引导句应有的长度，读来像一整段话。**';
    assert.deepEqual(rows(story(SUBS, [long, long, long]), 'markdown'), ['1 L1 山城新事：一个小镇的三年']);
    const two = '**晨雾散去。山路蜿蜒。**';
    assert.deepEqual(rows(story(SUBS, [two, two, two]), 'markdown'), ['1 L1 山城新事：一个小镇的三年']);
  });
  it('a plain-text copy of the same story (no bold marks) reads the same subheads', () => {
    const text = story(SUBS, ['晨雾散去，山路蜿蜒。', '书声琅琅，校园明亮。', '果香四溢，大棚连片。'])
      .replace(/^# /, '').replace(/^> .*\n\n---\n/m, '');
    const r = rows(text, 'plain');
    // (the subheads' level follows whether the plain reader takes the first line for the title: left out)
    assert.deepEqual(r.filter((x) => !x.startsWith('1 ')).map((x) => x.replace(/^\d+ L\d /, '')), SUBS);
  });
});
