import * as assert from 'node:assert/strict';
import { parseOutline } from '../../src/core/outline';

const outline = (t: string, format: 'markdown' | 'plain' = 'plain') =>
  parseOutline(t, { format }).headings.map((h) => `${h.level} ${h.marker}${h.title}`);
const body = '会议以来，各单位认真贯彻落实部署要求，扎实推进各项工作，取得了一定成效，但也存在一些不容忽视的问题和短板。';

describe('whole34: a speech page cut after its first part, the notice under widgets', () => {
  const head = ['在某区重点工作推进会上的讲话', '', '同志们：', '', body + '下面，我讲三点意见。', '',
    '一、正视问题、认清形势，以紧迫感扛起攻坚责任', '', body + body, ''];
  const widgets = ['如果喜欢本篇内容，请赞赏鼓励哦！', '查看更多>>', '请选择打赏类型', '¥8.88', '¥6.66', '¥1', '赏赞', '', '分享:', '', '微信扫'];

  it('takes the lone 一、 when the login notice stands above the tip jar and share buttons', () => {
    const t = [...head, '阅读全文', '（想阅读完全部图文内容，您需要先登陆！）', ...widgets].join('\n');
    assert.deepEqual(outline(t), ['1 在某区重点工作推进会上的讲话', '2 一、正视问题、认清形势，以紧迫感扛起攻坚责任']);
  });

  it('takes the lone 一、 and （一） over a download notice (全文约N字，请下载后阅读)', () => {
    const t = [...head.slice(0, 8), body, '', '（一）充分肯定成绩，提振重新出发的精气神', '', '全文约10497字，请下载后阅读、编辑。', '', '（阅读全部图文内容，您需要先登录！）'].join('\n');
    assert.deepEqual(outline(t), [
      '1 在某区重点工作推进会上的讲话', '2 一、正视问题、认清形势，以紧迫感扛起攻坚责任', '3 （一）充分肯定成绩，提振重新出发的精气神',
    ]);
  });

  it('keeps a whole speech that ends on its closing words and its share buttons without a lone 一、', () => {
    const t = [...head, '谢谢大家！', '', '分享:', '', '微信扫'].join('\n');
    assert.deepEqual(outline(t), ['1 在某区重点工作推进会上的讲话']);
  });
});

describe('whole34: a speech flattened onto one line, its first part glued to the announcement', () => {
  const line = '某县第四季度经济工作会议上的讲话 统一思想 鼓劲加压 同志们:今天的会议,是县委、县政府召开的一次重要会议,主要目的是总结前三季度工作,鼓劲加压,合力攻坚。我主要讲三点意见:' +
    '一、肯定成绩,正视不足,增强做好经济工作的紧迫感今年以来,全县上下紧紧围绕年初目标,努力克服种种困难,保持了经济持续增长的良好势头。 回顾前三季度的工作,主要呈现出以下几个特点: ' +
    '(一)交通道路建设突飞猛进今年是我县交通建设规模最大的一年,公路建设成为经济工作中的亮点。一是超计划完成村村通工程建设任务,实现了两年任务一年完成的目标;二是积极争取上级支持,一批重点工程开工建设。紧紧抓住国道拓宽改造的有利时机,积极争取专项资金,对连接线';

  it('reads 一、 after the colon and （一） after the lead-in as the parts the 一是 run stands in', () => {
    const hs = parseOutline(line, { format: 'plain' }).headings;
    // (the speech's title glued to its salutation, its slogan subtitle left out, heads the parts: titles37, as study42/02's gold)
    assert.deepEqual(hs.map((h) => `${h.level} ${h.marker}`), ['1 ', '2 一、', '3 (一)', '4 一是', '4 二是']);
    assert.equal(hs[0].title, '某县第四季度经济工作会议上的讲话');
    assert.equal(hs[3].parent, 2);
  });
});

describe('whole34: a preview page closed by 预览结束 and a contact line under it', () => {
  it('takes the lone 一、 the speaker announced, the preview cut inside its part', () => {
    const t = ['在全县某项工作会议上的讲话', '某某范文网', '2031-04-02', '同志们：', body + '下面，我讲三点意见。',
      '一、总结深刻教训，切实增强做好工作的责任感和紧迫感', body + '主观......', '预览结束，免费获取全文或定制此类文章！', '请点击👉 abcd123 👈联系老师', '请点击👉 abcd123 👈联系老师'].join('\n');
    assert.deepEqual(outline(t), ['1 在全县某项工作会议上的讲话', '2 一、总结深刻教训，切实增强做好工作的责任感和紧迫感']);
  });
});

describe('whole34: a host\'s line opened by 下面， is no title', () => {
  it('leaves 下面，进行会议第一项议程，请… out of the titles, the parts under the speech', () => {
    const t = ['同志们：', body + '今天的会议共有两项议程：一是请某某同志部署工作；二是由我强调几点要求。',
      '下面，进行会议第一项议程，请某某同志对冲刺全年目标工作进行部署', '……', body + '下面，我再强调三点意见。',
      '一、压力当前，全区上下务必誓保全年目标完成', body, '二、突出重点，全力以赴抓好各项工作落实', body].join('\n');
    assert.ok(!outline(t).some((h) => h.includes('下面，进行会议')));
    assert.deepEqual(outline(t).filter((h) => /[一二]、/.test(h)), ['1 一、压力当前，全区上下务必誓保全年目标完成', '1 二、突出重点，全力以赴抓好各项工作落实']);
  });
});

