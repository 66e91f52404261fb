import * as assert from 'node:assert/strict';
import { parseOutline } from '../../src/core/outline';

function heads(text: string): string[] {
  const o = parseOutline(text);
  for (const h of o.headings) assert.equal(text.slice(h.start, h.start + h.marker.length), h.marker);
  return o.headings.map((h) => `${h.level} ${h.marker}${h.title}`);
}

describe('comp44: a 范文 page numbering its pieces after the word for a sample', () => {
  it('reads `…范本一` / `…范本二` under the page\'s headline as pieces at the top level', () => {
    const text = [
      '植树活动心得体会范本 植树心得体会(二篇)',
      '下面我给大家整理了一些心得体会范文，希望能够帮助到大家。',
      '有关植树活动心得体会范本一',
      '今年春天我们组织了一次植树活动，大家都很积极。',
      '一、提前做好准备。我们准备了树苗和工具。',
      '二、认真种好每一棵树。大家挖坑、扶苗、培土。',
      '有关植树活动心得体会范本二',
      '这次活动让我很有感触，劳动是快乐的。',
    ].join('\n');
    assert.deepEqual(heads(text), [
      '1 植树活动心得体会范本 植树心得体会(二篇)', '1 有关植树活动心得体会范本一',
      '2 一、提前做好准备', '2 二、认真种好每一棵树', '1 有关植树活动心得体会范本二',
    ]);
  });

  it('reads `…演讲稿范文（一）` the same way, and leaves a title that only names a 范文 as it was', () => {
    const text = '读书演讲稿\n以下是几篇读书演讲稿范文，供参考。\n读书演讲稿范文（一）\n同学们，读书使人明智。\n一、多读好书。书是人类进步的阶梯。\n二、读好书。要选择经典。\n读书演讲稿范文（二）\n读书是一种享受。\n';
    assert.deepEqual(heads(text), ['1 读书演讲稿', '1 读书演讲稿范文（一）', '2 一、多读好书', '2 二、读好书', '1 读书演讲稿范文（二）']);
  });

  it('reads a page\'s speeches under `一：` / `二：` alone on their lines as its pieces, when a speech opens under one', () => {
    const text = [
      '运动会开幕式领导讲话', '下面是小编整理的几篇讲话，仅供参考。',
      '一：', '某校校长', '今天我们在这里隆重举行秋季运动会，我代表学校向全体运动员表示祝贺。', '祝运动会圆满成功！',
      '二：', '尊敬的各位领导，各位老师，同学们：', '大家上午好！秋高气爽，我们迎来了一年一度的运动会。',
    ].join('\n');
    assert.deepEqual(heads(text).filter((h) => /^\d [一二]：/.test(h)), ['1 一：', '1 二：']);
    // a run of such labels over no speech stays as it was read
    const plain = '工作要点\n一：\n抓好安全生产，落实责任制度。\n二：\n抓好队伍建设，提高工作能力。\n';
    assert.ok(!heads(plain).some((h) => h === '1 一：'));
  });

  it('reads samples numbered after their common name and a colon (`…心得体会1:`) as the page\'s pieces', () => {
    const text = [
      '植树活动心得体会范文2篇', '下面小编就来分享两篇心得体会，赶紧看看吧！',
      '植树活动心得体会1：', '今年春天我们组织了一次植树活动，大家都很积极。', '首先，劳动是快乐的。我们一起劳动，一起流汗。', '其次，合作很重要。没有合作就种不完这么多树。',
      '植树活动心得体会2：', '这次活动让我很有感触，也让我懂得了爱护环境。',
    ].join('\n');
    assert.deepEqual(heads(text), ['1 植树活动心得体会范文2篇', '1 植树活动心得体会1', '2 首先，劳动是快乐的', '2 其次，合作很重要', '1 植树活动心得体会2']);
    // numbers out of order are left as they were read
    const other = parseOutline('心得体会\n植树活动心得体会2：\n这次活动让我很有感触。\n植树活动心得体会1：\n今年春天我们组织了植树。\n').headings;
    assert.ok(!other.some((h) => h.title === '植树活动心得体会2' || h.title === '植树活动心得体会1'));
  });
});