describe('whole34: a work report\'s opening that shows its first part only', () => {
  const opening = ['2031年政府工作报告', '', '——2031年4月26日在某区第十一届人民代表大会第一次会议上', '', '各位代表：', '',
    '现在，我代表区人民政府，向大会报告工作，请予审议，并请各位政协委员和其他列席人员提出意见。', ''];

  it('leaves a lead sentence opened by 一年来， out of the titles, so the part is taken', () => {
    const t = ['某镇2030年政府工作报告和2031年工作计划', '各位代表：', '现在，我代表某镇人民政府向大会作政府工作报告，请予以审议。',
      '一、2030年工作回顾', body, '一年来，我们以稳定发展为要务，推动经济继续保持健康发展', '经济持续稳健发展。' + body + '全面完成植'].join('\n');
    assert.deepEqual(outline(t), ['1 某镇2030年政府工作报告和2031年工作计划', '2 一、2030年工作回顾']);
  });

  it('takes a lone 一、 alone on its line over prose where the text stops at a sentence end, a report part or not', () => {
    // open34's rule (aloneOverProse): an opening that stops after the prose under its only part is a
    // page cut after part one, as the study gold reads such pages; both helpers' rules were merged
    for (const part of ['一、过去五年工作回顾', '一、关于某项工作的说明']) {
      const t = [...opening, part, '', body, ''].join('\n');
      assert.deepEqual(outline(t), ['1 2031年政府工作报告', `2 ${part}`]);
    }
  });

  it('(none) a lone 一、 when the text goes on to a short closing line under the prose', () => {
    const t = [...opening, '一、关于某项工作的说明', '', body, '', '特此报告'].join('\n');
    assert.deepEqual(outline(t), ['1 2031年政府工作报告']);
  });
});

describe('whole34: a traditional copy cut inside a pinyin gloss', () => {
  it('reads `發(fā` at the end as a cut, taking the lone 一、 above', () => {
    const t = ['黨課講稿', '同志們：', '今天，我和大家一起學習，談談體會，不妥之處請批評指正。',
      '一、從嚴治團是貫穿百年歷史的永恒課題', '一百年來，共青團始終緊跟黨不斷加強自身建設，始終將從嚴管團治團作為永恒課題，昭示我們能否發(fā'].join('\n');
    assert.deepEqual(outline(t), ['1 黨課講稿', '2 一、從嚴治團是貫穿百年歷史的永恒課題']);
  });
});

describe('whole34: a speech announcing its parts with an Arabic count, cut with 【文章共N字】', () => {
  it('takes the lone 一、 after 我讲3个方面的意见。 and the speaker\'s 第一， under it', () => {
    const t = ['市委书记在全市某项工作座谈会上的讲话', '【以稿换稿】【收藏】 作者: 佚名 来源: 作者原创', body, '下面，按照会议安排，我讲3个方面的意见。',
      '一、科学研判当前面临的新形势新任务', body + '我认为要准确把握四观：', '第一，要用历史观看待三农。' + body,
      '【文章共6963字，精选参考范文，仅供学习借鉴】', '用户'].join('\n');
    assert.deepEqual(outline(t), ['1 市委书记在全市某项工作座谈会上的讲话', '2 一、科学研判当前面临的新形势新任务', '3 第一，要用历史观看待三农']);
  });
});

describe('whole34: a PDF speech flattened onto one line, its first part glued to the title', () => {
  it('breaks 一、 out right after …上的讲话 and takes （一） after the sentence end', () => {
    const t = '第1页共21页县长在全县经济工作会议上的讲话文章标题:县长在全县经济工作会议上的讲话一、全市经济工作会议的主要精神继全国会议之后,全市经济工作会议于近日召开,市委书记、市长分别在会上作了重要讲话。会议全面贯彻了上级会议精神,总结了全市的经济工作,安排部署了明年的经济工作。我们必须全面把握、认真贯彻落实会议精神,切实把思想和行动统一到市委、市政府的部署上来,努力做好明年各项工作。' +
      '(一)深刻领会市委对当前经济运行态势的科学判断,进一步树立加快发展的信心和决心。在全市经济工作会议上,市委书记将今年全市经济工作总结为六个方面的进一步趋好,即经济增长的效益进一步趋好,经济增长的质量进一步趋好,全市生产总值增长12%,规模以上工业增加值增长20%,利润总额增长18%,其中工业投资所占比重由28%提高到30';
    assert.deepEqual(parseOutline(t, { format: 'plain' }).headings.map((h) => `${h.level} ${h.marker}`), ['1 一、', '2 (一)']);
  });
});

describe('whole34: the cut notice read above a text that opens with a line feed', () => {
  it('ends (the read up stops at the text\'s start)', () => {
    for (const t of ['\n标题', '\n\n标题', '\n第一，', '\n一、\n标题标题标题标题标题标题标题标题标题标题标题', '\n\n一是工作']) {
      assert.ok(Array.isArray(parseOutline(t, { format: 'plain' }).headings));
    }
  });
});
